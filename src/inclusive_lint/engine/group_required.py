"""Words a rule regex requires, read from inside the group that holds the whole match.

``prefilter.required_literals`` reads the tails of a pattern's top-level sequence. Many form and
family rules wrap everything in one named group, ``\\b(?P<hit>...)\\b`` or
``(?<![\\w/])(?P<hit>(?:mr|mrs|ms|miss|master|mstr)\\.?(?:...){2,}...other...)``: their top-level
sequence is that group alone, whose literal prefixes are short ("mr", "a "), so nothing is
found, and the one-pass prefix search (``prefixpass``) tries the regex at every "mr", "the " or
"your " of every piece. Every match holds a match of the group's body, so the words every match
of the body holds (the same reading, one level down) are required of the pattern too, and a
piece without one of them is not tried.

The body is cut out of the pattern's source: a group at the top level (no ``|`` there), not
repeated or optional, in a pattern without verbose mode; anything else gives nothing.
"""
from __future__ import annotations

import re

from .prefilter import required_literals

_VERBOSE = re.compile(r"\(\?[aiLmsux-]*x")


def group_required(pattern: str, flags: int = re.I) -> tuple:
    """``required_literals`` of the body of the first top-level group of ``pattern`` that has
    some, or () (also for anything unusual)."""
    if flags & re.VERBOSE or _VERBOSE.search(pattern):
        return ()
    for body in _top_groups(pattern):
        try:
            got = required_literals(body, flags)
        except Exception:          # a body that is no pattern on its own (a back-reference)
            continue
        if got:
            return got
    return ()


def _top_groups(pattern: str) -> list:
    """The bodies of the groups at the top level of ``pattern`` that every match passes
    through once (no quantifier after them), or [] when the top level is a choice."""
    out: list = []
    depth = 0
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
                    out.append(pattern[body_start:i])
                body_start = None
        elif c == "|" and depth == 0:
            return []
        i += 1
    return out


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
