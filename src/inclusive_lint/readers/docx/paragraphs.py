"""Inside a paragraph: runs, fields, content controls, tracked changes, symbols, and the
text boxes anchored in runs (queued, read after the paragraph).

Mixed into the story Walker, which provides ``self.visible``, ``self.fields``, ``self.tidx``,
``self.marks``, ``self.note_refs`` and ``self.pending_tb``.
"""
from __future__ import annotations

import re

from . import ns
from .ns import (BR, CR, DRAWING, ENDNOTEREF, FFDATA, FLDCHAR, FOOTNOTEREF, INSTRTEXT, MC_ALT,
                 MC_CHOICE, MC_FALLBACK, NBH, OBJECT, PICT, PTAB, R_, RPR, RUBY, RUBYBASE, SDT,
                 SDTCONTENT, SDTPR, SYM, TAB, TXBXCONTENT, VANISH, W_ID, W_VAL, P, T)
from .questions import sdt_item

COMMENTREF = ns.w("commentReference")
INLINE_CONTAINERS = {ns.HYPERLINK, ns.INS, ns.MOVETO, ns.SMARTTAG, ns.CUSTOMXML, ns.DIR, ns.BDO,
                     ns.FLDSIMPLE}
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


class Field:
    __slots__ = ("ff", "mode", "instr", "builder", "result_at")

    def __init__(self, ff, builder):
        self.ff, self.builder, self.mode, self.instr, self.result_at = ff, builder, "instr", [], None


class InlineMixin:
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
            elif tag == COMMENTREF:     # where a comment without a range sits
                self.marks.setdefault(c.get(W_ID), [None, None]).append((b, b.length))
            elif tag in (FOOTNOTEREF, ENDNOTEREF):
                kind = "footnote" if tag == FOOTNOTEREF else "endnote"
                self.note_refs[kind].append(c.get(W_ID))
                self.note_headings.setdefault((kind, c.get(W_ID)), list(self.headings))
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
        """Legacy form fields: FORMCHECKBOX gets a glyph, FORMDROPDOWN its shown entry, FORMTEXT
        (its shown text is read as usual) is recorded as a place to write an answer."""
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
            return
        if ff.find(ns.w("textInput")) is not None:
            shown_from = field.result_at[1] if field.result_at and field.result_at[0] is b else b.length
            b.items.append({"kind": "text", "start": shown_from, "end": b.length, "legacy": True})


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
