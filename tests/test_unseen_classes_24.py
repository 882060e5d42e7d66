"""The classes fixed in round 24 of issue 14, each with sentences written for it
(``tests/data/unseen-classes-24.yaml``): every [[span]] found, nothing unmarked flagged."""

from class_cases import assert_classes, assert_probe_floors


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
    US plan's spousal-consent rule; "the word 'male' includes all genders" adopts the convention. Batch 2 (from -61 to
    -63 and -70 to -72, the last two scored blind first): a family defined for when someone dies ("Close family members
    are considered as wife, brother, ..."); three titles each with its point ("Mr. Mrs. Ms."); answers glued to the
    blanks before them ("Single: ______Married: ______"), and further answers after the blanks ("Female______Transgender");
    a rule open to "any marital status"; a speaker's tag closing a sentence with no quotation marks (", she says."); what
    the reader's own child "says he wants" is no account of one person; a law's year after a comma before what it says
    ("... Regulations, 2002 (4) states that")."""
    assert_classes("unseen-classes-24.yaml", tp=32, cases=54)


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
    to a partner's field left alone; "same and/or opposite sex" and "same-sex/opposite-sex" name both. A third reviewer
    (``review-probes-24c.yaml``, 83, against the mends and batch 2, which hid 16 findings the earlier versions found)
    led to these: a female-only procedure or condition (endometriosis, fibroids among them) excuses "she" only for a
    patient, never "the person who does your colposcopy", and only in the pronoun's own sentence; more cues that a
    run of terms is to be avoided ("can cause hurt", "retired"), and an article before a term of the run; a law's
    year after a comma only when the law's own verb follows ("..., 2002 (4) states"), not "..., 2018 our policy
    requires"; "plans to change sex" again, with only whole words after "sex" ("sex work out" is no excuse); the
    spousal-consent rule only with a US plan's marks (a beneficiary by default unless the spouse consents, a
    non-spouse beneficiary, notarized consent), not "paid to your spouse unless they consent"; answers after a
    blank only when they are answers ("Other (please specify)", not "Preferred name" or "Transport"); "can be any
    marital status", not "we welcome applicants of any marital status: Single / Married"; a parent in brackets
    before dotted leaders or a table cell's edge; FRM-028's next line may be a field with a blank and no colon;
    "(husband wife) ____"; women, men and "there is no female doctor" among a clinician's presence, and one sex
    outnumbering the other as a figure; a child "born a girl" is no newborn (only a baby, infant or twins). A fourth
    reviewer (``review-probes-24d.yaml``, 44) showed a third batch (a provision opening on its own number or letter
    and naming "this section" or "this chapter" read as law) hid 18 findings in handbooks and contracts: it was
    dropped, and the review's shared avoid-words keep the lead-in cue as it was ("no longer used" only for a run of
    terms). These probes score as at the session start; kept as a floor against another such change."""
    assert_probe_floors((("review-probes-24a.yaml", 80, 0.93, 0.95), ("review-probes-24b.yaml", 80, 0.91, 0.71),
                         ("review-probes-24c.yaml", 83, 0.92, 0.8), ("review-probes-24d.yaml", 44, 0.51, 0.68)))
