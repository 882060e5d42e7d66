"""examples/policy.docx: the README's first command, built by examples/make_policy_docx.py."""
from __future__ import annotations

import importlib.util
import io
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "policy.docx"


def test_the_script_rebuilds_the_committed_example(tmp_path):
    spec = importlib.util.spec_from_file_location("make_policy_docx", ROOT / "examples" / "make_policy_docx.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    built = zipfile.ZipFile(io.BytesIO(module.build()))
    committed = zipfile.ZipFile(EXAMPLE)
    for part in ("word/document.xml", "word/footnotes.xml", "word/header1.xml", "word/footer1.xml"):
        assert built.read(part) == committed.read(part), part


def test_the_example_policy_shows_findings_in_every_kind_of_place(settings):
    from inclusive_lint.api import lint_file

    result = lint_file(str(EXAMPLE), settings)
    assert not result.errors
    where = {(f.rule_id, f.location.describe()) for f in result.findings}
    assert ("PRN-001", "section \u201c1 Purpose\u201d: paragraph 3") in where
    assert ("BIN-006", "footnote 1: section \u201c3 Leave > 3.2 Bereavement leave\u201d") in where
    assert ("FRM-001", "section \u201c4 Registration form\u201d: table 1 row 3 column 1") in where
    kinds = {b.kind for b in result.document.blocks}
    assert {"heading", "paragraph", "list_item", "table_cell", "header", "footer", "footnote"} <= kinds


def test_the_committed_outputs_exist_and_match_the_example():
    text = (ROOT / "examples" / "policy.docx.txt").read_text(encoding="utf-8")
    assert "examples/policy.docx: footnote 1: section \u201c3 Leave > 3.2 Bereavement leave\u201d: warning [BIN-006]" in text
    import docx

    annotated = docx.Document(str(ROOT / "examples" / "policy-annotated.docx"))
    comments = list(annotated.comments)
    assert comments and {c.author for c in comments} == {"inclusive-lint"}
    assert any(c.text.startswith("In footnote 1:") for c in comments)
