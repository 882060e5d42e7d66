"""HTML: visible text in block elements, entities decoded, offsets kept.

Skipped: script, style, code, pre, textarea, template, noscript, svg and
comments (kept in ``Document.meta['comments']`` for suppressions).
"""
from __future__ import annotations

import html as htmllib
import re
from html.parser import HTMLParser

from ..model import Block, Document, LineIndex
from .decode import decode

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
SKIP = {"script", "style", "code", "pre", "textarea", "template", "noscript", "svg", "math", "head"}
BLOCKS = {"p", "div", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "blockquote",
          "caption", "figcaption", "label", "legend", "option", "title", "section", "article",
          "header", "footer", "nav", "aside", "main", "table", "tr", "ul", "ol", "dl", "form",
          "fieldset", "select", "br", "hr", "body", "address", "summary", "details", "button"}
KIND = {"h1": "heading", "h2": "heading", "h3": "heading", "h4": "heading", "h5": "heading",
        "h6": "heading", "li": "list_item", "td": "table_cell", "th": "table_cell",
        "blockquote": "quote", "caption": "caption", "figcaption": "caption", "label": "form_label",
        "legend": "form_label", "option": "form_option", "title": "heading"}
VOID = {"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed", "source",
        "track", "wbr", "param"}


class _Parser(HTMLParser):
    def __init__(self, text: str):
        super().__init__(convert_charrefs=False)
        self.index = LineIndex(text)
        self.src = text
        self.blocks: list[Block] = []
        self.comments: list[tuple] = []
        self.skip_depth = 0
        self.stack: list[str] = []
        self.chars: list[str] = []
        self.offsets: list[int] = []
        self.kind = "paragraph"
        self.quote = 0
        self.title_ok = False

    def _pos(self) -> int:
        line, col = self.getpos()
        return self.index.starts[line - 1] + col

    def flush(self):
        if self.chars and "".join(self.chars).strip():
            kind = "quote" if self.quote and self.kind == "paragraph" else self.kind
            self.blocks.append(Block(text="".join(self.chars), kind=kind,
                                     offsets=self.offsets, start=self.offsets[0]))
        self.chars, self.offsets = [], []

    def handle_starttag(self, tag, attrs):
        if tag == "title":
            self.flush()
            self.kind = "heading"
            self.title_ok = True
            if tag not in VOID:
                self.stack.append(tag)
            return
        if tag in SKIP:
            self.skip_depth += 1
            self.stack.append(tag)
            return
        if tag in BLOCKS:
            self.flush()
            self.kind = KIND.get(tag, "paragraph")
            if tag == "blockquote":
                self.quote += 1
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCKS:
            self.flush()

    def handle_endtag(self, tag):
        if tag not in self.stack:
            return
        while self.stack:
            top = self.stack.pop()
            if top in SKIP and top != "title":
                self.skip_depth -= 1
            if top == "title":
                self.title_ok = False
            if top == tag:
                break
        if tag in BLOCKS or tag == "title":
            self.flush()
            if tag == "blockquote":
                self.quote = max(0, self.quote - 1)
            self.kind = "paragraph"

    def _visible(self) -> bool:
        return self.skip_depth == 0 or (self.title_ok and self.skip_depth == 1 and "head" in self.stack)

    def handle_data(self, data):
        if not self._visible():
            return
        at = self._pos()
        for i, ch in enumerate(data):
            self.chars.append(" " if ch in "\n\r\t" else ch)
            self.offsets.append(at + i)

    def _ref(self, raw: str):
        if not self._visible():
            return
        at = self._pos()
        decoded = htmllib.unescape(raw)
        if decoded == raw and not raw.endswith(";"):
            decoded = raw
        for ch in decoded:
            self.chars.append("\u00a0" if ch == "\u00a0" else ch)
            self.offsets.append(at)

    def handle_entityref(self, name):
        end = self.src.find(";", self._pos(), self._pos() + len(name) + 3)
        self._ref("&" + name + (";" if end != -1 else ""))

    def handle_charref(self, name):
        self._ref("&#" + name + ";")

    def handle_comment(self, data):
        at = self._pos()
        self.comments.append((at, at + len(data) + 7, data))


def declared_charset(data: bytes) -> str | None:
    m = _CHARSET.search(data[:4096])
    return m.group(1).decode("ascii", "replace") if m else None


def read(data: bytes, path: str, options: dict) -> Document:
    text, notices = decode(data, declared_charset(data))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    doc = Document(path=path, format="html", source_text=text, notices=notices)
    parser = _Parser(text)
    parser.feed(text)
    parser.close()
    parser.flush()
    doc.blocks = parser.blocks
    doc.meta["comments"] = parser.comments
    return doc
