"""The classes fixed in round 20 of issue 14, each with sentences written for it
(``tests/data/unseen-classes-20.yaml``): every [[span]] found, nothing unmarked flagged."""
from pathlib import Path

from inclusive_lint.api import build_settings
from inclusive_lint.case_scores import score_cases
from inclusive_lint.config import load_config
from inclusive_lint.labelled_cases import load_cases

DATA = Path(__file__).parent / "data"


def test_round_20_classes():
    """An organisation's own regulations ("the College Examination Regulations", "Regulation for Members
    4.2(a)", "these regulations" after them) are not the law; the writer's own friend or colleague ("My friend
    asked his manager") is one person, and so is one the writer has ("I have a tenant who ...") in the
    sentences after; a noun in a phrase fronted before the subject ("Along with the site manager, he ...") is
    not the subject; a question whose answers are bullets on the lines below; "section 5 below" is the
    document's own; an item of a code of conduct opening on its verb ("Refrain from ... his club"); sperm beside
    eggs is not a men's topic; a pronoun inside "how to ..." of a past sentence; next of kin in a list that goes
    on to a friend, as the document defines it, or in the writer's own account; "the opposite sex" where
    contraception is the point; breastfeeding among family circumstances; partner leave "(typically fathers)";
    a definition set out from a named standard ("defined in NICE Guideline NG108 as:"). Batch 2: a past participle
    as an adjective or a reduced relative ("two paid working days", "the time off granted to a carer") is no past
    tense; "from the husband and the wife"; a married pair beside "a heterosexual couple", or "living together like
    husband and wife"; "the patient's husband" in fertility care; slash pairs of mismatched forms ("his/she");
    "transgenderal"; a bracketed historical gloss covers only its own words; a parliamentary question's words about
    anyone but the minister ("no patient ... his medication"); surrogacy is a pregnancy topic; "population" is no
    verb of filling in a field. Batch 3: a lettered item carrying on a lead-in's duty on its bare verb ("(c) take
    reasonable care of the vehicle allocated to him"), and "To appeal ...", "To withdraw ..." items."""
    settings = build_settings(load_config(use_project=False, overrides={"select": [], "ignore": []}))
    result = score_cases(load_cases(DATA / "unseen-classes-20.yaml"), settings)
    assert (result.misses, result.alarms) == ([], []), (result.misses, result.alarms)
    assert result.tp >= 32 and result.cases == 70
