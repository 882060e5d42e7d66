"""Conditions for next of kin: the document explains that the contact can be anyone and has no
legal powers, or a sentence denies next of kin a power rather than giving it one."""
from __future__ import annotations

import re

from . import condition
from .branches import occurs
from .wrap import rx
from .clinical import negated_span
from .family import _cached


# --- next of kin explained ----------------------------------------------------------------------

_NOK_EXPLAINED = rx(
    r"\b(?:no|not any|has no|have no|without) (?:real |clear |specific |actual |official )?(?:legal |formal )?(?:status|standing|meaning|definitions?|rights?|powers?|authority)\b"
    # "you can choose whoever you want", "no legal obligation to put a blood relative"
    r"|(?<!not )(?<!n't )\b(?:choose|pick|name|nominate) (?:whoever|whomever|anyone|anybody)\b(?! (?:else|other|except|but)\b)"
    # "allow anyone over 18 to be nominated as next of kin, whether they are a blood relative or not"
    r"|\bwhether (?:or not )?(?:they are |he is |she is |it is )?(?:a )?(?:blood )?relat(?:ive|ion|ed)s?(?: to (?:you|them))? or not\b"
    r"|(?<!not )(?<!n't )\b(?:allows?|lets?|permits?) (?:anyone|anybody|any adult)\b(?! (?:else|other|except|but)\b)[^.]{0,30}?\bto be (?:nominated|named|chosen)\b"
    r"|\bno (?:legal )?(?:obligation|requirement|need) to (?:put|name|choose|give|pick|list) (?:a |your )?(?:blood )?(?:relative|relation|family member)"
    r"|\bno (?:rules|legal (?:rules|definitions?|requirements?))\b(?! to (?:do so|sign|complete|fill|register|carry))"     # (not "no legal requirement to sign it")
    r"|\bnot (?:legally )?(?:defined|recogni[sz]ed) (?:in|by) (?:the )?(?:law|English law|statute)\b"
    r"|\b(?:can|could|may) (?:nominate|name|choose|pick|give)\b[^.]{0,80}\b(?:friend|neighbour|anyone|anybody|any (?:other )?(?:person|adult|individual))\b"
    r"|\b(?:someone|anyone|a person) (?:that |who |whom )?(?:you|they|the patient) (?:would like|choose|want|trust|name|nominate)"
    r"|\b(?:partner|friend)\b[^.]{0,60}\b(?:whatever|regardless of|of any) (?:the |their |your )?(?:gender|sex)\b"
    r"|\b(?:has|have|is) no (?:legal )?(?:basis|effect)\b"
    # "next of kin have however no automatic rights", "they hold no legal authority"
    r"|\b(?:next[- ]of[- ]kin|they|this person|the person you (?:name|choose|nominate))\s+(?:has|have|holds?|carry|carries)\b[^.;]{0,20}?"
    r"\bno (?:automatic |legal |statutory )+(?:rights?|powers?|authority|say)\b"
    r"|\b(?:can|could|may) be (?:anyone|anybody|any person|any adult|someone you|a (?:friend|partner|neighbour))\b"
    # said in the next sentence: "... named as next of kin. This may be a relative or a friend."
    r"|\bnext[- ]of[- ]kin\b[^.]{0,60}\.\s+(?:This|That|They|It|He or she|The person)\s+(?:can|could|may) be (?:a |your |their )?"
    r"(?:relative|relation|family member),? or (?:a |your |their )?(?:close )?(?:friend|neighbour)\b"
    r"|\b(?:anyone|anybody|someone|any person) (?:you|they|the patient) (?:choose|chooses|want|wants|trust|trusts|nominate|nominates|name|names)\b"
    r"|\b(?:does|do|need|needs)(?: not|n't)(?: have to| need to)? be (?:a |your |their )?(?:blood )?(?:relative|relation|family|related|spouse|married)"
    r"|\b(?:cannot|can't|can not|may not|is not able to|are not able to|does not|do not|doesn't|don't)"
    r" (?:legally |automatically )?(?:give|make|sign|consent|refuse|agree|take|have)\w*"
    r"(?: \w+){0,3}? (?:consent|decisions?|forms?|treatment|rights?|access)\b"
    r"|\bdoes not(?:, \w+,)? (?:give|mean|confer) (?:them|they|that person|the person|anyone|anybody|someone) (?:any |the )?(?:right|power|authority)"
    r"|\b(?:do not|don't|must not|should not|never|cannot) (?:assume|presume)\b"
    r"|\b(?:may|might|need) not be (?:a |your |their )?(?:blood )?(?:relative|relation|family|related|spouse)"
    # "the person identified as next of kin should not be asked to sign or consent"
    r"|\bnext[- ]of[- ]kin\b[^.]{0,40}\b(?:should|must|need) not be asked to (?:sign|consent|give consent|agree|make (?:any )?decisions?)\b"
    # "This can be, but need not be, a relative"
    r"|\b(?:may|might|can|could) be,? but (?:need|does|do) not (?:have to )?be,? (?:a |your |their )?(?:blood )?(?:relative|relation|family|related|spouse)"
    r"|\bnot necessarily (?:a |your |their )?(?:blood )?(?:relative|relation|family|related|spouse)"
    # a belief about next of kin named as mistaken: "the common misunderstanding that a next of kin must be ..."
    r"|\b(?:misunderstanding|misconception|myth|mistaken(?:ly)?|wrongly (?:believe|think|assume)\w*)\b[^.]{0,40}\bnext[- ]of[- ]kin\b",
    re.I,
)


