"""Cues the pronoun conditions read about tense and about who a role is: an active past form (not
a present passive), a present perfect, a name just after a role, a template's placeholder name,
a paired "he/she" before a lone pronoun, a person's own job ("works as a consultant"), and a sentence that
opens on a role and a past verb (one person in an account)."""
from __future__ import annotations

import functools
import re

from .pronoun_chain import WINDOW, same_sex
from .account_cues import DUTY
from .pronoun_words import _MASC, _PAST, GENERIC_ROLES, NOT_PAST_EED, OF_HEAD
from .named_people import _NOT_NAME, no_one_named
from .lettered_case import lettered_case
from .quotes import SPEAKER_SELF, still_quoted

_BE = r"be|been|being|is|are|am"
PASSIVE_AUX = re.compile(r"\b(?:" + _BE + r")\s+$", re.I)
# a present passive, or an "-ed" adjective after a determiner ("the institutionalized spouse", "a registered nurse")
_NOT_PAST_BEFORE = re.compile(r"\b(?:" + _BE + r"|the|a|an|this|these|those|their|its|our|your|my|one|each|every|any|no|another)\s+$", re.I)
# (not an "un-" word with no object after it, "travel unescorted", "unaccompanied children", where no one did
# anything; an undoing verb with its object, "she unpacked her bag", "he unbuckled his seatbelt", is still a past)
_PAST_ED = re.compile(r"\b" + NOT_PAST_EED + r"(?!un(?!der)[a-z]{3,}ed\b(?!\s+(?:his|her|their|the|a|an|them|him|it|its|my|your|our|"
                      r"this|that|these|those)\b))[a-z]{3,}ed\b")


def _active_past_ed(sentence: str) -> bool:
    """An "-ed" past form that is not a present passive ("His routine work is cancelled", "may be performed")."""
    return any(_NOT_PAST_BEFORE.search(sentence, max(0, m.start() - 8), m.start()) is None for m in _PAST_ED.finditer(sentence))


_WORKS_AS = re.compile(r"\b(?:works?|worked|working|employed|practi[sc]es|practi[sc]ed|served|serves|serving|qualified|trained|retired|"
                       r"stands?|standing|stood|elected|appointed)\s+(?:[\w-]+\s+){0,3}?$", re.I)
_PAIRED_PRONOUN = re.compile(r"\b(?:(?:he|his|him)\s*(?:/|\bor\b)\s*(?:she|her|hers)|(?:she|her|s)\s*(?:/|\bor\b)\s*(?:he|his|him))\b", re.I)
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:just\s+|now\s+)?been\s+(?:[a-z]+(?:ed|en)|told|made|sent|given|left|put|kept)\b")
# a name just after the role: "the dependent spouse Martha's", "the nurse Jane said"
_NAME_AFTER = re.compile(r"(?:'s|\u2019s)?[^\S\n](?!(?:January|February|March|April|June|July|August|September|October|November|"
                         r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|I|English|Welsh|Scottish|Irish|British|French|German|"
                         r"Polish|Spanish|Italian|Portuguese|Romanian|Arabic|Urdu|Punjabi|Bengali|Gujarati|Chinese|Somali)\b)"
                         r"(?P<name>(?-i:[A-Z][a-z]{2,}))(?:'s|\u2019s)?(?![\w-])(?!\s+(?-i:[A-Z]))")


def named_after(window: str, at: int) -> bool:
    """A name just after the role at ``at``, not a title or role word ("the nurse Practitioner"), or set
    beside it between commas ("Our vicar, the Reverend Paul Hill, ...")."""
    m = _NAME_AFTER.match(window, at)
    if m is not None and _role_word().fullmatch(m.group("name")) is None:
        return True
    return apposed_name(window, at)


def apposed_name(window: str, at: int, titled: bool = False) -> bool:
    """A name set beside the role at ``at`` between commas ("the nurse, Jane Hill,"), or a title and name in
    brackets ("the General Manager (Mrs Ann Lee)"): the role is that person's. ``titled``: only a title and name
    count (after a capitalised office: "The Chair, Finance Committee," names a committee)."""
    m = _APPOSED_NAME.match(window, at)
    if m is None or _role_word().fullmatch(m.group("name").split()[-1]) is not None:
        return False
    return (m.group("title") is not None) if titled or m.group(0).lstrip().startswith("(") else True


