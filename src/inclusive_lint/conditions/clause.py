"""Which candidate a pronoun refers to inside its own clause.

The nearest noun before a pronoun is usually its antecedent, but not always:

- a reflexive ("introduce herself") refers to the subject of its clause;
- a subject pronoun that opens a coordinated clause ("... will visit your mother and she
  will ...") carries the subject of the clause before it;
- "in his best interests" refers to the person being cared for;
- a noun given as an example ("such as your father") is never the antecedent.

Helpers only (no conditions): ``pronouns.py`` asks :func:`clause_subject` for a better
candidate than the nearest one. Candidates are the tuples built there:
(end, start, kind, text, determiner, possessive), offsets inside ``window``.
"""
from __future__ import annotations

import re

REFLEXIVE = {"himself", "herself"}
NOMINATIVE = {"he", "she"}
POSSESSIVE = {"his", "her", "him"}

_EXAMPLE_CUE = re.compile(r"(?:\bsuch as|\bfor example|\be\.g\.?|\bfor instance|\blike|\bincluding|\bsay|\()"
                          r"[\s,:]*(?:(?:a|an|the|your|their|his|her|my|our|any|some|one|another)\s+)?$", re.I)
# where a clause starts: punctuation that closes one, a relative or complement word, a new sentence
# (a line broken inside a sentence, the next line going on in lower case, is no boundary)
_BOUNDARY = re.compile(r"[;:]|\n(?![^\S\n]*(?-i:[a-z]))|\s-\s|\b(?:who|which|that|whose)\b|[.!?]\s", re.I)
_RELATIVE = re.compile(r"\s*(?:who|which|that|whose)\b", re.I)
# a verb whose object is the subject of the infinitive after it ("needed someone to sit with
# him"); not an imperative with a purpose clause ("contact a funeral director to inform him")
_CONTROL = re.compile(r"\b(?:needs?|needed|wants?|wanted|asks?|asked|allows?|allowed|expects?|expected|gets?|got|"
                      r"tells?|told|invites?|invited|arranges? for|arranged for|waits? for|waited for|would like|"
                      r"requires?|required|encourages?|encouraged|persuades?|persuaded|permits?|permitted|"
                      r"enables?|enabled)\s+(?:[\w'-]+\s+){0,2}$", re.I)
_INFINITIVE = re.compile(r"\s+to\s+(?!be\b)[a-z]+\b(?!\s+(?:him|her)\b)")
_SUBORDINATE = re.compile(
    r"\s*(?:(?:however|also|but|and|so|then|otherwise|in addition|equally),?\s+)?(?:if|when|whenever|where|wherever|while|whilst|once|after|before|until|unless|although|though|"
    r"because|as soon as|on arrival(?: at)?|as|during|for|in)\b[^,]{0,120},", re.I)
_COORDINATED = re.compile(r"(?:,\s*|\s)(?:and|but|or|then|so|and then|but then)\s+(?:\w+ly\s+)?$", re.I)
_OBJECT_BEFORE = re.compile(
    r"\b(?:to|with|for|by|from|about|of|at|on|in|into|towards|visit(?:s|ing)?|ask(?:s|ing)?|tell(?:s|ing)?|"
    r"phone(?:s|ing)?|call(?:s|ing)?|contact(?:s|ing)?|meet(?:s|ing)?|see(?:s|ing)?|help(?:s|ing)?|"
    r"support(?:s|ing)?|greet(?:s|ing)?|consult(?:s|ing)?)\s+$", re.I)
_BEST_INTERESTS = re.compile(r"\s*(?:own\s+)?best[- ]interests?\b", re.I)
_CARED_FOR = re.compile(r"\b(?:patient|person|service user|service-user|resident|client|individual|adult|"
                        r"child|young person|baby|infant|inpatient|user)s?\b", re.I)


def is_example(window: str, start: int) -> bool:
    """The candidate at ``start`` is given as an example ("such as your father"); not the subject of a
    sentence that opens on "For example," ("For example, the patient may feel he ..."), nor of a clause with the
    example after its opening word where the noun is one case of a role named before ("a surviving spouse ... If, for
    example, a wife died ... her husband")."""
    m = _EXAMPLE_CUE.search(window[max(0, start - 25):start])
    if m is None or _OPENING_EXAMPLE.search(window, max(0, start - 25), start) is not None:
        return False
    return _EMBEDDED_EXAMPLE.search(window, max(0, start - 40), start) is None or not _instance_of_earlier(window, start)


