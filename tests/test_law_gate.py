"""The law-citation gate (conditions/law_gate.py) never turns away a sentence that one of the
six patterns of ``law_text._sentence_cites`` matches: checked on every sentence of a spread of
case texts and on sentences that open each kind of citation."""
from __future__ import annotations

import re

from case_texts import case_texts, spread
from inclusive_lint.conditions import law_gate, law_text, registry
from inclusive_lint.memostore import TABLES

SIX = ("_REPRODUCES", "_STATUTE_LAYOUT", "DRAFTING", "_ENACTING", "_PINPOINT_END", "_LEGISLATION")
CITING = [
    "Under section 12 of the Housing Act 1996, a husband or wife may apply.",
    "The Mental Health Act 1983 says the nearest relative is the husband or wife.",
    "The Secretary of State shall appoint a chairman.",
    "Every physician is hereby required to report his findings.",
    "He may be retaken (Article 132 (1)).",
    "Subject to paragraph (2), the husband or wife may apply.",
    "The decision in Goodwin v UK held that a transsexual woman may marry.",
    "Spouse means a husband or wife as defined or recognized under state law.",
    "The MHA gives the nearest relative powers.",
]


def _patterns():
    registry()
    return [getattr(law_text, name) for name in SIX]


def test_no_sentence_a_pattern_matches_is_turned_away():
    gate = law_text._CITES_GATE
    patterns = _patterns()
    sentences = list(CITING)
    for text in spread(case_texts(marked=False), 1500):
        sentences += [s for s in re.split(r"(?<=[.!?])\s+", text.replace("\n", " ")) if s]
    matched = 0
    for sentence in sentences:
        if any(rx.search(sentence) for rx in patterns):
            matched += 1
            assert gate.may_match(sentence), sentence[:120]
    assert matched >= len(CITING)
    assert not gate.may_match("Each employee may take five days of leave when his wife dies.")
    assert gate.may_match("Caf\u00e9 staff: ask his wife.")          # not ASCII: no test


def test_what_the_gate_reads_from_a_pattern():
    needs = law_gate.anchors(re.compile(r"\bsection \d+|\bthe (?:Act|law) says\b|\bhereby\b"))
    assert needs == (("hereby", "the act says", "the law says"), True)
    assert law_gate.anchors(re.compile(r"\b\w+\b|\bhereby\b")) is None     # an alternative with no word
    assert law_gate._cover({"act says", "law says", "act"}) == ("act", "says")
    assert law_gate._cover({"the act say"}) == ("say",)
    gate = law_gate.Gate([re.compile(r"\bsection \d+|\bthe (?:Act|law) says\b|\bhereby\b")])
    assert gate.may_match("as section 4 sets out") and gate.may_match("The ACT SAYS so")
    assert not gate.may_match("the section we read") and not gate.may_match("the act is kind")
    assert law_gate.Gate([re.compile(r"\b\w+\b")]).may_match("anything at all")
    assert ("inclusive_lint.conditions.law_gate", "_ANCHORS") in TABLES
    assert ("inclusive_lint.conditions.law_gate", "_COVERS") in TABLES


def test_the_mention_cue_gate_never_turns_away_a_cue():
    """``mention-not-use`` asks its cue pattern only about the stretches before a match that
    hold a word the pattern needs: no stretch the pattern matches is turned away."""
    from inclusive_lint.conditions import common

    registry()
    rx, gate = common._MENTION_BEFORE, common._MENTION_GATE
    matched = 0
    for text in spread(case_texts(marked=False), 800):
        text = text.replace("\n", " ")
        for m in re.finditer(r"\b\w", text):
            before = text[max(0, m.start() - 80):m.start()]
            if rx.search(before):
                matched += 1
                assert gate.may_match(before), before
    assert matched > 100
    assert not gate.may_match("Each employee must tell their manager about ")
