"""The top level of a regular expression's source: its alternatives and its plain groups.

Read from the text, not the parsed pattern, so that each part can be analysed (or compiled)
as a pattern of its own: ``a|b(c)d`` has the alternatives "a" and "b(c)d", and "c" is the body
of a group at the top level. Escapes and character classes are skipped whole.
"""
from __future__ import annotations

from typing import NamedTuple


class TopLevel(NamedTuple):
    branches: list      # the top-level alternatives, in order (one when there is no "|")
    groups: list        # bodies of the top-level plain, non-capturing and named groups with no quantifier after


def top_level(pattern: str) -> TopLevel:
    branches: list = []
    groups: list = []
    depth = 0
    start = 0
    body_start = None
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = _class_end(pattern, i)
            continue
        if c == "(":
            if depth == 0:
                body_start = _body_start(pattern, i)
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0 and body_start is not None:
                if not (i + 1 < n and pattern[i + 1] in "?*+{"):
                    groups.append(pattern[body_start:i])
                body_start = None
        elif c == "|" and depth == 0:
            branches.append(pattern[start:i])
            start = i + 1
        i += 1
    branches.append(pattern[start:])
    return TopLevel(branches, groups)


def _body_start(pattern: str, i: int):
    """Where the body of the group opening at ``i`` begins, or None for a look-around, a flag
    group or a conditional (only plain, non-capturing and named groups are read)."""
    if not pattern.startswith("(?", i):
        return i + 1
    if pattern.startswith("(?:", i):
        return i + 3
    if pattern.startswith("(?P<", i):
        end = pattern.find(">", i)
        return None if end == -1 else end + 1
    return None


def _class_end(pattern: str, i: int) -> int:
    """The index after the character class opening at ``i``."""
    j = i + 1
    if j < len(pattern) and pattern[j] == "^":
        j += 1
    if j < len(pattern) and pattern[j] == "]":
        j += 1
    while j < len(pattern) and pattern[j] != "]":
        j += 2 if pattern[j] == "\\" else 1
    return j + 1
