"""Suppressions written as PDF comments.

A reviewer highlights (or underlines, strikes out, boxes) the flagged words in a PDF viewer
and writes a comment starting ``inclusive-lint: allow RULE-ID because <reason>``, or replies
to a highlight with it, or puts a sticky note beside the line. That rule's findings in the
marked words become justified exceptions, as with Word comments (``suppress_comments.py``).

The reader records each one in ``document.meta["comment_allows"]`` with offsets into a
block's text: the characters whose boxes lie inside the highlight's quadrilaterals (or, for a
sticky note, the whole lines beside it).
"""
from __future__ import annotations

import ctypes

TEXT, FREETEXT, SQUARE, HIGHLIGHT, UNDERLINE, SQUIGGLY, STRIKEOUT = 1, 3, 5, 9, 10, 11, 12
MARKED = {FREETEXT, SQUARE, HIGHLIGHT, UNDERLINE, SQUIGGLY, STRIKEOUT}
MAX_ANNOTS = 2000


def _string(raw, annot, key: bytes) -> str:
    n = raw.FPDFAnnot_GetStringValue(annot, key, None, 0)
    if not n or n <= 2 or n > 200_000:
        return ""
    buf = (ctypes.c_ushort * (n // 2 + 1))()
    raw.FPDFAnnot_GetStringValue(annot, key, buf, n)
    return bytes(buf)[: n - 2].decode("utf-16-le", "replace")


def _areas(raw, annot, geom) -> list:
    """The annotation's quadrilaterals (or its rectangle) as top-left-origin boxes."""
    out = []
    quad = raw.FS_QUADPOINTSF()
    try:
        count = raw.FPDFAnnot_CountAttachmentPoints(annot)
    except Exception:
        count = 0
    for i in range(min(count, 500)):
        if raw.FPDFAnnot_GetAttachmentPoints(annot, i, ctypes.byref(quad)):
            xs = (quad.x1, quad.x2, quad.x3, quad.x4)
            ys = (quad.y1, quad.y2, quad.y3, quad.y4)
            out.append((min(xs) - geom.ox, geom.oy - max(ys), max(xs) - geom.ox, geom.oy - min(ys)))
    if not out:
        rect = raw.FS_RECTF()
        if raw.FPDFAnnot_GetRect(annot, ctypes.byref(rect)):
            x0, x1 = sorted((rect.left, rect.right))
            y0, y1 = sorted((rect.bottom, rect.top))
            out.append((x0 - geom.ox, geom.oy - y1, x1 - geom.ox, geom.oy - y0))
    return out


def _chars(areas, geom, lines, whole_lines: bool) -> list:
    """[(a, b)] page char ranges inside ``areas`` (or the whole lines beside them)."""
    ranges = []
    for x0, top, x1, bottom in areas:
        for ln in lines:
            if not (ln.top < bottom and ln.bottom > top):
                continue
            if whole_lines:
                ranges.append((ln.a, ln.b))
                continue
            start = None
            for i in range(ln.a, ln.b):
                box = geom.box(i)
                inside = box is not None and x0 - 1 <= (box[0] + box[2]) / 2 <= x1 + 1
                if inside and start is None:
                    start = i
                elif not inside and start is not None and box is not None:
                    ranges.append((start, i))
                    start = None
            if start is not None:
                ranges.append((start, ln.b))
    return ranges


def page_allows(page, page_no: int, raw, geom, lines) -> list:
    """[(page, [(a, b)], rules, reason, label)] for allow comments on one page; never raises."""
    from ...suppress_comments import parse_allow

    out = []
    try:
        count = raw.FPDFPage_GetAnnotCount(page)
    except Exception:
        return []
    for i in range(min(count, MAX_ANNOTS)):
        annot = raw.FPDFPage_GetAnnot(page, i)
        if not annot:
            continue
        try:
            sub = raw.FPDFAnnot_GetSubtype(annot)
            if sub not in MARKED and sub != TEXT:
                continue
            parsed = parse_allow(_string(raw, annot, b"Contents"))
            if parsed is None:
                continue
            target, whole = annot, sub == TEXT
            parent = raw.FPDFAnnot_GetLinkedAnnot(annot, b"IRT")     # a reply: the parent's words
            try:
                if parent and raw.FPDFAnnot_GetSubtype(parent) in MARKED:
                    target, whole = parent, False
                ranges = _chars(_areas(raw, target, geom), geom, lines, whole)
            finally:
                if parent:
                    raw.FPDFPage_CloseAnnot(parent)
            if ranges:
                rules, reason = parsed
                out.append((page_no, ranges, rules, reason, f"PDF comment on page {page_no}"))
        except Exception:
            continue
        finally:
            raw.FPDFPage_CloseAnnot(annot)
    return out


def to_block_allows(found, blocks) -> list:
    """Map page char ranges to ``comment_allows`` entries (block index and offsets)."""
    from .text import CharIndex

    if not found:
        return []
    index = CharIndex(blocks)
    out = []
    for n, (page, ranges, rules, reason, label) in enumerate(found, start=1):
        for bi, (s, e) in sorted(index.spans(page, ranges).items()):
            out.append({"block_index": bi, "start": s, "end": e, "rules": list(rules),
                        "reason": reason, "comment_id": str(n), "source": label})
    return out
