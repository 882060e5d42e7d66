"""Who a pronoun could mean: the people a window of text before it names (a role with its
determiner, a named or titled person, a sexed noun, a list's subject, a template's placeholder),
as (end, start, kind, text, determiner, possessive) tuples for ``pronouns.py`` to choose among."""
from __future__ import annotations

import functools
import re

from .antecedent_cues import (_ADJECTIVE_ROLES, _ALSO_PREDICATE, _INTENSIFIED, _OF_MINE, _plural, apposed_name, capital_kinds,
                              inverted_question, named_after, second_description, template_names)
from .clause import OWNED
from .given_names import _OPENS, _WORD_NAMES, first_names, known_first_name
from .named_people import _NAMED, _NOT_NAME, after_capital
from .names import NAME_HEAD_END
from .placeholders import placeholders
from .pronoun_chain import not_roles, theirs_named
from .pronoun_words import (GENERIC_ROLES, HEADING_END, _APPOSITION, _BARE_BABY, _BARE_OBJECT, _BARE_OFFICE, _BARE_POSSESSIVE, _BARE_ROLE, _COPULA, _GENDER_MOD, _GENDERED,
                            _GENERIC, _OFFICE_FOR, _OR_ROLE, _ROLE_TAIL, ONE_HOLDER, heading_roles, lead_roles)


_FULL_NAME_END = re.compile(r"(?-i:[A-Z][a-z]+[ \t]+[A-Z][a-z'-]+)$")     # "... Sam Pidgeon" after the role
_NEWLY = re.compile(r"^(?:new|former|current|shadow|then)\s+", re.I)


def _one_office(m) -> bool:
    """"the Home Secretary", "the new Health Secretary": an office one person holds at a time, named whole after "the"."""
    return (m.group("det") or "").lower() == "the" and bool(m.group("role")) and ONE_HOLDER.fullmatch(
        _NEWLY.sub("", (m.group("mods") or "") + m.group("role"))) is not None
_AT_EVENT = re.compile(r"\s+(?:at|for|on)\s+(?!(?:each|every|any|all)\b)", re.I)
# a rule's verb right after "a <role>", after an opening clause ending on a capitalised word that is not a titled
# name: the role is the subject of a clause of its own, not a description put after a name ("To stand for any post in
# the Union, a candidate must ...", against "Mr Patel, a nurse, said", "As agreed with Dr Lamb, a GP can ... her clinic")
_RULE_VERB = re.compile(r"\s+(?:must|should|shall|may|can|cannot|will|needs?\s+to|has\s+to|is\s+(?:required|expected|entitled)\s+to)\b")
_OPENING_CLAUSE = re.compile(r"(?:^|[.!?:;]\s+|\n)\s*(?:\(?(?:[ivx]{1,5}|[a-z]|\d{1,3})[.)]\s+)?(?:To|In|For|If|When|Where|Within|Under|As|At|On|After|Before|During|Once|"
                             r"Unless|Until|While|Whilst|Although|Because|Following)\b[^.!?;:\n,]*,\s*$")     # (after an item's "(iii)")
