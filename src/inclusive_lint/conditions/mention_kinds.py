"""More ways a term is talked about rather than used (principle 2, mention versus use), and
legal text reproduced after a citation.

- a list of names for something: "other terms include A, B and C", "also known as X";
- a question that introduces an explanation of the term: "What is X?" on its own line;
- the definition half of a glossary entry that explains a word by another word
  ("Term: an old word for ..."), where the words in the definition are being glossed too;
- text that follows a citation and a colon ("Section 4 of the Constitution: ...") is the law
  itself, reproduced, for the rest of its paragraph.
"""
from __future__ import annotations

import re

from .span_search import search_between
from .wrap import rx

_ITEM = r"(?:['\"]?[\w-]+(?: [\w-]+){0,2}['\"]?(?:\[\d+\])*(?:,| or| and|/)\s*)"
_NAMES_LIST = rx(
    r"(?:\b(?:other|alternative|older|earlier|related|common|different) (?:terms?|names?|words?|labels?)"
    r"(?: for (?:it|this|them|the (?:procedure|condition|surgery|operation)))? (?:include|includes|included|are|were)"
    r"|\balso (?:known as|called|termed|referred to as)|\b(?:is|are|was|were) (?:also )?(?:known|called) (?:as )?"
    r"(?:either )?)[\s:,]{0,3}" + _ITEM + r"{0,6}['\"(]?\s*(?:an? |the )?$",
    re.I,
)
_WHAT_IS = rx(r"^[^\S\n]*(?:what|who) (?:is|are|was|were|does|do) (?:an? |the )?(?:term |word )?['\"]?$", re.I | re.M)
_QUESTION_END = re.compile(r"^['\"]?[^\S\n]*(?:mean)?[^\S\n]*\?")
_GLOSS_LINE = rx(
    r"^[^\S\n]*[\w' -]{2,40}:[^\S\n]*(?:an? |the )?(?:\w+ ){0,2}(?:synonym|term|word|name|label|expression)s?"
    r" (?:for|of|applied to|used for|used to describe|often applied to)\b",
    re.I,
)
_CITATION_COLON = rx(
    r"\b(?:[Ss]ection|[Ss]chedule|[Aa]rticle|[Rr]egulation|[Cc]lause|[Rr]ule|[Pp]aragraph) \d+[A-Z]?(?:\(\w+\))*"
    r" (?:of|to|under) (?:the )?[A-Z][^:\n]{0,80}:\s",
)


def term_discussed(ctx) -> bool:
    """The match is one of several names listed for a thing, the subject of a "What is X?"
    question, or inside the definition of a glossary entry that glosses a word."""
    before = ctx.text[max(ctx.sent_start, ctx.start - 120):ctx.start].replace("\n", " ")
    if _NAMES_LIST.search(before):
        return True
    line_start = ctx.text.rfind("\n", 0, ctx.start) + 1
    if _WHAT_IS.match(ctx.text[line_start:ctx.start]) and _QUESTION_END.match(ctx.text[ctx.end:ctx.end + 10]):
        return True
    return _GLOSS_LINE.match(ctx.text[line_start:ctx.start]) is not None


def follows_cited_law(ctx) -> bool:
    """Earlier in the paragraph a citation ends in a colon: what follows reproduces the law."""
    para_start = ctx.text.rfind("\n\n", 0, ctx.start)
    para_start = 0 if para_start == -1 else para_start
    return search_between(_CITATION_COLON, ctx.text, para_start, ctx.start, ctx.doc_cache)
