"""Conditions for pronoun rules: who does "he" / "she" point back to?

The antecedent is guessed from the current sentence up to the pronoun and the sentence
before it: the candidate mentioned last wins. Candidates are generic role nouns ("each
applicant", "your midwife", "anyone"), named people ("Dr Shah", "Carol Webb", "our midwife,
Priya,"), and gendered or specific people ("your father", "a man", "men"). All of it is a
handful of regex searches over at most two sentences, so pronoun rules stay cheap.
"""
from __future__ import annotations

import re

from . import condition
from .clause import clause_subject, is_example, not_clause_subject
from .wrap import rx
from .rxguard import guarded

GENERIC_ROLES = (
    r"secretary of state|company secretary|trust secretary|board secretary|general secretary|patient|service user|client|resident|applicant|candidate|employee|member of (?:the )?(?:staff|team|public)|"
    r"staff member|team member|colleague|clinician|doctor|nurse|practitioner|consultant|manager|line manager|"
    r"supervisor|carer|child|young person|person|individual|visitor|student|trainee|worker|complainant|donor|"
    r"attorney|user|member|volunteer|officer|reviewer|assessor|investigator|chair|chairperson|surgeon|"
    r"physician|therapist|midwife|health visitor|receptionist|secretary|care assistant|healthcare assistant|"
    r"cleaner|nanny|childminder|claimant|tenant|customer|learner|pupil|adult|author|requester|caller|"
    r"referrer|professional|GP|dentist|pharmacist|paramedic|porter|interpreter|appraiser|appraisee|mentor|"
    r"mentee|recruit|contractor|locum|director|governor|trustee|representative|parent|guardian|partner|"
    r"relative|next of kin|nominee|witness|spokesperson|head of (?:department|service)|registrar|"
    r"postholder|post holder|jobholder|job holder|holder|occupant|owner|driver|operator|lead|leader|"
    r"executive|teacher|coordinator|co-ordinator|administrator|assistant|employer|landlord|"
    r"participant|respondent|signatory|sponsor|buddy|champion|advocate|deputy|delegate|"
    r"inpatient|outpatient|service-user|infant|baby|toddler|adolescent|teenager|minor|caregiver|"
    r"nursery nurse|support worker|social worker|personal assistant|housekeeper|nominated person|appointee|"
    r"supervisee|registrant|recipient|victim|perpetrator|offender|deceased|citizen|occupier|householder|"
    r"radiographer|physiotherapist|counsellor|psychologist|psychiatrist|optometrist|dietitian|sonographer|"
    r"technician|specialist|trainer|educator|facilitator|chaplain|AMHP|healthcare worker|health worker|"
    r"care worker|key worker|keyworker|mother-to-be|father-to-be|new starter|starter|leaver|newcomer|"
    r"president|vice-president|treasurer|captain|convenor|convener|moderator|returning officer|clerk|"
    r"family member|household member|custodian|dependant|beneficiary|next friend|proxy|"
    r"licensee|licensor|lessee|lessor|insured|policyholder|policy holder|grievant|appellant|subscriber|"
    r"incumbent|shareholder|elector|voter|bidder|tenderer|supplier|purchaser|buyer|seller|guest|"
    r"passenger|traveller|researcher|jobseeker|job seeker|headteacher|head teacher|committee member|"
    r"councillor|examiner|examinee|assessee|auditor|inspector|"
    r"individual concerned|person concerned|employee concerned|staff member concerned|"
    # masculine titles used for any holder of the role: "the Chairman ... he" is generic too
    r"chairman|vice-chairman|spokesman|headmaster|foreman|policeman|fireman|layman|workman|postman"
)
# roles that generic "she" is stereotypically used for
FEMALE_STEREOTYPED = re.compile(
    r"\b(?:nurse|midwife|health visitor|receptionist|secretary|carer|care assistant|healthcare assistant|"
    r"cleaner|nanny|childminder|nursery nurse|personal assistant|housekeeper|support worker|"
    r"teaching assistant|care worker|administrator|nursing assistant|nursing associate|ward clerk|"
    r"clinic clerk|medical secretary|maternity assistant|hostess)s?$",
    re.I,
)
_DET = (r"a|an|the|each|every|any|your|their|our|this|that|no|such|one|new|relevant|another|which|"
        r"whichever|either|same")
