"""Form detection's shortcuts give what the plain patterns give (issue 16): the write-in
pattern spelt for a fast search, the slash-word test tried only around each '/', and the label
patterns tried only when their mark is within reach."""
from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings as hsettings, strategies as st

from inclusive_lint.forms import lines, options, vocab

# the write-in pattern as first written (every choice opens with a repeat)
PLAIN_WRITE_IN = re.compile(r"_{3,}|\.{4,}|\u2026{2,}|\[\s{4,}\]")

_PIECES = ["_", "__", "___", ".", "....", "\u2026", "[", "]", " ", "    ", "\t", "\n", "a", "Sex", ":",
           "?", "/", "|", "his", "her", "s", "he", "either", "or", "n", "a", "24", "7", "and", "w", "c",
           "HIS", "Him", "x", "Title", "Mr", "Mrs", "(", ")", "\u2610"]
TEXTS = st.lists(st.sampled_from(_PIECES), max_size=60).map("".join)
FAST = dict(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _spans(rx, text):
    return [m.span() for m in rx.finditer(text)]


@hsettings(**FAST)
@given(TEXTS)
def test_write_in_pattern_matches_as_first_written(text):
    assert _spans(vocab.WRITE_IN, text) == _spans(PLAIN_WRITE_IN, text)
    assert vocab.WRITE_IN.sub(" ", text) == PLAIN_WRITE_IN.sub(" ", text)
    for at in range(len(text) + 1):
        m, p = vocab.WRITE_IN.match(text, at), PLAIN_WRITE_IN.match(text, at)
        assert (m and m.span()) == (p and p.span())


@hsettings(**FAST)
@given(TEXTS)
def test_slash_words_found_around_each_slash(text):
    assert options._has_slash_word(text) == bool(options._SLASH_WORDS.search(text))


def test_slash_words_examples():
    for text, found in [("his/her", True), ("He/She will", True), ("this/her", False), ("xhis/her", False),
                        ("either/or", True), ("neither/or", False), ("a / b", False), ("n/a", True),
                        ("Mr / Mrs", False), ("24/7 care", True), ("his/hers", False), ("", False)]:
        assert options._has_slash_word(text) is found, text
        assert bool(options._SLASH_WORDS.search(text)) is found, text


@hsettings(**FAST)
@given(TEXTS, st.integers(0, 60), st.integers(0, 60))
def test_label_patterns_tried_only_within_reach(text, at, end):
    at, end = min(at, len(text)), min(end, len(text))
    for rx, sep in ((lines._COLON_LABEL, ":"), (lines._QUESTION_LABEL, "?")):
        m, p = lines.label_match(rx, sep, text, at, end), rx.match(text, at, end)
        assert (m and m.span()) == (p and p.span())


def test_label_reach_at_its_limits():
    for rx, sep, reach in ((lines._COLON_LABEL, ":", 80), (lines._QUESTION_LABEL, "?", 160)):
        for n in (reach - 1, reach, reach + 1):
            text = "w" * n + sep + " Male / Female"
            m, p = lines.label_match(rx, sep, text, 0, len(text)), rx.match(text, 0, len(text))
            assert (m and m.span()) == (p and p.span())
            assert (p is not None) is (n <= reach)
