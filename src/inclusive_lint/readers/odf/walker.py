"""One pass over OpenDocument text: paragraphs, headings (with outline numbers), lists,
tables (nested too), sections, indexes and text boxes become located Blocks, as the Word
reader's walker makes them (the shared parts come from ``readers/docx``).

What a reader sees is what we read: the tracked-changes log (deleted text) no, inserted text
yes; comments no; hidden paragraphs, sections and character styles no.
"""
from __future__ import annotations

from ..docx.builder import Builder
from ..docx.questions import _clean as clean_label
from ..docx.sink import BlockSink, Story
from ..docx.tables import TablesMixin
from . import ns
from .inline import InlineMixin, collect_boxes
from .styles import Counter, Levels

INDEXES = {ns.q(n) for n in ("text:table-of-content", "text:illustration-index", "text:table-index",
                              "text:object-index", "text:user-index", "text:alphabetical-index",
                              "text:bibliography")}
INDEX_BODY = ns.q("text:index-body")
TRUE = ("true", "1")


def _int(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _hidden_paragraph(p) -> bool:
    for el in p.iter(ns.HIDDEN_PARAGRAPH):
        if (el.get(ns.q("text:is-hidden")) or "").lower() in TRUE:
            return True
    return False


class Walker(BlockSink, InlineMixin, TablesMixin):
    def __init__(self, styles, controls):
        self.styles, self.controls = styles, controls
        self.blocks: list = []
        self.questions: list = []
        self.headings: list = []
        self.marks: dict = {}           # comment name -> [(builder, offset) start, end, point]
        self.comments: dict = {}        # comment name -> its text
        self.comment_count = 0
        self.notes: list = []           # (text:note, headings where met) in the body, in order
        self.textboxes = 0
        self.outline = Counter(styles.outline)
        self.lists: dict = {}           # list style name -> Counter
        self.first_para: dict = {}      # builder -> slot of its first paragraph element
        self.story = None
        self.tidx: dict = {}
        self.reset_flow()

    def reset_flow(self):
        self.cell = None
        self.pending_tb: list = []
        self.open_question = None
        self.prev_text = ""
        self.space = True

    # -- block level -------------------------------------------------------------------------
    def blocks_of(self, parent) -> None:
        for el in parent:
            self.block(el)

    def block(self, el, in_list=None) -> None:
        tag = el.tag
        if tag == ns.P or tag == ns.H:
            self.paragraph(el, in_list)
        elif tag == ns.LIST:
            self.list_(el, 0, None)
        elif tag == ns.NUMBERED_PARAGRAPH:
            level = max(0, (_int(el.get(ns.q("text:level"))) or 1) - 1)
            counter = self.counter(el.get(ns.q("text:list-id")) or el.get(ns.STYLE_NAME), el, True)
            label = counter.next(level)
            for c in el:
                if c.tag in (ns.P, ns.H):
                    self.paragraph(c, (label, True))
        elif tag == ns.TABLE:
            self.table(el)
        elif tag == ns.SECTION:
            if el.get(ns.q("text:display")) != "none" and \
                    (el.get(ns.q("text:is-hidden")) or "").lower() not in TRUE:
                self.blocks_of(el)
        elif tag in INDEXES:
            body = el.find(INDEX_BODY)
            if body is not None:
                self.blocks_of(body)
        elif tag == INDEX_BODY or tag == ns.q("text:index-title"):
            self.blocks_of(el)
        elif isinstance(tag, str) and tag.startswith("{%s}" % ns.NS["draw"]):
            boxes: list = []
            collect_boxes(el, boxes)          # a frame anchored to the page
            for box in boxes:
                self.textbox(box, None)
        # text:tracked-changes (deleted text), office:forms, declarations: not text

    def counter(self, key, el, top: bool) -> Counter:
        """The running numbers of a list; a new list restarts them unless it continues one."""
        style = el.get(ns.STYLE_NAME)
        key = key or style
        cont = (el.get(ns.q("text:continue-numbering")) or "").lower() in TRUE \
            or el.get(ns.q("text:continue-list")) is not None
        if key not in self.lists or (top and not cont):
            self.lists[key] = Counter(self.styles.lists.get(style) or Levels())
        return self.lists[key]

    def list_(self, el, depth: int, counter) -> None:
        if counter is None:
            counter = self.counter(el.get(ns.STYLE_NAME), el, True)
            cont_of = el.get(ns.q("text:continue-list"))
            if cont_of is not None and cont_of in self.lists:
                counter = self.lists[cont_of]
            xml_id = el.get(ns.q("xml:id"))
            if xml_id:
                self.lists[xml_id] = counter
        for item in el:
            if item.tag not in (ns.LIST_ITEM, ns.LIST_HEADER):
                continue
            numbered = item.tag == ns.LIST_ITEM
            first = True
            for c in item:
                if c.tag in (ns.P, ns.H):
                    label = counter.next(depth, _int(item.get(ns.q("text:start-value")))) \
                        if numbered and first else ""
                    self.paragraph(c, (label, numbered and first))
                    first = False
                elif c.tag == ns.LIST:
                    self.list_(c, depth + 1, counter)
                else:
                    self.block(c)

    # -- paragraphs --------------------------------------------------------------------------
    def paragraph(self, p, in_list=None) -> None:
        style = p.get(ns.STYLE_NAME)
        if self.styles.hidden("paragraph", style) or _hidden_paragraph(p):
            return
        cell = self.cell
        if cell is not None:
            b = cell
            if b.length:
                self.literal(b, "\n")
        else:
            b = Builder(len(self.blocks))
        if self.tidx and b not in self.first_para:
            self.first_para[b] = self.tidx.get(p)
        para_start, n_items = b.length, len(b.items)
        self.space = True
        self.inline(p, b)
        if self.space:
            trim(b, para_start)
        for item in b.items[n_items:]:
            item["para_start"], item["para_end"] = para_start, b.length
        level, label = self.heading(p, style, in_list)
        text = b.text()
        if cell is None and (text.strip() or b.items):
            asked, before = len(self.questions), self.prev_text
            self.emit_paragraph(b, text, level, label, in_list is not None and in_list[1])
            if not text.strip():      # a control alone (a list box): the paragraph above asks
                for q in self.questions[asked:]:
                    q.label = q.label or clean_label(before or "")
        if self.pending_tb:
            boxes, self.pending_tb = self.pending_tb, []
            for box in boxes:
                self.textbox(box, b)

    def heading(self, p, style, in_list):
        """(heading level or None, the number shown before it)."""
        if p.tag == ns.H:
            level = max(0, min(9, (_int(p.get(ns.OUTLINE_LEVEL)) or 1) - 1))
            if (p.get(ns.q("text:is-list-header")) or "").lower() in TRUE:
                return level, ""
            if in_list is not None:
                return level, in_list[0]
            number = p.find(ns.NUMBER)
            counted = self.outline.next(level, _int(p.get(ns.q("text:start-value")))
                                        if (p.get(ns.q("text:restart-numbering")) or "") in TRUE else None)
            if number is not None and (number.text or "").strip():
                return level, number.text.strip()
            return level, counted
        level = self.styles.heading_level(style)
        return level, (in_list[0] if in_list else "")

    def emit(self, b, kind, loc, text=None) -> None:
        super().emit(b, kind, loc, text)
        slot = self.first_para.get(b)
        if slot is not None:
            self.blocks[-1].meta["para"] = slot

    # -- tables ------------------------------------------------------------------------------
    @staticmethod
    def rows_of(parent):
        for el in parent:
            if el.tag == ns.TABLE_ROW:
                yield el
            elif el.tag in ns.ROW_CONTAINERS:
                yield from Walker.rows_of(el)

    @staticmethod
    def cells_of(row):
        for el in row:
            if el.tag == ns.TABLE_CELL:       # covered (merged-away) cells are not cells
                yield el, None

    # -- text boxes and notes ----------------------------------------------------------------
    def textbox(self, box, host) -> None:
        self.textboxes += 1
        saved = (self.story, self.cell, self.pending_tb, self.space, self.open_question, self.prev_text)
        outer = self.story
        in_part = outer.label if outer.label not in ("body", "text box") else None
        self.story = Story(outer.partname, "text box", "text_box",
                           extra=(("in", in_part),) if in_part else None, number=self.textboxes,
                           host=outer.host if outer.host is not None else host, note=outer.note)
        self.reset_flow()
        self.blocks_of(box)
        (self.story, self.cell, self.pending_tb, self.space, self.open_question,
         self.prev_text) = saved

    def read_notes(self, partname: str, tidx: dict) -> None:
        self.tidx = tidx
        counts = {"footnote": 0, "endnote": 0}
        for note, headings in self.notes:
            self.headings = headings        # a note carries the section it is referenced in
            kind = "endnote" if note.get(ns.q("text:note-class")) == "endnote" else "footnote"
            counts[kind] += 1
            body = note.find(ns.NOTE_BODY)
            if body is not None:
                self.read_story(body, Story(partname, kind, kind, number=counts[kind],
                                            note=(kind, note.get(ns.q("text:id")))), tidx)


def trim(b, para_start: int) -> None:
    """Drop a collapsed space at the end of a paragraph (OpenDocument ignores it)."""
    if b.length <= para_start or not b.chunks or not b.chunks[-1].endswith(" "):
        return
    if b.segs and b.segs[-1][0] + b.segs[-1][2] == b.length:
        off, slot, n = b.segs[-1]
        if n > 1:
            b.segs[-1] = (off, slot, n - 1)
        else:
            b.segs.pop()
    b.chunks[-1] = b.chunks[-1][:-1]
    b.length -= 1
