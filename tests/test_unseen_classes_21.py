"""The classes fixed in round 21 of issue 14, each with sentences written for it
(``tests/data/unseen-classes-21.yaml``): every [[span]] found, nothing unmarked flagged."""
from pathlib import Path

from inclusive_lint.api import build_settings
from inclusive_lint.case_scores import score_cases
from inclusive_lint.config import load_config
from inclusive_lint.labelled_cases import load_cases

DATA = Path(__file__).parent / "data"


def test_round_21_classes():
    """Batch 1: a worked example of equality law ("An applicant mentions she has a same-sex partner ... This is
    likely to be direct discrimination") tells of its own people, unless it is put as a condition or a duty; one
    of the writer's own ("One of our residents ... the resident ... her"); the text of a law: a numbered provision
    speaking of its own section ("(3) A panel appointed under this section ..."), a person given a letter or a
    quoted name ("a person ('P')", "a person ('the donor')"), the Equality Act's definitions retold ("The protected
    characteristic of ... is defined as"); a pinpoint citation glued to its section number ("rule 7(2)(b) of the
    Trust Deed") is no statute layout; the words people use of themselves ("describe themselves with many words,
    among them ... transsexual"); a title list the next words advise against ("Do not use these titles"); next of
    kin that "may be, but need not be, a relative"; words talked about after "use of" ("more use of partner than of
    husband or wife"). Batch 2: the Equality Act's list of protected characteristics for pupils (no marriage and civil
    partnership); an apostrophe mis-decoded from an old code page ("the motherís name"); the writer's own report of
    one event ("we had an incident ... The visitor has since told us that he ..."); a comparator in an equality
    argument ("an equivalent heterosexual couple") and timing advice for conceiving; a chaperone rule about the
    clinician's sex ("Do male nurses need a chaperone?"); a study's figures in the past tense ("was given by the
    husband in 61% of the cases"), not a claim about now; next of kin handed a power beside a softer word ("can
    offer help and make decisions for you"); fertility text naming the couple as a wife and a husband ("the wife",
    "the male (husband)"); "Therefore," is no name; a capitalised member of a body ("a Cadet joins ... he", not
    "is also a Patron of", not "Every Monday"); "male pupils who identify as girls"; a person's own name ("the full
    married name of the patient, including his or her title") is no word talked about; a slash between relatives in
    a closed definition ("parent/carer"); someone named by a habit ("the problem drinker ... he")."""
    settings = build_settings(load_config(use_project=False, overrides={"select": [], "ignore": []}))
    result = score_cases(load_cases(DATA / "unseen-classes-21.yaml"), settings)
    assert (result.misses, result.alarms) == ([], []), (result.misses, result.alarms)
    assert result.tp >= 28 and result.cases == 60
