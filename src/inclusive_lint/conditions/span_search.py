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

A trailing word boundary (``\\b(?:term|word)\\b``) reads the character after the match, so the
answer can change as ``hi`` moves; when the caller knows that ``text[hi]`` is not a word
character (``hi`` is the position of a colon, say), cutting the text there reads as that
character would, and the same index answers, built over the ends that are followed by a
non-word character (``stop_before_nonword=True``).
"""
from __future__ import annotations

import bisect
import re
from re import _constants as C
from re import _parser

_LEADING_OK = {C.AT_BEGINNING, C.AT_BEGINNING_LINE, C.AT_BEGINNING_STRING, C.AT_BOUNDARY,
               C.AT_NON_BOUNDARY, C.AT_LOC_BOUNDARY, C.AT_LOC_NON_BOUNDARY, C.AT_UNI_BOUNDARY,
               C.AT_UNI_NON_BOUNDARY}
_NEVER = {C.ASSERT, C.ASSERT_NOT, C.GROUPREF, C.GROUPREF_EXISTS, C.GROUPREF_IGNORE,
          C.GROUPREF_LOC_IGNORE, C.GROUPREF_UNI_IGNORE, C.ATOMIC_GROUP, C.POSSESSIVE_REPEAT}
_TRAILING_OK = {C.AT_BOUNDARY, C.AT_LOC_BOUNDARY, C.AT_UNI_BOUNDARY}
_SUITABLE: dict = {}
_NON_WORD = re.compile(r"\W")
_NON_WORD_ASCII = re.compile(r"\W", re.ASCII)


def suitable(rx, stop_before_nonword: bool = False) -> bool:
    """Can ``rx`` be answered from the index (see the module notes)?"""
    key = (rx.pattern, rx.flags, stop_before_nonword)
    ok = _SUITABLE.get(key)
    if ok is None:
        try:
            parsed = _parser.parse(rx.pattern, rx.flags)
            ok = parsed.getwidth()[0] > 0 and _clean(list(parsed), top=True, trailing=stop_before_nonword)
        except Exception:       # an unusual construct: search directly
            ok = False
        _SUITABLE[key] = ok
    return ok


def _clean(items, top: bool = False, trailing: bool = False) -> bool:
    last = len(items) - 1
    for i, (op, av) in enumerate(items):
        if op in _NEVER:
            return False
        if op is C.AT:
            lead = top and i == 0 and av in _LEADING_OK
            tail = top and trailing and i == last and i > 0 and av in _TRAILING_OK
            if not (lead or tail):
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


def _earliest_end(rx, text: str, p: int, ends: list) -> int:
    """The smallest E of ``ends`` (ascending) with ``rx.match(text, p, E)``; the last succeeds."""
    lo, hi = 0, len(ends) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if rx.match(text, p, ends[mid]):
            hi = mid
        else:
            lo = mid + 1
    return ends[hi]


def _ends(rx, text: str, p: int, end: int, stop_before_nonword: bool) -> list:
    """The cut positions to try for a match from ``p`` whose full-text match ends at ``end``."""
    if not stop_before_nonword:
        return range(p + 1, end + 1)
    nonword = _NON_WORD_ASCII if rx.flags & re.ASCII else _NON_WORD
    cuts = [m.start() for m in nonword.finditer(text, p + 1, end)]
    m = nonword.search(text, end)
    cuts.append(m.start() if m else len(text))
    return cuts


def _index(rx, text: str, stop_before_nonword: bool):
    starts, ends = [], []
    pos, n = 0, len(text)
    while pos < n:
        m = rx.search(text, pos)
        if m is None:
            break
        p = m.start()
        starts.append(p)
        ends.append(_earliest_end(rx, text, p, _ends(rx, text, p, m.end(), stop_before_nonword)))
        pos = p + 1
    # suffix minimum: the earliest end among the starts from i on
    for i in range(len(ends) - 2, -1, -1):
        if ends[i + 1] < ends[i]:
            ends[i] = ends[i + 1]
    return starts, ends


def search_between(rx, text: str, lo: int, hi: int, memo: dict, stop_before_nonword: bool = False) -> bool:
    """``rx.search(text, lo, hi) is not None``; ``memo`` (a per-document dict) keeps the index
    of the last text searched with ``rx`` (from its second question on). With ``stop_before_nonword`` the caller promises
    that ``hi`` is the end of ``text`` or the position of a non-word character."""
    if not suitable(rx, stop_before_nonword):
        return rx.search(text, lo, hi) is not None
    key = ("span-search", rx.pattern, rx.flags, stop_before_nonword)
    entry = memo.get(key)
    if entry is None or entry[0] is not text:
        # the first question about a text is searched: most paragraphs are asked once, and the
        # index costs several searches; it is built when the same text is asked again
        memo[key] = (text, None, None)
        return rx.search(text, lo, hi) is not None
    if entry[1] is None:
        entry = memo[key] = (text, *_index(rx, text, stop_before_nonword))
    _, starts, ends = entry
    i = bisect.bisect_left(starts, lo)
    return i < len(starts) and ends[i] <= hi
