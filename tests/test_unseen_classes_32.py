"""The classes fixed in round 32 of issue 14, each with sentences written for it
(``tests/data/unseen-classes-32.yaml``): every [[span]] found, nothing unmarked flagged."""

from class_cases import assert_classes, assert_probe_floors


def test_round_32_classes():
    """From real-text-heldout-104 to -106 (kept unread in round 31, read this round): a first name marked as
    changed ("Leah*") or opening its sentence with a family of its own ("Megan and her dad"); "another <role>" in
    one person's chain; "If, for example, a husband ..." as the clause's subject; "everyone" after a preposition;
    "checked with him that he"; a third person's case opened on "The patient was ..." owning "her husband"; a
    clinician's sex in an account of what they did; "the author felt"; the decedent, a funeral conductor and a
    search's subject as roles; "a <role> who <did>" met in an account; a long quotation set out on a new line after
    "said:"; shelters and what a building houses; a birth certificate demanded as proof of a change of gender; a
    code's "pursuant to this chapter"; a description set before the subject ("Now a trainer ..., she"). A second
    batch: "the Rector here is ..." is this place's one holder; "Your examiner is a male doctor" tells the reader who
    will examine them; "married to the baby's father" among a registration's particulars; "next of kin have no
    automatic rights"."""
    assert_classes("unseen-classes-32.yaml", tp=20, cases=41)


def test_round_32_reviewer_probes_keep_their_figures():
    """Three reviewers' probe sentences, written and labelled before they ran them (found / false alarms / missed on
    the session-start code, on the batch as first written, after the mends). The first (``review-probes-32a.yaml``,
    77, on the pronoun-choice changes: 40 / 20 / 7, 16 / 9 / 31, 40 / 7 / 7) led to these: "everyone" is ruled out
    only in a range ("everyone from newborns to the very old"); "checked with him" or "another <role>" keeps one
    person's chain only when no "each <role>" or "when a <role>" stands between; a name marked "*" only before a past
    verb (not a footnote mark on a contact, nor bold); "If, for example, a wife" is the subject only where she is one
    case of a role named before ("a surviving spouse"); a description set before the subject only after a named
    person, with no verb in it, and never after "Once". The second (``review-probes-32b.yaml``, 78, on the role,
    author, account and quotation changes: 26 / 16 / 20, 14 / 6 / 32, 31 / 7 / 15): "the author" with no ordinal only
    before a finite verb of thinking or doing and not in an "if" or "when" clause; "a <role> who <did>" only in the
    writer's own account ("we", "my") with no review of everyone; a quotation from the next line only after "said:",
    "says:", "stated:", "wrote:" or "reads:" (not a script given to the reader). The third
    (``review-probes-32c.yaml``, 76, on the rule-pack, family and law changes: 17 / 26 / 15, 7 / 24 / 25,
    20 / 17 / 12): ROL-006's account only as "the/a/two <sex> <role>" with an action verb after it (not "our new male
    midwife started"); SVC-005 not where the demand is called a myth or wrong; "quarters" only as living, staff,
    sleeping or separate quarters, and no bare "shelter"; "pursuant to this chapter" only with "shall" or "means" in
    the sentence, and not "this code". The fourth (``review-probes-32d.yaml``, 76, on the second batch: 40 / 31 / 1
    before it, 6 / 13 / 35 as first written, 40 / 14 / 1 after) led to these: "the <post> here is ..." only for a
    post one person holds at a place (vicar, rector, chaplain, warden, caretaker, matron ...), never a patient or a
    tenant; no document-wide "chaperone" cue for ROL-006, but the reader told "Your examiner is a male doctor";
    PER-005 excuses only the father right after "married to the baby's"; "have no automatic rights" explains the term
    only with next of kin, "they" or "the person you name" as its subject. The fifth (``review-probes-32e.yaml``, 78,
    on the whole round: 30 / 18 / 23 before it, 13 / 4 / 40 on the round before its mends, 32 / 4 / 21 after): a
    description set before the subject not after a name given as a contact ("please contact Helen Marsh. A senior
    clinician ..., he will"); "everyone from X to Y" only after with, among or alongside (not "open to everyone");
    "checked with him", "spoke to him" only in the past; "pursuant to this chapter" only in a "means" definition, and
    not a university's Ordinances; a quotation from the next line only after "said:", "stated:" or "wrote:"; "[" only
    as "[name changed]"; "<Name> and " only when a family word follows the pronoun; "a <role> who <did>" not in an
    audit's findings nor with often, usually or typically, and "our" alone is no writer's account."""
    assert_probe_floors((("review-probes-32a.yaml", 77, 0.85, 0.85), ("review-probes-32b.yaml", 78, 0.77, 0.67),
                         ("review-probes-32c.yaml", 76, 0.51, 0.62), ("review-probes-32d.yaml", 76, 0.74, 0.97),
                         ("review-probes-32e.yaml", 78, 0.88, 0.6)))
