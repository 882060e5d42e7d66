"""Tables: every cell becomes one ``table_cell`` block (its paragraphs joined by newlines),
nested tables included, with table / row / column numbers in its Location.

Tables are numbered in reading order within each part (a nested table gets the next number).
Rows and cells deleted with tracked changes are skipped; rows and cells wrapped in content
controls or custom XML are read; a cell-level drop-down control becomes a form question.
"""
from __future__ import annotations

from . import ns
from .builder import Builder
from .ns import CUSTOMXML, DEL, SDT, SDTCONTENT, SDTPR, TC, TCPR, TR, TRPR
from .questions import build_questions, sdt_item


def iter_rows(parent):
    for el in parent:
        tag = el.tag
        if tag == TR:
            trpr = el.find(TRPR)
            if trpr is not None and trpr.find(DEL) is not None:
                continue          # deleted row: gone once changes are accepted
            yield el
        elif tag == SDT:
            content = el.find(SDTCONTENT)
            if content is not None:
                yield from iter_rows(content)
        elif tag in (CUSTOMXML, ns.INS, ns.MOVETO):
            yield from iter_rows(el)


def iter_cells(parent, item=None):
    """(w:tc, content-control item or None) in order."""
    for el in parent:
        tag = el.tag
        if tag == TC:
            tcpr = el.find(TCPR)
            if tcpr is not None and tcpr.find(ns.CELLDEL) is not None:
                continue
            yield el, item
        elif tag == SDT:
            content = el.find(SDTCONTENT)
            if content is not None:
                yield from iter_cells(content, sdt_item(el.find(SDTPR)))
        elif tag == CUSTOMXML:
            yield from iter_cells(el, item)


class TablesMixin:
    """Mixed into the story Walker (needs blocks_of, emit, location, questions). The
    OpenDocument walker mixes it in too, with its own ``rows_of`` and ``cells_of``."""

    rows_of = staticmethod(iter_rows)
    cells_of = staticmethod(iter_cells)

    def table(self, tbl) -> None:
        story = self.story
        story.tables += 1
        number = story.tables
        row_no = 0
        saved_cell = self.cell
        self.open_question = None
        header = None
        for tr in self.rows_of(tbl):
            row_no += 1
            builders = []
            for col, (tc, item) in enumerate(self.cells_of(tr), 1):
                b = Builder(len(self.blocks))
                self.cell = b
                self.blocks_of(tc)
                self.cell = saved_cell
                if item is not None:
                    item = dict(item)
                    if item["kind"] == "checkbox" and not b.length:
                        b.add(ns.CHECKED_GLYPH if item.get("checked") else ns.UNCHECKED_GLYPH)
                    item.update(start=0, end=b.length, para_start=0, para_end=b.length)
                    b.items.append(item)
                loc = self.location(table=number, row=row_no, cell=col)
                self.emit(b, "table_cell", loc)
                self.last_builder = b
                builders.append(b)
            if any(b.items for b in builders):
                self.questions.extend(build_questions(builders, self.blocks, header))
            if header is None:
                header = builders
        self.cell = saved_cell
