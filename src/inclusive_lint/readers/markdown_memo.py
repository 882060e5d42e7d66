"""Markdown blocks remembered between reads of an edited document (the language server).

The block structure is parsed every time (it is the cheap part); each paragraph's inline
parse and its text and offset map are kept by what they depend on: the block's kind, its
source lines, its inline content, whether it ends the document, and the link reference labels
defined anywhere in it. A paragraph that moved keeps its text; its offsets are shifted. The
blocks are the ones ``markdown.read`` gives without a memo (``tests/test_lsp_incremental.py``).
"""
from __future__ import annotations

from ..model import Block
from .mdparser import block_parser


_NONE = ()       # remembered: this token gives no block


class MarkdownMemo:
    """The inline blocks of the last read: key -> (text, offsets or None, start, offset of the
    block's first line then). A block that has not moved shares its offset map."""

    def __init__(self):
        self.last: dict = {}
        self.fresh: dict = {}
        self.env: dict = {}
        self.refs: tuple = ()

    def parse(self, body: str) -> list:
        md, _ = block_parser()
        self.env = {}
        self.last, self.fresh = self.fresh, {}        # only the last read's blocks are kept
        tokens = md.parse(body, self.env)
        self.refs = tuple(sorted(self.env.get("references", ())))
        return tokens

    def block(self, src: str, line_starts: list, tok, kind: str, make):
        """``make(src, line_starts, tok, kind)`` for this inline token, remembered."""
        begin = line_starts[tok.map[0]] if tok.map[0] < len(line_starts) else len(src)
        end = line_starts[tok.map[1]] if tok.map[1] < len(line_starts) else len(src)
        key = (kind, src[begin:end], tok.content, end >= len(src), self.refs)
        kept = self.fresh.get(key)
        if kept is None:
            kept = self.last.get(key)
        if kept is None:
            self._inline(tok)
            block = make(src, line_starts, tok, kind)
            kept = _NONE if block is None else (block.text, block.offsets, block.start, begin)
        self.fresh[key] = kept
        if kept is _NONE:
            return None
        text, offsets, start, was = kept
        if offsets is not None and begin != was:       # the paragraph moved: shift its map
            offsets = [o + begin - was for o in offsets]
        return Block(text=text, kind=kind, offsets=offsets, start=start + begin - was)

    def _inline(self, tok) -> None:
        from markdown_it.rules_core import StateCore

        md, after = block_parser()
        state = StateCore("", md, self.env)
        state.tokens = [tok]
        for rule in after:
            rule(state)
