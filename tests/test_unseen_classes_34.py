"""The classes fixed in round 34 of issue 14, each with sentences written for it
(``tests/data/unseen-classes-34.yaml``): every [[span]] found, nothing unmarked flagged."""

from class_cases import assert_classes, assert_probe_floors


def test_round_34_classes():
    """From real-text-heldout-110 to -112 (kept unread in round 33, read this round): a past account where an adverb
    stands between the pronoun and its past verb ("She eventually walked"), or dated by "When I next rang ...";
    a first name on the line under "Example:" doing something now, or in "the made-up case of <Name>, who ...";
    the clinician named in the pronoun's own sentence with no man in view, on a men's health topic; a section's
    number and its short title in lower case after a dash above its "(1)"; a lettered item glued to its first word
    after a spaced dash ("showing \u2014 (a)the date"); a US state's administrative code cited by number and
    reported; "husbands and wives" said of same-sex couples, and same-sex and opposite-sex divorce compared; the
    sex named as assigned at birth, and a person's own belief that they should have been born another sex;
    "both biological male and female patients" in history taking; an outdated term used today with a date only in a
    clause of concession after it; "born-male" and "born females" as descriptions of trans people. A second batch:
    a sexed noun said to be usual among a role's holders ("The patient, usually a man, ...") is no one the pronoun
    means; "husband and wife" as one kind of relationship in a list left open ("or whatever makes you happy"); the
    long form glossing its short one in brackets ("(male to female or MTF)"). A third: a bracket defining dependants or
    the family that opens on the spouse and names no partner ("dependants (spouse and children under 18)")."""
    assert_classes("unseen-classes-34.yaml", tp=17, cases=35)


def test_round_34_reviewer_probes_keep_their_figures():
    """Two reviewers' probe sentences, written and labelled before they ran them (found / false alarms / missed on
    the session-start code, on the batch as first written, at the end). The first (``review-probes-34a.yaml``, 65,
    on the pronoun changes: 30 / 15 / 8, 21 / 12 / 17, 33 / 9 / 5) led to these: an adverb between a pronoun and
    its past verb only where "He", "She" or "They" opens the sentence (not "An employee who previously worked ...
    keeps his"), and not "apply", "supply", "rely", "reply"; "When I next / last ..." only opening its sentence (not
    "Ask the patient when he last had anything to eat"); ", who" after a name only in "the case of <Name>"; the
    clinician named in the sentence only for "he" or for "him" with the reader, asked or told ("you and him"), never
    "his back passage". The second (``review-probes-34b.yaml``, 70, on the law and rule-pack changes: 23 / 32 / 16,
    14 / 25 / 25, 27 / 23 / 12): a section's lower-case short title only after a dash (not a colon), ending in a
    full stop, not a policy's own heading word ("responsibilities", "duties", "scope" ...), and only over a
    provision not in an organisation's voice; "(s)he" is no glued item; a US state's code only with the state's
    name and a section number of the state's form (not "Health and Safety Code 2.4", "Revised Code 2023"); "same-sex
    couples" only in the same clause as "husbands and wives"; the belief only as "convinced / certain / sure that
    he should have been", not someone else's view ("The council believes she was born male"); the concession only
    where the term's own clause is in the present ("is", "are", "being"), not a past account."""
    assert_probe_floors((("review-probes-34a.yaml", 65, 0.78, 0.86), ("review-probes-34b.yaml", 70, 0.54, 0.69)))


def test_round_34_second_batch_probes_keep_their_figures():
    """A third reviewer's probes (``review-probes-34c.yaml``, 47, on the second batch: 12 / 13 / 13 before it,
    8 / 11 / 17 as first written, 19 / 10 / 6 at the end) led to these: a hedged sexed noun is kept as the
    candidate where a condition runs in one sex ("The affected child, usually a boy, ... his joints"; "X-linked",
    "haemophilia", "affects boys"), and the hedge reads an adjective and "the" ("usually an elderly woman", "usually
    the mother"); BIN-006's open list only as ", or whatever / however / whoever ... suits / works / makes ...", never
    "and anyone else aged 18 ... must sign"; TRM-016's gloss only after a description ("identify as female (male to
    female or MTF)"), with the short form of the same direction, never "patients who are (male to female or MTF)"."""
    assert_probe_floors((("review-probes-34c.yaml", 47, 0.65, 0.76),))


def test_round_34_third_batch_probes_keep_their_figures():
    """A fourth reviewer's probes (``review-probes-34d.yaml``, 32, on FAM-004's bracket of dependants: 5 / 0 / 11
    before it, 12 / 7 / 4 as first written, 16 / 0 / 0 at the end) led to these: the bracket must be a list (a
    separator and a family word, or "spouse only"), not "Family members (spouses in particular) are often the main
    carers"; a civil partner alone does not open the list, but a significant other, a common-law spouse, "the person
    you live with as a couple", a fiance(e), anyone or friends do; one family told ("Mrs Okafor's immediate family
    (spouse and two sons) visited") is no rule; the spouse may stand anywhere in the bracket, after "family",
    "household members" or "relatives" too."""
    assert_probe_floors((("review-probes-34d.yaml", 32, 1.0, 1.0),))
