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
from .candidates import _window_candidates, aged_case_before
from .clinical import female_procedure_for
from .clause import clause_subject, is_example, lead_in_subject, not_clause_subject, passive_agents, possessor_in_phrase, told_object
from .family import partner_named_before
from .given_names import KIN_AFTER
from .lead_in import items_only, lead_in_text, previous_paragraph_tail, with_block_before
from .pronoun_exempt import not_a_rule_pronoun
from .pronoun_chain import (WINDOW, block_before, female_list_head, further_back, sexed_twin, kin_of_other_sex, bound_to_subject,
                            carried_in_window, carried_generic, same_sex, chained_person, near, ruled_out, subject_unknown, told_of,
                            one_case_fits, opening_subject, women_lead_in, other_in_its_clause)
from .named_people import _NAMED, after_capital, no_one_named
from .quotes import speaker_account
from .pronoun_words import COUNTED, ONE_PERFECT, HABITUAL, DUTY_LIST, HEADING_END, FEMALE_BODY, ITEM_ONLY, ITEM_WILL, JD_VERB, MASCULINE, OUR_ONE, OUR_OFFICE, labelled_name, named_again, present_step, SUBORDINATE_OPEN, TO_INFINITIVE
from .pronoun_words import (
    FEMALE_STEREOTYPED, _AS_ROLE, _FRONTED_ROLE, _MALE_TOPIC, _MODAL, _PAST,
    _SPECIFIC_DET, _MASC, _OBJ_MASC, _OBJ_FEM, _FEMALE_NOUN, _MALE_NOUN, _QUOTED_SPEECH, _ITEM_VERB, _IF, _HAS_HAD, INSTRUCTS)
from .antecedent_cues import (PASSIVE_AUX as _PASSIVE_AUX, of_complement, profile_before, clinician_subject, one_named_case,
                              hypothetical as _hypothetical, men_only_before, unattached_duty, past_subject,
                              without_told_counterfactuals, _FIRST_PERSON, _GUESS, _PAIRED_PRONOUN, _PERFECT, _WORKS_AS, _active_past_ed)
from .account_cues import (met_in_account, named_next, EVERYONE_ASKED, AGE_STATED, AGO, DATED_PAPER, SETS_RULE, inspection_report, _REPORTS_SELF, INFORMED_TAG, quote_tag, DUTY, _DATED,
                           DATED_DUTY, DATED_ANYONE, dated_one, _ONE_KNOWN, _MINUTES, _ONE_CASE, _PAST_WHEN, _SPEAKER, _VIGNETTE, cue_before, heading_cue,
                           equality_example, captioned, this_one_did, quiz_after, moral_rights, booked, _JOB_ADVERT, _DESCRIBED, _BINDS, _NEGATED, _RARELY, _ASKED_OF_ONE, NOT_TOLD as _NOT_TOLD, IMAGINED as _IMAGINED)
from .writer_met import met_before, met_someone, one_of_mine_before