_OPENING_EXAMPLE = re.compile(r"(?:^|[.!?:]\s+)(?:For example|For instance),?\s+(?:(?:the|a|an|your|their|any|one)\s+)?$")
# after the clause's opening word: "If, for example, a wife died ... her husband" (the subject of the example only
# where it is one case of a role named before it: a wife of "a surviving spouse", not a son of an employee on leave)
_EMBEDDED_EXAMPLE = re.compile(r"(?:^|[.!?:]\s+)(?:If|When|Where|Suppose|Say|So),\s+(?:for\s+(?:example|instance)|say),?\s+"
                               r"(?:(?:the|a|an|your|their|any|one)\s+)?$")
_CASE_OF = (("husband|wife|widow|widower", r"spouse|partner"), ("son|daughter", r"child|children"),
            ("mother|father|mum|dad", r"parent"), ("brother|sister", r"sibling"))


def _instance_of_earlier(window: str, start: int) -> bool:
    """The sexed noun at ``start`` is one case of a neutral role the window names before it."""
    for sexed, neutral in _CASE_OF:
        if re.match(r"(?:" + sexed + r")\b", window[start:], re.I):
            return re.search(r"\b(?:" + neutral + r")s?\b", window[:start], re.I) is not None
    return False


def _clause_start(window: str, pos: int) -> tuple[int, bool]:
    """(start of the clause that ends at ``pos``, whether it opens with a relative word)."""
    start = 0
    for m in _BOUNDARY.finditer(window, 0, pos):
        start = m.end() if not _RELATIVE.match(m.group(0)) else m.start()
    relative = _RELATIVE.match(window, start) is not None
    if relative:
        start = _RELATIVE.match(window, start).end()
    else:
        sub = _SUBORDINATE.match(window, start, pos)
        if sub:
            start = sub.end()
    return start, relative


# "Your named nurse this week is Hannah Lewis": the role holder is that person
_IS_NAMED = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:is|was|will be)\s+", re.I)
_APPOSITION_GAP = re.compile(r"(?:\s+(?:of|for|in)\s+[\w &-]{1,30}?)?\s*,?\s*")


def _subject_of(window: str, start: int, end: int, relative: bool, cands: list):
    # (a possessive is never its clause's subject: "families overrule their loved one's wishes")
    inside = sorted((c for c in cands if start <= c[1] and c[0] <= end and not c[5]), key=lambda c: c[1])
    for c in inside:
        if not _OBJECT_BEFORE.search(window[max(start, c[1] - 20):c[1]]):
            named = [d for d in inside if d[2] == "named" and c[0] <= d[1] <= c[0] + 40
                     and (_APPOSITION_GAP.fullmatch(window, c[0], d[1]) or _IS_NAMED.fullmatch(window, c[0], d[1]))]
            return named[0] if named else c          # "Our carer, Sarah, ...", "Our Director of Nursing, Jo Ede,"
        break
    if relative and not inside:
        before = [c for c in cands if c[0] <= start]
        if before:
            return max(before, key=lambda c: c[0])   # "a care assistant, who will introduce herself"
    return None


_SENTENCE_START = re.compile(r"[.!?]['\")\]]*\s+|\n")


def lead_in_subject(window: str, end: int, cands: list):
    """The subject of the lead-in sentence that ends at ``end`` ("An uncle who cares for the
    child can apply by:"), which the list items after it continue; None if it has none."""
    start = 0
    for m in _SENTENCE_START.finditer(window, 0, max(0, end - 1)):
        start = m.end()
    return _subject_of(window, start, end, False, cands)


_AFTER_OBJECT = (r"(?:about|to|for|if|whether|that|what|when|how|and|or|into|onto|in|on|at|with|from|up|out|over|off|through|"
                 r"around)\b|[,.;:!?]|$")
_OBJECT_PRONOUN = re.compile(r"\s*(?:" + _AFTER_OBJECT + ")", re.I)


def object_pronoun(pronoun: str, after: str) -> bool:
    """'him', or 'her' as an object ("ask her about"), not a possessive ("ask her name")."""
    p = pronoun.lower()
    return p == "him" or (p == "her" and _OBJECT_PRONOUN.match(after) is not None)


