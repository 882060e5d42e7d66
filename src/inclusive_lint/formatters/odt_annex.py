"""``--format odt``: the EIA evidence annex as an OpenDocument text file (odfpy).

Headings are ``text:h`` elements with an outline level and the standard "Heading 1-3" style
names, so LibreOffice's navigator and table of contents pick them up; tables repeat their
header row on each page. Text goes in with ``teletype.addTextToElement``, which escapes it and
keeps spaces, tabs and line breaks as ODF elements.
"""
from __future__ import annotations

import io

from . import annex


class _Styles:
    """The handful of named and automatic styles the annex uses."""

    def __init__(self, doc):
        from odf.style import (ListLevelProperties, ParagraphProperties, Style, TableCellProperties,
                               TableColumnProperties, TableProperties, TextProperties)
        from odf.text import ListLevelStyleBullet, ListStyle

        self.doc = doc
        self._Style, self._ColumnProps = Style, TableColumnProperties
        self.headings = {}
        for level, size in ((0, "20pt"), (1, "16pt"), (2, "13pt"), (3, "11pt")):
            name = "Title" if level == 0 else f"Heading_20_{level}"
            style = Style(name=name, displayname="Title" if level == 0 else f"Heading {level}",
                          family="paragraph", nextstylename="Text_20_body",
                          defaultoutlinelevel=str(level) if level else None)
            style.addElement(TextProperties(fontsize=size, fontweight="bold"))
            style.addElement(ParagraphProperties(margintop="0.3cm", marginbottom="0.15cm", keepwithnext="always"))
            doc.styles.addElement(style)
            self.headings[level] = style
        self.body = Style(name="Text_20_body", displayname="Text body", family="paragraph")
        self.body.addElement(ParagraphProperties(marginbottom="0.2cm"))
        doc.styles.addElement(self.body)
        self.quote = Style(name="Quotations", displayname="Quotations", family="paragraph")
        self.quote.addElement(ParagraphProperties(marginleft="0.8cm", marginbottom="0.1cm"))
        self.quote.addElement(TextProperties(fontstyle="italic"))
        doc.styles.addElement(self.quote)
        self.note = Style(name="Note", family="paragraph")
        self.note.addElement(ParagraphProperties(marginleft="0.5cm", padding="0.2cm", border="0.5pt solid #444444"))
        doc.styles.addElement(self.note)
        self.small = Style(name="Small", family="paragraph")
        self.small.addElement(TextProperties(fontsize="9pt"))
        self.small.addElement(ParagraphProperties(keepwithnext="always"))
        doc.styles.addElement(self.small)
        self.bold = Style(name="Strong_20_Emphasis", displayname="Strong Emphasis", family="text")
        self.bold.addElement(TextProperties(fontweight="bold"))
        doc.styles.addElement(self.bold)
        self.table = Style(name="AnnexTable", family="table")
        self.table.addElement(TableProperties(width="17cm", align="left", margintop="0.1cm", marginbottom="0.3cm"))
        doc.automaticstyles.addElement(self.table)
        self.cell = Style(name="AnnexCell", family="table-cell")
        self.cell.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm"))
        doc.automaticstyles.addElement(self.cell)
        self.bullets = ListStyle(name="AnnexBullets")
        level = ListLevelStyleBullet(level="1", bulletchar="\u2022")
        level.addElement(ListLevelProperties(spacebefore="0.4cm", minlabelwidth="0.5cm"))
        self.bullets.addElement(level)
        doc.automaticstyles.addElement(self.bullets)
        self._columns: dict = {}

    def column(self, width_cm: float):
        key = f"{width_cm:.2f}"
        if key not in self._columns:
            style = self._Style(name=f"AnnexCol{len(self._columns) + 1}", family="table-column")
            style.addElement(self._ColumnProps(columnwidth=f"{key}cm"))
            self.doc.automaticstyles.addElement(style)
            self._columns[key] = style
        return self._columns[key]


def _fill(element, runs, styles) -> None:
    from odf import teletype
    from odf.text import Span

    for text, bold in runs:
        if bold:
            span = Span(stylename=styles.bold)
            teletype.addTextToElement(span, text)
            element.addElement(span)
        else:
            teletype.addTextToElement(element, text)


def _para(runs, styles, style=None):
    from odf.text import P

    p = P(stylename=style or styles.body)
    _fill(p, runs, styles)
    return p


def _table(header, rows, widths, styles, number: int):
    from odf.table import Table, TableCell, TableColumn, TableHeaderRows, TableRow

    table = Table(name=f"Table{number}", stylename=styles.table)
    total = sum(widths)
    for w in widths:
        table.addElement(TableColumn(stylename=styles.column(17.0 * w / total)))

    def row(values, bold=False):
        tr = TableRow()
        for value in values:
            cell = TableCell(stylename=styles.cell, valuetype="string")
            runs = [(value, bold)] if isinstance(value, str) else value
            cell.addElement(_para(runs, styles))
            tr.addElement(cell)
        return tr

    head = TableHeaderRows()
    head.addElement(row(header, bold=True))
    table.addElement(head)
    for values in rows:
        table.addElement(row(values))
    return table


def render(report, ctx: dict) -> bytes:
    from odf import dc, meta
    from odf.opendocument import OpenDocumentText
    from odf.text import H, List, ListItem

    doc = OpenDocumentText()
    styles = _Styles(doc)
    body = doc.text
    tables = 0
    for block in annex.blocks(report, ctx):
        kind = block[0]
        if kind in ("title", "heading"):
            level, text = (0, block[1]) if kind == "title" else (block[1], block[2])
            if level == 0:
                body.addElement(_para([(text, False)], styles, styles.headings[0]))
            else:
                h = H(outlinelevel=level, stylename=styles.headings[level])
                _fill(h, [(text, False)], styles)
                body.addElement(h)
        elif kind == "para":
            style = {"quote": styles.quote, "note": styles.note, "small": styles.small}.get(block[2])
            body.addElement(_para(block[1], styles, style))
        elif kind == "bullets":
            lst = List(stylename=styles.bullets)
            for runs in block[1]:
                item = ListItem()
                item.addElement(_para(runs, styles))
                lst.addElement(item)
            body.addElement(lst)
        elif kind == "table":
            tables += 1
            body.addElement(_table(*block[1:], styles, tables))
    props = annex.properties(report)
    doc.meta.addElement(dc.Title(text=props["title"]))
    doc.meta.addElement(dc.Subject(text=props["subject"]))
    doc.meta.addElement(dc.Creator(text=props["author"]))
    doc.meta.addElement(meta.InitialCreator(text=props["author"]))
    doc.meta.addElement(meta.Keyword(text=props["keywords"]))
    out = io.BytesIO()
    doc.write(out)
    return out.getvalue()
