"""Conditions for sex-specific and perinatal text.

- additive or inclusive wording somewhere in the document ("women and birthing people",
  chestfeeding, trans men, non-binary, an inclusion statement);
- perinatal context (pregnancy, birth, babies, maternity care);
- clinical sex-specific context (screening, anatomy, pregnancy risk, reference ranges, genetics);
- statistics and statutory reporting (rates, percentages, pay gap, census);
- names of services and organisations (Mother and Baby Unit, Mothers' Union);
- negation of the matched statement ("does not need", "cannot").
"""
from __future__ import annotations

import functools
import re

from ..engine.prefilter import finditer_long
from . import condition
from .wrap import rx

# --- additive / inclusive wording -------------------------------------------------------------

_ADDITIVE = rx(
    r"\bbirthing (?:parents?|persons?|people|individuals?)\b|\bnon-?birthing (?:parents?|partners?)\b"
    r"|\bbirth parents?\b"
    r"|\bgestational (?:parents?|carriers?)\b"
    r"|\bpregnant (?:people|persons?|individuals?)\b"
    r"|\b(?:people|persons?|anyone|everyone|those|someone|individuals) who (?:is|are|was|were|becomes?|gets?|has been|have been)"
    r" (?:pregnant|producing (?:breast )?milk|lactating|breast-?feeding|chest-?feeding)\b"
    # a rule for whoever becomes pregnant, with no sex named: "any student who becomes pregnant during their studies"
    r"|\bany (?:(?!(?:female|woman|women|girl|lady|mother|expectant)\b)[\w-]+ ){0,2}?(?:person|student|employee|member of staff|staff member|worker|learner|pupil|applicant|colleague)"
    r" who (?:is|becomes|gets|may become) pregnant\b"
    r"|\b(?:women|woman|mothers?|mums?)(?: and| or| &|/| and other| or other) (?:pregnant |birthing )?"
    r"(?:people|persons?|birthing \w+|anyone|individuals)\b"
    r"|\bparents? who (?:gave|give|gives|has given|have given) birth\b"
    r"|\bchest[- ]?feed\w*|\bhuman milk\b"
    r"|\btrans(?:gender)? (?:men|man|people|persons?|parents?|patients?|and non-?binary)\b"
    r"|\bnon[- ]?binary\b|\bintersex\b"
    r"|\b(?:people|anyone|those|everyone|someone) with (?:a |an )?(?:cervix|womb|uterus|ovaries|prostate|breasts|breast tissue)\b"
    r"|\bnot (?:every(?:one|body)|all (?:people|parents|those))\b[^.]{0,40}\b(?:pregnant|gives? birth|identif\w*)"
    r"|\b(?:do|does|may|might)(?: not|n['\u2019]t) identify as (?:a )?(?:woman|women|mothers?|female)\b"
    r"|\b(?:people|persons|anyone|everyone|individuals) who (?:have|has) given birth\b"
    r"|\b(?:whatever|regardless of) (?:your|their) (?:gender|gender identity|sex)\b"
    r"|\bgender[- ](?:inclusive|neutral) (?:language|terms|wording)\b|\bLGBTQ?\+? (?:parents?|families|people|couples)\b"
    r"|\b(?:we|this (?:leaflet|page|guide|document|policy|booklet))\b[^.]{0,40}\b(?:use|uses|say|says|refer to)\b"
    r"[^.]{0,40}\b(?:women|woman|mothers?|mums?)\b[^.]{0,120}\b(?:includ\w*|recogni[sz]\w*|acknowledg\w*|also means?)\b",
    re.I,
)
# "no trans/non-binary note" or "without non-binary options" is not inclusive wording
_NEGATED_BEFORE = rx(r"\b(?:no|without|lacks?|absent|nor|not (?:mention|include|cover)\w*)\b[^.;:]{0,25}$", re.I)


def affirmed(pattern, text: str) -> bool:
    """``pattern`` occurs in ``text`` at least once without a negation just before it
    ("no same-sex parents mentioned" and "no trans/non-binary note" do not count)."""
    for m in finditer_long(pattern, text):
        if not _NEGATED_BEFORE.search(text[max(0, m.start() - 40):m.start()]):
            return True
    return False


def additive_spans(text: str) -> list:
    """Spans of additive or inclusive wording in ``text`` (negated mentions left out)."""
    out = []
    for m in _ADDITIVE.finditer(text):
        if _NEGATED_BEFORE.search(text[max(0, m.start() - 40):m.start()]):
            continue
        out.append((m.start(), m.end()))
    return out