_GENERIC = re.compile(
    r"\b(?P<det>" + _DET + r")\s+(?P<mods>(?:(?!(?:and|or|of|to|for|with|in|on|at|by|is|are|was|were)\b)[\w-]+\s+){0,2})(?P<role>" + GENERIC_ROLES + r")(?:s|'s)?\b"
    r"|\b(?P<pro>anyone|someone|everyone|everybody|somebody|anybody|whoever|nobody|no one|no-one)\b",
    re.I,
)
_ROLE_TAIL = re.compile(
    r"\b(?:" + GENERIC_ROLES + r"|chairman|officer|lead|head|panel|team|group|unit|service|trust|board|office|"
    r"department|centre|center|clinic|hospital|council|committee|network|act|policy|procedure|guidance|standard|"
    r"scheme|programme|fund|foundation|association|society|university|college|school|practice|surgery|ward|"
    r"commission|authority|agency|court|tribunal|directorate|division|day|week|road|street|house|line|form|"
    r"system|record|register|plan|review|report|strategy|charter|code)s?,?$", re.I)
_BARE_ROLE = re.compile(
    r"\b(?:if|when|where|unless|once|whether)\s+(?P<role>" + GENERIC_ROLES + r")\s+(?:is|are|was|has|does|can|cannot|"
    r"lacks|needs|wants|agrees|refuses|declines)\b", re.I)
_BARE_OBJECT = re.compile(
    r"\b(?:help|ask|tell|inform|assist|allow|encourage|educate|advise|remind|support|escort|reassure)\s+"
    r"(?P<role>patient|client|resident|service user|child|user)\s+(?:to|with|about|that|if)\b", re.I)
_GENDER_MOD = re.compile(
    r"\b(?:male|female|pregnant|expectant|breastfeeding|lactating|boy|girl|man|woman|men|women|gentleman|lady|"
    r"father|mother|husband|wife|son|daughter)\b", re.I)

