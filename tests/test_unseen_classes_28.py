"""The classes fixed in round 28 of issue 14, each with sentences written for it
(``tests/data/unseen-classes-28.yaml``): every [[span]] found, nothing unmarked flagged."""

from class_cases import assert_classes, assert_probe_floors


def test_round_28_classes():
    """From real-text-heldout-89 to -91, -93 and -94 (kept unread in round 27, read this round): a form's
    pregnancy question put only to women or female patients "of child-bearing age", or under a heading "Female
    patients:" (not a medicine's pregnancy prevention programme, nor a workplace risk assessment; a procedure's
    own prose is arguable at most); tick-box answers each led by a letter ("a [] Male b [] Female"); a "delete as
    appropriate" star before "M / F" with another field after it; "MaleFemale" run together beside a birthdate; a capital inside a
    body's name ("the Nursing and Midwifery Council of Ghana") or a plural ("the Malawian Pharmacists") is no first
    name; a numbered duty opening on "He will" or "He should" (not a numbered account, "1. He was admitted");
    next of kin who gives consent, said as a cleft ("it is the next of kin ... who gives"), and "no legal
    requirement to do so" about a form, which does not say who next of kin may be; a trans person called by the
    sex they left ("a man who has had his gender reassigned as a woman", "a woman who becomes a man"), even in a
    clinical paragraph; a telling verb, its object and what that person is told ("tell your child he will feel
    ..."; not "the person he cared for"); "wife, husband" in that order (not in a list of relatives); a statute
    as a legislation website shows it (an annotation mark "C14" opening the provision with an amendment mark
    "F2local"; lettered items alone on their lines after a provision ending on a dash); "In this Act, ..."; a
    person given a letter for a name ("known as B"); an office one person holds at a time ("the Home
    Secretary"); one person's exact age stated as a fact ("He is 82 years old"; not "If he is 16 years old or
    younger", nor a duty); a role already "her" before a man named after it ("A patient brings her father. He
    ..."). Batch 2 (the rest of those sets): two words for one answer on a line ("Woman/female") are one answer;
    a first name before "didn't"; "lead" before "apron" is the metal; a paper "dated 14 March 2022" on which
    someone "has written"; "one of the ..." in a situation put to the reader; a one-word name after a body's
    first word ("Hospital Pharmacy is") is no name; a parliamentary record ("41. Mr. J. WARD" / "asked the
    Secretary to the Treasury if ..."); an equality assessment's characteristics "such as sex, race and age".
    Batch 3 (two gaps the third reviewer found): the next field after a question's answers ("Date of birth:
    ____") is not a write-in answer of that question; a boxed answer written two ways ("[] Woman/female") is one
    answer."""
    assert_classes("unseen-classes-28.yaml", tp=27, cases=51)


def test_round_28_reviewer_probes_keep_their_figures():
    """Two reviewers' probe sentences, written and labelled before they ran them. The first
    (``review-probes-28a.yaml``, 80, on the form, term, family and statute changes: 15 found / 10 false alarms /
    29 missed on the session-start code, 31 / 12 / 13 on the batch as first written, 34 / 7 / 10 after the mends)
    led to these mends: a pregnancy question put to women "of child-bearing age" counts only on a form (a question
    mark, a colon, "tick", "ask"...), not in a procedure's prose, and a heading "Female patients:" only over a line
    asking whether you are or may be pregnant (not an impact assessment's "Women: no impact"); "a woman who
    becomes a man" not before a possessive or a noun ("a man's main carer", "a female relative's deputy"); "wife,
    husband" alone is not excused after another relative (the other order keeps its old rule); "birthdate" as one
    word only (not "the child's birth date" in prose); "Whether male or female" was dropped (the wording of birth
    and death registers); "this Regulation" was dropped (a university's own regulations say it too); "section 3
    above" and a "C2" opening count as statute only beside an amendment mark, and a lone item letter only with an
    amendment mark or a word of statute in its run. The second (``review-probes-28b.yaml``, 80, on the pronoun and
    name changes: 29 / 28 / 26 on the start, 30 / 32 / 25 as first written, 45 / 19 / 10 after the mends) led to
    these: a first name after "of", "for", "to", "with", "by" or "from" is read again ("support for Imran is"), and
    only a capital after another capital or after "Council of" is taken as part of a body's name; a letter given for
    a name only in an apposition and before a comma, a bracket or "for legal reasons" (not "known as A&E", "identified
    as O negative"); "1. He will ..." only in a list of a post's duties where no one is named (not minutes' actions or
    a care plan); an office one person holds only with "the" right before it and as the whole title (not "the
    Branch Education Secretary"); an age stated only for "the" role, with the pronoun's own sex and no modal in the
    pronoun's sentence; "her father" only with "her" right before the noun, no one else between the role and it,
    and not for a pronoun after "and" ("..., and he should ...", its clause's subject). A third
    (``review-probes-28c.yaml``, 62, on batch 2 and those mends: 31 / 11 / 10 on the start, 34 / 11 / 7 on batch 1
    as first written, 15 / 11 / 26 on batch 2 as first written, 36 / 5 / 5 after the mends, 39 / 5 / 2 with batch 3)
    led to these: a paper
    "dated ..." only with "he has written" (or sent, signed, said) after it and no duty or condition before it (not
    "by 1 April 2025", "since 2022"); "one of the ..." only in a question about that person ("Will she be able
    to ...?"), not in a rule ("if one of the joint tenants wants to leave, he must ..."); a parliamentary question
    only to a Minister, the Secretary of State or the Secretary to the Treasury (not minutes' "asked the Secretary
    to remind"); "lead" the metal only when the role is "lead" (not "an employee shielding"); "didn't" only after
    a name opening its sentence; "such as" only, in prose that is not the list assessed (not "Groups considered
    (e.g. ...)"); a post before a first name marks a person ("our Practice Manager Karen"); "the new Health
    Secretary"; a duty list only where no one is named in the paragraphs read ("Support plan: Mr Ahmed"); and a
    crash the first batch-2 code met on a generic "anyone" (it read every such document as unreadable)."""
    assert_probe_floors((("review-probes-28a.yaml", 80, 0.82, 0.77), ("review-probes-28b.yaml", 80, 0.69, 0.81),
                         ("review-probes-28c.yaml", 62, 0.88, 0.95)))


def test_female_body_words_are_one_list():
    """The female-topic check (a pronoun in a passage about a female body) and a list's female-only opening line
    read one list of organs, conditions and care (``pronoun_words.FEMALE_BODY``); only the list head takes "smears"."""
    from inclusive_lint.conditions import pronoun_chain, pronouns

    for word in ("cervical", "womb", "uterus", "ovarian", "menstrual", "menopause", "gynaecology", "mammogram",
                 "hysterectomy", "vaginal", "vulval", "pregnancy", "antenatal", "postnatal", "midwife", "caesarean"):
        assert pronoun_chain._FEMALE_CLINICAL.search(word) and pronouns._FEMALE_TOPIC.search(word), word
    assert pronoun_chain._FEMALE_CLINICAL.search("smears") and not pronouns._FEMALE_TOPIC.search("smears")
