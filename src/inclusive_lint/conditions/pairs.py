"""Conditions for paired forms: "his or her", "he/she", "his wife or her husband".

A pronoun inside a pair is judged as the pair (PRN-003, PRN-004, BIN-006), never again as a
single generic "he" or "she".
"""
from __future__ import annotations

import re

from . import condition

_P = r"(?:he|she|his|her|hers|him|himself|herself|s)"
_PAIR = re.compile(
    r"\b" + _P + r"\s*(?:or|and|/|\()\s*" + _P + r"\b\)?"          # his or her, he/she, him (or her)
    r"|\b" + _P + r"\s?\(or\s" + _P + r"\)"                               # his (or her), with its closing bracket
    r"|\(s\)he\b|\bs\(he\)|\bhim-\s+or\s+herself\b"
    r"|\b(?:his|her)\s+(?:own\s+)?[\w-]+\s+(?:or|and|/)\s+(?:his|her)\b",  # his wife or her husband
    re.I,
)


@condition("in-pronoun-pair")
def in_pronoun_pair(ctx) -> bool:
    """The pronoun is one half of a pair ("his or her", "he/she", "his wife or her husband"),
    which the pair rules judge as a whole."""
    return _inside_match(_PAIR, ctx, 30, _both_genders)


_MASC_WORD = re.compile(r"\b(?:he|his|him|himself)\b", re.I)
_FEM_WORD = re.compile(r"\b(?:she|her|hers|herself)\b|\(s\)|\bs\(|\bs/", re.I)


def _both_genders(text: str) -> bool:
    """A pair names both ("his or her"); "him and his" is the same pronoun twice."""
    return _MASC_WORD.search(text) is not None and _FEM_WORD.search(text) is not None


def _inside_match(pattern, ctx, reach: int, accept=None) -> bool:
    """Whether the match lies wholly inside a match of ``pattern`` within ``reach`` characters
    (one that ``accept`` takes, when given)."""
    lo = max(0, ctx.start - reach)
    for m in pattern.finditer(ctx.text, lo, min(len(ctx.text), ctx.end + reach)):
        if m.start() <= ctx.start and ctx.end <= m.end() and (accept is None or accept(m.group(0))):
            return True
    return False


_RELATIONSHIP_QUALIFIED = re.compile(
    r"\b(?:partners?|spouses?|couples?|relationships?|marriages?|civil partners?|cohabitees?)\s*[,(]?\s*"
    r"(?:whether\s+)?(?:of|with\s+someone\s+of)\s+$"
    # set off as an aside: "someone, of either sex, who lives with ..."
    r"|\b(?:someone|anyone|a person|person)\s*[,(]\s*(?:whether\s+)?of\s+$", re.I)


@condition("inclusive-qualifier")
def inclusive_qualifier(ctx) -> bool:
    """'Of either sex' qualifies a partner or couple ("a partner (of either sex)"), saying that
    same-sex partners count: it widens the relationship rather than splitting people in two."""
    return _RELATIONSHIP_QUALIFIED.search(ctx.text[max(0, ctx.start - 50):ctx.start]) is not None


_SPOUSE_PAIR = re.compile(
    r"\b(?:(?:his|her|their|your|a|the)\s+)?(?:husbands?|wi(?:fe|ves))\s*(?:,\s*)?(?:or|and|/)\s*"
    r"(?:(?:his|her|their|your|a|the)\s+)?(?:husbands?|wi(?:fe|ves))\b", re.I)


@condition("in-spouse-pair")
def in_spouse_pair(ctx) -> bool:
    """The word is half of a married-couple pair ("husband or wife", "his wife or her husband"),
    which the pair rule judges as a whole."""
    return _inside_match(_SPOUSE_PAIR, ctx, 40)


_BOTH_OFFERED = re.compile(
    r"\b(?P<a>male|female|man|woman|men|women|lady|gentleman)\b(?:\s+[\w-]+){0,2}?\s*(?:,\s*)?(?:and|or|&)\s+"
    r"(?:an?\s+|also\s+)?(?P<b>male|female|man|woman|men|women|lady|gentleman)\b(?:\s+[\w-]+){0,2}", re.I)
_SIDE = {"male": "m", "man": "m", "men": "m", "gentleman": "m", "female": "f", "woman": "f", "women": "f",
         "lady": "f"}


@condition("both-sexes-offered")
def both_sexes_offered(ctx) -> bool:
    """The professional's sex is named as one of a pair offered ("staffed by a male and a female
    nurse", "a male or female doctor"): a choice given to patients, not an assumption about who
    does the job."""
    lo, hi = max(ctx.sent_start, ctx.start - 40), min(ctx.sent_end, ctx.end + 40)
    for m in _BOTH_OFFERED.finditer(ctx.text, lo, hi):
        if m.start() <= ctx.start and ctx.end <= m.end() + 15 \
                and _SIDE[m.group("a").lower()] != _SIDE[m.group("b").lower()]:
            return True
    return False
