"""Cues that a passage tells of particular people rather than setting a rule for anyone in a
role: someone's reported words, the writer's own account, one case or scenario, a dated event,
the minutes of a meeting, a picture's caption (read by ``pronouns._narrative``)."""
from __future__ import annotations

import functools
import re

from .blockfacts import lacks_rx
from .branches import occurs
from .pronoun_words import _MODAL
from .wrap import rx

_SPEAKER = re.compile(r"\s+(?:said|added|explained|commented|continued|recalled|remarked|noted|stressed|admitted|told (?:us|me|the)\b|told (?-i:The(?: [A-Z][\w'\u2019]+)+)(?=\s*[:,])"
                      # a news report of what someone made known ("..., she announced today", "he acknowledged
                      # there were ..."), not a rule's "the mileage he claimed" or "the hours he stated"
                      r"|(?:announced|acknowledged|confirmed|revealed|insisted|argued|claimed|warned|stated)"
                      r"(?=\s*[,.:;]|\s+(?:that|today|yesterday|there|last|this (?:week|morning|month)|on (?:Monday|Tuesday|Wednesday|"
                      r"Thursday|Friday|Saturday|Sunday|\d))\b)"
                      # news the writer has had from one person: "today she has called us to say ..."
                      r"|has\s+(?:just\s+)?(?:called|phoned|rung|emailed|e-mailed|texted|messaged|contacted|written\s+to|told|informed)\s+(?:us|me)"
                      r"\s+(?:to\s+say|that|saying)"
                      r")\b")

# a speaker's own verbs, in a tag after what they said
_TAG_VERBS = r"says|said|explains|explained|adds|added|notes|noted|continues|continued|went\s+on"
# a news report's tag after a comma: "Passes will be issued at reception, he informed.", "... for advice, she says.",
# or set into the sentence: "Furthermore, he says, a helpline should ..." (not "every colleague he informed.")
INFORMED_TAG = re.compile(r"(?<!anything),\s(?:he|she)\s+(?:informed|" + _TAG_VERBS + r")\s*[.,]", re.I)
# the speaker's tag right after a closing quotation mark: '"... to a patient," he says.' names whoever was
# quoted, not anyone inside the quotation
_QUOTE_CLOSED = re.compile(r"[,.!?]\s?[\u201d\u2019\"']\s*$")
_QUOTE_VERB = re.compile(r"\s+(?:" + _TAG_VERBS + r"|writes|wrote|argues|"
                         r"argued|recalls|recalled|comments|commented|believes|tells\s+(?:us|me)|told\s+(?:us|me))\b")


def quote_tag(text: str, start: int, end: int) -> bool:
    """The pronoun at ``start:end`` opens the speaker's tag after a quotation."""
    return _QUOTE_CLOSED.search(text, max(0, start - 4), start) is not None and _QUOTE_VERB.match(text, end) is not None

# a duty laid on someone ("He should also keep one book", "duties as may be given to him"); "must have" and
# "should have" are guesses about the past, not duties ("He must have known")
# one person's exact age stated as a fact, opening its sentence: "He is 79 years old and lives alone" (not "If he is 16")
AGE_STATED = re.compile(r"(?:^|[.!?]\s+)(?P<p>He|She)\s+(?:is|was)\s+(?:now\s+)?(?:aged\s+)?\d{1,3}(?:\s+years?\s+old(?!\s+or\b)|"
                        r"\s+years\s+of\s+age|(?![\w%.,-]|\s*(?:or|and|to|-|years?|per|weeks|months|days|hours|minutes|stone|kg|cm|lb)\b))")
DUTY = re.compile(r"\b(?:must(?!\s+have\b)|shall|should(?!\s+have\b)|ought\s+to|is\s+required\s+to|needs?\s+to)\b"
                  r"|\bmay\s+be\s+(?:given|asked|required)\b")
# one person the writer or the reader knows: seen or heard by the writer ("on leaving the hall I overheard the
# Clerk talking about her holiday"), or the one a reply is about ("the employee in question in your case"); not
# where the pronoun's own sentence lays a duty ("I saw the notice: the duty manager must sign his name")
_ONE_KNOWN = re.compile(r"\bI\s+(?:overheard|heard|saw|noticed|watched|met|spoke\s+to|phoned|rang|emailed|asked|told)\s+the\b"
                        r"|\bin\s+your\s+case\b")
