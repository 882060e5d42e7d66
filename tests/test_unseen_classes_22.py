"""The classes fixed in round 22 of issue 14, each with sentences written for it
(``tests/data/unseen-classes-22.yaml``): every [[span]] found, nothing unmarked flagged."""

from class_cases import assert_classes, assert_probe_floors
from inclusive_lint.conditions.given_names import first_names


def test_round_22_classes():
    """Batch 1 (from real-text-heldout-49 to -51, read this round): a common first name standing alone names one
    person ("we refer to the service user as Colin (not his real name)"), not one inside a longer name, after an
    article or a preposition of place, or before a possessive; more people in roles (a casualty, a first aider, a
    dental hygienist, a whistleblower ...); first-aid steps set one to a paragraph carry the pronoun on; a question's
    copula before its subject ("Is the patient able to dress himself?"); the speaker's tag after a quotation ('...,"
    he says.'); "told of his or her arrest" is no reported speech; an example told in the past with the person placed
    somewhere ("a volunteer at our Leeds shop wrote that ..."); an apostrophe inside a word does not close a
    quotation; one couple described in the past ("a husband and wife, both of whom were over ninety"); "both male
    and female, and some as neither" describing non-binary people, and a rule held equivalent for men and women; an
    event dated "since the 1960s, when ..."; a title with its credits after it ("... Authors: Mary Hill, ..."); a
    case study under its own heading; breastfeeding as a status beside pregnancy, or milk among body fluids; a noun
    set beside the one a "she" clause is about ("a volunteer, someone she has known"); a verbless profile sentence
    ("A registered osteopath who treats back pain. He ..."). Batch 2 (from real-text-heldout-58 to -60, scored blind
    first, then read): a statute's bare amendment mark ("by F4each of the parties") or its own commencement ("after
    the commencement of this Act"); the second of two descriptions after a copula ("was a surgeon and a
    Gynaecologist"); a news item placed somewhere ("In Wales a dentist has been suspended ... until he"); an object
    pronoun is never its own clause's subject ("the mentor should welcome her"); "living as husband and wife" beside
    its civil-partner twin; a wish about the sex of the staff ("Preferred gender of interpreter: Male / Female / No
    preference"); titles in brackets talked about in prose; breastfeeding as a form's status field or in the
    writer's own account; a gendered title's holder speaking in a report; a person's own answer reported ("explained
    that she was transsexual"); parent fields with the apostrophe lost ("Mother s Name"); a next of kin the person
    picked; admitting people to a place ("will admit transgender residents"). Batch 6: the sex a person asks the
    staff serving them to be, on a form question too ("Preferred sex of interpreter: Male / Female"; not "Gender of
    practitioner"), and more people one may admit to a place ("admits trans girls")."""
    assert_classes("unseen-classes-22.yaml", tp=37, cases=74)


def test_first_names_stand_alone_only():
    """A first name counts alone as a subject or a name given, not one someone is sent to, not inside a longer name,
    after an article or a place preposition, as a possessive, nor a month."""
    text = ("We call him Colin here. Priya had left. Ask Karen in payroll. The Florence Nightingale Ward is new. "
            "A patient from Preston. A client in Kent. Sophie's team. Steve-Smith. a Christian group. Seen on 1 Jan 2020.")
    found = [text[s:e] for e, s, _ in first_names(text)]
    assert found == ["Colin", "Priya"]


def test_round_22_reviewer_probes_keep_their_figures():
    """Two reviewers' probe sentences (``review-probes-22a.yaml``, 109, against batches 1 and 2;
    ``review-probes-22b.yaml``, 111, against batches 1 to 3). Batch 3 mended every finding the first review found
    hidden (a first name only as a subject or a name given; a past account opened by an example, a time or a place
    only with a verb that can only be past; in-word apostrophes inside one sentence's quotation; one couple met on
    an occasion; a case's own label as heading; a profile sentence not before a future; ...); batch 4 the second's
    (a first name only in a past account; no duty or condition after a placed account's verb; a case label over no
    duty; no profile in a job advert; "her back" is a possessive; a staff member's own gender; two-paragraph carry
    only for steps). The misses left on both files were misses before the round too."""
    assert_probe_floors((("review-probes-22a.yaml", 109, 0.91, 0.87), ("review-probes-22b.yaml", 111, 0.93, 0.87)))