# a title and name, or a first name and surname, between commas after a role (not a department: "the
# manager, Human Resources,")
_APPOSED_NAME = re.compile(r"(?:,[^\S\n]+|[^\S\n]*\((?=[^)\n]{3,40}\)))(?:the[^\S\n]+)?(?P<title>(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Reverend|Rev|Revd|Sister|Father|Councillor|Cllr)"
                           r"\.?[^\S\n]+)?(?P<name>(?-i:[A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z'-]+){0,2}))[,)]"
                           r"(?<!Department,)(?<!Team,)(?<!Services,)(?<!Resources,)(?<!Unit,)(?<!Ward,)(?<!Office,)(?<!Trust,)")
# one person the writer knows: "a friend of mine", "a colleague of ours"
_OF_MINE = re.compile(r"\s+of\s+(?:mine|ours|hers|theirs|yours)\b", re.I)
# a guess at what someone did is no account of it: "ask what he needs: maybe he ran out of milk"
# a guess ("perhaps he was"), or the subjunctive of a supposed event ("if a fracture were to occur")
_GUESS = re.compile(r"\b(?:maybe|perhaps)\s+(?:he|she)\s+\w+|\bwere\s+(?:(?:an?|the|[\w-]+)\s+){0,3}?to\s+\w+"
                    # a change told against before: "no longer sleeps through whereas he was before"
                    r"|\b(?:whereas|than|as)\s+(?:he|she)\s+(?:was|were|did|had)\b(?:\s+\w+){0,2}?\s+before\b", re.I)
# what someone would have wanted, told inside an account: "He had no idea what she would have wished for"
_WOULD_HAVE_Q = re.compile(r"\b(?:what|how|whether|where|which)\s+(?:he|she|they|I|we)\s+(?:would|could|might)\s+have\b", re.I)
# a future told in reported speech: "the Clerk said that he would give the employee a warning"
_REPORTED_WOULD = re.compile(r"(?<!guidance )(?<!policy )(?<!leaflet )(?<!letter )(?<!document )(?<!rules )(?<!website )(?<!form )"
                             r"\b(?:said|told\s+(?:us|me|you|them|him|her|the\s+\w+)|promised|confirmed|explained|stated|indicated|"
                             r"announced|replied|thinking|thought|believing|believed|hoping|hoped|expecting|assuming|assumed)\s+"
                             r"(?:that\s+)?(?:he|she|they|the\s+[A-Za-z]+)\s+would\b")
_PLACE_WHERE = re.compile(r"\b(?:hospital|ward|unit|home|room|clinic|centre|center|school|office|house|building|site|"
                          r"country|town|city|village|practice|surgery|hall|church|hotel|prison|camp)s?,?\s+where\b", re.I)
_FIRST_PERSON = re.compile(r"\b(?:I|[Mm]y|me)\b")
_COUNTERFACTUAL = re.compile(r"\b(?:would|could|might)\s+have\b", re.I)

# a text for men only in the pronoun's reach ("help male victims ... help him", not "female and male victims"; "Male survivors tend to")
MEN_ONLY = re.compile(r"\b(?:for|help|helping|support|supporting|supports)\s+(?:male|men)\s+(?:victims?|survivors?)\b|(?:^|(?<=[.!?\u2022]\s)|(?<=\n))"
                      r"[^\S\n]*(?:(?:many|some|most)\s+)?(?:male|men)\s+(?:victims?|survivors?)\b(?![^.\n]{0,80}\b(?:than|and|or|as\s+well\s+as)\s+(?:female|women|other)\b)", re.I)


def men_only_before(ctx) -> bool:
    """A text for men only ("help male victims ...") within the pronoun's reading bound before it."""
    return any(max(0, ctx.start - WINDOW) <= s < ctx.sent_end for s in _men_only_starts(ctx.text))