def _of_its_sex(ctx, cands: list) -> list:
    """Less a name read only through the pronoun opening the next sentence (``given_names``) where that pronoun is of
    the other sex ("Priya runs the rota. Her job is to make sure he ...") or the pronoun's sentence sets a rule
    ("Margaret keeps the register. He must also tell the chair ...": a post, not Margaret)."""
    if not any(c[2] == "named" and c[4] for c in cands):
        return cands
    sex = "he" if ctx.match_text.lower() in MASCULINE else "she"
    rule = _POST_RULE.search(ctx.text, ctx.sent_start, ctx.sent_end) is not None
    kin = KIN_AFTER.match(ctx.text, ctx.end) is not None      # "Cassie and her dad": a name with a family of its own
    return [c for c in cands if c[2] != "named" or not c[4] or (c[4] in ("next", sex) and not rule) or (c[4] == "kin" and kin)]


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
    cands = _of_its_sex(ctx, _window_candidates(window))
    if not cands and (carried := carried_in_window(ctx)) is not None:
        return carried      # "She visited her GP ... for her partner": the chain of one person's pronouns
    lead_in = None
    if not cands and ctx.prev_start > 0:
        # nothing in these two sentences: look a little further back in the block
        window = ctx.text[max(0, ctx.prev_start - 300, ctx.start - WINDOW - 300):ctx.start]
        cands = _of_its_sex(ctx, _window_candidates(window))
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
        elif not cands and ITEM_ONLY.fullmatch(ctx.text, 0, ctx.sent_start) and not _DESCRIBED.match(ctx.text, ctx.start) \
                and not any(not after_capital(ctx.text, m) for m in _NAMED.finditer(ctx.text, ctx.sent_start, ctx.sent_end)):
            # a paragraph opening on the pronoun carries on from the paragraph before (but "He is
            # our longest-serving nurse" introduces someone, and "Her father, Mr Jones, ..." is
            # about one family)
            tail = previous_paragraph_tail(ctx, _window_candidates)
            if tail:
                window = tail + "\n" + window
                cands = _window_candidates(window)
    result = None
    if lead_in is not None:     # an item with no subject of its own continues its lead-in's: "An uncle who cares for the
        cands, result = [], (lead_in[2], lead_in[3], lead_in[4])        # child can apply by:" / "- giving his address"
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
        elif _ITEM_VERB.match(ctx.text, ctx.text.rfind("\n", 0, ctx.sent_start) + 1, ctx.sent_end) or duty_list_item(ctx):
            result = ("generic", "the role the list is about", "")
        elif _PAIRED_PRONOUN.search(window):
            # "He/she should regard the welfare of those served by him": the paired form shows whoever it means is anyone
            result = ("generic", "the person a paired pronoun refers to", "")
        elif unattached_duty(ctx):
            # no one at all before it, in a duty or a signer's pledge: "He should also keep a book"
            result = ("generic", "whoever the duty is for", "")
        else:
            result = carried_generic(ctx)       # the anyone an earlier "she" of the paragraph meant
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
        strong = [c for c in strong if not of_complement(window, c, ends) and not possessor_in_phrase(window, c, cands)
                  and not named_again(ctx.text, ctx.end, ctx.sent_end, c)] or strong
        if ctx.match_text.lower() in ("he", "she"):
            # "someone she describes", "the person she married": the pronoun opens a clause about
            # that noun, so it names someone else (when no one else is named, no one known)
            # (not after an opening "Once ..." clause: "Once you call your midwife she will ...")
            opens = SUBORDINATE_OPEN.match(ctx.text, ctx.sent_start) is not None
            # (with a noun set beside it: "a neighbour, someone she has known")
            heads = [c[1] for c in strong if window[c[0]:] == " "]
            strong = [c for c in strong if opens or (window[c[0]:] != " " and not any(window[c[0]:h] == ", " for h in heads))
                      or told_object(window, c, ctx.text[ctx.end:ctx.end + 20])]
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
               and (_FEMALE_NOUN if other is _MALE_NOUN else _MALE_NOUN).search(c[3])] or sexed_twin(strong, best, other is _FEMALE_NOUN, ctx.sentence) \
            or opening_subject(window, strong, best, other is _FEMALE_NOUN, ctx.sent_start - ctx.prev_start if ctx.start - len(window) == ctx.prev_start else -1)
        kin = kin_of_other_sex(window, strong, best, other is _FEMALE_NOUN) \
            if not _AFTER_AND.search(ctx.text, ctx.sent_start, ctx.start) else []     # (", and she should ...": its clause's subject)
        denied = False
        if best[2] == "generic" and (kin or (own and subject is None)):
            own = kin or own
            result = (own[-1][2], own[-1][3], "")   # "a transwoman ... asked whether the warden could use her name"
        elif best[2] == "generic" and (best[4] in _SPECIFIC_DET or best[4] in ("a", "an", "another") or (denied := (
                best[3].lower() in ("anyone", "anybody") and _NEGATED.search(window, max(0, best[1] - 40), best[1])
                and not _BINDS.search(window, best[0]))) or other_in_its_clause(window, best, ctx.match_text)):
            # ("did not want to tell anyone": a denied "anyone" names no one, so the chain goes on past it)
            # a specific person already referred to by the same pronoun keeps the chain (past "a GP"
            # only if its own sentence has the pronoun: "Jane ... she had not seen a GP. When she ..."),
            # and so does an object pronoun after the role ("the nurse will ask him about his")
            same = same_sex(ctx.match_text)
            obj = _OBJ_MASC if same is _MASC else _OBJ_FEM
            cut = window.rfind(". ", 0, best[1]) if best[4] in ("a", "an", "another") else -1
            for c in strong:
                if c[2] in ("named", "gendered") and c[0] < best[1] and (
                        (denied and _RARELY.fullmatch(window, c[0], best[1])) or same.search(window, max(c[0], cut), best[1]) or (obj.search(window, best[0]) and not any(
                            d[2] == "generic" and c[0] < d[0] < best[1] and (d[4] in ("each", "every", "any", "all") or _CASE_OPEN.search(
                                window, max(0, d[1] - 12), d[1])) for d in cands))):
                    # (the object is not a named person past "each patient" or "when a patient": "Dr Evans refers each
                    # patient to a physiotherapist. The physiotherapist will speak to him")
                    result = (c[2], c[3], "")
                    break
            else:
                if best[4] == "the" and labelled_name(with_block_before(ctx), best[3]):
                    result = ("named", best[3], "")      # "Applicant: Ms Anne Other" ... "the applicant ... she"
                elif best[4] in ("a", "an") and subject_unknown(ctx, window, best, same):
                    result = None       # "... he has had access to a sympathetic GP. The pains in his head": whoever "he" was
                elif window == ctx.text[ctx.prev_start:ctx.start]:     # (not a window cut to WINDOW)
                    result = chained_person(ctx.text, ctx.prev_start, ctx.start, best, ctx.match_text,
                                            _window_candidates) or result
    ctx.doc_cache[key] = (ctx.text, result or ())
    return result


