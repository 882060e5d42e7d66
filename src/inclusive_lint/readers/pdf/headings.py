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
from dataclasses import replace

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


def _levels(heads) -> dict:
    """{block id: level, 0 for the title}."""
    numbered = {}
    sizes = {}
    for b in heads:
        size = round(b.meta.get("pdf_size", 0.0) * 2) / 2
        sizes[id(b)] = size
        m = NUMBERED.match(b.text)
        if m:
            numbered[id(b)] = m.group(1).count(".") + 1
    levels = dict(numbered)
    if numbered:
        by_size = {}
        for b in heads:
            if id(b) in numbered:
                by_size.setdefault(sizes[id(b)], []).append(numbered[id(b)])
        top = max(by_size)
        for b in heads:
            if id(b) in levels:
                continue
            size = sizes[id(b)]
            if size > top * 1.15:
                levels[id(b)] = 0
            else:
                near = min(by_size, key=lambda s: abs(s - size))
                levels[id(b)] = min(by_size[near])
        return levels
    ranks = sorted({sizes[id(b)] for b in heads}, reverse=True)
    return {id(b): ranks.index(sizes[id(b)]) + 1 for b in heads}


def assign_sections(blocks) -> None:
    """Give every body block the path of the headings above it (in place)."""
    heads = [b for b in blocks if b.kind == "heading"]
    if not heads:
        return
    levels = _levels(heads)
    stack: list = []
    for b in blocks:
        if b.kind in ("header", "footer"):
            continue
        if b.kind == "heading":
            level = levels[id(b)]
            if level == 0:
                stack = []
                continue
            while stack and stack[-1][0] >= level:
                stack.pop()
            stack.append((level, _label(b.text)))
        if stack:
            b.location = replace(b.location, heading=" > ".join(label for _, label in stack))