@functools.lru_cache(maxsize=64)      # one search per block, not one per pronoun
def _men_only_starts(text: str) -> tuple:
    return tuple(m.start() for m in MEN_ONLY.finditer(text))


# a clinician named in an opening clause, then the main clause's subject: "Following discussion with your
# doctor, he has advised ..." (the clinician, not the patient, whatever the leaflet's topic)
_CLINICIAN = re.compile(r"(?:doctor|GP|surgeon|consultant|clinician|specialist|physician|registrar|nurse|radiographer|"
                        r"\w+ologist|\w+ician|anaest?hetist)", re.I)
_AFTER_OPENING_CLAUSE = re.compile(r"[,;]\s+$")
# a man in view, whom "he" may mean instead: "the GP will examine him. After the examination, he may be referred"
_MAN_IN_VIEW = re.compile(r"\b(?:man|men|him|himself|boys?|husbands?|fathers?|partners?|he)\b", re.I)


def clinician_subject(ctx, ante) -> bool:
    """The antecedent is "your" or "the" clinician, and the pronoun is "he" or "she" opening the main clause after a
    comma, or "he" or "you and him" with the clinician named in the pronoun's own sentence and no man in view: a men's
    or women's health topic does not make the clinician the patient."""
    if ante[2] not in ("your", "the") or _CLINICIAN.fullmatch(ante[1].split()[-1]) is None:
        return False
    in_sentence = re.search(r"\b" + re.escape(ante[1]) + r"\b", ctx.text[ctx.sent_start:ctx.start]) is not None
    no_man = _MAN_IN_VIEW.search(ctx.text, ctx.prev_start, ctx.start) is None
    if ctx.match_text.lower() in ("he", "she") \
            and _AFTER_OPENING_CLAUSE.search(ctx.text, max(ctx.sent_start, ctx.start - 3), ctx.start) is not None \
            and (in_sentence or ctx.match_text.lower() == "she" or no_man):
        return True
    # "he", or "him" with the reader or asked or told, with the clinician in its own sentence and no man in view since
    # the sentence before: "the doctor will have less need to explain ... allowing you and him to discuss" (the reader is
    # the patient; not "his back passage", "examine him")
    return in_sentence and no_man and (ctx.match_text.lower() == "he" or (
        ctx.match_text.lower() == "him" and _WITH_READER.search(ctx.text, max(ctx.sent_start, ctx.start - 12), ctx.start) is not None))


_WITH_READER = re.compile(r"\b(?:you\s+and|ask|tell|let|call|contact|email|phone)\s+$", re.I)


def without_told_counterfactuals(span: str) -> str:
    """``span`` without the "would have" an account may hold ("He had no idea what she would have
    wished"; in the writer's own story, any: "In retrospect I see it might have helped") nor the
    "would" of reported speech ("the Clerk said that he would give ..."), nor the "where" that opens a
    clause about a place ("in a different hospital, where the surgeon didn't like the equipment")."""
    span = _cut(_PLACE_WHERE, _cut(_REPORTED_WOULD, _cut(_WOULD_HAVE_Q, span)))
    return _backshifted(_cut(_COUNTERFACTUAL, span) if _FIRST_PERSON.search(span) else span)


# "would" / "could" told after a past verb of the same sentence: the past of "will" / "can" in an
# account ("he was in agreement that this would be best", "I made the nurse wait before I would let her")
_WOULD_COULD = re.compile(r"\b(?:would|could)\b(?!\s+(?:you|I|we|he|she|they|it)\b)")


def _backshifted(span: str) -> str:
    """``span`` without a "would" / "could" that follows a past-tense verb of its own sentence (one with
    no "if" or "unless" before it, which keep the modal reading), in an account: the writer is in it, or
    it says when it happened. ("The guidance said that she would be offered one" still sets a rule.)"""
    if _WOULD_COULD.search(span) is None or _TOLD_VOICE.search(span) is None or _BLANK_NAME.search(span):
        return span
    out, last = [], 0
    for m in _WOULD_COULD.finditer(span):
        begin = max(span.rfind(". ", 0, m.start()), span.rfind("\n", 0, m.start())) + 1
        if _PAST.search(span, begin, m.start()) and not _KEEPS_MODAL.search(span, begin, m.start()):
            out.append(span[last:m.start()] + " ")
            last = m.end()
    return "".join(out) + span[last:]


