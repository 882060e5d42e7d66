"""The classes fixed in round 39 of issue 14, each with sentences written for it
(``tests/data/unseen-classes-39.yaml``): every [[span]] found, nothing unmarked flagged."""

from class_cases import assert_classes, assert_probe_floors


def test_round_39_classes():
    """From real-text-heldout-125 to -127 (kept unread in round 38, read this round): a rule's word inside an email or
    web address is part of the address; "women and birthing people who are ... pregnant" is the additive wording, not a
    check put to women only; "solo / single / lone mum" is a family form; "informally" is no sign of a benefit rule and
    who the law makes a child's legal parent is no eligibility rule; "when I was a night sister" is the writer's own
    post; "on one occasion" told across a line break; a pronoun for "the <role>" named again in a block where an
    account already told of that person; marital answers one to a line under the label, or alone on a line (never a
    table's heading over its figures, nor with a civil partner answer); select either 'Male' or 'Female' names
    the two values a field allows."""
    assert_classes("unseen-classes-39.yaml", tp=11, cases=21)


def test_round_39_reviewer_probes_keep_their_figures():
    """Three reviewers' probe sentences, written and labelled before they ran them (found / false alarms / missed on
    the session-start code, on the batch as first written, at the end). The first (``review-probes-39a.yaml``, 65, on
    the pronoun changes: 41 / 14 / 9, 14 / 3 / 36, 41 / 10 / 9) led to these: a pronoun is carried on for "the <role>"
    named again only in a sentence told in the past (or with "could / would / might"), with no duty, no rule for all
    and nothing ahead ("will", "in future"); a told case ("On one occasion ...") never in a sentence that opens on a
    condition, after a duty before the pronoun, or for "each / every <role>" as its clause's subject; ", then under
    section N" dropped (it took a section of the organisation's own procedure for law, and hid pronouns outside the
    clause it framed). The second (``review-probes-39b.yaml``, 66, on the pack and form changes: 18 / 19 / 5,
    15 / 11 / 8, 21 / 6 / 2): the additive wording only with "birthing / pregnant / gestational / other" and right
    after the word "women" (inside the match, not the whole sentence); the legal parent only as what someone "is",
    "becomes" or has "status as"; "updated / up to date / time off / compassionate / special leave" as signs of a
    benefit rule in place of "informally"; "every single mum" is every mum; a bare domain with a path is an address;
    marital answers never in a block of statistics ("Table 4", "Source:", "Total", a percentage, a label over
    figures); "before / after / until I was" and "when I was promoted to" a ward sister too. The third
    (``review-probes-39c.yaml``, 65, the whole change: 23 / 17 / 5, 13 / 8 / 15, 24 / 8 / 4) found the same classes."""
    assert_probe_floors((("review-probes-39a.yaml", 65, 0.8, 0.82), ("review-probes-39b.yaml", 66, 0.77, 0.91),
                         ("review-probes-39c.yaml", 65, 0.75, 0.85)))
