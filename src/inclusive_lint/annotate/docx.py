"""Annotated copies of Word documents: one Word comment per finding.

Findings in the body (paragraphs, headings, lists, table cells) are anchored exactly on the
flagged characters: runs are split where needed, keeping their formatting. Comments are
written in the body only (Word cannot hold comments in headers and footers, and python-docx
writes them in the body), so other findings are anchored nearby and their comment says where
they are: footnote and endnote findings on the note's reference mark in the body, text-box
findings on the paragraph holding the text box (or, when that paragraph has no text, on the
run holding the box), header and footer findings on the first paragraph of their section,
findings about the whole document on the first paragraph of the body. The file result gets a notice counting them.

The input is never written: the copy is built in memory and written atomically.
"""
from __future__ import annotations

import io
import os

from ..atomic import atomic_write
from ..errors import InputError
from ..model import Notice

AUTHOR = "inclusive-lint"
INITIALS = "IL"
EXTRA_TYPES = (
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
)


def _open(src_path: str):
    """python-docx Document for the input, after the same zip-bomb checks the reader makes."""
    from docx.opc.part import PartFactory
    from docx.package import Package as DocxPackage
    from docx.parts.document import DocumentPart

    from ..readers.docx.package import Package

    with open(src_path, "rb") as fh:
        data = fh.read()
    pkg = Package(data)
    pkg.check_all()
    main = pkg.read(pkg.main_part()) or b""
    for ct in EXTRA_TYPES:     # templates and macro-enabled files are Word documents too
        PartFactory.part_type_for.setdefault(ct, DocumentPart)
    if b"purl.oclc.org/ooxml/wordprocessingml" in main[:8192]:
        raise InputError("unsupported", "annotated copies of Strict Open XML documents are not made: "
                         "save it in Word as a standard Word Document (.docx) and annotate that")
    try:
        package = DocxPackage.open(io.BytesIO(data))
        document = package.main_document_part.document
    except Exception as exc:
        raise InputError("unsupported", f"cannot make an annotated copy of this document "
                         f"({type(exc).__name__}: {exc})"[:300]) from None
    for part in package.iter_parts():
        element = getattr(part, "_element", None)
        if element is not None:
            _drop_entities(element)
    return document


def _drop_entities(root) -> None:
    """Unexpanded entity references (from a DOCTYPE we never load) would make the copy
    unreadable once written without its DOCTYPE: remove them, keeping the text around them."""
    from lxml import etree

    for ent in list(root.iter(etree.Entity)):
        parent = ent.getparent()
        if parent is None:
            continue
        if ent.tail:
            prev = ent.getprevious()
            if prev is not None:
                prev.tail = (prev.tail or "") + ent.tail
            else:
                parent.text = (parent.text or "") + ent.tail
        parent.remove(ent)


def comment_text(f, where: str = "") -> str:
    lines = [f"{where}{f.message}" if where else f.message]
    if f.suggestions:
        lines.append("Suggestion: " + "; ".join(f.suggestions))
    if f.waived:
        lines.append(f"Waived: {f.waiver_reason}")
    lines.append(f"Rule {f.rule_id} ({AUTHOR})")
    return "\n".join(lines)


