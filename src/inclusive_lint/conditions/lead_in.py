"""The lead-in a list item or table cell continues ("The manager will:" / "- check his ...").

A pronoun in an item with no subject of its own points back into the lead-in, which may sit a
few blocks up when the items before it are part of the same list.
"""
from __future__ import annotations

import re


def lead_in_text(ctx) -> str:
    """The lead-in before the current block (a line ending in ':' or a heading, with the list
    items between), or '' when the block does not continue one."""
    blocks, i, prev = ctx.document.blocks, ctx.block_index - 1, ""
    listy = _list_like(ctx.block)
    while i >= 0 and ctx.block_index - i <= 8:
        text = blocks[i].text
        if text.rstrip().endswith(":") or blocks[i].kind == "heading":
            prev = text[-400:] + "\n" + prev
            break
        if listy and _list_like(blocks[i]):
            prev = text[-400:] + "\n" + prev
            i -= 1
            continue
        if _heading_like(text) and not prev:
            prev = text
        break
    return prev


def _heading_like(text: str) -> bool:
    text = text.strip()
    return len(text) < 100 and "\n" not in text and not text.endswith((".", "!", "?", ",", ";"))


def _list_like(block) -> bool:
    text = block.text.rstrip()
    return block.kind in ("list_item", "table_cell") or (len(text) < 200 and not text.endswith((".", "!", "?")))


def previous_paragraph_tail(ctx, finds=None) -> str:
    """The last sentences of the paragraph right before the current block, when that block is
    a paragraph of prose ("Advise the victim to ..." / "Encourage her to ..."), else ''. A short step with a
    pronoun and no one of its own (``finds`` says whether a text names anyone) carries on the one before it."""
    i = ctx.block_index - 1
    if i < 0:
        return ""
    text = _prose_block(ctx, i)
    if text and len(text) < 300 and i > 0 and _STEP.match(text) and _PRONOUN.search(text) \
            and not (finds and finds(text)) and (before := _prose_block(ctx, i - 1)):
        # a short paragraph that carries on with a pronoun carries on the one before it too: first-aid
        # steps one to a paragraph ("If a casualty is ..., shake his shoulders." / "Open his airway." / "If he ...")
        text = before[-(300 - len(text)):] + "\n" + text
    return text[-300:]


_PRONOUN = re.compile(r"\b(?:he|his|him|she|her)\b", re.I)
# a step: a condition or an instruction ("If there is no response, tilt ...", "Give up to five back blows"), not an account
_STEP = re.compile(r"\W*(?:If|When|Once|Then|After|Before|While|Check|Give|Tilt|Ask|Place|Call|Keep|Make|Help|Encourage|Open|"
                   r"Lift|Put|Stay|Tell|Let|Try|Use|Look|Listen|Move|Hold|Support|Reassure|Loosen|Raise|Cover|Press|Apply|Monitor|Do)\b")


def _prose_block(ctx, i: int) -> str:
    block = ctx.document.blocks[i]
    text = block.text.rstrip()
    if block.kind not in ("paragraph", "list_item") or not text.endswith((".", "!", "?", ":")):
        return ""
    return text


def with_block_before(ctx) -> str:
    """The text up to the match, after the end of the block before it (a form's label line, say)."""
    before = ctx.text[:ctx.start]
    if ctx.block_index >= 1:
        before = ctx.document.blocks[ctx.block_index - 1].text[-300:] + "\n" + before
    return before


_ITEM = re.compile(r"\s*(?:[-*+\u2022\u25aa\u25e6\u2023\u2043\u2219]|\(?[a-z0-9]{1,2}[.)])\s")


def items_only(text: str) -> bool:
    """Only list items come before: "• Rock him." / "• Put light pressure on his tummy" goes on from the
    list's lead-in as the first item does."""
    return "\n" in text and all(_ITEM.match(line) for line in text.split("\n") if line.strip())
