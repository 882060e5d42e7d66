"""The held-out half of issue 14's blind real-text set (tests/data/real-text-heldout.yaml): its
figures may only go up. It was scored once at the end of the work, never used to choose a fix."""
from pathlib import Path

from inclusive_lint.case_scores import score_cases
from inclusive_lint.labelled_cases import load_cases

DATA = Path(__file__).resolve().parent / "data"


def test_held_out_real_text_keeps_its_figures(settings):
    result = score_cases(load_cases(DATA / "real-text-heldout.yaml"), settings)
    assert result.cases == 213
    assert result.recall >= 0.93 and result.precision >= 0.62, (result.precision, result.recall)
    assert not [a for a in result.alarms if a[3] == "error"], result.alarms
