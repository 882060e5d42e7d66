"""Whole-linter precision and recall on passages written apart from the rules, scored with
``inclusive-lint rules test``, plus the two public sets (tests/data/dev-spans.yaml and
catalogue-examples.yaml): the figures the project is judged by must not regress."""
import json

from conftest import DATA


def test_review_set_and_public_sets(cli):
    res = cli("rules", "test", DATA / "review-cases.yaml", DATA / "dev-spans.yaml",
              DATA / "catalogue-examples.yaml", "--no-config", "--json")
    assert res.returncode == 0, res.stderr
    review, dev, catalogue = json.loads(res.stdout)["files"]
    span = review["span"]
    assert span["precision"] >= 0.9 and span["recall"] >= 0.9, span
    dev_span = dev["span"]
    assert (dev_span["precision"], dev_span["recall"], dev_span["fp"], dev_span["fn"]) == (1.0, 1.0, 0, 0), dev_span
    doc = catalogue["document"]
    assert doc["precision"] >= 0.95 and doc["recall"] >= 0.95, doc
    for scores in (review, dev, catalogue):          # no error-level finding is a false alarm
        assert scores["false_alarms_by_severity"]["error"] == 0, scores["false_alarms"]