_TITLED_NAME = re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Sister|Nurse|Councillor|Cllr)\.?\s+[A-Z][\w'\u2019-]+,\s*$")
_RULE_AFTER = re.compile(r"\b(?:must|should|shall|needs?\s+to|is\s+required\s+to)\b", re.I)
_NTH_AUTHOR = re.compile(r"(?:first|second|third|fourth|last|present)\s+", re.I)
# the author's own experience, or what they did ("the first author's experience", "the first author was unsure"), not
# a rule in author guidelines ("the first author, who then keeps his co-authors informed")
_AUTHOR_TOLD = re.compile(r"['\u2019]s\s+(?:own\s+)?(?:experience|account|view|story|practice|role)\b|\s+(?:was|were|had|did|[a-z]{3,}ed)\b"
                          r"|\s+(?:would\s+(?:also\s+)?like\s+to\s+(?:state|note|add|say)|declares|states|confirms|discloses)\s+that\b", re.I)
# with no ordinal, only a finite verb of the writer's own thinking or doing, not in a clause opened by a condition:
# "the author felt she had moved too quickly" (not "the author concerned must", "If the author found an error, he should")
_AUTHOR_DID = re.compile(r"\s+(?:felt|thought|found|wrote|knew|saw|became|began|recalled|described|realised|realized|remembered|"
                         r"noticed|reflected|questioned|wondered|(?:would\s+(?:also\s+)?like\s+to\s+(?:state|note|add|say)|declares|states|confirms|discloses)\s+that)\b(?!\s+to\b)")
_CONDITION_OPEN = re.compile(r"(?:^|[.!?;:]\s+|,\s*)(?:if|when|whenever|unless|where|once)\b[^.!?]*$", re.I)
# a description set before the subject it describes: "Now a trainer for a hospice charity, she ..." (the window
# ends at the pronoun)
# (no verb before the comma: "Once a tenant has signed the agreement, he is ..." is a condition)
_FRONTED_BEFORE = re.compile(r"(?:^|[.!?]\s+|\n\s*)(?:(?:Now|Formerly|Previously|Today|Still|Already)\s+)?$")
_FRONTED_AFTER = re.compile(r"(?:(?!\b(?:is|are|was|were|has|have|had|been|be|will|can|may|must|should|would|could|does|do|did|"
                            r"[a-z]+ed)\b)[^.,;:!?\n]){0,80},\s*")
# "the Vicar here is willing": a post with one holder at a place, and what that person is or does
_ONE_HERE = re.compile(r"vicar|rector|chaplain|priest|minister|imam|rabbi|pastor|curate|warden|caretaker|matron|headteacher", re.I)
_HOLDER_HERE = re.compile(r"\s+here\s+(?:is|lives|knows|visits)\b(?!\s+(?:responsible|expected|entitled|required|anyone|any)\b)", re.I)
_CONTACT_BEFORE = re.compile(r"\b(?:contact|ring|call|phone|email|e-mail|write\s+to|apply\s+to|speak\s+to|ask(?:\s+for)?)\s+$", re.I)


def _holder_here(m, window: str) -> bool:
    """"the Vicar here is glad to talk": the one holder of a post at this place."""
    return (m.group("det") or "").lower() == "the" and _ONE_HERE.fullmatch(m.group("role")) is not None \
        and _HOLDER_HERE.match(window, m.end()) is not None


def _described_before(window: str, end: int) -> bool:
    """A named person before ``end`` whom the text is about, not one to contact ("please contact Helen Marsh. A
    senior clinician ..., he will manage" is a job's holder)."""
    names = list(_NAMED.finditer(window, 0, end))
    return bool(names) and _CONTACT_BEFORE.search(window, max(0, names[-1].start() - 20), names[-1].start()) is None


_METAL_LEAD = re.compile(r"\s+(?:aprons?|shield(?:s|ing)?|lin(?:ed|ing)|poisoning|pipes?|paint)\b", re.I)


@functools.lru_cache(maxsize=4096)     # the same window for several pronouns, and repeated boilerplate
def _cached_candidates(window: str) -> tuple:
    return tuple(_candidates(window))


def _window_candidates(window: str) -> list:
    """``_candidates(window)``: a fresh list (callers sort and filter it), worked out once per window."""
    return list(_cached_candidates(window))


def _candidates(window: str) -> list:
    cands, gendered = [], list(_GENDERED.finditer(window))     # (end, start, kind, text, det, possessive)
    for m in _GENERIC.finditer(window):
        if (m.group("det") or "").lower() in ("new", "relevant", "same") and OWNED.search(window, max(0, m.start() - 5), m.start()):
            continue        # "my new partner", like "my partner": someone's own, not anyone in the role
        if (m.group("role") or "").lower() == "speaker" and (m.group("det") or "").lower() in ("the", "our") \
                and _AT_EVENT.match(window, m.end()) and not _RULE_AFTER.search(window, m.end()):
            cands.append((m.end(), m.start(), "named", m.group(0), "", False))
            continue        # "the speaker at next month's cafe is a retired GP": one person announced
        if (m.group("role") or "").lower() == "individual" and _PLURAL_AFTER.match(window, m.end()):
            continue        # "the individual nurses and doctors were kind": an adjective
        simile = _SIMILE.search(window, max(0, m.start() - 40), m.start())
        if simile and (simile.group("ing") or (m.group("det") or "").lower() in ("a", "an")):
            continue        # "It was like seeing an old friend": a comparison, no one in the text
        if (m.group("role") or "").lower() == "lead" and _METAL_LEAD.match(window, m.end()):
            continue        # the metal: "a lead apron", "lead shielding"
        if (m.group("role") or "").lower() in ("author", "co-author", "coauthor") and (m.group("det") or "").lower() == "the" \
                and ((_NTH_AUTHOR.fullmatch(m.group("mods") or "") and _AUTHOR_TOLD.match(window, m.end()))
                     or (not m.group("mods") and _AUTHOR_DID.match(window, m.end())
                         and not _CONDITION_OPEN.search(window, max(0, m.start() - 120), m.start()))):
            cands.append((m.end(), m.start(), "named", m.group(0), "", False))
            continue        # "the first author's experience ... she", "the author felt she": one person who wrote the paper
        if (m.group("det") or "").lower() in ("a", "an") and _FRONTED_BEFORE.search(window, max(0, m.start() - 20), m.start()) \
                and _FRONTED_AFTER.fullmatch(window, m.end()) and _described_before(window, m.start()):
            continue        # "Dana Whitfield ... Now a trainer for a hospice charity, she teaches": what the named person now
            #                 is, no one new (not a job specification's "A qualified nurse ..., she will lead")
        possessive = window[m.end():m.end() + 2] in ("'s", "s'") or m.group(0).endswith("'s")
        cop = None if possessive else _COPULA.search(window, max(0, m.start() - 28), m.start())
        if cop and inverted_question(window, cop):
            cop = None      # "Is the patient a danger to himself?"
        elif cop is None and not possessive and second_description(window, m.start()):
            continue        # "... was a medical practitioner and a sexologist"
        if cop and not (cop.group(0).lower().startswith("as") and m.group("det") and m.group("det").lower() != "a"
                        and m.group("det").lower() != "an"):
            continue        # "he's a great nurse", "as a nurse": a description, not someone new;
            #                 "it is the chair's duty" names the chair
        if cop and _ALSO_PREDICATE.search(window, max(0, m.start() - 120), m.start()):
            continue        # "Mel Ive is the Regional Manager as well as the Chairperson": a second description
        if cop and _NAME_AS.search(window, max(0, m.start() - 40), m.start()):
            cands.append((m.end(), m.start(), "named", m.group(0), "", possessive))
            continue        # "elected Dr Hohaia as its chair": the office is that person's
        if m.group("role") and (_plural(m) or (m.group("role").lower() in _ADJECTIVE_ROLES
                                               and _INTENSIFIED.search(window, max(0, m.start("role") - 12), m.start("role")))):
            continue        # "the nurses": a plural noun is never what "he" or "she" points back to; "a most professional"
        if m.group("pro") and _NEEDS_SOMEONE.search(window, max(0, m.start() - 12), m.start()) \
                and _TO_CLAUSE_END.fullmatch(window, m.end()):
            continue        # "Your mom needs someone to help out around her home": the pronoun is the subject's
        if m.group("pro"):
            cands.append((m.end(), m.start(), "generic", m.group("pro"), "", possessive))
        elif m.group("mods") and _GENDER_MOD.search(m.group("mods")):
            cands.append((m.end(), m.start(), "gendered", m.group(0), "", possessive))
        elif (is_apposition(window[:m.start()]) and ((m.group("det") or "").lower() not in ("a", "an")
                                                     or _RULE_VERB.match(window, m.end()) is None
                                                     or _OPENING_CLAUSE.search(window, max(0, m.start() - 200), m.start()) is None
                                                     or _TITLED_NAME.search(window, max(0, m.start() - 60), m.start()) is not None)) \
                or _OFFICE_FOR.match(window, m.end()) or _one_office(m) or _holder_here(m, window) \
                or apposed_name(window, m.end(), titled=True) \
                or (m.group("role").islower() and (named_after(window, m.end()) or _OF_MINE.match(window, m.end()))) \
                or (m.group("det").lower() == "the" and _PAST_HOLDER.fullmatch(m.group("mods") or "")
                    and _HOLDER_LEFT.match(window, m.end()) and not _CONDITION_OPEN.search(window, max(0, m.start() - 120), m.start())) \
                or (m.group("det").lower() in ("a", "an") and _WE_KNOW.search(window, max(0, m.start() - 20), m.start())
                    and _WHOSE_STORY.match(window, m.end()) and not _CONDITION_OPEN.search(window, max(0, m.start() - 120), m.start())):
            # "Mr Patel, our manager,"; "the Secretary of State for Health": one office holder; "the previous supervisor
            # left": the one person who held the post then; "We have a family friend whose wife ...": one the writer knows
            cands.append((m.end(), m.start(), "named", m.group(0), "", possessive))
        else:
            cands.append((m.end(), m.start(), "generic", m.group("mods") + m.group("role"), m.group("det").lower(),
                          possessive))
    for rx_ in (_BARE_ROLE, _BARE_OBJECT, _BARE_BABY, _BARE_OFFICE):         # note style: "If child is Gillick competent", "help patient to"
        for m in rx_.finditer(window):
            cands.append((m.end("role"), m.start("role"), "generic", m.group("role"), "", False))
    for m in _OR_ROLE.finditer(window) if gendered else ():    # "the mother or adopter ... her partner" (opens on a _GENDERED match)
        cands.append((m.end("role"), m.start(), "generic", m.group(0), "", False))
    for m in _BARE_POSSESSIVE.finditer(window):         # "Describe child's life outside his own home"
        cands.append((m.end("role") + 2, m.start("role"), "generic", m.group("role"), "", True))
    cands += capital_kinds(window, _THING_TAIL)      # "a Scout ... his": one of a kind, not a name
    for m in _ONE_OFFICE.finditer(window) if "Ombudsman" in window or "Commissioner" in window else ():
        if _ASKED_OF.search(window, max(0, m.start() - 30), m.start()):
            continue        # "A complainant ... may take the matter to the Ombudsman, but he ...": the office is asked, not its holder
        cands.append((m.end(), m.start(), "named", m.group(0), "", window[m.end():m.end() + 2] in ("'s", "\u2019s")))
    cands += [(e, s, "named", window[s:e], sex, False) for e, s, sex in first_names(window)]     # "the client, Steve, ..."
    for m in placeholders(window):          # a template's "[FIRST NAME]": whoever the letter is for
        cands.append((m.end(), m.start(), "generic", "a template's placeholder", "", False))
    for m in lead_roles(window) + heading_roles(window):       # "Patient has the right to ...", "Patient Rights"
        cands.append((m.end("role"), m.start("role"), "generic", m.group("role"), "", False))
    for kind, found in (("named", _NAMED.finditer(window)), ("gendered", gendered)):
        for m in found:
            if kind == "named" and (_ROLE_TAIL.search(m.group(0)) or _THING_TAIL.search(m.group(0)) or _BENEFIT_NAME.search(m.group(0))
                                    or _LAW_NAME_AFTER.match(window, m.end()) or _in_body_name(window, m)
                                    or _A_KIND.search(window, max(0, m.start() - 40), m.start()) or after_capital(window, m)
                                    or (m.group(0)[0] == "," and _CAPITAL_BEFORE.search(window, max(0, m.start() - 30), m.start()))
                                    or (_INITIALLED.match(m.group(0)) and not known_first_name(m.group(0).split()[0])
                                        and (re.fullmatch(_NOT_NAME, m.group(0).split()[-1]) or _LABEL_WORD.fullmatch(m.group(0).split()[0])))):
                continue        # "Investigating Officer": a role; "Fire Safety Order": a law; "a Member Club"; "Hospital Pharmacy is"
            cands.append((m.end(), m.start(), kind, m.group(0), "", False))
    # one sexed noun of a pair ("a boy or girl", "son/daughter") is not a sexed person of its own
    # (nor one said to be usual among the role's holders: "The patient, usually a man, is convinced that he ...", but
    # where a condition runs in one sex it is who is meant: "The affected child, usually a boy, bruises easily and his")
    hedged = any(c[2] == "gendered" for c in cands) and not _SEX_LINKED.search(window)
    cands = [c for c in cands if c[2] != "gendered" or not (_PAIR_AFTER.match(window, c[0]) or _PAIR_BEFORE.search(
        window, max(0, c[1] - 16), c[1]) or (hedged and _HEDGED.search(window, max(0, c[1] - 48), c[1]))
        or (window[c[1] - 1:c[1]] in "(, " and _in_examples(window, c[1], c[0])))]
    pairs = [(c[1], c[0]) for c in cands if c[2] == "generic" and c[4] == "" and " or " in c[3]]
    if pairs:       # the sexed noun inside "the mother or adopter" is not a candidate of its own
        cands = [c for c in cands if c[2] != "gendered" or not any(a <= c[1] and c[0] <= b for a, b in pairs)]
    for m in _POST_FIELD.finditer(window) if ":" in window and not _PERSON_FIELD.search(window) else ():
        if m.group("label").lower().startswith(("job", "post", "title", "designation")) or _JD_CUE.search(window):
            cands.append((m.end("role"), m.start("role"), "generic", m.group("role"), "", False))   # "Job Title: Staff Nurse"
    if ":" in window:       # "Responsible to: Ward Sister, Matron": the posts above it, not the holder the duties are about
        cands = [c for c in cands if not (_ABOVE_POST.match(window, window.rfind("\n", 0, c[1]) + 1)
                                          and "\n" not in window[c[1]:c[0]])]
    cands = _same_role_again(window, cands)
    titled = [c for c in cands if c[2] == "named" and c[3][:1].isupper()]
    if titled:      # "our Volunteer Coordinator Sam Pidgeon": a capitalised role read into a full name is that person's title
        cands = [c for c in cands if c[2] != "generic" or not c[3][:1].isupper()
                 or not any(c[1] <= n[1] < c[0] < n[0] and _FULL_NAME_END.search(window, c[0], n[0]) for n in titled)]
    # ("Our nurse will ...": the bare role read at a sentence's start is the same noun as the one with its determiner)
    dets = {c[0] for c in cands if c[2] == "generic" and c[4]}
    cands = [c for c in cands if c[2] != "generic" or c[4] or c[0] not in dets] if dets else cands
    roles = not_roles(window)       # (the role inside "one of my clients" is that one person, not anyone in it)
    cands = [c for c in cands if not any(r[1] <= c[1] and c[0] <= r[0] for r in roles)] if roles else cands
    return template_names(window, theirs_named(window, cands + roles))


# a public office one person holds, named in capitals with no role word of ours: "the Ombudsman ... she can help you",
# "the Information Commissioner" (is whoever holds it now)
_ASKED_OF = re.compile(r"\b(?:to|contact|ask|asking|involve|approach|inform|notify|tell|write\s+to|complain\s+to|refer\w*\s+(?:it\s+|them\s+)?to)\s+$", re.I)
_ONE_OFFICE = re.compile(r"\b[Tt]he\s+(?:(?:Parliamentary\s+and\s+Health\s+Service|Local\s+Government(?:\s+and\s+Social\s+Care)?|Housing|"
                         r"Health\s+Service|Public\s+Services|Pensions|Legal|Prisons\s+and\s+Probation)\s+)?Ombudsman\b(?!\s+(?:scheme|service)s?\b)"
                         r"|\b[Tt]he\s+(?:Information|Children['\u2019]s|Older\s+People['\u2019]s|Victims['\u2019]|Domestic\s+Abuse|Patient\s+Safety)\s+"
                         r"Commissioner\b")
_PLURAL_AFTER = re.compile(r"\s+(?:nurses|doctors|carers|staff|members|workers|clinicians|practitioners|professionals|therapists|"
                           r"volunteers|patients|residents|teachers|officers)\b")
_SIMILE = re.compile(r"\b(?:it|this|that)\s+(?:is|was|felt|feels|seemed|seems)\s+(?:just\s+|rather\s+|a\s+bit\s+)?like(?P<ing>\s+[a-z]+ing)?\s+$", re.I)


def _in_examples(window: str, start: int, end: int) -> bool:
    """A sexed noun among examples in brackets ("say who he is (husband, son, etc.)") is nobody the text is about."""
    opened = window.rfind("(", max(0, start - 40), start)
    if opened == -1 or ")" in window[opened:start]:
        return False
    closed = window.find(")", end, end + 60)
    return closed != -1 and "(" not in window[end:closed] and _EXAMPLE_LIST.search(window, opened, closed) is not None


_EXAMPLE_LIST = re.compile(r"\betc\b|\be\.g\.|\bfor example\b|\bsuch as\b", re.I)
_HEDGED = re.compile(r"\b(?:usually|typically|often|mostly|generally|commonly|frequently|normally|predominantly|almost\s+always|"
                     r"more\s+often\s+than\s+not|in\s+most\s+cases),?\s+(?:an?\s+|the\s+)?(?:[a-z]+\s+)?$", re.I)
_SEX_LINKED = re.compile(r"\b(?:X[- ]linked|chromosomes?|haemophilia|hemophilia|Duchenne|affects?\s+(?:mainly\s+|mostly\s+|only\s+)?"
                         r"(?:boys|men|girls|women))\b", re.I)


def is_apposition(before: str) -> bool:
    """"Mr Patel, our estates manager": the role right after a name describes that person (not after an
    event: "At the Summer Fete, the Chair ...")."""
    m = _APPOSITION.search(before)
    if m is None:
        return False
    word = m.group(0).rstrip(", \t\n")
    if "," in word:         # a name and an age: a letter or a first name ("K, 15,", "Tom, 16,"; not "Newsletter, 12,")
        name = word.split(",")[0].strip()
        return len(name) == 1 or known_first_name(name) or name in _WORD_NAMES
    if word in _WORD_NAMES and _OPENS.search(before, max(0, m.start() - 4), m.start()):
        return True     # "Bill, an independent custody visitor, talks about ...": a first name opening its sentence, not a Bill
    return not _ROLE_TAIL.search(word) and re.fullmatch(_NOT_NAME, word) is None \
        and not _AT_EVENT_OPENING.search(before, max(0, m.start() - 60))


# an opening phrase naming an occasion: "At the Summer Fete,", "After the Awards Dinner,", "During each Open Evening,"
# (its last word an occasion's: not "At each AGM Dr Patel, our Chair, ...")
_AT_EVENT_OPENING = re.compile(r"\b(?:At|After|During|Following|Before|Since|Until)\s+(?:the|each|every|this|our|last|next)\s+"
                               r"(?:[A-Z][\w'\u2019-]*\s+){0,3}(?:Fete|Fair|Dinner|Evening|Day|Ball|Concert|Show|Run|Walk|Party|"
                               r"Lunch|Supper|Festival|Ceremony|Weekend|Camp|Tournament|Gala|Dance|Disco|Quiz|Service|Reception),\s*$")


def _same_role_again(window: str, cands: list) -> list:
    """"John Green, a 71-year-old patient, ... the patient has not played golf since he ...": once a
    named person is given a role in apposition ("a" or "an", not "our" or "the"), "the <role>" after it is that
    person where what they did is told (a past or perfect verb after the role), with no label between and no
    rule after it ("Rob Hale, a manager, ... the manager must record his reasons", "Job description: the practice
    nurse runs ... his")."""
    first = [(c[1], " " + c[3].lower()) for c in cands if c[2] == "named" and _APPOSED_ROLE.match(c[3])]
    if not first:
        return cands
    return [(c[0], c[1], "named", c[3], "", c[5]) if c[2] == "generic" and c[4] == "the"
            and any(at < c[1] and named.endswith(" " + c[3].lower()) and ":" not in window[at:c[1]] for at, named in first)
            and not _RULE_AFTER_ROLE.search(window, c[0]) and _told(window, c) else c for c in cands]


def _told(window: str, c: tuple) -> bool:
    """What the person in role ``c`` did is told: a past or perfect verb after it, or "The <role> <verb>s" opening
    its sentence ("The resident keeps his own vegetable patch")."""
    return _TOLD_PAST.search(window, c[0]) is not None or _PAST_AFTER_ROLE.match(window, c[0]) is not None or (
        _OPENS_ON_ROLE.match(window, c[0]) is not None and _SENTENCE_OPEN.search(window, max(0, c[1] - 4), c[1]) is not None)


_WE_KNOW = re.compile(r"\b(?:I|[Ww]e)\s+(?:have|had|know|knew|met)\s+$")
# ... with that person's story after it: "whose husband has been ...", "who worked ...", "with a serious condition" (not "a
# named nurse for every patient")
_WHOSE_STORY = re.compile(r"\s+(?:whose\b|who\s+(?:[a-z]+ly\s+)?(?:was|had|did|[a-z]{3,}ed)\b|in\s+[A-Z]|with\s+(?!(?:each|every|all|any)\b))")
_PAST_HOLDER = re.compile(r"(?:previous|former|outgoing|retiring)\s+", re.I)
# the holder leaving the post, told with nothing after the verb but the clause's end or when ("the previous supervisor
# left, a role she ..."; not "the previous tenant left belongings", "the former employee was dismissed")
_HOLDER_LEFT = re.compile(r"\s+(?:left|retired|resigned|stepped\s+down|moved\s+on)(?=\s*[,.;]|\s+(?:in|last|this|after|when)\b)")
_APPOSED_ROLE = re.compile(r"an?\s", re.I)
_RULE_AFTER_ROLE = re.compile(r"\b(?:must|should|shall|will|may|can|needs?\s+to|has\s+to|is\s+(?:required|expected|responsible)|under|"
                              r"when|whenever|each|every)\b", re.I)
# what that person did, told in the past or the perfect: "the patient has not played golf since he ..."
# or "The <role> <verb>s" opening its sentence: "The resident keeps his own vegetable patch"
_OPENS_ON_ROLE = re.compile(r"\s+[a-z]{2,}s\b")
_SENTENCE_OPEN = re.compile(r"(?:^|[.!?]\s+)$")
_TOLD_PAST = re.compile(r"\b(?:was|were|had|did|said|told|felt|went|came|has\s+(?:not\s+|never\s+)?(?:been|\w+ed))\b", re.I)
_PAST_AFTER_ROLE = re.compile(r"\s+(?:[a-z]+ly\s+)?[a-z]{3,}ed\b")      # "the support worker worked ..."
_PAIR_WORD = r"(?:boy|girl|son|daughter|man|woman|brother|sister|mother|father|husband|wife)"      # nouns, not "male or female only"
_PAIR_AFTER = re.compile(r"\s*(?:or|/)\s*(?:an?\s+|the\s+)?" + _PAIR_WORD + r"\b", re.I)
_PAIR_BEFORE = re.compile(r"\b" + _PAIR_WORD + r"\s*(?:or|/)\s*(?:an?\s+|the\s+)?$", re.I)
# a run of capitals naming a thing, not a person: "Intercountry Adoption", "an Affiliated Club"
_THING_TAIL = re.compile(r"(?:tion|sion|ment|ness|ship|ism|ogy|pathy|hood|dom)$|" + NAME_HEAD_END.pattern
                         + r"|" + HEADING_END.pattern)      # (not "-ence": Lawrence; not "-ity": Verity; a heading: "Job Summary")
# a job description's post field, "Job title: Staff nurse (Band 5)": the post the duties are about
_POST_FIELD = re.compile(r"^[ \t]*(?P<label>Job[ \t]+(?:title|role)|Role|Post(?:[ \t]+title)?|Designation|Position|Title[ \t]+of[ \t]+(?:the[ \t]+)?post)"
                         r"[ \t]*:[ \t]*(?P<role>(?:[\w-]+[ \t]+){0,3}?(?:" + GENERIC_ROLES + r"))[ \t]*"
                         r"(?:[,(-][ \t]*(?:Band|Grade|AfC)[ \t]*[\w/]{1,5}\)?)?[ \t]*$", re.I | re.M)
# (a bare "Role:" or "Position:" only in a job description; none in a reference or profile of one person: "Name: Tomasz Nowak")
_JD_CUE = re.compile(r"\b(?:Band|Grade|Responsible\s+to|Reports?\s+to|Accountable\s+to|Main\s+duties|Job\s+purpose)\b", re.I)
_PERSON_FIELD = re.compile(r"^[ \t]*(?:Name|Full\s+name|Reference\s+for|Employee|Candidate|Staff\s+member)[ \t]*:", re.I | re.M)
_ABOVE_POST = re.compile(r"[ \t]*(?:(?:Responsible|Reports?|Reporting|Accountable|Answerable)[ \t]+to|Managed[ \t]+by|Line[ \t]+manager)[ \t]*:", re.I)
# "someone" needed or hired for a task, the window ending inside it: "needs someone to help out around her ..."
_NEEDS_SOMEONE = re.compile(r"\b(?:needs?|needed|wants?|wanted|hires?|hired|finds?|found)\s+$", re.I)
_TO_CLAUSE_END = re.compile(r"\s+to\s+[a-z]+\b[^.!?;:,\n]{0,60}")     # the window ends inside "to <verb> ..."
# a first name, a middle initial and a surname ("Jenny L. Wolff"), not a label's letter ("Pathway B. After", "Zone B. Security")
_INITIALLED = re.compile(r"[A-Z][a-z]+[ \t]+[A-Z]\.[ \t]")
_LABEL_WORD = re.compile(r"Zone|Pathway|Block|Level|Phase|Stage|Area|Plan|Option|Type|Grade|Band|Appendix|Annex|Schedule|Part|"
                         r"Section|Ward|Bay|Room|Floor|Wing|Unit|Site|Team|Group|Category|Class|Step|Version|Table|Figure|Form|Route")
# one of a list of capitalised bodies, not a name set off by commas: "the Ministries, NDMC, Police, Directorate of ..."
_CAPITAL_BEFORE = re.compile(r"(?:^|,)\s*[A-Z][\w.'-]*$")      # (not "our Treasurer, Linda Mould,")
_A_KIND = re.compile(r"\b(?:a|an|each|any|every)\s+(?:[A-Z][\w'-]*\s+){0,3}$")
_LAW_NAME_AFTER = re.compile(r"\)?\s+(?:\([A-Z][\w ]{1,40}\)\s+)?(?:Act|Order|Regulations|Directive|Measure|Bill|Rules|Scheme)\b")
# a benefit, named for whom it is for or not, is no person: "Married Couple's allowance", "Statutory Sick Pay"
_BENEFIT_NAME = re.compile(r"\b(?:Allowance|Benefit|Credit|Pension|Relief|Premium|Pay)s?$|\b(?:Couple|Carer|Widow|Jobseeker|Guardian)(?:'s|\u2019s)$")


_NAME_AS = re.compile(r"\b[A-Z][A-Za-z'\u2019-]*[a-z][A-Za-z'\u2019-]*\s+as\s+$")    # "Dr Hohaia as", "NHSScotland as"


def aged_case_before(ctx, role: str) -> bool:
    """The block opened a case on one person of the pronoun's sex, by age ("A 79-year-old male patient has
    cancer ... the patient's choice ... his life"), before the pronoun and with no field label between; the
    role one a case is about (not "the GP is usually ... he"), in a sentence that is no general statement."""
    if not _CASE_ROLE.fullmatch(role) or _GENERAL.search(ctx.sentence):
        return False
    male = ctx.match_text.lower() in ("he", "him", "his", "himself")
    blocks = getattr(ctx.document, "blocks", None) or []
    above = blocks[ctx.block_index - 1].text if 0 < ctx.block_index <= len(blocks) else ""
    text = above + "\n" + ctx.text[:ctx.start]        # (the paragraph above too: the case is often put first, on its own)
    last = None
    for last in _AGED_CASE.finditer(text):             # the case nearest before the pronoun
        pass
    return last is not None and ((last.group("sex") or last.group("sex2")).lower() in _MALE_WORDS) == male \
        and _LABEL_COLON.search(text, last.end()) is None


def _in_body_name(window: str, m) -> bool:
    """A run ending in a place of worship's word that is also a surname ("Orthodox Church", not "Simon Church") inside
    a longer capitalised name or after "St": "the Holy Orthodox Church", "St Mary's Chapel"."""
    return _WORSHIP_END.search(m.group(0)) is not None and _BODY_BEFORE.search(window, max(0, m.start() - 12), m.start()) is not None


# a case opened on one person's age and sex: "a 42-year-old man", "A 79-year-old male patient"
_AGED_CASE = re.compile(r"\b[Aa]n?\s+\d{1,3}[- ](?:years?|yrs?|months?|weeks?)[- ]old\s+(?:[\w-]+\s+){0,3}?"
                        r"(?P<sex>male|female|man|woman|boy|girl|gentleman|lady)\b"
                        r"|\b[Aa]n?\s+(?:[\w-]+\s+){0,2}?(?P<sex2>man|woman|boy|girl|gentleman|lady)\s+aged\s+\d{1,3}\b")
# the roles a case is about, and the words of a general statement ("The patient is often frightened")
_CASE_ROLE = re.compile(r"(?:[\w-]+\s+){0,2}(?:patient|client|resident|service user|person|individual|child|baby|infant|casualty|victim|"
                        r"man|woman|boy|girl|pupil|student|tenant|claimant|applicant|employee|caller)", re.I)
_GENERAL = re.compile(r"\b(?:usually|often|routinely|now|always|generally|typically|normally|in general|tend to|tends to)\b", re.I)
_LABEL_COLON = re.compile(r"[A-Za-z)]\s*:(?!\d)")      # a field's label ("Plan:"), not a clock time ("10:30")
_WORSHIP_END = re.compile(r"\b(?:Church|Chapel|Temple|Parish)$")
_BODY_BEFORE = re.compile(r"(?:\b(?:St\.?|Saint|Holy)|\b[A-Z][a-z]+|['\u2019]s)\s+$")
_MALE_WORDS = ("male", "man", "boy", "gentleman")
