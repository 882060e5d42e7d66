"""Two shortcuts that must find what the plain search finds: a gate's words searched as one trie
(``trie.any_word``, used by ``law_gate.Gate``) and the pronoun candidates' pair pattern
(``_OR_ROLE``), tried only in a window that holds a sexed noun (``_GENDERED``)."""
from __future__ import annotations

import random
import re

from case_texts import case_texts, spread
from inclusive_lint.conditions import common, law_text, mention_kinds, registry
from inclusive_lint.conditions.pronoun_words import _GENDERED, _OR_ROLE
from inclusive_lint.engine.trie import any_word


def test_any_word_finds_a_word_exactly_where_one_occurs():
    rng = random.Random(7)
    words = ["act", "acts", "ac", "law", "lawful", "s.", "(", "a-b", "hereby", "e.g."]
    rx = re.compile(any_word(words))
    for _ in range(3000):
        text = "".join(rng.choice("acts law(.-bgehy ") for _ in range(rng.randint(0, 12)))
        found = [i for i in range(len(text)) if any(text.startswith(w, i) for w in words)]
        m = rx.search(text)
        assert (m.start() if m else None) == (found[0] if found else None), text
        if m:       # the longest word that begins there
            assert m.group(0) == max((w for w in words if text.startswith(w, m.start())), key=len)


def test_any_word_of_no_words_matches_everywhere():
    assert re.compile(any_word([])).search("anything") is not None


def test_gate_words_as_a_trie_answer_as_the_plain_choice():
    registry()
    gates = [law_text._CITES_GATE, common._MENTION_GATE] + list(mention_kinds._GATES.values())
    texts = [t.lower() for t in spread(case_texts(marked=False), 600)]
    for gate in gates:
        gate.may_match("x")         # prepared
        if gate.digits is None:
            continue
        plain = re.compile("|".join(re.escape(w) for w in _gate_words(gate)))
        for text in texts:
            for a in range(0, len(text), 97):
                part = text[a:a + 120]
                assert (gate.words.search(part) is None) == (plain.search(part) is None), part


def _gate_words(gate) -> list:
    from inclusive_lint.conditions.law_gate import _COVERS

    return list(_COVERS[tuple((rx.pattern, int(rx.flags)) for rx in gate.patterns)][0])


def test_no_pair_of_a_sexed_noun_and_a_role_without_a_sexed_noun():
    """``_candidates`` skips ``_OR_ROLE`` in a window where ``_GENDERED`` finds nothing: every match
    of the first opens with a word the second matches."""
    texts = list(spread(case_texts(marked=False), 1500)) + [
        "the mother or adopter", "Your husband or partner will", "a trans woman or carer", "the Fiancée or nurse"]
    paired = 0
    for text in texts:
        for a in range(0, max(1, len(text) - 200), 150):
            window = text[a:a + 300]
            if _OR_ROLE.search(window) is not None:
                paired += 1
                assert _GENDERED.search(window) is not None, window
    assert paired >= 4
