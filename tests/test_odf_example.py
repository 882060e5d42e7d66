"""The example policy saved as .odt by LibreOffice gives the .docx's findings, at the same
locations (section path, paragraph, table cell, footnote)."""
from pathlib import Path

import pytest
from soffice import convert

from inclusive_lint.api import lint_file

ROOT = Path(__file__).resolve().parent.parent


def _key(result):
    return sorted((f.rule_id, " ".join(f.text.split()), tuple(sorted(f.location.to_dict().items())))
                  for f in result.findings)


@pytest.mark.slow
def test_example_policy_as_odt_gives_the_docx_findings(tmp_path, settings):
    convert([ROOT / "examples" / "policy.docx"], "odt", tmp_path, tmp_path / "profile")
    docx = lint_file(str(ROOT / "examples" / "policy.docx"), settings)
    odt = lint_file(str(tmp_path / "policy.odt"), settings)
    assert not odt.errors and odt.format == "odt"
    assert len(docx.findings) >= 10
    assert _key(odt) == _key(docx)
    assert [f.location.describe() for f in odt.findings] == [f.location.describe() for f in docx.findings]
    parts = {f.location.part for f in odt.findings}
    assert {"body", "footnote"} <= parts and any(f.location.table for f in odt.findings)
