"""Cheap tests that let ``mention-not-use`` (``common.py``) skip parts that cannot say yes.

On finding-dense text that exception runs once per finding and answers "no" every time, so it
costs the sum of its twenty-odd small tests. Two groups of them can be ruled out together:

- ``tail_may_open(after)``: the four tests that read the text right after the match as the
  tail of a glossary entry (``_GLOSSARY_TAIL`` "Term: ...", "Term - ...", "Term (n) ...";
  ``_ABBREVIATION_TAIL`` "FTM (...):"; ``_EXPANSION_TAIL`` "...):"; ``_DASH_TAIL`` "Term / other
  - ...") each match at the start of ``after`` and need, after at most one quotation mark and
  white space only, one of ``: - ( ) /`` (or a long dash) or the "o" of "or". When the first
  other character is none of those, none of them can match, whatever the rest of the line.
- ``piece_facts(ctx, ...)``: what the whole piece of text holds, worked out once per piece
  instead of once per match: whether ``_UMBRELLA``, ``_TERM_FOR`` and ``_WORD_CLASS`` occur in
  it (the same whole-piece searches the condition made per match through ``_has``, with the
  same answers), whether any of the "the term" words does (a plain substring of the piece:
  none in the piece, none in any stretch of it), and whether ``_BELIEF`` can match in any
  stretch of it (``blockfacts``: a required word is missing; ASCII text only, else "may").
"""
from __future__ import annotations

from .blockfacts import facts

_TAIL_OPENERS = frozenset(":-\u2013\u2014()/oO")
_QUOTE_MARKS = ("'", '"')


def tail_may_open(after: str) -> bool:
    """Can the text after the match open a glossary entry's tail (see the module notes)?"""
    if after.startswith(_QUOTE_MARKS):
        after = after[1:]
    return after.lstrip()[:1] in _TAIL_OPENERS


def piece_facts(ctx, umbrella, term_for, word_class, term_words, belief) -> tuple:
    """(umbrella search hits, term-for search hits, word-class search hits, a "the term" word
    may occur, ``belief`` may match) for the match's piece of text, kept for the piece. The last
    two are worked out from the piece's second question on (most paragraphs are asked once:
    there the two tests would cost more than they save) and say "may" until then."""
    key = "mention-piece-facts"
    last = ctx.doc_cache.get(key)
    text = ctx.text
    if last is None or last[0] is not text:
        got = (umbrella.search(text) is not None, term_for.search(text) is not None,
               word_class.search(text) is not None, True, True)
        ctx.doc_cache[key] = (text, got, False)
        return got
    got = last[1]
    if not last[2]:
        f = facts(text)
        got = got[:3] + (any(w in text for w in term_words), f is None or not f.lacks(belief))
        ctx.doc_cache[key] = (text, got, True)
    return got