# what keeps the modal reading: a condition; a decision reported with its rule ("we agreed with the union that a
# member of staff ... would be paid for his")
_KEEPS_MODAL = re.compile(r"\b(?:if|unless|whether|in case|provided)\b"
                          r"|\b(?:agreed|decided|resolved|ruled|announced|confirmed|promised|stated|said|explained|told\s+\w+)\s+"
                          r"(?:[\w'-]+\s+){0,5}?that\b"
                          # or a rule changed: "Last year the Trust changed its rules so that a nurse could claim her fare"
                          r"|\bso\s+that\b|\bin\s+order\s+that\b|\b(?:had|used)\s+to\b|\b[Uu]ntil\b|\b(?:rules?|polic(?:y|ies)|scheme|procedures?|guidance|agreements?|contracts?)\b", re.I)
# a template letter's blank ("you were on holiday with (pupil's name) and he would be absent") tells no one's story
_BLANK_NAME = re.compile(r"[\[(<{][^\])>}\n]{0,30}\b[Nn]ame\b[^\])>}\n]{0,20}[\])>}]")
# an account's voice: the writer in it ("I once made") or a time it happened ("recently", "a week ago")
# (the writer alone: an organisation's "we" reports its own rules: "we agreed that staff would be paid for ...")
_TOLD_VOICE = re.compile(r"\b(?:I|me)\b|\b(?i:recently|yesterday|last (?:week|month|year|night)|ago|once|the (?:following|next) (?:day|morning|week)|later that (?:day|night))\b")


def _cut(rx, span: str) -> str:
    """``rx.sub(" ", span)``: looked for first (most spans hold none, and the search of an
    accelerated pattern skips a span without the words it needs: litguard.py)."""
    return span if rx.search(span) is None else rx.sub(" ", span)


# a sentence that opens on "The <role>" and a past verb ("The deputy coroner recorded ..."), not an
# adjective or a reduced relative ("the employee concerned", "the secretary elected at the meeting")
_PAST_AFTER_ROLE = r"\s+(?:\w+ly\s+)?(?:was|were|had|did|said|told|found|gave|made|took|wrote|spoke|met|went|came|saw|rang|sent|brought|heard|felt|" \
                   r"(?!(?:concerned|involved|affected|named|nominated|appointed|designated|qualified|registered|required|responsible|authori[sz]ed|needed|aged)\b)" \
                   + NOT_PAST_EED + r"[a-z]{2,}ed\b(?!\s+(?:at|by|to|in|from|under|for|on|as|with)\b))"


def past_subject(window: str, role: str) -> bool:
    """A sentence in ``window`` opens on "The <role>" (or "Our", "A" <role>) and a past-tense verb: one person in an
    account. A word after "Our/A <role>" must be a second role noun ("A student nurse, ..., used")."""
    return any((m.group("second") is None or _role_word().fullmatch(m.group("second")))
               and not (m.group("placed") and _RULE_AFTER.match(window, m.end()))
               for m in _past_subject_rx(role).finditer(window))


@functools.lru_cache(maxsize=1)       # compiled on first use: the role-noun list is long
def _role_word():
    return re.compile(r"(?:" + GENERIC_ROLES + r")", re.I)