_ONE_CASE = re.compile(r"\b(?:in|on)[ \t]*\n?[ \t]*(?:one|another|a[ \t]+recent|an[ \t]+earlier)[ \t]*\n?[ \t]*(?:[\w-]+[ \t]*\n?[ \t]*){0,2}(?:case|instance|incident|occasion|example)\b"
                       r"|\bone such (?:case|instance|incident)\b"
                       # "We are aware of a case recently where a client wished ..."
                       # (a past or perfect telling, never "dealing with a case where", "staff who meet with a case where")
                       r"|(?<!\bif )(?<!\bwhen )\b(?:(?:are|am|were|was)\s+(?:made\s+)?aware\s+of|heard\s+of|learn[et]d?\s+of|were\s+told\s+of|"
                       r"(?:have|has|had)\s+(?:recently\s+)?(?:dealt\s+with|seen|had)|(?:[Ww]e|I)\s+(?:dealt\s+with|had|saw))\s+a\s+(?:recent\s+)?case\s+"
                       r"(?:recently\s+)?(?:where|in\s+which|when)\b"
                       r"|\bin (?:two|three|four|several|some|both|other|many) (?:[\w-]+ ){0,2}(?:cases|instances|examples)\b"
                       # the writer's own report of one event: "we had a situation which was well managed"
                       r"|(?<!\bif )(?<!\bwhen )(?<!\bshould )(?<!\bwhere )\b(?:we|I) (?:had|dealt with|handled) (?:a|an|one) (?:[\w-]+ )?(?:situation|incident|case|complaint)"
                       r"\b(?! (?:policy|procedure|form|log|register)\b)"
                       # a court's or a review's case told: "This case concerned a young person who asserted ..."
                       r"|(?<!\bwhere )(?<!\bwhen )(?<!\bif )\b(?:this|the) case (?:concerned|involved)\b"
                       # a story the writer heard, or one appeal a court decided
                       r"|\b(?:heard|read|told|shared) (?:a|the|one) (?:[\w-]+ )?story (?:about|of)\b"
                       r"|\b(?:Court of Appeal|High Court|Supreme Court|Court of Session|[Tt]ribunal) (?:has |had )?"
                       r"(?:rejected|dismissed|allowed|upheld|quashed) (?:an|the|a) (?:appeal|claim|application)\b",
                       re.I)
# one person's dated history: "The patient has dementia, which was diagnosed 3 years ago" (not a scheme's start:
# "introduced two years ago")
AGO = re.compile(r"\b(?:diagnosed|admitted|bereaved|widowed|injured|discharged|had\s+(?:a|an|her|his)\s+(?:stroke|fall|operation|heart\s+attack))\b"
                 r"[^.;]{0,40}?\b(?:\d+|a|an|two|three|four|five|six|seven|eight|nine|ten|several|a few)\s+(?:years?|months?|weeks?|days?)\s+ago\b", re.I)
# ("... refers a patient to a specialist, in this case, a urological surgeon": "namely", not a case told)
_VIGNETTE = rx(r"\bin this (?:situation|scenario|example)\b|(?<!, )\bin this (?:case|instance)\b|, in this (?:case|instance)\b(?!,? (?:a|an) )|\bcase (?:study|studies|history|vignette|scenario|presentation|report)\b(?!\s+(?:template|forms?|format|guidance|guide))"
               r"|\bscenario\b|\bvignette\b|\b[Yy]ou are an? (?:[\w-]+ ){0,2}(?:nurse|doctor|midwife|carer|care worker|support worker|"
               r"receptionist|GP|paramedic|social worker|teacher|volunteer|student|health visitor|pharmacist)\b(?= (?:welcoming|caring for|visiting|looking after|supporting|admitting|examining)\b)|\b(?:an|one) example of this (?:could|would|might|may) be\s*[;:]"
               # a caption tells of the people shown: "In this picture the responder is examining ..."
               # (not the idiom "keep the patient in the picture")
               r"|\bin (?:this|the above) (?:picture|photo|photograph|image|video|clip|film)\b"
               r"|\bin the (?:picture|photo|photograph|image|video) (?:above|below|opposite)\b"
               # one concrete event being put to the reader: "A patient has just sworn at ...", "Issue: An
               # employee whose wife just had a baby ...", "During a busy clinic the nurse ..."
               r"|\b(?:has|have)\s+just\s+(?:been|had|\w+ed)\b|\bjust\s+(?:had|been|given\s+birth)\b"
               r"|(?:^|\n)\s*(?:Issue|Situation|Problem|Query)\s*\d*\s*:|\bduring\s+a\s+busy\b"
               # a scene set on one occasion: "On a Sunday afternoon, a surgical oncologist and his family attend ..."
               r"|(?:^|[.!?]\s+)(?:On\s+an?|One|Late\s+one|Early\s+one)\s+(?!(?:typical|normal|usual|average|ordinary|given|working)\b)"
               r"(?:[\w-]+\s+){0,2}?(?:morning|afternoon|evening|night|day|weekend)\s*,(?![^.;\n]*\b(?:may|might|should|must|can|could|will|would)\b)"
               # one person's own story retold: "A palliative care nurse shares her views ... She describes"
               r"|\b(?:shares|tells|recounts|talks\s+about|reflects\s+on|opens\s+up\s+about)\s+(?:his|her)\s+(?:own\s+)?"
               r"(?:story|experiences?|opinions?|views|thoughts|journey|memories|life|career)\b"
               # a worked example told as one event: "For example, an employee attends a meeting and asks ..."
               r"|\bfor\s+(?:example|instance),?\s+an?\s+[\w-]+(?:\s+[\w-]+)?\s+(?!(?:may|might|can|could|should|must|will|would|needs|wants|is|has|does)\b)[a-z]+s\b"
               # an example told in the past: "As an example, a new client, who was in her nineties, preferred ..."
               r"|\b(?:(?:as|for)\s+an?\s+example|for\s+(?:example|instance)),?\s+an?\s+[\w-]+(?:\s+[\w-]+)?,?\s+(?:who\s+(?:was|were|had|[a-z]+ed)|was|were|had)\b"
               r"(?![^.;]*\b(?:must|should|shall|will|can|may)\b)", re.I)

