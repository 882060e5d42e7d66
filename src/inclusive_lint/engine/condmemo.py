"""Condition results shared by the matches of one piece of text.

Many conditions look only at the paragraph, its neighbours or the whole document ("is this
paragraph about pregnancy?", "does the document explain next of kin?"). Asked once per match,
such a search costs the paragraph's length every time, which is quadratic on a long paragraph
(a 10 MB text file on one line is one paragraph). The engine therefore notes, while a condition
runs, whether it read anything that belongs to the match itself: the match span, its sentence
or the sentence before (every property and method of the context reaches those through the
span fields). A result that read none of them holds for every match of the same rule in the
same piece of text and is reused; one that did is never reused.

The contract this relies on (true of every built-in condition): a condition is a function of
what it reads from its context; ``doc_cache`` is only a memo.
"""
from __future__ import annotations

from dataclasses import fields

from ..conditions.context import MatchContext

# fields that are the same for every match in one piece: anything else counts as the match's own
_SHARED = frozenset({"text", "block", "document", "doc_cache", "rule", "options", "tokens", "block_index"})
_OWN = tuple(f.name for f in fields(MatchContext) if f.name not in _SHARED)


def _field(name: str):
    slot = "_own_" + name

    def get(self):
        d = self.__dict__
        d["_touched"] = True
        return d[slot]

    def put(self, value):
        d = self.__dict__
        d[slot] = d[name] = value      # the plain name is what ``_Untracked`` reads

    return property(get, put)


def _tracked_slice(a: str, b: str) -> property:
    """A view of the text between two of the match's own offsets that notes the read."""
    def get(self) -> str:
        d = self.__dict__
        d["_touched"] = True
        return d["text"][d[a]:d[b]]
    return property(get)


class TrackedContext(MatchContext):
    """A MatchContext that notes reads of the match's own fields (``_touched``). The views of
    the match and its sentence below are MatchContext's, read from the slots directly: they
    run several hundred thousand times on a finding-dense document."""

    _touched = False

    match_text = _tracked_slice("_own_start", "_own_end")
    sentence = _tracked_slice("_own_sent_start", "_own_sent_end")
    previous_sentence = _tracked_slice("_own_prev_start", "_own_sent_start")
    before = _tracked_slice("_own_sent_start", "_own_start")
    after = _tracked_slice("_own_end", "_own_sent_end")

    def window_before(self, n: int) -> str:
        d = self.__dict__
        d["_touched"] = True
        start = d["_own_start"]
        return d["text"][max(0, start - n):start]

    def window_after(self, n: int) -> str:
        d = self.__dict__
        d["_touched"] = True
        end = d["_own_end"]
        return d["text"][end:end + n]


for _name in _OWN:
    setattr(TrackedContext, _name, _field(_name))


class _Untracked(MatchContext):
    """A TrackedContext while it is judged by a condition already known to read the match's
    own fields in this piece (``judged``): its answer is never reused, so the reads are not
    noted and cost a plain attribute look-up (the instance dict holds each field under its
    plain name too). The two classes have the same layout: ``judged`` swaps them in place."""


def new_context(text, start, end, sent_start, sent_end, prev_start, block, document, doc_cache, rule,
                options, block_index) -> TrackedContext:
    """``TrackedContext(...)`` with every field set, made without the dataclass constructor
    and the tracked fields' setters (it runs once per match)."""
    ctx = _new(TrackedContext)
    ctx.__dict__.update(text=text, _own_start=start, _own_end=end, _own_sent_start=sent_start,
                        _own_sent_end=sent_end, _own_prev_start=prev_start, block=block, document=document,
                        doc_cache=doc_cache, rule=rule, options=options, tokens=None, block_index=block_index,
                        start=start, end=end, sent_start=sent_start, sent_end=sent_end, prev_start=prev_start)
    return ctx


_new = object.__new__
assert set(_OWN) == {"start", "end", "sent_start", "sent_end", "prev_start"}, _OWN   # new_context sets these


def check(name: str, fn, ctx: TrackedContext, memo: dict) -> bool:
    """``fn(ctx)``, reused for the rest of the piece when it read nothing of the match's own."""
    return judged((name, ctx.rule.id), fn, ctx, memo)


def judged(key: tuple, fn, ctx: TrackedContext, memo: dict) -> bool:
    """``check`` with its memo key, (condition name, rule id), made by the caller.

    A condition reads the same things in the same order for every match of one rule in one
    piece until it first reads something of the match's own (all else it reads is the same
    there), so once a call has read the match's own fields, every later call in the piece
    will: those run on the untracked class (``_OWN_READ`` in the memo), with the same answer."""
    hit = memo.get(key)
    if hit is None and key in _ALWAYS_OWN:
        hit = memo[key] = _OWN_READ     # (learned: see below)
    if hit is not None:
        if hit is not _OWN_READ:
            return hit
        ctx.__class__ = _Untracked
        try:
            return bool(fn(ctx))
        finally:
            ctx.__class__ = TrackedContext
    d = ctx.__dict__
    d["_touched"] = False
    result = bool(fn(ctx))
    if d["_touched"]:
        memo[key] = _OWN_READ
        _learn(key, True)
    else:
        memo[key] = result
        _learn(key, False)
    return result


_OWN_READ = object()      # in the memo: this condition reads the match's own fields in this piece
# A condition whose first call read the match's own fields in LEARN pieces in a row is taken to
# read them everywhere: it runs untracked from then on, its answer never reused. That costs
# nothing where the guess holds (the answer would not have been reused) and only time where it
# does not (the answer, computed again for each match, is the same): the findings never change.
LEARN = 8
_RUNS: dict = {}
_ALWAYS_OWN: set = set()


def _learn(key: tuple, own: bool) -> None:
    if not own:
        _RUNS[key] = 0
        return
    n = _RUNS[key] = _RUNS.get(key, 0) + 1
    if n >= LEARN:
        if len(_ALWAYS_OWN) > 10000:         # rule sets come and go in a long-lived server
            _ALWAYS_OWN.clear()
            _RUNS.clear()
        _ALWAYS_OWN.add(key)
