"""``condmemo.judged``: once a condition has read a match's own fields in a piece, its later
calls there run on the untracked class (plain reads), see the same values and are never reused;
a condition that read nothing of the match's own is answered once per piece and rule."""
from __future__ import annotations

import pytest

from inclusive_lint.engine import condmemo

TEXT = "Ask his manager. Ask her nurse. Tell his or her line manager today."


class Rule:
    id = "X-1"


def _ctx(start, end, sent_start, sent_end, prev_start=0, doc_cache=None):
    return condmemo.new_context(TEXT, start, end, sent_start, sent_end, prev_start, None, None,
                                {} if doc_cache is None else doc_cache, Rule(), {}, 0)


def _spans():
    for word in ("his", "her", "his or her"):
        s = TEXT.find(word, 20)
        ss = TEXT.rfind(". ", 0, s) + 2
        yield s, s + len(word), ss, TEXT.find(".", s) + 1, TEXT.rfind(". ", 0, ss - 2) + 2


def _views(ctx):
    return (ctx.start, ctx.end, ctx.sent_start, ctx.sent_end, ctx.prev_start, ctx.match_text, ctx.sentence,
            ctx.previous_sentence, ctx.before, ctx.after, ctx.window_before(7), ctx.window_after(9))


def test_untracked_calls_see_what_a_tracked_call_sees():
    seen = []

    def reads_own(ctx):
        seen.append((type(ctx).__name__, _views(ctx)))
        return ctx.match_text.startswith("his")

    memo: dict = {}
    answers = []
    for s, e, ss, se, ps in _spans():
        ctx = _ctx(s, e, ss, se, ps)
        answers.append(condmemo.judged(("own", "X-1"), reads_own, ctx, memo))
        assert type(ctx) is condmemo.TrackedContext         # the class is put back
        # the same views read the ordinary way, through a fresh tracked context
        fresh = _ctx(s, e, ss, se, ps)
        assert seen[-1][1] == _views(fresh)
    assert answers == [True, False, True]
    assert [name for name, _ in seen] == ["TrackedContext", "_Untracked", "_Untracked"]


def test_piece_level_condition_answered_once():
    calls = []

    def piece_level(ctx):
        calls.append(1)
        return "manager" in ctx.text

    memo: dict = {}
    for s, e, ss, se, ps in _spans():
        assert condmemo.judged(("piece", "X-1"), piece_level, _ctx(s, e, ss, se, ps), memo) is True
    assert len(calls) == 1


def test_class_restored_when_the_condition_fails():
    def boom(ctx):
        if ctx.match_text == "her":
            raise RuntimeError("condition failed")
        return False

    memo: dict = {}
    (s, e, ss, se, ps), (s2, e2, ss2, se2, ps2) = list(_spans())[:2]
    assert condmemo.judged(("boom", "X-1"), boom, _ctx(s, e, ss, se, ps), memo) is False
    ctx = _ctx(s2, e2, ss2, se2, ps2)
    with pytest.raises(RuntimeError):
        condmemo.judged(("boom", "X-1"), boom, ctx, memo)       # on the untracked class
    assert type(ctx) is condmemo.TrackedContext


def test_constructed_context_has_plain_fields_too():
    """A TrackedContext made by its constructor (tests, the language server) can be swapped too."""
    ctx = condmemo.TrackedContext(text=TEXT, start=4, end=7, sent_start=0, sent_end=16, prev_start=0,
                                  block=None, document=None, doc_cache={}, rule=Rule())
    memo: dict = {}
    got = [condmemo.judged(("m", "X-1"), lambda c: c.match_text == "his", ctx, memo) for _ in range(2)]
    assert got == [True, True]
