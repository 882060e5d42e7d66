"""The parts of ``cites-legislation`` (``common.py``) that read the match's block, not the match.

Five of its ways to answer yes look only at the block, its neighbours and the document: the
block is laid out as statute ("G1.-(1) Subject to paragraph (2), ..."), carries a published
statute's marks, has a code's source note right after it, is an item under a lead-in that
reproduces law, or carries on a provision whose number stands alone on the line above. Asked
once per match, they cost five calls for every finding of a finding-dense paragraph; their
answer is the same for every match in the block, so it is worked out once per piece of text
(kept by block number and by the text itself: the pieces of one long block differ).
"""
from __future__ import annotations

import re

from .law_text import (DRAFTED_LEAD, HISTORY_NOTE, _STATUTE_LAYOUT, _STATUTE_START, after_provision_number, continues_statute,
                       published_statute)
from .mention_kinds import under_law_lead_in

_SHALL = re.compile(r"\bshall\b", re.I)


def block_cites(ctx, legislation) -> bool:
    """Does the match's block cite or reproduce legislation as a whole (see the module notes)?
    ``legislation`` is the pattern of citations (``law_text._LEGISLATION``)."""
    key = ("cites-block", ctx.block_index)
    last = ctx.doc_cache.get(key)
    if last is None or last[0] is not ctx.text:
        last = ctx.doc_cache[key] = (ctx.text, _block_cites(ctx, legislation))
    return last[1]


def _block_cites(ctx, legislation) -> bool:
    text = ctx.text
    if _STATUTE_START.match(text) and (_STATUTE_LAYOUT.search(text[:2000]) or continues_statute(ctx)):
        return True
    if published_statute(text) or _history_below(ctx):
        return True              # a paragraph of a published statute: its amendment marks or source note
    return under_law_lead_in(ctx, legislation, DRAFTED_LEAD) or after_provision_number(ctx)


def _history_below(ctx) -> bool:
    """The paragraph right after is a code's source or history note ("Source: Laws 1879, ...")."""
    if _SHALL.search(ctx.text) is None:
        return False            # only statute drafting has one
    blocks = getattr(ctx.document, "blocks", None) or []
    nxt = ctx.block_index + 1
    return nxt < len(blocks) and HISTORY_NOTE.match(blocks[nxt].text) is not None