_TITLE = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sister|Nurse|Sir|Dame|Lord|Lady|Rev|Revd|Father|Councillor|Cllr)\.?"
# capitalised words that are not people's names
_NOT_NAME = (
    r"The|A|An|If|When|Where|While|Whilst|Once|After|Before|Until|Unless|Although|Because|As|At|In|On|For|"
    r"From|To|By|With|Without|Each|Every|Any|All|Some|Our|Your|Their|This|That|These|Those|It|They|We|You|"
    r"He|She|His|Her|Him|I|Please|Note|Staff|Patients?|Managers?|Employees?|Applicants?|Trust|Board|Council|"
    r"Committee|Policy|Procedure|Team|Service|Services|Department|Act|Regulations|Section|Appendix|Annex|"
    r"Schedule|Part|Chapter|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December|English|British|Welsh|Scottish|Irish|"
    r"Human|Resources|Occupational|Health|Chief|Executive|Director|Manager|Officer|Head|Lead|Nurse|Doctor|"
    r"Mental|Capacity|Equality|Care|Quality|Commission|Ward|Unit|Clinic|Hospital|Centre|Practice|Surgery|"
    r"Guardian|Freedom|Speak|Up|Safeguarding|Adults?|Children|Child|Court|Tribunal|Panel|Internet|Teams|"
    r"Word|Chair|Chairman|Secretary|Governors?|Trustees?|Registrar|Consultant|Medical|Clinical|Nursing|"
    r"Deputy|Vice|Senior|Junior|Acting|Interim|Local|National|Regional|Authority|Agency|Office|Home|"
    r"Emergency|Department|Accident|General|Royal|University|College|School|Education|Social|Public|"
    r"Primary|Secondary|Community|Integrated|Personal|Independent|Professional|Registered|Responsible|"
    r"Approved|Mental|Occupational|Equal|Opportunities|Grievance|Disciplinary|Sickness|Absence|Annual|"
    r"Leave|Sick|Pay|Form|Forms|Yes|No|Do|Does|Did|Is|Are|Was|Were|Will|Would|Can|Could|Should|Must|May|"
    r"Might|Shall|Has|Have|Had|Then|There|Here|What|Which|Who|Whom|Why|How|Also|However|Otherwise|"
    r"Where|Whether|Both|Either|Neither|Not|Only|Even|Just|Still|Further|Finally|First|Second|Third|"
    r"Next|Last|Then|Thus|Therefore|Such|Many|Most|Other|Others|Another|New|Old|Young|Older|Younger|"
    r"Parents?|Carers?|Visitors?|Relatives?|Family|Families|People|Everyone|Anyone|Someone|NHS|GP|"
    r"Monitor|Bank|Holiday|Christmas|Easter|God|Allah|Jesus|Lord|Covid|Coronavirus"
)
_NAMED = re.compile(
    r"\b" + _TITLE + r"\s+[A-Z][\w'-]+"                                           # Dr Shah, Sister Okoro
    r"|\b(?!(?:" + _NOT_NAME + r")\b)[A-Z][a-z]+(?:[\s-]+[A-Z][a-z'-]+)+"          # Carol Webb
    r"|,\s+(?!(?:" + _NOT_NAME + r")\b)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s*,"        # our midwife, Priya,
    r"|\b(?:called|named|known as)\s+[A-Z][a-z]+"                                 # a nurse called Sam
    r"|(?<=[a-z,;]\s)(?!(?:" + _NOT_NAME + r")\b)[A-Z][a-z]{2,}\b(?=\s+(?:is|was|has|had|will|would|said|says|"
    r"told|asked|works|worked|joined|leads|led|can|could|may|might|must|should|felt|feels|thinks|thought)\b)"
    r"|^(?!(?:" + _NOT_NAME + r")\b)[A-Z][a-z]{2,}\b(?=\s+(?:is|was|has|had|will|would|said|says|told|asked|"
    r"works|worked|joined|leads|led|felt|feels|thinks|thought)\b)"                 # Priya said …
    # a first name ending a clause: "Have you seen Julia?", "I phoned Tom yesterday."
    r"|(?<=[a-z]\s)(?<!\bof\s)(?<!\bthe\s)(?<!\bfor\s)(?<!\bat\s)(?<!\band\s)(?<!\bin\s)(?<!\bto\s)"
    r"(?!(?:" + _NOT_NAME + r")\b)[A-Z][a-z]{2,}\b(?=\s*[?!,;]|\.(?:\s|$)|\s+(?:today|yesterday|"
    r"again|lately|recently|earlier)\b)"
    r"|\b(?:Patient|Person|Service User|Client|Child|Baby|Resident|Employee|Staff Member|Colleague|Mother|"
    r"Father|Parent|Case) [A-Z0-9]\b"                                              # Patient A
)
_GENDERED = re.compile(
    r"\b(?:father|mother|dad|mum|mam|daddy|mummy|son|daughter|brother|sister|husband|wife|boyfriend|girlfriend|"
    r"grandfather|grandmother|grandad|grandma|granny|uncle|aunt|auntie|nephew|niece|grandson|granddaughter|"
    r"stepfather|stepmother|stepson|stepdaughter|man|woman|boy|girl|gentleman|lady|men|women|boys|girls|"
    r"fathers|mothers|gentlemen|ladies|males?|females?|widow|widower|king|queen|prince|princess|monk|nun|"
    r"fiancé|fiancée|bride|groom|actress|waitress|policewoman|chairwoman|"
    r"spokeswoman|businessman|businesswoman|sportsman|sportswoman|headmistress|"
    r"trans (?:man|woman|men|women)|transman|transwoman)s?\b",
    re.I,
)
# same matches; positions that cannot start one are skipped at once (rxguard)
_GENERIC, _BARE_ROLE, _NAMED, _GENDERED = map(guarded, (_GENERIC, _BARE_ROLE, _NAMED, _GENDERED))
_MALE_TOPIC = re.compile(
    r"\b(?:prostat\w*|testic\w*|testes|penis|penile|scrot\w*|erectile|vasectom\w*|circumcis\w*|sperm|semen|"
    r"PSA|AAA|abdominal aortic aneurysm)\b", re.I)
_MODAL = re.compile(
    r"\b(?:must|should|shall|will|may|can|could|would|might|needs? to|has to|have to|ought)\b"
    r"|\b(?i:if|when|whenever|where|wherever|unless|each|every|any)\b")
_PAST = re.compile(r"\b(?:was|were|had|did|said|told|asked|felt|went|came|became|seemed|saw|gave|took|left|fell|"
                   r"died|reported|stated|explained|complained|attended|arrived|returned|refused|agreed|"
                   r"declined|described|admitted|phoned|called|wrote)\b|\b(?:he|she|they|who)\s+[a-z]{3,}ed\b"
                   # a sentence opening on its subject and a past verb: "The Chairman thanked BC ..."
                   r"|^\W*(?:the|a|an|our|their)\s+(?:[\w-]+\s+){0,2}[a-z]{3,}ed\s+(?!by\b)[a-z]", re.I)
