"""Floor for the second half of the blind real-text set (tests/data/real-text-tune-2.yaml) and
the one-prompt-per-document rule for perinatal wording (issue 14, round 2)."""
from pathlib import Path

import pytest
from test_conditions_language import ctx_for

from inclusive_lint.case_scores import score_cases
from inclusive_lint.conditions import registry
from inclusive_lint.labelled_cases import load_cases

DATA = Path(__file__).resolve().parent / "data"


def test_real_text_second_half_keeps_its_figures(settings):
    """148 passages labelled blind. Before round 2: P 0.522 / R 0.837 (error false alarms 2).
    After fixing the classes (form layouts, genre, next of kin in use, mention kinds, cited law,
    named antecedents, one perinatal prompt): P 0.88 / R 1.0, no error false alarm."""
    result = score_cases(load_cases(DATA / "real-text-tune-2.yaml"), settings)
    assert result.recall >= 0.98 and result.precision >= 0.87, (result.precision, result.recall,
                                                               result.misses, result.alarms)
    assert not [a for a in result.alarms if a[3] == "error"], result.alarms


@pytest.mark.parametrize("marked,expected", [
    ("Midwives visit new mothers at home; [[breastfeeding]] help is on the ward.", True),
    ("A pregnant woman is offered scans; [[breastfeeding]] help is on the ward.", True),
    ("Ask your mother about the family history; [[breastfeeding]] help is on the ward.", False),
    ("[[Breastfeeding]] help is on the ward every afternoon.", False),
])
def test_birthing_parent_named(marked, expected):
    assert registry()["birthing-parent-named"](ctx_for(marked)) is expected, marked


def test_one_perinatal_prompt_when_the_parent_is_named(lint):
    text = "New mothers can ask for breastfeeding help on the postnatal ward.\n"
    assert [f.rule_id for f in lint(text) if f.rule_id.startswith("PER")] == ["PER-001"]
    text = "Breastfeeding help is available on the postnatal ward.\n"
    assert [f.rule_id for f in lint(text) if f.rule_id.startswith("PER")] == ["PER-004"]


def test_round_two_class_cases_are_all_right(settings):
    result = score_cases(load_cases(DATA / "unseen-classes-2.yaml"), settings)
    assert (result.misses, result.alarms) == ([], []), (result.misses, result.alarms)
    assert result.tp >= 12
