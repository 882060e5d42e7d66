"""Conditions for the language pack's term, role-noun and binary-pair rules.

Each looks at the sentence (or a short window) around a match with one regex search.
"""
from __future__ import annotations

import re

from . import condition

_STATS = re.compile(
    r"\d\s*%|\bper ?cent\b|\bpercentage\b|\bproportion\b|\bratio\b|\brates?\b|\bincidence\b|\bprevalence\b|"
    r"\bmortality\b|\bsurvival\b|\bmedian\b|\baverage\b|\bmean\b|\bcompar\w+\b|\bgap\b|\bdiffer\w*\b|"
    # "between" compares groups or years; "between 6pm and 8pm" is a time, not a comparison
    r"\bbetween (?:the )?(?:sexes|genders|men|women|males|females|boys|girls|groups|(?:19|20)\d\d)\b|"
    r"\b(?:more|less|fewer|higher|lower|greater|smaller|older|younger|longer|shorter|\w+er) than\b|"
    r"\brespectively\b|\bseparately\b|\bstatistic\w*\b|\bdata\b|\bcensus\b|\bbreakdowns?\b|\bsplit\b|"
    r"\bmore (?:likely|common)\b|\bless (?:likely|common)\b|\bnumbers? of\b|\bfigures?\b|\bsurvey\w*\b|"
    r"\b(?:in|since|from|by|during|until) (?:19|20)\d\d\b|\bdisaggregat\w+\b|\bby sex\b|\bby gender\b|"
    r"\b(?:under|over)?-?represent\w*|\b(?:female|male|women|men)\s[\w-]+s\b[^.;]{0,30}\bwork(?:ed|ing)?\spart[- ]time\b|\boutnumber\w*|"
    # sex equality itself: "applies equally to both sexes", "equal paid leave for both women and men"
    # ("an equal opportunities employer welcomes both sexes" still offers two)
    r"\bequally\b|\bequal (?:pay|paid|treatment|rights|access)\b",
    re.I,
)


@condition("statistics-or-comparison")
def statistics_or_comparison(ctx) -> bool:
    """The sentence reports figures or compares the sexes (rates, pay gap, 'between', '%')."""
    return _STATS.search(ctx.sentence.replace("\n", " ")) is not None


_NON_HUMAN = re.compile(
    r"\b(?:fish|species|animals?|reptiles?|amphibians?|frogs?|plants?|flowers?|snails?|slugs?|worms?|earthworms?|"
    r"molluscs?|insects?|organisms?|invertebrates?|wrasse|clownfish|oysters?|eggs? incubat\w+|crops?|"
    r"botan\w+|zoolog\w+|marine|coral|fungi|wildlife)\b",
    re.I,
)


@condition("non-human-biology")
def non_human_biology(ctx) -> bool:
    """The sentence is about animals or plants (sex change in fish, hermaphrodite snails)."""
    return _NON_HUMAN.search(ctx.sentence.replace("\n", " ")) is not None


_SEXED_WORD = r"(?:female|male|woman|women|lady|ladies|man|men)\b"
_CHOICE = re.compile(
    r"\b(?:ask(?:ed|ing|s)? (?:for|to|if|whether)|request\w*|prefer\w*|choose|choice|chose|would like|wish|"
    r"wish\w*|want\w*|entitled|available|offer\w*|same[- ]sex|same[- ]gender|chaperon\w*|intimate|option|insist\w*"
    # the patient's ease with a clinician of one sex: "more comfortable discussing ... with female pharmacists"
    r"|(?:more|less|feel|felt|be) (?:at ease|comfortable|uncomfortable|embarrassed)[^.;,]{0,60}\b(?:with|about seeing|about being seen by) (?:an? |the )?(?:female|male|lady|woman|women|man|men)"
    # a patient's need or refusal: "without access to a female doctor", "patient requirements, such as a woman doctor",
    # "refuse examination by a male doctor"
    r"|(?:access to|(?:patient|specific|particular) (?:requirements?|needs?),? such as|refus\w* (?:an? )?(?:examination|to be (?:seen|examined)) by)"
    r" (?:an? |the )?" + _SEXED_WORD +
    # "many women will not go if they cannot see a female GP"
    r"|(?:can(?:not|'t)?|could(?:n't| not)?|able to) (?:see|be seen by|have|get)"
    # whether one works there: "it will tell you whether there is a female doctor", "we do not have a female GP"
    r"|(?:whether there (?:is|are)|(?:do|does) not (?:currently )?have|(?:don't|doesn't) (?:currently )?have) (?:an? |any )?" + _SEXED_WORD
    + r"|there (?:is|are) no " + _SEXED_WORD + r")\b",
    re.I,
)


