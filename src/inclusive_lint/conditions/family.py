"""Conditions for family and relationship wording: next of kin, who counts as family,
partners, parents and fertility criteria."""
from __future__ import annotations

import re

from . import condition
from .wrap import rx
from .clinical import affirmed
from .kinship import any_included
from .names import NAME_HEAD_END
from .named_people import _NOT_NAME
from .account_cues import equality_example


def _cached(ctx, name, pattern) -> bool:
    key = ("family", name)
    hit = ctx.doc_cache.get(key)
    if hit is None:
        hit = affirmed(pattern, ctx.document_text)
        ctx.doc_cache[key] = hit
    return hit


# --- inheritance, genetics, donation: "blood relative" and "next of kin" used correctly ----------

_GENETIC_OR_LEGAL = rx(
    r"\b(?:genetic\w*|genes?|inherit\w*|hereditary|family history|cancers?|screening|tested|testing|"
    r"condition runs in|runs in (?:the|your) family|carriers?|DNA|donors?|donat\w*|transplant\w*|"
    r"blood (?:group|type|test|sample)s?|tissue typing|match(?:ed|ing)?|intestacy|without a will|"
    r"estate|probate|will and testament|died without|"
    # a family medical history: "age at the time of death", "born to blood relations ... congenital"
    r"congenital|born with|chromosom\w*|consanguin\w*|ages? (?:and (?:the )?cause )?(?:at|of) (?:the time of )?death|family (?:medical|health) history|"
    # how two people are related: "a half relationship is where you are related through your mother or father"
    r"half[- ](?:relations?|relationships?)|related (?:to \w+ )?through)\b",
    re.I,
)


@condition("genetic-or-legal-family")
def genetic_or_legal_family(ctx) -> bool:
    """The paragraph is about genetics, family history, donation or inheritance law, where
    blood relationship or the legal order of relatives is the real subject."""
    return _GENETIC_OR_LEGAL.search(ctx.text) is not None


# --- family definitions that already include partners and chosen family --------------------------

# a household catch-all in a list of relations: "or any person living in the household", "an
# individual who is a permanent resident in the employee's home"
_HOUSEHOLD = (r"(?:any|another|other) (?:person|one|individual) (?:who )?(?:normally |usually )?(?:living|lives|residing|resides) (?:in|with)"
              r"|(?:individual|person|anyone|someone) who (?:is an? (?:permanent |usual )?(?:resident|member) (?:in|of)|resides in|"
              r"(?:normally |usually |permanently )?lives (?:in|with)|is living (?:in|with))")
_INCLUSIVE_FAMILY = rx(
    r"\b(?:chosen family|family of choice|families of choice|logical family"
    r"|partners? (?:of (?:any|either|the same) (?:sex|gender)|whatever their (?:sex|gender))"
    r"|same[- ]sex (?:partners?|couples?|spouses?)"
    r"|(?<!civil )(?<!male )(?<!female )partners?(?! leave| pay)|cohabit\w*|living together|lives? with (?:you|them)"
    r"|" + _HOUSEHOLD +
    r"|(?:anyone|someone|any person|the person|people) (?:whom )?(?:you|they|the (?:employee|patient|member of staff|colleague))"
    r" (?:regard|consider|see|think of|count|treat|choose)"
    r"|(?:a |an )?(?:close )?friends?"
    r"|(?:regard|consider)\w* (?:as|to be) (?:close )?family)\b",
    re.I,
)


_LABELLED_LINE = re.compile(r"\s*(?:[-*\u2022]\s*)?[A-Z][\w -]{0,30}:\s")


@condition("inclusive-family-wording")
def inclusive_family_wording(ctx) -> bool:
    """The paragraph's definition of family reaches beyond blood and marriage: partners
    (not only civil partners), chosen family, friends, anyone the person regards as family; or, for a
    short paragraph, one of the short ones after it does ("Immediate family: Spouse, children ..." then
    "Others: Domestic partners, significant others, or close friends")."""
    if any_included(_INCLUSIVE_FAMILY, ctx.text):
        return True
    blocks = getattr(ctx.document, "blocks", None) or []
    if len(ctx.text) > 300:
        return False
    for b in blocks[ctx.block_index + 1:ctx.block_index + 6]:
        if len(b.text) > 300 or not _LABELLED_LINE.match(b.text):
            return False        # (only lines that carry on the definition: "Others: ...", "Extended family: ...")
        if any_included(_INCLUSIVE_FAMILY, b.text):
            return True
    return False


