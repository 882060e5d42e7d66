"""Conditions for pronoun rules: who does "he" / "she" point back to?

The antecedent is guessed from the current sentence up to the pronoun and the sentence
before it: the candidate mentioned last wins. Candidates are generic role nouns ("each
applicant", "your midwife", "anyone"), named people ("Dr Shah", "Carol Webb", "our midwife,
Priya,"), and gendered or specific people ("your father", "a man", "men"). All of it is a
handful of regex searches over at most two sentences, so pronoun rules stay cheap.
"""
from __future__ import annotations

import functools
import re

from . import condition
from .branches import occurs
from .clinical import female_procedure_for
from .clause import OWNED, clause_subject, is_example, lead_in_subject, not_clause_subject, passive_agents
from .family import partner_named_before
from .names import NAME_HEAD_END
from .given_names import first_names
from .lead_in import items_only, lead_in_text, previous_paragraph_tail, with_block_before
from .pronoun_exempt import not_a_rule_pronoun
from .placeholders import placeholders
from .pronoun_chain import WINDOW, block_before, female_list_head, further_back, not_roles, theirs_named, sexed_twin, bound_to_subject, carried_in_window, same_sex, chained_person, near, ruled_out
from .pronoun_words import COUNTED, MASCULINE, OUR_ONE, heading_roles, lead_roles, labelled_name, named_again, present_step, SUBORDINATE_OPEN, TO_INFINITIVE
from .pronoun_words import (  # noqa: F401 (the four guarded regexes are also read by tests)
    FEMALE_STEREOTYPED, _GENERIC, _ROLE_TAIL, _BARE_ROLE, _BARE_OBJECT, _BARE_BABY, _BARE_OFFICE, _LEAD_ROLE, LINE_STARTS, _AS_ROLE,
    _FRONTED_ROLE, _GENDER_MOD, _NOT_NAME, _NAMED, _GENDERED, _MALE_TOPIC, _MODAL, _PAST, _SPECIFIC_DET,
    _APPOSITION, _COPULA, _MASC, _FEM, _OBJ_MASC, _OBJ_FEM, _ROYAL, _FEMALE_NOUN,
    _MALE_NOUN, _QUOTED_SPEECH, _BARE_POSSESSIVE, _OR_ROLE, _ITEM_VERB, _OFFICE_FOR, _IF, _HAS_HAD)
from .antecedent_cues import PASSIVE_AUX as _PASSIVE_AUX, capital_kinds, inverted_question, of_complement, profile_before, second_description, is_apposition, _ALSO_PREDICATE, _plural, _INTENSIFIED, _ADJECTIVE_ROLES, clinician_subject, one_named_case, template_names, apposed_name, hypothetical as _hypothetical, men_only_before, unattached_duty, past_subject, without_told_counterfactuals, _GUESS, named_after, _OF_MINE, _PAIRED_PRONOUN, _PERFECT, _WORKS_AS, _active_past_ed
from .account_cues import AGO, SETS_RULE, inspection_report, _REPORTS_SELF, INFORMED_TAG, quote_tag, DUTY, _DATED, met_before, _ONE_KNOWN, _MINUTES, _ONE_CASE, _PAST_WHEN, _SPEAKER, _VIGNETTE, cue_before, heading_cue, equality_example, one_of_mine_before, captioned