# what the office holder (or their health, family ...) did or has done: "our founder started", "our chairman's MS has caused"
_DID_AFTER = (r"(?:['\u2019]s\s+(?:illness|health|diagnosis|condition|cancer|stroke|MS|\w+(?:itis|osis)|wife|husband|partner|family|son|"
              r"daughter|mother|father|death|retirement|operation|recovery))?"
              r"\s+(?:(?:has|had)\s+(?!been\s+(?:set|elected|re-elected|appointed|chosen|nominated|agreed|fixed|limited)\b)"
              r"(?:been|[a-z]+(?:ed|en))|was|were|(?!(?:elected|re-elected|appointed|chosen|nominated|employed|required|designated|delegated)\b)[a-z]+ed)\b")
_ROUTINE = re.compile(r"\b(?:will|please|always|usually|must|should)\b", re.I)     # a visit or advice, not an account
_OWN_BABY = re.compile(r"(?:unborn\s+)?(?:baby|infant|newborn)", re.I)
# a rule or a post's duties (not "should he need it", a condition)
_POST_RULE = re.compile(r"\b(?:must|shall|will|ought\s+to|is\s+required\s+to|needs?\s+to|should(?!\s+(?:he|she|they|have)\b))\b|\w'll\b", re.I)
_AFTER_AND = re.compile(r"\b(?:and|but|or|then|so)\s+$", re.I)


def duty_list_item(ctx) -> bool:
    """"1. He will keep the store locked" or "2. Supervises new starters in her unit" in a list of a post's duties (in
    its block or the three before it), where no one is named (there or in those blocks)."""
    line = ctx.text.rfind("\n", 0, ctx.sent_start) + 1
    if not (ITEM_WILL.match(ctx.text, line, ctx.sent_end) or JD_VERB.match(ctx.text, line, ctx.sent_end)):
        return False
    run = [b.text for b in ctx.document.blocks[max(0, ctx.block_index - 3):ctx.block_index + 1]]
    return any(DUTY_LIST.search(t) for t in run) and no_one_named(ctx) and not any(
        not after_capital(t, m) and not HEADING_END.search(m.group(0))     # (not "Support plan: Mr Ahmed" above it; a
        for t in run for m in _NAMED.finditer(t))                           # heading such as "Job Summary" names no one)