@condition("nok-explained")
def nok_explained(ctx) -> bool:
    """The paragraph or document explains that the contact can be anyone and that the term
    carries no legal status or decision-making power."""
    if occurs(_NOK_EXPLAINED, ctx.text):
        return True
    return _cached(ctx, "nok-explained", _NOK_EXPLAINED)


@condition("nok-explained-here")
def nok_explained_here(ctx) -> bool:
    """The same paragraph explains that the contact can be anyone and has no legal powers."""
    return occurs(_NOK_EXPLAINED, ctx.text)


# --- next of kin given powers --------------------------------------------------------------------

_POWER_DENIED = rx(
    r"\bbest[- ]interests?\b|\b(?:consult\w*|ask\w* (?:for )?(?:their|the) views|(?:their|the) views|"
    r"kept informed|keep (?:them )?informed|be told|involv\w*|support\w*|contact\w*)\b",
    re.I,
)
_PATIENT_CANNOT = rx(
    r"\b(?:if|when|where|unless|because)\s+(?:the |a |your )?(?:patient|person|service user|client|you|they|resident|individual)"
    r"(?:\s+\w+){0,2}?\s+(?:cannot|can't|can not|is unable|are unable|lacks?|lack|does not have|do not have|doesn't have|don't have|is not able|are not able)\b",
    re.I,
)
_DECIDES_FOR = rx(r"\b(?:make|take)\s(?:\w+\s){0,2}decisions?\s(?:\w+\s){0,3}?(?:on\s(?:your|their|his|her|the\spatient's)\s"
                  r"behalf|for\s(?:you|them|him|her|the\spatient)\b)", re.I)
_LATER_DENIAL = rx(
    r"\b(?:they|he|she|next[- ]of[- ]kin|relatives|family)\s+(?:cannot|can't|can not|may not|has no|have no|do not have|does not have|"
    r"are not able|is not able|are not allowed|is not allowed|have no legal|has no legal)\b",
    re.I,
)


@condition("power-denied")
def power_denied(ctx) -> bool:
    """The sentence denies the power ("next of kin cannot consent"), or describes consultation in
    a best-interests decision rather than a power to decide."""
    span = ctx.text[ctx.start:ctx.end]
    cleaned = _PATIENT_CANNOT.sub(" ", span)
    if negated_span(cleaned, 0, len(cleaned)):
        return True
    if _LATER_DENIAL.search(ctx.text, ctx.end, ctx.sent_end):
        return True
    if _POWER_DENIED.search(span) and not re.search(r"\bconsent (?:to|on|for)\b|\bsign\w*\b", span, re.I) \
            and not _DECIDES_FOR.search(ctx.text, ctx.start, min(ctx.sent_end, ctx.end + 40)):
        return True          # (not "can provide support and make decisions on your behalf": a power given)
    before = ctx.text[ctx.sent_start:ctx.start]
    return bool(re.search(r"\b(?:not|never|no one|nobody|neither)\b[^,;]{0,30}$", before, re.I))