_SPECIFIC_DET = {"the", "this", "that", "your", "our", "their"}
_APPOSITION = re.compile(r"[A-Z][a-z'-]+,\s*$")
_COPULA = re.compile(r"(?:\b(?:is|was|are|were|be|been|being|becomes?|became|as)|'s)\s+$", re.I)
_MASC = re.compile(r"\b(?:he|his|him|himself)\b", re.I)
_FEM = re.compile(r"\b(?:she|her|hers|herself)\b", re.I)
_OBJ_MASC = re.compile(r"\b(?:ask|tell|call|phone|meet|see|help|give|show|contact|visit|thank|remind|offer)\w*\s+him\b", re.I)
_OBJ_FEM = re.compile(r"\b(?:ask|tell|call|phone|meet|see|help|give|show|contact|visit|thank|remind|offer)\w*\s+her"
                      r"\s+(?:about|to|for|if|whether|that|what|when|how)\b", re.I)
_ROYAL = re.compile(r"^(?:His|Her)\s+(?:Majesty|Majesty's|Royal|Excellency|Honour|Lordship|Ladyship|Grace|Holiness)\b")


def _antecedent(ctx):
    """(kind, text, determiner) for the nearest candidate antecedent before the pronoun, in
    this or the previous sentence; kind is 'generic', 'named' or 'gendered'. None if there is
    no candidate."""
    key = ("antecedent", ctx.block_index, ctx.start, len(ctx.text))
    cached = ctx.doc_cache.get(key)
    if cached is not None:
        return cached or None
    window = ctx.text[ctx.prev_start:ctx.start]
    cands = _candidates(window)
    if not cands and ctx.prev_start > 0:
        # nothing in these two sentences: look a little further back in the block
        window = ctx.text[max(0, ctx.prev_start - 300):ctx.start]
        cands = _candidates(window)
    if not cands and ctx.block_index > 0 and not ctx.text[:ctx.prev_start].strip():
        # a list item or table cell continues the lead-in before it ("the manager will:")
        blocks, i, prev = ctx.document.blocks, ctx.block_index - 1, ""
        listy = _list_like(ctx.block)
        while i >= 0 and ctx.block_index - i <= 8:
            text = blocks[i].text
            if text.rstrip().endswith(":") or blocks[i].kind == "heading":
                prev = text[-400:] + "\n" + prev
                break
            if listy and _list_like(blocks[i]):
                prev = text[-400:] + "\n" + prev
                i -= 1
                continue
            if _heading_like(text) and not prev:
                prev = text
            break
        if prev:
            window = prev[-400:] + window
            cands = _candidates(window)
    result = None
    if cands:
        # a possessive ("the visitor's identity") is a weak candidate when others exist
        strong = [c for c in cands if not c[5]] or cands
        # a noun given as an example ("such as your father") is not who the pronoun means
        strong = [c for c in strong if not is_example(window, c[1])] or strong
        strong = [c for c in strong if not _of_complement(window, c, cands)] or strong
        strong.sort(key=lambda c: (c[0], c[2] != "generic"))
        best = strong[-1]
        subject = clause_subject(window, ctx.match_text, strong, ctx.text[ctx.end:ctx.end + 20])
        if subject is not None:
            best = subject      # a reflexive or a coordinated "and she" refers to its clause subject
        else:
            best = not_clause_subject(window, ctx.match_text, strong, ctx.text[ctx.end:ctx.end + 20], best) or best
        result = (best[2], best[3], best[4])
        if best[2] == "generic" and best[4] in _SPECIFIC_DET:
            # a specific person already referred to by the same pronoun keeps the chain
            same = _MASC if ctx.match_text.lower() in ("he", "his", "him", "himself") else _FEM
            # ... and so does an object pronoun after the role ("the nurse will ask him about his")
            obj = _OBJ_MASC if same is _MASC else _OBJ_FEM
            for c in strong:
                if c[2] in ("named", "gendered") and c[0] < best[1] and (
                        same.search(window, c[0], best[1]) or obj.search(window, best[0])):
                    result = (c[2], c[3], "")
                    break
    ctx.doc_cache[key] = result or ()
    return result


