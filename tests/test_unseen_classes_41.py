"""The classes fixed in round 41 of issue 14, each with sentences written for it
(``tests/data/unseen-classes-41.yaml``): every [[span]] found, nothing unmarked flagged."""

from class_cases import assert_classes, assert_probe_floors


def test_round_41_classes():
    """From real-text-heldout-131 to -133 (kept unread in round 40, read this round): "no" as a number's short form on
    a form ("Mobile no") before a sex field; titles each with a tick box where no field was read; the next bullet after
    "regulations" is not the law speaking; the writer's "I had one patient ..."; a patient's ease with a clinician of
    one sex, and "an examination by a male doctor"; "once upon a time" and "prior to 1970" as the past; one married
    couple told of ("the wife has fallen"); "lactation" as a neutral word; two answers told of as a limit ("only offer
    two options"); an estate's administration and a US state's law; the state pension's rules for wives; an item under
    a lead-in about women; "both he and she" as the woman and man just named; a numbered provision glued to its first
    word as statute is printed online; a belief the text corrects ("wrongly believe"); the question staff ask after
    the answer that leads to it; a benefit named for whom it is for ("Carer's Allowance") is not a person."""
    assert_classes("unseen-classes-41.yaml", tp=16, cases=35)


def test_round_41_reviewer_probes_keep_their_figures():
    """Four reviewers' probe sentences, written and labelled before they ran them (found / false alarms / missed on
    the session-start code, then at the end). Three read the first batch: ``review-probes-41a.yaml`` (pronoun and
    law-text changes: 17 / 9 / 26, then 31 / 6 / 12), ``-41b`` (form and family packs: 23 / 17 / 10, then 31 / 11 / 2)
    and ``-41c`` (the whole change: 27 / 23 / 7, then 30 / 14 / 4). They led to these: a lead-in must give the list to
    women and name no men; "we had one" not per ward ("one nurse on every shift"), not after "if", not "one more"; a
    benefit guard on the name's own words, not on what follows a person's name; the scripted question only after an
    "If (the answer is) ..." frame; the word after "regulations" stops at any bullet; a glued "(2)A ..." counts only
    with a statute's word near it; "he and she" only after one woman and her husband; a patient's ease only "with a
    female/male ..."; "examination by" only in a complaint; "once upon a time" not as a title and "prior to <year>"
    only told in the past, with no "now" or rule; married couples only as a couple met, not a rule; estate
    administration only right before the spouse; "states" not "states of" or "states, such as"; the state pension only
    as a spouse's contribution record; a corrected belief only as a belief about the couple; title tick boxes not in
    prose about an old form, and "Mx" or "other" read on the next line. The fourth (``-41d``, on those mends: 27 / 20
    / 10, then 33 / 7 / 4) led to the last of them."""
    assert_probe_floors((("review-probes-41a.yaml", 66, 0.83, 0.72), ("review-probes-41b.yaml", 65, 0.73, 0.93),
                         ("review-probes-41c.yaml", 66, 0.68, 0.88), ("review-probes-41d.yaml", 64, 0.82, 0.89)))
