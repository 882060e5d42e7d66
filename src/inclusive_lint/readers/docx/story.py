"""One pass over a part's XML ("story"): paragraphs, runs, fields, content controls, tracked
changes, text boxes and comment ranges become located Blocks.

What a reader sees is what we read: inserted text yes, deleted text no; field results yes,
field instructions (MERGEFIELD names) no; the ``mc:Choice`` of alternate content, never the
``mc:Fallback`` copy; hidden (vanished) runs no. Words split across runs, proofing marks and
bookmarks read as one word because runs are simply concatenated.
"""
from __future__ import annotations

from . import ns
from .builder import Builder
from .ns import (SECTPR, TXBXCONTENT, MC_ALT, MC_CHOICE, PPR, SDT, SDTCONTENT, SDTPR, TBL, W_ID, P)
from .paragraphs import InlineMixin
from .questions import sdt_item
from .sink import BlockSink, Story
from .styles import paragraph_props
from .tables import TablesMixin

BLOCK_CONTAINERS = {ns.CUSTOMXML, ns.INS, ns.MOVETO, ns.BODY}


class Walker(BlockSink, InlineMixin, TablesMixin):
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
    def end_story(self) -> None:
        if self.carry is not None:
            self.finish_paragraph(self.carry, (None, None, None), None)

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
        if cell is None:
            text = b.text()
            if text.strip():
                self.emit_paragraph(b, text, level, label, num is not None and num[0] not in (None, "0"))
        if self.pending_tb:
            host = b
            boxes, self.pending_tb = self.pending_tb, []
            for content in boxes:
                self.textbox(content, host)

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
