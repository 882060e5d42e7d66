"""Cheap "no" answers for a whole block, in front of exceptions run around every match.

A gate returns True only when its condition (or the named part of it) is certainly False for
the match: the block is not of a kind the condition treats specially, and none of the patterns
by which the condition could answer "yes" can match anywhere in the block's text
(``blockfacts``). The condition then returns False at once; otherwise it runs as before. The
patterns are read from the condition modules when a gate is asked (those modules import this
one), so a changed pattern is followed; a new way for the condition to answer "yes" needs its
pattern added here (tests/test_engine_gates.py compares gated and ungated answers on the case
texts).

Measured per condition over every call of a lint (gated against ungated, same contexts):
in-quotation 37% less time on the dense benchmark file, cites-legislation 34% less on the
finding-rich one. Gates tried for mention-not-use (its own cue searches, the lead-in and the
"term discussed" parts) cost more than they saved on all three benchmark files (+1% to +60%):
their patterns need very common words, and a block's word test costs more than the searches
it would skip, so they were dropped.
"""
from __future__ import annotations

from .blockfacts import lacks_all, lacks_text


def _quotation():
    from . import common as c
    return c._WHOLE_BLOCK_QUOTED, c._QUOTED, c._OPENS_QUOTE, c._REPORTED


def quotation_quiet(ctx) -> bool:
    """``in-quotation`` is False: not a block quote, no quotation mark, no reporting verb."""
    return getattr(ctx.block, "kind", "") != "quote" and lacks_all(ctx, "in-quotation", _quotation)


def cited_law_quiet(ctx) -> bool:
    """``follows_cited_law`` is False: both its ways need a colon in the block."""
    return lacks_text(ctx, ":")