def document_is_additive(ctx) -> bool:
    key = ("clinical", "additive")
    hit = ctx.doc_cache.get(key)
    if hit is None:
        hit = affirmed(_ADDITIVE, ctx.document_text)      # stops at the first; same answer
        ctx.doc_cache[key] = hit
    return hit


@condition("additive-wording-in-document")
def additive_wording_in_document(ctx) -> bool:
    """The document somewhere uses additive or inclusive wording (birthing people, "women and
    people", chestfeeding, trans men, non-binary, an inclusion statement)."""
    return document_is_additive(ctx)


# --- perinatal context --------------------------------------------------------------------------

_PERINATAL = rx(
    r"\b(?:pregnan\w*|(?<!date of )(?<!place of )(?<!country of )(?<!at )(?<!name )birth(?!day)(?! ?(?:sur)?name)\w*|babies|baby\w*|newborns?|new-born|midwi\w*|antenatal|ante-natal|"
    r"postnatal|post-natal|postpartum|perinatal|maternity|labour|labor|contractions|breast[-\s]?fe\w*|infants?|neonat\w*|caesarean|"
    r"trimester|conceiv\w*|expecting|due date|bump|nursery|nappy|nappies|health visitor|stillb\w*|miscarr\w*|"
    r"(?:dating|anomaly|\d+-week|pregnancy|ultrasound|baby) scans?)\b",
    re.I,
)


_PERINATAL_MATCH = rx(r"^(?:new|expectant|first-time|breastfeeding|postnatal|pregnant) |-to-be$")


@functools.lru_cache(maxsize=256)    # asked once per match about the same paragraph
def perinatal_text(text: str) -> bool:
    return _PERINATAL.search(text) is not None


@condition("perinatal-context")
def perinatal_context(ctx) -> bool:
    """The paragraph is about pregnancy, birth or baby care, or the match itself says so
    ("new mothers", "dads-to-be"), or the section heading or document title does."""
    if perinatal_text(ctx.text) or _PERINATAL_MATCH.search(ctx.match_text) is not None:
        return True
    return any(perinatal_text(b.text) for b in _headings_above(ctx))


def _headings_above(ctx):
    """The document's first block (its title), and the nearest short block above the match
    (a section heading, which text formats keep as its own paragraph)."""
    blocks = getattr(ctx.document, "blocks", None) or []
    bi = getattr(ctx, "block_index", 0) or 0
    out = []
    if blocks and bi > 0:
        out.append(blocks[0])
        for b in reversed(blocks[max(0, bi - 6):bi]):
            if b.kind == "heading" or (len(b.text) < 80 and not b.text.rstrip().endswith((".", "?", "!"))):
                out.append(b)
                break
    return out


# --- clinical sex-specific context ------------------------------------------------------------

_CLINICAL = rx(
    r"\b(?:(?:cervical|breast|prostate|bowel|AAA|abdominal aortic aneurysm) screening|smear test|mammogra\w*|"
    r"PSA|cervix|womb|uterus|uterine|ovar(?:y|ies|ian)|testic\w*|prostate|vagina\w*|penis|menstrua\w*|"
    r"periods?|menopaus\w*|contracepti\w*|(?:could|might|may) (?:you|she|they) be pregnant|(?:you|she|they) (?:could|might|may) be pregnant|radiograph\w*|pregnancy (?:test|risk|status)|"
    r"reference (?:range|interval)s?|normal ranges?|haemoglobin|hemoglobin|eGFR|creatinine|IR\(?ME\)?R|"
    r"radiation|x-rays?|genetic\w*|genes?|chromosom\w*|BRCA\d?|hereditary|inherit\w*|family history|"
    r"hormone levels?|fertility|sperm|eggs|embryos?|hysterectomy|mastectomy)\b",
    re.I,
)


@condition("clinical-sex-context")
def clinical_sex_context(ctx) -> bool:
    """The sentence (or the one before it) is clinical text where sex or organs matter:
    screening, anatomy, pregnancy risk, reference ranges, imaging, genetics."""
    return _CLINICAL.search(ctx.text[ctx.prev_start:ctx.sent_end]) is not None


# --- clinical facts about pregnancy and birth --------------------------------------------------

