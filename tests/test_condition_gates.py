"""The block facts (conditions/blockfacts.py) never change a condition's answer: for every match
of a spread of case texts, each condition that asks them answers the same with the facts as
without them, and a block said to lack a pattern really holds no match of it anywhere."""
from __future__ import annotations

import random
import re

import pytest

from inclusive_lint.conditions import blockfacts, registry
from inclusive_lint.conditions.litguard import ASCII_TWINS, required
from case_texts import case_texts, judged_contexts, spread

GATED = ("in-quotation", "cites-legislation")
EXTRA = [  # the ways the gated conditions answer yes, next to text that opens none of them
    "The nurse said: 'Ask his wife.' Then the chairman signs.",
    "He told me \"the husband or wife must sign\" at the desk.\nAsk the mother.",
    "Section 4 of the Housing Act 1996: a husband or wife may apply.",
    "The Act sets out, for example:\nhis wife or her husband.",
    "Ask his manager. Name your husband or wife. Title: Mr / Mrs / Miss.",
    "Caf\u00e9 staff: ask his wife.",
    "A visitor called her a tranny at the front desk.",
    "One patient said the transsexual nurse was kind.",
]


@pytest.fixture(scope="module")
def contexts():
    return judged_contexts(spread(case_texts(False), 500) + EXTRA, GATED)


def _gate_fires(name, ctx) -> bool:
    from inclusive_lint.conditions import common

    if name == "in-quotation":
        return ctx.block.kind != "quote" and blockfacts.lacks_all(ctx, name, common._quotation_needs)
    return blockfacts.lacks_text(ctx, ":")


def test_gated_and_ungated_answers_are_the_same(contexts, monkeypatch):
    conds = registry()
    for name in GATED:
        ctxs = contexts[name]
        assert len(ctxs) > 150, name
        fired = sum(_gate_fires(name, c) for c in ctxs)
        assert 0 < fired < len(ctxs), name            # not vacuous: the gate answers for some blocks
        gated = [conds[name](c) for c in ctxs]
        with monkeypatch.context() as m:
            m.setattr(blockfacts, "facts", lambda text: None)     # no facts: every search runs
            plain = [conds[name](c) for c in ctxs]
        assert gated == plain, name
        assert any(plain), name                       # the sample holds yes answers too


def test_a_block_said_to_lack_a_pattern_has_no_match_in_any_stretch():
    rng = random.Random(7)
    registry()
    from inclusive_lint.conditions import common

    patterns = list(common._quotation_needs()) + [common._BELIEF, common._UMBRELLA]
    checked = 0
    for text in spread(case_texts(False), 400) + EXTRA:
        f = blockfacts.Facts(text) if text.isascii() else None
        if f is None:
            continue
        for rx in patterns:
            if not f.lacks(rx):
                continue
            checked += 1
            for variant in (text, text.replace("\n", " ")):
                assert rx.search(variant) is None
                for _ in range(5):
                    a = rng.randrange(len(variant) + 1)
                    b = rng.randrange(a, len(variant) + 1)
                    assert rx.search(variant[a:b]) is None
    assert checked > 100


def test_only_ascii_text_gets_facts_and_they_follow_the_text():
    assert blockfacts.facts("Caf\u00e9 staff: ask his wife.") is None
    a = "Ask his wife."
    b = "".join(["Ask his ", "wife."])               # equal, but another object
    fa = blockfacts.facts(a)
    assert blockfacts.facts(a) is fa and blockfacts.facts(b) is not fa


def test_wide_required_words_keep_non_ascii_literals():
    assert required(r"[\"\u201c]x", 0) is None or "\u201c" not in "".join(required(r"[\"\u201c]x", 0))
    assert sorted(required("[\"\u201c\u2018]", 0, wide=True)) == ['"', "\u2018", "\u201c"]
    # a literal re.I pairs with an ASCII letter is not a word a block can be tested for
    assert required("\u212a", re.I, wide=True) is None


def test_the_ascii_twins_are_all_the_non_ascii_characters_re_i_pairs_with_ascii_letters():
    letters = re.compile("[a-z]", re.I)
    found = {chr(c) for c in range(128, 0x110000) if letters.fullmatch(chr(c))}
    assert found == set(ASCII_TWINS)
