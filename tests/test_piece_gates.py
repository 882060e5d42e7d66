"""The per-piece shortcuts of ``mention-not-use`` and ``cites-legislation`` never change an
answer: the tail test (conditions/mention_gate.py) says "may" wherever one of the four glossary
tail patterns matches, and the facts kept per piece of text (mention_gate.piece_facts,
law_block.block_cites, table_header.block_lead_in, mention_kinds._no_law_in) give, for every
match of a spread of case texts and of finding-dense paragraphs, the answer each context gets
alone, with nothing kept from the matches before it."""
from __future__ import annotations

import dataclasses
import random

import pytest

from inclusive_lint.conditions import common, mention_gate, mention_kinds, registry
from case_texts import case_texts, judged_contexts, spread

GATED = ("mention-not-use", "cites-legislation")
DENSE = ("Ask his manager. Tell her line manager. Give your next of kin. Name your husband or wife. "
         "The chairman signs. Ask the mother. Title: Mr / Mrs / Miss. Sex: Male / Female. Ask his or her nurse.")
EXTRA = [  # finding-dense paragraphs, and the ways the two conditions answer yes among them
    DENSE, DENSE.replace(". ", ".\n"), DENSE + " " + DENSE,
    "Avoid terms such as 'chairman'. Ask his manager. Name your husband or wife. The chairman signs.",
    "Chairman: an outdated term for the chair. Ask his manager. The chairman signs. Ask his or her nurse.",
    "Headmaster / headmistress - we say head teacher. Ask his manager. The chairman signs.",
    "Trans is an umbrella term for transsexual people. Ask his manager. The chairman signs.",
    "Some people believe next of kin must be a husband or wife. This is not true. Ask his manager.",
    "The term Mother and Father was used. Ask his manager. Tell her line manager. The chairman signs.",
    "Words to avoid | Use instead\nchairman | chair\nhusband or wife | partner\nhis or her | their",
    "# Wording\n\n| Words to avoid | Use instead |\n|---|---|\n| chairman | chair |\n| his or her | their |\n",
    "Section 4 of the Housing Act 1996: a husband or wife may apply. Ask his manager. The chairman signs.",
    "The Act sets out, for example:\nhis wife or her husband. Ask his manager. Ask the mother.",
    "(1) The chairman shall sign. (2) His wife may attend. Subject to paragraph (2), the chairman signs.",
    "Terms to avoid:\n- chairman\n- husband or wife\n- his or her",
]


@pytest.fixture(scope="module")
def contexts():
    return judged_contexts(spread(case_texts(False), 650) + EXTRA, GATED)


def test_answers_with_piece_facts_kept_are_those_of_each_match_alone(contexts, monkeypatch):
    conds = registry()
    calls = {"no-law": 0}
    real_no_law = mention_kinds._no_law_in

    def counting(ctx, cites):
        got = real_no_law(ctx, cites)
        calls["no-law"] += got
        return got

    monkeypatch.setattr(mention_kinds, "_no_law_in", counting)
    for name in GATED:
        ctxs = contexts[name]
        assert len(ctxs) > 200, name
        alone = [conds[name](dataclasses.replace(c, doc_cache={})) for c in ctxs]
        shared: dict = {}                 # one memo for the run, as the engine keeps it
        kept = [conds[name](dataclasses.replace(c, doc_cache=shared)) for c in ctxs]
        assert kept == alone, name
        assert any(alone) and not all(alone), name
        assert any(key[0] in ("cites-block", "lead-in-block") or key == "mention-piece-facts"
                   for key in shared if isinstance(key, (tuple, str))), name
    assert calls["no-law"] > 0            # not vacuous: a piece was found to hold no citation


def test_a_block_laid_out_as_statute_answers_yes_for_every_match_in_it(contexts):
    conds = registry()
    by_text = {}
    for c in contexts["cites-legislation"]:
        by_text.setdefault(c.text, []).append(c)
    statute = [cs for text, cs in by_text.items() if text.startswith("(1) The chairman shall")]
    assert statute and len(statute[0]) > 1
    shared: dict = {}
    assert all(conds["cites-legislation"](dataclasses.replace(c, doc_cache=shared)) for c in statute[0])


TAILS = (common._GLOSSARY_TAIL, common._ABBREVIATION_TAIL, common._EXPANSION_TAIL, common._DASH_TAIL)


def test_the_tail_test_says_may_wherever_a_glossary_tail_pattern_matches():
    registry()
    rng = random.Random(16)
    alphabet = " \t\n'\"():-/\u2013\u2014oOrRa.,;|xX"
    samples = [": what it means", " - we say", "' (n) old", "  (female to male):", "):", " / headmistress - we",
               " or chair - not", "\t\u2013 dated", "\n(adj) x", "' : x", "manager.", " signs.", "'s wife", ""]
    samples += ["".join(rng.choice(alphabet) for _ in range(rng.randrange(12))) for _ in range(20000)]
    for text in spread(case_texts(False), 300) + EXTRA:
        for _ in range(20):
            at = rng.randrange(len(text) + 1)
            samples.append(text[at:at + 120])
    opened = 0
    for after in samples:
        if any(rx.match(after) for rx in TAILS):
            opened += 1
            assert mention_gate.tail_may_open(after), repr(after)
    assert opened > 100
    assert not mention_gate.tail_may_open(" manager. Tell her")
    assert not mention_gate.tail_may_open("'s wife")