# "When the worker complained": a definite subject, then a past verb ("when he retired" stays a rule)
# (and "where he had been expecting ...": a pronoun subject, then a past verb)
_PAST_VERB = (r"(?:had|was|were|did|came|went|left|got|took|moved|arrived|returned|started|began|became|"
              r"met|saw|found|gave|heard|brought|told|said|made|sent|wrote|spoke|rang|[a-z]{3,}ed)")
_PAST_WHEN = re.compile(r"\b[Ww]hen\s+(?:the|this|that)\s+(?:[\w'-]+\s+){1,3}?(?:was|were|had|did|[a-z]{3,}ed)\b"
                        # "When we first came home from hospital": an adverb may come before the verb
                        r"|\b(?:[Ww]hen|[Ww]here|[Ww]henever)\s+(?:he|she|they|I|we)\s+(?:first\s+|finally\s+|"
                        r"eventually\s+|then\s+|[a-z]+ly\s+)?" + _PAST_VERB + r"\b"
                        # "When I next saw my CPN, she ...", opening its sentence (not "ask when he last took it")
                        r"|(?:^|(?<=[.!?]\s))When\s+(?:he|she|they|I|we)\s+(?:next|last|later|again)\s+" + _PAST_VERB + r"\b")
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_DATED = re.compile(r"\b(?:[Ii]n|[Ss]ince|[Ff]rom|[Uu]ntil|on|by) (?:the )?(?:(?:\d{1,2}(?:st|nd|rd|th)? )?" + _MONTH + r",? )?(?:19|20)\d\d(?:['\u2019]?s)?\b"
                    r"|\bOn (?:the )?\d{1,2}(?:st|nd|rd|th)? " + _MONTH + r",? (?:19|20)\d\d\b"      # ("On 3rd January 2008 a panel decided ...")
                    # what one person or family recently did: "A family recently wondered why ...", "Mr D recently
                    # asked ..." (not "a resident who recently moved in", "The ward team recently agreed that ...")
                    r"|\b(?:[Aa]n? (?:[\w-]+ ){0,2}?[a-z-]+|(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.? [A-Z][\w'-]*|[Hh]e|[Ss]he|I) recently (?=[a-z]+ed\b)")
# a duty in the dated sentence: "The council adopted this code on 21st July 2022, and every councillor must declare his ..."
DATED_DUTY = re.compile(r"\b(?:must|shall|needs\s+to|has\s+to|(?:is|are)\s+required\s+to)\b")
# a rule for anyone after the date: "adopted this code on 21st July 2022; a councillor who breaches it may have his ...",
# "approved on 12th March 2023, and it applies to any employee who ..." (read with "a", "an" or "any" before the role;
# not the "would" of minutes reporting what was said)
DATED_ANYONE = re.compile(r"\b(?:may|might|should|could|can|cannot|will|applies|covers|entitles|requires)\b|\w['\u2019]ll\b")


