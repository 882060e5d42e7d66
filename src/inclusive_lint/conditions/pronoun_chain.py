"""Who a pronoun can mean, from the rest of the text (used by ``pronouns.py``): a pronoun that carries
on a chain across sentences ("... for your husband to understand. It is important that he sees how it
affects your child. Chances are he will be ...": the last "he" is the husband, not the child named
between them), and a role the text itself gives the other sex ("the clerk said she ...")."""
from __future__ import annotations

import functools
import re

from .account_cues import DUTY
from .lead_in import items_only, lead_in_text, previous_paragraph_tail
from .pronoun_words import FEMALE_BODY, MASCULINE, OF_HEAD, _FEM, _FEMALE_NOUN, _MALE_NOUN, _MASC


# how far the pronoun conditions read around a pronoun: its sentence, but never more than this much either
# side, so a 50,000-character run-on "sentence" (a flattened table) is not searched whole for each pronoun
WINDOW = 3000


# a lead-in that gives what follows to women: "... is only possible for women where: / • both her and her spouse"
_WOMEN_LEAD = re.compile(r"\b(?:to|for|by)\s(?:women|widows|wives|mothers|girls)\b[^.\n:]{0,30}:$", re.I)
_OTHER_SEX = re.compile(r"\b(?:men|males?|fathers|husbands|widowers|boys)\b", re.I)


def women_lead_in(ctx) -> bool:
    """The pronoun's sentence opens its block, an item under a lead-in ending in a colon that gives it to women (and
    names no men)."""
    lead = lead_in_text(ctx).rstrip() if ctx.prev_start == 0 else ""
    return _WOMEN_LEAD.search(lead[-300:]) is not None and not _OTHER_SEX.search(lead[-300:])


def near(ctx, lo: int, hi: int) -> str:
    """``ctx.text[lo:hi]``, cut to ``WINDOW`` characters either side of the pronoun (the same text for any
    real sentence)."""
    return ctx.text[max(lo, ctx.start - WINDOW):min(hi, ctx.end + WINDOW)]


def chained_person(text: str, prev_start: int, start: int, best, pronoun: str, candidates):
    """(kind, noun, "") of the named or gendered person that an earlier, same pronoun in the window
    (this and the previous sentence) points back to, when the generic candidate ``best`` comes after
    that pronoun and nobody is named before it in the window; else None. ``candidates(window)`` lists
    the candidate antecedents of a stretch of text, as (end, start, kind, noun, det, possessive)."""
    window = text[prev_start:start]
    same = same_sex(pronoun)
    earlier = None
    for earlier in same.finditer(window, 0, best[1]):
        pass
    if earlier is None or any(c[0] <= earlier.start() for c in candidates(window)):
        return None             # no earlier pronoun, or someone named before it: decided within the window
    seg = text[max(0, prev_start - 300):prev_start + earlier.start()]
    before = candidates(seg)
    if not before:
        return None
    # (a role the named person is said to hold describes them: "Dr Jean Wood ... serves as the director of ..."; not
    # past a new "a receptionist", someone else brought in)
    if best[4] not in ("a", "an"):
        before = [c for c in before if c[2] != "generic" or not _HOLDS.search(seg, max(0, c[1] - 40), c[1])] or before
    last = max(before, key=lambda c: c[0])
    other = _FEMALE_NOUN if same is _MASC else _MALE_NOUN
    if last[2] in ("named", "gendered") and not other.search(last[3]):
        return (last[2], last[3], "")
    return None


_HOLDS = re.compile(r"\b(?:serves?|served|serving|works?|worked|working|acts?|acted)\s+as\s+(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,2}$", re.I)


_REL_CLAUSE = re.compile(r"\s+(?:who|that)\s+[^.;:,!?]{0,60}")
_CLAUSE_OBJECT = {m: re.compile(r"\b(?:to|with|at|for|by|from|near|see|meet|help|ask|tell)\s+" + p + r"\s*$", re.I) for m, p in ((True, "him"), (False, "her"))}


def other_in_its_clause(window: str, best, pronoun: str) -> bool:
    """The generic noun's own relative clause holds the same pronoun as its object ("every toddler who comes up to
    her"): that one is someone else, whom a pronoun of the chain in a later sentence goes on meaning."""
    m = _REL_CLAUSE.match(window, best[0])
    return m is not None and _CLAUSE_OBJECT[same_sex(pronoun) is _MASC].search(m.group(0)) is not None \
        and window[m.end():m.end() + 1] in (".", "!", "?")     # (the clause closes the sentence, the pronoun in a later one:
    #                                                                  not "any tenant who wants to see him should book ... He")


