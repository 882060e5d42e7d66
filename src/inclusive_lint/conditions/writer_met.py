"""The writer's own account of one person: someone the writer met, saw, helped or has ("I have just seen a new
patient", "I spoke to someone who ...", "One of my patients ..."), read by ``pronouns._narrative``."""
from __future__ import annotations

import functools
import re

from .account_cues import DUTY
from .blockfacts import lacks_rx
from .wrap import rx

# the writer's own account of one person ("I have just seen a new patient"), a reported case
_MET_VERBS = (r"(?:seen|saw|met|treated|visited|nursed|cared\s+for|looked\s+after|spoke\s+to|spoken\s+to|"
              r"admitted|examined|assessed|worked\s+with|supported|employ|employed|manage|managed|asked|told|allowed|"
              r"encouraged|invited|persuaded|counselled|counseled|reviewed|discharged|referred|helped|advised|"
              r"interviewed|phoned|rang|(?:sat|stayed|waited)\s+(?:for\s+(?:hours|days|weeks|a\s+while)\s+)?with)")
# (or one the writer has had to deal with: "I've had a surgeon not come and get me when he ...")
_I_MET = re.compile(r"\bI(?:\s+have|\s+had|['\u2019]ve)?\s+(?:just\s+|recently\s+|once\s+|also\s+|then\s+|later\s+|first\s+)?"
                   r"(?:" + _MET_VERBS + r"|had)\s+(?:a|an)\b"
                   # "I had one patient withdrawing ...", "We had one resident who ..." (not one per ward: "one nurse on every shift")
                   r"|(?<![Ii]f\s)(?<![Uu]nless\s)\b(?:I|[Ww]e)\s+had\s+one\b(?!\s+more\b)(?!\s+(?:[\w-]+\s+){0,3}?(?:on|in|from|per|for)\s+(?:each|every)\b)"
                   # one the writer remembers or has just seen: "I remember one patient in particular who ...",
                   # "I just finished seeing a patient who ..."
                   r"|\bI\s+(?:still\s+|well\s+|particularly\s+|especially\s+|vividly\s+)?(?:remember|recall)\s+(?:a|an|one)\b"
                   r"|\bI(?:\s+have|['\u2019]ve)?\s+just\s+finished\s+(?:seeing|treating|examining|talking\s+(?:to|with)|speaking\s+(?:to|with))\s+(?:a|an)\b"
                   # the writer's visit under way: "I'm visiting a tenant I've been working with"
                   r"|\bI(?:\s+am|['\u2019]m)\s+(?:now\s+|currently\s+)?(?:visiting|seeing|supporting|treating|caring\s+for|"
                   r"working\s+with|assisting|helping|advising|representing)\s+(?:a|an)\b"
                   # "I have an employee who ...", "we have a clerk who ..."
                   r"|\b(?:I|[Ww]e)(?:\s+have|\s+had|['\u2019]ve)\s+(?:got\s+|had\s+)?(?:a|an)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:who|that\s+(?:I|we))\b"
                   # one place's own post holder: "The hall already has a cleaner who comes in"
                   r"|\b[Tt]he\s+[a-z]+\s+(?:already|currently|now)\s+(?:has|had)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+who\b")

# one the writers asked, who came to the writer or wrote ("We asked a current visitor to give a view on her time", "A
# support worker visited me ... She suggested", "an email message for me arrived from a young veteran"); read only
# outside a clause opened by "if", "when", "once" ... (``_IF_BEFORE``: "Once a nurse has visited me, she will ...")
_THEY_MET = re.compile(r"\b[Ww]e\s+(?:recently\s+|also\s+|then\s+|once\s+)?(?:asked|interviewed|spoke\s+to|talked\s+to|met|invited)\s+(?:a|an|one)\b"
                       r"|\b(?:[Aa]n?|[Oo]ne)\s+(?:(?!(?:has|have|had|will|would|may|can|could|should|must|who|that|which)\b)[\w-]+\s+){1,3}?(?:visited|phoned|rang|"
                       r"called|contacted|came\s+to\s+see|helped|met)\s+(?:me|us)\b"
                       r"|\b(?:e-?mail|message|letter|call|note)\s+(?:for\s+(?:me|us)\s+)?(?:arrived|came)\s+(?:today\s+)?from\s+(?:a|an)\b")