_CHAPERONE = re.compile(r"\bchaperon\w*|\bintimate (?:examination|care|procedure)s?\b", re.I)
# an intimate procedure named in the sentence: who carries it out is the patient's concern
_INTIMATE_PROCEDURE = re.compile(r"\b(?:cervical (?:screening|sample|test)s?|smear(?: test)?s?|coil fitting|pelvic examination|"
                                 r"breast examination|genital examination|internal examination)s?\b", re.I)


@condition("clinician-choice")
def clinician_choice(ctx) -> bool:
    """The sentence is about a patient choosing the sex of the clinician ('you can ask for a
    female doctor'), which is a legitimate reason to mention it."""
    sentence = ctx.sentence.replace("\n", " ")
    if _CHOICE.search(sentence) is not None or _STATS.search(sentence) is not None \
            or _INTIMATE_PROCEDURE.search(sentence) is not None:
        return True
    prev = ctx.text[ctx.prev_start:ctx.sent_start].replace("\n", " ")
    if _CHOICE.search(prev) is not None and _SEXED_CLINICIAN.search(prev) is not None:
        return True     # the sentence after a request for a female doctor tells how it is met
    return _CHAPERONE.search(ctx.text) is not None     # a chaperone policy: the examiner's sex is its subject


_SEXED_CLINICIAN = re.compile(r"\b(?:lady|woman|female|male|man)\s+(?:doctors?|nurses?|GPs?|clinicians?|examiners?|staff|practitioners?)\b", re.I)


_BODY = re.compile(
    r"\b(?:screening|screened|cervi\w*|prostat\w*|breast|chest|ovar\w*|uter\w*|womb|testic\w*|"
    r"hormone\w*|(?:in|sub)?fertil\w*|health problems?|pregnan\w*|genital\w*|organs?|chromosom\w*|x-ray|scan|imaging|cancer|smear|"
    r"reference ranges?|blood tests?|dose|dosage|risk(?!\s+assess)|symptoms?|condition|disease|diagnos\w+|affects?|"
    r"infection|anatom\w*|physiolog\w*|clinical\w*|medicines?|treatment)\b",
    re.I,
)


@condition("body-or-screening-context")
def body_or_screening_context(ctx) -> bool:
    """The sentence is about bodies, organs, screening or a condition, where sex matters (read on the
    match's own line when a list runs several items into one sentence: the next item's "symptoms" is
    not about the first item's "someone of the opposite gender"). A person called "born a woman" is
    told who they are, not what body they have, so that is not excused here (a baby's "born a girl" is)."""
    if (_BORN_A_PERSON.match(ctx.match_text) and not _BABY_BORN.search(ctx.window_before(40))) \
            or _BECAME.search(ctx.match_text):
        return False        # (nor is "a woman who becomes a man", "a man who has had his gender reassigned")
    text, lo = ctx.text, max(ctx.sent_start, ctx.text.rfind("\n", 0, ctx.start) + 1)
    while lo > ctx.sent_start and text[lo:lo + 8].lstrip()[:1] not in _BULLETS:
        lo = max(ctx.sent_start, text.rfind("\n", 0, lo - 1) + 1)      # back to the item's own first line
    item = _NEXT_ITEM.search(text, ctx.end, ctx.sent_end)
    line = text[lo:item.start() if item else ctx.sent_end]
    if text[lo:lo + 8].lstrip()[:1] in _BULLETS:
        head = text.find("\n", ctx.sent_start, lo)
        line = text[ctx.sent_start:head if head != -1 else lo] + " " + line       # with the list's lead-in line
    else:
        line = ctx.sentence         # (an ordinary sentence wrapped over lines is read whole)
    return _BODY.search(line.replace("\n", " ")) is not None