def gendered_by_text(text: str, lo: int, hi: int, cand, pronoun: str) -> bool:
    """The text itself gives the candidate role the other sex: "the clerk said she did not know" is
    a woman, so a later "he" ("asked the clerk if he could") means someone else. Only a 'the' role
    followed within three words by the other pronoun on its own (not "she or he", "she/he"), looked
    for in ``text[lo:hi]`` (near the pronoun: a paragraph may be a 20,000-character piece)."""
    if cand[2] != "generic" or cand[4] != "the":
        return False
    return _role_then_other(cand[3], pronoun.lower() in MASCULINE).search(text, lo, hi) is not None


@functools.lru_cache(maxsize=512)
def _role_then_other(role: str, masculine: bool):
    other = r"(?:she|her)" if masculine else r"(?:he|his|him)"
    return re.compile(r"\bthe\s+" + re.escape(role) + r"\s+(?:[a-z]+\s+){0,3}?" + other + r"\b(?!\s*(?:/|or\b))", re.I)


def ruled_out(ctx, window: str, cand) -> bool:
    """The candidate cannot be what the pronoun means: a role the text gives the other sex
    (``gendered_by_text``, within 600 characters of the pronoun's two sentences), or "nobody" /
    "no one" in an earlier sentence ("nobody wanted the job. He's efficient": a negative antecedes
    nothing past its own sentence). ``window`` ends at the pronoun; the candidate's offsets count in it."""
    if cand[3].lower() in ("nobody", "no one", "no-one") and cand[0] <= len(window) - (ctx.start - ctx.sent_start):
        return True
    if cand[3].lower() in ("everyone", "everybody") and _PREPOSITION_BEFORE.search(window, max(0, cand[1] - 12), cand[1]) \
            and _FROM_TO.match(window, cand[0]):
        return True     # "working with everyone from babies to stroke patients ... she": a range of people, no one person
    if _OWN_RELATIVE.match(window, cand[0]) and ctx.match_text.lower() in ("he", "she"):
        return True     # "a pregnant woman or a person with whom she resides": the clause is about that noun, so
        #                 the pronoun inside it names someone else
    if cand[2] == "gendered" and _PLURAL_SEXED.search(cand[3]):
        return True     # "the place where Boys can be reached ... He is appointed": many are not one
    if window.endswith(", ") and ctx.match_text.lower() in ("he", "she") and (m := _ADJUNCT_BEFORE.search(window)) \
            and cand[1] >= m.start():
        return True     # "Along with the hall manager and four other RAs, he looks after": the phrase before the
        #                 subject is about others
    if cand[2] == "generic" and _OWNER_BEFORE[ctx.match_text.lower() in MASCULINE].search(window, max(0, cand[1] - 5), cand[1]):
        return True     # "she ... wanted a child with her new spouse ... for her partner": whoever owns the role
        #                 noun ("her GP", "his manager") is someone other than it
    if cand[2] == "generic" and cand[4] in ("a", "an") and _COPULA_BEFORE.search(window, max(0, cand[1] - 40), cand[1]) \
            and not _RELATIVE_AFTER.match(window, cand[0]):
        return True     # "He is normally an outgoing person, but he has become withdrawn": a noun after "he is" says
        #                 what he is, it brings in no one new (a clause of its own does: "an elderly person who died ...")
    # (and within WINDOW + 600 characters of the pronoun itself)
    return gendered_by_text(ctx.text, max(0, ctx.prev_start - 600, ctx.start - WINDOW - 600),
                            min(ctx.sent_end + 600, ctx.end + WINDOW + 600), cand, ctx.match_text)


_PLURAL_SEXED = re.compile(r"\b(?:men|women|boys|girls|ladies|gentlemen|mothers|fathers|mums|dads|husbands|wives|sons|daughters|"
                           r"brothers|sisters|males|females)$", re.I)
_ADJUNCT_BEFORE = re.compile(r"(?:^|(?<=[.;:!?])\s+|\n\s*)(?:Along\s+with|Together\s+with|Alongside|As\s+well\s+as|"
                             r"Apart\s+from|Besides|In\s+addition\s+to|With\s+the\s+help\s+of|Working\s+with)\b[^,.;:]{0,120},\s$")
