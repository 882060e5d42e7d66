"""The span-search index (conditions/span_search.py) answers exactly as ``rx.search(text, lo,
hi)`` would, and a long one-line paragraph no longer costs a search per match."""
from __future__ import annotations

import re
import time

from hypothesis import HealthCheck, given, settings as hsettings, strategies as st

from inclusive_lint.api import lint_text
from inclusive_lint.conditions.common import _LEAD_IN_CUE
from inclusive_lint.conditions.mention_kinds import _CITATION_COLON
from inclusive_lint.conditions.span_search import search_between, suitable

PATTERNS = [
    _CITATION_COLON,
    re.compile(r"\bab+c?:\s", re.I),
    re.compile(r"^x[yz]{0,3}", re.M),
    re.compile(r"a.{0,4}?b"),
    re.compile(r"(?:ab|a)(?:c|bcd)"),
]
ALPHABET = "abcdxyz:\n ASectioOfthe1()"


def test_which_patterns_qualify():
    assert all(suitable(rx) for rx in PATTERNS)
    assert not suitable(re.compile(r"foo\b"))            # reads past the end of the match
    assert not suitable(re.compile(r"a(?=b)"))           # look-ahead
    assert not suitable(re.compile(r"(a)\1"))            # back-reference
    assert not suitable(re.compile(r"x*"))               # can match nothing


@hsettings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(alphabet=ALPHABET, max_size=60), lo=st.integers(0, 65), hi=st.integers(0, 65),
       which=st.integers(0, len(PATTERNS) - 1))
def test_same_answer_as_search(text, lo, hi, which):
    rx = PATTERNS[which]
    memo: dict = {}
    want = rx.search(text, lo, hi) is not None
    assert search_between(rx, text, lo, hi, memo) == want          # searched
    assert search_between(rx, text, lo, hi, memo) == want          # from the index


TRAILING = [_LEAD_IN_CUE, re.compile(r"\b(?:ab|abc\w*|x y)\b", re.I), re.compile(r"\bz+\b")]


@hsettings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(alphabet=ALPHABET + "ermwod", max_size=60), lo=st.integers(0, 65), hi=st.integers(0, 65),
       which=st.integers(0, len(TRAILING) - 1))
def test_trailing_boundary_same_answer_when_cut_before_a_non_word_character(text, lo, hi, which):
    rx = TRAILING[which]
    hi = min(hi, len(text))
    while hi < len(text) and (text[hi].isalnum() or text[hi] == "_"):
        hi += 1                    # the caller's promise: text[hi] is not a word character
    assert suitable(rx, stop_before_nonword=True) and not suitable(rx)
    memo: dict = {}
    first = search_between(rx, text, lo, hi, memo, stop_before_nonword=True)
    got = search_between(rx, text, lo, hi, memo, stop_before_nonword=True)     # from the index
    assert got == first == (rx.search(text, lo, hi) is not None)
    if lo <= hi and (lo == 0 or not text[lo - 1].isalnum()):      # as the lead-in check asks it
        assert got == (rx.search(text[lo:hi]) is not None)


def test_same_answer_for_every_window_of_one_text():
    text = ("Section 4 of the Act: he must. Section 5(2) of the Rules says: no. Section 6 to the "
            "Order:\nhis. Section 7 of The Code: x ") * 3
    memo: dict = {}
    for lo in range(0, len(text), 7):
        for hi in range(lo, len(text) + 1, 3):
            assert search_between(_CITATION_COLON, text, lo, hi, memo) == \
                (_CITATION_COLON.search(text, lo, hi) is not None), (lo, hi)


def test_cited_law_still_excuses_what_follows():
    def found(text):
        return [(f.rule_id, f.text) for f in lint_text(text)]

    rule = "Each employee must tell his manager. The chairman signs."
    assert found(rule) == [("PRN-001", "his"), ("ROL-001", "chairman")]
    assert found("Section 4 of the Staff Act: " + rule) == []
    # the reproduced law ends with its paragraph
    assert found("Section 4 of the Staff Act: each employee must tell his manager.\n\nThe chairman signs.") \
        == [("ROL-001", "chairman")]


class _Counting:
    """A compiled pattern that counts the searches and matches run with it."""

    def __init__(self, rx):
        self.rx, self.pattern, self.flags, self.calls = rx, rx.pattern, rx.flags, 0

    def search(self, *a):
        self.calls += 1
        return self.rx.search(*a)

    def match(self, *a):
        self.calls += 1
        return self.rx.match(*a)


def test_one_long_line_costs_a_search_per_citation_not_per_match():
    line = "Ask his manager about leave. " * 300 + "Section 4 of the Staff Act: his. " * 3
    rx = _Counting(_CITATION_COLON)
    memo: dict = {}
    answers = [search_between(rx, line, 0, m.start(), memo) for m in re.finditer(r"\bhis\b", line)]
    assert answers.count(True) == 3 and len(answers) == 303
    assert rx.calls < 60           # 3 citations (a search and a bisection each) + the last search
