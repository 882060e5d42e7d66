"""clause_index.clause_after answers as the "whole clause after the colon" search does, from one
index of verbs and marks per piece of text, and mention-not-use answers as it did on text with
no line breaks (where each of those searches read to the end of a 20,000-character piece)."""
from __future__ import annotations

import random

from case_texts import case_texts, judged_contexts, spread
from inclusive_lint.conditions import clause_index, registry
from inclusive_lint.conditions.clause_index import CLAUSE_AFTER, LONG, clause_after

WORDS = ["is", "are", "will", "must", "should", "shall", "include", "includes", "means", "applies", "Is", "island",
         "isn't", "this", "mustard", "x.", "y;", ";", ".", "a", "bb", "staff", "His", "wife", ":", "-"]


def _line_stretches(text: str, rng, n: int):
    """(start, end) of ``n`` stretches from a random place to the end of its line, as the lead-in test asks."""
    for _ in range(n):
        s = rng.randrange(len(text) + 1)
        e = text.find("\n", s)
        yield s, (len(text) if e == -1 else e)


def test_the_index_answers_as_the_search_on_long_and_short_stretches():
    rng = random.Random(16)
    texts = [" ".join(rng.choice(WORDS) for _ in range(n)) for n in (30, 300, 3000, 6000)]
    flat = [t.replace("\n", " ") for t in spread(case_texts(False), 600)]
    texts += flat[:200] + [" ".join(flat[i:i + 20]) for i in range(200, 600, 20)]     # short and long lines
    texts += ["\n".join(texts[:4]), "\n".join(spread(case_texts(False), 100, 1))]
    asked = yes = indexed = 0
    for text in texts:
        memo: dict = {}
        for s, e in _line_stretches(text, rng, 200):
            want = CLAUSE_AFTER.match(text, s, e) is not None
            assert clause_after(text, s, e, memo) == want, (text[s:s + 80], s, e)
            asked += 1
            yes += want
            indexed += e - s > LONG
    assert asked > 40_000 and 0.1 < yes / asked < 0.9 and indexed > 4_000      # both ways, both answers


def test_one_index_per_piece_of_text():
    text = ("Title: Mr / Mrs / Miss. Ask his or her nurse. " * 40) + "The term is used here; " + "Ask her. " * 100
    memo: dict = {}
    calls = []
    real = clause_index._VERB.finditer

    class Spy:
        def finditer(self, t):
            calls.append(t)
            return real(t)

    clause_index_verb, clause_index._VERB = clause_index._VERB, Spy()
    try:
        starts = range(0, len(text) - LONG - 20, 7)           # all long enough for the index
        answers = [clause_after(text, s, len(text), memo) for s in starts]
        other = text.replace("Ask", "Tell")
        answers += [clause_after(other, s, len(other), memo) for s in starts]
    finally:
        clause_index._VERB = clause_index_verb
    assert len(calls) == 2 and calls[0] is text and calls[1] is other       # once per piece, not per question
    assert answers == [CLAUSE_AFTER.match(t, s, len(t)) is not None for t in (text, other) for s in starts]
    assert any(answers) and not all(answers)


def test_mention_not_use_answers_as_the_plain_search_on_one_line_text(monkeypatch):
    """Case texts with their line breaks read as spaces, one paragraph each: every question put to
    mention-not-use answered the same with the index as with the search."""
    texts = [t.replace("\n", " ") for t in spread(case_texts(False), 400, 2)]
    texts.append(" ".join(["Title: Mr / Mrs / Miss. The chairman signs. Sex: Male / Female."] * 30
                          + ["Note: the chairman is elected each year."] * 30))
    # (and terms talked about, so that both answers are asked whichever case texts the spread picks)
    texts.append(" ".join(["Words to avoid: transsexual. Avoid the term 'sex change' and say transition."] * 20))
    contexts = judged_contexts(texts, ("mention-not-use",))["mention-not-use"]
    assert len(contexts) > 200           # (a sample of the case sets: enough questions to compare)
    cond = registry()["mention-not-use"]
    indexed = []
    real = clause_index._VERB

    class Spy:
        def finditer(self, t):
            indexed.append(len(t))
            return real.finditer(t)

    monkeypatch.setattr(clause_index, "_VERB", Spy())
    with_index = [cond(c) for c in contexts]
    assert indexed                                            # the index answered some questions
    monkeypatch.setattr(clause_index, "LONG", 10 ** 9)        # every stretch searched with the pattern
    for c in contexts:
        c.doc_cache = {}
    assert [cond(c) for c in contexts] == with_index
    assert any(with_index) and not all(with_index)


def test_under_term_heading_on_long_lines_answers_as_reading_the_whole_line():
    """A line with text in its first and last hundred characters and over 280 in all is no short
    term cell: under_term_heading says so without copying the line (a 20,000-character piece)."""
    from inclusive_lint.conditions import mention_lists

    def whole_line(text, start, end):         # the test as it was: the line copied and stripped
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        return mention_lists._short_cell(text[line_start:line_end if line_end != -1 else len(text)])

    rng = random.Random(280)
    quick = 0
    for _ in range(1500):
        lines = []
        for _ in range(rng.randrange(1, 5)):
            pad = " " * rng.choice([0, 0, 30, 120, 260])
            lines.append(pad + " ".join(rng.choice(["Avoid", "chairman", "x.", "\t", "or"])
                                        for _ in range(rng.choice([1, 3, 20, 90]))) + pad)
        text = "\n".join(["Words to avoid"] + lines)
        for _ in range(8):
            s = rng.randrange(len(text) + 1)
            e = min(len(text), s + rng.randrange(8))
            got = mention_lists.under_term_heading(text, s, e)
            if not whole_line(text, s, e):
                assert not got
                quick += 1
    assert quick > 3000