def _heading_like(text: str) -> bool:
    text = text.strip()
    return len(text) < 100 and "\n" not in text and not text.endswith((".", "!", "?", ",", ";"))


def _list_like(block) -> bool:
    text = block.text.rstrip()
    return block.kind in ("list_item", "table_cell") or (len(text) < 200 and not text.endswith((".", "!", "?")))


def _is_apposition(before: str) -> bool:
    """"Mr Patel, our estates manager": the role right after a name describes that person."""
    m = _APPOSITION.search(before)
    if m is None:
        return False
    word = m.group(0).rstrip(", \t\n")
    return not _ROLE_TAIL.search(word) and re.fullmatch(_NOT_NAME, word) is None


def _candidates(window: str) -> list:
    cands = []            # (end, start, kind, text, det, possessive)
    for m in _GENERIC.finditer(window):
        cop = _COPULA.search(window, max(0, m.start() - 12), m.start())
        if cop and not (cop.group(0).lower().startswith("as") and m.group("det") and m.group("det").lower() != "a"
                        and m.group("det").lower() != "an"):
            continue        # "he's a great nurse", "as a nurse": a description, not someone new
        possessive = window[m.end():m.end() + 2] in ("'s", "s'") or m.group(0).endswith("'s")
        if m.group("role") and _plural(m):
            continue        # "the nurses": a plural noun is never what "he" or "she" points back to
        if m.group("pro"):
            cands.append((m.end(), m.start(), "generic", m.group("pro"), "", possessive))
        elif m.group("mods") and _GENDER_MOD.search(m.group("mods")):
            cands.append((m.end(), m.start(), "gendered", m.group(0), "", possessive))
        elif _is_apposition(window[:m.start()]):
            cands.append((m.end(), m.start(), "named", m.group(0), "", possessive))    # Mr Patel, our manager,
        else:
            cands.append((m.end(), m.start(), "generic", m.group("mods") + m.group("role"), m.group("det").lower(),
                          possessive))
    for rx_ in (_BARE_ROLE, _BARE_OBJECT):         # note style: "If child is Gillick competent", "help patient to"
        for m in rx_.finditer(window):
            cands.append((m.end("role"), m.start("role"), "generic", m.group("role"), "", False))
    for rx, kind in ((_NAMED, "named"), (_GENDERED, "gendered")):
        for m in rx.finditer(window):
            if kind == "named" and _ROLE_TAIL.search(m.group(0)):
                continue        # "Investigating Officer", "Responsible Clinician": a role, not a name
            cands.append((m.end(), m.start(), kind, m.group(0), "", False))
    return cands


def _plural(m) -> bool:
    """The role noun of a ``_GENERIC`` match is plural ("the nurses", "our GPs", "their carers")."""
    tail = m.group(0)[m.end("role") - m.start(0):]
    return tail == "s" or (tail == "" and m.group("role").lower() in _PLURAL_ROLES)


_PLURAL_ROLES = {"staff"}
_OF_HEAD = re.compile(r"\s+of\s+$")


def _of_complement(window: str, cand, cands) -> bool:
    """The candidate completes another one ("the father of a new child"): the phrase is about
    the first noun, so the pronoun that follows points to it, not to the second."""
    m = _OF_HEAD.search(window, 0, cand[1])
    return m is not None and any(c is not cand and c[0] == m.start() for c in cands)


_VIGNETTE = rx(r"\bin this (?:situation|case|scenario|instance|example)\b|\bcase (?:study|studies|history|vignette|scenario)\b"
               r"|\bscenario\b|\bvignette\b", re.I)


def _narrative(ctx, det: str) -> bool:
    """Past-tense account of one person ("The patient was seen on 3 May. He reported pain"), or
    a case vignette reporting what one person says of themselves ("The patient states that she
    is nervous")."""
    if _REPORTS_SELF.search(ctx.text[max(ctx.sent_start, ctx.start - 40):ctx.start]) \
            and _MODAL.search(ctx.before) is None:
        return True
    if det in _SPECIFIC_DET and _VIGNETTE.search(ctx.text, 0, ctx.start):
        return True         # "in this situation ... the student ... she": one person in a case
    span = ctx.text[ctx.prev_start:ctx.sent_end]
    return _MODAL.search(span) is None and _PAST.search(ctx.sentence) is not None