# "the first patient I ever helped", "the last client we ever saw": one the writer met, picked out by when (a past
# form: not "the only nurse we employ on nights")
_FIRST_MET = re.compile(r"\s+(?:(?:that|who|whom)\s+)?(?:I(?:\s+have|\s+had|['\u2019]ve|['\u2019]d)?\s+(?:ever\s+|first\s+|last\s+)?|"
                        r"we(?:\s+have|\s+had|['\u2019]ve|['\u2019]d)?\s+ever\s+)"
                        r"(?:seen|saw|met|treated|visited|nursed|cared\s+for|looked\s+after|spoke\s+to|spoken\s+to|admitted|examined|"
                        r"assessed|worked\s+with|supported|employed|managed|helped|had|counselled|interviewed)\b")
# "I've had a ...": not a form's declaration or a referee's statement ("I confirm that I have had a doctor explain ...")
_HAD_A = re.compile(r"\bhad\s+(?:a|an)$")
_DECLARES = re.compile(r"\bI\s+(?:hereby\s+|can\s+)?(?:confirm|declare|certify|agree|understand|consent|acknowledge)\b|"
                       r"\bI\s+have\s+(?:read|been\s+given|been\s+told)\b|\b(?:declaration|referee|statement)\b|"
                       r"\bon\s+placement\b", re.I)
_CAN = re.compile(r"\b(?:can|may)\b", re.I)
_RULE_NOW = re.compile(r"\b(?:will|must|shall|should|ought\s+to|needs?\s+to|is\s+required\s+to)\b", re.I)


def met_before(ctx, role: str, det: str = "a") -> bool:
    """The role (an "a"/"an" antecedent) is one the writer has met or has ("I have an employee who ..."), in
    the pronoun's two sentences or in the few before them, where the antecedent may have been found; or (a "the"
    one) the first, last or only one the writer met ("The first patient I ever helped was ...")."""
    role = role.lower()
    if det == "the":        # (with no duty on them now: "the only volunteer I managed ... must email me his timesheet")
        at = ctx.text.lower().rfind("the " + role, max(0, ctx.prev_start - 300), ctx.start)
        if role.startswith(("first ", "last ", "only ")):
            return at >= 0 and _FIRST_MET.match(ctx.text, at + 4 + len(role)) is not None and not _RULE_NOW.search(ctx.sentence)
        # or the one just met, named again, with no rule on them: "I am currently assisting a client ... The client has ... her"
        return at >= 0 and not DUTY.search(ctx.sentence) and _met_in(ctx, role, max(0, ctx.prev_start - 300), at)
    if det in ("a", "an") and not _RULE_WORD.search(ctx.sentence):
        told = _once_told(role).search(ctx.text, max(0, ctx.prev_start - 300), ctx.start)
        if told and not _new_mention(role).search(ctx.text, told.end(), ctx.start):
            return True     # an anecdote: "A conference official once expressed frustration that his pastor ..."
    return _met_in(ctx, role, max(0, ctx.prev_start - 300), ctx.start)


@functools.lru_cache(maxsize=256)
def _once_told(role: str):      # "a <role> once <did>": one person, what they did one time (not "a member who once resigned")
    return re.compile(r"\b[Aa]n?\s+(?:[\w-]+\s+){0,2}?" + re.escape(role) + r"\s+once\s+"
                      r"(?:[a-z]{3,}ed|told|said|wrote|came|went|made|gave|took|saw|sent|rang|met|spoke|thought|felt)\b", re.I)


# a rule or a possibility in the pronoun's sentence: no anecdote ("A governor once elected serves ..., and he may stand again")
_RULE_WORD = re.compile(r"\b(?:must|should(?!\s+(?:(?:never|not)\s+)?have\b)|shall|will|may|can|cannot|could|would|might|needs?\s+to|has\s+to|have\s+to)\b"
                        r"|\w['\u2019]ll\b", re.I)