def dated_one(sentence: str, role: str, det: str, past: bool) -> bool:
    """A dated sentence tells of one person in the role: no "who" clause makes the role whoever met it ("In 2023 a
    resident who fell was checked ...": anyone who fell, under a past rule), and it has a past verb (``past``); or,
    where a capitalised year opens it, "In <year>" with the role the object of a verb done to one person ("In 2022 the
    board disciplined a physician and ...")."""
    if det in ("a", "an") and role and _role_rx(role)[0].search(sentence):
        return False
    m = _DATED.search(sentence)
    if m is None or not m.group(0).startswith(("In ", "Since ", "From ", "Until ")) or _DATED.search(sentence, m.end()):
        return past
    # a year heading the sentence ("In 2022 we produced a leaflet on how to help a child ...") dates one event only where
    # the role is what a simple past did ("In 2021 the panel suspended a nurse"), not one in each place or a practice
    # begun then ("Since 2021 we have supported a carer in each family")
    done = _role_rx(role)[1].search(sentence) if role else None
    return m.group(0).startswith("In ") and done is not None and done.group(1).lower() not in _AUX_WORDS \
        and not _EACH.search(sentence, done.end())


@functools.lru_cache(maxsize=256)
def _role_rx(role: str) -> tuple:
    """Compiled once per role (asked of every dated pronoun): the role followed by a "who" clause; a verb done to one
    person with the role as its object; the role heading a description after a name (``named_next``)."""
    r = re.escape(role)
    return (re.compile(r"\b" + r + r"\s+(?:who|that|whose)\b", re.I),
            re.compile(r"\b(\w+)\s+" + _DONE_TO_ONE + r"\s+(?:an?|the|one)\s+(?:[\w-]+\s+){0,2}?" + r + r"\b(?!\s+(?:who|that|whose|to)\b)", re.I),
            re.compile(r"(?:[\w-]+\s+){0,3}?" + re.escape(role.split()[-1]) + r"\b(?:\s*$|\s+(?:at|in|on|from|based|who)\b)", re.I))


_AUX_WORDS = {"has", "have", "had", "is", "are", "was", "were", "be", "been", "being"}
_EACH = re.compile(r"\b(?:each|every|per|all|several)\b|\bin\s+\d+\b", re.I)
# what is done to one person at a time ("the panel suspended a nurse"), not leave given to anyone ("allowed a patient to")
_DONE_TO_ONE = (r"(?:suspended|dismissed|disciplined|sanctioned|fined|cautioned|investigated|prosecuted|convicted|sentenced|"
                r"struck\s+off|removed|barred|banned|reinstated|appointed|hired|sacked|warned|admitted|treated|discharged|"
                r"rescued|honoured|awarded|praised|thanked|interviewed)")


# "this particular client" told of, not weighed in a duty or a rule ("this particular applicant should ...", "may prefer"),
# nor one the reader is asked to picture ("Think about the person in front of you.")
NOT_TOLD = re.compile(r"\b(?:must|shall|should|ought|may|might|would|will|can|whether)\b|\bneeds?\s+to\b", re.I)
IMAGINED = re.compile(r"\b(?:think\s+about|imagine|consider|suppose|picture)\b", re.I)
# a dated paper and what one person has written on it: "the request dated May 25, 2014, on which he has written"
DATED_PAPER = re.compile(r"\bdated (?:\d{1,2}(?:st|nd|rd|th)? )?" + _MONTH + r" (?:\d{1,2}(?:st|nd|rd|th)?,? )?(?:19|20)\d\d\b"
                         r"[^.;]{0,40}?\b(?:he|she) (?:has|had) (?:written|sent|signed|said|stated|explained|set out)\b")
# the minutes of one meeting tell what its office holders did: "apologies for absence had been
# received from the Mayor", "It was resolved that", "the meeting was inquorate"
_MINUTES = re.compile(r"\b(?:[Ii]t was (?:resolved|proposed|seconded) that|apologies (?:for absence )?"
                      r"(?:had been|have been|were|was) (?:received|given|noted)|the meeting was (?:in)?quorate|RESOLVED\b"
                      # a member named by two initials and what they did: "SD wished to express", "JB reported"
                      r"|\b(?!(?:GP|HR|IT|UK|EU|ED|AE|OT|RN|PA|MP|DC|PC|DS|DI|HM|NI)\b)[A-Z]{2}"
                      r" (?:wished|thanked|reported|noted|confirmed|explained|asked|agreed|proposed|seconded|welcomed|"
                      r"updated|informed|advised|said|gave|stated|outlined|presented)\b)")
# an inspection report on one service: "Since the last inspection the provider has ... he" (not a guide's "During the
# inspection the inspector will ...")
INSPECTED = re.compile(r"\b(?:[Ss]ince|[Aa]t) (?:the|our|this) (?:last |previous |most recent )?inspection\b")
_DONE = re.compile(r"\b(?:has|have|had)\s+(?:\w+\s+)?(?:[a-z]{3,}ed|been|made|taken|given|begun|done|seen|met|kept|held|brought)\b"
                   r"|\b(?:was|were)\b")
