"""HTML: visible text in block elements, entities decoded, offsets kept.

Skipped: script, style, code, pre, textarea, template, noscript, svg and
comments (kept in ``Document.meta['comments']`` for suppressions).

Form structure is recorded in ``Document.meta['html_form']`` (fieldsets with their
legend blocks, labels with their blocks, inputs with the block and character their
caption starts at, selects with their option blocks) for the form analysis, and
table cells carry ``meta`` ``table``/``row``/``cell`` numbers.
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
        self.form = {"fieldsets": [], "labels": [], "inputs": [], "selects": []}
        self.open_fs: list[int] = []       # indices into form["fieldsets"]
        self.open_label: list[int] = []
        self.open_select: list[int] = []
        self.tables: list[list] = []       # [table number, row, cell] per open table
        self.n_tables = 0
        self.block_ctx: dict = {}
        self.pending_inputs: list[int] = []

    def _pos(self) -> int:
        line, col = self.getpos()
        return self.index.starts[line - 1] + col

    def flush(self):
        if self.chars and "".join(self.chars).strip():
            kind = "quote" if self.quote and self.kind == "paragraph" else self.kind
            self.blocks.append(Block(text="".join(self.chars), kind=kind,
                                     offsets=self.offsets, start=self.offsets[0]))
            self._register(len(self.blocks) - 1)
        else:
            for i in self.pending_inputs:
                self.form["inputs"][i]["block"] = None
        self.pending_inputs = []
        self.chars, self.offsets = [], []

    # -- form structure -------------------------------------------------------------
    def _context(self) -> dict:
        ctx = {}
        if "legend" in self.stack and self.open_fs:
            ctx["legend"] = self.open_fs[-1]
        if self.open_label:
            ctx["label"] = self.open_label[-1]
        if self.open_select and "option" in self.stack:
            ctx["option"] = self.open_select[-1]
        if self.tables and self.tables[-1][2] and ("td" in self.stack or "th" in self.stack):
            ctx["cell"] = tuple(self.tables[-1])
        return ctx

    def _register(self, bi: int):
        ctx, form = self.block_ctx, self.form
        if "legend" in ctx:
            form["fieldsets"][ctx["legend"]]["legend"].append(bi)
        if "label" in ctx:
            form["labels"][ctx["label"]]["blocks"].append(bi)
        if "option" in ctx:
            form["selects"][ctx["option"]]["options"].append(bi)
        if "cell" in ctx:
            t, r, c = ctx["cell"]
            self.blocks[bi].meta.update(table=t, row=r, cell=c)
        for i in self.pending_inputs:
            form["inputs"][i]["block"] = bi

    def _form_open(self, tag, attrs):
        a = {k: (v or "") for k, v in attrs}
        form = self.form
        fs = self.open_fs[-1] if self.open_fs else None
        if tag == "fieldset":
            form["fieldsets"].append({"legend": [], "parent": fs})
            self.open_fs.append(len(form["fieldsets"]) - 1)
        elif tag == "label":
            form["labels"].append({"for": a.get("for", ""), "blocks": [], "fieldset": fs})
            self.open_label.append(len(form["labels"]) - 1)
        elif tag == "select":
            form["selects"].append({"name": a.get("name", ""), "id": a.get("id", ""), "options": [],
                                    "fieldset": fs, "label": self.open_label[-1] if self.open_label else None,
                                    "block_count": len(self.blocks)})
            self.open_select.append(len(form["selects"]) - 1)
        elif tag == "input":
            kind = a.get("type", "text").lower()
            if kind in ("hidden", "submit", "button", "reset", "image", "file", "password"):
                return
            form["inputs"].append({"type": kind, "name": a.get("name", ""), "id": a.get("id", ""),
                                   "value": a.get("value", ""), "fieldset": fs,
                                   "label": self.open_label[-1] if self.open_label else None,
                                   "block": None, "char": len(self.chars), "block_count": len(self.blocks)})
            self.pending_inputs.append(len(form["inputs"]) - 1)
        elif tag == "table":
            self.n_tables += 1
            self.tables.append([self.n_tables, 0, 0])
        elif tag == "tr" and self.tables:
            self.tables[-1][1] += 1
            self.tables[-1][2] = 0
        elif tag in ("td", "th") and self.tables:
            self.tables[-1][2] += 1

    def _form_close(self, tag):
        stacks = {"fieldset": self.open_fs, "label": self.open_label, "select": self.open_select,
                  "table": self.tables}
        if tag in stacks and stacks[tag]:
            stacks[tag].pop()

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
        if self.skip_depth == 0:
            self._form_open(tag, attrs)
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCKS:
            self.flush()
        if tag == "input" and self.skip_depth == 0:
            self._form_open(tag, attrs)

    def handle_endtag(self, tag):
        if tag not in self.stack:
            return
        if tag in BLOCKS or tag == "title":
            self.flush()
        while self.stack:
            top = self.stack.pop()
            if top in SKIP and top != "title":
                self.skip_depth -= 1
            if top == "title":
                self.title_ok = False
            if self.skip_depth == 0 and top not in SKIP:
                self._form_close(top)
            if top == tag:
                break
        if tag in BLOCKS or tag == "title":
            if tag == "blockquote":
                self.quote = max(0, self.quote - 1)
            self.kind = "paragraph"

    def _visible(self) -> bool:
        return self.skip_depth == 0 or (self.title_ok and self.skip_depth == 1 and "head" in self.stack)

    def handle_data(self, data):
        if not self._visible():
            return
        at = self._pos()
        if not self.chars:
            self.block_ctx = self._context()
        for i, ch in enumerate(data):
            self.chars.append(" " if ch in "\n\r\t" else ch)
            self.offsets.append(at + i)

    def _ref(self, raw: str):
        if not self._visible():
            return
        at = self._pos()
        if not self.chars:
            self.block_ctx = self._context()
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
    if any(parser.form.values()):
        doc.meta["html_form"] = parser.form
    return doc
