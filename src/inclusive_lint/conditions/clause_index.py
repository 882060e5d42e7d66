""""A whole clause after the colon" (``mention-not-use``'s lead-in test) answered from an index
of its piece of text, not by a search per match.

``CLAUSE_AFTER`` reads the rest of the match's line: forty characters or more, a verb ("is",
"must", "means" ...), then a full stop or semicolon. On a line of a few hundred characters the
search is cheap; on a piece of text with no line break (a 10 MB file on one line is analysed
in pieces of 20,000 characters) it runs to the end of the piece for every match after a colon,
and finds the same verbs and marks each time. ``clause_after`` finds them once per piece: the
verbs (whole words, so no two overlap) and the marks, by position. The first verb forty or more
characters on holds a mark after it if any verb does (a later verb only leaves less room), so
one look-up of each answers as the search does.
"""
from __future__ import annotations

import re
from bisect import bisect_left

_VERBS = r"\b(?:is|are|will|must|should|shall|includes?|means|applies)\b"
CLAUSE_AFTER = re.compile(r"[^\n]{40,}?" + _VERBS + r"[^\n]*[.;]")
_VERB = re.compile(_VERBS)
_MARK = re.compile(r"[.;]")
LONG = 400        # a shorter stretch is searched as it is (the index would cost more)


def clause_after(text: str, start: int, end: int, memo: dict) -> bool:
    """``CLAUSE_AFTER.match(text, start, end) is not None``, for a stretch that holds no line
    break and ends at one or at the end of ``text`` (the rest of a line). ``memo`` (the
    document's condition memo) keeps the index of the last piece of text asked about."""
    if end - start <= LONG:
        return CLAUSE_AFTER.match(text, start, end) is not None
    got = memo.get(_KEY)
    if got is None or got[0] is not text:
        verbs = [m.span() for m in _VERB.finditer(text)]
        got = memo[_KEY] = (text, [s for s, _ in verbs], [e for _, e in verbs], [m.start() for m in _MARK.finditer(text)])
    _, starts, ends, marks = got
    i = bisect_left(starts, start + 40)
    if i == len(starts) or ends[i] > end:
        return False
    j = bisect_left(marks, ends[i])
    return j < len(marks) and marks[j] < end


_KEY = "clause-index"
