"""The classes fixed in round 35 of issue 14, each with sentences written for it
(``tests/data/unseen-classes-35.yaml``): every [[span]] found, nothing unmarked flagged."""

from class_cases import assert_classes, assert_probe_floors


def test_round_35_classes():
    """From real-text-heldout-113 to -115 (kept unread in round 34, read this round): a code's "Sec. N." provision
    whose lines were wrapped mid-sentence; statute's own drafting (a section cited in words with "shall", "such
    person" with no article, "the provisions of this law"), where a club's "such notice" and a handbook's chapter
    stay its own; "gender re-assignment" with a hyphen in an EIA's list; an attendant as a role noun; a list's
    lead-in "A person who ...:" is no profile of one person; a sentence that opens by telling the reader what to
    do is no account; a sexed noun among bracketed examples is nobody the pronoun means; "preferred name &
    pronouns"; "born as a woman"; "your husband or male partner" as the only choices; being made to share units,
    or segregated, is about accommodation; the one the writer remembers or has just seen; a comparison ("like
    meeting an old colleague") brings in no one; a speech tag set into the sentence (", she says,"); "individual"
    before a plural noun of people; next of kin said to be "a relative or a friend"; a document saying its "mother" means anyone who has
    given birth, even if they might not identify as a woman. A second batch: a publication's capitalised title closing
    its line with its version or edition ("..., Version 7"), unless the next line opens the document's own text; a
    news lede about one person ("A midwife who has delivered ... is hanging up her uniform"), named by the same role
    in the next sentence ("Carol Mensah, a community midwife in Hull, ..."); the writer's own career told in a row of
    verbs ("I trained in Leeds, ... and later became a ward sister"); the clinician's sex set beside the patient's
    ("a male doctor can treat a female patient"), and how the sex is treated being the point ("female surgeons are
    still mistaken for nurses")."""
    assert_classes("unseen-classes-35.yaml", tp=24, cases=46)


def test_round_35_reviewer_probes_keep_their_figures():
    """Two reviewers' probe sentences, written and labelled before they ran them (found / false alarms / missed on
    the session-start code, on the batch as first written, at the end). The first (``review-probes-35a.yaml``, 66,
    on the pronoun changes: 28 / 22 / 14, 25 / 14 / 17, 32 / 15 / 10) led to these: a past that did not happen
    ("if the doctor had been asked, he would have ...") dropped as a cue, since rules and tests use it too;
    "individual" an adjective only before a plural noun of people; a comparison only as "it was / felt like
    (meeting) a ..."; a list's lead-in only with a colon ending its line; bracketed examples only with "etc",
    "e.g.", "for example" or "such as"; no speech tag after "if anything,". The second (``review-probes-35b.yaml``,
    66, on the law and rule-pack changes: 26 / 22 / 10, 14 / 18 / 22, 31 / 15 / 5): wrapped lines followed up
    only under a code's "Sec. N. Title. -"; a section cited in words dropped; only "the provisions of this law /
    statute"; "such person" only with a second word of statute ("forthwith", "thereof", "pursuant to") and not
    "each such", "such person as"; "preferred name, pronouns" (two fields) not joined; "your husband or male
    partner" only after "your" or "a", and a partner of one sex no longer widening what came before; next of
    kin said to be a relative or a friend only in the sentence right after it; not "those who have given birth";
    "gender re-assignment" in every EIA pattern; and the writer's own "I was born a boy" is theirs to tell."""
    assert_probe_floors((("review-probes-35a.yaml", 66, 0.68, 0.76), ("review-probes-35b.yaml", 66, 0.68, 0.86)))


def test_round_35_second_batch_probes_keep_their_figures():
    """A third reviewer's probes (``review-probes-35c.yaml``, 46, on the second batch: 20 / 22 / 0 before it,
    1 / 14 / 19 as first written, 20 / 12 / 0 at the end) led to these: the news lede only in news tenses ("has
    delivered", "is retiring"), never a rule in the plain present ("A volunteer who claims ... receives his
    payment"), with the role the head of the named person's description ("a staff nurse at ...", not "our volunteer
    coordinator") and no "In Cardiology, ..." read as a name; the writer's career only up to the post it names (a
    "before" window, not the whole sentence; not "Jo, who later became ..."); the sex treated as the point only in
    the frames of bias ("mistaken for", "paid less", "treated differently", "not recognised as doctors"), with a
    plural verb; and a versioned title not when the next line opens the document's own text."""
    assert_probe_floors((("review-probes-35c.yaml", 46, 0.62, 1.0),))