_CONDITIONS = (r"HIV|hepatitis\w*|syphilis|herpes|group B strep\w*|(?:an |a )?infection|diabetes|pre-?eclampsia|"
               r"anaemi\w*|epilep\w*|thyroid \w+|high blood pressure|obesity")
_PERINATAL_CLINICAL = rx(
    r"\b(?:transmi\w+|mother[-\s]to[-\s](?:child|baby|infant)|"
    r"(?:pass(?:ed|es|ing)?|give|gives|giving) (?:\w+ ){0,2}(?:on )?to (?:her|their|the|a) (?:unborn )?(?:baby|babies|child|infant|newborn)|"
    r"(?:pass|spread|transferr?)\w* from |"
    r"(?:has|have|had|with|develops?|developed|living with|diagnosed with) (?:\w+ ){0,2}(?:" + _CONDITIONS + r")|"
    r"diabetic|obese|infected|HIV[-\s]positive|"
    r"(?:physical|mental|emotional) health during pregnancy|medical (?:care|history) during pregnancy|"
    # a vaccine in pregnancy protecting both: "immunity from the mother", "preventing the disease for both the mother and baby"
    r"(?:immunity|antibod\w+)\b[^.]{0,40}\b(?:from|to|through|via) (?:the |her |their )?(?:mother|placenta|baby|unborn)|"
    r"(?:protect\w*|prevent\w*)\b[^.]{0,50}\bboth (?:the )?mother and (?:her |the )?baby)\b",
    re.I,
)


_CARRIER = rx(r"\b(?:(?:is|are|be|being|was|were)\s(?:(?:found|known|identified|shown|confirmed)\s(?:to\sbe|as)\s|"
             r"(?:identified\sas,?\sor\s)?known\sto\sbe\s)?an?\scarrier|"
             r"carr(?:ies|ying)\s(?:a|the|one|an?\saltered)\s(?:\w+\s){0,2}(?:gene|variant|alteration|mutation|trait))\b", re.I)
_FOR_THE_BABY = rx(r"\b(?:bab(?:y|y's|ies)|child|fetus|foetus|inherit\w*|affected|father|partner)\b", re.I)
_CARRIER_CHECKED = rx(r"\b(?:whether|invit\w*|support\s+group|appointment|checks?)\b", re.I)


@condition("perinatal-clinical-fact")
def perinatal_clinical_fact(ctx) -> bool:
    """The sentence states a clinical fact about pregnancy or birth: an infection passed to the
    baby, a pregnant person who has a condition (HIV, diabetes, pre-eclampsia), their medical
    history during pregnancy; not an offer of tests or screening. The catalogue treats such
    clinical compounds as sex-specific text."""
    sentence = ctx.sentence
    if _PERINATAL_CLINICAL.search(sentence) is not None:
        return True
    # a carrier of an inherited condition, with what it means for the baby ("if the mother is found to be a carrier,
    # the father is offered a test"); not a check or an offer to carriers themselves ("asked whether they are a carrier")
    return _CARRIER.search(sentence) is not None and _FOR_THE_BABY.search(sentence) is not None \
        and _CARRIER_CHECKED.search(sentence) is None


# --- statistics and statutory reporting -------------------------------------------------------

_STATS = rx(
    r"\d\s?%|\bper ?cent\b|\bpercentage\b|\bper (?:1,?000|10,?000|100,?000)\b|\brates? (?:of|among|in|for)\b|"
    r"\bpay gap\b|\bcensus\b|\bsurvey\w*\b|\bstudy\b|\bstudies\b|\bcohort\b|\bresearch\w*\b|\bdata (?:show|from|on)\b|"
    r"\bstatistic\w*\b|\bproportion\b|\b(?:one|two|three|four|\d+) in (?:\d+|ten|five|four|three)\b|"
    r"\bmore likely\b|\bless likely\b|\bodds\b|\bn ?= ?\d|"
    # a comparison of the sexes found: "the audit found a difference in attendance between men and women" (not an EIA's
    # question "will it have a differential impact between men and women?")
    r"\b(?:found|finds|shows?|showed|shown|recorded|reported|observed)\b[^.;?]{0,40}\b(?:differences?|gaps?|disparit(?:y|ies)|"
    r"inequalit(?:y|ies))\b[^.;?]{0,60}\bbetween (?:men and women|women and men|males and females|the sexes)\b|"
    r"\b(?:we know|evidence (?:shows|suggests)|research (?:shows|suggests|found)|studies (?:show|suggest|found))\b",
    re.I,
)


