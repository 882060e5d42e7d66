"""The lead-in a list item or table cell continues ("The manager will:" / "- check his ...").

A pronoun in an item with no subject of its own points back into the lead-in, which may sit a
few blocks up when the items before it are part of the same list.
"""
from __future__ import annotations

import re


def lead_in_text(ctx) -> str:
    """The lead-in before the current block (a line ending in ':' or a heading, with the list
    items between), or '' when the block does not continue one."""
    listy = _list_like(ctx.block)
    if listy and not _list_like(ctx.block, lower=False):
        # an item with its mark lost (opening in lower case) only under a lead-in ending in a colon
        prev, found = _lead_in(ctx, True)
        return prev if found else _lead_in(ctx, False)[0]
    return _lead_in(ctx, listy)[0]


def _lead_in(ctx, listy: bool) -> tuple:
    blocks, i, prev = ctx.document.blocks, ctx.block_index - 1, ""
    while i >= 0 and ctx.block_index - i <= 8:
        text = blocks[i].text
        if text.rstrip().endswith(":") or blocks[i].kind == "heading":
            return text[-400:] + "\n" + prev, True
        if listy and _list_like(blocks[i]):
            prev = text[-400:] + "\n" + prev
            i -= 1
            continue
        if _heading_like(text) and not prev:
            prev = text
        break
    return prev, False


def _heading_like(text: str) -> bool:
    text = text.strip()
    return len(text) < 100 and "\n" not in text and not text.endswith((".", "!", "?", ",", ";"))


def _list_like(block, lower: bool = True) -> bool:
    text = block.text.rstrip()
    return block.kind in ("list_item", "table_cell") or (len(text) < 200 and not text.endswith((".", "!", "?"))) \
        or (lower and text.lstrip()[:1].islower())     # ("has passed the examination making him eligible.": an item with its mark lost)


def previous_paragraph_tail(ctx, finds=None) -> str:
    """The last sentences of the paragraph right before the current block, when that block is
    a paragraph of prose ("Advise the victim to ..." / "Encourage her to ..."), else ''. A short step with a
    pronoun and no one of its own (``finds`` says whether a text names anyone) carries on the one before it."""
    i = ctx.block_index - 1
    if i < 0:
        return ""
    text = _prose_block(ctx, i)
    if text and len(text) < 300 and i > 0 and _PRONOUN.search(text) and not (finds and finds(text)):
        if _STEP.match(text) and (before := _prose_block(ctx, i - 1)):
            # a short paragraph that carries on with a pronoun carries on the one before it too: first-aid
            # steps one to a paragraph ("If a casualty is ..., shake his shoulders." / "Open his airway." / "If he ...")
            text = before[-(300 - len(text)):] + "\n" + text
        elif _ITEM_PRONOUN.match(text):
            # numbered duties, each opening on the pronoun, carry on the post described before the first
            j = i - 1
            while j > 0 and i - j < 8 and _ITEM_PRONOUN.match(ctx.document.blocks[j].text):
                j -= 1
            if (before := _prose_block(ctx, j)) and not _ONE_EXAMPLE.search(before[-120:]):
                return before[-300:] + "\n" + text     # (not one person's example: "Here is one a key worker wrote:")
    return text[-300:]


_ONE_EXAMPLE = re.compile(r"\b(?:[Hh]ere\s+is|[Tt]his\s+is|[Ff]or\s+example|[Aa]n\s+example|[Ff]or\s+instance)\b[^:]*:\s*$")
# a numbered duty opening on the pronoun ("1. She will be responsible for ...") carries on the post described before it
_ITEM_PRONOUN = re.compile(r"\s*(?:\(?\d{1,2}(?:\.\d{1,2})?[.)]?|\(?[a-h][.)]|\(?(?:i{1,3}|iv|vi{0,3})[.)]|[-*\u2022\uf0b7])\s+(?:He|She|His|Her)\b")
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


_ITEM = re.compile(r"\s*(?:[-*+\u2022\u25aa\u25e6\u2023\u2043\u2219\uf0b7\uf0a7]|\(?[a-z0-9]{1,2}[.)])\s")


def items_only(text: str) -> bool:
    """Only list items come before: "• Rock him." / "• Put light pressure on his tummy" goes on from the
    list's lead-in as the first item does."""
    return "\n" in text and all(_ITEM.match(line) for line in text.split("\n") if line.strip())
