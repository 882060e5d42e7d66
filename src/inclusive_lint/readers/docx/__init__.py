"""Word reader (.docx, .docm, .dotx, .dotm): every part a reader of the document sees.

Reads, in this order: the body (paragraphs, tables with nested tables, content controls,
legacy form fields, hyperlinks, text boxes), the headers and footers of every section
(default, first-page and even-page), footnotes, endnotes. Comments are read only for
``inclusive-lint: allow`` suppressions. Each part is parsed once with lxml and walked once.

Locations: ``part`` (body, header, footer, footnote, endnote, text box), ``paragraph`` (the
n-th non-empty paragraph of the body outside tables; for notes the note number; for text
boxes the text box number), ``heading`` (the path of headings above, numbered as Word numbers
them: "3 Leave > 3.2 Bereavement leave"), ``table``/``row``/``cell`` for table cells (tables
numbered in reading order within the part), and for headers and footers ``variant``
(first page, even page) and ``section`` when the document has several sections.

Each block's ``meta`` keeps ``part`` (the zip part name) and, for the main document part,
``segs`` (offset in the block, index of the ``w:t`` element in that part, length) so
annotations land on exact characters; ``note`` (kind, id) for notes; ``host`` (block index)
for text boxes.
"""
from __future__ import annotations

from ...model import Document, Notice
from .ns import BODY, ENDNOTE, FOOTNOTE, R_ID, SECTPR, W_ID, T, w
from .package import Package
from .sink import Story, span_allows
from .story import Walker
from .styles import Numbering, Styles

VARIANTS = {"default": None, "first": "first page", "even": "even page"}
SKIP_NOTES = {"separator", "continuationSeparator", "continuationNotice"}


def t_index(root) -> dict:
    return {el: i for i, el in enumerate(root.iter(T))}


def _target(rels: dict, rtype: str):
    for kind, target, external in rels.values():
        if kind == rtype and not external:
            return target
    return None


def read(data: bytes, path: str, options: dict) -> Document:
    pkg = Package(data)
    main = pkg.main_part()
    root = pkg.xml(main, required=True)
    if root.find(BODY) is None:
        from ...errors import InputError

        raise InputError("corrupt", f"not a Word document: {main} has no body")
    rels = pkg.rels(main)
    styles = Styles(pkg.xml(_target(rels, "styles") or "word/styles.xml"))
    numbering = Numbering(pkg.xml(_target(rels, "numbering") or "word/numbering.xml"))
    walker = Walker(styles, numbering)
    doc = Document(path=path, format="docx")

    walker.read_story(root, Story(main, "body", "paragraph"), t_index(root))
    _headers_footers(pkg, root, rels, walker)
    for kind, tag in (("footnote", FOOTNOTE), ("endnote", ENDNOTE)):
        _notes(pkg, rels, walker, kind, tag)

    for b in walker.blocks:
        host = b.meta.get("host")
        if host is not None and not isinstance(host, int):
            b.meta["host"] = host.index if host.index is not None else -1
            b.meta["host_hint"] = host.hint
    doc.blocks = walker.blocks
    doc.questions = walker.questions
    doc.meta["docx"] = {"main": main, "section_starts": walker.section_starts}
    allows = _comment_allows(pkg, rels, walker)
    if allows:
        doc.meta["comment_allows"] = allows
    for name in pkg.damaged:
        if not name.endswith(".rels"):
            doc.notices.append(Notice("docx-damaged-part", f"{name} is damaged (not well-formed XML) "
                                      "and was not read: open the file in Word and save a new copy", scope=name))
    if root.find(f".//{w('altChunk')}") is not None:
        doc.notices.append(Notice("docx-altchunk", "the document embeds other documents (altChunk) "
                                  "that are not read: open it in Word and save it to merge them"))
    return doc


def _sections(root):
    for sect in root.iter(SECTPR):
        parent = sect.getparent()
        if parent is not None and parent.tag == w("sectPrChange"):
            continue
        yield sect


def _headers_footers(pkg, root, rels, walker) -> None:
    sections = list(_sections(root))
    seen = set()
    for n, sect in enumerate(sections, 1):
        for ref in sect:
            if ref.tag == w("headerReference"):
                label = "header"
            elif ref.tag == w("footerReference"):
                label = "footer"
            else:
                continue
            rel = rels.get(ref.get(R_ID))
            if rel is None or rel[2] or rel[1] in seen:
                continue
            seen.add(rel[1])
            part = pkg.xml(rel[1])
            if part is None:
                continue
            extra = []
            variant = VARIANTS.get(ref.get(w("type")) or "default")
            if variant:
                extra.append(("variant", variant))
            if len(sections) > 1:
                extra.append(("section", n))
            walker.read_story(part, Story(rel[1], label, label, extra=tuple(extra) or None), {})


def _notes(pkg, rels, walker, kind, tag) -> None:
    name = _target(rels, kind + "s")
    part = pkg.xml(name) if name else None
    if part is None:
        return
    order: dict = {}
    for nid in walker.note_refs[kind]:
        order.setdefault(nid, len(order) + 1)
    tidx: dict = {}          # comments are anchored in the body only: no character map needed
    fallback = len(order)
    for note in part.iter(tag):
        if note.get(w("type")) in SKIP_NOTES:
            continue
        nid = note.get(W_ID)
        number = order.get(nid)
        if number is None:
            fallback += 1
            number = fallback
        walker.headings = list(walker.note_headings.get((kind, nid), ()))
        walker.read_story(note, Story(name, kind, kind, number=number, note=(kind, nid)), tidx)


def _comment_allows(pkg, rels, walker) -> list:
    name = _target(rels, "comments")
    part = pkg.xml(name) if name else None
    if part is None or not walker.marks:
        return []
    from ...suppress_comments import parse_allow

    out = []
    blocks = walker.blocks
    for comment in part.iter(w("comment")):
        cid = comment.get(W_ID)
        text = "\n".join("".join(t.text or "" for t in p.iter(T)) for p in comment.iter(w("p")))
        parsed = parse_allow(text)
        span = walker.marks.get(cid)
        if parsed is None or span is None:
            continue
        out.extend(span_allows(blocks, span, *parsed, cid))
    return out