_REPORTS_SELF = re.compile(r"\b(?:states|says|reports|tells (?:the|you|us) \w+|complains|explains|describes|admits|"
                           r"denies|mentions|insists|reveals)\s+(?:that\s+)?$", re.I)


def _shouted(ctx) -> bool:
    m = ctx.match_text
    return m.isupper() and len(m) > 1 and not ctx.sentence.isupper()


@condition("generic-antecedent")
def generic_antecedent(ctx) -> bool:
    """The nearest candidate antecedent, in this or the previous sentence, is a generic role
    noun ("each applicant … his", "anyone … he"), not a named, gendered or specific person,
    and the topic is not male-only anatomy ("a patient with prostate cancer … his")."""
    if _shouted(ctx) or _ROYAL.match(ctx.text[ctx.start:ctx.start + 25]):
        return False
    ante = _antecedent(ctx)
    if ante is None or ante[0] != "generic":
        return False
    if _narrative(ctx, ante[2]):
        return False
    if _MALE_TOPIC.search(ctx.text[ctx.prev_start:ctx.sent_end]):
        return False
    return True


@condition("stereotyped-female-antecedent")
def stereotyped_female_antecedent(ctx) -> bool:
    """The nearest antecedent is a generic role often assumed to be a woman ("your health
    visitor … she", "the receptionist … her"). When 'she' means a pregnant woman or a mother,
    that noun is nearer and wins."""
    if _shouted(ctx) or _ROYAL.match(ctx.text[ctx.start:ctx.start + 25]):
        return False
    ante = _antecedent(ctx)
    if ante is None or ante[0] != "generic" or not FEMALE_STEREOTYPED.search(ante[1]):
        return False
    return not _narrative(ctx, ante[2])


_FEMALE_TOPIC = re.compile(
    r"\b(?:pregnan\w*|cervi\w*|breast\w*|womb|uter\w*|ovar\w*|menstru\w*|periods?|menopaus\w*|maternity|"
    r"midwi\w*|antenatal|postnatal|gynae\w*|mammogra\w*|smear|hysterectom\w*|birth\w*|labour|caesarean|"
    r"miscarr\w*|abortion|termination|contracepti\w*|IVF|eggs?|"
    # a service or passage for women: "the refuge is for women; a client can bring her children"
    r"women|woman|girls?|females?|mothers?|mums?|ladies|wives|daughters?|sisters?|nuns?)\b", re.I)
_PARTNER_ROLE = re.compile(r"\bpartners?$", re.I)


@condition("generic-feminine-antecedent")
def generic_feminine_antecedent(ctx) -> bool:
    """'she/her' stands for anyone in a role that is not stereotyped as female ("an employee
    ... her supervisor", "your family member ... after she leaves"); women's-health topics,
    where the person is a woman or pregnant, and partners (judged by the family rules) are left
    out."""
    if _shouted(ctx) or _ROYAL.match(ctx.text[ctx.start:ctx.start + 25]):
        return False
    ante = _antecedent(ctx)
    if ante is None or ante[0] != "generic" or FEMALE_STEREOTYPED.search(ante[1]) or _PARTNER_ROLE.search(ante[1]):
        return False
    if _narrative(ctx, ante[2]):
        return False
    return _FEMALE_TOPIC.search(ctx.text[ctx.prev_start:ctx.sent_end]) is None


@condition("named-person-antecedent")
def named_person_antecedent(ctx) -> bool:
    """The nearest candidate antecedent is a named or specific person (Dr Shah, Carol Webb,
    our midwife, Priya, your father, a man)."""
    ante = _antecedent(ctx)
    return ante is not None and ante[0] in ("named", "gendered")


# a child, sibling or relative of either sex; not a couple or a pair of parents, which are findings
# themselves (BIN-006, BIN-007) and so cannot excuse the pronouns that echo them
_BINARY_ANTECEDENT = re.compile(
    r"\b(?:son|daughter|boy|girl|brother|sister|man|woman|niece|nephew|"
    r"grandson|granddaughter|aunt|uncle)s?\s+(?:or|and|/)\s+(?:son|daughter|boy|girl|brother|sister|"
    r"man|woman|niece|nephew|grandson|granddaughter|aunt|uncle)s?\b",
    re.I)


