"""The extended suite: tests that take the ``corpus`` fixture lint the whole real-world corpus
(../shared/corpus in this project's CI) named by INCLUSIVE_LINT_CORPUS. When it is unset they are
deselected (conftest.py) and this test is the one skip line that says so."""
import os
from pathlib import Path

import pytest

from conftest import CORPUS_ENV, EXTENDED


def test_extended_suite_has_its_corpus():
    value = os.environ.get(CORPUS_ENV)
    if not value:
        count = f"{len(EXTENDED)} extended-suite tests" if EXTENDED else "the extended suite"
        pytest.skip(f"{count} not run: set {CORPUS_ENV}=DIR (the real-world corpus folder) to run it")
    root = Path(value)
    files = [p for sub in ("real", "policies") for p in (root / sub).rglob("*")
             if p.is_file() and p.name != "SOURCES.md"]
    assert len(files) >= 370, f"{CORPUS_ENV}={value}: {len(files)} files, expected the whole corpus"