def _met_in(ctx, role: str, lo: int, hi: int) -> bool:
    """An account of meeting one ``role`` (``_I_MET``) starts between ``lo`` and ``hi``, with no new one after it
    before the pronoun."""
    for m in _I_MET.finditer(ctx.text, lo, hi):
        if _HAD_A.search(m.group(0)) and _DECLARES.search(ctx.text, max(0, m.start() - 120), ctx.sent_end):
            continue
        if role in ctx.text[m.start():m.end() + len(role) + 30].lower() \
                and not _new_mention(role).search(ctx.text, m.end(), ctx.start):
            return True     # (not "... A tenant in arrears should speak to his landlord": a new one, in general)
    for m in _THEY_MET.finditer(ctx.text, lo, hi) if not DUTY.search(ctx.sentence) else ():
        if m.group(0)[:2].lower() != "we" and (_RULE_NOW.search(ctx.sentence) or _CAN.search(ctx.sentence)):
            continue        # ("A nurse who has visited us before will know the way; she can let herself in")
        opening = max(ctx.text.rfind(". ", 0, m.start()), ctx.text.rfind("\n", 0, m.start())) + 1
        if _IF_BEFORE.search(ctx.text, opening, m.start()) is None and _named_role(role).search(ctx.text, m.start(), m.end() + len(role) + 24) \
                and not _new_mention(role).search(ctx.text, m.end(), ctx.start):
            return True
    return False


@functools.lru_cache(maxsize=256)
def _named_role(role: str):      # the role in the account itself or right after its "a" (up to two words between)
    return re.compile(r"\b(?:an?|one)\s+(?:[\w-]+\s+){0,2}?" + re.escape(role) + r"\b", re.I)


# the writer spoke to or met "someone": one person ("I spoke to someone who was frightened ... He comes to the hatch")
_I_MET_SOMEONE = re.compile(r"\bI(?:['\u2019]ve|\s+have|\s+had)?\s+(?:just\s+|recently\s+|once\s+|also\s+|then\s+|later\s+)?"
                            r"(?:spoke\s+to|spoken\s+to|talked\s+to|met|saw|seen|helped|phoned|rang|visited|sat\s+with)\s+(?:someone|somebody)\b")
_IF_BEFORE_MET = re.compile(r"\b(?:if|when|whether|can|could|should|what)\b[^.?!]*$", re.I)
_SOMEONE = re.compile(r"\b(?:someone|somebody)\b", re.I)


def met_someone(ctx) -> bool:
    """The pronoun's "someone" is one the writer spoke to or met, in the few sentences before it, with no other
    "someone" between (not "If someone comes to you for help, ask him ...") and not in a question or a condition."""
    for m in _I_MET_SOMEONE.finditer(ctx.text, max(0, ctx.prev_start - 300), ctx.start):
        opening = max(ctx.text.rfind(". ", 0, m.start()), ctx.text.rfind("\n", 0, m.start())) + 1
        if _IF_BEFORE_MET.search(ctx.text, opening, m.start()) is None \
                and _SOMEONE.search(ctx.text, m.end(), ctx.start) is None and "?" not in ctx.text[m.end():ctx.start]:
            return True
    return False


def one_of_mine_before(ctx, role: str) -> bool:
    """The role (a "the" antecedent, a bare one, or "one of the ...") is one the writer picked out of their own ("One
    of my patients had been listed for surgery ... the patient would need ...", "One of our residents ... When resident
    is restless, ... him"), in the few sentences before the pronoun, with no new "a patient ..." in between; or one of
    a group the writer describes ("One of the porters is a keen cyclist and he ..."), or one the writer has dealt with
    ("I have invited the employee ... he is refusing"), outside a routine."""
    if role.lower().startswith(("one of the ", "another of the ")):
        return _described_as_one(ctx, role)
    lo = max(0, ctx.prev_start - 300)
    if _I_WORD.search(ctx.text, lo, ctx.start) and (m := _dealt_with(role).search(ctx.text, lo, ctx.start)) and not DUTY.search(ctx.sentence) \
            and not _IF_BEFORE.search(ctx.text, max(0, m.start() - 80), m.start()):
        return True         # the writer's own dealings with that person: "I have invited the employee ... he is refusing"
    if lacks_rx(ctx, _ONE_OF_MINE) or DUTY.search(ctx.sentence) or _UNDER_RULE.search(ctx.sentence):
        return False        # ("Under the new policy, the resident must tell his key worker": a rule)
    role = role.lower()
    for m in _ONE_OF_MINE.finditer(ctx.text, max(0, ctx.prev_start - 600), ctx.start):
        if m.group(0).endswith(" the " + m.group(1)) and _anyone_of_them(ctx, m):
            continue
        if m.group(1).lower().rstrip("s") == role.rstrip("s") and not _new_mention(role).search(ctx.text, m.end(), ctx.start):
            return True
    return False


