"""The classes fixed in round 36 of issue 14, each with sentences written for it
(``tests/data/unseen-classes-36.yaml``): every [[span]] found, nothing unmarked flagged."""

from class_cases import assert_classes, assert_probe_floors


def test_round_36_classes():
    """From real-text-heldout-116 to -118 (kept unread in round 35, read this round): "what she told you" is a
    relative clause, not speech reported from someone else; an "-ed" word after a determiner ("the institutionalised
    spouse") is an adjective, not one person's past; a law's definition set out under "the Act defines X as:", over a
    line and its bullet list; a written parliamentary question carried on past a bracket's full stop; the one the
    writer sat or stayed with; a father in birth or stillbirth registration, in the writer's own identity ("As a
    working first-time father, I"), or only for readers who are ("if you are the father"); "mother" in a statement
    of raised risk, "the mothers of their babies", and a document that pairs mothers with fathers or parents once;
    the baby as the one who breastfeeds; relatives named because a hearing loss since birth runs in the family; a
    named person doing something in the present ("whether Priya owns her flat"); time "periods" are no women's-health
    topic; a titled speaker's words after "said:". A second batch: a named check or appointment in capitals ("Postnatal
    Mother Review"); a court or tribunal case reported, not the organisation's own facilities; a comparison of the
    sexes ("a difference in attendance between men and women") as statistics; the two sexes held equal as the point
    ("both men and women take equal shares")."""
    assert_classes("unseen-classes-36.yaml", tp=16, cases=35)


def test_round_36_reviewer_probes_keep_their_figures():
    """Two reviewers' probe sentences, written and labelled before they ran them (found / false alarms / missed on
    the session-start code, on the batch as first written, at the end). The first (``review-probes-36a.yaml``, 70,
    on the pronoun changes: 19 / 13 / 20, 25 / 14 / 14, 36 / 5 / 3) led to these: "periods" a women's-health topic
    only as menstruation ("her last period", "period pants", "stopped having periods"), never "her period of sick
    leave"; a relative clause tested in code, "what the patient told you", "anything a caller said"; a titled
    speaker with a full name, "Baroness", a judge's "LJ", "stated in Gillick:"; "one", "each", "every", "no"
    before an "-ed" adjective; in a parliamentary question carried past a bracket, only the minister's own "if he
    will"; more present-tense verbs after a first name. The second (``review-probes-36b.yaml``, 65, on the law and
    rule-pack changes: 31 / 27 / 5, 6 / 15 / 30, 31 / 14 / 5): "defines X as:" only with an Act, Regulations or a
    section as its subject; a bullet an item of the law's words only under a line that breaks off mid-sentence
    ("other than:") with no words of the document's own ("our", "this means", "staff"), and "-", "*" bullets too;
    a document pairing mothers only with parents or birthing people, never fathers or partners; "at higher risk"
    dropped from statistics (only "mothers ... are at higher risk" for PER-001); for PER-005 no "the register",
    no paragraph-wide birth registration (only marriage and registration in one sentence), and "if you are the
    father" only ending its sentence; a relative's condition "since birth" only in the sentence, with "have had";
    the baby breastfeeds not after "with" or "of"."""
    assert_probe_floors((("review-probes-36a.yaml", 70, 0.87, 0.92), ("review-probes-36b.yaml", 65, 0.68, 0.86)))


def test_round_36_second_batch_probes_keep_their_figures():
    """A third reviewer's probes (``review-probes-36c.yaml``, 50, on the second batch: 22 / 18 / 5 before it, 8 / 13 /
    19 as first written, 22 / 13 / 5 at the end) led to these: a check's name only when no word between the flagged
    word and "Check" / "Review" / "Appointment" makes the line a sentence ("Must", "Attend", "Their", "After"), and
    never a lower-case head; a comparison of the sexes only as a finding reported ("found", "showed", "recorded"), not
    an EIA's question or aim; a tribunal or court ruling only in the facility's own sentence, no "the claimant" and no
    "Court" as a building's or a body's name; the sexes held equal only in "equal / the same" rights, pay, treatment,
    roles or shares."""
    assert_probe_floors((("review-probes-36c.yaml", 50, 0.62, 0.81),))
