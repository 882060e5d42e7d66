"""``condmemo.judged`` learns which conditions read a match's own fields: after ``LEARN`` pieces
in a row where a condition's first call read them, it runs untracked from its first call on and
its answer is never reused. The answers are the same as without learning, in every piece, also
where the condition then answers from the piece alone."""
from __future__ import annotations

import pytest

from inclusive_lint.engine import condmemo

TEXTS = [f"Ask his manager. Piece {n} asks her nurse. Tell his or her line manager today." for n in range(30)]


class Rule:
    id = "LEARN-1"


@pytest.fixture(autouse=True)
def _forget():
    yield
    for table in (condmemo._RUNS,):
        for key in [k for k in table if k[1] == Rule.id]:
            del table[key]
    condmemo._ALWAYS_OWN.difference_update({k for k in condmemo._ALWAYS_OWN if k[1] == Rule.id})


def _matches(text):
    for word in ("his", "her", "his or her"):
        s = text.find(word, 20)
        ss = text.rfind(". ", 0, s) + 2
        yield condmemo.new_context(text, s, s + len(word), ss, text.find(".", s) + 1, 0, None, None, {}, Rule(), {}, 0)


def _judge_all(key, fn, texts):
    """The answers for every match of every piece, and the class each first call ran on."""
    answers, first_classes = [], []
    for text in texts:
        memo: dict = {}
        for i, ctx in enumerate(_matches(text)):
            if i == 0:
                seen = []
                answers.append(condmemo.judged(key, lambda c: (seen.append(type(c).__name__), fn(c))[1], ctx, memo))
                first_classes.append(seen[0])
            else:
                answers.append(condmemo.judged(key, fn, ctx, memo))
            assert type(ctx) is condmemo.TrackedContext      # the class is always put back
    return answers, first_classes


def test_a_condition_reading_the_match_runs_untracked_after_learn_pieces():
    def reads_own(ctx):
        return ctx.match_text.startswith("his")

    answers, classes = _judge_all(("own", Rule.id), reads_own, TEXTS[:condmemo.LEARN + 3])
    assert answers == [True, False, True] * (condmemo.LEARN + 3)
    assert classes[:condmemo.LEARN] == ["TrackedContext"] * condmemo.LEARN
    assert classes[condmemo.LEARN:] == ["_Untracked"] * 3
    assert ("own", Rule.id) in condmemo._ALWAYS_OWN


def test_learned_condition_that_answers_from_the_piece_gives_the_same_answers():
    """Once learned, a condition that reads only the piece in some pieces is computed for each
    match there instead of once: more calls, the same answers."""
    def mixed(ctx):
        if "Piece 2" in ctx.text:          # these pieces: answered from the piece alone
            calls.append(ctx.text)
            return True
        return ctx.match_text == "her"

    calls: list = []
    texts = TEXTS[3:20] + TEXTS[20:30]     # "Piece 2x" only after LEARN pieces of own reads
    learned, _ = _judge_all(("mixed", Rule.id), mixed, texts)
    assert ("mixed", Rule.id) in condmemo._ALWAYS_OWN
    assert len(calls) == 3 * 10            # every match of the ten "Piece 2x" pieces

    assert learned == [bool(mixed(ctx)) for text in texts for ctx in _matches(text)]   # each match asked alone


def test_a_piece_where_the_first_call_read_nothing_of_the_match_starts_the_count_again():
    def sometimes(ctx):
        if "Piece 4 " in ctx.text:
            return False
        return ctx.start > 0

    own = [t for t in TEXTS if "Piece 4 " not in t]
    run = condmemo.LEARN - 1
    _judge_all(("some", Rule.id), sometimes, own[:run] + [TEXTS[4]] + own[run:2 * run])
    assert ("some", Rule.id) not in condmemo._ALWAYS_OWN        # two runs of LEARN - 1
    _judge_all(("some", Rule.id), sometimes, own[2 * run:2 * run + 1])
    assert ("some", Rule.id) in condmemo._ALWAYS_OWN
