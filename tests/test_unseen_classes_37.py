"""The classes fixed in round 37 of issue 14, each with sentences written for it
(``tests/data/unseen-classes-37.yaml``): every [[span]] found, nothing unmarked flagged."""

from class_cases import assert_classes, assert_probe_floors


def test_round_37_classes():
    """From real-text-heldout-119 to -121 (kept unread in round 36, read this round): a possessor inside a phrase of
    place or time ("fainted at a neighbour's wedding") is not whom an account is about; a role noun naming a body of
    people ("the patient group's worry") is no person; "this particular resident", "the first client I ever
    supported" and "I've had a consultant ..." are people the writer met; a reporting tag set into the sentence (",
    he went on,"); a year heading a sentence dates one event only where the role is what was done to ("In 2021, the
    regulator suspended a pharmacist"); a public office one person holds ("the Ombudsman ... she"); a US code cited by
    its section sign, a code's citation under its provision, a lead-in saying a law codifies rules; a husband and wife
    in a longer list of kinds of supporter; the sex of the chaperones offered so patients can choose; a gender set by
    gender identity; "Pregnancy and breastfeeding" as a leaflet's topic; a test offered in pregnancy; hyphenated
    retired terms and "preferred name or pronouns"; an instruction to address people as "Mr, Mrs or Miss"; the couple
    of an account told in the past; the generic "one" kept from doing something. A second batch (from the remaining
    false alarms of older read sets, -90 to -119): a first name that is also a word ("Mark shared his ...",
    "Example: Bill has had ..."); Mx named just before a list of titles."""
    assert_classes("unseen-classes-37.yaml", tp=21, cases=41)


def test_round_37_reviewer_probes_keep_their_figures():
    """Two reviewers' probe sentences, written and labelled before they ran them (found / false alarms / missed on
    the session-start code, on the batch as first written, at the end). The first (``review-probes-37a.yaml``, 68,
    on the pronoun changes: 32 / 13 / 3, 14 / 6 / 21, 32 / 1 / 3) led to these: "I've had a ..." never in a
    declaration or a reference; "the first / only <role> I ..." with past verbs, "we" only with "ever", and no duty in
    the pronoun's sentence; "this particular" with no duty or "whether"; a capitalised year opening a sentence only
    as "In <year>" with a simple past done to the role, never one in each place; no "goes on" tag; a possessor in a
    phrase only in a past account with no rule after it; an office asked or written to is not the pronoun's antecedent,
    and no Chief Medical or Nursing Officer; "one from <verb>ing" only after a verb of prevention; "We've had a ..."
    read with either apostrophe. The second (``review-probes-37b.yaml``, 69, on the law, family and rule-pack changes:
    15 / 29 / 12, 5 / 21 / 22, 18 / 8 / 9): "~" as a section sign only before a long number, and never an
    organisation's own Staff, Uniform or Conduct Code; a code's citation line only with a US state's abbreviation;
    "codifies" only with a law as its subject; the mum and dad of an account only where their own sentence is past;
    a husband and wife in a longer list only with a friend or partner in it, or anyone close; staff offered by sex only
    with a choice or availability cue; a gender set by gender identity, never a title; a test offered in pregnancy
    only where pregnancy is its setting; advice against a list of titles, and "or by first name" after it, stay prose."""
    assert_probe_floors((("review-probes-37a.yaml", 68, 0.96, 0.91), ("review-probes-37b.yaml", 69, 0.69, 0.66)))


def test_round_37_second_batch_probes_keep_their_figures():
    """A third reviewer's probes (``review-probes-37c.yaml``, 66, on the second batch and the mends above: 24 / 9 / 10
    before them, 12 / 4 / 22 as first written, 27 / 3 / 7 at the end) led to these: advice against a list of titles
    only where "do not / never / avoid" governs it ("Do not leave the title blank: choose ..." is a form's own
    instruction); "Patient statement: I have had a doctor explain ..." is a declaration; a year heading a sentence
    dates one event only with a verb done to one person ("suspended", "dismissed", "appointed"), never leave given to
    anyone ("allowed a patient to") or one in many places; an office involved or approached is not the pronoun's
    antecedent; "groups" and "teams" as verbs ("each nurse groups her tasks"); the mum and dad of an account only after
    someone told of in the sentence before, never a card or pack sent to every family; staff offered by sex only as
    what a service has, employs or offers; "this particular client" never with a modal or after "Think about ..."; a
    husband and wife in a list of supporters only where the friend or partner is an item, not a new clause ("and
    friends may visit"); "one" kept from doing something with or without "from"."""
    assert_probe_floors((("review-probes-37c.yaml", 66, 0.9, 0.79),))