def _antecedent(ctx):
    """(kind, text, determiner) for the nearest candidate antecedent before the pronoun, in
    this or the previous sentence; kind is 'generic', 'named' or 'gendered'. None if there is
    no candidate."""
    # kept with its text: pieces of one long block share its number (and may share a length)
    key = ("antecedent", ctx.block_index, ctx.start, len(ctx.text))
    cached = ctx.doc_cache.get(key)
    if cached is not None and cached[0] is ctx.text:
        return cached[1] or None
    # (at most WINDOW characters back: a run-on "sentence" of a flattened table or a file with no
    # full stops would otherwise be searched again for every pronoun in it)
    window = ctx.text[max(ctx.prev_start, ctx.start - WINDOW):ctx.start]
    cands = _window_candidates(window)
    if not cands and (carried := carried_in_window(ctx)) is not None:
        return carried      # "She visited her GP ... for her partner": the chain of one person's pronouns
    lead_in = None
    if not cands and ctx.prev_start > 0:
        # nothing in these two sentences: look a little further back in the block
        window = ctx.text[max(0, ctx.prev_start - 300, ctx.start - WINDOW - 300):ctx.start]
        cands = _window_candidates(window)
    if (not cands or all(c[5] for c in cands)) and ctx.block_index > 0 \
            and (not ctx.text[:ctx.prev_start].strip() or items_only(ctx.text[:ctx.sent_start])):
        # a list item or table cell continues the lead-in before it ("the manager will:"); a
        # possessive in the item ("registering the child's birth") does not replace its subject
        prev = lead_in_text(ctx)
        if prev:
            longer = prev[-400:] + window
            more = _window_candidates(longer)
            if not cands or any(not c[5] for c in more):
                window, cands = longer, more
                lead_in = lead_in_subject(window, len(prev[-400:]), cands)
        elif not cands and not ctx.text[:ctx.sent_start].strip() and not _DESCRIBED.match(ctx.text, ctx.start) \
                and not _NAMED.search(ctx.text, ctx.sent_start, ctx.sent_end):
            # a paragraph opening on the pronoun carries on from the paragraph before (but "He is
            # our longest-serving nurse" introduces someone, and "Her father, Mr Jones, ..." is
            # about one family)
            tail = previous_paragraph_tail(ctx, _window_candidates)
            if tail:
                window = tail + "\n" + window
                cands = _window_candidates(window)
    result = None
    if lead_in is not None:
        # an item with no subject of its own continues its lead-in's: "An uncle who cares for the
        # child can apply by:" / "- giving his address"
        cands = []
        result = (lead_in[2], lead_in[3], lead_in[4])
    if not cands and result is None:
        # no one before it: "informed of his rights as a patient", "within a week of his election,
        # the chair shall" name the role after the pronoun
        m = _AS_ROLE.search(ctx.text, ctx.end, ctx.sent_end)
        if m is not None and _WORKS_AS.search(ctx.text, max(ctx.end, m.start() - 30), m.start()):
            m = None
        if m is None and "," not in ctx.text[ctx.sent_start:ctx.start]:
            m = _FRONTED_ROLE.match(ctx.text, ctx.end, ctx.sent_end)
        if m is not None:
            result = ("generic", m.group("role"), m.group("det").lower())
        elif _ITEM_VERB.match(ctx.text, ctx.text.rfind("\n", 0, ctx.sent_start) + 1, ctx.sent_end):
            result = ("generic", "the role the list is about", "")
        elif _PAIRED_PRONOUN.search(window):
            # "He/she should regard the welfare of those served by him": the paired form before it
            # shows whoever it means is anyone
            result = ("generic", "the person a paired pronoun refers to", "")
        elif unattached_duty(ctx):
            # no one at all before it, in a duty or a signer's pledge: "He should also keep a book"
            result = ("generic", "whoever the duty is for", "")
    if cands:
        # a noun of the other sex is never what the pronoun means ("the member's widow ... his")
        other = _FEMALE_NOUN if ctx.match_text.lower() in MASCULINE else _MALE_NOUN
        cands = [c for c in cands if (c[2] != "gendered" or not other.search(c[3]))
                 and not ruled_out(ctx, window, c)]
    if cands:
        # a possessive before another person ("the patient's husband ... he") is a weak candidate
        strong = [c for c in cands if not c[5] or not any(c[0] < d[1] <= c[0] + 4 for d in cands)] or cands
        # a noun given as an example ("such as your father") is not who the pronoun means
        strong = passive_agents(window, [c for c in strong if not is_example(window, c[1])] or strong)
        ends = {c[0] for c in cands}
        strong = [c for c in strong if not of_complement(window, c, ends)
                  and not named_again(ctx.text, ctx.end, ctx.sent_end, c)] or strong
        if ctx.match_text.lower() in ("he", "she"):
            # "someone she describes", "the person she married": the pronoun opens a clause about
            # that noun, so it names someone else (when no one else is named, no one known)
            # (not after an opening "Once ..." clause: "Once you call your midwife she will ...")
            opens = SUBORDINATE_OPEN.match(ctx.text, ctx.sent_start) is not None
            # (with a noun set beside it: "a neighbour, someone she has known")
            heads = [c[1] for c in strong if window[c[0]:] == " "]
            strong = [c for c in strong if opens or (window[c[0]:] != " " and not any(window[c[0]:h] == ", " for h in heads))]
            if not strong:
                ctx.doc_cache[key] = (ctx.text, ())
                return None
        strong.sort(key=lambda c: (c[0], c[2] != "generic"))
        best = strong[-1]
        subject = clause_subject(window, ctx.match_text, strong, ctx.text[ctx.end:ctx.end + 20])
        if subject is not None:
            best = subject      # a reflexive or a coordinated "and she" refers to its clause subject
        else:
            best = not_clause_subject(window, ctx.match_text, strong, ctx.text[ctx.end:ctx.end + 20], best) or best
        result = bound_to_subject(ctx, window, best) if subject is None else None
        result = result or (further_back(ctx, ctx.start - len(window), _window_candidates) if best[2] == "unnamed" else (best[2], best[3], best[4]))
        own = [c for c in strong if c[2] == "gendered" and c[1] >= ctx.sent_start - ctx.prev_start
               and (_FEMALE_NOUN if other is _MALE_NOUN else _MALE_NOUN).search(c[3])] or sexed_twin(strong, best, other is _FEMALE_NOUN, ctx.sentence)
        if best[2] == "generic" and own and subject is None:
            result = (own[-1][2], own[-1][3], "")   # "a transwoman ... asked whether the warden could use her name"
        elif best[2] == "generic" and (best[4] in _SPECIFIC_DET or best[4] in ("a", "an")):
            # a specific person already referred to by the same pronoun keeps the chain (past "a GP"
            # only if its own sentence has the pronoun: "Jane ... she had not seen a GP. When she ..."),
            # and so does an object pronoun after the role ("the nurse will ask him about his")
            same = same_sex(ctx.match_text)
            obj = _OBJ_MASC if same is _MASC else _OBJ_FEM
            cut = window.rfind(". ", 0, best[1]) if best[4] in ("a", "an") else -1
            for c in strong:
                if c[2] in ("named", "gendered") and c[0] < best[1] and (
                        same.search(window, max(c[0], cut), best[1]) or obj.search(window, best[0])):
                    result = (c[2], c[3], "")
                    break
            else:
                if best[4] == "the" and labelled_name(with_block_before(ctx), best[3]):
                    result = ("named", best[3], "")      # "Applicant: Ms Anne Other" ... "the applicant ... she"
                elif window == ctx.text[ctx.prev_start:ctx.start]:     # (not a window cut to WINDOW)
                    result = chained_person(ctx.text, ctx.prev_start, ctx.start, best, ctx.match_text,
                                            _window_candidates) or result
    ctx.doc_cache[key] = (ctx.text, result or ())
    return result