class _Annotator:
    def __init__(self, result, doc):
        from docx.oxml.ns import qn

        from .docx_runs import Pieces

        self.qn = qn
        self.result = result
        self.doc = doc
        self.blocks = result.document.blocks
        self.main = (result.document.meta.get("docx") or {}).get("main", "word/document.xml")
        self.root = doc.element
        self.pieces = Pieces(list(self.root.iter(qn("w:t"))), qn)
        self.moved = {"in headers and footers": 0, "in notes": 0, "in text boxes": 0,
                      "about the whole document": 0}
        self.skipped = 0
        self._boxes = None

    def add(self, f) -> bool:
        block = self.blocks[f.block_index] if 0 <= f.block_index < len(self.blocks) else None
        if block is None:           # about the whole document (or a form): its first paragraph
            self.moved["about the whole document"] += 1
            return self.comment(self.first_body_runs(), comment_text(f, "About the whole document: "))
        meta = block.meta
        in_main = meta.get("part") == self.main
        part = block.location.part
        if in_main and part != "text box" and f.block_span:
            runs = self.exact_runs(block, *f.block_span)
            if runs is None:        # text the reader made up (a check-box glyph): whole paragraph
                runs = self.block_runs(block)
            return self.comment(runs, comment_text(f))
        where = block.location.describe()
        if meta.get("note") is not None:
            kind, nid = meta["note"]
            runs = self.note_runs(kind, nid)
            self.moved["in notes"] += 1
        elif part == "text box" and in_main:
            runs = self.host_runs(meta)
            self.moved["in text boxes"] += 1
        else:
            section = dict(block.location.extra or ()).get("section", 1)
            runs = self.first_body_runs(section)
            self.moved["in headers and footers" if part in ("header", "footer") else "in text boxes"] += 1
        prefix = ("In the " if part in ("header", "footer") else "In ") + where + ": " if where else ""
        return self.comment(runs, comment_text(f, prefix))

    def comment(self, runs, text) -> bool:
        if runs is None:
            self.skipped += 1
            return False
        start_run, end_run = runs
        comment = self.doc.comments.add_comment(text=text, author=AUTHOR, initials=INITIALS)
        start_run.insert_comment_range_start_above(comment.comment_id)
        end_run.insert_comment_range_end_and_reference_below(comment.comment_id)
        return True

    def exact_runs(self, block, s, e):
        from .docx_runs import isolate

        segs = [g for g in block.meta.get("segs", ()) if g[0] < e and s < g[0] + g[2]]
        if not segs:
            return None
        off0, t0, _ = segs[0]
        off1, t1, _ = segs[-1]
        first = (t0, max(0, s - off0))
        last = (t1, min(segs[-1][2], e - off1))
        return isolate(self.pieces, first, last, self.qn)

    def block_runs(self, block):
        segs = block.meta.get("segs") or ()
        if not segs:
            return None
        first = self.pieces.find(segs[0][1], 0)
        last = self.pieces.find(segs[-1][1], segs[-1][2], at_end=True)
        if first is None or last is None:
            return None
        return self._runs(first[0], last[0])

    def _runs(self, t_first, t_last):
        r0, r1 = t_first.getparent(), t_last.getparent()
        if r0 is None or r1 is None or r0.tag != self.qn("w:r") or r1.tag != self.qn("w:r"):
            return None
        return r0, r1

    def note_runs(self, kind, nid):
        tag = self.qn(f"w:{kind}Reference")
        for ref in self.root.iter(tag):
            if ref.get(self.qn("w:id")) == nid:
                r = ref.getparent()
                if r is not None and r.tag == self.qn("w:r"):
                    return r, r
        return self.first_body_runs()

    def host_runs(self, meta):
        host = meta.get("host", -1)
        if isinstance(host, int) and host >= 0 and self.blocks[host].meta.get("segs"):
            return self.block_runs(self.blocks[host])
        box = meta.get("box")
        if box is not None:
            if self._boxes is None:
                self._boxes = list(self.root.iter(self.qn("w:txbxContent")))
            if box < len(self._boxes):
                for anc in self._boxes[box].iterancestors(self.qn("w:r")):
                    return anc, anc          # the run holding the text box
        hint = meta.get("host_hint", 0)
        for i in range(min(hint, len(self.blocks)) - 1, -1, -1):
            b = self.blocks[i]
            if b.meta.get("part") == self.main and b.location.part == "body" and b.meta.get("segs"):
                return self.block_runs(b)
        return self.first_body_runs()

    def first_body_runs(self, section: int = 1):
        """The first body paragraph with text (of ``section``, for a header or footer)."""
        starts = (self.result.document.meta.get("docx") or {}).get("section_starts") or [0]
        begin = starts[section - 1] if 0 < section <= len(starts) else 0
        for b in self.blocks[begin:] + self.blocks[:begin]:
            if b.meta.get("part") == self.main and b.location.part == "body" and b.meta.get("segs"):
                return self.block_runs(b)
        return None


def annotate(result, src_path: str, out_path: str) -> int:
    """Write a copy of ``src_path`` with one Word comment per finding; returns the count."""
    document = result.document
    if document is None:
        raise InputError("unsupported", "nothing to annotate: the document was not read")
    src_ext = os.path.splitext(src_path)[1].lower()
    out_ext = os.path.splitext(out_path)[1].lower()
    if src_ext in (".docm", ".dotx", ".dotm") and out_ext != src_ext:
        raise InputError("usage", f"{out_path}: name the annotated copy of a {src_ext} file "
                         f"with {src_ext} too (Word will not open it as {out_ext or 'no extension'})")
    doc = _open(src_path)
    ann = _Annotator(result, doc)
    count = 0
    findings = sorted(result.findings, key=lambda f: (f.block_index, f.block_span or (0, 0)))
    for f in findings:
        if ann.add(f):
            count += 1
    buf = io.BytesIO()
    doc.save(buf)
    atomic_write(out_path, buf.getvalue())
    notes = [f"{n} {k}" for k, n in ann.moved.items() if n]
    if notes:
        result.notices.append(Notice("annotate-anchored", "annotated copy: comments go in the body, so "
                                     "findings outside it are anchored nearby (" + ", ".join(notes) + "): "
                                     "notes on their reference mark, text boxes on their paragraph, headers "
                                     "and footers on the first paragraph of their section, the whole "
                                     "document on the first paragraph; each such comment says where"))
    if ann.skipped:
        result.notices.append(Notice("annotate-skipped", f"annotated copy: {ann.skipped} finding"
                                     f"{'s' if ann.skipped != 1 else ''} could not be anchored and "
                                     "have no comment"))
    return count
