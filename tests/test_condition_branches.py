"""branches: asking a choice of alternatives one at a time gives the whole pattern's answer."""
from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings as hsettings, strategies as st

from inclusive_lint.conditions import account_cues
from inclusive_lint.conditions.branches import _alternatives, occurs, split_choice
from case_texts import case_texts, condition_patterns, spread


_condition_patterns = condition_patterns


_SPLIT = [p for p in _condition_patterns() if len(_alternatives(p)) > 1]


def test_cut_only_at_the_top_level():
    assert split_choice(r"a|b(?:c|d)|[|]e|\|f|[]|]g|[^]|]h") == ["a", r"b(?:c|d)", "[|]e", r"\|f", "[]|]g", "[^]|]h"]
    assert split_choice("(?:a|b)") == ["(?:a|b)"]
    assert split_choice("a|") == ["a", ""]
    for p in _SPLIT:
        assert "|".join(split_choice(p.pattern)) == p.pattern


def test_left_whole():
    for pattern in (r"(?i)a|b", r"(a)|\1b", r"(?P<x>a)|(?P=x)", r"(a)?(?(1)b|c)", "abc", "(?:a|b)c"):
        rx = re.compile(pattern)
        assert _alternatives(rx) == (rx,), pattern
    verbose = re.compile("a  # this|that\n | b", re.X)          # a "|" in a comment
    assert _alternatives(verbose) == (verbose,)


def test_the_vignette_cue_splits():
    assert len(_alternatives(account_cues._VIGNETTE)) >= 10
    text = "On a Sunday afternoon, a surgeon and his family attend. In this scenario the nurse ... he"
    assert occurs(account_cues._VIGNETTE, text) and occurs(account_cues._VIGNETTE, text, 40)
    assert not occurs(account_cues._VIGNETTE, text, 0, 20)


def test_same_answer_as_every_split_condition_pattern_on_the_case_sets():
    texts = case_texts()
    assert len(texts) > 1000 and len(_SPLIT) >= 20
    hits = 0
    for rx in _SPLIT:
        for i, text in enumerate(spread(texts, 400)):
            want = rx.search(text) is not None
            assert occurs(rx, text) == want, (rx.pattern[:60], text)
            hits += want
            if i % 3 == 0 and len(text) > 40:           # a stretch, as conditions search them
                for lo, hi in ((7, len(text) - 9), (len(text) // 2, None), (0, len(text) // 3)):
                    assert occurs(rx, text, lo, hi) == (rx.search(text, lo, *(() if hi is None else (hi,))) is not None)
    assert hits > 150


@hsettings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(["In", "this", "case", "scenario", "the", "nurse", "he", "has", "just", "been",
                                 "On", "a", "Monday", "morning", ",", ".", ":", "Issue", "1", "\n", "you", "are",
                                 "student", "welcoming", "\u212a", "\u017f", "during", "busy", "picture", "above"]),
                max_size=30),
       st.sampled_from([" ", "", "  "]), st.integers(0, 20), st.integers(0, 40))
def test_same_answer_on_random_word_text(words, sep, lo, shorten):
    text = sep.join(words)
    hi = max(0, len(text) - shorten)
    for rx in _SPLIT:
        assert occurs(rx, text, lo, hi) == (rx.search(text, lo, hi) is not None), rx.pattern[:60]