# a vacancy's words: a person specification reads like a staff profile ("An experienced support worker with ... He drives ...")
_JOB_ADVERT = re.compile(r"\b(?:vacanc\w*|recruit\w*|we\s+are\s+looking|applicants?|apply|person\s+spec\w*|candidates?|salary|job\s+(?:title|description))\b", re.I)
_DESCRIBED = re.compile(r"(?:he|she)\s+(?:is|was|has been|had been)\s+(?:our|the|a|an|my|one of)\b", re.I)


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
        possessive = window[m.end():m.end() + 2] in ("'s", "s'") or m.group(0).endswith("'s")
        cop = None if possessive else _COPULA.search(window, max(0, m.start() - 12), m.start())
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
        if m.group("pro"):
            cands.append((m.end(), m.start(), "generic", m.group("pro"), "", possessive))
        elif m.group("mods") and _GENDER_MOD.search(m.group("mods")):
            cands.append((m.end(), m.start(), "gendered", m.group(0), "", possessive))
        elif is_apposition(window[:m.start()]) or _OFFICE_FOR.match(window, m.end()) or apposed_name(window, m.end(), titled=True) \
                or (m.group("role").islower() and (named_after(window, m.end()) or _OF_MINE.match(window, m.end()))):
            # "Mr Patel, our manager,"; "the Secretary of State for Health": one office holder
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
    cands += [(e, s, "named", window[s:e], "", False) for e, s in first_names(window)]     # "the client, Steve, ..."
    for m in placeholders(window):          # a template's "[FIRST NAME]": whoever the letter is for
        cands.append((m.end(), m.start(), "generic", "a template's placeholder", "", False))
    for m in lead_roles(window) + heading_roles(window):       # "Patient has the right to ...", "Patient Rights"
        cands.append((m.end("role"), m.start("role"), "generic", m.group("role"), "", False))
    for kind, found in (("named", _NAMED.finditer(window)), ("gendered", gendered)):
        for m in found:
            if kind == "named" and (_ROLE_TAIL.search(m.group(0)) or _THING_TAIL.search(m.group(0)) or _LAW_NAME_AFTER.match(window, m.end())
                                    or _A_KIND.search(window, max(0, m.start() - 40), m.start())):
                continue        # "Investigating Officer": a role; "Fire Safety Order": a law; "a Member Club"
            cands.append((m.end(), m.start(), kind, m.group(0), "", False))
    # one sexed noun of a pair ("a boy or girl", "son/daughter") is not a sexed person of its own
    cands = [c for c in cands if c[2] != "gendered" or not (_PAIR_AFTER.match(window, c[0]) or _PAIR_BEFORE.search(
        window, max(0, c[1] - 16), c[1]))]
    pairs = [(c[1], c[0]) for c in cands if c[2] == "generic" and c[4] == "" and " or " in c[3]]
    if pairs:       # the sexed noun inside "the mother or adopter" is not a candidate of its own
        cands = [c for c in cands if c[2] != "gendered" or not any(a <= c[1] and c[0] <= b for a, b in pairs)]
    return template_names(window, theirs_named(window, cands + not_roles(window)))