_BABY_BORN = re.compile(r"\b(?:baby|babies|infant|newborn|twins?)\s+(?:was|were|is|will\s+be|would\s+be|had\s+been|(?:is|are)\s+likely\s+to\s+be|may\s+be|might\s+be)\s+$", re.I)
_BORN_A_PERSON = re.compile(r"born\s+an?\s(?!\w+\s+or\s)", re.I)       # (not a baby's "born a boy or a girl")
_BECAME = re.compile(r"\b(?:reassigned|changed|becomes|became|become)\b", re.I)
_BULLETS = ("-", "*", "\u2022")
_NEXT_ITEM = re.compile(r"\n[^\S\n]*[-*\u2022]")


@condition("title-before-name")
def title_before_name(ctx) -> bool:
    """The match is a title in front of a person's name ('Ward Sister Okoro')."""
    return re.match(r"\s+[A-Z][a-z'-]+", ctx.window_after(30)) is not None and \
        re.match(r"\s+(?:and|or|in|on|of|at|for|will|can|is|was)\b", ctx.window_after(30), re.I) is None


_SPECIFIC_FAMILY = re.compile(
    r"(?:\b(?i:my|his|her|our)\s+|\b[A-Z][a-z]+(?:'s|\u2019s)\s+)$")


@condition("specific-family")
def specific_family(ctx) -> bool:
    """A named or specific family ("Jo's mum and dad", "my mother and father", "her husband
    or wife"), not parents or partners in general."""
    if "/" in ctx.match_text:
        return False          # "my husband/wife": a choice left to whoever fills in the template
    before = ctx.window_before(30)
    if re.search(r"\b(?:his|her)\s*(?:or|/)\s*(?:his|her)\s+$", before, re.I):
        return False          # "his or her husband or wife": anyone's
    if " and " in ctx.match_text and _ONE_COUPLE.match(ctx.text, ctx.end) and re.search(r"\b(?:the|a)\s+$", before, re.I) \
            and not _CONDITION.search(ctx.text, ctx.sent_start, ctx.start) \
            and not _RULE_AFTER.search(ctx.text, ctx.end, ctx.sent_end):
        return True           # one couple in an account: "I met a husband and wife who had worked together"
    if " and " in ctx.match_text and before.lower().endswith("the ") and _TOLD.search(ctx.text, ctx.prev_start, ctx.start) \
            and not _CONDITION.search(ctx.text, ctx.sent_start, ctx.start) and _PAST_HERE.search(ctx.sentence) and not _NOW.search(ctx.sentence):
        return True           # the couple of an account told in the past: "... the woman was worried ... to help the mum and dad"
        #                       (the pair's own sentence past too: not "The new form asks for the signatures of the ...")
    return _SPECIFIC_FAMILY.search(before) is not None


# a past verb right after the pair ("the husband and wife were married in 1987"), not a passive rule's "to"/"by"
_ONE_COUPLE = re.compile(r"\s+(?:who\s+)?(?:were|had|[a-z]{3,}ed)\b(?!\s+(?:to|by)\b)")
_CONDITION = re.compile(r"\b(?:if|provided|where|when|unless|whether)\b", re.I)     # "Provided husband and wife were ..."
# the couple of an account: their own sentence told in the past, with no present verb or modal (_NOW) ...
_PAST_HERE = re.compile(r"\b(?:was|were|had|went|[a-z]{3,}ed)\b", re.I)
_NOW = re.compile(r"\b(?:is|are|am|can|cannot|may|might|must|should|shall|will|would|asks?|go|goes|gets?|sends?)\b|\w['\u2019]ll\b"
                  # (nor one sent to every family: "each child was given a card for the mum and dad")
                  r"|\b(?:each|every|all|any)\s+(?:[a-z-]+\s+)?(?:child(?:ren)?|bab(?:y|ies)|famil(?:y|ies)|parents?|patients?|couples?|"
                  r"mothers?|fathers?|person|people|packs?|cards?|letters?|forms?|leaflets?)\b", re.I)
