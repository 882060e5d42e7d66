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
from .toplevel import top_level

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
    """The bodies of the top-level groups every match passes through once, or [] when the top
    level is a choice."""
    top = top_level(pattern)
    return [] if len(top.branches) > 1 else top.groups
