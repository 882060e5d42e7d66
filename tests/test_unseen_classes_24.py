"""The classes fixed in round 24 of issue 14, each with sentences written for it
(``tests/data/unseen-classes-24.yaml``): every [[span]] found, nothing unmarked flagged."""
from pathlib import Path

from inclusive_lint.api import build_settings
from inclusive_lint.case_scores import score_cases
from inclusive_lint.config import load_config
from inclusive_lint.labelled_cases import load_cases

DATA = Path(__file__).parent / "data"


def test_round_24_classes():
    """From real-text-heldout-61 to -63 (kept unread in round 23, read this round) and -70 (scored blind, then read):
    a capital after a possessive is a thing the document names, not a first name ("his Account,"); the coroner,
    the medical examiner, the funeral director and the data subject are roles; "born a woman" or "born a girl" said of
    a man is never excused as talk of a body, even beside pregnancy; "choosing to change sex", "transitioning to switch
    sex"; a parent named after the field on its own line ("Name of Mother") or in brackets ("Telephone (Work -
    Mother)"); "husband wife" with its slash lost, and a form's couple section with a "Husband:" and a "Wife:" field
    (FRM-028); "same- or opposite-sex partners" names both; a female-only procedure (tubal ligation, colposcopy)
    makes the patient a woman; the document's own definition of a term ("The term 'immediate family' shall mean:")
    is a use, while every term of a run after a lead-in ("Outdated terms include: transsexual, sex change") is
    talked about; a female doctor named to say whether one works there, how the workforce works, or who examines; a
    US plan's spousal-consent rule; "the word 'male' includes all genders" adopts the convention."""
    settings = build_settings(load_config(use_project=False, overrides={"select": [], "ignore": []}))
    result = score_cases(load_cases(DATA / "unseen-classes-24.yaml"), settings)
    assert (result.misses, result.alarms) == ([], []), (result.misses, result.alarms)
    assert result.tp >= 27 and result.cases == 41


def test_round_24_reviewer_probes_keep_their_figures():
    """Two reviewers' probe sentences against batch 1, written and labelled before they ran them. The first
    (``review-probes-24a.yaml``, 80; batch 1 hid 20 findings the session start found) led to these mends: a female-only
    procedure excuses "she" only for the person having it (the patient, not the doctor doing it), and only for
    procedures (tubal ligation, colposcopy), not a condition named nearby; the later terms of a run after a colon
    are talked about only after a cue to avoid them ("Outdated terms:"), not after "Terms of booking:"; a female or
    male clinician's presence is asked about only with the sexed clinician as the object ("whether there is a female
    doctor"); part-time work is a figure only for a sexed group ("female GPs work part time"); a physical examination
    is not an intimate one; "our" or "your" before a first name leaves it a name ("our Siobhan,"); a definition may
    use "word" and an unquoted term. The second (``review-probes-24b.yaml``, 80) led to these: the US spousal-consent
    rule only in its own sentence, never a whole document holding "notarised"; "change sex" not before "sex
    discrimination", "sex offender", "sex marker" and the like, and not after "plans to"; "born a girl" told of a
    baby, or "a boy or a girl", is still excused beside a scan; one sex and birth the other tied to one person ("men
    who were born a woman"); "husband wife" only as a label; a parent in brackets only in an empty field; FRM-028's
    labels only as fields (the next line another label or a blank), adjacent labels found, and a form that goes on
    to a partner's field left alone; "same and/or opposite sex" and "same-sex/opposite-sex" name both."""
    settings = build_settings(load_config(use_project=False))
    for name, cases, precision, recall in (("review-probes-24a.yaml", 80, 0.91, 0.95), ("review-probes-24b.yaml", 80, 0.9, 0.68)):
        result = score_cases(load_cases(DATA / name), settings)
        assert result.cases == cases, name
        assert result.precision >= precision and result.recall >= recall, (name, result.precision, result.recall)
