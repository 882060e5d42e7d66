"""Pronouns named as pronouns: a declared set ("she/her", "he/they"), pronouns listed as words
("(they, she, he, etc.)") or offered beside "they" ("his, her or their") are not generic uses."""
from __future__ import annotations

import re

from . import condition


@condition("pronoun-set")
def pronoun_set(ctx) -> bool:
    """The slash form is a pronoun declaration (she/her, he/him, they/them), not a generic form."""
    m = re.sub(r"\s+", "", ctx.match_text.lower())
    if m in ("she/her", "he/him", "he/his", "she/hers", "they/them", "she/they", "he/they", "her/hers",
             "him/his"):
        return True
    return bool(re.search(r"\bpronouns?\b", ctx.sentence, re.I))


_SET_AROUND = re.compile(r"\b(?:she|he|they|ze|xe|zie|ey)\s*/\s*(?:her|hers|him|his|them|theirs|they|she|he|zir|hir|xem|em)"
                         r"(?:\s*/\s*(?:her|hers|him|his|them|theirs|they|she|he))*\b", re.I)


@condition("in-pronoun-set")
def in_pronoun_set(ctx) -> bool:
    """The single pronoun is part of a declared set such as 'he/him' or 'she/they' in a
    signature, badge or example list, not a generic use."""
    lo = max(0, ctx.start - 12)
    for m in _SET_AROUND.finditer(ctx.text, lo, min(len(ctx.text), ctx.end + 12)):
        if m.start() <= ctx.start and ctx.end <= m.end():
            return True
    # pronouns listed as words: "(they, she, he, etc.)", "(I or you)"; or offered with the
    # neutral one beside them: "his, her or their membership"
    for rx_ in (_PRONOUN_LIST, _WITH_THEY):
        for m in rx_.finditer(ctx.text, max(0, ctx.start - 40), min(len(ctx.text), ctx.end + 40)):
            if m.start() <= ctx.start and ctx.end <= m.end() and not (
                    _TWO_TO_CHOOSE.fullmatch(m.group(0)) and _BLANK_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start())):
                return True
    return False



_GENDERED_PRO = r"(?:he|his|him|himself|she|her|hers|herself)"
_NEUTRAL_PRO = r"(?:they|their|them|theirs|themselves|themself)"
_WITH_THEY = re.compile(
    r"\b" + _GENDERED_PRO + r"(?:\s*(?:,|/)\s*" + _GENDERED_PRO + r")*\s*(?:,\s*)?(?:or|and|/)\s*" + _NEUTRAL_PRO + r"\b"
    # (not a reflexive ending its clause: "children can refer themselves, she or he is ...")
    # "they" first, with the others in its own case ("their, his or her"; not a clause ending on "them" before
    # the next one's subject: "comply with them, he or she may face a penalty")
    + "".join(r"|\b" + n + r"\s*(?:,|/|or)\s*" + g + r"(?:\s*(?:,|/)\s*" + g + r")*\s*(?:,\s*)?(?:or|and|/)\s*" + g + r"\b"
              for n, g in (("they", "(?:he|she)"), ("them", "(?:him|her)"), ("their", "(?:his|her)"), ("theirs", "(?:his|hers)"))),
    re.I)


_PRO_WORD = r"(?:I|you|he|she|it|we|they|them|him|her|hers|his|its|this|that|one|xe|ze|zie|ey|theirs|themself)"
_PRONOUN_LIST = re.compile(r"\(\s*(?:(?:for example|for instance|e\.g\.?|eg|such as|i\.e\.?|like)[,:]?\s*)?" + _PRO_WORD + r"(?:\s*(?:,|/|\bor\b|\band\b|,\s*and\b|,\s*or\b)\s*" + _PRO_WORD
                           + r"){1,8}(?:\s*,?\s*etc\.?)?\s*\)", re.I)
# "______ (his or her) consent": after a blank, two gendered pronouns in brackets are the choice a
# template offers, not pronouns listed as words
_TWO_TO_CHOOSE = re.compile(r"\(\s*" + _GENDERED_PRO + r"\s*(?:or|/)\s*" + _GENDERED_PRO + r"\s*\)", re.I)
_BLANK_BEFORE = re.compile(r"[_.\u2026]{2,}\s*$")
