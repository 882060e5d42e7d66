"""The classes fixed in round 25 of issue 14, each with sentences written for it
(``tests/data/unseen-classes-25.yaml``): every [[span]] found, nothing unmarked flagged."""

from class_cases import assert_classes, assert_probe_floors


def test_round_25_classes():
    """From real-text-heldout-67 to -69 (kept unread in round 24, read this round): "trans gendered" with a space;
    "an openly practising homosexual" and "a male-to-female transgender asked" as nouns; "M / F:" as a field of its
    own among a form line's labels, and a sex label glued to the label before it ("Hospital
    NumberGender /M / F"); a printed form's numbered fields naming the father and the mother ("8A. FULL NAME OF
    FATHER"); a reader told about their own surname on marriage or divorce is assumed to have a husband or a wife
    ("take your husband's surname", "your ex-husband"), but not in a letter to one named reader; the custom of taking
    a spouse's surname told of others ("women take their husband's surname") is no assumption; one of a group the
    writer describes ("One of the porters is a keen cyclist and he ...") or has dealt with ("I have interviewed the
    employee ... he"); a change from one title to another in prose; a first in a profession's history ("became the
    first female surgeon"); "in this case," naming who a general step means; a statute's formula for a minister's
    regulations ("to the Secretary of State ... as may be prescribed") and a code's "1° ... ; 2° ..." provisions; a
    body system or a condition in each sex ("the urinary system of both men and women"). Batch 2 (from -76 to -78, scored
    blind first): a caption closed by its picture's credit ("(Photo: Jo Bell)") tells of the people shown; a named
    person's bio goes on with the same pronoun past a role they hold ("serves as the lead of ..."); "Both" opening a
    sentence is no first name ("Both Mum and Dad can claim"); what a group "consisted of" is no choice of two sexes; one
    numbered item asking for "the name of the father (...) and the name of the mother (...)"; a required field's asterisk
    closes the sex label ("Gender* Male Female"), and "male / female ____" before a blank; Indian forms' "Shri/Smt/Kum"
    before a blank; "I am a male consultant" tells the writer's own sex as the point;
    "not necessarily next of kin" and "partners and friends as next of kin"; a perinatal group named as a cited study
    named it ("(Reid and Khan, 2015)"). Batch 3 (from -79 and -80, scored blind first): "father or non-child bearing
    parent" names the other parent beside the father for partner leave; an au pair, like a nanny, is a role often assumed
    to be a woman (not "an au pair placement"); "masculine pronouns are used generically in this handbook" adopts the
    default (not "an audit found that ...")."""
    assert_classes("unseen-classes-25.yaml", tp=34, cases=73)


def test_round_25_reviewer_probes_keep_their_figures():
    """Two reviewers' probe sentences against batch 1, written and labelled before they ran them. The first
    (``review-probes-25a.yaml``, 81; batch 1 hid 36 findings the session start found) led to these mends: the
    writer's dealings with one person count only for the same role ("I have invited the employee ... the employee
    ... he"), never any "I have seen the ..." before a general rule; "one of the X" describes one person only with
    "is a" or "was a", outside a condition ("If one of the trustees is absent") and with no rule after the pronoun
    ("he may appoint"); "until now" is no history (an announcement of a change, in the writer's own voice); "1°" and
    "2°" are statute numbering only after a colon and a semicolon with a capital after each (not clinical shorthand
    for care levels, burns or temperatures); "as may be prescribed" only with a minister named and not "by" the
    organisation itself; a letter to a named reader keeps "your husband" hers. The second (``review-probes-25b.yaml``,
    90) led to these: "trans gendered" never across a line break; "M / F:" only after two other labels (not
    "Abbreviations: M/F: ratio" or "Toilets: M/F:"), and "X-ray" is no "X" answer; a change of title only with "to"
    and the new title after the list (not "change your title from Mr/Mrs/Ms in the drop-down"); the surname custom
    only for the spouse inside "women ... take their husband's surname" (a condition of its own, so a second
    "their husband" in the sentence is still found, and "take their wife's name and date of birth" is a detail asked
    for); "the bride and groom" after a history cue is still found (the history exception was dropped); "the first"
    only with a history verb ("became the first female surgeon", not "the first lady receptionist you see"). Two more
    reviewers (``review-probes-25c.yaml``, 83, and ``-25d.yaml``, 94, against the mends and batch 2, which hid or
    raised 28 findings the earlier versions had right) led to these: a caption's credit must close the sentence, name
    someone ("(Image © RNID)", "(Photo: Jo Bell)") and stand in a sentence with no rule; a bio's chain past "serves as
    the ..." never past a new "a receptionist"; "contained in" and "laid down in" before a citation were dropped (they
    turned an organisation's own instruction into law), and so was a colon after a field word for FRM-025 (case-note
    headers are no form); a cited finding needs authors, not a month ("(October 2024)"), and no grant or rule in its
    sentence; "male / female ____" never for a chaperone or staff, and "Gender*" only on a line of asterisked labels;
    "M / F:" again after one label when another follows ("Surname: M/F: Date of birth:"); Shri/Smt/Kum only before a
    blank; a change of title only where the list is followed by "to" and a title, so a form's list in the same
    sentence is still found; FRM-019's numbered item only with what to give in brackets and not "(or parent 1)"; a
    restriction ("do not list partners or friends as next of kin") is never excused; "should take their wife's name"
    is an instruction, not the custom; the writer's dealings with one person not in a routine ("When I have seen the
    patient, ..."), and "One of the porters has a bad back, so he will ..." describes one person; "as may be
    prescribed (by regulations)" closing a duty, not "by the Trust"; "Traditionally, ... the bride and groom" with
    nothing said of today; "its first male midwife"; "I'm a female surgeon"; a letter's "Dear Mrs ..." anywhere in
    its first blocks. A fifth (``review-probes-25e.yaml``, 51, against batch 3) led to these: "my patient's" is left a
    candidate (a reader's own-voice question, "Can I see my child's records? Once he is 13 ...", is generic); "governess"
    is left out (a female-marked title, mostly in heritage text); "au pair placement" is no person; "masculine
    pronouns are used" only for the document itself ("in this handbook") and not after "found that", "whether", "when"
    or "if"; the other parent beside "fathers" only with "or" (or "and other non-birthing parents"), never a group's
    name ("Dads and Other Parents group")."""
    assert_probe_floors((("review-probes-25a.yaml", 81, 0.83, 0.88), ("review-probes-25b.yaml", 90, 0.84, 0.89),
                         ("review-probes-25c.yaml", 83, 0.86, 0.86), ("review-probes-25d.yaml", 94, 0.81, 0.72),
                         ("review-probes-25e.yaml", 51, 0.84, 0.59)))