def not_clause_subject(window: str, pronoun: str, cands: list, after: str, best):
    """An object pronoun ("the nurse will ask him") never means the subject of its own clause:
    the candidate before that subject, or None when the nearest candidate is not the subject."""
    controlled = _INFINITIVE.match(window, best[0]) is not None \
        and _CONTROL.search(window, max(0, best[1] - 30), best[1]) is not None
    if not object_pronoun(pronoun, after):
        # a pronoun further on in the same sentence ("... with him while his wife was out") goes on
        # with the object pronoun before it, not with the infinitive's subject
        if not controlled or _SENTENCE_START.search(window, best[0]) is not None:
            return None
        obj = _OBJECT_HIM if pronoun.lower() in ("he", "his", "himself") else _OBJECT_HER
        m = obj.search(window, best[0])
        if m is None or _BOUNDARY.search(window, best[0], m.start()) is not None:
            return None
        return _outside_infinitive(cands, best)
    if window.startswith("'s ", best[0]) and best[2] in ("named", "gendered"):
        return None     # "Colin's wife could not cope with him": a named owner is not the subject, so may be whom it means
    start, relative = _clause_start(window, len(window))
    # "..., and this makes him feel ...": a clause of its own, whose subject is not a person
    for m in _THING_CLAUSE.finditer(window, start):
        start, relative = m.start(), False
    # "... needed someone to spend time with him": the nearest noun is the subject of the
    # infinitive that holds the pronoun, so the pronoun is someone else
    infinitive = controlled and _BOUNDARY.search(window, best[0]) is None
    if not infinitive and _subject_of(window, start, len(window), relative, cands) is not best:
        return None
    if infinitive:
        return _outside_infinitive(cands, best)
    earlier = _earlier(cands, best)
    if earlier is None and _OPENS_SENTENCE.search(window, 0, best[1]) and _MODAL_VERB_TO.fullmatch(window, best[0]):
        # no one before a subject that opens the sentence and governs the pronoun directly: whoever is named
        # further back ("What if your daughter is ill?" / "The nurse will arrange for her to"; see further_back)
        return (best[0], best[1], "unnamed", "", "", False)
    return earlier


def _earlier(cands: list, best):
    earlier = [c for c in cands if c[0] <= best[1]]
    return max(earlier, key=lambda c: c[0]) if earlier else None


def _outside_infinitive(cands: list, best):
    """The candidate before the infinitive's subject ``best``; with no one else before it, someone
    the window does not name ("Mike ... needed someone to sit with him")."""
    return _earlier(cands, best) or (best[0], best[1], "unknown", "", "", False)