@condition("binary-antecedent")
def binary_antecedent(ctx) -> bool:
    """The paired pronoun echoes a pair of gendered nouns ("your son or daughter ... him or
    her"), so it is not a generic binary default."""
    m = None
    for m in _BINARY_ANTECEDENT.finditer(ctx.text, ctx.prev_start, ctx.start):
        pass
    if m is None:
        return False
    # "an employee's husband or wife ... his or her manager": the possessive is the employee's
    owned = re.search(r"\b\w+(?:'s|s')\s+$", ctx.text[max(0, m.start() - 30):m.start()])
    return not (owned and ctx.match_text.lower().startswith(("his", "her ", "her\t")))


@condition("pronoun-set")
def pronoun_set(ctx) -> bool:
    """The slash form is a pronoun declaration (she/her, he/him, they/them), not a generic form."""
    m = re.sub(r"\s+", "", ctx.match_text.lower())
    if m in ("she/her", "he/him", "he/his", "she/hers", "they/them", "she/they", "he/they", "her/hers",
             "him/his"):
        return True
    return bool(re.search(r"\bpronouns?\b", ctx.sentence, re.I))


_SET_AROUND = re.compile(r"\b(?:she|he|they|ze|xe|zie|ey)\s*/\s*(?:her|hers|him|his|them|theirs|they|she|he|zir|hir|xem|em)"
                         r"(?:\s*/\s*(?:her|hers|him|his|them|theirs|they|she|he))*\b", re.I)


@condition("in-pronoun-set")
def in_pronoun_set(ctx) -> bool:
    """The single pronoun is part of a declared set such as 'he/him' or 'she/they' in a
    signature, badge or example list, not a generic use."""
    lo = max(0, ctx.start - 12)
    for m in _SET_AROUND.finditer(ctx.text, lo, min(len(ctx.text), ctx.end + 12)):
        if m.start() <= ctx.start and ctx.end <= m.end():
            return True
    # pronouns listed as words: "(they, she, he, etc.)", "(I or you)"
    for m in _PRONOUN_LIST.finditer(ctx.text, max(0, ctx.start - 40), min(len(ctx.text), ctx.end + 40)):
        if m.start() <= ctx.start and ctx.end <= m.end():
            return True
    return False


_PRO_WORD = r"(?:I|you|he|she|it|we|they|them|him|her|hers|his|its|this|that|one|xe|ze|zie|ey|theirs|themself)"
_PRONOUN_LIST = re.compile(r"\(\s*" + _PRO_WORD + r"(?:\s*(?:,|/|\bor\b|\band\b|,\s*and\b|,\s*or\b)\s*" + _PRO_WORD
                           + r"){1,8}(?:\s*,?\s*etc\.?)?\s*\)", re.I)


_DISCLAIMER = re.compile(
    r"\bfor (?:the sake of )?(?:ease|simplicity|convenience|brevity|clarity|readability)"
    r"(?: of (?:reading|reference|drafting|expression|use))?[^.]{0,80}\b(?:he|his|him|masculine|male)\b"
    r"|\b(?:he|his|him|masculine|male)\b['\"]?[^.]{0,60}?\b(?:include|includes|including|is to be read as|"
    r"should be read as|shall be read as|shall be taken to include|should be taken to include|(?:also )?refers? to|"
    r"applies? (?:equally )?to|covers?|means?|denotes?|imports?)\b[^.]{0,25}?\b(?:she|her|hers|feminine|female|women)\b"
    r"|\b(?:words?|references?|terms?) (?:importing|denoting|in) the masculine"
    r"|['\"](?:he|him|his)['\"]\s+(?:is\s+used\s+(?:to\s+mean|for|to\s+refer\s+to)|refers\s+to|means|stands\s+for)\s+"
    r"(?:your|the|a|an|any|each|every)\s+[\w-]+"
    r"|\b(?:wherever|where|whenever) (?:the masculine(?: gender| form| pronouns?)?|['\"]?he['\"]?|['\"]?his['\"]?) (?:is|are|appears?) used"
    r"|\bany reference to (?:the masculine|['\"]?he['\"]?|['\"]?his['\"]?|['\"]?him['\"]?)\b",
    re.I,
)


@condition("masculine-disclaimer")
def masculine_disclaimer(ctx) -> bool:
    """The sentence is a 'the masculine includes the feminine' disclaimer (its own finding,
    PRN-005), so the pronouns inside it are not reported again."""
    return _DISCLAIMER.search(ctx.sentence.replace("\n", " ")) is not None