_PREPOSITION_BEFORE = re.compile(r"\b(?:with|among|amongst|alongside)\s+$", re.I)     # (not "open to everyone from ...")
_FROM_TO = re.compile(r"\s+from\s+[^.;:!?]{1,60}?\s+to\s+", re.I)
_OWN_RELATIVE = re.compile(r"\s+(?:(?:with|to|for|from|by|about|on|near)\s+)?(?:whom|who)\s+$", re.I)
# "he is", "she was usually": the copula after a pronoun of either sex, whose noun complement is no one new
_COPULA_BEFORE = re.compile(r"\b(?:[Hh]e|[Ss]he)\s+(?:is|was|becomes|became|seems|remains)\s+(?:[a-z]+ly\s+)?(?:not\s+)?$")
_RELATIVE_AFTER = re.compile(r"\s*,?\s*(?:who|whom|whose|that)\b")
_OWNER_BEFORE = {True: re.compile(r"\bhis\s+$", re.I), False: re.compile(r"\bher\s+$", re.I)}    # by "masculine?"
_OWN_CLAUSE = re.compile(r"\bto\s+[a-z]+\b|\bthat\b")
_SUBJECT_OF = {"her": "she", "hers": "she", "herself": "she", "him": "he", "his": "he", "himself": "he"}


def bound_to_subject(ctx, window: str, best):
    """The reading of the subject pronoun an object or possessive pronoun follows in its sentence, when
    the candidate ``best`` stands between them ("she remembers a member of staff referring to her", "she
    uses this leave for her family"): the pronoun means whom that subject means, as the subject's own
    reading found it (kept in ``doc_cache``), when that is a named or sexed person. None otherwise."""
    subject = _SUBJECT_OF.get(ctx.match_text.lower())
    if _OWN_CLAUSE.search(window, best[0]):
        return None             # "He expects every junior doctor to keep his logbook", "She tells each midwife that her
        #                         first week ...": the noun has a clause of its own, whose subject it is
    base = ctx.start - len(window)          # where the window starts in the block
    if subject is None:
        return _carried_on(ctx, base, best)     # "She visited her GP, asking if she could ..."
    last = None
    for last in re.finditer(r"\b" + subject + r"\b", ctx.text[ctx.sent_start:ctx.start], re.I):
        pass
    if last is None or ctx.sent_start + last.start() > base + best[1]:
        return _carried_on(ctx, base, best)
    return known_reading(ctx, ctx.sent_start + last.start())


def _carried_on(ctx, base: int, best):
    """The reading of an earlier pronoun of the same sex after the candidate ``best``, in the same sentence
    ("everyone will make him welcome and support him in his role": "his" means whom "him" means, and that
    "him" was never "everyone"), when that reading is a named or sexed person. None otherwise."""
    last = _last(same_sex(ctx.match_text), ctx.text, max(ctx.sent_start, base + best[0]), ctx.start)
    if last is None or _RELATIVE.search(ctx.text, base + best[0], last.start()):
        return None     # "any tenant who contacts him ... must give his number": "him" sits in the tenant's clause
    return known_reading(ctx, last.start())


_RELATIVE = re.compile(r"\b(?:who|whom|that|which)\b", re.I)


def carried_in_window(ctx):
    """With no candidate noun in the pronoun's two sentences, the reading of the last pronoun of the same sex
    there ("She visited her GP, asking if she could be referred. Tests were not needed for her partner"),
    when that reading is a named or sexed person; else None (the text further back decides)."""
    last = _last(same_sex(ctx.match_text), ctx.text, ctx.prev_start, ctx.start)
    return None if last is None else known_reading(ctx, last.start())


def carried_generic(ctx):
    """With no one at all before the pronoun, the generic reading of the last pronoun of its sex in the 600
    characters before its sentence, in this block ("Arrange to meet the childminder ... Watch how she interacts with
    them ... Do they seem comfortable with her?": the same anyone in the role); else None. (In its own sentence an
    earlier pronoun with a reading means the candidates were ruled out for this one.)"""
    last = _last(same_sex(ctx.match_text), ctx.text, max(0, ctx.start - 600), ctx.sent_start)
    if last is None or _NEW_ONE.search(ctx.text, last.end(), ctx.start):
        return None     # (not past a new "a dog" or the writer's own: "We found ours through an agency. She ...")
    kept = kept_reading(ctx, last.start())
    return kept if kept and kept[0] == "generic" and kept[2] else None     # (a noun's, not a fallback: "whoever the duty is for")


_NEW_ONE = re.compile(r"\b(?:an?\s+[a-z]|(?-i:I)\b|(?:we|us|our|ours|my|mine)\b)", re.I)