# someone's own ("my new partner"), read by the pronoun candidates
OWNED = re.compile(r"\b(?:my|his|her)\s+$", re.I)
# (after a fronted phrase of time too, "Five days after surgery, the doctor declared him fit", with no clause or
# person in it: not "When a new cook joins, everyone ...", "Speaking with a believer, the chaplain ...")
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?:]\s+|\n)\s*(?:(?!(?:If|When|Whenever|Where|Once|Unless|Although|Though|While|Whilst|As|Because|"
                             r"Since|Before|After|Until|Whether|For)\b)(?-i:[A-Z])(?![a-z]+ing\b)(?:(?!\b(?:a|an|the|this|that|these|those|"
                             r"his|her|their|its|my|your|our|each|every|any|some|one|someone|anyone|everyone|people|person)\b)"
                             r"[^,.!?;:\n]){0,60},\s*)?$")
# the subject's own verb, after a modal or in the past ("will arrange for her to", "declared him"; not "gives him", "and him")
_MODAL_VERB_TO = re.compile(r"\s+(?:(?:will|would|can|could|may|might|should|must|shall)\s+[a-z]+|(?!(?:need|feed|proceed|exceed|succeed)\b)"
                            r"[a-z]{2,}ed|gave|told|sent|took|brought|saw|met|kept|left|let|made|got)\s+(?:for\s+|with\s+|to\s+)?", re.I)
_THING_CLAUSE = re.compile(r",\s*(?:and|but|or|so)\s+(?:this|that|it|these|those|there)\b", re.I)
_OBJECT_HIM = re.compile(r"\bhim\b", re.I)
_OBJECT_HER = re.compile(r"\bher\b(?=\s*(?:while|whilst|as|" + _AFTER_OBJECT + "))", re.I)


# a telling verb and its object, then what is told: "Tell your child he will need a blood test"
_TOLD = re.compile(r"\b(?:tell|tells|told|remind|reminds|reminded|reassure|reassures|reassured|warn|warns|warned|"
                   r"promise|promises|promised|assure|assures|assured)\s+"
                   r"(?:(?:your|the|a|an|their|our|each|every)\s+(?:[\w-]+\s+)?)?$", re.I)
_TOLD_VERB = re.compile(r"\s+(?:will|would|is|was|can|could|may|might|must|should|has|had|needs|does|did|won't|doesn't|"
                        r"isn't|can't|needn't|is\s+not|does\s+not|will\s+not)\b", re.I)


def told_object(window: str, cand, after: str) -> bool:
    """The noun right before the pronoun is the object of a telling verb, and the pronoun opens
    what that person is told ("Tell your child he will feel a sharp scratch"), not a clause about
    the noun ("the person he told")."""
    return _TOLD.search(window, max(0, cand[1] - 40), cand[1]) is not None and _TOLD_VERB.match(after) is not None


def clause_subject(window: str, pronoun: str, cands: list, after: str):
    """The candidate the pronoun at the end of ``window`` refers to by its clause, or None when
    the clause says nothing beyond "the nearest noun"."""
    pron = pronoun.lower()
    pos = len(window)
    if pron in POSSESSIVE and _BEST_INTERESTS.match(after):
        # the person being cared for: a patient-like role, else a specific person ("your father")
        cared = [c for c in cands if c[2] == "generic" and _CARED_FOR.search(c[3])] or \
            [c for c in cands if c[2] in ("named", "gendered")]
        return max(cared, key=lambda c: c[0]) if cared else None
    if pron in REFLEXIVE:
        start, relative = _clause_start(window, pos)
        return _subject_of(window, start, pos, relative, cands)
    if pron in NOMINATIVE:
        coord = _COORDINATED.search(window, max(0, pos - 30))
        if coord is not None:
            start, relative = _clause_start(window, coord.start())
            return _subject_of(window, start, coord.start(), relative, cands)
        # a sentence that opens with "She" carries on the subject of the sentence before, not its
        # object: "Your midwife will check your baby. She'll weigh him ...", also after a short linking
        # phrase ("In that case, she ...", "Then he ...")
        cut = _SENTENCE_END.search(window)
        if cut is not None:
            start, relative = _clause_start(window, cut.start())
            return _subject_of(window, start, cut.start(), relative, cands)
        # the subject of a main clause after a fronted "When ..." clause carries on that clause's
        # subject, not its object: "When an employee, Lisa, adopts a child, she ..."
        fronted = _FRONTED.search(window, max(0, pos - 220))
        if fronted is not None:
            return _subject_of(window, fronted.start("clause"), fronted.end("clause"), False, cands)
    return None


_FRONTED = re.compile(r"(?:^|[.!?]['\")\]]*\s+|\n)[^\S\n]*(?:When|If|Once|After|Before|As soon as|Whenever|Unless|Until|"
                      r"While|Whilst)\s+(?P<clause>[^.;:!?\n]{3,200}?),\s*$")


_SENTENCE_END = re.compile(r"[.!?]['\")\]]*\s+(?:(?:In (?:that|this|such a) case|If so|Then|After that|Next|"
                           r"However|Also|Here|There|At that point|Afterwards),?\s+)?$")


# the agent of a passive verb: "Aphra was referred for counselling by the GP and waited ... her"
_BY_AGENT = re.compile(r"\b(?:was|were|is|are|been|being|be|get|got)\s+(?:\w+\s+)?(?:[a-z]+(?:ed|en)|dealt|made|held|kept|sent|brought|"
                       r"caught|found|paid|led|met|heard|taught|left|done|told|sold|built|set|won|lost)\s+(?:[\w-]+\s+){0,4}?by\s+"
                       r"(?:(?:the|a|an|your|their|his|her|our)\s+(?:[\w-]+\s+)?)?$", re.I)


def passive_agents(window: str, cands: list) -> list:
    """``cands`` without the agent of a passive verb whose subject, earlier in the same sentence, is
    another candidate: the subject, not the agent, is who a later pronoun goes on with."""
    out = []
    for c in cands:
        start = max(window.rfind(". ", 0, c[1]), 0)
        if _BY_AGENT.search(window, max(start, c[1] - 80), c[1]) and any(
                d is not c and start <= d[1] and d[0] <= c[1] for d in cands):
            continue
        out.append(c)
    return out or cands


_PHRASE_OPEN = re.compile(r"\b(?:at|to|in|on|from|into|near|outside|inside|after|before|during|about)\s+$", re.I)
_FULL_STOP = re.compile(r"[.!?]\s")
_TOLD_PAST = re.compile(r"\b(?:had|was|were|[a-z]{3,}ed)\b")
_RULE_ON = re.compile(r"\b(?:must|should|shall|will|may|can|unless|if)\b", re.I)


def possessor_in_phrase(window: str, cand, cands) -> bool:
    """The candidate is a possessor inside a phrase of place or time ("... who was admitted after keeling over at a
    friend's funeral"), in a past account of someone else met earlier in its sentence ("an older patient"): the account
    is about that one (not an instruction: "Dr Shah asks staff to keep their voices down at a patient's bedside")."""
    return cand[5] and cand[2] == "generic" and _PHRASE_OPEN.search(window, max(0, cand[1] - 12), cand[1]) is not None \
        and not _RULE_ON.search(window, cand[0], _end_of_sentence(window, cand[0])) and any(
            d[0] <= cand[1] and not d[5] and d[2] == "generic" and d[4] in ("a", "an") and not _FULL_STOP.search(window, d[0], cand[1])
            and _TOLD_PAST.search(window, d[0], cand[1])
            for d in cands)


def _end_of_sentence(window: str, at: int) -> int:
    m = _FULL_STOP.search(window, at)
    return m.start() if m else len(window)
