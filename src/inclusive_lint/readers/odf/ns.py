"""OpenDocument namespaces and the qualified names the reader and annotator use."""
from __future__ import annotations

NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "form": "urn:oasis:names:tc:opendocument:xmlns:form:1.0",
    "xlink": "http://www.w3.org/1999/xlink",
    "dc": "http://purl.org/dc/elements/1.1/",
    "xml": "http://www.w3.org/XML/1998/namespace",
    "loext": "urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0",
    "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
}


def q(name: str) -> str:
    """'text:p' -> '{urn:...text:1.0}p'."""
    prefix, local = name.split(":", 1)
    return f"{{{NS[prefix]}}}{local}"


P, H, SPAN, A, S, TAB, LINE_BREAK, NOTE, NOTE_BODY, NOTE_CITATION = (q(n) for n in (
    "text:p", "text:h", "text:span", "text:a", "text:s", "text:tab", "text:line-break", "text:note",
    "text:note-body", "text:note-citation"))
LIST, LIST_ITEM, LIST_HEADER, NUMBERED_PARAGRAPH, SECTION, TRACKED_CHANGES, SOFT_PAGE_BREAK = (
    q(n) for n in ("text:list", "text:list-item", "text:list-header", "text:numbered-paragraph",
                   "text:section", "text:tracked-changes", "text:soft-page-break"))
HIDDEN_TEXT, HIDDEN_PARAGRAPH, NUMBER, RUBY, RUBY_BASE, RUBY_TEXT, DROP_DOWN, TEXT_INPUT = (
    q(n) for n in ("text:hidden-text", "text:hidden-paragraph", "text:number", "text:ruby",
                   "text:ruby-base", "text:ruby-text", "text:drop-down", "text:text-input"))
ANNOTATION, ANNOTATION_END, OFFICE_TEXT, OFFICE_BODY, OFFICE_FORMS = (q(n) for n in (
    "office:annotation", "office:annotation-end", "office:text", "office:body", "office:forms"))
TABLE, TABLE_ROW, TABLE_CELL, COVERED_CELL = (q(n) for n in (
    "table:table", "table:table-row", "table:table-cell", "table:covered-table-cell"))
ROW_CONTAINERS = {q(n) for n in ("table:table-header-rows", "table:table-rows", "table:table-row-group")}
FRAME, TEXT_BOX, CONTROL, G, A_DRAW = (q(n) for n in (
    "draw:frame", "draw:text-box", "draw:control", "draw:g", "draw:a"))
CONTENT_CONTROL, LIST_ITEM_LOEXT = q("loext:content-control"), q("loext:list-item")

STYLE_NAME = q("text:style-name")
OUTLINE_LEVEL = q("text:outline-level")
OFFICE_NAME = q("office:name")
