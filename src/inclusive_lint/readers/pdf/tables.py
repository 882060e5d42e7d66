"""A page's lines arranged as a person reads them: table cells, and tick boxes beside their words.

:func:`arrange` takes a page's lines in content order and the tables found on it
(``grid.py``) and returns the page's *items* in reading order: :class:`Line` objects (rebuilt
in visual order where the producer wrote words out of order) and :class:`PdfTable` objects
standing where the table starts. Each word of a line that crosses a table goes to the cell
its centre falls in, so a row that PDFium reads as one line ("Title ☐ ☐ ☐ ☐ Mr Mrs Miss
Ms") becomes a label cell and an options cell ("☐ Mr ☐ Mrs ☐ Miss ☐ Ms").

A table becomes one ``table_cell`` block per cell, numbered as the Word reader numbers
them (row and column from 1; tables counted per page), with the cell's paragraphs joined
by line breaks, as the Word reader joins a cell's paragraphs.
"""
from __future__ import annotations

from ...model import Block, Location
from .layout import join_lines
from .text import Segments, union
from .words import drawn_box, in_reading_order, line_words, rebuild, rows


class PdfTable:
    """One table on one page: ``cells`` is [(row, column, cell box, [Word])]."""

    is_table = True

    def __init__(self, page: int, number: int, cells: list, text: str):
        self.page, self.number, self.cells, self.text = page, number, cells, text

    def blocks(self, stats, source, heading=None) -> list:
        out = []
        for row, col, box, words in self.cells:
            lines = [ln for r in rows(words) if (ln := rebuild(self.text, r, self.page, r[0].line))]
            seg = Segments()
            parts: list = []
            off = 0
            for para in _paragraphs(lines, stats):
                if parts:
                    parts.append("\n")
                    seg.add(off, self.page, -1, 1)
                    off += 1
                t, s = join_lines(para)
                for start, (p, c, n) in zip(s.starts, s.runs):
                    seg.add(off + start, p, c, n)
                parts.append(t)
                off += len(t)
            loc = Location(page=self.page, table=self.number, row=row, cell=col, bbox=box, heading=heading,
                           line=lines[0].number if lines else None)
            out.append(Block(text="".join(parts), kind="table_cell", location=loc,
                             locator=source.locate,
                             meta={"pdf_segments": seg, "table": (self.page, self.number),
                                   "row": row, "cell": col}))
        return out


def _paragraphs(lines, stats) -> list:
    paras: list = []
    for ln in lines:
        if paras and stats.continues(paras[-1][-1], ln):
            paras[-1].append(ln)
        else:
            paras.append([ln])
    return paras


def _overlaps(box, area) -> bool:
    return box[0] < area[2] and box[2] > area[0] and box[1] < area[3] and box[3] > area[1]


def _cell_of(word, cells):
    x, y = word.centre
    for k, (_, _, box, _) in enumerate(cells):
        if box[0] <= x <= box[2] and box[1] <= y <= box[3]:
            return k
    return None


def _squares_by_line(lines, squares) -> dict:
    """{id(line): [drawn tick boxes on that line, just before, after or among its words]}."""
    out: dict = {}
    for sq in squares:
        cy, side = (sq[1] + sq[3]) / 2, sq[2] - sq[0]
        ln = next((ln for ln in lines if ln.top <= cy <= ln.bottom
                   and ln.x0 - 3 * side <= sq[0] and sq[2] <= ln.x1 + 3 * side), None)
        if ln is not None:
            out.setdefault(id(ln), []).append(sq)
    return out


def arrange(text: str, geom, lines: list, tables: list, page: int, squares=()) -> list:
    """The page's items in reading order (see the module's doc); ``squares`` are tick boxes
    drawn as small squares, which join the words of their line."""
    found = []
    for rows_ in tables:
        cells = [(r, c, box, []) for r, row in enumerate(rows_, 1)
                 for c, box in enumerate(row, 1) if box is not None]
        if cells:
            found.append((union(c[2] for c in cells), cells))
    items: list = []
    placed: dict = {}            # table index -> its slot in items
    drawn = _squares_by_line(lines, squares) if squares else {}
    for ln in lines:
        hits = [k for k, (area, _) in enumerate(found) if _overlaps(ln.box, area)]
        boxes = drawn.get(id(ln))
        if not hits and not boxes:
            items.extend(in_reading_order(text, geom, ln))
            continue
        ws = line_words(text, geom, ln) + [drawn_box(sq, ln) for sq in boxes or ()]
        if not hits:
            items.extend(x for r in rows(ws) if (x := rebuild(text, r, page, ln)))
            continue
        left = []
        for w in ws:
            for k in hits:
                c = _cell_of(w, found[k][1])
                if c is not None:
                    found[k][1][c][3].append(w)
                    if k not in placed:
                        placed[k] = len(items)
                        items.append(None)
                    break
            else:
                left.append(w)
        items.extend(x for r in rows(left) if (x := rebuild(text, r, page, ln)))
    number = 0
    for k, slot in sorted(placed.items(), key=lambda kv: kv[1]):
        number += 1
        items[slot] = PdfTable(page, number, found[k][1], text)
    return [it for it in items if it is not None]


def reading_order(page, raw, geom, text: str, lines: list, page_no: int, origin) -> list:
    """The page's items in reading order; drawn rulings are read only when the text suggests
    a grid, so a page of prose costs one pass over its line boxes."""
    from . import grid

    if not grid.suggests_grid(lines, text):
        return lines
    edges, squares = grid.page_rulings(page, raw, origin)
    return arrange(text, geom, lines, grid.find_tables(edges), page_no, squares)