def same_sex(pronoun: str):
    """The pattern of the pronoun forms of ``pronoun``'s sex: ``_MASC`` for "he"/"his"..., else ``_FEM``."""
    return _MASC if pronoun.lower() in MASCULINE else _FEM


_PAST_MODAL = re.compile(r"\b(?:could|would|might)\b", re.I)
_AHEAD = re.compile(r"\b(?:will|in\s+future|from\s+now\s+on|going\s+forward)\b", re.I)     # a rule from now on
# "should" opening a condition, not a duty: "should the patient die during the night, ..."
_INVERTED_IF = re.compile(r"(?:^\W*|[,;:]\s*|\bthat\s+)should\s+(?=(?:the|a|an|you|they|he|she|it|we|this)\b)", re.I)
_OPENS_IF = re.compile(r"\W*(?:if|where|whenever|unless|should)\b", re.I)
_QUANTIFIED = ("each", "every", "all", "any", "no")
_AFTER_PREPOSITION = re.compile(r"\b(?:for|to|with|of|from|by|about|on|at|in)\s+$", re.I)


@functools.lru_cache(maxsize=256)
def _det_role(det: str, role: str):
    """``det`` and ``role`` as words ("each resident", "the patient"), compiled once per pair."""
    return re.compile(r"\b" + re.escape(det) + r"\s+" + re.escape(role) + r"\b", re.I)


def one_case_fits(ctx, det: str, role: str) -> bool:
    """May a told case before the pronoun ("On one occasion, ...", "In one case ...") make it one person? Not in a
    sentence that opens on a condition ("If the tenant breached it on another occasion, he may ..."), nor where a
    duty comes before the pronoun ("A visitor who has been asked to leave must not return until his ban ..."), nor
    for "each / every <role>" as its clause's subject ("Until last year each resident was asked to sign for his ...";
    not an object: "prepared forms for each resident at her own initiative" is the manager's)."""
    if _OPENS_IF.match(ctx.sentence) or DUTY.search(ctx.text, ctx.sent_start, ctx.start):
        return False
    if det in _QUANTIFIED and role:
        at = _last(_det_role(det, role), ctx.text, ctx.sent_start, ctx.start)
        return at is not None and _AFTER_PREPOSITION.search(ctx.text, max(ctx.sent_start, at.start() - 12), at.start()) is not None
    return True


def told_of(ctx, det: str, role: str, narrative, past) -> bool:
    """``narrative``'s verdict on the pronoun, and carried on in its block: once an account has told of "the <role>"
    with a pronoun of one sex, a later pronoun of that sex after "the <role>" again in the block is that person ("the
    patient was covered under his gown ... should the patient die during the night, his body could be removed")."""
    key = ("told", ctx.block_index, role.lower(), ctx.match_text.lower() in MASCULINE)
    kept = ctx.doc_cache.get(key) if det == "the" and role else None
    if kept is not None and kept[0] is ctx.text and kept[1] < ctx.sent_start \
            and _det_role("the", role).search(ctx.text, ctx.sent_start, ctx.start) \
            and (past(ctx.sentence) or _PAST_MODAL.search(ctx.sentence)) \
            and not DUTY.search(_INVERTED_IF.sub(" ", ctx.sentence)) and not _GENERAL.search(ctx.sentence) and not _AHEAD.search(ctx.sentence):
        return True         # (named again in the pronoun's own sentence, told in the past, with no duty and no rule for all)
    told = narrative(ctx, det, role)
    if told and det == "the" and role and kept is None:
        ctx.doc_cache[key] = (ctx.text, ctx.start)
    return told


def _last(rx, text: str, lo: int, hi: int):
    """The last match of ``rx`` in ``text[lo:hi]``, or None."""
    last = None
    for last in rx.finditer(text, lo, hi):
        pass
    return last


def known_reading(ctx, at: int):
    """The reading the pronoun at ``at`` in this block was given (kept in ``doc_cache`` by ``_antecedent``),
    when it is a named or sexed person; None for a generic one or none worked out yet (only a known person
    is carried on: a generic reading leaves the nearest noun to decide)."""
    kept = kept_reading(ctx, at)
    return None if not kept or kept[0] == "generic" else kept


def kept_reading(ctx, at: int):
    """What ``_antecedent`` kept in ``doc_cache`` for the pronoun at ``at`` in this block: its reading, () for no one,
    None when it has not been worked out."""
    cached = ctx.doc_cache.get(("antecedent", ctx.block_index, at, len(ctx.text)))
    return cached[1] if cached is not None and cached[0] is ctx.text else None