# a sentence that sets a rule or a condition (not "any" alone: "shows no interest in any food")
SETS_RULE = re.compile(r"\b(?:must|should|shall|will|may|can|cannot|might|needs? to|has to|have to|if|unless|whenever)\b|\w'll\b", re.I)


def inspection_report(ctx) -> bool:
    """An inspection report telling what one service's people have done: "Since the last inspection a new manager
    has been appointed. He has reviewed ..." (no rule in the pronoun's sentence)."""
    return _DONE.search(ctx.sentence) is not None and SETS_RULE.search(ctx.sentence) is None and cue_before(ctx, INSPECTED, 300)


# a picture's credit closing its caption: "An audiologist checking his patient's ear (Image \u00a9 RNID)"
_CREDIT = re.compile(r"\((?:image|photo|photograph|picture)s?\s*(?:\u00a9|\(c\)|credit\b|courtesy\b|(?:by|:)\s*(?-i:[A-Z][\w.-]*\s[A-Z]|[A-Z]{2,}))"
                     r"[^()]*\)\W*$", re.I)


def captioned(ctx) -> bool:
    """The pronoun's sentence is a caption, closed by the picture's credit, with no rule in it: it tells of the
    people shown (not "A carer must wash his hands ... (Image \u00a9 PHE)")."""
    return "(" in ctx.sentence and _CREDIT.search(ctx.sentence.rstrip()) is not None and SETS_RULE.search(ctx.sentence) is None


def cue_before(ctx, cue, reach: int, past: int = 0) -> bool:
    """Does ``cue`` occur from ``reach`` characters before the pronoun's previous sentence up to the
    pronoun (or ``past`` characters beyond it: "shares her memories" holds the pronoun)? Not searched
    in a block that holds none of the words every match of the cue needs (blockfacts: most blocks
    hold no "scenario", "one case" or "apologies"), and searched one alternative at a time (branches.py)."""
    if lacks_rx(ctx, cue):
        return False
    return occurs(cue, ctx.text, max(0, ctx.prev_start - reach), ctx.end + past if past else ctx.start)


def heading_cue(ctx) -> bool:
    """The heading right above the pronoun's paragraph is a case's label ("Case study" over "A 72-year-old woman
    attends ... the patient ... She has ...")."""
    if ctx.block_index < 1:
        return False
    head = ctx.document.blocks[ctx.block_index - 1].text.strip()
    return len(head) <= 80 and _CASE_LABEL.match(head) is not None and not DUTY.search(ctx.sentence)


# the heading is the case's own label: "Case study", "Case study 3: Mrs A", "Scenario 2" (not "Using case
# studies in training", "Scenario planning for winter")
_CASE_LABEL = re.compile(r"(?i:Case\s+(?:study|history|example|scenario)|Scenario|Vignette)(?:\s*\d+|\s+[A-Z](?![a-z]))?"
                         r"\s*(?:[:.\-\u2013\u2014]\s*(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[A-Z]\w*|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s*)?$")


# a worked example of equality law ends on what the law makes of it: "This is likely to be direct
# discrimination", "the decision treats her less favourably", "she would be unable to make a claim for
# discrimination", "claimed the policy discriminated against fathers". The people in it are the example's own.
_VERDICT = rx(r"\b(?:is|are|was|would\s+be|could\s+be|might\s+be|may\s+be|will\s+be)\s+(?:(?:also|probably|not)\s+)?"
              r"(?:(?:likely|unlikely)\s+to\s+(?:be|amount\s+to)\s+|amount\s+to\s+)?(?:an?\s+(?:act\s+of\s+)?)?(?:unlawful\s+)?"
              r"(?:direct|indirect|associative|perceptive|perceived|unlawful)\s+(?:sex\s+|race\s+|age\s+|disability\s+|"
              r"sexual\s+orientation\s+|gender\s+reassignment\s+)?(?:discrimination|harassment|victimisation)\b"
              r"|\btreat(?:s|ed|ing)?\s+(?:him|her)\s+less\s+favourably\b"
              r"|\bclaimed\s+(?:that\s+)?(?:the|this|its|their|his|her)\s+(?:[\w-]+\s+){0,3}?discriminated\s+against\b"
              r"|\b(?:make|bring)\s+a\s+claim\s+(?:for|of)\s+(?:[\w-]+\s+){0,2}?(?:discrimination|harassment|victimisation)\b"
              r"|\b(?:[Tt]his|[Tt]hat|[Ww]hich)\s+(?:is|would\s+be|could\s+be|is\s+likely\s+to\s+be)\s+(?:unlawful\s+)?"
              r"(?:discrimination|harassment|victimisation)\b", re.I)
