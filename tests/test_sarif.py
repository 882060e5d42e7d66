"""SARIF 2.1.0 output, validated against the OASIS schema (tests/data/sarif-schema-2.1.0.json)."""
import json

import jsonschema
import pytest

from test_report_support import ROOT, rich_report


@pytest.fixture(scope="module")
def sarif_schema():
    return json.loads((ROOT / "tests" / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))


def validate(doc, schema):
    jsonschema.Draft4Validator(schema).validate(doc)


def sarif_of(report, settings):
    from inclusive_lint.formatters import render

    return json.loads(render("sarif", report, {"settings": settings}))


def test_cli_sarif_validates_and_maps_rules_and_results(cli, sarif_schema, tmp_path):
    out = tmp_path / "out.sarif"
    r = cli(ROOT / "examples" / "policy.md", tmp_path / "missing.pdf", "--no-config", "--format", "sarif",
            "-o", out)
    assert r.returncode == 2, r.stderr
    doc = json.loads(out.read_text(encoding="utf-8"))
    validate(doc, sarif_schema)
    assert doc["version"] == "2.1.0"
    run = doc["runs"][0]
    driver = run["tool"]["driver"]
    assert driver["name"] == "inclusive-lint"
    rules = driver["rules"]
    ids = [x["id"] for x in rules]
    assert len(ids) == len(set(ids))
    for rule in rules:
        assert rule["shortDescription"]["text"] and rule["fullDescription"]["text"]
        assert rule["helpUri"].startswith("https://")
        assert rule["defaultConfiguration"]["level"] in ("error", "warning", "note")
        assert set(rule["properties"]["framework"]) <= {"2.3", "3.1", "3.2"}
        assert rule["properties"]["characteristics"]
    assert run["results"]
    for res in run["results"]:
        assert rules[res["ruleIndex"]]["id"] == res["ruleId"]
        loc = res["locations"][0]["physicalLocation"]
        assert loc["artifactLocation"]["uri"] == "examples/policy.md"
        region = loc["region"]
        assert {"startLine", "startColumn", "endLine", "endColumn"} <= set(region)
        assert res["partialFingerprints"]["inclusiveLint/v1"]
    inv = run["invocations"][0]
    assert inv["executionSuccessful"] is False and inv["exitCode"] == 2
    note = inv["toolExecutionNotifications"][0]
    assert note["level"] == "error" and "missing.pdf" in note["message"]["text"]


def test_levels_and_regions_match_findings(settings, sarif_schema, tmp_path, monkeypatch):
    from inclusive_lint.api import lint_paths

    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.md").write_text("Ask for their next of kin.\nThe chairman decides.\n")
    doc = sarif_of(lint_paths(["a.md"], settings=settings), settings)
    validate(doc, sarif_schema)
    results = {x["ruleId"]: x for x in doc["runs"][0]["results"]}
    nok, chair = results["FAM-001"], results["ROL-001"]
    assert nok["level"] == "note" and chair["level"] == "warning"
    region = chair["locations"][0]["physicalLocation"]["region"]
    assert region == {"startLine": 2, "startColumn": 5, "endLine": 2, "endColumn": 13, "snippet": {"text": "chairman"}}
    assert chair["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "a.md"
    assert "Suggested wording: chair" in chair["message"]["text"]


def test_docx_waivers_suppressions_and_notices(settings, sarif_schema, tmp_path):
    report = rich_report(settings, tmp_path)
    doc = sarif_of(report, settings)
    validate(doc, sarif_schema)
    run = doc["runs"][0]
    docx = [x for x in run["results"] if x["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            == "forms/policy.docx"]
    assert len(docx) == 1
    res = docx[0]
    assert res["locations"][0]["physicalLocation"]["region"]["startLine"] == 1
    assert res["properties"]["location"] == {"part": "body", "paragraph": 14, "heading": "3 Leave > 3.2 Bereavement leave",
                                             "table": 1, "row": 2, "cell": 3, "page": 2}
    assert res["message"]["text"].startswith("page 2; section \u201c3 Leave > 3.2 Bereavement leave\u201d; table 1, row 2, column 3: ")
    assert res["partialFingerprints"]["inclusiveLint/v1"] == "docxfp0000000001"
    pdf = [x for x in run["results"] if x["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
           == "leaflets/leaflet.pdf"][0]
    assert pdf["locations"][0]["physicalLocation"]["region"]["startLine"] == 1   # a PDF line is per page
    assert pdf["properties"]["location"] == {"page": 2, "line": 4, "bbox": [67.9, 113.4, 131.9, 127.5]}
    assert pdf["message"]["text"].startswith("page 2; line 4: ")
    sup = [x for x in run["results"] if x.get("suppressions")]
    kinds = sorted(s["suppressions"][0]["kind"] for s in sup)
    assert kinds == ["external", "inSource"]
    just = {s["suppressions"][0]["kind"]: s["suppressions"][0]["justification"] for s in sup}
    assert just["external"] == "Quoted from the 2019 staff survey; approved by the EIA panel"
    assert just["inSource"] == "Name of a statutory post in the Mental Health Act"
    notes = run["invocations"][0]["toolExecutionNotifications"]
    by_level = {}
    for n in notes:
        by_level.setdefault(n["level"], []).append(n["message"]["text"])
    assert any("broken.pdf" in t for t in by_level["error"])
    assert any("missing.docx" in t for t in by_level["error"])
    assert any("no text layer" in t for t in by_level["warning"])
    assert run["invocations"][0]["executionSuccessful"] is False


def test_fingerprints_are_stable_across_runs_and_edits(settings, tmp_path, monkeypatch):
    from inclusive_lint.api import lint_paths

    monkeypatch.chdir(tmp_path)
    p = tmp_path / "policy.md"

    def run(text):
        p.write_text(text)
        return sarif_of(lint_paths(["policy.md"], settings=settings), settings)
    first = run("# Leave\n\nThe chairman decides.\n")
    again = run("# Leave\n\nThe chairman decides.\n")
    moved = run("# Leave\n\nAn extra paragraph above.\n\nThe chairman decides.\n")

    def prints(doc):
        return [r["partialFingerprints"]["inclusiveLint/v1"] for r in doc["runs"][0]["results"]]
    assert prints(first) == prints(again) == prints(moved) and prints(first)
    assert moved["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] == 5


def test_odd_paths_become_valid_uri_references(settings, sarif_schema):
    from inclusive_lint.formatters.sarif import artifact_uri

    assert artifact_uri("docs/My policy (v2).md") == "docs/My%20policy%20(v2).md"
    assert artifact_uri("./a/../b.md") == "b.md"
    assert artifact_uri("C:odd.md").startswith("C%3Aodd.md")
    assert artifact_uri("/abs/outside.md") == "file:///abs/outside.md"
