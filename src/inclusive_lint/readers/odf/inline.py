"""Inside an OpenDocument paragraph: spans, links, spaces, tabs, line breaks, fields, form
controls, notes (queued, read after the body), comments (ranges kept for suppressions, text
never read) and frames (text boxes queued, read after their paragraph).

White space follows the OpenDocument rule: a run of spaces, tabs and newlines in the XML is
one space, and a space at the start of a paragraph or after another collapsed space is
dropped; ``text:s``, ``text:tab`` and ``text:line-break`` are the spaces a reader sees.

Each piece of text read from an XML text node is recorded in the block's ``segs`` as
(offset in block, (slot, lead), length): ``slot`` is 2 × the index of the element in
``root.iter()`` (+1 for its tail), ``lead`` whether a collapsed leading space was dropped,
so the annotator finds the exact characters again.
"""
from __future__ import annotations

import re

from . import ns
from .controls import content_control_item, control_item, drop_down_item, glyph

_WS = re.compile(r"[ \t\r\n]+")
_NEEDS = re.compile(r"[\t\r\n]|  ")
DRAW_NS = "{%s}" % ns.NS["draw"]
SEG_PARENTS = {ns.P, ns.H, ns.SPAN, ns.A}
CONTAINERS = {ns.SPAN, ns.A, ns.q("text:meta"), ns.q("text:meta-field"), ns.RUBY_BASE,
              ns.q("text:bookmark-ref")}
SKIP = {ns.NOTE_CITATION, ns.RUBY_TEXT, ns.HIDDEN_PARAGRAPH, ns.NUMBER,
        ns.SOFT_PAGE_BREAK, ns.q("text:change"), ns.q("text:change-start"), ns.q("text:change-end"),
        ns.q("text:bookmark"), ns.q("text:bookmark-start"), ns.q("text:bookmark-end"),
        ns.q("text:reference-mark"), ns.q("text:reference-mark-start"),
        ns.q("text:reference-mark-end"), ns.q("text:alphabetical-index-mark"),
        ns.q("text:toc-mark"), ns.q("text:user-index-mark")}
TRUE = ("true", "1")


def collapse(raw: str):
    """(text, index in ``raw`` of each character of text) with white-space runs as one space."""
    out, idx, i, n = [], [], 0, len(raw)
    while i < n:
        ch = raw[i]
        if ch in " \t\r\n":
            out.append(" ")
            idx.append(i)
            while i < n and raw[i] in " \t\r\n":
                i += 1
            continue
        out.append(ch)
        idx.append(i)
        i += 1
    return "".join(out), idx


def collect_boxes(node, out) -> None:
    """Text boxes (``draw:text-box``, or shapes holding paragraphs) under a drawing element."""
    if any(c.tag in (ns.P, ns.H, ns.LIST) for c in node):
        out.append(node)
        return
    for c in node:
        if isinstance(c.tag, str) and c.tag.startswith(DRAW_NS):
            collect_boxes(c, out)


class InlineMixin:
    """Mixed into the OpenDocument walker (``self.tidx``, ``self.marks``, ``self.notes``,
    ``self.pending_tb``, ``self.styles``, ``self.controls``, ``self.comments``)."""

    def add_text(self, b, raw, slot) -> None:
        if not raw:
            return
        text = _WS.sub(" ", raw) if _NEEDS.search(raw) else raw
        lead = 0
        if text[0] == " " and self.space:
            text, lead = text[1:], 1
        if text:
            b.add(text, (slot, lead) if slot is not None else None)
            self.space = text[-1] == " "

    def literal(self, b, text) -> None:
        b.add(text)
        self.space = False

    def inline(self, parent, b) -> None:
        tidx = self.tidx
        segs = bool(tidx) and parent.tag in SEG_PARENTS
        if parent.text:
            self.add_text(b, parent.text, 2 * tidx[parent] if segs else None)
        for el in parent:
            tag = el.tag
            if tag in CONTAINERS:
                if tag != ns.SPAN or not self.styles.hidden("text", el.get(ns.STYLE_NAME)):
                    self.inline(el, b)
            elif tag == ns.S:
                try:
                    count = max(1, min(1000, int(el.get(ns.q("text:c")) or 1)))
                except ValueError:
                    count = 1
                self.literal(b, " " * count)
            elif tag == ns.TAB:
                self.literal(b, "\t")
            elif tag == ns.LINE_BREAK:
                self.literal(b, "\n")
            elif tag == ns.NOTE:
                self.notes.append((el, list(self.headings)))   # the section it is referenced in
            elif tag == ns.ANNOTATION:
                self.annotation(el, b)
            elif tag == ns.ANNOTATION_END:
                name = el.get(ns.OFFICE_NAME)
                if name in self.marks:
                    self.marks[name][1] = (b, b.length)
            elif tag == ns.CONTROL:
                self.control(control_item(el, self.controls), b, None)
            elif tag == ns.CONTENT_CONTROL:
                self.control(content_control_item(el), b, el)
            elif tag == ns.DROP_DOWN:
                self.control(drop_down_item(el), b, el)
            elif tag == ns.TEXT_INPUT:
                self.control({"kind": "text"}, b, el)
            elif tag == ns.HIDDEN_TEXT:        # shown only when its condition says not hidden
                if (el.get(ns.q("text:is-hidden")) or "true").lower() not in TRUE:
                    self.inline(el, b)
            elif tag in SKIP or not isinstance(tag, str):
                pass
            elif tag.startswith(DRAW_NS):
                collect_boxes(el, self.pending_tb)
            else:
                self.inline(el, b)       # a field shows its current value as its text
            if el.tail:
                self.add_text(b, el.tail, 2 * tidx[el] + 1 if segs else None)

    def control(self, item, b, content) -> None:
        start = b.length
        if content is not None:
            self.inline(content, b)
        if item is None:
            return
        if item["kind"] == "label":
            if item["label"].strip():
                self.literal(b, (" " if b.length and not self.space else "") + " ".join(item["label"].split()))
            return
        if item["kind"] == "checkbox" and b.length == start:
            self.literal(b, glyph(item))
        item["start"], item["end"] = start, b.length
        label = item.pop("label", "")
        if label.strip():
            self.literal(b, " " + " ".join(label.split()))     # a check box draws its own label
        b.items.append(item)

    def annotation(self, el, b) -> None:
        """A comment: its text is kept for ``inclusive-lint: allow``, never read as text."""
        self.comment_count += 1
        name = el.get(ns.OFFICE_NAME) or f"#{self.comment_count}"
        paras = [p for p in el if p.tag in (ns.P, ns.H)]
        self.comments[name] = "\n".join("".join(p.itertext()) for p in paras)
        at = (b, b.length)
        self.marks[name] = [at, at if el.get(ns.OFFICE_NAME) is None else None, at]
