"""The classes fixed in round 26 of issue 14, each with sentences written for it
(``tests/data/unseen-classes-26.yaml``): every [[span]] found, nothing unmarked flagged."""

from class_cases import assert_classes, assert_probe_floors


def test_round_26_classes():
    """From real-text-heldout-73 to -75 (kept unread in round 25, read this round) and -84 (scored blind first): an
    object pronoun never means the subject that opens its own clause, so with no one before that subject it means
    someone the text does not name ("The school nurse will arrange for him to ..."); a third answer ("Male/Female/Third")
    is another answer; a required field's asterisk and a drop-down's "-Select-" prompt before titles or sexes one a line;
    answer codes before answers (a letter on its own line, "[] 1 Male", "(2) Female") and a bracketed "[the child]" in
    "Is ... male or female?"; a named person's own things ("Olivia's abilities") in the sentence before the pronoun;
    "my new partner", like "my partner", is the writer's own; "homosexual" first in a list of identities for people;
    next of kin as whoever is paid when someone dies without a will or as a death benefit, and "should not be asked to
    sign"; "trans woman nurse" and a clinician's sex paired with the patient's ("male doctors examining female
    patients"); a passage that opens on male survivors; "counselor", the US spelling; blood relatives in a family
    medical history (cause of death, congenital conditions); a husband or wife inside a run of slashes reaching a
    friend; a mother and a father as one pair of a list of relatives by sex ("Mother / Father [] 2. Sister / Brother").
    Batch 2 (from -85 and -86, scored blind first): an annotated statute's footnote numbers glued to its words in order
    ("registered1 ... chiropractor2 ... manner3"); "his or her" for an animal with no one named between; "one of my
    regular clients" is one of the writer's own; a caption with its stock-photo credit; a word in a list of words ("These words are: ..."); a same-sex clinician
    promised in the paragraph; "Are you: male? female?"; a reader addressed as a woman ("If you're a married woman",
    a paragraph opening "For many women, ...") is told of "your husband"; a dog's handler is a role; identities named
    as identities ("identities such as transgender, transsexual, ..."); "gender swap" as the tabloid "sex change"."""
    assert_classes("unseen-classes-26.yaml", tp=29, cases=55)


def test_round_26_reviewer_probes_keep_their_figures():
    """Two reviewers' probe sentences against batch 1, written and labelled before they ran them. The first
    (``review-probes-26a.yaml``, 80; 41 / 17 / 9 on the session-start code, 29 / 5 / 21 on batch 1) led to these
    mends: an object pronoun whose clause subject opens the sentence looks further back (the 300 characters before,
    a list item's lead-in, the paragraph before) before it counts as someone unnamed; a named person's possessive is a
    candidate only before their own abilities, health or progress ("Olivia's abilities", not "Martha's rule" or
    "Karen's desk") and only with the pronoun in the next sentence; a passage opening on male survivors is men-only
    only when it does not compare them with women; blood relatives in a family history only with a congenital
    condition, chromosomes, "born with", "family medical history" or an age and cause of death, not any "cause of
    death" or "medical history"; "should not be asked to sign" only with next of kin as its subject; an answer's
    letter on a line of its own only from "A" on, in order, with "Other" or "Prefer not to say" still taken after the
    lettered answers, and no digit read as a code. The second (``review-probes-26b.yaml``, 80; 31 / 16 / 12 on the
    start, 23 / 2 / 20 on batch 1) led to these: husband/wife in a run of slashes is excused only by a friend,
    partner, neighbour or anyone, never "relative"; a brother/sister or son/daughter pair excuses a mother/father pair
    only laid out as a list (a box, a bullet, a slash or a line break before it); "male doctors examining female
    patients" not before a possessive ("women patients' checks"); "third" is another answer only as an answer ("Third
    gender", not "Third country national"); a lump sum names whoever is paid on a death only with a death in its
    clause; "homosexual" first in a list also before "and", up to five identities and more nouns ("tenants"). A third
    (``review-probes-26c.yaml``, 76, against batch 2: 37 / 21 / 8 on batch 1, 15 / 11 / 30 on batch 2, 43 / 12 / 2
    after the mends) led to these: a sentence opening on a whole day and an ordinal date were dropped (a rule after
    "On 1st September 2023 we updated our policy:" was hidden), and so was a first name before "is ...ing" (a staff
    member between the person and the pronoun); footnote numbers mark a statute only with a statute word or an Act and
    its year (a policy's own footnotes do not); "one of my clients" only with "my", a noun for people, no "if" or
    "when" before it and no rule after it; the animal for "his or her" only as the subject ("your dog must ...", not
    "every dog owner", "keeping a pet"); "If you're a married woman" not for "a gay man" or "a lesbian woman", and a
    paragraph opening on women not "For men and women alike" nor the writer's own "As a man in my seventies, I ...";
    a caption's credit only with no rule in the caption; a word list only after "words are:"; a third answer to "Are
    you: male? female?" only ending in "?" like them; a same-sex clinician only promised for a booking."""
    assert_probe_floors((("review-probes-26a.yaml", 80, 0.9, 0.94), ("review-probes-26b.yaml", 80, 0.95, 0.95),
                         ("review-probes-26c.yaml", 76, 0.78, 0.95)))