_GENERAL = re.compile(r"\b(?:in all cases|always|all|every|any|each|whenever)\b", re.I)    # a rule for anyone
_SEXED = {True: re.compile(r"\b(?:male|man|men)\b", re.I), False: re.compile(r"\b(?:female|woman|women)\b", re.I)}


def sexed_twin(strong: list, best, masculine: bool, sentence: str) -> list:
    """"What should the male employee do? The employee must notify his employer": a role named before with a
    sex of the pronoun's ("the male employee") is the same person when named again without it."""
    if best[2] != "generic" or best[4] not in ("the", "this", "that") or _GENERAL.search(sentence):
        return []
    tail = " " + best[3].lower()
    return [c for c in strong if c[2] == "gendered" and c[0] <= best[1] and c[3].lower().endswith(tail)
            and _SEXED[masculine].search(c[3])]


def opening_subject(window: str, strong: list, best, masculine: bool, prev_len: int) -> list:
    """"A male employee ... may be granted leave from the delivery of the child. During the leave he shall be paid": the
    sentence before opened on a role given the pronoun's sex, and the nearer role is one named later in that sentence,
    so the pronoun carries on with its subject. ``prev_len`` is that sentence's length in ``window`` (-1: cut short)."""
    if best[2] != "generic" or prev_len < 0 or best[1] >= prev_len or not OF_HEAD.search(window, max(0, best[1] - 12), best[1]):
        return []       # (the nearer role only inside an "of" phrase: not one the subject acts on, "chaperone for the patient")
    return [c for c in strong if c[2] == "gendered" and c[0] < best[1] and _SEXED[masculine].search(c[3])
            and not window[window.rfind("\n", 0, c[1]) + 1:c[1]].strip(" \t-*\u2022")
            and not any(d[2] == "generic" and d[1] < c[1] for d in strong)]


_OTHER_POSSESSIVE = {True: re.compile(r"\bher\s+$", re.I), False: re.compile(r"\bhis\s+$", re.I)}


def kin_of_other_sex(window: str, strong: list, best, masculine: bool) -> list:
    """"A patient brings her father to your clinic. He tells you ...": the role is already "her", so "he"
    (opening the next sentence) is the man named after it ("her father"), not the role."""
    if best[2] != "generic":
        return []
    return [c for c in strong if c[2] == "gendered" and c[1] > best[0] and (_MALE_NOUN if masculine else _FEMALE_NOUN).search(c[3])
            and _OTHER_POSSESSIVE[masculine].search(window, max(best[0], c[1] - 6), c[1])
            and not any(best[0] <= d[1] < c[1] for d in strong if d is not c)]


def theirs_named(window: str, cands: list) -> list:
    """"James Chen ... living with partner Emma and their child": named people's own child is a specific one."""
    named = [c[0] for c in cands if c[2] == "named"]
    return [(c[0], c[1], "named", c[3], "", c[5]) if c[2] == "generic" and c[4] == "their" and any(
        e <= c[1] and not _STOP.search(window, e, c[1]) for e in named) else c for c in cands] if named else cands


_STOP = re.compile(r"[.;:!?]\s")


def further_back(ctx, window_start: int, candidates) -> tuple:
    """(kind, noun, det) of the nearest person before ``window_start`` (the 300 characters before it, a list
    item's lead-in, or the paragraph before) for an object pronoun whose clause subject opens the sentence
    with no one before it ("The school nurse will arrange for him to ..."); someone unknown if there is none."""
    found = candidates(ctx.text[max(0, window_start - 300):window_start])
    if not found and ctx.block_index > 0 and (not ctx.text[:window_start].strip() or items_only(ctx.text[:window_start])):
        found = candidates(lead_in_text(ctx)[-400:])
    if not found and not ctx.text[:window_start].strip():
        found = candidates(previous_paragraph_tail(ctx, candidates))
    best = max(found, key=lambda c: c[0]) if found else None
    return (best[2], best[3], best[4]) if best else ("unknown", "", "")


# one of the writer's own in a statement ("one of my regular clients ... her"), not in a rule or a condition
_NOT_A_ROLE = re.compile(r"\b(?<!if )(?<!when )one\s+of\s+my\s+(?:[\w-]+\s+){0,2}(?:clients|patients|residents|customers|passengers|friends|"
                         r"neighbours|colleagues|students|pupils|service\s+users)\b(?![^.!?]*\b(?:must|should|shall|has\s+to|have\s+to)\b)", re.I)


