"""Regexes that survive line wrapping: a space in a pattern also matches a line break."""
from __future__ import annotations

import re


def wrap_tolerant(pattern: str) -> str:
    """``pattern`` with every literal space (inside or outside a character class) widened to
    one whitespace character, so "blood relative" also matches "blood\\nrelative". Fixed width,
    so it is safe inside look-behinds."""
    out = []
    i, in_class = 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            out.append(pattern[i:i + 2])
            i += 2
            continue
        if c == " ":
            out.append(r"\s")
        else:
            if c == "[" and not in_class:
                in_class = True
            elif c == "]" and in_class:
                in_class = False
            out.append(c)
        i += 1
    return "".join(out)


def rx(pattern: str, flags=re.I):
    """Compile a wrap-tolerant regex (case-insensitive unless ``flags`` says otherwise)."""
    return re.compile(wrap_tolerant(pattern), flags)
