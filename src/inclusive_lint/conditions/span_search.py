"""``rx.search(text, lo, hi) is not None`` answered from an index built once per text.

A condition that asks "does this pattern occur between the paragraph start and the match?"
searches a stretch that grows with the paragraph, once per match: quadratic on one long
paragraph (a 10 MB file on one line). The index here lists every position where the pattern
can start a match and, for each, the earliest end any of its matches can have; a question
is then a binary search.

This is exact for patterns whose outcome depends only on the characters a match consumes
(and the character before it, for a leading ``\\b`` or ``^``): no look-around, no anchor or
word boundary after the start, no back-reference, no atomic group, no empty match. For those,
a match that ends by ``hi`` exists exactly when some start ``p >= lo`` has an earliest end
``<= hi``, and "does a match starting at p end by E" only becomes true as E grows (the
earliest end is found by bisection on ``rx.match(text, p, E)``). Any other pattern is
searched directly, as before.
"""
from __future__ import annotations

import bisect
from re import _constants as C
from re import _parser

_LEADING_OK = {C.AT_BEGINNING, C.AT_BEGINNING_LINE, C.AT_BEGINNING_STRING, C.AT_BOUNDARY,
               C.AT_NON_BOUNDARY, C.AT_LOC_BOUNDARY, C.AT_LOC_NON_BOUNDARY, C.AT_UNI_BOUNDARY,
               C.AT_UNI_NON_BOUNDARY}
_NEVER = {C.ASSERT, C.ASSERT_NOT, C.GROUPREF, C.GROUPREF_EXISTS, C.GROUPREF_IGNORE,
          C.GROUPREF_LOC_IGNORE, C.GROUPREF_UNI_IGNORE, C.ATOMIC_GROUP, C.POSSESSIVE_REPEAT}
_SUITABLE: dict = {}


def suitable(rx) -> bool:
    """Can ``rx`` be answered from the index (see the module notes)?"""
    key = (rx.pattern, rx.flags)
    ok = _SUITABLE.get(key)
    if ok is None:
        try:
            parsed = _parser.parse(rx.pattern, rx.flags)
            ok = parsed.getwidth()[0] > 0 and _clean(list(parsed), top=True)
        except Exception:       # an unusual construct: search directly
            ok = False
        _SUITABLE[key] = ok
    return ok


def _clean(items, top: bool = False) -> bool:
    for i, (op, av) in enumerate(items):
        if op in _NEVER:
            return False
        if op is C.AT:
            if not (top and i == 0 and av in _LEADING_OK):
                return False
        elif op is C.SUBPATTERN:
            if not _clean(list(av[-1])):
                return False
        elif op is C.BRANCH:
            if not all(_clean(list(alt)) for alt in av[1]):
                return False
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
            if not _clean(list(av[2])):
                return False
    return True


def _earliest_end(rx, text: str, p: int, hi: int) -> int:
    """The smallest E with ``rx.match(text, p, E)``; ``rx.match(text, p, hi)`` succeeds."""
    lo = p + 1
    while lo < hi:
        mid = (lo + hi) // 2
        if rx.match(text, p, mid):
            hi = mid
        else:
            lo = mid + 1
    return hi


def _index(rx, text: str):
    starts, ends = [], []
    pos, n = 0, len(text)
    while pos < n:
        m = rx.search(text, pos)
        if m is None:
            break
        p = m.start()
        starts.append(p)
        ends.append(_earliest_end(rx, text, p, m.end()))
        pos = p + 1
    # suffix minimum: the earliest end among the starts from i on
    for i in range(len(ends) - 2, -1, -1):
        if ends[i + 1] < ends[i]:
            ends[i] = ends[i + 1]
    return starts, ends


def search_between(rx, text: str, lo: int, hi: int, memo: dict) -> bool:
    """``rx.search(text, lo, hi) is not None``; ``memo`` (a per-document dict) keeps the index
    of the last text searched with ``rx``."""
    if not suitable(rx):
        return rx.search(text, lo, hi) is not None
    key = ("span-search", rx.pattern, rx.flags)
    entry = memo.get(key)
    if entry is None or entry[0] is not text:
        entry = memo[key] = (text, *_index(rx, text))
    _, starts, ends = entry
    i = bisect.bisect_left(starts, lo)
    return i < len(starts) and ends[i] <= hi
