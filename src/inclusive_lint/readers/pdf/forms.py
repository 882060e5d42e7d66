"""AcroForm fields as FormQuestions, read through PDFium's form API.

Why PDFium and not pdfplumber: the document is already open in PDFium, which gives
each widget's field name, tooltip (/TU), type, flags, check box and radio export
values and choice-list option labels directly, without a second parse by pdfminer
(slow on big forms) and without pdfplumber's ``page.annots``, which raises on some
real PDFs.

On-page labels: the text just left of a widget on the same line (or the line just
above it) is the question's label; the text just right of a check box or radio
button is its option caption ("( ) Male").
"""
from __future__ import annotations

import ctypes
import re

from ...model import Block, FormQuestion, Location
from .text import union

PUSHBUTTON, CHECKBOX, RADIO, COMBO, LISTBOX, TEXT, SIGNATURE = 1, 2, 3, 4, 5, 6, 7
COMBO_EDIT = 1 << 18
GENERIC_EXPORT = re.compile(r"^(on|off|\d+|[a-z]?\d+|choice\s*\d+|option\s*\d+|"
                            r"check\s*box\s*\d*|radio\s*(button)?\s*\d*|.)$", re.I)
OPT_OUT = re.compile(r"prefer not|rather not|not to say|do not wish|don.t (want|wish)|decline|"
                     r"not stated|choose not", re.I)
_LABEL_JUNK = re.compile(r"^[\s_.:*]+|[\s_.:*]+$")


