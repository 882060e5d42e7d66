"""The classes fixed in round 44 of issue 14, each with sentences written for it
(``tests/data/unseen-classes-44.yaml``): every [[span]] found, nothing unmarked flagged."""

from class_cases import assert_classes, assert_probe_floors


def test_round_44_classes():
    """From real-text-heldout-140 to -142 (kept unread in round 43, read this round): a paragraph closed by a bracketed
    Act after its last sentence, or followed by a paragraph that is only that ("(Children Act 1989, Section 17 (10))"),
    with no word of the writer's own voice; a numbered provision that "shall" under a statutory instrument's title (its
    subject in brackets, not a hall's "Hire Regulations 2024"); a clinician's sex as a patient's need ("without access
    to a female GP", "needs such as a woman doctor", "refuse examination by a male doctor"); one of the writer's own
    told of in the past ("my optician had retired"); a later pronoun with no one before it meaning the anyone an earlier
    sentence's pronoun meant; a name or a letter and an age before a role ("K, 15, a young carer"); a ward sister in one
    woman's career or in an account of one visit; "chairman" as the title of a man named as "Sir", "Mr" or "Lord"; one
    field for the father or the husband ("Fathers/husbands' name"); a paragraph that is one quotation with its full stop
    after the closing mark (not one that opens and ends on quoted words); an organisation's own rules named by the body
    they govern ("the rules and regulations made for the governance of the College"), so that "these regulations" is
    not a statute's."""
    assert_classes("unseen-classes-44.yaml", tp=13, cases=27)


def test_round_44_reviewer_probes_keep_their_figures():
    """Two reviewers' probe sentences, written and labelled before they ran them (found / false alarms / missed on the
    session-start code, on the batch they read, then at the end). ``review-probes-44a.yaml`` (the law conditions and
    the pack changes: 35 / 28 / 7, 12 / 4 / 30, then 35 / 4 / 7) led to these: a paragraph closed by a bracketed Act
    only when worded as law ("if", "where", "shall", "means", "a person") with no duty or promise of its own ("must",
    "should", "will"), no body of the writer's own and no form field; a provision under an Act's bare title only with a
    sign of statute, under a statutory instrument's title only with none of an organisation's own people ("each
    department", "the hirer"), and no title naming a club, university, society or hall; the clinician-choice cues tied
    to the sexed clinician ("access to a female GP"); "told by a ward sister" only after "I", "we", "she", "they" or
    "my <relative>"; "chairman" kept for the named man only on the word beside the name. ``review-probes-44b.yaml``
    (the pronoun conditions: 36 / 6 / 20, 34 / 6 / 22, then 40 / 4 / 16) led to these: an earlier pronoun's generic
    reading not carried past a new "a <noun>" or the writer's own ("we", "our", "my"); "my <role>" only with a past
    perfect or a plain past of a few verbs ("had sold", "told"), not "named above"; a name and an age only opening the
    sentence, with a letter or a first name ("K, 15,", not "Newsletter, 12,")."""
    assert_probe_floors((("review-probes-44a.yaml", 69, 0.89, 0.83), ("review-probes-44b.yaml", 67, 0.9, 0.71)))
