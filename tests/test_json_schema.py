"""The JSON report is a versioned contract: real output, including waived and suppressed findings,
.docx locations, notices and unreadable files, validates against schemas/report.schema.json, and
the README documents its shape."""
import json
import re

import jsonschema
import pytest

from test_report_support import ROOT, rich_report

SCHEMA_PATH = ROOT / "src" / "inclusive_lint" / "schemas" / "report.schema.json"


@pytest.fixture(scope="module")
def schema():
    data = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(data)
    return data


def validate(doc, schema):
    jsonschema.Draft202012Validator(schema).validate(doc)


def test_cli_output_with_a_waiver_and_an_unreadable_file_validates(cli, schema, tmp_path):
    (tmp_path / "policy.md").write_text((ROOT / "examples" / "policy.md").read_text(encoding="utf-8"),
                                        encoding="utf-8")
    (tmp_path / ".inclusive-lint-waivers.yaml").write_text(
        "waivers:\n  - rule: ROL-001\n    path: policy.md\n    reason: Title used in the 1990 regulations\n",
        encoding="utf-8")
    (tmp_path / "broken.docx").write_bytes(b"this is not a zip file")
    r = cli("policy.md", "broken.docx", "missing.pdf", "--format", "json", "--no-cache", cwd=tmp_path)
    assert r.returncode == 2, r.stderr
    doc = json.loads(r.stdout)
    validate(doc, schema)
    by_path = {f["path"]: f for f in doc["files"]}
    assert by_path["broken.docx"]["status"] == "error" and by_path["broken.docx"]["errors"][0]["message"]
    assert by_path["missing.pdf"]["errors"][0]["category"] == "missing"
    assert doc["summary"]["files_with_errors"] == 2 and doc["summary"]["exit_code"] == 2
    waived = [f for f in by_path["policy.md"]["findings"] if f.get("waived")]
    assert [f["rule_id"] for f in waived] == ["ROL-001"]
    assert waived[0]["waiver_reason"] == "Title used in the 1990 regulations"
    assert doc["summary"]["waived"] == 1


def test_waived_suppressed_docx_and_notices_validate(settings, schema, tmp_path):
    from inclusive_lint.formatters import render

    report = rich_report(settings, tmp_path)
    doc = json.loads(render("json", report, {"settings": settings}))
    validate(doc, schema)
    findings = [f for file in doc["files"] for f in file["findings"]]
    waived = [f for f in findings if f.get("waived")]
    assert len(waived) == 1 and waived[0]["waiver_reason"].startswith("Quoted from the 2019 staff survey")
    suppressed = [s for file in doc["files"] for s in file["suppressed"]]
    assert suppressed[0]["reason"] == "Name of a statutory post in the Mental Health Act"
    docx = [file for file in doc["files"] if file["path"] == "forms/policy.docx"][0]
    assert docx["findings"][0]["location"] == {"part": "body", "paragraph": 14,
                                               "heading": "3 Leave > 3.2 Bereavement leave",
                                               "table": 1, "row": 2, "cell": 3, "page": 2}
    assert docx["notices"][0]["code"] == "no-text-layer"
    assert doc["summary"]["waived"] == 1 and doc["summary"]["suppressed"] == 1
    assert doc["warnings"] == ["unused suppression in leave-policy.txt line 9"]


def test_schema_rejects_what_it_should(schema):
    good = {"schema_version": "1", "tool": {"name": "inclusive-lint", "version": "0"}, "packs": [], "files": [],
            "summary": {"files": 0, "findings": 0, "by_severity": {"error": 0, "warning": 0, "info": 0},
                        "exit_code": 0}}
    validate(good, schema)
    for bad in (dict(good, schema_version="2"), dict(good, extra=1),
                dict(good, summary=dict(good["summary"], exit_code=3))):
        with pytest.raises(jsonschema.ValidationError):
            validate(bad, schema)


def test_readme_documents_the_json_shape():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "## JSON output" in readme
    section = readme.split("## JSON output", 1)[1].split("\n## ", 1)[0]
    assert "schemas/report.schema.json" in section and '"schema_version": "1"' in section
    example = re.search(r"```json\n(.*?)```", section, re.S)
    assert example, "the section needs a ```json example of a finding"
    finding = json.loads(example.group(1))
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator({**schema["$defs"]["finding"], "$defs": schema["$defs"]}).validate(finding)
