"""The text of one block as it is read, and where each piece came from.

Below both the story walker and the table reader (and the OpenDocument reader), so that
none of them imports another to build a block.
"""
from __future__ import annotations


class Builder:
    """Text of one block as it is read, with where each piece came from (``segs``:
    (offset in block, index of the source text element in its part, length))."""

    __slots__ = ("chunks", "length", "segs", "items", "index", "hint")

    def __init__(self, hint: int):
        self.chunks: list = []
        self.length = 0
        self.segs: list = []
        self.items: list = []    # form controls: dicts with kind, start, end, options, para
        self.index = None        # block index once emitted
        self.hint = hint         # where the block would go, for empty builders

    def add(self, text: str, t_index=None) -> None:
        if text:
            if t_index is not None:
                self.segs.append((self.length, t_index, len(text)))
            self.chunks.append(text)
            self.length += len(text)

    def text(self) -> str:
        return "".join(self.chunks)
