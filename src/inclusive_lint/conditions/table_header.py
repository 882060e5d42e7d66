"""The parts of ``mention-not-use``'s lead-in test (``common._lead_in_mentions``) that read the
match's block and not the match: whether the block holds a "|" at all (a text table's rows need
one on the match's line), and, for a table cell, whether the header over its column names terms
to avoid (``cue``). Both are the same for every match in the block, so they are worked out once
per piece of text instead of once per match.
"""
from __future__ import annotations

import re

_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _table_pos(block):
    loc = getattr(block, "location", None)
    if loc is not None and getattr(loc, "table", None) is not None:
        return loc.table, loc.row, loc.cell
    meta = getattr(block, "meta", None) or {}
    if "table" in meta:
        return meta.get("table"), meta.get("row"), meta.get("cell")
    return None


def block_lead_in(ctx, cue) -> tuple:
    """(the block holds a "|", the answer of ``_table_lead_in``), once per piece of text (kept by
    block number and by the text itself: the pieces of one long block differ)."""
    key = ("lead-in-block", ctx.block_index)
    last = ctx.doc_cache.get(key)
    if last is None or last[0] is not ctx.text:
        last = ctx.doc_cache[key] = (ctx.text, ("|" in ctx.text, _table_lead_in(ctx, cue)))
    return last[1]


def _table_lead_in(ctx, cue):
    """For a table cell, whether its column's header names terms to avoid (the same for every
    match in the cell); None for any other block."""
    blocks = getattr(ctx.document, "blocks", None) or []
    bi = ctx.block_index
    pos = _table_pos(ctx.block)
    if pos is not None and pos[1] not in (None, 1):
        for j in range(bi - 1, max(-1, bi - 400), -1):
            other = _table_pos(blocks[j])
            if other is None or other[0] != pos[0]:
                break
            if other[1] == 1 and other[2] == pos[2]:
                return cue.search(blocks[j].text) is not None
        return False
    if pos is None and getattr(ctx.block, "kind", "") == "table_cell":
        # no cell positions (Markdown tables): judge by the first cells of the table, its header
        src = getattr(ctx.document, "source_text", None) or ""

        def start(k):
            return getattr(blocks[k], "start", 0) or 0

        j = bi
        while j > 0 and bi - j < 400 and blocks[j - 1].kind == "table_cell":
            if src and _BLANK_LINE.search(src, start(j - 1), start(j)):
                break                              # a blank line: another table
            j -= 1
        first_line_end = src.find("\n", start(j)) if src else -1
        header = [blocks[k] for k in range(j, bi)
                  if first_line_end == -1 or start(k) < first_line_end][:6]
        return any(cue.search(b.text) for b in header)
    return None
