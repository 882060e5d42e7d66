"""One pass over a part's XML ("story"): paragraphs, runs, fields, content controls, tracked
changes, text boxes and comment ranges become located Blocks.

What a reader sees is what we read: inserted text yes, deleted text no; field results yes,
field instructions (MERGEFIELD names) no; the ``mc:Choice`` of alternate content, never the
``mc:Fallback`` copy; hidden (vanished) runs no. Words split across runs, proofing marks and
bookmarks read as one word because runs are simply concatenated.
"""
from __future__ import annotations

from ...model import Block, Location
from . import ns
from .ns import (SECTPR, TXBXCONTENT, MC_ALT, MC_CHOICE, PPR, SDT, SDTCONTENT, SDTPR, TBL, W_ID, P)
from .paragraphs import InlineMixin
from .questions import _clean as clean_label
from .questions import build_questions, sdt_item
from .styles import TITLE, paragraph_props
from .tables import TablesMixin

BLOCK_CONTAINERS = {ns.CUSTOMXML, ns.INS, ns.MOVETO, ns.BODY}


class Builder:
    """Text of one block as it is read, with where each piece came from (``segs``:
    (offset in block, index of the w:t element in its part, length))."""

    __slots__ = ("chunks", "length", "segs", "items", "index", "hint")

    def __init__(self, hint: int):
        self.chunks: list = []
        self.length = 0
        self.segs: list = []
        self.items: list = []    # form controls: dicts with kind, start, end, options, para
        self.index = None        # block index once emitted
        self.hint = hint         # where the block would go, for empty builders

    def add(self, text: str, t_index=None) -> None:
        if text:
            if t_index is not None:
                self.segs.append((self.length, t_index, len(text)))
            self.chunks.append(text)
            self.length += len(text)

    def text(self) -> str:
        return "".join(self.chunks)


class Story:
    """Which part is being read and how its blocks are labelled."""

    __slots__ = ("partname", "label", "kind", "extra", "number", "host", "note", "box", "tables",
                 "paras")

    def __init__(self, partname, label, kind, extra=None, number=None, host=None, note=None, box=None):
        self.partname, self.label, self.kind, self.extra = partname, label, kind, extra
        self.number, self.host, self.note, self.box = number, host, note, box
        self.tables = 0
        self.paras = 0


