"""litguard's choice of required words: of two required parts as short as each other, the one
that is not a full stop or comma wins (a full stop is in every sentence, so a guard on it rules
nothing out); a part the guard cannot test (a one-letter word) never wins that way."""
from __future__ import annotations

import re

from inclusive_lint.conditions import litguard
from inclusive_lint.conditions.law_text import _STATUTE_LAYOUT

SENTENCES = [
    "Each employee must tell the line manager before the start of the shift.",
    "Under regulation 5, (2)(a) the registered person must keep a record.",
    "The resident (or a relative) may ask for a copy. Thank you.",
    "G1.-(1) Subject to paragraph (2), the provider shall act.",
    "See sub-paragraph 4 and these Regulations.",
]


def test_a_bracket_is_chosen_over_a_full_stop():
    words, _ = litguard._plan(re.compile(r"\b\d+\.\s?\(\d+\)|\bsubject to \d", re.I))
    assert "." not in words and "(" in words
    words, _ = litguard._plan(getattr(_STATUTE_LAYOUT, "plain", _STATUTE_LAYOUT))
    assert "." not in words and "(" in words


def test_a_part_that_cannot_be_tested_does_not_win():
    # one alternative needs "a" (too short to test) or ","; the comma is kept, as before
    words, _ = litguard._plan(re.compile(r"(?:,\s*(?:a|an)\s+\w+)"))
    assert words == (",",)


def test_the_guarded_pattern_finds_what_the_plain_one_finds():
    plain = getattr(_STATUTE_LAYOUT, "plain", _STATUTE_LAYOUT)
    fast = litguard.accelerated(plain, warm=0)
    assert fast.words is not None and "." not in fast.words
    for s in SENTENCES + [s.upper() for s in SENTENCES]:
        assert [m.span() for m in fast.finditer(s)] == [m.span() for m in plain.finditer(s)]
        got, want = fast.search(s), plain.search(s)
        assert (got and got.span()) == (want and want.span())
    assert fast.search(SENTENCES[0]) is None and fast.search(SENTENCES[1]) is not None