# --- partner categories that are not limited by sex -------------------------------------------

_NEUTRAL_PARTNER = rx(
    # (not the partner who gave birth: "male employees whose partner has given birth" names only men)
    r"(?<!male )(?<!female )(?<!married )\b(?:(?:civil |birth |same[- ]sex )?partners?(?!'?s? (?:leave|pay)\b)"
    r"(?! (?:has|have) (?:just )?(?:given birth|had (?:a|the|their) baby)| (?:is|are) (?:pregnant|expecting|giving birth))"
    r"|co-?parents?|other parent|second (?:female )?parent|non-birthing parent|either parent|both parents"
    r"|whatever (?:their|your) (?:sex|gender)|(?:any|either) (?:sex|gender)|same[- ]sex|spouse or civil partner"
    r"|intended parents?|parental order"
    r"|" + _HOUSEHOLD +
    r"|(?:any|another) (?:person|one|individual) (?:the employee|the member|you|they) (?:consider|regard)s?)\b",
    re.I,
)


@condition("neutral-partner-wording")
def neutral_partner_wording(ctx) -> bool:
    """The paragraph names a partner or parent category that is not limited by sex (partner,
    civil partner, co-parent, other parent, "whatever their sex")."""
    return _NEUTRAL_PARTNER.search(ctx.text) is not None


_SAME_SEX_PARENTS_DOC = rx(
    r"\b(?:civil[- ]partner\w*|same[- ]sex|second (?:female )?parent|other parent|co-?parents?|two (?:mums|mothers|dads|fathers)"
    # a passage scoped to different-sex couples has said who it is about
    r"|(?:heterosexual|opposite[- ]sex|different[- ]sex) (?:couples?|parents?)"
    r"|female partner of the (?:mother|birth)|non-birthing parent|(?:any|either) (?:sex|gender)|lesbian|gay|LGBT\w*"
    r"|intended parents?|parental order|surrogacy)\b",
    re.I,
)


@condition("same-sex-parents-in-document")
def same_sex_parents_in_document(ctx) -> bool:
    """The document covers parents beyond a mother and a father (civil partners, same-sex
    parents, a second female parent, an other parent)."""
    return _cached(ctx, "same-sex-parents", _SAME_SEX_PARENTS_DOC)


# --- a specific, named person ------------------------------------------------------------------