class Walker(InlineMixin, TablesMixin):
    def __init__(self, styles, numbering):
        self.styles, self.numbering = styles, numbering
        self.blocks: list = []
        self.questions: list = []
        self.marks: dict = {}           # comment id -> [(builder, offset) start, end]
        self.pending_starts: list = []
        self.last_builder = None
        self.note_refs = {"footnote": [], "endnote": []}
        self.headings: list = []        # [(level, label)]
        self.note_headings: dict = {}   # (kind, note id) -> headings where the note is referenced
        self.textboxes = 0
        self._boxes = None
        self.section_starts = [0]       # first block index of each body section
        self.story = None
        self.tidx: dict = {}
        self.reset_flow()

    def reset_flow(self):
        self.cell = None
        self.carry = None
        self.fields: list = []
        self.visible = True
        self.pending_tb: list = []
        self.pending_item = None
        self.open_question = None
        self.prev_text = ""

    # -- parts -------------------------------------------------------------------------------
    def read_story(self, root, story: Story, tidx=None) -> None:
        """Read block-level content under ``root`` as ``story``."""
        if tidx is not None:
            self.tidx = tidx
        self.story = story
        self.reset_flow()
        self.blocks_of(root)
        if self.carry is not None:
            self.finish_paragraph(self.carry, (None, None, None), None)

    def heading_path(self):
        return " > ".join(label for _, label in self.headings) or None

    # -- block level -------------------------------------------------------------------------
    def blocks_of(self, parent) -> None:
        for el in parent:
            tag = el.tag
            if tag == P:
                self.paragraph(el)
            elif tag == TBL:
                self.table(el)
            elif tag == SDT:
                self.block_sdt(el)
            elif tag in BLOCK_CONTAINERS:
                self.blocks_of(el)
            elif tag == MC_ALT:
                choice = el.find(MC_CHOICE)
                if choice is not None:
                    self.blocks_of(choice)
            elif tag == ns.COMMENTRS:
                self.pending_starts.append(el.get(W_ID))
            elif tag == ns.COMMENTRE:
                b = self.last_builder
                self.marks.setdefault(el.get(W_ID), [None, None])[1] = (b, b.length if b else 0)

    def block_sdt(self, sdt) -> None:
        content = sdt.find(SDTCONTENT)
        if content is None:
            return
        item = sdt_item(sdt.find(SDTPR))
        if item is not None:
            self.pending_item = item     # a control wrapping a paragraph: recorded on it
        self.blocks_of(content)
        self.pending_item = None

    # -- paragraphs --------------------------------------------------------------------------
    def paragraph(self, p) -> None:
        ppr = p.find(PPR)
        cell = self.cell
        if cell is not None:
            b = cell
            if b.length:
                b.add("\n")
        else:
            b = self.carry or Builder(len(self.blocks))
            self.carry = None
        for cid in self.pending_starts:
            self.marks.setdefault(cid, [None, None])[0] = (b, b.length)
        self.pending_starts = []
        para_start, n_items = b.length, len(b.items)
        self.inline(p, b)
        if not self.visible:
            # a field whose instructions never end (damaged file) hides at most its paragraph
            for f in self.fields:
                f.mode = "result"
            self.visible = True
        if self.pending_item is not None:
            item, self.pending_item = self.pending_item, None
            if item["kind"] == "checkbox" and b.length == para_start:
                b.add(ns.CHECKED_GLYPH if item.get("checked") else ns.UNCHECKED_GLYPH)
            item["start"], item["end"] = para_start, b.length
            b.items.append(item)
        for item in b.items[n_items:]:
            item["para_start"], item["para_end"] = para_start, b.length
        sid, num, outline, mark_deleted = paragraph_props(ppr)
        if cell is None and mark_deleted and p.getnext() is not None and p.getnext().tag == P:
            self.carry = b      # deleted paragraph mark: joins the next paragraph once accepted
            return
        self.finish_paragraph(b, (sid, num, outline), cell)
        if cell is None and ppr is not None and self.story.label == "body" and ppr.find(SECTPR) is not None:
            self.section_starts.append(len(self.blocks))     # the next block opens a new section

    def finish_paragraph(self, b, props, cell) -> None:
        sid, num, outline = props
        level, style_num = self.styles.resolve(sid)
        if outline is not None and 0 <= outline < 9:
            level = outline
        num = num or style_num
        label = ""
        if num is not None and num[0] not in (None, "0"):
            label, _ = self.numbering.next(num[0], num[1])
        self.last_builder = b
        story = self.story
        if cell is None:
            text = b.text()
            if text.strip():
                kind = story.kind
                if kind == "paragraph":
                    if level is not None:
                        kind = "heading"
                        self.push_heading(level, label, text)
                    elif num is not None and num[0] not in (None, "0"):
                        kind = "list_item"
                story.paras += 1
                loc = self.location(paragraph=story.number if story.number is not None else story.paras)
                self.emit(b, kind, loc, text)
                self.paragraph_questions(b, text)
        if self.pending_tb:
            host = b
            boxes, self.pending_tb = self.pending_tb, []
            for content in boxes:
                self.textbox(content, host)

    def paragraph_questions(self, b, text) -> None:
        """Questions in a paragraph; runs of unlabelled check-box paragraphs join one question
        labelled by the paragraph before them."""
        if not b.items:
            self.open_question, self.prev_text = None, text
            return
        found = build_questions([b], self.blocks)
        boxes_only = all(it["kind"] == "checkbox" for it in b.items)
        leading = not text[:min(it["start"] for it in b.items)].strip()
        if boxes_only and leading and len(found) == 1 and not found[0].label:
            if self.open_question is not None:
                self.open_question.options.extend(found[0].options)
                return
            found[0].label = clean_label(self.prev_text or "")
            self.open_question = found[0]
        else:
            self.open_question = None
        self.prev_text = ""
        self.questions.extend(found)

    def push_heading(self, level, number, text) -> None:
        if self.story.label != "body":
            return
        text = " ".join(text.split())
        if len(text) > 80:
            text = text[:77].rstrip() + "\u2026"
        if level == TITLE:
            self.headings = []
            return
        label = f"{number} {text}" if number and not text.startswith(number) else text
        while self.headings and self.headings[-1][0] >= level:
            self.headings.pop()
        self.headings.append((level, label))

    def location(self, **kw) -> Location:
        story = self.story
        if "paragraph" not in kw and story.number is not None:
            kw["paragraph"] = story.number
        # notes carry the section of the body where they are referenced (see _notes)
        in_body = (story.label == "body" or (story.label == "text box" and not story.extra)
                   or story.note is not None)
        return Location(part=story.label, heading=self.heading_path() if in_body else None,
                        extra=story.extra, **kw)

    def emit(self, b, kind, loc, text=None) -> None:
        story = self.story
        b.index = len(self.blocks)
        meta = {"part": story.partname, "segs": b.segs}
        if story.host is not None:
            meta["host"] = story.host
        if story.note is not None:
            meta["note"] = story.note
        if story.box is not None:
            meta["box"] = story.box
        self.blocks.append(Block(text=b.text() if text is None else text, kind=kind, location=loc, meta=meta))

    # -- text boxes --------------------------------------------------------------------------
    def textbox(self, content, host) -> None:
        self.textboxes += 1
        saved = (self.story, self.cell, self.carry, self.fields, self.visible, self.pending_tb,
                 self.last_builder)
        outer = self.story
        in_part = outer.label if outer.label not in ("body", "text box") else None
        extra = (("in", in_part),) if in_part else None
        box = outer.box if outer.box is not None else self.box_number(content)
        self.story = Story(outer.partname, "text box", "text_box", extra=extra, number=self.textboxes,
                           host=outer.host if outer.host is not None else host, note=outer.note, box=box)
        self.reset_flow()
        self.blocks_of(content)
        if self.carry is not None:
            self.finish_paragraph(self.carry, (None, None, None), None)
        (self.story, self.cell, self.carry, self.fields, self.visible, self.pending_tb,
         self.last_builder) = saved

    def box_number(self, content):
        """Index of a w:txbxContent among all of its part's (main part only): the annotator
        anchors a comment on the run holding the box when its paragraph has no text."""
        if not self.tidx:
            return None
        root = content.getroottree().getroot()
        if self._boxes is None or self._boxes[0] is not root:
            self._boxes = (root, {el: i for i, el in enumerate(root.iter(TXBXCONTENT))})
        return self._boxes[1].get(content)
