"""Conditions for pronoun rules: who does "he" / "she" point back to?"""
from __future__ import annotations

import re

from . import condition

GENERIC_ROLES = (
    "patient|service user|client|resident|applicant|candidate|employee|member of staff|staff member|"
    "colleague|clinician|doctor|nurse|practitioner|consultant|manager|line manager|supervisor|carer|"
    "child|young person|person|individual|visitor|student|trainee|worker|complainant|donor|attorney|"
    "user|member|volunteer|officer|reviewer|assessor|investigator|chair|surgeon|physician|therapist|"
    "midwife|health visitor|receptionist|secretary|care assistant|cleaner|nanny|childminder|"
    "claimant|tenant|customer|learner|pupil|adult|author|requester|caller|referrer|professional|"
    "health professional|healthcare professional|GP|dentist|pharmacist|paramedic|porter|interpreter|"
    "appraiser|appraisee|mentor|mentee|recruit|contractor|locum|director|governor|trustee|representative|"
    "parent|guardian|partner|relative|next of kin|nominee|witness|spokesperson|head of department"
)
_GENERIC = re.compile(
    r"\b(?:a|an|the|each|every|any|your|their|our|this|that|no|such|one|new|relevant)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:" + GENERIC_ROLES + r")s?\b|\b(?:anyone|someone|everyone|everybody|somebody|anybody|whoever|"
    r"nobody|no one|no-one)\b",
    re.I,
)
_TITLE = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sister|Nurse|Sir|Dame|Lord|Lady|Rev|Father|Councillor|Cllr)\.?"
_NAMED = re.compile(
    r"\b" + _TITLE + r"\s+[A-Z][a-zA-Z'-]+"                                  # Dr Shah
    r"|(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+\b"                  # Carol Webb
    r"|,\s+[A-Z][a-z]+,"                                                      # our midwife, Priya,
    r"|\b(?:your|my|his|her|their|our)\s+(?:father|mother|dad|mum|son|daughter|brother|sister|husband|wife|"
    r"boyfriend|girlfriend|grandfather|grandmother|uncle|aunt|nephew|niece|baby|grandson|granddaughter|"
    r"stepfather|stepmother)\b"
    r"|\b(?:the )?(?:father|mother|man|woman|boy|girl|gentleman|lady|husband|wife|son|daughter|brother|sister|"
    r"men|women|boys|girls|fathers|mothers)\b",
)
_REFLEXIVE_PAIR = re.compile(r"\b(?:he|she|his|her|him)\s*(?:or|/)\s*(?:he|she|his|her|him|hers|herself|himself)\b", re.I)


def _last(rx, text):
    last = None
    for m in rx.finditer(text):
        last = m
    return last


@condition("generic-antecedent")
def generic_antecedent(ctx) -> bool:
    """The nearest candidate antecedent, in this or the previous sentence, is a generic role
    noun ("each applicant … his") and no named or specific person comes after it."""
    window = ctx.text[ctx.prev_start:ctx.start]
    generic = _last(_GENERIC, window)
    if generic is None:
        return False
    named = _last(_NAMED, window)
    if named is not None and named.start() >= generic.start() and named.group(0).strip(", ") != generic.group(0):
        return False
    return True


@condition("named-person-antecedent")
def named_person_antecedent(ctx) -> bool:
    """A named or specific person (Dr Shah, Carol Webb, your father) is mentioned before the
    pronoun in this or the previous sentence."""
    window = ctx.text[ctx.prev_start:ctx.start]
    return _NAMED.search(window) is not None


@condition("pronoun-set")
def pronoun_set(ctx) -> bool:
    """The slash form is a pronoun declaration (she/her, he/him, they/them), not a generic form."""
    m = ctx.match_text.lower().replace(" ", "")
    if m in ("she/her", "he/him", "he/his", "she/hers", "they/them", "she/they", "he/they"):
        return True
    return bool(re.search(r"\bpronouns?\b", ctx.sentence, re.I))