_PAIR_WORD = r"(?:boy|girl|son|daughter|man|woman|brother|sister|mother|father|husband|wife)"      # nouns, not "male or female only"
_PAIR_AFTER = re.compile(r"\s*(?:or|/)\s*(?:an?\s+|the\s+)?" + _PAIR_WORD + r"\b", re.I)
_PAIR_BEFORE = re.compile(r"\b" + _PAIR_WORD + r"\s*(?:or|/)\s*(?:an?\s+|the\s+)?$", re.I)
# a run of capitals naming a thing, not a person: "Intercountry Adoption", "an Affiliated Club"
_THING_TAIL = re.compile(r"(?:tion|sion|ment|ness|ship|ism|ogy)$|" + NAME_HEAD_END.pattern)     # (not "-ence": Lawrence)
_A_KIND = re.compile(r"\b(?:a|an|each|any|every)\s+(?:[A-Z][\w'-]*\s+){0,3}$")
_LAW_NAME_AFTER = re.compile(r"\)?\s+(?:\([A-Z][\w ]{1,40}\)\s+)?(?:Act|Order|Regulations|Directive|Measure|Bill|Rules|Scheme)\b")


_NAME_AS = re.compile(r"\b[A-Z][A-Za-z'\u2019-]*[a-z][A-Za-z'\u2019-]*\s+as\s+$")    # "Dr Hohaia as", "NHSScotland as"


