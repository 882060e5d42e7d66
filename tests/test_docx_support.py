"""Helpers for the .docx tests: build Word documents with python-docx and lxml in tmp_path.

``make_docx(path, body=...)`` starts from python-docx's default document and puts the given
WordprocessingML (``w:`` elements, namespaces declared for you) into the body, headers,
footers, footnotes, endnotes and comments, so each test shows the exact structure it reads.
"""
from __future__ import annotations

import hashlib
import io
from pathlib import Path

NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "v": "urn:schemas-microsoft-com:vml",
    "w14": "http://schemas.microsoft.com/office/word/2010/wordml",
}
DECLS = " ".join(f'xmlns:{k}="{v}"' for k, v in NS.items())
NOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.{}+xml"


def p(text: str = "", style: str | None = None, runs: str | None = None) -> str:
    """A paragraph: plain ``text`` in one run, or raw ``runs`` XML."""
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    body = runs if runs is not None else r(text)
    return f"<w:p>{ppr}{body}</w:p>"


def r(text: str, props: str = "") -> str:
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{text}</w:t></w:r>'


def table(rows) -> str:
    """Rows of cells; a cell is text or raw XML starting with '<'."""
    out = ["<w:tbl><w:tblPr/><w:tblGrid/>"]
    for row in rows:
        out.append("<w:tr>")
        for cell in row:
            inner = cell if cell.startswith("<") else p(cell)
            out.append(f"<w:tc><w:tcPr/>{inner}</w:tc>")
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def frag(xml: str, root: str = "w:body"):
    from lxml import etree

    return etree.fromstring(f"<{root} {DECLS}>{xml}</{root}>".encode("utf-8"))


def _fill(container_el, xml: str, keep=("sectPr",)) -> None:
    for child in list(container_el):
        if not child.tag.endswith(keep):
            container_el.remove(child)
    sect = [c for c in container_el if c.tag.endswith("}sectPr")]
    for child in list(frag(xml)):
        if sect:
            sect[0].addprevious(child)
        else:
            container_el.append(child)


def _notes_part(document, kind: str, notes: dict) -> None:
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    body = [f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>',
            f'<w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
            f"</w:r></w:p></w:{kind}>"]
    for nid, xml in notes.items():
        body.append(f'<w:{kind} w:id="{nid}">{xml}</w:{kind}>')
    data = f'<w:{kind}s {DECLS}>{"".join(body)}</w:{kind}s>'.encode("utf-8")
    part = Part(PackURI(f"/word/{kind}s.xml"), NOTES_CT.format(kind + "s"), data, document.part.package)
    document.part.relate_to(part, RT.FOOTNOTES if kind == "footnote" else RT.ENDNOTES)


def make_docx(path, body: str = "", headers: dict | None = None, footers: dict | None = None,
              footnotes: dict | None = None, endnotes: dict | None = None,
              comments: list | None = None) -> Path:
    """Write a .docx at ``path``. ``headers``/``footers``: {"default"|"first"|"even": xml};
    ``footnotes``/``endnotes``: {id: paragraphs xml}; ``comments``: [text] (ids 0, 1, …)."""
    import docx

    d = docx.Document()
    for text in comments or ():
        d.comments.add_comment(text=text, author="Reviewer", initials="R")
    _fill(d.element.body, body)
    section = d.sections[0]
    for attr_map, spec in (({"default": "header", "first": "first_page_header",
                             "even": "even_page_header"}, headers),
                           ({"default": "footer", "first": "first_page_footer",
                             "even": "even_page_footer"}, footers)):
        for variant, xml in (spec or {}).items():
            if variant == "first":
                section.different_first_page_header_footer = True
            if variant == "even":
                d.settings.odd_and_even_pages_header_footer = True
            hf = getattr(section, attr_map[variant])
            hf.is_linked_to_previous = False
            _fill(hf._element, xml, keep=())
    if footnotes:
        _notes_part(d, "footnote", footnotes)
    if endnotes:
        _notes_part(d, "endnote", endnotes)
    path = Path(path)
    d.save(str(path))
    return path


def read_docx(path):
    from inclusive_lint.readers.docx import read

    path = Path(path)
    return read(path.read_bytes(), str(path), {})


def texts(document, kind=None):
    return [b.text for b in document.blocks if kind is None or b.kind == kind]


def sha(path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def zip_bytes(entries: dict) -> bytes:
    """A zip built by hand (for hostile packages), the same bytes on every call: each entry carries a
    fixed date, not the clock's, so test ids made from it match across pytest-xdist workers."""
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries.items():
            z.writestr(zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)
    return buf.getvalue()


def test_builder_round_trip(tmp_path):
    path = make_docx(tmp_path / "t.docx", body=p("Hello") + table([["a", "b"]]))
    doc = read_docx(path)
    assert texts(doc) == ["Hello", "a", "b"]


def test_zip_bytes_do_not_follow_the_clock(monkeypatch):
    """Collection-time zips must match across xdist workers that build them seconds apart."""
    import time

    first = zip_bytes({"a.txt": "hello"})
    real = time.time
    monkeypatch.setattr(time, "time", lambda: real() + 3 * 3600 + 7)
    assert zip_bytes({"a.txt": "hello"}) == first


def test_bytes_parameters_are_named_by_length(request):
    from conftest import pytest_make_parametrize_id

    assert pytest_make_parametrize_id(request.config, b"PK\x03\x04 stamp", "data") == "data-10B"
    assert pytest_make_parametrize_id(request.config, "text", "data") is None
