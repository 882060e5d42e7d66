"""A form laid out as paragraphs: the question in one block, its answers in the next.

Plain-text and web copies of forms often put "What is your gender?" and "Male / Female" in
separate paragraphs, so a pattern over one block cannot see the label its answers belong to.
"""
from __future__ import annotations

import re

from . import condition

# the block's last line asks for sex or gender: "Please describe your gender identity?", "Sex:", "Gender *"
_SEX_QUESTION = re.compile(r"(?:^|\n)(?P<line>[^\n]{0,80}\b(?:gender|sex)\b[^\n]{0,60})\s*$", re.I)
_AT_BIRTH = re.compile(r"\b(?:at birth|registered|birth certificate)\b", re.I)
_ASKS = re.compile(r"[?:*][^\S\n]*$|^\W*(?:gender|sex)(?:\s+identity)?\W*$|\b(?:tick|circle|select|choose|delete)\b", re.I)


@condition("under-sex-question")
def under_sex_question(ctx) -> bool:
    """The match opens its block and the block before ends on a question or label asking for sex
    or gender (the answers of a form whose question and answers are separate paragraphs), not for
    the sex registered at birth."""
    if ctx.text[:ctx.start].strip() or ctx.block_index < 1:
        return False
    prev = ctx.document.blocks[ctx.block_index - 1].text[-200:].rstrip()
    m = _SEX_QUESTION.search(prev)
    if m is None or _AT_BIRTH.search(m.group("line")):
        return False        # the sex registered at birth has two answers in law
    return _ASKS.search(m.group("line").strip()) is not None
