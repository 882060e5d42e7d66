"""OpenDocument text reader (.odt, .ott and flat .fodt): every part a reader of the document sees.

Reads, in this order: the body (paragraphs, headings with their outline numbers, lists,
tables with nested tables, sections, indexes, frames and text boxes, form controls,
hyperlinks, fields as shown), the headers and footers of every master page in use (with
their first-page and left-page variants), then footnotes and endnotes. Tracked changes read
as accepted (the change log, which holds deleted text, is skipped); comments are read only
for ``inclusive-lint: allow`` suppressions; hidden text is not text.

Locations are those of the Word reader (``readers/docx``), whose building blocks this reader
shares: part, paragraph, heading path ("3 Leave > 3.2 Bereavement leave"), table / row /
cell, ``footnote N``, and ``variant`` (first page, even page) for headers and footers, with
``page style`` when several master pages have them.

Safety as for Word: the zip goes through ``readers/safezip.py`` (sizes and ratios checked
before inflating, capped reads), XML is parsed without entities, DTDs or network and with
lxml's depth limit, and a part that declares a DOCTYPE is refused.
"""
from __future__ import annotations

import re

from ...errors import InputError
from ...model import Document, Notice
from ..docx.sink import Story, span_allows
from ..safezip import SafeZip
from . import ns
from .controls import form_controls
from .styles import Styles
from .walker import Walker

OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
TEXT_TYPES = ("application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.text-template",
              "application/vnd.oasis.opendocument.text-master")
VARIANTS = {"header": None, "footer": None, "header-left": "even page", "footer-left": "even page",
            "header-first": "first page", "footer-first": "first page"}
_DOCTYPE = re.compile(rb"<!DOCTYPE", re.I)
EMPTY_ZIP = b"PK\x05\x06" + b"\0" * 18      # a flat .fodt has no package: an empty one stands in


class OdfPackage(SafeZip):
    NAME = ".odt"
    KIND = "OpenDocument text"
    APP = "LibreOffice"

    def part(self, name: str, required: bool = False):
        data = self.read(name)
        if data is None:
            if required:
                raise InputError("corrupt", f"not a complete OpenDocument file: part {name} is missing")
            return None
        return parse(self, name, data, required)


def parse(pkg, name: str, data: bytes, required: bool = True):
    if _DOCTYPE.search(data[:65536]):
        raise InputError("corrupt", f"refused: {name} declares a DOCTYPE (entities), which "
                         "OpenDocument files never use: a damaged or hostile file")
    return pkg.parse(name, data, required)


def sniff(data: bytes) -> str:
    """'zip' or 'flat'; a clear InputError for anything else."""
    if not data:
        raise InputError("corrupt", "empty file (0 bytes): not an OpenDocument file")
    if data[:8] == OLE_SIGNATURE:
        raise InputError("unsupported", "an old binary Office file (OLE), not an OpenDocument file: "
                         "open it in LibreOffice and save it as .odt")
    if data[:2] == b"PK":
        return "zip"
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"<"):
        return "flat"
    raise InputError("corrupt", "not an OpenDocument file (no zip signature and not XML): open it "
                     "in LibreOffice and save it again as .odt")


def open_package(data: bytes):
    """(package, content root, styles root or None, content part name)."""
    kind = sniff(data)
    pkg = OdfPackage(data if kind == "zip" else EMPTY_ZIP)
    if kind == "flat":
        root = parse(pkg, "the flat OpenDocument file", data)
        return pkg, root, root, "content.xml"
    mimetype = (pkg.read("mimetype", cap=256) or b"").decode("ascii", "replace").strip()
    if mimetype and mimetype not in TEXT_TYPES:
        raise InputError("unsupported", f"an OpenDocument file of type {mimetype}, not a text "
                         "document: only OpenDocument text (.odt) is read")
    if not mimetype and pkg.find("word/document.xml"):
        raise InputError("unsupported", "a Word (.docx) file with an OpenDocument name: rename it to .docx")
    manifest = pkg.read("META-INF/manifest.xml") or b""
    if b"encryption-data" in manifest:
        raise InputError("encrypted", "password-protected OpenDocument file: open it in LibreOffice, "
                         "save a copy without the password (File > Save As, untick 'Save with "
                         "password') and lint that")
    content = pkg.part("content.xml", required=True)
    return pkg, content, pkg.part("styles.xml"), "content.xml"


