"""Who a passage counts as family, judged clause by clause.

"Leave covers a spouse or blood relative; an unmarried partner or friend does not qualify"
names partners and friends only to shut them out, so those words are not inclusive wording.
"""
from __future__ import annotations

import re

from . import condition
from .wrap import rx

_EXCLUDING = rx(
    r"\b(?:does|do|is|are|will|would|shall)(?: not|n't) (?:qualify|count|apply|cover|include|extend|be (?:eligible|"
    r"entitled|covered|included|counted|accepted))\w*"
    r"|\bnot (?:eligible|entitled|covered|included|counted|accepted|recognised|recognized|for)\b"
    r"|\bexclud\w+|\bother than\b|\bexcept\b|\bineligible\b|\b(?:cannot|can't|may not|must not) \w+"
    r"|\bnot (?:allowed|permitted|able) to\b"
    r"|\bno (?:leave|entitlement|payment|cover)\b|\bnor\b",
    re.I,
)
_CUT = re.compile(r"[;:.!?]\s|\b(?:but|however|whereas|although|while|whilst)\b", re.I)


def clause_of(text: str, start: int, end: int) -> str:
    a = 0
    for m in _CUT.finditer(text, 0, start):
        a = m.end()
    m = _CUT.search(text, end)
    return text[a:m.start() if m else len(text)]


def excluded(text: str, start: int, end: int) -> bool:
    """The words at start:end sit in a clause that says they do not qualify."""
    return _EXCLUDING.search(clause_of(text, start, end)) is not None


def any_included(pattern, text: str) -> bool:
    """``pattern`` occurs somewhere in ``text`` outside a clause that excludes it."""
    return any(not excluded(text, m.start(), m.end()) for m in pattern.finditer(text))


_OTHER_PARENTS_HERE = rx(
    r"\b(?:same[- ]sex|second (?:female )?parent|other parent|co-?parents?|two (?:mums|mothers|dads|fathers)"
    r"|female partners?|non-birthing parent|partners? of (?:any|either) (?:sex|gender)|(?:whatever|regardless of) "
    r"(?:their|your) (?:sex|gender)|civil partners?|partners? of the (?:child's |baby's )?(?:mother|birth parent)"
    r"|parental order parent|(?:whatever|regardless of) "
    r"(?:their|your) (?:sex|gender)|lesbian|gay|LGBT\w*|any partner)\b",
    re.I,
)


@condition("same-sex-parents-here")
def same_sex_parents_here(ctx) -> bool:
    """The paragraph itself speaks of parents or partners beyond a father (a co-parent, a
    female partner, partners of any sex): a partner assumption is judged where it is written,
    not excused by an inclusion line elsewhere in the document."""
    return any_included(_OTHER_PARENTS_HERE, _passage(ctx))


def _passage(ctx) -> str:
    """The block, or for a list item the list it belongs to (a few blocks either side), so
    "- The father of the child" is read with "- The partner of the mother"."""
    blocks = getattr(ctx.document, "blocks", None) or []
    bi = ctx.block_index
    if not blocks or getattr(ctx.block, "kind", "") != "list_item":
        return ctx.text
    return "\n".join(b.text for b in blocks[max(0, bi - 4):bi + 5])

_NOK_FIELD = rx(r"^[^\S\n]*(?:name of |details of |your )*(?:next[- ]of[- ]kin|nok)\b(?:[^\S\n]*\([^)\n]*\))?"
                r"[^\S\n]*:[^\S\n]*[_.\u2026]{2,}[^\S\n]*$", re.I | re.M)


@condition("next-of-kin-form-field")
def next_of_kin_form_field(ctx) -> bool:
    """The match is the label of a blank "Next of kin: ____" field, which the form rule
    reports as a question; the words are not reported a second time."""
    a = ctx.text.rfind("\n", 0, ctx.start) + 1
    b = ctx.text.find("\n", ctx.end)
    return _NOK_FIELD.match(ctx.text[a:b if b != -1 else len(ctx.text)]) is not None


# --- a husband or wife named right after the word ------------------------------------------------

# a capitalised word that is no first name: a day, a month, a relative, the next sentence's first word
_NOT_A_NAME = (r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|"
               r"October|November|December|Mum|Mummy|Mom|Dad|Daddy|Mother|Father|Carer|Partner|Please|This|The|If|When|"
               r"And|Or|But|You|Your")
_NAME = r"(?!(?:" + _NOT_A_NAME + r")\b)[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]+(?:-[A-Z][a-z\u00df-\u00ff]+)?(?:[^\S\n][A-Z][a-z\u00df-\u00ff'-]+)?"
_SPOUSE_NAMED = re.compile(
    r"[^\S\n]" + _NAME + r"(?:'s)?(?=[,.;:)]|[^\S\n][a-z])"     # "your husband Joseph today", "your husband Rafiq's results"
    r"|,[^\S\n]" + _NAME + r"(?=[,.;)])"                          # "your wife, Helen Ng, rang" (not "your wife, Aisha on reception")
    r"|[^\S\n]\(" + _NAME + r"\)")                               # "your husband (Sean)"


@condition("spouse-named-after")
def spouse_named_after(ctx) -> bool:
    """A first name (and surname) follows the husband or wife on the same line ("you and your husband Joseph
    today"): one couple the text is about, not an assumption about whom a reader lives with."""
    return _SPOUSE_NAMED.match(ctx.text, ctx.end) is not None

