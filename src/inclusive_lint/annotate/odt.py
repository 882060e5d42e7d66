"""Annotated copies of OpenDocument text: one ``office:annotation`` per finding.

Findings in ``content.xml`` (body, tables, lists, notes, text boxes) are anchored exactly on
the flagged characters: the reader's ``segs`` give the XML text node and, after undoing the
white-space collapsing, the character inside it, where an ``office:annotation`` and its
``office:annotation-end`` are inserted. Text the reader made up (a check box glyph, a field's
shown value) anchors the comment on its whole paragraph. Headers and footers (in
``styles.xml``, where LibreOffice keeps no comments) and findings about the whole document
are anchored on the first paragraph of the body, their comment saying where they are.

The input is never written: the copy is built in memory and written atomically; every other
part of the package is copied unchanged, ``mimetype`` first and stored.
"""
from __future__ import annotations

import datetime as _dt
import io
import os
import zipfile

from ..atomic import atomic_write
from ..errors import InputError
from ..model import Notice
from ..readers.odf import ns, open_package
from ..readers.odf.inline import collapse
from .docx import AUTHOR, comment_text

FAMILY = {".odt": ".odt", ".ott": ".odt", ".fodt": ".fodt"}


def _el(tag: str, **attrs):
    from lxml import etree

    el = etree.Element(ns.q(tag))
    for k, v in attrs.items():
        el.set(ns.q(k.replace("__", ":")), v)
    return el


class _Annotator:
    def __init__(self, result, root):
        self.blocks = result.document.blocks
        self.content = (result.document.meta.get("odf") or {}).get("content", "content.xml")
        self.elements = list(root.iter())
        self.inserts: list = []          # (slot, raw index, order, node)
        self.wraps: list = []            # (paragraph element, start node, end node)
        self.moved = {"in headers and footers": 0, "about the whole document": 0}
        self.skipped = 0
        self.count = 0
        taken = {el.get(ns.OFFICE_NAME) for el in root.iter(ns.ANNOTATION)}
        self.names = (f"inclusive-lint-{n}" for n in range(1, 10 ** 6) if f"inclusive-lint-{n}" not in taken)
        self.date = _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S")

    def nodes(self, text: str):
        name = next(self.names)
        start = _el("office:annotation", office__name=name)
        creator = _el("dc:creator")
        creator.text = AUTHOR
        date = _el("dc:date")
        date.text = self.date
        start.extend([creator, date])
        for line in text.split("\n"):
            para = _el("text:p")
            para.text = line
            start.append(para)
        return start, _el("office:annotation-end", office__name=name)

    def add(self, f) -> None:
        block = self.blocks[f.block_index] if 0 <= f.block_index < len(self.blocks) else None
        if block is None:
            self.moved["about the whole document"] += 1
            return self.wrap(self.first_body(), comment_text(f, "About the whole document: "))
        if block.meta.get("part") != self.content:
            self.moved["in headers and footers"] += 1
            where = block.location.describe()
            return self.wrap(self.first_body(), comment_text(f, f"In the {where}: " if where else ""))
        text = comment_text(f)
        if f.block_span:
            ends = self.exact(block, *f.block_span)
            if ends is not None:
                start, end = self.nodes(text)
                self.inserts += [(*ends[1], 0, end), (*ends[0], 1, start)]
                self.count += 1
                return None
        return self.wrap(block.meta.get("para"), text)

    def exact(self, block, s, e):
        segs = block.meta.get("segs") or ()
        first = next((g for g in segs if g[0] <= s < g[0] + g[2]), None)
        last = next((g for g in segs if g[0] < e <= g[0] + g[2]), None)
        if first is None or last is None:
            return None
        return self.raw_at(first, s - first[0], False), self.raw_at(last, e - last[0], True)

    def raw_at(self, seg, within: int, end: bool):
        _, (slot, lead), _ = seg
        el = self.elements[slot // 2]
        raw = (el.tail if slot % 2 else el.text) or ""
        _, idx = collapse(raw)
        k = within + lead
        return slot, (idx[k - 1] + 1 if end else idx[k])

    def first_body(self):
        for b in self.blocks:
            if b.location.part == "body" and b.meta.get("part") == self.content \
                    and b.meta.get("para") is not None:
                return b.meta["para"]
        return None

    def wrap(self, para_index, text) -> None:
        if para_index is None:
            self.skipped += 1
            return
        start, end = self.nodes(text)
        self.wraps.append((self.elements[para_index], start, end))
        self.count += 1

    def apply(self) -> None:
        for slot, k, _, node in sorted(self.inserts, key=lambda t: (t[0], t[1], t[2]), reverse=True):
            el = self.elements[slot // 2]
            if slot % 2:
                raw = el.tail or ""
                el.tail, node.tail = raw[:k], raw[k:]
                el.addnext(node)
            else:
                raw = el.text or ""
                el.text, node.tail = raw[:k], raw[k:]
                el.insert(0, node)
        for para, start, end in self.wraps:
            start.tail, para.text = para.text, None
            para.insert(0, start)
            para.append(end)


def annotate(result, src_path: str, out_path: str) -> int:
    """Write a copy of ``src_path`` with one comment per finding; returns the count."""
    from lxml import etree

    if result.document is None:
        raise InputError("unsupported", "nothing to annotate: the document was not read")
    src_ext = os.path.splitext(src_path)[1].lower()
    out_ext = os.path.splitext(out_path)[1].lower()
    if FAMILY.get(out_ext) != FAMILY.get(src_ext, ".odt"):
        raise InputError("usage", f"{out_path}: name the annotated copy of a {src_ext} file "
                         f"{FAMILY.get(src_ext, '.odt')} (LibreOffice reads it by its name)")
    with open(src_path, "rb") as fh:
        data = fh.read()
    pkg, content, _, _ = open_package(data)
    ann = _Annotator(result, content)
    for f in sorted(result.findings, key=lambda f: (f.block_index, f.block_span or (0, 0))):
        ann.add(f)
    ann.apply()
    xml = etree.tostring(content, xml_declaration=True, encoding="UTF-8")
    atomic_write(out_path, xml if (result.document.meta.get("odf") or {}).get("flat") else _repack(pkg, xml))
    moved = [f"{n} {k}" for k, n in ann.moved.items() if n]
    if moved:
        result.notices.append(Notice("annotate-anchored", "annotated copy: LibreOffice keeps no comments "
                                     "in headers and footers, so " + ", ".join(moved) + " are anchored on "
                                     "the first paragraph of the body; each such comment says where"))
    if ann.skipped:
        result.notices.append(Notice("annotate-skipped", f"annotated copy: {ann.skipped} finding"
                                     f"{'s' if ann.skipped != 1 else ''} could not be anchored and "
                                     "have no comment"))
    return ann.count


def _repack(pkg, content: bytes) -> bytes:
    """The package again with a new content.xml: mimetype first and stored, the rest as it was."""
    pkg.check_all()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as out:
        names = sorted(pkg.infos, key=lambda n: n != "mimetype")
        for name in names:
            info = pkg.infos[name]
            if info.is_dir():
                continue
            data = content if name == "content.xml" else pkg.read(name)
            zi = zipfile.ZipInfo(name, date_time=info.date_time)
            zi.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            out.writestr(zi, data)
    return buf.getvalue()