def _narrative(ctx, det: str, role: str = "") -> bool:
    """Past-tense account of one person ("The patient was seen on 3 May. He reported pain"), or a
    case vignette reporting what one person says of themselves ("The patient states that she is nervous")."""
    if det in ("the", "our", "a", "an") and role and past_subject(ctx.text[ctx.prev_start:ctx.start], role):
        return True         # "The deputy coroner recorded a narrative conclusion. She found ..."
    if (det == "our" and (OUR_ONE.match(role) or role.lower().endswith("friend"))) or (det == "the" and role.lower().startswith("same ")):
        return True         # "Our new volunteer coordinator starts on Monday. She has ...", "our dear friend", "the same chair"
    if ctx.match_text.lower() in ("he", "she") and (_SPEAKER.match(ctx.text, ctx.end) or INFORMED_TAG.match(ctx.text, max(0, ctx.start - 2))
                                                    or quote_tag(ctx.text, ctx.start, ctx.end)):
        return True         # "She said: ..." reports one person's words; '"...," he says.' 
    if det != "your" and _REPORTS_SELF.search(ctx.text[max(ctx.sent_start, ctx.start - 40):ctx.start]) \
            and _MODAL.search(ctx.before) is None:     # (not the reader's "what your child says he wants")
        return True
    if (det in _SPECIFIC_DET or det in ("a", "an")) and (cue_before(ctx, _VIGNETTE, 600, past=60) or heading_cue(ctx)
                                                          or (det == "the" and one_named_case(ctx))):
        return True         # "in this situation ... the student ... she": one person in a case
    if det in ("a", "an") and role and not _MODAL.search(ctx.sentence) and profile_before(ctx.text, ctx.prev_start, ctx.sent_start, role) \
            and not _JOB_ADVERT.search(ctx.text):
        return True         # "A registered podiatrist who specialises in children's feet. He ..."
    if det in ("the", "this") and cue_before(ctx, AGO, 300) and not SETS_RULE.search(ctx.sentence):
        return True         # a case history: "The patient has dementia, diagnosed 3 years ago ... her dementia is now"
    if det in ("the", "") and one_of_mine_before(ctx, role):
        return True         # "One of my patients had been listed ... the patient would need ... her"
    if det in ("a", "an", "the") and equality_example(ctx):
        return True         # "An applicant mentions she has a same-sex partner ... This is direct discrimination"
    if det == "the" and cue_before(ctx, _MINUTES, 300) and not DUTY.search(ctx.sentence):
        return True         # minutes: "apologies had been received from the Mayor ... how he wishes"
    if det in ("the", "a", "an") and (inspection_report(ctx) or captioned(ctx)):
        return True         # an inspection report ("Since the last inspection he has undertaken ..."), or a caption
    if (det == "one" and _active_past_ed(ctx.sentence)) or ((det == "another" or COUNTED.match(role)) and _past_tense(ctx.sentence)):
        return True         # an anecdote: "one resident rekindled her interest in the piano"; "a third resident"
    if (det in ("a", "an") and met_before(ctx, role)) or (
            det == "the" and _ONE_KNOWN.search(ctx.text, ctx.prev_start, ctx.start) and not DUTY.search(ctx.sentence)):
        return True         # the writer's own account: "I have just seen a new patient. He was ...", "I overheard the Clerk"
    if det in ("this", "that"):     # "... a patient was removed. This patient is free ...": someone an account told of
        earlier = ctx.text[ctx.prev_start:ctx.sent_start]
        if _past_tense(earlier) and _MODAL.search(earlier) is None and not _IF.search(earlier):
            return True
    if cue_before(ctx, _ONE_CASE, 300) and (_past_tense(ctx.sentence) or _active_past_ed(ctx.sentence)
                                                                                   or _PERFECT.search(ctx.sentence)):
        return True         # a reported case: "In one case, a doctor told a woman he would ..."
    # words inside quotation marks are someone's speech: "When is my husband coming?" sets no rule
    # (a "would" told after a past verb goes first: "When I brought it up, I could see ...")
    span = without_told_counterfactuals(_QUOTED_SPEECH.sub(" ", near(ctx, ctx.prev_start, ctx.sent_end)))
    # "when" + past tense dates an event (not in an audit question: "Was his ID checked when ...?")
    if "?" not in ctx.text[ctx.sent_start:ctx.sent_end]:
        span = _PAST_WHEN.sub(" ", span)
    if _DATED.search(ctx.sentence) and _past_tense(ctx.sentence):     # (the year first: most sentences have none)
        return True         # a dated event: "she was first employed as Clerk in 2003"
    return _MODAL.search(span) is None and _past_tense(_GUESS.sub(" ", ctx.sentence)) \
        and not present_step(ctx.match_text, ctx.text, ctx.sent_start, ctx.end)


@functools.lru_cache(maxsize=1024)     # asked up to three times per pronoun, of its sentence
def _past_tense(sentence: str) -> bool:
    """A past-tense verb, not a passive after "be" ("the right to be told")."""
    for m in _PAST.finditer(sentence):
        if _PASSIVE_AUX.search(sentence, max(0, m.start() - 8), m.start()) is None and not _HAS_HAD.search(sentence, max(0, m.start() - 16), m.end()) \
                and not TO_INFINITIVE.search(sentence, max(0, m.start() - 4), m.start()):
            return True
    return False