# ... after someone told of in the past in it or the sentence before: "the woman was a little worried ..."
_TOLD = re.compile(r"\b(?:(?:the|this|that)\s+(?:woman|man|couple|family|mother|father|mum|dad|baby|child|patient|girl|boy)|she|he)\s+(?:was|were|had)\b", re.I)
# a rule about any such couple follows: "A husband and wife who separated before 2016 cannot share ..."
_RULE_AFTER = re.compile(r"\b(?:can|cannot|can't|may|might|must|should|shall|will|are|is)\b", re.I)


_REFUTED = re.compile(
    r"\b(?:is|are|was|were) not (?:a |an )?(?:\w+ )?(?:lifestyle|choice)|\bisn't (?:a |an )?(?:\w+ )?(?:lifestyle|choice)"
    r"|\bnot a (?:\w+ )?(?:lifestyle|choice)|\bno such thing as|\bmyths?\b|\bwrongly\b|\bmistaken\w*|"
    r"\bincorrect\w*|\bfalse (?:belief|idea)|\b(?:belief|believe|assume|assumption|stereotype|idea|perception) that\b"
    r"|\b(?:this|that) (?:isn't|is not|was not|wasn't) (?:true|the case)\b",
    re.I,
)


@condition("refuted-in-sentence")
def refuted_in_sentence(ctx) -> bool:
    """The sentence rejects the idea the term carries ('being gay is not a lifestyle choice')."""
    return _REFUTED.search(ctx.sentence.replace("\n", " ")) is not None


_PERSON_BEFORE = re.compile(
    r"\b(?:he|she|they)\s+(?:is|was|works?|worked|became|has been|had been)\s+(?:as\s+)?(?:an?\s+|the\s+)?(?:\w+\s+)?$"
    r"|\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[A-Z][\w'-]+,?\s+(?:is|was|works?|worked|became|the|our|a)?\s*(?:as\s+)?(?:an?\s+|the\s+)?(?:\w+\s+)?$",
    re.I,
)


@condition("describes-specific-person")
def describes_specific_person(ctx) -> bool:
    """The title describes one known person ("He works as a postman", "Mr Cole, the
    headmaster"), whose own title it may well be."""
    return _PERSON_BEFORE.search(ctx.text[max(ctx.sent_start, ctx.start - 60):ctx.start].replace("\n", " ")) is not None \
        or _SPOKE_AFTER.match(ctx.text, ctx.end) is not None


# the title's holder speaking in a report: "a spokeswoman later clarified that ...", "the chairman said"
_SPOKE_AFTER = re.compile(r"\s+(?:\w+ly\s+|later\s+|also\s+)?(?:said|told|added|confirmed|clarified|explained|stated|declined|"
                          r"refused|insisted|commented|replied)\b(?!\s+to\b)")       # (not "workmen told to work on the ward")


_HISTORICAL = re.compile(
    r"\b(?:in|by|until|during|before)\s+(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?:1[5-9]\d\d|1[5-9]\d0s|(?:nineteen|eighteen)[a-z]+)\b"
    # "the 1990 handbook" names an old document that may still be in use: not history
    r"(?!\s+(?:[\w-]+\s+)?(?:handbook|regulations?|act|guidance|polic(?:y|ies)|reports?|edition|version|"
    r"documents?|guides?|rules|order|constitution|standing orders|leaflets?|forms?)\b)"
    r"|\b(?:historically|traditionally|in the past|at the time(?!\s+(?:of|when|that|it|they|you|we|he|she|the|an?|your|their)\b)|at that time|in those days|was then (?:called|known)|"
    r"were then (?:called|known)|was founded|were founded|was established)\b"
    # a fable's opening, or a year before which things were otherwise, told in the past and with no "now" after it:
    # "Prior to 1940 the pension age for both was 65" (not "Prior to 2008 the post was unpaid; today each chairman ...")
    r"|(?:\b(?-i:[Oo]nce upon a time)\b|\bprior\s+to\s+(?:1[5-9]\d\d|200\d)\b(?=[^.]{0,80}\b(?:was|were|had)\b))"
    r"(?![^.]*\b(?:must|shall|will|can|should|may|today|now|currently|nowadays)\b)"
    r"|\boriginally\b(?=[^.]{0,80}\b(?:was|were)\b)"
    # the time before an old law: "Before the Sexual Offences Act 1967, ... were often reluctant"
    r"|\bbefore\s+the\s+(?:[A-Z][\w'()-]*\s+){1,6}(?:Act|Regulations)\s+(?:1[5-9]\d\d|200\d)\b(?=[^.]{0,120}\b(?:was|were|had)\b)"
    # an old law or report and what it changed: "The 1957 Wolfenden Report recommended that ..."
    r"|\b1[5-9]\d\d\b(?=[^.]{0,60}\b(?:recommended|decriminali[sz]ed|legali[sz]ed|outlawed|abolished|repealed|banned|criminali[sz]ed)\b)"
    r"(?![^.]*\b(?:must|shall|will|can)\b)",     # (not a rule of today's: "so staff must never ...")
    re.I,
)


