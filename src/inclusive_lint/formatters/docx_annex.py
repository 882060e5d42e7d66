"""``--format docx``: the EIA evidence annex as a Word document (python-docx).

Built-in styles only (Title, Heading 1-3, List Bullet, Quote, Table Grid), so the headings land
in Word's navigation pane and a table of contents, and a trust's own template restyles it.
Every piece of document text is set as run text, which python-docx escapes; ``annex.clean``
has already removed the characters XML cannot hold. A field code typed in a policy stays text.
"""
from __future__ import annotations

import io

from . import annex

STYLE = {"": None, "quote": "Quote", "note": "Intense Quote", "small": None}


def _add_runs(paragraph, runs) -> None:
    """Append runs to a python-docx Paragraph or a bare ``w:p`` element. Each text goes into a
    ``w:t`` through lxml, which escapes it; nothing is ever parsed as XML."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    p = getattr(paragraph, "_p", paragraph)
    for text, bold in runs:
        r = OxmlElement("w:r")
        if bold:
            rpr = OxmlElement("w:rPr")
            rpr.append(OxmlElement("w:b"))
            r.append(rpr)
        t = OxmlElement("w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = text
        r.append(t)
        p.append(r)


def _repeat_header(row) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def _cell(text_or_runs, width: int):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tc = OxmlElement("w:tc")
    tcpr = OxmlElement("w:tcPr")
    tcw = OxmlElement("w:tcW")
    tcw.set(qn("w:w"), str(width))
    tcw.set(qn("w:type"), "dxa")
    tcpr.append(tcw)
    tc.append(tcpr)
    p = OxmlElement("w:p")
    _add_runs(p, [(text_or_runs, False)] if isinstance(text_or_runs, str) else text_or_runs)
    tc.append(p)
    return tc


def _table(doc, header, rows, widths) -> None:
    from docx.oxml import OxmlElement
    from docx.shared import Cm

    table = doc.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    total = sum(widths)
    sizes = [Cm(16.0 * w / total) for w in widths]
    for cell, text, size in zip(table.rows[0].cells, header, sizes):
        cell.width = size
        _add_runs(cell.paragraphs[0], [(text, True)])
    for col, size in zip(table.columns, sizes):
        col.width = size
    _repeat_header(table.rows[0])
    tbl = table._tbl
    twips = [int(size.twips) for size in sizes]
    for values in rows:           # built as XML directly: python-docx's add_row is slow for 10,000
        tr = OxmlElement("w:tr")
        for value, width in zip(values, twips):
            tr.append(_cell(value, width))
        tbl.append(tr)


def _properties(doc, report) -> None:
    from .html import _generated

    props = doc.core_properties
    for key, value in annex.properties(report).items():
        setattr(props, key, value)
    props.last_modified_by = "inclusive-lint"
    when = _generated().replace(tzinfo=None)
    props.created = props.modified = when
    props.revision = 1
    props.comments = ""


class _Body:
    """Appends paragraphs just before the section properties. python-docx's own
    ``add_paragraph`` looks the style up by name and scans the whole body on every call, which
    is quadratic; style ids are looked up once here, so 10,000 findings take seconds."""

    def __init__(self, doc):
        self.doc = doc
        self.anchor = doc.element.body.sectPr
        self.ids: dict = {}

    def style_id(self, name):
        if name not in self.ids:
            self.ids[name] = self.doc.styles[name].style_id
        return self.ids[name]

    def paragraph(self, style=None, runs=()):
        from docx.oxml import OxmlElement
        from docx.text.paragraph import Paragraph

        p = OxmlElement("w:p")
        if style:
            p.style = self.style_id(style)
        self.anchor.addprevious(p)
        para = Paragraph(p, self.doc._body)
        _add_runs(para, runs)
        return para


def render(report, ctx: dict) -> bytes:
    import docx
    from docx.shared import Pt

    doc = docx.Document()
    body = _Body(doc)
    for block in annex.blocks(report, ctx):
        kind = block[0]
        if kind == "title":
            body.paragraph("Title", [(block[1], False)])
        elif kind == "heading":
            body.paragraph(f"Heading {block[1]}", [(block[2], False)])
        elif kind == "para":
            p = body.paragraph(STYLE.get(block[2]), block[1])
            if block[2] == "small":
                for run in p.runs:
                    run.font.size = Pt(9)
                p.paragraph_format.space_after = Pt(0)
                p.paragraph_format.keep_with_next = True
        elif kind == "bullets":
            for runs in block[1]:
                body.paragraph("List Bullet", runs)
        elif kind == "table":
            _table(doc, *block[1:])
            body.paragraph()
    _properties(doc, report)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
