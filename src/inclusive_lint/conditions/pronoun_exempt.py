"""Pronouns that stand for no role holder: an upper-case word, a royal title, a written parliamentary
question's minister, a name said after the pronoun, one person's age, "he" mistyped for "be" (read by
``pronouns.py`` before any antecedent is looked for)."""
from __future__ import annotations

import re

from .pronoun_words import _MODAL, _ROYAL, NOT_PAST_EED, PARLIAMENTARY_QUESTION


# "He is Professor Sir Brian Jarman": the sentence names who the pronoun means
_NAMED_AFTER = re.compile(r"\s+(?:is|was)\s+(?:(?:Professor|Prof\.?|Dr\.?|Sir|Dame|Mr\.?|Mrs\.?|Ms\.?|Miss|Mx\.?|Lord|Lady|"
                          r"Cllr\.?|Councillor|Rev(?:d|\.)?|the\s+Rev(?:d|\.)?)\s+)+[A-Z]")
_ARTICLE_BEFORE = re.compile(r"(?<![\w-])(?:a|an)\s+$", re.I)


def named_or_noun(text: str, start: int, end: int) -> bool:
    """'he'/'she' that is not a pronoun for a role: followed by the name of who it is ("He is Professor
    Sir X"), or a noun after an article ("it usually was a he in those days")."""
    return text[start:end].lower() in ("he", "she") and (
        _NAMED_AFTER.match(text, end) is not None or _ARTICLE_BEFORE.search(text, max(0, start - 6), start) is not None)


def not_a_rule_pronoun(ctx) -> bool:
    """Not for whoever holds a role: an upper-case match in ordinary text, a royal title ("His Majesty"),
    a written parliamentary question ("To ask the Minister ... if he will make a statement")."""
    m = ctx.match_text
    return (m.isupper() and len(m) > 1 and not ctx.sentence.isupper()) \
        or _ROYAL.match(ctx.text[ctx.start:ctx.start + 25]) is not None \
        or (_parliamentary(ctx) and _NOT_MINISTERS.match(ctx.text, ctx.start) is None) \
        or named_or_noun(ctx.text, ctx.start, ctx.end) or _in_pronoun_options(ctx) \
        or (m.lower() == "he" and _TYPO_BE.search(ctx.text, max(0, ctx.start - 12), min(len(ctx.text), ctx.end + 16)) is not None) \
        or (_AGE_OF_ONE.match(ctx.text, ctx.start) is not None and ctx.text[max(0, ctx.start - 3):ctx.start].lower() == "in "
            and _MODAL.search(ctx.sentence) is None) \
        or (_SEXED_PREDICATE[m.lower() in ("he", "him", "his", "himself")].match(ctx.text, ctx.end) is not None
            and _ASKED_WHETHER.search(ctx.text, max(0, ctx.start - 12), ctx.start) is None)


# the pronoun's own clause gives the sex: "each child of which he claims to be the father", "she is the mother"
# (not a question put to anyone, "whether he is the father", nor one of two, "the father or the mother")
_ASKED_WHETHER = re.compile(r"\b(?:whether|if)\s+$", re.I)
_SEXED_PREDICATE = {True: re.compile(r"\s+(?:is|was|be|becomes?|became|claims\s+to\s+be|is\s+named\s+as)\s+(?:the\s+|a\s+)?"
                                     r"(?:biological\s+|legal\s+|birth\s+)?(?:father|husband|dad)\b(?![^.;,]{0,30}\bor\s+(?:the\s+|a\s+)?(?:mother|parent|partner|wife))", re.I),
                    False: re.compile(r"\s+(?:is|was|be|becomes?|became|claims\s+to\s+be|is\s+named\s+as)\s+(?:the\s+|a\s+)?"
                                      r"(?:biological\s+|legal\s+|birth\s+)?(?:mother|wife|mum)\b(?![^.;,]{0,30}\bor\s+(?:the\s+|a\s+)?(?:father|parent|partner|husband))", re.I)}


def _parliamentary(ctx) -> bool:
    """The sentence is a written question to a minister, or carries one on past a bracket's full stop ("To ask the
    Minister ... (through which ... home.); and if he has considered ...")."""
    return PARLIAMENTARY_QUESTION.match(ctx.text, ctx.sent_start) is not None or (
        _CARRIES_ON.match(ctx.text, ctx.sent_start) is not None and PARLIAMENTARY_QUESTION.match(ctx.text, ctx.prev_start) is not None
        and _ASKS_MINISTER.search(ctx.text, max(0, ctx.start - 12), ctx.start) is not None
        and _MINISTER_DOES.match(ctx.text, ctx.end) is not None)     # (only the minister's own: "and if he will make a statement")


_CARRIES_ON = re.compile(r"[\s)]*(?:;|,|and\b)")
_ASKS_MINISTER = re.compile(r"\b(?:if|whether|what|when|how|why)\s+$", re.I)
_MINISTER_DOES = re.compile(r"\s+(?:will|has|is|plans|intends|proposes|would|expects)\b")


# in a parliamentary question, "his" before what is not the minister's ("no patient is delayed ... to his home")
_NOT_MINISTERS = re.compile(r"his\s+(?!(?:Department|Ministry|Office|attention|views?|opinion|statement|plans?|proposals?|Answer|reply|"
                            r"policy|colleagues?|hon|right|noble|officials?|predecessor|discussions?|intentions?|decision|Majesty)\b)", re.I)


# one person's age: "a solicitor in her 30s came in", "a patient in his early seventies" describes someone (not "any
# employee who reaches his 60s", nor a rule's "if a member of staff in his fifties has not ...")
_AGE_OF_ONE = re.compile(r"(?:his|her)\s+(?:early\s+|mid\s+|mid-|late\s+)?(?:[1-9]0['\u2019]?s|(?:twen|thir|for|fif|six|seven|eigh|nine)ties)\b", re.I)


# "be" misread or mistyped as "he" between a modal and a past participle: "the identity should he confirmed"
_TYPO_BE = re.compile(r"\b(?:should|must|will|shall|can|may|would|could|might|cannot|to)\s+he\s+"
                      r"(?:" + NOT_PAST_EED + r"[a-z]{2,}ed|given|taken|seen|shown|done|made|known|sent|kept|held|told|written|paid)\b")


# pronouns offered as words to choose from: "You may want to be known as he, she, they or ..."
_PRONOUN_WORD = r"(?:he|she|they|him|her|them|his|hers|their|theirs|ze|zie|xe|hir|ey)"
_PRONOUN_OPTIONS = re.compile(r"\b" + _PRONOUN_WORD + r"(?:[ \t]*(?:,|/|\bor\b|\band\b)[ \t]*(?:or[ \t]+)?" + _PRONOUN_WORD + r"\b){2,}",
                              re.I)


def _in_pronoun_options(ctx) -> bool:
    """The pronoun is one of three or more pronoun words listed together, one of them "they" or a
    newer form ("he, she, they"): the words are being offered, not used."""
    lo = max(0, ctx.start - 40)
    for m in _PRONOUN_OPTIONS.finditer(ctx.text, lo, min(len(ctx.text), ctx.end + 40)):
        if m.start() <= ctx.start < m.end() and re.search(r"\b(?:they|them|their|ze|zie|xe|hir|ey)\b", m.group(0), re.I):
            return True
    return False

