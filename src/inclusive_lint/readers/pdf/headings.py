"""Headings in PDF text: numbered lines that head a paragraph, and the section path of every block.

A PDF has no heading styles, only how lines look. A block is a heading when it is set
larger or bolder than the body (``layout._kind``), or when it is a short numbered line
("4.1 Entitlement") that stops well short of the line under it, which starts a sentence:
that one is cut from the paragraph under it even in body type.

Section paths are built as the Word reader builds them ("4 Leave > 4.1 Entitlement"): a
numbered heading's level is the depth of its number; an unnumbered heading takes the level
of the numbered headings of its size, or, in a document without numbered headings, its
rank among the heading sizes. A heading set larger than every numbered heading is the
document's title: it starts the path afresh and is not part of it (Word's Title style).
"""
from __future__ import annotations

import re

NUMBERED = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,4})\.?\s+(?=[A-Z\u00c0-\u00de])")
_END_PUNCT = ".,;:!?"
MAX_LABEL = 80


def numbered_line(ln) -> bool:
    """A short numbered line that is not a sentence: "4.1 Entitlement", "3 Leave"."""
    t = ln.text
    return (len(t) <= 70 and t[-1:] not in _END_PUNCT and NUMBERED.match(t) is not None
            and len(t.split()) <= 10)


def heads_paragraph(prev, cur) -> bool:
    """Does ``prev`` (a paragraph's only line so far) head the paragraph ``cur`` would continue?"""
    if not numbered_line(prev) or not cur.text[:1].isupper():
        return False
    return prev.x1 < cur.x1 - 0.25 * max(1.0, cur.x1 - cur.x0) and prev.h >= 0.95 * cur.h


def _label(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_LABEL else text[:MAX_LABEL - 3].rstrip() + "\u2026"


def levels(heads) -> list:
    """The level of each heading, 0 for the title; ``heads`` is [(text, size)] in order."""
    sizes = [round(size * 2) / 2 for _, size in heads]
    numbered = [(m.group(1).count(".") + 1) if (m := NUMBERED.match(t)) else None for t, _ in heads]
    by_size: dict = {}
    for size, depth in zip(sizes, numbered):
        if depth is not None:
            by_size.setdefault(size, []).append(depth)
    if not by_size:
        ranks = sorted(set(sizes), reverse=True)
        return [ranks.index(size) + 1 for size in sizes]
    top = max(by_size)
    out = []
    for size, depth in zip(sizes, numbered):
        if depth is None:
            near = min(by_size, key=lambda s: abs(s - size))
            depth = 0 if size > top * 1.15 else min(by_size[near])
        out.append(depth)
    return out


class Sections:
    """The path of headings above the current block, as the reader walks the document."""

    def __init__(self):
        self.stack: list = []
        self.path = None

    def push(self, level: int, text: str) -> None:
        if level == 0:
            self.stack = []
        else:
            while self.stack and self.stack[-1][0] >= level:
                self.stack.pop()
            self.stack.append((level, _label(text)))
        self.path = " > ".join(label for _, label in self.stack) or None