@functools.lru_cache(maxsize=256)
def _past_subject_rx(role: str):
    # after "Our" or "A", the verb comes straight after the role ("Our patient survey was ..." is no account of a patient)
    return re.compile(r"(?:^(?:[A-Z][\w -]{0,20}:\s+)?|[.!?]['\")\]]*\s+|\n\s*)(?:The\s+(?:[\w-]+\s+){0,2}?" + re.escape(role)
                      + r"(?:\s+(?!(?:is|are|be|been|being|may|must|should|will|would|can|could|shall|might|has|"
                      r"have|needs?)\b)[a-z][\w-]*)?|(?:Our|An?)\s+(?:[\w-]+\s+){0,2}?" + re.escape(role) + r"(?:\s+(?P<second>[a-z][\w-]*))?)"
                      # an aside between commas may come first: "A trans nurse, working on a busy ward, used ..."
                      + r"(?:,[^,.;:\n]{1,60},)?" + _PAST_AFTER_ROLE + "|" + _PLACED_ACCOUNT.replace("ROLE", re.escape(role)))


# an account opened by an example, a time or a place, or with the person placed somewhere, told with a verb
# that can only be past ("For example, a volunteer at our Leeds shop wrote ...", "In Australia a doctor has been
# ordered ..."): never a participle after the role ("an employee dismissed unfairly can take his case")
_PLACED_ACCOUNT = (r"(?:^|[.!?]['\")\]]*\s+|\n\s*)(?:(?:For (?:example|instance)|In (?:one|another) case|Recently|"
                   r"Last (?:year|month|week)|One day),\s+|In\s+(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+))?,?\s+)?"
                   r"(?-i:[Tt]he|[Aa]n?)\s+(?:[\w-]+\s+){0,2}?ROLE(?:\s+(?:on|at|from|in)\s+(?:the|a|an|my|our|their)\s+"
                   r"[\w.-]+(?:\s+[\w.-]+){0,2}?)?\s+(?P<placed>wrote|said|spoke|rang|phoned|emailed|complained|came|went|gave|took|"
                   r"made|got|met|saw|heard|felt|thought|knew|ran|won|has\s+been\s+(?:ordered|suspended|jailed|convicted|"
                   r"charged|sacked|banned|fined|sentenced|arrested|struck\s+off|found\s+guilty))\b")
# a duty or a condition after the verb makes it a rule, whatever the tense: "... has been dismissed if his contract ..."
_RULE_AFTER = re.compile(r"[^.!?]*?\b(?:if|unless|whether|must|may|can|should|shall|will|needs?\s+to)\b", re.I)


def hypothetical(ctx, ante) -> bool:
    """An indefinite role in a condition or a request to think of one is anyone, whatever the tense."""
    if ante[2] not in ("a", "an", "any"):
        return False
    # in a condition ("whether a patient admitted overnight was seen by a doctor") or anyone the reader is
    # asked to think of ("tell us about a nurse who went the extra mile and what she did")
    return re.search(r"\b(?:(?:whether|if|unless)\s+[^.;:]{0,60}?|(?:tell (?:us|me) about|describe|think (?:of|about)|"
                     r"nominate|imagine)\s+)\b" + ante[2] + r"\s+" + re.escape(ante[1]) + r"\b",
                     ctx.text[ctx.sent_start:ctx.start], re.I) is not None


# a pledge each signer makes about their own doctor or child ("I will have realistic expectations from my doctor and his ...")
_PLEDGE = re.compile(r"(?:^|\n)[^\S\n]*(?:[-*\u2022\u00b7][^\S\n]*)?I\s+(?:will|agree|promise|undertake|accept)\b[^\n]*?\bmy\s+(?P<role>[a-z]+)\b")


_NAME_OPENING = re.compile(r"(?:^|[.!?]\s+)(?!(?:" + _NOT_NAME + r"|But|And|So|Yet|Or|Nor|Also|Thus|Hence)\b)[A-Z][a-z]{2,}\s+[a-z]+s\b")
# a case about one person, opening on their first name and a verb: "Dionne has a diagnosis of bipolar disorder ..."
_NAME_CASE = re.compile(r"[^\S\n]*(?!(?:" + _NOT_NAME + r"|But|And|So|Yet|Also|Staff|Patients|People|Members|Visitors|Residents)\b)"
                        r"([A-Z][a-z]{2,})\s+(?:(?:is|was)(?=\s+(?:aged\s+)?\d{1,2}(?:\s+years?\s+old|\s+and\b|,))|has\s+(?:a\s+diagnosis|been\s+diagnosed)|"
                        r"lives|lived|attends|attended|says|said|decides|decided|feels|felt|wants|wanted|comes\s+to|came\s+to)\b")


