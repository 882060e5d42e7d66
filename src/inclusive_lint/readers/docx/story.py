"""One pass over a part's XML ("story"): paragraphs, runs, fields, content controls, tracked
changes, text boxes and comment ranges become located Blocks.

What a reader sees is what we read: inserted text yes, deleted text no; field results yes,
field instructions (MERGEFIELD names) no; the ``mc:Choice`` of alternate content, never the
``mc:Fallback`` copy; hidden (vanished) runs no. Words split across runs, proofing marks and
bookmarks read as one word because runs are simply concatenated.
"""
from __future__ import annotations

import re

from ...model import Block, Location
from . import ns
from .ns import (BR, CR, DEL, DRAWING, ENDNOTEREF, FFDATA, FLDCHAR, FOOTNOTEREF, INSTRTEXT,
                 MC_ALT, MC_CHOICE, MC_FALLBACK, NBH, OBJECT, P, PICT, PPR, PTAB, R_, RPR, RUBY,
                 RUBYBASE, SDT, SDTCONTENT, SDTPR, SYM, T, TAB, TBL, TXBXCONTENT, VANISH, W_ID, W_VAL)
from .questions import _clean as clean_label
from .questions import build_questions, sdt_item
from .styles import TITLE, paragraph_style
from .tables import TablesMixin

INLINE_CONTAINERS = {ns.HYPERLINK, ns.INS, ns.MOVETO, ns.SMARTTAG, ns.CUSTOMXML, ns.DIR, ns.BDO,
                     ns.FLDSIMPLE}
BLOCK_CONTAINERS = {ns.CUSTOMXML, ns.INS, ns.MOVETO, ns.BODY}
OFF = ("0", "false", "off")

# Symbol-font check boxes (w:sym) people use in forms.
SYMBOLS = {
    ("wingdings", "F06F"): ns.UNCHECKED_GLYPH, ("wingdings", "F0A8"): ns.UNCHECKED_GLYPH,
    ("wingdings", "F071"): ns.UNCHECKED_GLYPH, ("wingdings", "F0FE"): "\u2611",
    ("wingdings", "F0FD"): ns.CHECKED_GLYPH, ("wingdings", "F078"): ns.CHECKED_GLYPH,
    ("wingdings 2", "F0A3"): ns.UNCHECKED_GLYPH, ("wingdings 2", "F02A"): ns.UNCHECKED_GLYPH,
    ("wingdings 2", "F054"): ns.CHECKED_GLYPH, ("wingdings 2", "F053"): ns.CHECKED_GLYPH,
    ("wingdings 2", "F052"): "\u2611", ("wingdings 2", "F050"): "\u2611",
}


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

    __slots__ = ("partname", "label", "kind", "extra", "number", "host", "note", "tables", "paras")

    def __init__(self, partname, label, kind, extra=None, number=None, host=None, note=None):
        self.partname, self.label, self.kind, self.extra = partname, label, kind, extra
        self.number, self.host, self.note = number, host, note
        self.tables = 0
        self.paras = 0


class Field:
    __slots__ = ("ff", "mode", "instr", "builder", "result_at")

    def __init__(self, ff, builder):
        self.ff, self.builder, self.mode, self.instr, self.result_at = ff, builder, "instr", [], None