@condition("statistics-context")
def statistics_context(ctx) -> bool:
    """The sentence reports statistics, research findings or statutory figures
    (percentages, rates, census, pay gap, a study cohort)."""
    return _STATS.search(ctx.sentence) is not None


# --- names of services and organisations ------------------------------------------------------

# a named check or appointment: "6-8 Week Baby and Postnatal Mother Check" (not a title-case sentence: _NOT_IN_CHECK_NAME)
_CHECK_HEADS = {"check", "checks", "review", "visit", "assessment", "appointment"}
_NAME_HEADS = _CHECK_HEADS | {"unit", "union", "centre", "center", "service", "services", "network", "club", "group",
               "trust", "hospital", "ward", "suite", "clinic", "team", "association", "society", "charity",
               "foundation", "alliance", "day", "project", "programme", "partnership", "cafe", "café",
               "institute", "board", "hub", "line", "helpline", "collective", "forum", "fund", "week", "month", "support",
               # a named document: "the NHS Scotland Breastfeeding Policy"
               "policy", "procedure", "guideline", "guidelines", "strategy", "framework", "pathway", "charter"}
# words that make a title-case line a sentence, not a check's name ("Expectant Mothers Must Attend Every Antenatal Appointment")
_NOT_IN_CHECK_NAME = {"must", "can", "will", "should", "may", "attend", "attends", "every", "their", "your", "our", "after",
                      "before", "at", "for", "with", "to", "of", "the", "is", "are", "book", "need", "needs"}
_CONNECTORS = {"and", "of", "the", "for", "&", "to"}
_WORD_RE = rx(r"[A-Za-z][A-Za-z'\u2019-]*|&")


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


@condition("named-service")
def named_service(ctx) -> bool:
    """The match is part of a capitalised name of a service, unit, organisation or event
    (Mother and Baby Unit, Mothers' Union, Dads' Club) rather than a description of people."""
    if not ctx.text[ctx.start:ctx.start + 1].isupper():
        return False
    lo, hi = max(0, ctx.start - 60), min(len(ctx.text), ctx.end + 60)
    words = [(m.start() + lo, m.end() + lo, m.group(0)) for m in _WORD_RE.finditer(ctx.text[lo:hi])]
    idx = [i for i, (a, b, _) in enumerate(words) if a < ctx.end and ctx.start < b]
    if not idx:
        return False
    first, last = idx[0], idx[-1]
    j = last + 1
    while j < len(words):
        a, b, w = words[j]
        gap = ctx.text[words[j - 1][1]:a]
        head = w.lower().strip("'\u2019")
        check = head in _CHECK_HEADS or head[:-1] in _CHECK_HEADS
        if not gap.strip(" '\u2019") and j - last > 1 and _capitalised(words[j - 1][2]) and not check \
                and (head in _NAME_HEADS or head[:-1] in _NAME_HEADS):
            return True       # "Mother and Baby units": a kind of named unit, head in lower case
        if gap.strip(" '\u2019") or not (_capitalised(w) or w.lower() in _CONNECTORS):
            break
        if _capitalised(w) and head in _NAME_HEADS:
            return not check or not any(words[k][2].lower() in _NOT_IN_CHECK_NAME for k in range(last + 1, j))
        j += 1
    i = first - 1
    while i >= 0:
        a, b, w = words[i]
        gap = ctx.text[b:words[i + 1][0]]
        if gap.strip(" '\u2019") or not (_capitalised(w) or w.lower() in _CONNECTORS):
            break
        if _capitalised(w) and w.lower() in _NAME_HEADS:
            return False
        i -= 1
    return words[last][2].lower().strip("'\u2019") in _NAME_HEADS


# --- a title line ---------------------------------------------------------------------------------

_FIELD_BELOW = re.compile(r"[^\n]{1,40}?(?::[^\S\n]*(?:\n|$|[_.\u2026]{2,})|[^\S\n]*(?:\.{3,}|_{3,}|\u2026))")