_NOUN_ENDING = re.compile(r"(?:ion|ance|ence|ment|ness|ity|ing|ure|ship|ism|ics)$")


def one_named_case(ctx) -> bool:
    """The block opens on a first name and its verb, or its first sentence names someone by a title and one
    letter as case studies do ("His GP, Dr H, receives a letter ..."): a case about that one person, in which
    "the nurse" is that person's nurse (not where the pronoun's sentence draws a rule from the case: "Action:
    when a patient's score reaches 5, the doctor must review him")."""
    m = _NAME_CASE.match(ctx.text)
    if m is not None and not _NOUN_ENDING.search(m.group(1)):      # (not "Attendance is ...": a thing)
        return True
    return lettered_case(ctx)


def unattached_duty(ctx) -> bool:
    """A pronoun with no one before it in its passage, in a sentence laying a duty (or in a pledge about
    the signer's own doctor or child), in a block that names no one: whoever holds the duty."""
    if not no_one_named(ctx) or _NAME_OPENING.search(ctx.text, 0, ctx.sent_start):
        return False        # someone named ("As soon as she receives the report, Ranjeet ..."), God ("his people"), or
        #                     a sentence before it opening on what may be a first name ("Siobhan runs the cafe. She should ...")
    line = ctx.text.rfind("\n", 0, ctx.start) + 1
    m = _PLEDGE.match(ctx.text, max(0, line - 1), ctx.start)
    if m is not None and _role_word().fullmatch(m.group("role")):
        return True
    if ctx.match_text.lower() in ("she", "her", "hers", "herself") and _MASC.search(ctx.text, ctx.sent_start, ctx.sent_end):
        return False        # "he must make the treatment available to her": she is whom his duty is to, not its holder
    if still_quoted(ctx.text, ctx.start) and SPEAKER_SELF.search(ctx.text, 0, ctx.sent_end):
        return False        # a speaker's own account, still inside its opening mark: '"Then he would say to me, ...'
    return DUTY.search(ctx.text, ctx.sent_start, ctx.sent_end) is not None \
        or _PROCEDURE_STEP.search(ctx.text, ctx.sent_start, ctx.sent_end) is not None \
        or (_INSTRUCTION.match(ctx.text, ctx.sent_start) is not None      # "Ask how she'd like to be addressed"
            and not same_sex(ctx.match_text).search(ctx.text, 0, ctx.sent_start)) \
        or (_CONDUCT.match(ctx.text, ctx.sent_start) is not None and ctx.match_text.lower() in _OWNED)
    #         (not after "This is her new home, and she will ...": the passage is about one person already)


# an instruction to the reader about whoever they are dealing with, opening on the verb
_INSTRUCTION = re.compile(r"[^\S\n]*(?:[-*\u2022][^\S\n]*)?(?:Ask|Tell|Explain\s+to|Reassure|Offer|Remind|Encourage|Invite|Help|"
                          r"Let|Allow|Show|Give|Listen\s+to|Check\s+(?:that|whether|if)|Make\s+sure)\s+(?:him|her|he|she|how|what|whether|if|that|when)\b")


# an item of a code of conduct, opening on its verb: "Give maximum effort ... even if his team is losing",
# "2. Resist any influence which might bring into question his commitment" (whoever the code binds)
_CONDUCT = re.compile(r"[^\S\n]*(?:(?:[-*\u2022]|\d{1,2}[.)]|\([a-z0-9]{1,3}\))[^\S\n]*)?(?:Give\s+(?:maximum|full|every|your\s+best)|"
                      r"Make\s+every\s+effort|Resist|Refrain\s+from|Respect|Accept|Treat|Behave|Conduct\s+(?:yourself|oneself)|"
                      r"Strive|Uphold|Abide\s+by|Comply\s+with|Observe|Do\s+not|Don't|Promote|"
                      r"Demonstrate|Avoid|Act\s+(?:with|in)|Be\s+(?:honest|fair|courteous|respectful|polite|on\s+time|punctual))\b")
