"""The classes fixed in round 23 of issue 14, each with sentences written for it
(``tests/data/unseen-classes-23.yaml``): every [[span]] found, nothing unmarked flagged."""

from class_cases import assert_classes, assert_probe_floors


def test_round_23_classes():
    """From real-text-heldout-55 to -57, read this round: a "would" or "could" told after a past verb of its own
    sentence, in an account with the writer in it or a time it happened ("Last month a resident ... was admitted. We talked
    the plan through with the resident, and he was clear that this would be the right place for him"), but not a
    document's report or a condition ("The handbook said that the carer would be offered a review"); the writer's own
    doctor in such an account; a role with a title and name in brackets ("the Registered Manager (Mr Paul Okafor)")
    or a description after "who is also"; one person's dated history ("diagnosed six years ago") and a case told as
    "This case concerned ..."; "gender-confused" people, and "biological men" beside gender-affirming care; a sexuality
    question whose answers, trans among them, sit on the line after its label; fathers beside mothers "(and fathers)"
    or other family members, and a father whose genes are inherited; "breastfed babies" and "breast milk or formula"
    (the food, not the feeder) and a capitalised support service's name. Batch 2 (the same sets): an account dated
    "the following day"; an inspection report on one service ("Since the last inspection the provider ... he"); a
    speaker's words given to a paper ("He told The Herald:"); next of kin powers set out as a belief the text
    corrects ("Many families assume that ..."); a capital inside a word spells a name ("ManKind"); a sex question
    whose answers stand alone on their lines with no box ("Gender" over "Male" and "Female", then the next field),
    but not a list that goes on to more answers nor a table of figures by sex. Batch 3 (from real-text-heldout-64 to
    -66, scored blind first, then read, and the rest of -55 to -57): a list item after other items goes on from the
    list's lead-in; a change told against before ("whereas he was settled before"); the first paragraph under a block
    that cites a law and ends in a colon; the agent of a passive with an irregular participle ("dealt with by the
    employer"); a speaker's tag after a straight closing quote; a story the writer heard, or an appeal a court
    decided; the sentence after a request for a female doctor; "both sexes" in puberty or in a faith's own rule;
    answers led by letters or numbers in order ("Sex : a) Male b) Female") and a question numbered "1.3."."""
    assert_classes("unseen-classes-23.yaml", tp=22, cases=61)


def test_round_23_reviewer_probes_keep_their_figures():
    """A reviewer's probe sentences (``review-probes-23a.yaml``, 90, against the round's first batch, which hid 16
    findings). The mends: a dated history only after an event of one person's life ("diagnosed ... years ago", not
    "introduced two years ago"); "the case concerned" only in the past and not after "where" or "if"; a back-shifted
    "would" only in the writer's own account or one with a time ("recently", "last year"), never in a decision
    reported with its rule ("we agreed with the union that ... would be paid for his"); a name in brackets, or beside
    a capitalised office, only with a title ("(Mrs Ann Lee)", not "(Scotland)" or ", Finance Committee,"); no
    list lead-in naming a male-only topic; gender reassignment alone is no sign a text is about trans people. A second
    reviewer's probes (``review-probes-23b.yaml``, 80, against batches 1 and 2, which hid 18 findings): an inspection
    report only in a sentence that tells what was done and sets no rule (not "During the inspection the inspector will
    ..."), minutes' cues for "the" only; no back-shifted "would" in a purpose clause, beside a rule or policy word or
    after "had to" or "until"; the figures-row guard only for bare lists, whose further answers must be answer words
    ("Other", "Prefer not to say", not "Transport needs"); a belief about next of kin only with its correction in the
    paragraph ("... This is not the case")."""
    assert_probe_floors((("review-probes-23a.yaml", 90, 0.87, 0.78), ("review-probes-23b.yaml", 80, 0.87, 0.95)))
