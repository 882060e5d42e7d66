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


# the equality standard's second question, anywhere in the document: "Is your gender the same as the sex you were
# registered at birth?", "... the gender you were assigned at birth"
_GENDER_IDENTITY_ASKED = r"\bis\s+your\s+gender\s+(?:identity\s+)?(?:the\s+)?same\s+as\s+(?:the\s+)?(?:one|sex|gender)\s+(?:you\s+were|that\s+was)\s+(?:assign|register|record)"
_SEX_LABEL = re.compile(r"(?:legal\s+|birth\s+)?sex\b", re.I)


@condition("sex-beside-gender-identity")
def sex_beside_gender_identity(ctx) -> bool:
    """The field asks for sex ("Legal Sex Male Female"), not gender, and the form also asks whether the
    person's gender is the same as the sex they were registered at birth: the two questions together
    are the equality standard's, and a two-answer legal sex is not the whole question."""
    if _SEX_LABEL.match(ctx.match_text) is not None and ctx.document_has(_GENDER_IDENTITY_ASKED):
        return True
    # "Gender at birth: Male/Female ... Which gender does the child identify with, if different?": the two
    # answers belong to a label for the sex at birth, and the form asks for gender identity as well
    return _AT_BIRTH_LABEL.search(ctx.text, max(0, ctx.start - 40), ctx.start) is not None and ctx.document_has(_IDENTITY_ASKED)


# the label right before the answers (not a field earlier on the line: "Sex at birth: ____ Gender: Male / Female")
_AT_BIRTH_LABEL = re.compile(r"\b(?:sex|gender)\s+(?:(?:assigned|registered|recorded|observed)\s+)?at\s+birth\b[\s:*]*$", re.I)
# (gender in the question: not "Who does the child identify as their main carer?")
_IDENTITY_ASKED = (r"\bgender\s+identity\b|\bgender\b[^.?\n]{0,60}\bidentif(?:y|ies)\s+(?:with|as)\b"
                   r"|\bidentif(?:y|ies)\s+(?:with|as)\b[^.?\n]{0,20}\bgender\b")

