"""altfactor: grouping a long choice of words by first character never changes a match."""
from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings as hsettings, strategies as st

from inclusive_lint.conditions.altfactor import factor_source, factored
from case_texts import case_texts, condition_patterns, spread

WORDS = "mother|mum|mam|daughter|dad|son|sister|wife|woman|women|man|men|aunt|a|an|uncle|Mr|mrs|Ms"


_condition_patterns = condition_patterns


def _found(rx, text, *span):
    return [(m.span(), m.groups()) for m in rx.finditer(text, *span)]


def test_groups_by_first_and_second_character_in_order():
    got = factor_source(r"\b(?:" + WORDS + r")s?\b", True)
    # under IGNORECASE "Mr", "mrs" and "Ms" join the m group, each group keeps its words in order
    assert got == (r"\b(?:m(?:other|um|a(?:m|n)|en|r(?:|s)|s)|d(?:a(?:ughter|d))|s(?:on|ister)"
                   r"|w(?:ife|o(?:m(?:an|en)))|a(?:unt||n)|uncle)s?\b")
    rx = re.compile(got, re.I)
    assert rx.groups == 0
    # within a group the words keep their order ("woman" before "women"), and every word is there
    for word in WORDS.split("|"):
        assert rx.fullmatch(word) and rx.fullmatch(word.upper())


def test_case_matters_without_ignorecase():
    got = factor_source(r"(?:" + WORDS + r")", False)
    assert got == r"(?:m(?:other|um|a(?:m|n)|en|rs)|d(?:a(?:ughter|d))|s(?:on|ister)|w(?:ife|o(?:m(?:an|en)))|a(?:unt||n)|uncle|M(?:r|s))"
    rx, plain = re.compile(got), re.compile(r"(?:" + WORDS + r")")
    for text in ("Mrs Mum mother MR mr Ms ms", "An aunt and a man"):
        assert _found(rx, text) == _found(plain, text)


def test_left_alone():
    many = "|".join(f"w{i}x" for i in range(20))
    assert factor_source(f"(?i)(?:{many}|wa)", True) is None                # inline flags
    assert factor_source(f"(?:{many}|w?a)", True) is None                   # a repeated first character
    assert factor_source(f"(?:{many}|\\wa)", True) is None                  # not a literal
    assert factor_source(f"(?<=(?:{many}|wa))b", True) is None              # inside a look-behind
    assert factor_source("(?:ab|cd|ab)", True) is None                      # a short choice
    assert factored(re.compile(f"(?:{many}|wa)", re.X)).pattern == f"(?:{many}|wa)"   # VERBOSE
    assert factored(re.compile("abc")).pattern == "abc"


def test_named_groups_and_numbers_kept():
    pattern = r"\b(?P<det>a|an|the|each|every|any|your|their|our|this|that|no|such|one)\s+(\w+)\s+(?P<role>" + WORDS + r")\b"
    rx, plain = factored(re.compile(pattern, re.I)), re.compile(pattern, re.I)
    assert rx is not plain and rx.groupindex == plain.groupindex and rx.groups == plain.groups
    text = "Ask the new mother. Tell your big sister. Each other man. An old aunt and a tall uncle."
    assert _found(rx, text) == _found(plain, text) and _found(plain, text)


def test_same_matches_as_every_condition_pattern_on_the_case_sets():
    texts = case_texts()
    assert len(texts) > 1000
    changed = hits = 0
    for plain in _condition_patterns():
        rx = factored(plain)
        if rx is plain:
            continue
        changed += 1
        for i, text in enumerate(spread(texts, 350)):      # each pattern is met many times
            want = _found(plain, text)
            assert _found(rx, text) == want, (plain.pattern[:60], text)
            hits += bool(want)
            if i % 5 == 0 and len(text) > 40:           # a stretch, as conditions search them
                assert _found(rx, text, 7, len(text) - 9) == _found(plain, text, 7, len(text) - 9)
    assert changed >= 20 and hits > 300


@hsettings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(["mother", "Mum", "sons", "the", "nurse", "Nurse", "patient", "his", "her",
                                 "husband", "or", "wife", "Dr", "Sam", "said", "\u212a", "\u017f", "K", "s",
                                 "trans", "woman", "Secretary", "of", "State", ",", ".", ":", "-", "'s", "\n"]),
                max_size=25),
       st.sampled_from([" ", "", "  "]))
def test_same_matches_on_random_word_text(words, sep):
    text = sep.join(words)
    for plain in _PATTERNS:
        rx = _FACTORED[id(plain)]
        assert _found(rx, text) == _found(plain, text), plain.pattern[:60]


_PATTERNS = [p for p in _condition_patterns() if factored(p) is not p]
_FACTORED = {id(p): factored(p) for p in _PATTERNS}