def _narrative(ctx, det: str, role: str = "") -> bool:
    """Past-tense account of one person ("The patient was seen on 3 May. He reported pain"), or a
    case vignette reporting what one person says of themselves ("The patient states that she is nervous")."""
    if det not in ("every", "each", "any", "all", "no") and speaker_account(ctx.text, ctx.start, ctx.sentence) and not DUTY.search(ctx.sentence):
        return True         # inside a speaker's own account: 'One person said, "... I've found her really useful'
    if det in ("the", "our", "a", "an") and role and past_subject(ctx.text[ctx.prev_start:ctx.start], role):
        return True         # "The deputy coroner recorded a narrative conclusion. She found ..."
    if (det == "our" and (OUR_ONE.match(role) or role.lower().endswith("friend") or booked(ctx))) or (det == "the" and role.lower().startswith("same ")):
        return True         # "Our new volunteer coordinator starts on Monday. She has ...", "our dear friend", "the same chair"
    if det == "the" and _OWN_BABY.fullmatch(role) and _FIRST_PERSON.search(ctx.text, ctx.prev_start, ctx.start) \
            and _past_tense(ctx.sentence) and not _ROUTINE.search(ctx.sentence):
        return True         # the speaker's own baby: "my partner needed a test, as the baby could have had it and he ..."
    if det == "our" and OUR_OFFICE.fullmatch(role) and not DUTY.search(ctx.text, ctx.prev_start, ctx.sent_end) \
            and re.search(r"\bour\s+" + re.escape(role) + _DID_AFTER, ctx.text[ctx.prev_start:ctx.start], re.I):
        return True         # "our chairman's illness has meant he stood down": news of the one person who holds it now
    if ctx.match_text.lower() in ("he", "she") and (_SPEAKER.match(ctx.text, ctx.end) or INFORMED_TAG.match(ctx.text, max(0, ctx.start - 2))
                                                    or quote_tag(ctx.text, ctx.start, ctx.end)):
        return True         # "She said: ..." reports one person's words; '"...," he says.' 
    if det != "your" and _REPORTS_SELF.search(ctx.text[max(ctx.sent_start, ctx.start - 40):ctx.start]) \
            and _MODAL.search(ctx.before) is None:     # (not the reader's "what your child says he wants")
        return True
    if (det in _SPECIFIC_DET or det in ("a", "an") or (role.startswith("one of ") and _ASKED_OF_ONE.match(ctx.sentence))) and (
            cue_before(ctx, _VIGNETTE, 600, past=60) or heading_cue(ctx) or quiz_after(ctx)
                                                          or (det == "the" and one_named_case(ctx))):
        return True         # "in this situation ... the student ... she": one person in a case
    if det in ("a", "an") and role and not _MODAL.search(ctx.sentence) and (
            (profile_before(ctx.text, ctx.prev_start, ctx.sent_start, role) and not _JOB_ADVERT.search(ctx.text)) or named_next(ctx, role)):
        return True         # "A registered podiatrist who specialises in children's feet. He ..."; a news lede named after
    if det in ("the", "this") and cue_before(ctx, AGO, 300) and not SETS_RULE.search(ctx.sentence):
        return True         # a case history: "The patient has dementia, diagnosed 3 years ago ... her dementia is now"
    if det in ("the", "") and one_of_mine_before(ctx, role):
        return True         # "One of my patients had been listed ... the patient would need ... her"
    if moral_rights(ctx, det, role):
        return True         # "The author asserts her moral right to be identified as the author of this work"
    if det in ("a", "an", "the") and equality_example(ctx):
        return True         # "An applicant mentions she has a same-sex partner ... This is direct discrimination"
    if det == "the" and cue_before(ctx, _MINUTES, 300) and not DUTY.search(ctx.sentence):
        return True         # minutes: "apologies had been received from the Mayor ... how he wishes"
    if det in ("the", "a", "an") and (inspection_report(ctx) or captioned(ctx) or (
            det == "the" and _MODAL.search(ctx.sentence) is None and (any(
                same_sex(ctx.match_text).match(a.group("p")) for a in AGE_STATED.finditer(ctx.text)) or aged_case_before(ctx, role)))):
        return True         # an inspection report ("Since the last inspection he has undertaken ..."), a caption, an age or a case
        #                     given ("The claimant is a tenant of his home ... He is 79 years old")
    if (det == "one" and (_active_past_ed(ctx.sentence) or (ONE_PERFECT.search(ctx.sentence) and not _MODAL.search(ctx.sentence) and not HABITUAL.search(ctx.sentence)))) \
            or ((det == "another" or COUNTED.match(role)) and _past_tense(ctx.sentence)):
        return True         # an anecdote: "one resident rekindled her interest in the piano"; "a third resident"
    if (det in ("a", "an", "one", "the") and met_before(ctx, role, det)) or (not det and role.lower() in ("someone", "somebody") and met_someone(ctx)) \
            or (det == "the" and _ONE_KNOWN.search(ctx.text, ctx.prev_start, ctx.start) and not DUTY.search(ctx.sentence)):
        return True         # the writer's own account: "I have just seen a new patient. He was ...", "I overheard the Clerk"
    if det in ("a", "an") and met_in_account(ctx, role) and _past_tense(ctx.sentence):
        return True         # "we were seen by a nurse practitioner who acted like she was doing us a favour": one person met
    if det in ("this", "that"):     # "... a patient was removed. This patient is free ...": someone an account told of
        if role.lower().startswith("particular ") and not _NOT_TOLD.search(ctx.sentence) and not _IMAGINED.search(ctx.text, ctx.prev_start, ctx.sent_start):
            return True     # "This particular patient had a right-sided weakness": one person, with no duty to weigh them
        earlier = ctx.text[ctx.prev_start:ctx.sent_start]
        if _past_tense(earlier) and _MODAL.search(earlier) is None and not _IF.search(earlier):
            return True
        if this_one_did(ctx.text, ctx.sent_start, ctx.start, role):
            return True     # "... one day, this individual asked for our details and said he wanted support"
    if cue_before(ctx, _ONE_CASE, 300) and one_case_fits(ctx, det, role) and (_past_tense(ctx.sentence) or _active_past_ed(ctx.sentence)
                                                                                   or _PERFECT.search(ctx.sentence)):
        return True         # a reported case: "In one case, a doctor told a woman he would ..."
    # words inside quotation marks are someone's speech: "When is my husband coming?" sets no rule
    # (a "would" told after a past verb goes first: "When I brought it up, I could see ...")
    span = without_told_counterfactuals(_QUOTED_SPEECH.sub(" ", near(ctx, ctx.prev_start, ctx.sent_end)))
    # "when" + past tense dates an event (not in an audit question: "Was his ID checked when ...?")
    if "?" not in ctx.text[ctx.sent_start:ctx.sent_end]:
        span = _PAST_WHEN.sub(" ", span)
    paper = DATED_PAPER.search(ctx.text, ctx.sent_start, ctx.sent_end)     # (no duty or condition before what was written)
    before = ctx.text[ctx.prev_start:ctx.sent_start]
    dated = _DATED.search(ctx.sentence) or (_DATED.search(before) and not _MODAL.search(ctx.sentence) and _past_tense(before)
                                            and same_sex(ctx.match_text).search(before) and not EVERYONE_ASKED.search(before))
    if dated and dated_one(ctx.sentence, role, det, _past_tense(ctx.sentence)) and not DATED_DUTY.search(ctx.sentence) \
            and det not in ("each", "every", "all", "no") and not (det in ("a", "an", "any") and DATED_ANYONE.search(ctx.sentence)):
        return True         # a dated event: "she was first employed as Clerk in 2003", and the sentence after it
        #                     ("A family recently wondered why ... Instead, he started ...")
    if paper and not _MODAL.search(ctx.text, ctx.sent_start, paper.end()):
        return True         # "a letter dated ... on which he has written"
    return _MODAL.search(span) is None and _past_tense(_GUESS.sub(" ", ctx.sentence)) \
        and not present_step(ctx.match_text, ctx.text, ctx.sent_start, ctx.end) and not INSTRUCTS.match(ctx.sentence)