_OWNED = {"his", "her", "himself", "herself"}
# a step done to whoever goes through a procedure: "When he arrives in prison, he will be taken to Reception"
_PROCEDURE_STEP = re.compile(r"\b(?:will|can|may)\s+be\s+(?:taken|given|asked|seen|shown|told|offered|photographed|fingerprinted|"
                             r"searched|escorted|admitted|assessed|examined|placed|moved|transferred|released|discharged|allocated)\b")
_X_NAME = re.compile(r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor)\.?\s*X{3,}$")


# one person the writer knows: "My friend asked his manager ...", "my colleague ... she" (not a role in a form the reader
# signs: "my GP", "my child"), or one of the writer's own told of in the past: "my dentist had sold his practice"
_MY_PERSON = re.compile(r"\b[Mm]y\s+(?:(?:best|old|dear|close|good|late|former|new)\s+)?(?:friend|colleague|co-?worker|neighbou?r|boss|"
                        r"flatmate|housemate|room-?mate|classmate)\b(?!s)|\b[Mm]y\s+(?:[a-z-]+\s+)?(?!(?:own|child|son|daughter|baby)\b)"
                        r"[a-z]{3,}(?<!s)\s+(?:had\s+(?:been\s+)?[a-z]{3,}ed|(?:had\s+)?(?:told|sold|said|left|gave|took|saw|went|came|made|kept))\b")


_QUOTED_NAME = re.compile(r"""(?<![\w])["']((?!(?:""" + _NOT_NAME + r""")\b)[A-Z][a-z]{2,})["'](?=\s+(?:and|is|was|has|had|who|says|said|[a-z]+s)\b)""")


def template_names(window: str, cands: list) -> list:
    """The writer's own friends and colleagues, and a character named in quotes, are named people. A title
    before X's ("Dr XXXX") in a form the reader signs ("I consent to Dr XXXX and his team") stands for whoever
    fills it in, a generic role; in a report ("Mr XXXX is 82 and lives alone") it is a real
    person whose name is hidden, and stays a named one."""
    if "y " in window:
        cands = cands + [(m.end(), m.start(), "named", m.group(0), "", False) for m in _MY_PERSON.finditer(window)]
    if '"' in window or "'" in window:      # a character named in quotes: 'Follow "Mary" and her stuffed dog'
        cands = cands + [(m.end(), m.start(), "named", m.group(1), "", False) for m in _QUOTED_NAME.finditer(window)]
    if not any(c[2] == "named" and _X_NAME.match(c[3]) for c in cands) or not _FIRST_PERSON.search(window):
        return cands
    return [(c[0], c[1], "generic", "a template's placeholder", "", c[5]) if c[2] == "named" and _X_NAME.match(c[3])
            else c for c in cands]


_CAP_KIND = re.compile(r"\b([Aa]n?|[Ee]ach|[Aa]ny|[Ee]very)\s+([A-Z][a-z]{2,})\b(?=\s*[,;:]|\s+(?:is|was|who|that|should|must|may|"
                       r"will|can|has|had|does|did|in|at|on|for|with|to|and|or|needs?|wants?)\b|\s+[a-z]{3,}s\b(?!\s+(?:of|and|or)\b))")
# (or the second of two descriptions: "Norman Haire was a medical practitioner and a Sexologist")
# the first of two descriptions joined by "and", up to the second's article: "was a medical practitioner and "
_FIRST_OF_TWO = r"(?:an?|the)\s+[\w -]{1,50}?\s+and\s+"
_KIND_PREDICATE = re.compile(r"(?:\b(?:is|was|are|were|be|been|becomes?|became|as)(?:\s+(?:also|now|still|not))?|'s)\s+"
                             r"(?:" + _FIRST_OF_TWO + r")?$", re.I)
_NOT_KINDS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
              "April", "June", "July", "August", "September", "October", "November", "December", "English", "British"}