@condition("title-line")
def title_line(ctx) -> bool:
    """The match sits in a heading or a title line ("Next of kin details" above the text),
    which names the topic; the uses in the body below are what get reported. Form labels
    ("Next of kin: ____") are not titles."""
    if getattr(ctx.block, "kind", "") == "heading":
        return True
    a = ctx.text.rfind("\n", 0, ctx.start) + 1
    b = ctx.text.find("\n", ctx.end)
    if b == -1:
        return False            # a title line is followed by the text it heads
    line = ctx.text[a:b].strip()
    following = ctx.text[b + 1:].lstrip()
    if not following or following[0].islower():
        return False            # a sentence wrapped onto the next line
    if _FIELD_BELOW.match(following):
        return False            # heads a form section: "Next of kin" above "Name ......"
    return (0 < len(line) <= 70 and not line.endswith((".", "?", "!", ",", ";")) and ":" not in line
            and "_" not in line and line[:1].isupper() and not _INSTRUCTION_LINE.search(line))


# an unpunctuated list item that instructs ("Contact the next of kin if you're not there") is not a title
_INSTRUCTION_LINE = re.compile(
    r"^(?:contact|tell|ask|call|phone|ring|inform|notify|give|bring|let|make|check|confirm|record|write|"
    r"please|ensure|update|speak|arrange)\b|\b(?:if|when|unless|must|should|will)\b", re.I)


# --- a heading that is just the term ----------------------------------------------------------

@condition("bare-term-heading")
def bare_term_heading(ctx) -> bool:
    """The block is only the term itself, like a glossary or style-guide entry heading
    ("breast milk" above "Two words."): the term is named, not used about people."""
    rest = ctx.text[:ctx.start] + ctx.text[ctx.end:]
    if not rest.strip(" \t\n:.-#*()'\""):
        return True
    # the term's variants in one entry: "Sex-change or sex-change operation", "MtF / M2F"
    if len(ctx.text) > 80 or not ctx.match_text.strip():
        return False
    rest = re.sub(re.escape(ctx.match_text), " ", ctx.text, flags=re.I)
    return not _ENTRY_GLUE.sub(" ", rest).strip(" \t\n:.,/-#*()'\"")


_ENTRY_GLUE = re.compile(r"\b(?:or|and|operations?|surgery|surgeries|procedures?)\b", re.I)


# --- negation -----------------------------------------------------------------------------------

_NEG = rx(
    # ("no" is not a number's short form on a form: "Fax no", "Telephone no", "NHS no ______", "no: 1234")
    r"\b(?:not|never|(?<!\byes )(?<!\byes/)(?<!\byes / )(?<!\btel )(?<!\bfax )(?<!\bphone )(?<!\bmobile )(?<!\bref )"
    r"(?<!\btelephone )(?<!\breference )(?<!\baccount )(?<!\bpolicy )(?<!\bpassport )(?<!\bcontact )no(?![^\S\n]*(?:_{2,}|:|\.{2,}|\.?[^\S\n]*\d))|cannot|can't|won't|don't|doesn't|isn't|aren't|shouldn't|mustn't|needn't|(?<!\bwith or )without|"
    r"neither|nor|unable|no longer|do not|does not|will not|need not|is not|are not)\b|n't\b",
    re.I,
)
_CLAUSE_BREAK = rx(r"[,;:()]|[.?!](?=\s)|\b(?:but|however|although|though|whereas|if|unless|when|because)\b", re.I)


def negated_span(text: str, start: int, end: int, lookback: int = 40) -> bool:
    """A negation cue inside ``text[start:end]`` or in the same clause just before it."""
    if _NEG.search(text, start, end):
        return True
    before = text[max(0, start - lookback):start]
    cut = None
    for cut in _CLAUSE_BREAK.finditer(before):
        pass
    if cut is not None:
        before = before[cut.end():]
    return _NEG.search(before) is not None


@condition("negated")
def negated(ctx) -> bool:
    """The matched statement is negated in its own clause ("you do not need a certificate to
    change your title", "next of kin cannot consent")."""
    return negated_span(ctx.text, ctx.start, ctx.end)


# a procedure or condition only a woman has, told of the one having it: "The patient alone consents to tubal ligation ... she"
_FEMALE_PROCEDURE = re.compile(r"\b(?:tubal\s+ligation|fallopian|colposcop\w*|hysteroscop\w*|endometri\w*|fibroids?)\b", re.I)
_HAS_PROCEDURE = re.compile(r"^(?:patient|woman|client|service user)$", re.I)


def female_procedure_for(role: str, sentence: str) -> bool:
    """Is ``role`` the one having a female-only procedure or condition that the pronoun's own ``sentence`` names (a
    patient, not the clinician who does it nor "the person who does your colposcopy")?"""
    return _HAS_PROCEDURE.match(role) is not None and _FEMALE_PROCEDURE.search(sentence) is not None
