"""The classes fixed in round 38 of issue 14, each with sentences written for it
(``tests/data/unseen-classes-38.yaml``): every [[span]] found, nothing unmarked flagged."""

from class_cases import assert_classes, assert_probe_floors


def test_round_38_classes():
    """From real-text-heldout-122 to -124 (kept unread in round 37, read this round): "rarely / seldom / hardly
    <verb> anyone" names no one, so the named person whose clause it is stays who a pronoun means; a present passive
    after the subject ("The pharmacist is obliged to") is no past verb of an account; an object pronoun is never the
    subject of its own clause after a fronted phrase of time either, with a past verb ("Two weeks after the operation,
    the surgeon discharged him"); "this / that <role>" as the subject of a past verb is one person told of, never in a
    checking clause or a question; being told "that one of your patients has ..." and "we dealt with a case recently
    where ..." tell of one person; "the author asserts his moral right" is the book's author; a title that
    automatically adds the sex (never "does not" or "no longer", nor "gender-neutral"); "our <role>" with a day or date
    ("Our practice nurse will be at the village hall on Tuesday morning, and she ...") is the one person booked."""
    assert_classes("unseen-classes-38.yaml", tp=9, cases=18)


def test_round_38_reviewer_probes_keep_their_figures():
    """Three reviewers' probe sentences, written and labelled before they ran them (found / false alarms / missed on
    the session-start code, on the batch as first written, at the end). The first (``review-probes-38a.yaml``, 68, on
    the pronoun changes: 38 / 18 / 5, 34 / 4 / 9, 42 / 3 / 1) led to these: the named person before "rarely ...
    anyone" only where the adverb's clause is that person's; "this / that <role>" never after "Check / Confirm that"
    or "whether", nor in a question; "that one of your patients" only after a past or perfect telling ("been
    informed", "learned"), never with a modal or "sometimes" before it; "a case where" only after a past or perfect
    telling ("we were made aware of", "heard of"), never "dealing with a case where"; the author's moral right only
    in a moral-rights or copyright line, never on a form. The second (``review-probes-38b.yaml``, 70, on the pack and
    form changes: 13 / 3 / 23, 27 / 11 / 9, 23 / 3 / 13): "automatically adds" never negated or before a hyphenated
    "gender-"; the masculine job titles dropped (they read one holder as anyone: "Our handyman ... he is very
    reliable"). The third (``review-probes-38c.yaml``, 70, the whole change: 27 / 12 / 18, 30 / 7 / 15, 34 / 5 /
    11): an object pronoun after its subject's verb is someone further back only with a modal or a past verb, never a
    procedure's present ("the nurse gives him a copy"); a test question only as "which of the following" or "What
    should you do?", never after a right or a habit; a row of marital answers only after a label's colon (not a
    table's heading row); the bare role read at a sentence's start gives way to the same noun with its determiner
    ("Our nurse will visit on Thursday; she ..."), and "our <role>" with a day or date is the one person booked."""
    assert_probe_floors((("review-probes-38a.yaml", 68, 0.93, 0.97), ("review-probes-38b.yaml", 70, 0.88, 0.63),
                         ("review-probes-38c.yaml", 70, 0.87, 0.75)))