@condition("historical-context")
def historical_context(ctx) -> bool:
    """The sentence describes the past ('In 1967 …', 'historically', 'at the time'), where the
    words of the period are reported rather than used."""
    sentence = ctx.sentence.replace("\n", " ")
    at = ctx.start - ctx.sent_start
    # a bracketed gloss is about the words inside it: "cross-dressers (in the past known as transvestites)"
    end = ctx.end - ctx.sent_start
    if any(m.end() <= at and "," not in sentence[m.end():at] for m in _SINCE_WHEN.finditer(sentence, 0, at)):
        return True         # the term inside a clause dating an event: "since the early 1990s, when transsexual people first ..."
    # (not a date in a clause of concession after the term, where the term's own clause is in the present: "Being ...
    # transsexual is not a mental illness - although the WHO only removed homosexuality as a diagnosis in 1992")
    cues = [m.group(0).lower() for m in _HISTORICAL.finditer(sentence) if not _glossed_apart(sentence, m.start(), at, end)
            and not (m.start() > end and _conceded_now(sentence, end, m.start()))]
    if cues and all(c == "in the past" for c in cues) and _STILL_HERE.search(sentence):
        return False        # "some older transsexuals may have met hostility in the past": people now
    return bool(cues)


_CONCEDES = re.compile(r"[,;\u2013\u2014-]\s*(?:although|though|even\s+though|whereas|but)\b", re.I)
_PRESENT_MAIN = re.compile(r"\b(?:is|are|am|being)\b", re.I)


def _conceded_now(sentence: str, end: int, cue: int) -> bool:
    """A clause of concession opens between the term and the date, and the term's own clause is in the present."""
    c = _CONCEDES.search(sentence, end, cue)
    return c is not None and _PRESENT_MAIN.search(sentence, 0, c.start()) is not None


_SINCE_WHEN = re.compile(r"\bsince\s+(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?:1[5-9]\d\d|1[5-9]\d0s),?\s+when\b", re.I)


def _glossed_apart(sentence: str, cue: int, at: int, end: int) -> bool:
    """The cue sits inside a bracket that does not hold the match, nor follows it at once ("transvestites
    (the word used at the time)" glosses the word before it)."""
    open_ = sentence.rfind("(", 0, cue)
    if open_ == -1 or sentence.rfind(")", 0, cue) > open_ or not sentence[end:open_].strip():
        return False
    close = sentence.find(")", cue)
    return not (open_ < at < (close if close != -1 else len(sentence)))


_STILL_HERE = re.compile(r"\b(?:may|might|could|will|can|often|still)\s+(?:have\s+)?(?:\w+ed|been|had|met|felt)\b"
                         r"|\b(?:have|has)\s+(?:\w+ed|been|had|met|felt)\b", re.I)


# --- sex-separated facilities, judged in the match's own clause ----------------------------------

