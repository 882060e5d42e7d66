"""The classes fixed in round 44 of issue 14, each with sentences written for it
(``tests/data/unseen-classes-44.yaml``): every [[span]] found, nothing unmarked flagged."""

from class_cases import assert_classes


def test_round_44_classes():
    """From real-text-heldout-140 to -142 (kept unread in round 43, read this round): a paragraph closed by a bracketed
    Act after its last sentence, or followed by a paragraph that is only that ("(Children Act 1989, Section 17 (10))"),
    with no word of the writer's own voice; a numbered provision that "shall" under a statutory instrument's title (its
    subject in brackets, not a hall's "Hire Regulations 2024"); a clinician's sex as a patient's need ("without access
    to a female GP", "needs such as a woman doctor", "refuse examination by a male doctor"); one of the writer's own
    told of in the past ("my optician had retired"); a later pronoun with no one before it meaning the anyone an earlier
    sentence's pronoun meant; a name or a letter and an age before a role ("K, 15, a young carer"); a ward sister in one
    woman's career or in an account of one visit; "chairman" as the title of a man named as "Sir", "Mr" or "Lord"; one
    field for the father or the husband ("Fathers/husbands' name")."""
    assert_classes("unseen-classes-44.yaml", tp=11, cases=24)
