"""Words of a PDF line with their boxes, and lines rebuilt in the order a person reads them.

PDFium gives a page's characters in content order. Most producers write text in reading
order, but not all: LibreOffice writes the tick boxes of a Word form row before the option
words ("Title ☐ ☐ ☐ ☐ Mr Mrs Miss Ms"), and a table row comes out as one line across its
cells. Here a line is cut into words, each with the box of its characters, and the words
are put back by position: top to bottom in rows, left to right in a row. A rebuilt line
keeps the page char index of every character (``Line.idx``), so findings still point at
the exact characters on the page.
"""
from __future__ import annotations

from .text import Line, union

# Tick-box and radio glyphs as they appear in PDF text layers (Wingdings boxes included).
BOX_GLYPHS = frozenset("\u2610\u2611\u2612\u25a1\u25a2\u25a3\u25cb\u25cf\u25ef\u25fb\u25fc\u25fd"
                       "\u25fe\u274f\u2750\u2751\u2752\u25a0\u2b1c\u2b1b\u26aa\u26ab\uf06f\uf0a8"
                       "\uf071\uf0fe\uf0a1\uf0fd\uf0fc")


class Word:
    """Chars ``a``..``b`` (exclusive, page char indices) and their box; or, for a tick box
    drawn as a square rather than written as a glyph, ``glyph`` ("☐") and no chars (-1)."""

    __slots__ = ("a", "b", "box", "line", "glyph")

    def __init__(self, a, b, box, line, glyph=None):
        self.a, self.b, self.box, self.line, self.glyph = a, b, box, line, glyph

    @property
    def centre(self) -> tuple:
        x0, top, x1, bottom = self.box
        return (x0 + x1) / 2, (top + bottom) / 2

    def __repr__(self):
        return f"Word({self.a}-{self.b} {tuple(round(v) for v in self.box)})"


def has_box_glyph(text: str) -> bool:
    return not BOX_GLYPHS.isdisjoint(text)


def line_words(text: str, geom, ln) -> list:
    """The words of line ``ln`` (a box glyph is a word of its own), each with its box."""
    out = []
    box = geom.box
    start, boxes = None, []

    def end(i):
        if start is not None:
            b = union(boxes)
            if b is not None:
                out.append(Word(start, i, b, ln))

    for i in range(ln.a, ln.b):
        ch = text[i]
        if ch <= " " or ch.isspace() or ch in ("\ufffe", "\u00ad"):
            end(i)
            start, boxes = None, []
            continue
        glyph = ch in BOX_GLYPHS
        if glyph:
            end(i)
            start, boxes = None, []
        if start is None:
            start = i
        boxes.append(box(i))
        if glyph:
            end(i + 1)
            start, boxes = None, []
    end(ln.b)
    return out


def rows(words: list) -> list:
    """Words grouped into visual rows (top to bottom), each row left to right."""
    order = sorted(words, key=lambda w: w.centre[1])
    out: list = []
    for w in order:
        cy = w.centre[1]
        h = w.box[3] - w.box[1]
        if out:
            row = out[-1]
            ref = row[0]
            if abs(cy - ref.centre[1]) <= 0.5 * max(h, ref.box[3] - ref.box[1]):
                row.append(w)
                continue
        out.append([w])
    for row in out:
        row.sort(key=lambda w: w.box[0])
    return out


def drawn_box(box, line) -> Word:
    """A tick box drawn as a small square, as a word of its own."""
    return Word(-1, -1, box, line, "\u2610")


def rebuild(text: str, words: list, page: int, like=None):
    """A Line reading ``words`` in the order given, with one space between words (each space
    mapped to a real char of the page, so form detection does not take it for a line break;
    a drawn tick box has no char: the box maps to none, the space beside it to its neighbour's)."""
    real = [w for w in words if w.glyph is None]
    if not real:
        return None
    parts, idx = [], []
    for k, w in enumerate(words):
        if k:
            parts.append(" ")
            prev = words[k - 1]
            if prev.glyph is None:
                idx.append(prev.b if prev.b < len(text) and text[prev.b].isspace() else prev.b - 1)
            else:
                idx.append(w.a if w.glyph is None else real[0].a)
        if w.glyph is not None:
            parts.append(w.glyph)
            idx.append(-1)
            continue
        parts.append(text[w.a:w.b])
        idx.extend(range(w.a, w.b))
    s = "".join(parts)
    ln = Line(page, min(w.a for w in real), max(w.b for w in real), s,
              union(w.box for w in words), False, like.weight if like is not None else None, idx)
    if like is not None:
        ln.number = like.number
        ln.hyph = like.hyph and words[-1].b == like.b and words[-1].glyph is None
    return ln


def in_reading_order(text: str, geom, ln) -> list:
    """``ln`` as it reads on the page: itself, or rebuilt lines when its words are out of order
    (only lines holding a box glyph are checked: that is where producers reorder)."""
    if not has_box_glyph(ln.text):
        return [ln]
    ws = line_words(text, geom, ln)
    if len(ws) < 2:
        return [ln]
    grouped = rows(ws)
    flat = [w for row in grouped for w in row]
    if [w.a for w in flat] == [w.a for w in ws]:
        return [ln]
    return [rebuild(text, row, ln.page, ln) for row in grouped]
