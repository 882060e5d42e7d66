"""Markdown via markdown-it-py: prose blocks mapped back to source offsets.

Skipped: fenced and indented code, inline code, front matter, HTML blocks and
comments (kept in ``Document.meta['comments']`` for suppressions), link URLs
and bare URLs.
"""
from __future__ import annotations

import re

from ..model import Block, Document
from .decode import decode
from .md_simple import simple_blocks
from .mdparser import block_parser, full_parser

_FRONT_MATTER = re.compile(r"\A(---|\+\+\+)[ \t]*\n.*?\n\1[ \t]*(\n|\Z)", re.S)
_URL = re.compile(r"(?:https?://|www\.)\S+")
_COMMENT = re.compile(r"<!--(.*?)-->", re.S)

_BLOCK_KIND = {"heading_open": "heading", "paragraph_open": "paragraph", "th_open": "table_cell",
               "td_open": "table_cell"}


def _md():
    return full_parser()


def read(data: bytes, path: str, options: dict, memo=None) -> Document:
    """``memo`` (a ``markdown_memo.MarkdownMemo``) keeps paragraphs between reads of an edited
    document; the Document is the same without it."""
    text, notices = decode(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    doc = Document(path=path, format="markdown", source_text=text, notices=notices)
    doc.meta["comments"] = [(m.start(), m.end(), m.group(1)) for m in _COMMENT.finditer(text)]
    body = text
    fm = _FRONT_MATTER.match(text)
    if fm:  # blank it out, keeping offsets
        body = re.sub(r"[^\n]", " ", fm.group(0)) + text[fm.end():]
    line_starts = [0] + [m.end() for m in re.finditer("\n", body)]
    tokens = parse(body) if memo is None else memo.parse(body)
    kind_stack: list[str] = []
    quote_depth = 0
    code_lines: list[tuple[int, int]] = []   # 1-based line ranges of fenced and indented code
    doc.meta["code_lines"] = code_lines
    for tok in tokens:
        if tok.type in ("fence", "code_block") and tok.map:
            code_lines.append((tok.map[0] + 1, tok.map[1]))
        elif tok.type == "blockquote_open":
            quote_depth += 1
        elif tok.type == "blockquote_close":
            quote_depth -= 1
        elif tok.type in _BLOCK_KIND:
            kind_stack.append(_BLOCK_KIND[tok.type])
        elif tok.type in ("heading_close", "paragraph_close", "th_close", "td_close"):
            if kind_stack:
                kind_stack.pop()
        elif tok.type == "inline" and tok.map:
            kind = kind_stack[-1] if kind_stack else "paragraph"
            if quote_depth:
                kind = "quote"
            block = (_inline_block(body, line_starts, tok, kind) if memo is None
                     else memo.block(body, line_starts, tok, kind, _inline_block))
            if block is not None and block.text.strip():
                doc.blocks.append(block)
    return doc


# the characters that start inline syntax in the reader's parser (escape, code, emphasis, link,
# image, autolink, HTML, entity); a line break is handled below
_INLINE_SYNTAX = re.compile(r"[\\`*_\[\]!<&]")


def parse(body: str) -> list:
    """The parser's tokens for ``body``. The block structure is markdown-it's (worked out without
    it for text of headings and paragraphs only: md_simple.py); an inline token with no inline
    syntax in it (most prose) gets the children markdown-it's inline parse would give it (text
    and line breaks) without running that parse; the others are parsed by it."""
    env: dict = {}
    tokens = simple_blocks(body)
    if tokens is None:
        md, _after = block_parser()
        tokens = md.parse(body, env)
    rich = []
    for tok in tokens:
        if tok.type == "inline":
            if _INLINE_SYNTAX.search(tok.content):
                rich.append(tok)
            else:
                tok.children = _plain_children(tok.content)
    if rich:
        from markdown_it.rules_core import StateCore

        md, after = block_parser()
        state = StateCore("", md, env)
        state.tokens = rich
        for rule in after:
            rule(state)
    return tokens


class _Child:
    __slots__ = ("type", "content", "markup")

    def __init__(self, type_: str, content: str):
        self.type, self.content, self.markup = type_, content, ""


_SOFTBREAK = _Child("softbreak", "")


def _plain_children(content: str) -> list:
    """markdown-it's inline tokens for text without inline syntax: a text token per line, a
    break between lines. As its newline rule does, a line loses its leading spaces and tabs
    and, before a break, one trailing space (all of them when there are two or more)."""
    lines = content.split("\n")
    last = len(lines) - 1
    out = []
    for i, line in enumerate(lines):
        if i:
            line = line.lstrip(" \t")
        if i < last:
            line = line.rstrip(" ") if line.endswith("  ") else line[:-1] if line.endswith(" ") else line
        if line:
            out.append(_Child("text", line))
        if i < last:
            out.append(_SOFTBREAK)
    return out


def _inline_block(src: str, line_starts: list, tok, kind: str):
    begin = line_starts[tok.map[0]] if tok.map[0] < len(line_starts) else len(src)
    end = line_starts[tok.map[1]] if tok.map[1] < len(line_starts) else len(src)
    cursor = begin
    chars: list[str] = []
    segs: list[tuple] = []       # (source offset, length) of each piece of text

    def emit(s: str, at: int | None):
        nonlocal cursor
        if at is None:
            found = src.find(s, cursor, end) if s else -1
            at = found if found != -1 else cursor
            if found != -1:
                cursor = found + len(s)
        chars.append(s)
        if s:
            segs.append((at, len(s)))

    for child in tok.children or []:
        t = child.type
        if t == "text":
            content = child.content
            found = src.find(content, cursor, end)
            if found == -1:
                emit(content, None)
            else:
                emit(content, found)
                cursor = found + len(content)
        elif t in ("softbreak", "hardbreak"):
            nl = src.find("\n", cursor, end)
            emit(" ", nl if nl != -1 else cursor)
            if nl != -1:
                cursor = nl + 1
        elif t == "code_inline":
            span = _code_span(src, len(child.markup or "`"), cursor, end)
            emit(" ", span[0] if span else cursor)
            if span:
                cursor = span[1]
        elif t == "image":
            continue
        # link_open/close, em, strong, html_inline: no text of their own
    if not segs:
        return None         # no text at all, or only empty pieces ("**<!-- comment -->**")
    text = "".join(chars)
    # blank bare URLs (keep length so offsets stay aligned)
    if "http" in text or "www." in text:        # (every match holds one: most prose has none)
        text = _URL.sub(lambda m: " " * len(m.group(0)), text)
    last = max(len(src) - 1, 0)
    at, n = segs[-1]
    if at + n - 1 <= last and all(b[0] == a[0] + a[1] for a, b in zip(segs, segs[1:])):
        return Block(text=text, kind=kind, offsets=None, start=segs[0][0])   # a verbatim slice
    offsets = _offset_map(segs, last)
    start = offsets[0]
    if offsets[-1] - offsets[0] == len(offsets) - 1 and offsets == list(range(offsets[0], offsets[-1] + 1)):
        offsets = None      # a verbatim slice of the source: no per-character map needed
    return Block(text=text, kind=kind, offsets=offsets, start=start)


def _code_span(src: str, n: int, cursor: int, end: int):
    """Where the inline code span opened by a run of ``n`` backticks at or after ``cursor``
    begins and ends in the source: it closes at the next run of exactly ``n`` backticks. Its
    content cannot be searched for, as the parser has turned its line breaks into spaces and
    may have trimmed a space at each end."""
    run = re.compile(r"(?<!`)`{%d}(?!`)" % n)
    opening = run.search(src, cursor, end)
    closing = run.search(src, opening.end(), end) if opening else None
    return (opening.start(), closing.end()) if closing else None


def _offset_map(segs, last: int) -> list:
    """The source offset of each character (a piece running past the end of the source, which
    only a parser surprise could give, points at its last character)."""
    offsets: list = []
    for at, n in segs:
        if at + n - 1 <= last:
            offsets.extend(range(at, at + n))
        else:
            offsets.extend(min(at + i, last) for i in range(n))
    return offsets