@condition("generic-antecedent")
def generic_antecedent(ctx) -> bool:
    """The nearest candidate antecedent, in this or the previous sentence, is a generic role
    noun ("each applicant … his", "anyone … he"), not a named, gendered or specific person,
    and the topic is not male-only anatomy ("a patient with prostate cancer … his")."""
    if not_a_rule_pronoun(ctx):
        return False
    ante = _antecedent(ctx)
    if ante is None or ante[0] != "generic":
        return False
    if _narrative(ctx, ante[2], ante[1]) and not _hypothetical(ctx, ante):
        return False
    if (_MALE_TOPIC.search(near(ctx, ctx.prev_start, ctx.sent_end) + block_before(ctx, ante[1])) or men_only_before(ctx)) and not clinician_subject(ctx, ante):
        return False
    if ante[1].lower().endswith("partner") and ante[2] == "your" and partner_named_before(ctx):
        return False        # "support your husband ... Before your partner is discharged he ..."
    return True


@condition("stereotyped-female-antecedent")
def stereotyped_female_antecedent(ctx) -> bool:
    """The nearest antecedent is a generic role often assumed to be a woman ("your health
    visitor … she", "the receptionist … her"). When 'she' means a pregnant woman or a mother,
    that noun is nearer and wins."""
    if not_a_rule_pronoun(ctx):
        return False
    ante = _antecedent(ctx)
    if ante is None or ante[0] != "generic" or not FEMALE_STEREOTYPED.search(ante[1]):
        return False
    return not _narrative(ctx, ante[2], ante[1]) or _hypothetical(ctx, ante)


_FEMALE_TOPIC = re.compile(
    r"\b(?:pregnan\w*|cervi\w*|breast\w*|womb|uter\w*|ovar\w*|menstru\w*|periods?|menopaus\w*|maternity|"
    r"midwi\w*|antenatal|postnatal|gynae\w*|mammogra\w*|smear|hysterectom\w*|(?<!date of )(?<!place of )(?<!country of )birth(?!days?\b| certificate)\w*|labour|caesarean|"
    r"miscarr\w*|surrogates?|abortion|termination|contracepti\w*|IVF|eggs?|reproductive|obstetric\w*|vagin\w*|vulv\w*|"
    r"having a baby|expecting(?: a baby)?|"
    # a trans woman's transition: "oestrogen will feminise her features"
    r"o?estrogen|femini[sz]\w*|MTF|male[- ]to[- ]female|trans(?:gender)? wom[ae]n|"
    # a service or passage for women: "the refuge is for women; a client can bring her children"
    r"women|woman|girls?|females?|mothers?|mums?|ladies|wives|daughters?|sisters?|nuns?|(?-i:W[Il]s?))\b", re.I)
_PARTNER_ROLE = re.compile(r"\bpartners?$", re.I)


@condition("generic-feminine-antecedent")
def generic_feminine_antecedent(ctx) -> bool:
    """'she/her' stands for anyone in a role that is not stereotyped as female ("an employee
    ... her supervisor", "your family member ... after she leaves"); women's-health topics, where the
    person is a woman or pregnant, a patient with a female-only procedure or condition in the sentence,
    and partners (judged by the family rules) are left out."""
    if not_a_rule_pronoun(ctx):
        return False
    ante = _antecedent(ctx)
    if ante is None or ante[0] != "generic" or FEMALE_STEREOTYPED.search(ante[1]) or _PARTNER_ROLE.search(ante[1]):
        return False
    if _narrative(ctx, ante[2], ante[1]) and not _hypothetical(ctx, ante):
        return False
    if " or " in ante[1]:
        return True     # "the mother or adopter ... her": the text itself says it need not be a woman
    span = near(ctx, ctx.prev_start, ctx.sent_end)
    return _FEMALE_TOPIC.search(span) is None and not female_procedure_for(ante[1], ctx.sentence) and not female_list_head(ctx, ante[1])


@condition("named-person-antecedent")
def named_person_antecedent(ctx) -> bool:
    """The nearest candidate antecedent is a named or specific person (Dr Shah, Carol Webb,
    our midwife, Priya, your father, a man)."""
    ante = _antecedent(ctx)
    return ante is not None and ante[0] in ("named", "gendered")


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
    return occurs(_DISCLAIMER, near(ctx, ctx.sent_start, ctx.sent_end).replace("\n", " "))