_SPECIFIC = rx(
    r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+[A-Z][a-zA-Z'-]+"
    # two capitalised words, not after an article ("a Baby Friendly trust", "the Red Cross": things)
    # (not a heading run into its sentence: "4.2 Eligibility The death in service lump sum ...")
    r"|(?<![.!?:]\s)(?<!^)(?<!\b[Aa]\s)(?<!\b[Aa]n\s)(?<!\b[Tt]he\s)\b[A-Z][a-z]+"
    r"(?:\s+(?!(?:The|A|An|This|That|These|If|When|Where|Our|Your|Each|All|Any|We|You|It|In|On|For|To)\b)[A-Z][a-z]+)+\b"
    r"(?!\s+(?:Unit|Ward|Clinic|Centre|Service|Hospital|Trust))"
    r"|\b[A-Z][a-z]+'s\b"
    r"|,\s+[A-Z][a-z]+,"
    r"|\b[A-Z][a-z]+,\s+(?:a|an|our|who|aged)\b",
    0,
)


@condition("specific-person")
def specific_person(ctx) -> bool:
    """A named person (Mr Khan, Amy Lee, Amy's) is mentioned in this or the previous sentence,
    so the text is about one family, not a rule for everyone."""
    window = ctx.text[ctx.prev_start:ctx.sent_end]
    for m in _SPECIFIC.finditer(window):
        word = m.group(0).strip(", ")
        place = NAME_HEAD_END.search(word) and (word.count(" ") > 1 or _ORG_END.search(word))
        if word.split("'")[0].split(",")[0] in _NOT_NAMES or place or (" " in word and _NOT_NAME_WORD.fullmatch(word.split()[0])):
            continue        # "at the Royal United Hospital", "Social Security", "'The Change'": not a person
        return True
    return False


# a body's name, never a surname: "the Royal County Hospital" (but "Sarah Hall" may be a person)
_ORG_END = re.compile(r"\b(?:Hospital|Infirmary|Trust|Surgery|Practice|Clinic|Centre|Center|Unit|Ward|Council|School|University|"
                      r"College|Services?|Association|Society|Foundation|Institute|Department|Board|Committee|Charity|Network|Union)$")
_NOT_NAME_WORD = re.compile(r"(?:" + _NOT_NAME + r")")
_YOU = rx(r"\b(?:you|your|yours)\b", re.I)


@condition("named-person-nearby")
def named_person_nearby(ctx) -> bool:
    """``specific-person`` (a name in this or the previous sentence), unless the sentence speaks
    to the reader ("did your spouse ..."): a rule or question for the reader is not an account of
    a named family, and capitalised place names ("South Korea") read as names."""
    return _YOU.search(ctx.sentence) is None and specific_person(ctx)


_NOT_NAMES = {"Please", "If", "When", "Your", "The", "This", "All", "Our", "We", "You", "Men", "Women", "NHS",
              "Partners", "Parents", "Fathers", "Mothers", "Dads", "Mums", "Husbands", "Wives", "Staff",
              "Patients", "Visitors", "Anyone", "Everyone", "Each", "Every", "Both", "Children", "Child",
              "Mother", "Father", "Mum", "Dad", "Partner", "Baby", "Patient", "Parent", "Parents", "Carer",
              # a sentence's connective before its comma: "Hence, a couple should ..."
              "Hence", "However", "Therefore", "Thus", "Also", "Moreover", "Furthermore", "Meanwhile", "Otherwise",
              "Finally", "Instead", "Today", "Now", "Then", "Generally", "Usually", "Typically", "Ideally",
              "Similarly", "Additionally", "Alternatively", "Consequently", "Currently", "Initially", "Importantly"}


# --- fertility criteria ----------------------------------------------------------------------------

_FERTILITY = rx(r"\b(?:fertility|infertil\w*|IVF|IUI|ICSI|assisted conception|conceiv\w*|trying for a baby|"
                        r"get pregnant|getting pregnant|become pregnant|subfertil\w*|"
                        r"intercourse for (?:at least |more than |over )?(?:\d+|one|two|three|a|an) (?:years?|months?))\b", re.I)
_ELIGIBILITY = rx(r"\b(?:must|need to|needs to|should have|eligib\w*|criteria|qualify|referr\w*|refer\b|available|accepted|open to|"
                          r"funded|funding|offered|entitled|before (?:we|you|they) (?:can|will)|at least|cycles?)\b", re.I)
_OTHER_ROUTES = rx(
    r"\b(?:same[- ]sex|female couples?|male couples?|lesbian|gay|single (?:people|women|men|persons?|patients?|parents?)|"
    r"donor (?:insemination|sperm|eggs?)|trans(?:gender)? (?:people|men|women|patients?)|non-?binary|"
    r"regardless of (?:sexual orientation|sex|gender)|(?:all|any) couples? (?:regardless|of any))\b",
    re.I,
)


@condition("fertility-eligibility")
def fertility_eligibility(ctx) -> bool:
    """The paragraph sets eligibility or referral criteria for fertility treatment."""
    return _FERTILITY.search(ctx.text) is not None and _ELIGIBILITY.search(ctx.sentence) is not None


@condition("fertility-routes-described")
def fertility_routes_described(ctx) -> bool:
    """The document describes how same-sex couples, single people or trans people qualify."""
    return _cached(ctx, "fertility-routes", _OTHER_ROUTES)


# --- pronouns for a generic partner ------------------------------------------------------------

_PARTNER = rx(r"\b(your|a|the|their|his|her|our|patient's|person's|[a-z]+'s)\s+(?:(?:husband|wife|boyfriend|girlfriend|spouse)\s+or\s+)?"
              r"(?:(birth|new|pregnant|\w+)\s+)?partner\b",
                      re.I)
_HER_CONDITION = rx(r"(?<!male )\b(?:breast cancer|mastectomy|hysterectomy|ovarian|cervical cancer|menopaus\w*|endometriosis)\b(?! in men\b)", re.I)
# the reader is the patient: "your diagnosis", "your treatment", "your mood"
_READERS_OWN = rx(r"\byour (?:diagnosis|treatment|cancer|surgery|operation|symptoms|mood|condition)\b|\b(?:in|for) men\b", re.I)
_NAMED_PARTNER = re.compile(r",?[^\S\n](?:[A-Z][a-z]+)(?:[^\S\n][A-Z][a-z'-]+)?(?:,|[^\S\n](?:who|is|was|has|had|said)\b)")
_OTHER_PERSON = rx(
    r"\b(?i:midwi(?:fe|ves)|doctors?|nurses?|consultants?|surgeons?|woman|women|mothers?|mums?|man|men|fathers?|dads?|"
    r"bab(?:y|ies)|child(?:ren)?|sons?|daughters?|patients?|visitors?|friends?|relatives?|sisters?|brothers?|"
    r"wife|husband|girlfriend|boyfriend|staff|health visitor|GP|male|female)\b"
    r"|\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[A-Z]|,\s*[A-Z][a-z]+,",
    0,
)
_PAIR = rx(r"\b(?:he|she|his|her|him|hers|himself|herself)\s*(?:or|/|\()\s*(?:he|she|his|her|him|hers|himself|herself)\b")
_PAST = rx(r"\b(?:was|were|said|asked|told|came|attended|arrived|brought|went|stayed|visited|called|"
           r"phoned|reported|explained|wanted|felt|seemed|became|left|agreed|declined)\b")
_HE = {"he", "him", "his", "himself"}
_SHE = {"she", "her", "hers", "herself"}


def _partner_before(ctx):
    """The last 'partner' mention before the pronoun, in this or the previous sentence, when
    no other person is mentioned in between; else None."""
    around = ctx.text[max(0, ctx.start - 12):ctx.end + 12]
    if _PAIR.search(around):
        return None          # "he or she", "his/her": a paired form, not an assumption of sex
    window = ctx.text[ctx.prev_start:ctx.start]
    last = None
    for m in _PARTNER.finditer(window):
        last = m
    if last is None or (last.group(2) or "").lower() in ("male", "female"):
        return None          # "the male partner ... himself": the text gives the partner's sex
    if _NAMED_PARTNER.match(window, last.end()):
        return None          # "our Care Partner David who is also her son": one named person
    between = window[last.end():]
    if _OTHER_PERSON.search(between):
        return None
    if _PAST.search(ctx.text, ctx.prev_start + last.start(), ctx.sent_end):
        return None          # an account of one visit ("her partner attended; he asked ...")
    same_sentence_before = ctx.text[ctx.sent_start:ctx.prev_start + last.start()] if \
        ctx.prev_start + last.start() > ctx.sent_start else ""
    if _OTHER_PERSON.search(same_sentence_before):
        return None           # "your midwife will check your partner's ...; she ..." : unclear
    pron = ctx.match_text.lower()
    owner = last.group(1).lower()
    if (owner == "his" and pron in _HE) or (owner == "her" and pron in _SHE):
        return None          # "a woman may bring her partner if she ..." : she is the woman
    if owner.endswith("'s") and owner not in ("patient's", "person's"):
        return None          # "a woman's partner ... she": unclear who is meant
    return last


@condition("generic-partner-pronoun")
def generic_partner_pronoun(ctx) -> bool:
    """'he'/'she' points back to a generic partner ("if your partner wants to visit, he ...").
    In pregnancy and birth text, 'she' for the pregnant partner is left to the perinatal rule."""
    from .clinical import perinatal_text

    m = _partner_before(ctx)
    if m is None or partner_named_before(ctx) or equality_example(ctx):
        return False         # (a worked example of the law tells of its own couple)
    if ctx.match_text.lower() in _SHE and (m.group(2) or "").lower() != "birth" and perinatal_text(ctx.text):
        return False
    if ctx.match_text.lower() in _SHE and _HER_CONDITION.search(ctx.text, max(0, ctx.prev_start - 300), ctx.sent_end) \
            and not _READERS_OWN.search(ctx.text, max(0, ctx.prev_start - 300), ctx.sent_end):
        return False         # the partner is the patient: "your partner ... after breast cancer ... she"
    # "a same-sex male couple ... the partner wishing to use his sperm": the text gives the couple's sex
    return _COUPLE_SEX[ctx.match_text.lower() in _HE].search(ctx.text, max(0, ctx.prev_start - 300), ctx.start) is None


_COUPLE_SEX = {True: rx(r"\b(?:same-sex male|male same-sex|gay(?: male)? couples?|male couples?|two (?:men|fathers|dads))\b", re.I),
               False: rx(r"\b(?:same-sex female|female same-sex|lesbian|female couples?|two (?:women|mothers|mums))\b", re.I)}


_YOUR_SPOUSE = {True: rx(r"\byour (?:husband|boyfriend)\b(?!\s*(?:or|/|and)\s*(?:your\s)?partner)", re.I),
                False: rx(r"\byour (?:wife|girlfriend)\b(?!\s*(?:or|/|and)\s*(?:your\s)?partner)", re.I)}


def partner_named_before(ctx) -> bool:
    """The text before has already called the reader's partner 'your husband' (for he) or 'your
    wife' (for she), as an answer to one reader does: 'your partner ... he' is that person. (An
    assumption in a leaflet shows at 'your husband' itself.)"""
    he = ctx.match_text.lower() in _HE
    if not he and ctx.match_text.lower() not in _SHE:
        return False
    if _YOUR_SPOUSE[he].search(ctx.text, 0, ctx.start):
        return True
    blocks, i = ctx.document.blocks, ctx.block_index - 1
    return i >= 0 and ctx.block_index - i <= 3 and _YOUR_SPOUSE[he].search(blocks[i].text[-1500:]) is not None


@condition("pregnant-partner-pronoun")
def pregnant_partner_pronoun(ctx) -> bool:
    """'she'/'her' points back to the reader's partner in pregnancy or birth text ("support your
    partner while she recovers from the birth")."""
    from .clinical import perinatal_text

    if ctx.match_text.lower() not in _SHE:
        return False
    m = _partner_before(ctx)
    if m is None or (m.group(2) or "").lower() == "birth":
        return False
    if _OTHER_MOTHER.search(ctx.sentence):
        return False        # "if she is in a civil partnership with the mother": she is not the one giving birth
    return perinatal_text(ctx.text)


_OTHER_MOTHER = rx(r"\b(?:with|to|of|than) (?:the|a) (?:birth |birthing )?mother\b", re.I)


_FATHERS_AUDIENCE = rx(r"\b(?:for|to) (?:new |expectant |first-time )?(?:fathers|dads)\b|^\W*(?:new |expectant )?(?:fathers|dads)(?:'|'s|:)")


@condition("written-for-fathers")
def written_for_fathers(ctx) -> bool:
    """The document is addressed to fathers (its title or first heading says "for fathers" or
    "Dads ..."), so speaking to dads is intended, not an assumption about every partner."""
    key = ("family", "fathers-audience")
    hit = ctx.doc_cache.get(key)
    if hit is None:
        blocks = getattr(ctx.document, "blocks", None) or []
        heads = [b for b in blocks[:3] if b.kind == "heading"
                 or (len(b.text) < 80 and not b.text.rstrip().endswith((".", "!", "?")))]
        hit = any(_FATHERS_AUDIENCE.search(b.text) for b in heads[:2])
        ctx.doc_cache[key] = hit
    return hit


# the custom of a married couple's surname told of others: "women take their husband's surname", "a man may take his
# wife's surname" (not one family's detail asked for: "Men ... should take their wife's name and date of birth")
_CUSTOM_TAKER = re.compile(
    r"\b(?:women|men|a\s(?:wo)?man|wives|husbands|brides|grooms|couples)\b[^.;]{0,40}"
    # (not an instruction: "Men ... should take their wife's name and date of birth", "Women who wish to take ...")
    r"(?<!\bshould\s)(?<!\bmust\s)(?<!\bwill\s)(?<!\bcan\s)(?<!\bneed\sto\s)(?<!\bwish\sto\s)(?<!\bwant\sto\s)(?<!\bplan\sto\s)"
    r"\b(?:take|takes|taking|took|taken|adopt(?:s|ed|ing)?|keep(?:s|ing)?|kept)\s(?:(?:the|their|her|his)\s)?$", re.I)
_SPOUSE_SURNAME = re.compile(r"(?:husbands?|wi(?:fe|ves))(?:'s|\u2019s|s'|s\u2019|'|\u2019)\s(?:sur|family\s|last\s)?names?\b", re.I)


@condition("surname-custom")
def surname_custom(ctx) -> bool:
    """The match is the spouse in the custom of taking a married partner's surname, told of others ("in the UK
    women often take their husband's surname"): a practice described, not a reader or a record assumed."""
    low = ctx.match_text.lower()
    at = low.find("husband") if "husband" in low else low.find("wi")
    return at >= 0 and _SPOUSE_SURNAME.match(ctx.text, ctx.start + at) is not None \
        and _CUSTOM_TAKER.search(ctx.text[max(ctx.sent_start, ctx.start - 80):ctx.start]) is not None
