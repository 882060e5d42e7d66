"""The classes fixed in round 26 of issue 14, each with sentences written for it
(``tests/data/unseen-classes-26.yaml``): every [[span]] found, nothing unmarked flagged."""
from pathlib import Path

from inclusive_lint.api import build_settings
from inclusive_lint.case_scores import score_cases
from inclusive_lint.config import load_config
from inclusive_lint.labelled_cases import load_cases

DATA = Path(__file__).parent / "data"


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
    friend; a mother and a father as one pair of a list of relatives by sex ("Mother / Father [] 2. Sister / Brother")."""
    settings = build_settings(load_config(use_project=False, overrides={"select": [], "ignore": []}))
    result = score_cases(load_cases(DATA / "unseen-classes-26.yaml"), settings)
    assert (result.misses, result.alarms) == ([], []), (result.misses, result.alarms)
    assert result.tp >= 17 and result.cases == 33


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
    clause; "homosexual" first in a list also before "and", up to five identities and more nouns ("tenants")."""
    settings = build_settings(load_config(use_project=False))
    for name, cases, precision, recall in (("review-probes-26a.yaml", 80, 0.9, 0.94), ("review-probes-26b.yaml", 80, 0.95, 0.95)):
        result = score_cases(load_cases(DATA / name), settings)
        assert result.cases == cases, name
        assert result.precision >= precision and result.recall >= recall, (name, result.precision, result.recall)