_CONDITIONAL = re.compile(r"\b(?:if|where|when|whenever|once|unless|suppose|should\s+an?)\b", re.I)
# the example's person brought in: "A worker who lives ...", "At a job interview, an applicant mentions ..."
_STORY_OPEN = re.compile(r"(?:^|[.!?]\s+)(?:[A-Z][^.,;]{0,60},\s+)?[Aa]n?\s+(?:[a-z'\u2019-]+\s+){0,2}?[a-z'\u2019]+\s+"
                         r"(?!(?:should|must|may|can|shall|will|is\s+required)\b)[a-z]+(?<!ing)\b")


def in_example_sentence(ctx) -> bool:
    """The match's own sentence is part of a worked example: it brings the person in, gives the verdict or
    tells what happened to them (not a general line near one: "Men attending the clinic are welcome to ...")."""
    return bool(_STORY_OPEN.search(ctx.text, ctx.sent_start, ctx.sent_end) or _VERDICT.search(ctx.sentence)
                or _TOLD_PAST.search(ctx.sentence))


def equality_example(ctx) -> bool:
    """The pronoun is in a worked example of equality law: a person brought in ("A worker who lives with
    ..."), the law's verdict on what happened in another sentence of its block, and neither the pronoun's
    sentence nor the one before it sets a condition or a duty (a policy's "If a manager treats an employee
    less favourably because he is gay, this is direct discrimination" is a rule for anyone)."""
    if lacks_rx(ctx, _VERDICT):
        return False
    lo, hi = max(0, ctx.prev_start - 600), min(len(ctx.text), ctx.sent_end + 600)
    verdicts = [v.start() for v in _VERDICT.finditer(ctx.text, lo, hi)]
    if not verdicts:
        return False
    told = ctx.text[ctx.prev_start:ctx.sent_end]
    if _CONDITIONAL.search(told) is not None or DUTY.search(told) is not None:
        return False
    if _STORY_OPEN.search(ctx.text, lo, ctx.sent_start) is not None:
        return True         # the person brought in before: "A tenant asks ... The officer refuses and treats her less favourably"
    # brought in by the pronoun's own sentence, with the verdict in another ("Refusing an employee ... because of his
    # orientation is direct discrimination" is a rule, its verdict in its own sentence), or in it when the sentence
    # tells what happened ("A male employee who was denied ... claimed the policy discriminated against fathers")
    opened = _STORY_OPEN.search(ctx.text, lo, ctx.sent_end) is not None
    elsewhere = any(not ctx.sent_start <= v < ctx.sent_end for v in verdicts)
    return opened and (elsewhere or _TOLD_PAST.search(ctx.sentence) is not None)


_TOLD_PAST = re.compile(r"\b(?:was|were|had)\s+(?:\w+\s+)?(?:denied|refused|dismissed|told|treated|given|sacked|rejected)\b|"
                        r"\b(?:claimed|complained|alleged)\b")


# one person's own words reported: "The patient states that she is nervous"
_REPORTS_SELF = re.compile(r"\b(?:states|says|reports|tells (?:the|you|us) \w+|complains|explains|describes|admits|"
                           r"denies|mentions|insists|reveals)\s+(?:that\s+)?$", re.I)


# the writer's own account ("we", "my mother"), with no survey of everyone around it ("We reviewed every complaint");
# "as if" is a manner, not a condition
# (or the people whose story it tells: "they ... spoke to a friendly social worker who talked ... He invited them")
_WRITER = re.compile(r"\b(?:I|[Mm]y|me|[Ww]e|[Tt]hey|them)\b")
_ASKED = r"\s+(?:recently\s+)?(?:asked|surveyed|audited|reviewed|consulted"
# a dated sentence about everyone, not one person: "We recently asked every tenant ..." (read by pronouns._narrative)
EVERYONE_ASKED = re.compile(r"\b(?:every|each|all|any)\s+\w+|\bwe" + _ASKED + r")\b", re.I)
_WE_REVIEWED = re.compile(r"\b(?:we|they)" + _ASKED + r"|interviewed)\b|\b(?:every|each|all)\s+(?!(?:about|along|day|over)\b)\w+"
                          r"|\b(?:audit|survey|inspection|review|evaluation)s?\s+(?:showed|found)\b|\b(?:often|usually|typically|generally)\b", re.I)