def capital_kinds(window: str, thing_tail) -> list:
    """Candidates for a capitalised member of a body after "a", "each" or "every" ("a Scout is working on
    his badge", "each Member should"): one of a kind, as a role noun is, not a name; not a day or a month,
    not a thing (``thing_tail``: "a Foundation"), and not a description ("is also a Patron of ...")."""
    out = []
    for m in _CAP_KIND.finditer(window):
        if not thing_tail.search(m.group(2)) and m.group(2) not in _NOT_KINDS \
                and not _KIND_PREDICATE.search(window, max(0, m.start() - 70), m.start()):
            out.append((m.end(), m.start(2), "generic", m.group(2), m.group(1).lower(), False))
    return out


# "... is the Regional Manager of the HBA as well as the": a second predicate of the same "is"
_ALSO_PREDICATE = re.compile(r"(?<![\w'\u2019])[A-Z][a-z]+(?:\s+[A-Z][a-z'\u2019-]+)+\s+(?:is|was)\s+(?:the|an?|our|their|its)\s+"
                             r"[^.;:!?]{1,80}?\bas\s+well\s+as\s+$")       # a named subject, not "Attendance is the duty of"


def _plural(m) -> bool:
    """The role noun of a ``_GENERIC`` match is plural ("the nurses", "our GPs", "their carers")."""
    tail = m.group(0)[m.end("role") - m.start(0):]
    return tail == "s" or (tail == "" and m.group("role").lower() in _PLURAL_ROLES)


_PLURAL_ROLES = {"staff"}
_ADJECTIVE_ROLES = {"professional", "expert", "specialist", "senior", "junior"}      # roles that are adjectives too
_INTENSIFIED = re.compile(r"\b(?:most|very|highly|extremely|truly|really|so|too)\s+$", re.I)     # an adjective, not a role


def inverted_question(window: str, cop) -> bool:
    """"Is the patient a danger to himself?": the copula opens a question and the role after it is
    its subject, not a description of someone already named."""
    head = window[:cop.start()].rstrip(" \t")
    return cop.group(0).startswith(("Is ", "Was ", "Are ", "Were ")) and (not head or head[-1] in "\n.?!:;") \
        and not any(c in window[cop.end():] for c in ".?!\n")      # (the pronoun in the question itself)


def of_complement(window: str, cand, ends) -> bool:
    """The candidate completes another one ("the father of a new child"): the phrase is about
    the first noun, so the pronoun that follows points to it, not to the second."""
    m = OF_HEAD.search(window, 0, cand[1])
    return m is not None and m.start() in ends      # another candidate ends right before " of "


_AUX = re.compile(r"\b(?:is|are|was|were|be|will|would|can|could|must|should|may|might|shall|has|have|had|needs?|does|do|did)\b", re.I)


def profile_before(text: str, prev_start: int, sent_start: int, role: str) -> bool:
    """The sentence before is a profile with no main verb of its own, only a relative clause or a "with" phrase
    ("A state-registered podiatrist who specialises in children's feet." / "He ..."): one person described."""
    prev = text[prev_start:sent_start].strip()
    m = re.match(r"An?\s+(?:[\w-]+\s+){0,4}?" + re.escape(role) + r"(?:\s+and\s+[\w-]+)?\s+(?:who|with)\s+(.*)$", prev, re.S)
    return m is not None and prev.endswith(".") and _AUX.search(m.group(1)) is None and not re.search(r":\s*\n", m.group(1))     # (not a list's lead-in)


_SECOND_DESCRIPTION = re.compile(r"\b(?:is|was|are|were|became)\s+" + _FIRST_OF_TWO + "$", re.I)


def second_description(window: str, start: int) -> bool:
    """The role at ``start`` is the second of two descriptions after a copula ("Norman Haire was a medical
    practitioner and a sexologist"): the same person described, not someone new."""
    return _SECOND_DESCRIPTION.search(window, max(0, start - 70), start) is not None and _ENDS_HERE.match(window, start) is not None


# the second description ends its sentence or clause: "... and a sexologist." (not "... and the doctor will call you")
_ENDS_HERE = re.compile(r"(?:an?|the)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s*(?:[.;,]|$)")

