"""Conditions shared by many rules: quotation, legislation, mention, allow-list."""
from __future__ import annotations

import re

from . import condition

_QUOTED = re.compile(
    r"""(?<![A-Za-z0-9])"[^"\n]{1,300}?"(?![A-Za-z0-9])"""
    r"""|(?<![A-Za-z0-9])'[^'\n]{1,200}?'(?![A-Za-z])"""
)


def quoted_spans(text: str):
    return [(m.start(), m.end()) for m in _QUOTED.finditer(text)]


@condition("in-quotation")
def in_quotation(ctx) -> bool:
    """The match sits inside quotation marks, a block quote, or reported speech."""
    if getattr(ctx.block, "kind", "") == "quote":
        return True
    s = ctx.sentence
    off = ctx.start - ctx.sent_start
    end = ctx.end - ctx.sent_start
    for a, b in quoted_spans(s):
        if a <= off and end <= b:
            return True
    # the paragraph may hold a quotation that spans sentences
    for a, b in quoted_spans(ctx.text):
        if a <= ctx.start and ctx.end <= b and (b - a) < 600:
            return True
    return False


_LEGISLATION = re.compile(
    r"\b(?:[A-Z][A-Za-z()']+ )+(?:Act|Regulations|Order|Rules|Directive)(?: \(\w+\))? (?:1[89]|20)\d\d\b"
    r"|\b(?:Act|Regulations) (?:1[89]|20)\d\d\b"
    r"|\b(?:[Ss]ection|[Ss]s?\.|[Rr]egulation|reg\.|[Ss]chedule|[Aa]rticle|[Pp]aragraph) ?\d+[A-Z]?\b"
    r"|\bthe (?:Act|Regulations|statute|legislation|law) (?:says|states|defines|provides|refers|uses)\b"
    r"|\b(?:Interpretation|Equality|Mental Health|Mental Capacity|Children|Gender Recognition) Act\b"
    r"|\b(?:statutory|legislative) (?:wording|text|definition)\b"
)


@condition("cites-legislation")
def cites_legislation(ctx) -> bool:
    """The sentence cites or reproduces legislation (an Act, section, regulation, Schedule)."""
    return _LEGISLATION.search(ctx.sentence) is not None


_MENTION_BEFORE = re.compile(
    r"(?:\brather than|\binstead of|\bavoid(?:s|ing)?(?: using| saying| the)?|\b(?:do not|don't|never|not to|no longer)"
    r" (?:use|say|write|call|describe|refer)\w*(?: \w+){0,3}?(?: as| with)?|\b(?:outdated|older|offensive|legacy)"
    r" (?:terms?|labels?|words?|language)(?: such as| like)?|\bterms? (?:such as|like)|\bthe (?:terms?|words?|phrases?|labels?)"
    r"|\breplac(?:e|es|ed|ing)|\bsometimes called|\bused to be called|\bformerly (?:called|known as)|\bwhat was once called"
    r"|\bglossary|\bwords? like|\bsay\b[^.]{0,20}\bnot)\W{0,4}(?:\w+\W+){0,2}$",
    re.I,
)
_MENTION_AFTER = re.compile(
    r"^\W{0,3}(?:is|are|was|were)(?: now)? (?:an? )?(?:outdated|offensive|no longer used|not used|considered offensive|"
    r"a slur|old-fashioned)|^\W{0,3}(?:should|must) (?:not|never) be used|^['\"]?\s*(?:\(|-)\s*(?:avoid|outdated|do not use)",
    re.I,
)


@condition("mention-not-use")
def mention_not_use(ctx) -> bool:
    """The term is being discussed as a term (avoid X, instead of X, the term X) not used."""
    if _MENTION_BEFORE.search(ctx.window_before(80)):
        return True
    return _MENTION_AFTER.search(ctx.window_after(60)) is not None


@condition("allowed-phrase")
def allowed_phrase(ctx) -> bool:
    """The match lies inside a phrase the project allows (config ``allow``)."""
    allow = ctx.options.get("allow_re")
    if allow is None:
        return False
    for m in allow.finditer(ctx.text):
        if m.start() <= ctx.start and ctx.end <= m.end():
            return True
    return False