class Walker(TablesMixin):
    def __init__(self, styles, numbering):
        self.styles, self.numbering = styles, numbering
        self.blocks: list = []
        self.questions: list = []
        self.marks: dict = {}           # comment id -> [(builder, offset) start, end]
        self.pending_starts: list = []
        self.last_builder = None
        self.note_refs = {"footnote": [], "endnote": []}
        self.headings: list = []        # [(level, label)]
        self.textboxes = 0
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
            self.finish_paragraph(self.carry, None, None, 0)

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
        mark_deleted = False
        if ppr is not None:
            rpr = ppr.find(RPR)
            mark_deleted = rpr is not None and rpr.find(DEL) is not None
        if cell is None and mark_deleted and p.getnext() is not None and p.getnext().tag == P:
            self.carry = b      # deleted paragraph mark: joins the next paragraph once accepted
            return
        self.finish_paragraph(b, ppr, cell, para_start)

    def finish_paragraph(self, b, ppr, cell, para_start) -> None:
        sid, num, outline = paragraph_style(ppr)
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
        in_body = story.label == "body" or (story.label == "text box" and not story.extra)
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
        self.blocks.append(Block(text=b.text() if text is None else text, kind=kind, location=loc, meta=meta))

    # -- inline ------------------------------------------------------------------------------
    def inline(self, parent, b) -> None:
        for el in parent:
            tag = el.tag
            if tag == R_:
                self.run(el, b)
            elif tag in INLINE_CONTAINERS:
                self.inline(el, b)
            elif tag == SDT:
                self.inline_sdt(el, b)
            elif tag == MC_ALT:
                choice = el.find(MC_CHOICE)
                if choice is not None:
                    self.inline(choice, b)
            elif tag == ns.COMMENTRS:
                self.marks.setdefault(el.get(W_ID), [None, None])[0] = (b, b.length)
            elif tag == ns.COMMENTRE:
                self.marks.setdefault(el.get(W_ID), [None, None])[1] = (b, b.length)
            elif tag == P:          # malformed nesting: read it rather than lose it
                self.inline(el, b)

    def inline_sdt(self, sdt, b) -> None:
        item = sdt_item(sdt.find(SDTPR))
        start = b.length
        content = sdt.find(SDTCONTENT)
        if content is not None:
            self.inline(content, b)
        if item is not None:
            if item["kind"] == "checkbox" and b.length == start:
                b.add(ns.CHECKED_GLYPH if item.get("checked") else ns.UNCHECKED_GLYPH)
            item["start"], item["end"] = start, b.length
            b.items.append(item)

    def run(self, r, b) -> None:
        hidden = False
        for c in r:
            tag = c.tag
            if tag == T:
                if self.visible and not hidden:
                    text = c.text or ""
                    if len(c):
                        text += "".join(e.tail or "" for e in c)
                    b.add(text, self.tidx.get(c))
            elif tag == RPR:
                v = c.find(VANISH)
                hidden = v is not None and v.get(W_VAL) not in OFF
            elif tag == TAB or tag == PTAB:
                if self.visible and not hidden:
                    b.add("\t")
            elif tag == BR or tag == CR:
                if self.visible and not hidden:
                    b.add("\n")
            elif tag == NBH:
                if self.visible and not hidden:
                    b.add("-")
            elif tag == SYM:
                if self.visible and not hidden:
                    b.add(symbol(c))
            elif tag == FLDCHAR:
                self.fldchar(c, b)
            elif tag == INSTRTEXT:
                if self.fields:
                    self.fields[-1].instr.append(c.text or "")
            elif tag == FOOTNOTEREF:
                self.note_refs["footnote"].append(c.get(W_ID))
            elif tag == ENDNOTEREF:
                self.note_refs["endnote"].append(c.get(W_ID))
            elif tag in (DRAWING, PICT, OBJECT, MC_ALT):
                collect_textboxes(c, self.pending_tb)
            elif tag == RUBY:
                base = c.find(RUBYBASE)
                if base is not None:
                    self.inline(base, b)

    def fldchar(self, c, b) -> None:
        kind = c.get(ns.w("fldCharType"))
        if kind == "begin":
            self.fields.append(Field(c.find(FFDATA), b))
        elif kind == "separate" and self.fields:
            top = self.fields[-1]
            top.mode = "result"
            top.result_at = (b, b.length)
        elif kind == "end" and self.fields:
            top = self.fields.pop()
            self.visible = all(f.mode == "result" for f in self.fields)
            if top.ff is not None and self.visible:
                self.form_field(top, b)
            return
        self.visible = all(f.mode == "result" for f in self.fields)

    def form_field(self, field, b) -> None:
        """Legacy form fields: FORMCHECKBOX gets a glyph, FORMDROPDOWN its shown entry."""
        ff = field.ff
        cb = ff.find(ns.CHECKBOX)
        if cb is not None:
            checked = cb.find(ns.CHECKED)
            if checked is None:
                checked = cb.find(ns.DEFAULT)
                on = checked is not None and checked.get(W_VAL, "0") not in OFF
            else:
                on = checked.get(W_VAL, "1") not in OFF
            start = b.length
            b.add(ns.CHECKED_GLYPH if on else ns.UNCHECKED_GLYPH)
            b.items.append({"kind": "checkbox", "checked": on, "start": start, "end": b.length,
                            "legacy": True})
            return
        dd = ff.find(ns.DDLIST)
        if dd is not None:
            options = [e.get(W_VAL) or "" for e in dd.iter(ns.LISTENTRY)]
            options = [o for o in options if o.strip()]
            shown_from = field.result_at[1] if field.result_at and field.result_at[0] is b else None
            start = b.length if shown_from is None else shown_from
            if shown_from is None or b.length == shown_from:
                res = dd.find(ns.RESULT)
                idx = int(res.get(W_VAL, "0")) if res is not None and res.get(W_VAL, "0").isdigit() else 0
                if options:
                    b.add(options[min(idx, len(options) - 1)])
            b.items.append({"kind": "dropdown", "options": options, "start": start, "end": b.length,
                            "legacy": True})

    # -- text boxes --------------------------------------------------------------------------
    def textbox(self, content, host) -> None:
        self.textboxes += 1
        saved = (self.story, self.cell, self.carry, self.fields, self.visible, self.pending_tb,
                 self.last_builder)
        outer = self.story
        in_part = outer.label if outer.label not in ("body", "text box") else None
        extra = (("in", in_part),) if in_part else None
        self.story = Story(outer.partname, "text box", "text_box", extra=extra, number=self.textboxes,
                           host=outer.host if outer.host is not None else host, note=outer.note)
        self.reset_flow()
        self.blocks_of(content)
        if self.carry is not None:
            self.finish_paragraph(self.carry, None, None, 0)
        (self.story, self.cell, self.carry, self.fields, self.visible, self.pending_tb,
         self.last_builder) = saved


def collect_textboxes(node, out) -> None:
    """w:txbxContent under ``node`` (DrawingML or VML), skipping mc:Fallback copies and not
    descending into a text box (its own nested boxes are found when it is read)."""
    for c in node:
        tag = c.tag
        if tag == TXBXCONTENT:
            out.append(c)
        elif tag == MC_FALLBACK or not isinstance(tag, str):
            continue
        elif tag == MC_ALT:
            choice = c.find(MC_CHOICE)
            if choice is not None:
                collect_textboxes(choice, out)
        else:
            collect_textboxes(c, out)


_HEX = re.compile(r"^[0-9A-Fa-f]{1,6}$")


def symbol(c) -> str:
    font = (c.get(ns.w("font")) or "").strip().lower()
    code = (c.get(ns.w("char")) or "").upper()
    if not _HEX.match(code):
        return " "
    if (font, code.rjust(4, "0")) in SYMBOLS:
        return SYMBOLS[(font, code.rjust(4, "0"))]
    value = int(code, 16)
    if value >= 0xF000:
        value -= 0xF000
    if font.startswith(("wingdings", "webdings", "symbol", "zapf")) or value < 0x20:
        return " "
    try:
        return chr(value)
    except ValueError:
        return " "