_AS_IF = re.compile(r"\bas\s+(?:if|though)\b", re.I)


def named_next(ctx, role: str) -> bool:
    """The sentence after names the one the news is about by the same role: "A nurse who has given 50 years of her
    life to the NHS is retiring. Joan Rees, a staff nurse at the hospital, ..." (a lede, then its person)."""
    if not _NEWS_TENSE.search(ctx.sentence):
        return False            # (a rule in the plain present is no news: "A volunteer who claims ... receives his payment")
    m = _NAMED_APPOSED.match(ctx.text, ctx.sent_end)
    return m is not None and _role_rx(role)[2].match(m.group("desc")) is not None


# a full name opening the next sentence, described in apposition with the role as its head: "Joan Rees, a staff nurse
# at the county hospital, " (not "Sarah Jones, our volunteer coordinator, ...", nor "In Cardiology, the nurse ...")
_NAMED_APPOSED = re.compile(r"\s*(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+)?(?!(?:In|On|At|For|Each|Every|The|Our|If|When|As|From)\b)[A-Z][a-z]+"
                            r"(?:\s+[A-Z][a-z'\u2019-]+){1,2},\s+(?:an?|the|our)\s+(?P<desc>[^,.;]{1,60}),")
# news told as news: "has delivered", "is retiring", "was awarded"
_NEWS_TENSE = re.compile(r"\b(?:has|have|had)\s+(?:\w+\s+)?[a-z]+(?:ed|en|wn|ne|lt|ght)\b|\b(?:is|are|was|were)\s+[a-z]{3,}ing\b")


def met_in_account(ctx, role: str) -> bool:
    """"We were seen by a nurse practitioner who acted like she ...": "<role> (word) who <past verb>" before the pronoun
    in the writer's own account, the pronoun's sentence holding no rule, condition or "any" (its past tense is the
    caller's to check)."""
    return bool(role) and _MODAL.search(_AS_IF.sub(" ", _PAST_WHEN.sub(" ", ctx.sentence))) is None \
        and _WRITER.search(ctx.text, ctx.prev_start, ctx.sent_end) is not None \
        and _WE_REVIEWED.search(ctx.text, ctx.prev_start, ctx.sent_end) is None and re.search(
            re.escape(role) + r"(?:\s+[a-z]+)?,?\s+who\s+(?:[a-z]+ly\s+)?(?:(?:was|had|did)(?:n['\u2019]t)?|[a-z]{3,}ed)\b",
            ctx.text[ctx.prev_start:ctx.start]) is not None


# a past verb straight after its subject (not one of the words that describe a holder: "this patient, registered ...")
_DID = (r"\s+(?:\w+ly\s+)?(?:was|were|had|did|said|told|asked|found|gave|made|took|wrote|spoke|met|went|came|saw|rang|sent|"
        r"brought|heard|felt|left|got|(?!(?:concerned|involved|affected|named|nominated|appointed|designated|qualified|registered|"
        r"required|responsible|authori[sz]ed|needed|aged|need|proceed|exceed|succeed)\b)[a-z]{3,}ed)\b(?!\s+by\b)")


@functools.lru_cache(maxsize=256)
def _this_one_rx(role: str):
    return re.compile(r"\b(?:[Tt]his|[Tt]hat)\s+(?:[\w-]+\s+){0,2}?" + re.escape(role) + _DID)


def this_one_did(text: str, sent_start: int, start: int, role: str) -> bool:
    """"this / that <role>" is the subject of a past verb in the pronoun's own sentence, before it, with no condition
    or modal there: one person an account tells of ("... one day, this individual asked for our details")."""
    part = text[sent_start:start]
    m = _this_one_rx(role).search(part) if role else None
    return m is not None and not _CONDITIONAL.search(part) and _MODAL.search(part) is None \
        and not _CHECKED.search(part, 0, m.start()) and "?" not in text[start:start + 200].split(".")[0]


# a checking clause or a question, not an account: "Confirm that this patient consented to ...", "Record whether ..."
_CHECKED = re.compile(r"\b(?:that|whether|if)\s+$|^\W*(?:Check|Confirm|Record|Ensure|Make\s+sure|Verify|Note|Ask|Please|Was|Were|Did|Has|Had)\b")