_I_WORD = re.compile(r"\bI\b")      # (the cheap test first: most windows hold no "I")


@functools.lru_cache(maxsize=256)
def _dealt_with(role: str):
    return re.compile(r"\bI(?:\s+(?:have|had)|'ve|\u2019ve)?\s+(?:invited|interviewed|suspended|dismissed|warned|visited|seen|"
                      r"spoken\s+to|met|phoned|emailed|written\s+to|wrote\s+to)\s+the\s+(?:[\w-]+\s+)?" + re.escape(role)
                      + r"\b(?!-|\s+(?-i:[A-Z]))", re.I)      # (not "the Patient Panel")


# what one of a group is or was, with no duty laid on them: "One of the guards is a Muslim and ... he has his mat"
_IS_ONE = re.compile(r"\s+(?:is|was|has|had)\s+(?:a|an)\s+")
_IF_BEFORE = re.compile(r"\b(?:if|when|whenever|where|unless|whether|should|once|after|before|each\s+time|every\s+time)\b[^.;:]*$", re.I)
_ALLOWED = re.compile(r"\b(?:may|can|cannot)\b", re.I)


def _described_as_one(ctx, role: str) -> bool:
    """The pronoun's antecedent is one of a group the writer describes in the present or past ("One of the guards
    is a Muslim ... he"), not in a condition ("If one of the trustees is a minor, ...") and with no rule from the
    pronoun on ("... and he must lock up", "he may appoint")."""
    at = ctx.text.rfind(role, max(0, ctx.prev_start - 300), ctx.start)
    return at >= 0 and _IS_ONE.match(ctx.text, at + len(role)) is not None \
        and not _IF_BEFORE.search(ctx.text, max(0, at - 80), at) and not DUTY.search(ctx.text, ctx.start, ctx.sent_end) \
        and not _ALLOWED.search(ctx.text, ctx.start, ctx.sent_end)


_UNDER_RULE = re.compile(r"\b(?:under|according\s+to)\s+(?:the|our|this)\s+(?:new\s+)?(?:policy|procedure|rules?|scheme)\b|\bin\s+future\b", re.I)
# (or one of a group the writer watches: "One of the audiologists puts some toys in front of Sara. The audiologist puts her hand ...")
_ONE_OF_MINE = rx(r"\b(?:[Oo]ne|[Aa]nother) of (?:my|our|the) (?:[\w-]+ ){0,2}?([a-z]+s)\b(?! (?:who|that|should|must|may|will|can|would|could)\b)")


# "one of the nurses" as whichever of them a routine or a request finds: the reader addressed, a condition, a round
# ("each shift", "on admission"), an office the group fills ("acts as treasurer"), or a request ("ask one of the ...")
_ROUTINE_ONE = re.compile(r"\b(?:you|your|if|whenever)\b|\b(?:each|every)\s+(?:day|night|shift|morning|evening|week|meeting|time|"
                          r"visit|session|term|performance|match|event)\b|\bon\s+admission\b", re.I)
_OFFICE_ONE = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:acts?\s+as|serves?\s+as|is\s+(?:named|designated|appointed|elected|chosen)|"
                         r"takes?\s+the\s+chair|is\s+on\s+call)\b", re.I)
_SEEKS_ONE = re.compile(r"\b(?:ask|contact|call|phone|speak\s+to|talk\s+to|see|by|from|with)\s+$", re.I)


def _anyone_of_them(ctx, m) -> bool:
    """"One of the <role>s" (match ``m``) is whichever one a routine, an office or a request finds, not one watched."""
    return _ROUTINE_ONE.search(ctx.text, max(0, ctx.prev_start - 600), ctx.sent_end) is not None \
        or _OFFICE_ONE.match(ctx.text, m.end()) is not None or _SEEKS_ONE.search(ctx.text, max(0, m.start() - 40), m.start()) is not None


@functools.lru_cache(maxsize=256)
def _new_mention(role: str):
    return re.compile(r"\b(?:[Aa]n?|[Aa]ny|[Ee]ach|[Ee]very)\s+(?:[\w-]+\s+)?" + re.escape(role) + r"\b", re.I)
