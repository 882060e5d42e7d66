"""Facts about one block's text, worked out once and shared by every match in it.

Most paragraphs hold no quotation mark, no mention cue ("instead of", "the term") and no law
citation, yet the exceptions that look for them run their searches around every match. A
pattern none of whose required words (``litguard.required``) occurs anywhere in the block
cannot match in the block or in any stretch of it, so a condition may answer "no" for all the
block's matches from that one test. Two conditions use it, one line at their top:
``in-quotation`` (``common._quotation_needs`` lists every pattern by which it can answer yes)
and ``follows_cited_law`` (a block with no colon); tests/test_condition_gates.py compares their
answers with and without the facts on the case texts.

The test is exact only for ASCII text, where lower-casing pairs letters as ``re.I`` does: any
other text gets no facts (``facts`` returns None) and the conditions run as before. Words are
looked for in the lower-cased text and in the same with line breaks read as spaces (conditions
search "before" stretches with their line breaks replaced). The facts depend only on the text,
and are kept for the last text asked about (by identity: the object is held, so its id is not
reused), never for a whole document.

Measured per condition over every call of a lint (with facts against without, same contexts):
in-quotation 37% less time on the dense benchmark file, cites-legislation 34% less on the
finding-rich one. Gates for mention-not-use (its own cue searches, the lead-in and the "term
discussed" parts) cost more than they saved on all three benchmark files (+1% to +60%): their
patterns need very common words, and a block's word test cost more than the searches it would
skip, so they were dropped.
"""
from __future__ import annotations

from .litguard import required

_WORDS: dict = {}          # (pattern, flags) -> lower-cased required words (wide), or None


def words_of(rx):
    """The lower-cased words one of which every match of ``rx`` holds, or None."""
    key = (rx.pattern, rx.flags)
    got = _WORDS.get(key, _UNSET)
    if got is _UNSET:
        words = required(rx.pattern, rx.flags, wide=True)
        if words:
            low = sorted({w.lower() for w in words})
            got = tuple(w for w in low if not any(o != w and o in w for o in low))   # "call" covers "called"
        else:
            got = None
        _WORDS[key] = got
    return got


_UNSET = object()


class Facts:
    """The lower-cased text of one ASCII block and the answers worked out from it so far."""

    __slots__ = ("low", "spaced", "known")

    def __init__(self, text: str):
        self.low = text.lower()
        self.spaced = self.low.replace("\n", " ") if "\n" in self.low else None
        self.known: dict = {}

    def lacks(self, rx) -> bool:
        """No match of ``rx`` can lie anywhere in the text (nor in a stretch of it, with or
        without its line breaks read as spaces)."""
        words = words_of(rx)
        if words is None:
            return False
        low, spaced = self.low, self.spaced
        for w in words:
            if w in low or (spaced is not None and w in spaced):
                return False
        return True

    def lacks_all(self, name: str, patterns) -> bool:
        """``lacks`` for every pattern of ``patterns()``, kept under ``name`` for this text."""
        got = self.known.get(name)
        if got is None:
            got = self.known[name] = all(self.lacks(rx) for rx in patterns())
        return got


_LAST: tuple = (None, None)


def facts(text: str):
    """The :class:`Facts` of ``text``, or None when it is not all ASCII."""
    global _LAST
    last = _LAST
    if last[0] is text:
        return last[1]
    got = Facts(text) if text.isascii() else None
    _LAST = (text, got)
    return got


def lacks_all(ctx, name: str, patterns) -> bool:
    """No pattern of ``patterns()`` can match anywhere in the match's block text."""
    f = facts(ctx.text)
    return f is not None and f.lacks_all(name, patterns)


def lacks_text(ctx, part: str) -> bool:
    """``part`` (as written) occurs nowhere in the match's block text, nor in it with line breaks
    read as spaces (kept per text, ASCII text only)."""
    f = facts(ctx.text)
    if f is None:
        return False
    got = f.known.get(("text", part))
    if got is None:
        text = ctx.text
        got = f.known[("text", part)] = part not in text and ("\n" not in text or part not in text.replace("\n", " "))
    return got


def lacks_rx(ctx, rx) -> bool:
    """No match of ``rx`` can lie anywhere in the match's block text, nor in any stretch of it
    (``Facts.lacks``, kept per text under the pattern; ASCII text only)."""
    f = facts(ctx.text)
    if f is None:
        return False
    got = f.known.get(rx)
    if got is None:
        got = f.known[rx] = f.lacks(rx)
    return got