def _wstr(fn, *args) -> str:
    """Call a PDFium getter that fills a UTF-16LE buffer and returns its byte length."""
    n = fn(*args, None, 0)
    if not n or n <= 2 or n > 1_000_000:
        return ""
    buf = (ctypes.c_ushort * (n // 2 + 1))()
    fn(*args, buf, n)
    return bytes(buf)[: n - 2].decode("utf-16-le", "replace").strip("\x00")


class Widget:
    __slots__ = ("name", "tip", "type", "flags", "export", "options", "page", "box",
                 "left", "right", "above", "text_boxes", "text_chars")

    def __init__(self, **kw):
        self.left = self.right = self.above = ""
        self.text_boxes = {}     # "left" / "right" / "above" -> box of that text
        self.text_chars = {}     # … -> (first, last + 1) page char indices of that text
        for k, v in kw.items():
            setattr(self, k, v)


def page_widgets(doc, page, page_no: int, raw, geom, lines) -> list:
    """The form widgets on one page with their nearby text; never raises."""
    form = doc.formenv
    if form is None:
        return []
    out = []
    try:
        count = raw.FPDFPage_GetAnnotCount(page)
    except Exception:
        return []
    rect = raw.FS_RECTF()
    for i in range(min(count, 5000)):
        annot = raw.FPDFPage_GetAnnot(page, i)
        if not annot:
            continue
        try:
            if raw.FPDFAnnot_GetSubtype(annot) != raw.FPDF_ANNOT_WIDGET:
                continue
            ftype = raw.FPDFAnnot_GetFormFieldType(form, annot)
            if ftype not in (CHECKBOX, RADIO, COMBO, LISTBOX, TEXT):
                continue
            if not raw.FPDFAnnot_GetRect(annot, ctypes.byref(rect)):
                continue
            x0, x1 = sorted((rect.left, rect.right))
            yb, yt = sorted((rect.bottom, rect.top))
            box = (x0 - geom.ox, geom.oy - yt, x1 - geom.ox, geom.oy - yb)
            options = []
            if ftype in (COMBO, LISTBOX):
                n = raw.FPDFAnnot_GetOptionCount(form, annot)
                for k in range(max(0, min(n, 500))):
                    options.append(_wstr(raw.FPDFAnnot_GetOptionLabel, form, annot, k))
            out.append(Widget(
                name=_wstr(raw.FPDFAnnot_GetFormFieldName, form, annot),
                tip=_wstr(raw.FPDFAnnot_GetFormFieldAlternateName, form, annot),
                type=ftype, flags=raw.FPDFAnnot_GetFormFieldFlags(form, annot),
                export=_wstr(raw.FPDFAnnot_GetFormFieldExportValue, form, annot)
                if ftype in (CHECKBOX, RADIO) else "",
                options=[o for o in options if o], page=page_no, box=box))
        except Exception:
            continue
        finally:
            raw.FPDFPage_CloseAnnot(annot)
    if out and len(out) <= 1500 and len(out) * max(1, len(lines)) <= 2_000_000:   # bounded work
        _nearby_text(out, geom, lines)
    return out


def _nearby_text(widgets, geom, lines) -> None:
    """Fill each widget's left label, right caption and the label above it."""
    cache: dict = {}

    def chars(ln):
        got = cache.get(ln.a)
        if got is None:
            got = cache[ln.a] = [(i, b) for i in range(ln.a, ln.b) if (b := geom.box(i))]
        return got

    for w in widgets:
        x0, top, x1, bottom = w.box
        cy = (top + bottom) / 2
        others = [o.box for o in widgets if o is not w]
        row = [ln for ln in lines if ln.top - 1 <= cy <= ln.bottom + 1]
        left, right = [], []
        for ln in row:
            for i, b in chars(ln):
                if not b[1] - 1 <= cy <= b[3] + 1:
                    continue
                if b[2] <= x0 + 1:
                    left.append((i, b, ln))
                elif b[0] >= x1 - 1:
                    right.append((i, b, ln))
        w.left, w.text_boxes["left"], w.text_chars["left"] = _walk(
            sorted(left, key=lambda t: -t[1][2]), x0, others, -1)
        w.right, w.text_boxes["right"], w.text_chars["right"] = _walk(
            sorted(right, key=lambda t: t[1][0]), x1, others, +1)
        if not w.left:
            above = [ln for ln in lines if top - 3 * ln.h <= ln.bottom <= top + 2
                     and ln.x1 >= x0 - 5 and ln.x0 <= x1 + 5]
            if above:
                ln = max(above, key=lambda ln: ln.bottom)
                w.above = _clean(ln.text) if len(ln.text) <= 120 else ""
                w.text_boxes["above"] = ln.box if w.above else None
                w.text_chars["above"] = (ln.a, ln.b) if w.above else None


def _walk(cands, edge, others, direction) -> tuple:
    """Collect chars moving away from a widget until a wide gap or another widget:
    (their text, their box, (first, last + 1) char indices)."""
    picked = []
    pos = edge
    for i, b, ln in cands:
        h = max(1.0, b[3] - b[1])
        near = b[0] if direction > 0 else b[2]
        gap = (near - pos) * direction
        if gap > ((10 if direction < 0 else 2.5) * h if not picked else 1.2 * h):
            break
        lo, hi = sorted((pos, near))
        if any(o[0] < hi and o[2] > lo and o[1] <= b[3] and o[3] >= b[1] for o in others):
            break
        picked.append((i, ln, b))
        pos = b[2] if direction > 0 else b[0]
    picked.sort(key=lambda t: t[0])
    text = _clean("".join(ln.text[i - ln.a] for i, ln, _ in picked))
    if not text:
        return "", None, None
    return text, union(b for _, _, b in picked), (picked[0][0], picked[-1][0] + 1)


def _clean(s: str) -> str:
    return " ".join(_LABEL_JUNK.sub("", s).split())


def _pretty_name(name: str) -> str:
    last = re.sub(r"\[\d+\]", "", name).split(".")[-1]
    return " ".join(re.sub(r"[_\-]+", " ", last).split())


def _option(w) -> str:
    """A check box's or radio button's answer: its export value, unless that says nothing
    ("On", "1", "Choice2", a check box's "Yes"), then the caption printed beside it."""
    generic = not w.export or GENERIC_EXPORT.match(w.export) or (
        w.type == CHECKBOX and w.export.lower() in ("yes", "true", "checked", "x"))
    return (w.right or w.export) if generic else w.export


def _same_row(a, b) -> bool:
    return a.page == b.page and a.box[1] < b.box[3] and b.box[1] < a.box[3]


def questions(widgets, page_texts: dict) -> tuple:
    """(FormQuestions, blocks for text a reader never sees on the page such as choice-list
    options and tooltips, [(question, page, [printed label and caption char ranges])])
    from the widgets of all pages."""
    groups: list = []
    by_name: dict = {}
    for w in widgets:
        key = (w.type if w.type != RADIO else "radio", w.name)
        if w.type in (RADIO, CHECKBOX) and w.name:
            g = by_name.get(key)
            if g is not None:
                g.append(w)
                continue
            g = by_name[key] = [w]
            groups.append(g)
        elif w.type in (COMBO, LISTBOX, TEXT):
            if w.name and any(g[0].name == w.name and g[0].type == w.type for g in groups[-3:]):
                continue   # another widget of the same field
            groups.append([w])
    # Lone check boxes side by side on one line ("Sex: [ ] Male [ ] Female") are one question.
    merged: list = []
    for g in groups:
        prev = merged[-1] if merged else None
        if (prev is not None and len(g) == 1 and g[0].type == CHECKBOX and
                all(p.type == CHECKBOX for p in prev) and len({p.name for p in prev}) == len(prev)
                and _same_row(prev[-1], g[0]) and not g[0].tip):
            prev.append(g[0])
        else:
            merged.append(list(g))
    out, blocks, spans = [], [], []
    for g in merged:
        first = g[0]
        label, source, where = _label(g)
        if first.type in (RADIO, CHECKBOX) and where == "right":
            options = [first.export or "Yes"]        # "[ ] I agree …": the caption is the question
            free = False
        elif first.type in (RADIO, CHECKBOX):
            options = [o for o in (_option(w) for w in g) if o]
            free = False
        elif first.type in (COMBO, LISTBOX):
            options = list(first.options)
            free = first.type == COMBO and bool(first.flags & COMBO_EDIT)
        else:
            options, free = [], True
        q = FormQuestion(
            label=label, options=options, has_free_text=free,
            has_opt_out=any(OPT_OUT.search(o) for o in options),
            optional="(optional)" in label.lower(),
            location=Location(page=first.page, part="form",
                              bbox=union([w.box for w in g if w.page == first.page]
                                         + [first.text_boxes.get(where)]
                                         + [w.text_boxes.get("right") for w in g
                                            if w.page == first.page and w.type in (RADIO, CHECKBOX)]),
                              extra=(("field", first.name),)),
            source="pdf-acroform")
        hidden = first.type in (COMBO, LISTBOX) and options
        if source == "tooltip" and label not in page_texts.get(first.page, ""):
            hidden = True
        if hidden:
            q.block_index = -1     # set by the reader once blocks are placed
            blocks.append((q, Block(text=q.text, kind="form_field", location=q.location,
                                    meta={"pdf_field": first.name})))
        elif where:
            # the printed label (through the printed option captions): the reader points the
            # question at that text, so a finding sits on it and is not reported twice
            chars = [first.text_chars.get(where)]
            if first.type in (RADIO, CHECKBOX) and where != "right":
                chars += [w.text_chars.get("right") for w in g if w.page == first.page]
            spans.append((q, first.page, [c for c in chars if c]))
        out.append(q)
    return out, blocks, spans


def _label(g) -> tuple:
    first = g[0]
    if first.tip:
        return _clean(first.tip), "tooltip", None
    if first.type in (RADIO, CHECKBOX) and len(g) == 1 and not first.left and first.right:
        return first.right, "page", "right"     # "[ ] I agree to …": the caption is the question
    for text, where in ((first.left, "left"), (first.above, "above")):
        if text:
            return text, "page", where
    return _pretty_name(first.name) or "(unnamed field)", "name", None
