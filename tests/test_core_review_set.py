"""Whole-linter precision and recall on passages written apart from the rules, via the shared
scorer, plus the two public sets: the figures the project is judged by must not regress."""
import json
import subprocess
import sys

import pytest

from conftest import ROOT, SHARED

SCORER = SHARED / "eval" / "score.py"


def _score(cases, *extra):
    if not SCORER.exists():
        pytest.fail(f"scorer not found at {SCORER}")
    cmd = f"{sys.executable} -m inclusive_lint --no-cache --no-config"
    out = subprocess.run([sys.executable, str(SCORER), str(cases), "--cmd", cmd, "--json", *extra],
                         capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def test_review_set_span_precision_and_recall():
    span = _score(ROOT / "tests" / "data" / "review-cases.yaml")["span"]
    assert span["precision"] >= 0.9 and span["recall"] >= 0.9, span


def test_public_sets_are_fully_right():
    dev = _score(SHARED / "eval" / "dev-spans.yaml")["span"]
    assert (dev["precision"], dev["recall"], dev["fp"], dev["fn"]) == (1.0, 1.0, 0, 0), dev
    doc = _score(SHARED / "eval" / "catalogue-examples.yaml")["document"]
    assert doc["precision"] >= 0.95 and doc["recall"] >= 0.95, doc
