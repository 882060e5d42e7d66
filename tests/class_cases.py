"""What the round-by-round class tests (``tests/test_unseen_classes_*.py``) share: the check of a round's class
sentences, and the floors of the reviewers' probe files, each written and labelled before its reviewer ran it."""
from pathlib import Path

from inclusive_lint.api import build_settings
from inclusive_lint.case_scores import score_cases
from inclusive_lint.config import load_config
from inclusive_lint.labelled_cases import load_cases

DATA = Path(__file__).parent / "data"


def assert_probe_floors(rows):
    """Each (file, cases, precision, recall) keeps its number of cases and at least its precision and recall."""
    settings = build_settings(load_config(use_project=False))
    for name, cases, precision, recall in rows:
        result = score_cases(load_cases(DATA / name), settings)
        assert result.cases == cases, name
        assert result.precision >= precision and result.recall >= recall, (name, result.precision, result.recall)


def assert_classes(name: str, tp: int, cases: int):
    """A round's class sentences (``tests/data/<name>``): every [[span]] found, nothing unmarked flagged, at
    least ``tp`` spans found, and ``cases`` sentences in the file."""
    settings = build_settings(load_config(use_project=False, overrides={"select": [], "ignore": []}))
    result = score_cases(load_cases(DATA / name), settings)
    assert (result.misses, result.alarms) == ([], []), (result.misses, result.alarms)
    assert result.tp >= tp and result.cases == cases