_ACCOMMODATION = re.compile(
    r"\b(?:accommodat\w*|sleeping|sleep|bays?|wards?|(?:treatment |clinical |care )?areas?|dormitor\w*|bed(?:room)?s?|toilets?|bathrooms?|"
    r"washing (?:facilities|areas?|rooms?)|wash ?rooms?|showers?|changing (?:rooms?|facilities|areas?)|lavator\w*|side rooms?|rooms? sharing|share a room"
    r"|(?:people|patients|others) you(?:'re| are| will be)? shar(?:e|ing) with|flats?|halls? of residence|hostels?|"
    # quarters, cabins, and what a building houses: "facilities that house both men and women"
    r"(?:living|staff|sleeping|separate)\s+quarters|cabins?|lodgings?|separate\s+(?:rooms|floors|houses)|"
    r"hous(?:e|es|ed|ing)(?=\s+(?:both|men|women|males?|females?)\b)|"
    # space shared, or kept apart: "made to share specialist units", "segregated by sex"
    r"shar(?:e|ed|ing)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:units?|spaces?|facilities|areas?)|segregat\w*)\b", re.I)
_CLAUSE_CUT = re.compile(r"[;:]|\.\s|\s-\s|\b(?:but|unless|whereas|although|however)\b", re.I)


@condition("accommodation-clause")
def accommodation_clause(ctx) -> bool:
    """The clause holding the match is about sleeping, washing or toilet arrangements (wards,
    bays, bathrooms), where sex-separated facilities are the subject. "Same sex" alone is not
    enough: "an examiner of the opposite sex ... unless a same-sex chaperone" is not about rooms."""
    s = ctx.sent_start
    a = s
    for m in _CLAUSE_CUT.finditer(ctx.text, s, ctx.start):
        a = m.end()
    m = _CLAUSE_CUT.search(ctx.text, ctx.end, ctx.sent_end)
    b = m.start() if m else ctx.sent_end
    return _ACCOMMODATION.search(ctx.text, a, b) is not None


_OFFER_BEFORE = re.compile(
    r"\b(?:available|offered|open|suitable|welcome|accessible|provided|free|designed|run)\s+(?:to|for)\s+"
    r"(?:[\w-]+\s+){0,3}$", re.I)


@condition("sex-fact-not-offer")
def sex_fact_not_offer(ctx) -> bool:
    """The sentence states a fact about bodies, screening or a condition (where naming the
    sexes is the point) and the match is not what a service is offered to ("available for both
    male and female patients" is an offer to everyone)."""
    sentence = ctx.sentence.replace("\n", " ")
    if _SCREENING.search(sentence):
        return True           # who is invited for screening or a vaccine is itself the fact
    before = ctx.text[max(ctx.sent_start, ctx.start - 60):ctx.start]
    if _CARER_OF.search(before) and _PERSONAL_CARE.search(sentence):
        return True           # "help with washing from staff of either sex": who gives personal care
    if _OFFER_BEFORE.search(before):
        return False
    if _OCCURS_IN.search(before):
        return True           # where a condition is found: "The illness occurs in both sexes but mainly in women"
    return _BODY.search(sentence) is not None or _HARMED.search(ctx.text, ctx.end, min(ctx.sent_end, ctx.end + 50)) is not None


_OCCURS_IN = re.compile(r"\b(?:(?:occurs?|occurring|affects?|affecting|develops?|(?:is|are|be|been)\s+(?:found|seen|common|rare|diagnosed))"
                        r"\s+(?:equally\s+|mostly\s+|mainly\s+)?(?:in|among)|happens?\s+to)\s+$", re.I)


# who suffers a harm, said right after the pair, is a fact about people of each sex: "both women and
# men can experience it", "both men and women are victims of domestic abuse"
_HARMED = re.compile(r"\b(?:(?:can|may|do|does|will)\s+(?:also\s+)?experience|victims?|survivors?\s+of|perpetrators?|abusers?)\b", re.I)


# the sex of the person giving intimate or personal care is the point of the sentence
_CARER_OF = re.compile(r"\b(?:staff|carers?|care workers?|nurses?|workers?|helpers?|volunteers?|chaperones?)\s+of\s+$", re.I)
_PERSONAL_CARE = re.compile(r"\b(?:wash\w*|dress\w*|bath\w*|shower\w*|toilet\w*|continence|intimate|personal care)\b", re.I)


# (a vaccine whose offer depends on sex: "the HPV vaccine is now offered to both boys and girls";
# a flu jab offered to "staff of both sexes" is an offer like any other)
_SCREENING = re.compile(r"\b(?:screen\w*|cancers?|HPV|human papilloma\w*|rubella|MMR)\b", re.I)