# a generic case opened by a condition: "when a patient is confused ... speak to him"
_CASE_OPEN = re.compile(r"\b(?:if|when|where|whenever|once)\s+(?:(?:a|an|the|any)\s+)?$", re.I)


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
    if told_of(ctx, ante[2], ante[1], _narrative, _past_tense) and not _hypothetical(ctx, ante):
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
    return not told_of(ctx, ante[2], ante[1], _narrative, _past_tense) or _hypothetical(ctx, ante)


_FEMALE_TOPIC = re.compile(
    r"\b(?:" + FEMALE_BODY + r"|breast\w*|(?:your|her|their|my)\s+(?:first\s+|last\s+|next\s+)?periods?(?!\s+of\b)|on\s+(?:her|their|your)\s+period|(?:heavy|painful|irregular|missed|having|had|has|started|starts|stopped\s+having)\s+(?:a\s+|her\s+|their\s+)?(?:first\s+)?periods?|periods?\s+(?:pain|pants|pads|products|poverty|cramps|tracker|app|stop\w*|start\w*|(?:are|is)\s+(?:painful|heavy|irregular|late))|maternity|smear|(?<!date of )(?<!place of )(?<!country of )birth(?!days?\b| certificate)\w*|"
    r"labour|miscarr\w*|surrogates?|abortion|termination|contracepti\w*|IVF|eggs?|reproductive|obstetric\w*|"
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
    if told_of(ctx, ante[2], ante[1], _narrative, _past_tense) and not _hypothetical(ctx, ante):
        return False
    if " or " in ante[1]:
        return True     # "the mother or adopter ... her": the text itself says it need not be a woman
    span = near(ctx, ctx.prev_start, ctx.sent_end)
    return _FEMALE_TOPIC.search(span) is None and not women_lead_in(ctx) and not female_procedure_for(ante[1], ctx.sentence) and not female_list_head(ctx, ante[1])


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
