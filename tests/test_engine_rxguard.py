"""rxguard's first-character look-ahead never changes what a pattern matches."""
from __future__ import annotations

import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings as hsettings, strategies as st

from case_texts import case_texts, spread
from inclusive_lint.conditions import named_people, pronoun_words
from inclusive_lint.conditions.rxguard import WARM, first_chars, guard, guarded

HERE = Path(__file__).resolve().parent
WRAPPED = [pronoun_words._GENERIC, pronoun_words._BARE_ROLE, pronoun_words._BARE_OBJECT, named_people._NAMED, pronoun_words._GENDERED]
GUARDED = [w.fast for w in WRAPPED]


def test_first_characters_read_from_the_pattern():
    assert first_chars(r"(?<=a)b|\bc") == {"b", "c"}
    assert first_chars(r"[A-C]x|(?:d|e)+") == set("ABCde")
    assert first_chars(r"\bab", re.I) == {"a"}
    for unknown in (r"x*y", r"[^a]", r"\w+", r"(?:a|)b", r"(?i:a)b", r".a"):
        assert first_chars(unknown) is None, unknown
    assert guard(re.compile(r"\w+")).pattern == r"\w+"          # nothing known: unchanged


def test_the_antecedent_regexes_are_guarded():
    assert all(rx.pattern.startswith("(?=[") for rx in GUARDED)
    assert all(_unguarded(g).pattern == w.plain.pattern for g, w in zip(GUARDED, WRAPPED))


def test_wrapper_compiles_the_guard_only_after_some_use():
    w = guarded(re.compile(r"\bDr [A-Z]\w+"))
    text = "Ask Dr Shah."
    for _ in range(WARM):
        assert [m.span() for m in w.finditer(text)] == [(4, 11)]
    assert w._fast is None                      # a small file never compiles it
    assert [m.span() for m in w.finditer(text)] == [(4, 11)] and w._fast is not None
    assert w.pattern == r"\bDr [A-Z]\w+" and w.search(text)


def _unguarded(rx):
    return re.compile(rx.pattern[rx.pattern.index("])(?:") + 5:-1], rx.flags)



def _found(rx, text):
    return [(m.span(), m.groups()) for m in rx.finditer(text)]


def test_same_matches_on_the_case_sets_and_every_window_end():
    texts = case_texts()
    assert len(texts) > 1000
    texts = spread(texts, 500)
    hits = 0
    for rx in GUARDED:
        plain = _unguarded(rx)
        for text in texts:
            want = _found(plain, text)
            assert _found(rx, text) == want, (rx.pattern[:50], text)
            hits += bool(want)
            for cut in range(0, len(text), 23):          # windows, as the antecedent search cuts them
                assert _found(rx, text[cut:]) == _found(plain, text[cut:])
    assert hits > 300


@hsettings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet="aAeEnNsSkKcC ,;.'-\u212a\u017fPatient Mr Dr Sam said his mother", max_size=60))
def test_same_matches_on_random_text(text):
    for rx in GUARDED:
        assert _found(rx, text) == _found(_unguarded(rx), text)


def test_digits_and_case_insensitive_groups_get_a_word_start_guard():
    """``\\d`` and a ``(?i:...)`` group at a match's start are read too, each as the pattern
    reads it: the guarded pattern finds the same matches, digits of any script and the
    characters re.I pairs with ASCII letters (the Kelvin sign, the long s) included."""
    from inclusive_lint.conditions.rxguard import first_atoms, lookahead
    from inclusive_lint.engine.prefilter import word_start_class

    assert first_atoms(r"\b(?:\d+ CFR|(?i:sk)y)") == {("\\d", False), ("s", True)}
    assert lookahead(first_atoms(r"\b(?:\d+ CFR|(?i:sk)y|Act)")) == r"[A\d]|(?i:[s])"
    assert first_chars(r"\b\d+") is None and first_chars(r"\b(?i:s)") is None    # (their guard is elsewhere)
    assert word_start_class(re.compile(r"\b(?:\w+|\d)")) is None
    patterns = [r"\b(?:\d{1,4}\.\d{1,4}\(\w\)|(?i:skills?|kin)\b|[A-Z][a-z]+ Act)", r"\b(?i:s)\w+ \d|\b\d+(?i:k)",
                r"\b(?:(?i:my|his)\s+|\b[A-Z][a-z]+'s\s+)$"]
    texts = ["1.2(a) under \u017fkill and Skills, KIN of \u212aIN; Mental Health Act", "\u0663\u0664 items: \u0663k, 3K",
             "ask hi\u017f  ", "Ask HIS ", "see Jane's ", "x12.3(b)", "s\u0663 skin 4k"]
    for p in patterns:
        for flags in (0, re.I):
            rx = re.compile(p, flags)
            cls = word_start_class(rx)
            assert cls, p
            fast = re.compile(rf"\b(?={cls})(?:{p})", flags)
            for text in texts + [" ".join(texts)]:
                for lo in range(0, len(text), 3):
                    assert [m.span() for m in fast.finditer(text, lo)] == [m.span() for m in rx.finditer(text, lo)], \
                        (p, flags, text, lo)


def test_the_law_and_pregnancy_patterns_are_guarded():
    from inclusive_lint.conditions import clinical, law_text, registry

    registry()
    for acc in (law_text._LEGISLATION, law_text._REPRODUCES, law_text._ENACTING, clinical._PERINATAL):
        acc.prepare()
        assert acc.fast.pattern.startswith(r"\b(?="), acc.pattern[:40]