def read(data: bytes, path: str, options: dict) -> Document:
    pkg, content, styles_root, partname = open_package(data)
    body = content.find(ns.OFFICE_BODY)
    text = body.find(ns.OFFICE_TEXT) if body is not None else None
    if text is None:
        other = [c.tag.split("}")[-1] for c in (body if body is not None else ()) if isinstance(c.tag, str)]
        raise InputError("unsupported" if other else "corrupt", "not an OpenDocument text document"
                         + (f" (its body is a {other[0]})" if other else ": it has no body text"))
    styles = Styles(styles_root, content if styles_root is not content else None)
    walker = Walker(styles, form_controls(text.find(ns.OFFICE_FORMS)))
    tidx = {el: i for i, el in enumerate(content.iter())}
    walker.read_story(text, Story(partname, "body", "paragraph"), tidx)
    _headers_footers(styles_root, content, walker, "styles.xml" if styles_root is not content else partname)
    walker.read_notes(partname, tidx)
    doc = Document(path=path, format="odt")
    doc.blocks = walker.blocks
    doc.questions = walker.questions
    for q in doc.questions:
        q.source = "odt"
    doc.meta["odf"] = {"content": partname, "flat": styles_root is content}
    allows = _comment_allows(walker)
    if allows:
        doc.meta["comment_allows"] = allows
    for name in pkg.damaged:
        doc.notices.append(Notice("odf-damaged-part", f"{name} is damaged (not well-formed XML) and was "
                                  "not read (headers, footers and styles): open the file in LibreOffice "
                                  "and save a new copy"))
    return doc


def _used_master_pages(*roots) -> set:
    used = {"Standard"}
    for root in roots:
        if root is None:
            continue
        for el in root.iter(ns.q("style:style")):
            name = el.get(ns.q("style:master-page-name"))
            if name:
                used.add(name)
    return used


def _headers_footers(styles_root, content, walker, partname) -> None:
    if styles_root is None:
        return
    masters = [m for m in styles_root.iter(ns.q("style:master-page"))]
    used = _used_master_pages(styles_root, content)
    for m in masters:
        nxt = m.get(ns.q("style:next-style-name"))
        if m.get(ns.q("style:name")) in used and nxt:
            used.add(nxt)
    chosen = [m for m in masters if m.get(ns.q("style:name")) in used] or masters[:1]
    parts = [(m, el) for m in chosen for el in m
             if isinstance(el.tag, str) and el.tag.split("}")[-1] in VARIANTS
             and el.get(ns.q("style:display")) != "false" and len(el)]
    several = len({id(m) for m, _ in parts}) > 1
    for m, el in parts:
        local = el.tag.split("}")[-1]
        label = local.split("-")[0]
        extra = []
        if VARIANTS[local]:
            extra.append(("variant", VARIANTS[local]))
        if several:
            extra.append(("page style", m.get(ns.q("style:display-name")) or m.get(ns.q("style:name"))))
        walker.read_story(el, Story(partname, label, label, extra=tuple(extra) or None), {})


def _comment_allows(walker) -> list:
    if not walker.comments:
        return []
    from ...suppress_comments import parse_allow

    out = []
    for name, text in walker.comments.items():
        parsed = parse_allow(text)
        span = walker.marks.get(name)
        if parsed is not None and span is not None:
            out.extend(span_allows(walker.blocks, span, *parsed, name))
    return out