# read by the pronoun conditions (pronouns.py)
# a vacancy's words: a person specification reads like a staff profile ("An experienced support worker with ... He drives ...")
_JOB_ADVERT = re.compile(r"\b(?:vacanc\w*|recruit\w*|we\s+are\s+looking|applicants?|apply|person\s+spec\w*|candidates?|salary|job\s+(?:title|description))\b", re.I)
_DESCRIBED = re.compile(r"(?:he|she)\s+(?:is|was|has been|had been)\s+(?:our|the|a|an|my|one of)\b", re.I)
_BINDS = re.compile(r"\b(?:unless|until|before|after|if|when|whenever|once|because|who|whom|whose|where)\b", re.I)  # ("... anyone unless he")
# (a near-negative adverb too: "rarely sees anyone", "hardly knows anybody")
_NEGATED = re.compile(r"\b(?:not|never|nor|without|rarely|seldom|hardly|barely|scarcely)\b(?:\s+[a-z]+){0,4}\s+$|n't(?:\s+[a-z]+){0,4}\s+$", re.I)
# a habit told of the named person just before it: "David Rein, 91, rarely sees anyone" (the name the subject of that
# clause, with only an aside, an auxiliary, an adverb or a first verb and "and" between: not "Dr Khan notes that the ward rarely allows anyone")
_RARELY = re.compile(r"(?:,?[^,.;:\n]{0,40},)?(?:\s+(?:[a-z]+\s+){1,3}and)?\s+(?:(?:now|still|also|only|very|has|had|does|did|is|was)\s+)*(?:rarely|seldom|hardly|barely|"
                     r"scarcely)\s+(?:ever\s+)?[a-z]+\s+(?:(?:to|with|from|for)\s+)?", re.I)
# a question about one person in a situation put to the reader: "Will she be able to ...?"
_ASKED_OF_ONE = re.compile(r"\s*(?:Will|Can|Could|Would|Is|Does|Did|Was)\s+(?:he|she)\b[^.!]*\?")
# a test question put after the case it tells: "... The nurse should do which of the following?"
# (or "What should you do?" with no condition of its own: not "What should the manager do if ...?")
_QUIZ = re.compile(r"\bwhich\s+of\s+the\s+following\b|\bwhat\s+(?:should|would)\s+you\s+do\s*\?", re.I)


def quiz_after(ctx) -> bool:
    """The case the pronoun is in ends on a test question about it (in the next 400 characters of its block), and the
    pronoun's sentence tells what happens, with no modal ("A patient tells the nurse that her brother ...")."""
    return _MODAL.search(ctx.sentence) is None and _QUIZ.search(ctx.text, ctx.end, ctx.end + 400) is not None \
        and not _ENTITLED.search(ctx.sentence)


_ENTITLED = re.compile(r"\b(?:has|have)\s+(?:the\s+|a\s+)?rights?\b|\bis\s+entitled\b|\b(?:always|usually|normally|every|each)\b", re.I)


# a book's moral-rights line: "The author asserts his moral right to be identified as the author of this work" (not a
# form's or contract's "By signing, the author asserts ...")
_MORAL_RIGHT = re.compile(r"\bmoral\s+rights?\b|\bto\s+be\s+identified\s+as\s+the\s+author\b|\u00a9|\b(?:[Cc]opyright|[Aa]ll\s+rights\s+reserved|"
                          r"[Ff]irst\s+published)\b")
_SIGNED = re.compile(r"\b(?:[Bb]y\s+signing|form|agreement|contract|submission|shall)\b")


def moral_rights(ctx, det: str, role: str) -> bool:
    """"the author ... her": the sentence (or the paragraph before it) is a book's moral-rights or copyright line."""
    return det == "the" and role.lower().endswith("author") and _SIGNED.search(ctx.sentence) is None \
        and _MORAL_RIGHT.search(ctx.text, max(0, ctx.sent_start - 400), ctx.sent_end) is not None


# a day or a date one person is booked for: "Our nurse will visit on Thursday", "our handyman ... next week"
_BOOKED = re.compile(r"\b(?:on|this|next|last|every)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?\b|\b(?:next|last)\s+"
                     r"(?:week|month|term)\b|\btomorrow\b|\bthis\s+(?:morning|afternoon|evening|week)\b|\bon\s+\d{1,2}(?:st|nd|rd|th)?\s+"
                     r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b")


def booked(ctx) -> bool:
    """"our <role>" with a day or date in the pronoun's sentence or the one before, and no rule for every holder
    ("each", "any"): the one person the writer's service has in that post."""
    return _BOOKED.search(ctx.text, ctx.prev_start, ctx.sent_end) is not None \
        and _ANY_HOLDER.search(ctx.text, ctx.prev_start, ctx.sent_end) is None


_ANY_HOLDER = re.compile(r"\b(?:each|every|any|all)\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|day)s?\b)", re.I)