# a fact told of one of the reader's own: "You have been told that one of your patients is HIV-positive"
_ONE_OF_YOURS = re.compile(r"\b(?:been\s+(?:told|informed|advised|notified)|(?:told|informed|learned|learnt|heard|discovered|noticed|"
                           r"realised|realized|found\s+out)(?:\s+(?:you|me|us))?)\s+that\s+one\s+of\s+your\s+(?:[\w-]+\s+){0,2}(?:clients|patients|residents|customers|students|pupils|"
                           r"service\s+users|staff|employees|colleagues)(?=\s+(?:is|was|has|had)\b)"
                           r"(?![^.!?]*\b(?:must|should|shall|may|might|will|would|can|could|has\s+to|have\s+to)\b)", re.I)
_CONDITION_BEFORE = re.compile(r"\b(?:if|when|whenever|where|suppose|unless|imagine|may|might|can|could|would|should|will|"
                               r"sometimes|often|usually)\b[^.!?]*$", re.I)


def not_roles(window: str) -> list:
    """Candidates (kind "specific") that are no one in a role the text sets a rule for."""
    found = [(m.end(), m.start(), "specific", m.group(0), "", False) for m in _NOT_A_ROLE.finditer(window)]
    return found + [(m.end(), m.start(), "specific", m.group(0), "", False) for m in _ONE_OF_YOURS.finditer(window)
                    if not _CONDITION_BEFORE.search(window, max(0, m.start() - 200), m.start())]


# a procedure or organ only a female body has, in a list's opening line
_FEMALE_CLINICAL = re.compile(r"\b(?:" + FEMALE_BODY + r"|smears?)\b", re.I)
_HAS_IT = ("patient", "the patient", "woman", "the woman", "client", "the client", "service user", "person")
_MALE_WORD = re.compile(r"\b(?:men|man|male|males|fathers?|boys?)\b", re.I)
_ITEM_LINE = re.compile(r"\n[^\S\n]*(?:[-*\u2022\u25aa\u25cf]|\d{1,2}[.)])[^\S\n]")


def female_list_head(ctx, noun: str) -> bool:
    """The pronoun is in an item of a list whose opening line is about a female-only procedure or organ
    ("Suggestions that may help to increase a woman's understanding of cervical screening / \u2022 ... Let
    her handle it"), with no man in that line, and means the person having it (``noun``: the patient, not a
    visitor, a colleague or an interpreter): the list is about her."""
    head = ctx.text.find("\n", 0, 200)
    if head < 0 or head >= ctx.sent_start or noun.lower() not in _HAS_IT:
        return False
    if _ITEM_LINE.match(ctx.text, ctx.text.rfind("\n", 0, ctx.start)) is None:
        return False        # (the pronoun's own line is an item)
    first = ctx.text[:head]
    return _FEMALE_CLINICAL.search(first) is not None and _MALE_WORD.search(first) is None


def block_before(ctx, noun: str) -> str:
    """The end of the paragraph before, when the pronoun is in its own paragraph's first two sentences and
    the person it means (``noun``) is not named in that paragraph ("... Warmth relaxes the scrotum ... / How
    should he do it?"): the topic it carries on; else ""."""
    if ctx.prev_start > 0 or ctx.block_index < 1 or noun.lower() in ctx.text[:ctx.start].lower():
        return ""
    return "\n" + ctx.document.blocks[ctx.block_index - 1].text[-300:]


_SUBJECT_FORM = {"he": re.compile(r"\bhe\b", re.I), "she": re.compile(r"\bshe\b", re.I)}


def subject_unknown(ctx, window: str, best, same) -> bool:
    """"a / an <role>" in the sentence before the pronoun's comes after "he" or "she" as the subject there, and that pronoun was found to
    point at no one in the text (its answer is kept in ``ctx.doc_cache``): the role is that person's object ("he has
    had access to a sympathetic GP"), and a pronoun after it goes on with the same unknown person."""
    if best[0] > ctx.sent_start - (ctx.start - len(window)):
        return False        # (the role in the pronoun's own sentence: "... calling a resident by his first name")
    cut = max(window.rfind(". ", 0, best[1]), window.rfind("\n", 0, best[1]))
    subject = _SUBJECT_FORM["he" if same.search("he") else "she"].search(window, cut + 1, best[1])
    if subject is None:
        return False
    at = ctx.start - len(window) + subject.start()
    return kept_reading(ctx, at) == ()
