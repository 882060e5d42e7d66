"""The classes fixed in round 40 of issue 14, each with sentences written for it
(``tests/data/unseen-classes-40.yaml``): every [[span]] found, nothing unmarked flagged."""

from class_cases import assert_classes, assert_probe_floors


def test_round_40_classes():
    """From real-text-heldout-128 to -130 (kept unread in round 39, read this round): a slash pair that goes on to
    "/our" is still the pair; "i.e." after a pronoun pair goes on with the sentence; a clause saying which word forms
    are "interchangeable" is about words; "pre-operative male" said of someone's gender; a child's close relatives
    in kinship care; the next of kin the reader has chosen; "do you or your spouse own ..."; a parent's field over
    underscores or alone on its line without "'s"; "M / F" after a date-of-birth blank; "one <person> has <done>";
    a numbered rule item opening on a clause; a pronoun carrying on with the sentence before's subject of its sex;
    a member's own words in quotation marks; what a gender recognition certificate lets someone do, told as law;
    what "a policy might state", given as an example; the grounds of a claim in a reported case; "housemaster" as a
    role named in the masculine, as "headmaster" is."""
    assert_classes("unseen-classes-40.yaml", tp=21, cases=34)


def test_round_40_reviewer_probes_keep_their_figures():
    """Three reviewers' probe sentences, written and labelled before they ran them (found / false alarms / missed on
    the session-start code, on the batch as first written, at the end). The first (``review-probes-40a.yaml``, on the
    pronoun changes: 18 / 11 / 16, 20 / 9 / 14, 22 / 9 / 12) led to these: the sentence-before's subject of the
    pronoun's sex is carried on only past a role inside an "of" phrase ("the delivery of the child"), not one the
    subject acts on ("chaperone for the patient"); "one <person> has <done>" takes participles in -en and -wn and
    is no anecdote in a habitual sentence ("on a typical rota", "usually", "before", "once"); a pronoun pair glossed
    as words ("i.e. a binary pair") is still a word discussed, and "she-male" is no pronoun. The second
    (``review-probes-40b.yaml``, on the pack changes: 14 / 4 / 19, 24 / 9 / 9, 30 / 3 / 3): "pre-/post-operative
    male/female" only where the text speaks of identifying as, transition, trans or gender identity (not "photo
    identification", a "single-gender bay" or "patients"); "interchangeable" only of word forms; kinship care never
    in a paragraph that also speaks of leave, visiting, "only" or a policy; the next of kin chosen by the
    reader or weighed for an unmarried partner not in a paragraph that restricts; a parent's line-alone label only
    for a name (not an occupation column of a table); "M / F" after a date of birth never with a third answer after
    a slash. The third (``review-probes-40c.yaml``, the whole change: 19 / 4 / 18, 27 / 5 / 10, 29 / 2 / 8) found
    the same classes. The fourth (``review-probes-40d.yaml``, the additions made after those: 19 / 18 / 6,
    15 / 12 / 10, 23 / 10 / 2) led to these: a quoted member's words only where the match is inside a quotation that
    opens a sentence and is not yet closed; what a certificate "allows you to" do only right after the certificate,
    and "until / once you have one" not where the sentence asks for it ("send a copy"); what a policy might say only
    in the match's own clause (not past ", but", "our" or "we"), with a word before "policy" or a bare "employers"
    allowed; a claim's grounds not where the sentence sets a rule ("must", "now"), and what a judge "said" is the
    court's; "your spouse owns" (not "owned") after "tell us if" too; word forms "interchangeable" only in the
    match's own clause."""
    assert_probe_floors((("review-probes-40a.yaml", 66, 0.7, 0.64), ("review-probes-40b.yaml", 66, 0.9, 0.9),
                         ("review-probes-40c.yaml", 68, 0.93, 0.78), ("review-probes-40d.yaml", 65, 0.69, 0.92)))
