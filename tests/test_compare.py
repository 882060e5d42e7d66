"""--compare previous.json: a document edited between two runs shows exactly the new and the
resolved findings, in JSON (schema-valid), HTML, CSV, SARIF and the annex."""
import csv
import io
import json
from pathlib import Path

import docx
import pytest

ROOT = Path(__file__).resolve().parent.parent

BEFORE = ("# Leave\n\n"
          "Each employee should give his or her next of kin to the HR team.\n\n"
          "The chairman decides on appeals.\n\n"
          "Staff may bring their partner.\n")
AFTER = ("# Leave\n\n"
         "A new first paragraph moves every line down.\n\n"
         "Each employee should give his or her next of kin to the HR team.\n\n"
         "The chair decides on appeals.\n\n"
         "Staff may bring their partner. The fireman helps.\n")


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    from conftest import run_cli

    tmp = tmp_path_factory.mktemp("compare")
    doc = tmp / "leave.md"
    doc.write_text(BEFORE, encoding="utf-8")
    base = ("--no-config", "--no-cache")
    first = run_cli("leave.md", *base, "--format", "json", "-o", "before.json", cwd=tmp)
    assert first.returncode == 1, first.stderr
    before = json.loads((tmp / "before.json").read_text(encoding="utf-8"))
    doc.write_text(AFTER, encoding="utf-8")
    out = {}
    for fmt in ("json", "html", "csv", "sarif", "docx"):
        res = run_cli("leave.md", *base, "--compare", "before.json", "--format", fmt, "-o", f"after.{fmt}", cwd=tmp)
        assert res.returncode == 0, (fmt, res.stderr)   # only info findings are left
        out[fmt] = tmp / f"after.{fmt}"
    return tmp, before, out


def _fps(report):
    return {(f["rule_id"], f["text"]): f["fingerprint"] for f in report["files"][0]["findings"]}


def test_json_marks_new_and_open_and_lists_the_resolved(runs):
    tmp, before, out = runs
    after = json.loads(out["json"].read_text(encoding="utf-8"))
    changes = {(f["rule_id"], f["text"].lower()): f["change"] for f in after["files"][0]["findings"]}
    new = {k for k, v in changes.items() if v == "new"}
    opened = {k for k, v in changes.items() if v == "open"}
    assert new == {("ROL-004", "fireman")}
    assert ("PRN-003", "his or her") in opened and ("FAM-001", "next of kin") in opened
    assert [(f["rule_id"], f["text"]) for f in after["resolved"]] == [("ROL-001", "chairman")]
    assert after["resolved"][0]["path"] == "leave.md"
    assert after["comparison"] == {"previous": "before.json", "new": 1, "open": len(opened),
                                   "resolved": 1, "not_checked": 0}
    # the earlier open findings are exactly the open ones plus the resolved one
    assert len(before["files"][0]["findings"]) == len(opened) + 1


def test_json_with_compare_matches_the_schema(runs):
    import jsonschema

    schema = json.loads((ROOT / "src" / "inclusive_lint" / "schemas" / "report.schema.json").read_text())
    jsonschema.validate(json.loads(runs[2]["json"].read_text(encoding="utf-8")), schema)


def test_html_summary_shows_the_changes(runs):
    html = runs[2]["html"].read_text(encoding="utf-8")
    block = html[html.index('<section aria-labelledby="changes"'):]
    block = block[:block.index("</section>")]
    assert "1 new, " in block and "1 resolved" in block
    new_table = block[block.index("New findings (1)"):block.index("Resolved findings (1)")]
    assert "fireman" in new_table and "chairman" not in new_table
    assert "chairman" in block[block.index("Resolved findings (1)"):]
    assert html.index('id="changes"') < html.index('id="by-framework"')   # in the summary


def test_csv_sarif_and_annex_say_what_changed(runs):
    _, _, out = runs
    rows = list(csv.DictReader(io.StringIO(out["csv"].read_text(encoding="utf-8-sig"))))
    assert {r["flagged_text"].lower() for r in rows if r["change"] == "new"} == {"fireman"}
    sarif = json.loads(out["sarif"].read_text(encoding="utf-8"))
    states = {r["ruleId"] + ":" + r["locations"][0]["physicalLocation"]["region"]["snippet"]["text"].lower():
              r["baselineState"] for r in sarif["runs"][0]["results"]}
    assert states["ROL-004:fireman"] == "new" and states["PRN-003:his or her"] == "unchanged"
    doc = docx.Document(str(out["docx"]))
    texts = [p.text for p in doc.paragraphs]
    i = texts.index("Progress since the earlier review")
    assert texts[i + 1].startswith("Since the earlier report (before.json): 1 new, ")
    resolved = next(t for t in doc.tables if t.rows[0].cells[0].text == "Document"
                    and t.rows[0].cells[1].text.startswith("Where (earlier"))
    assert [c.text for c in resolved.rows[1].cells][2:] == ["ROL-001", "chairman"]
    plan = next(t for t in doc.tables if t.rows[0].cells[0].text == "Finding")
    statuses = {r.cells[0].text.split(": ")[-1]: r.cells[4].text for r in plan.rows[1:]}
    assert statuses["ROL-004 fireman"] == "Open (new)"


def test_a_document_not_read_now_resolves_nothing(tmp_path, cli):
    doc = tmp_path / "leave.md"
    doc.write_text(BEFORE, encoding="utf-8")
    cli("leave.md", "--no-config", "--no-cache", "--format", "json", "-o", "before.json", cwd=tmp_path)
    doc.unlink()
    res = cli("leave.md", "--no-config", "--no-cache", "--compare", "before.json", "--format", "json", cwd=tmp_path)
    assert res.returncode == 2
    data = json.loads(res.stdout)
    assert data["resolved"] == [] and data["comparison"]["not_checked"] >= 3


@pytest.mark.parametrize("content,reason", [
    (b"not json", "not JSON"),
    (b'{"runs": []}', "not an inclusive-lint JSON report"),
    (b'{"schema_version": "1", "files": [{"findings": []}]}', "a file entry has no path"),
])
def test_a_bad_earlier_report_is_a_one_line_error(tmp_path, cli, content, reason):
    (tmp_path / "a.txt").write_text("Ask his or her manager.\n", encoding="utf-8")
    (tmp_path / "prev.json").write_bytes(content)
    res = cli("a.txt", "--no-config", "--compare", "prev.json", cwd=tmp_path)
    assert res.returncode == 2 and res.stdout == ""
    assert res.stderr.count("\n") == 1 and reason in res.stderr and "prev.json" in res.stderr
    missing = cli("a.txt", "--no-config", "--compare", "nope.json", cwd=tmp_path)
    assert missing.returncode == 2 and "nope.json: cannot read" in missing.stderr


def test_text_output_ends_with_the_change_line(runs):
    from conftest import run_cli

    tmp, _, out = runs
    after = json.loads(out["json"].read_text(encoding="utf-8"))["comparison"]
    res = run_cli("leave.md", "--no-config", "--no-cache", "--compare", "before.json", cwd=tmp)
    assert res.stdout.splitlines()[-1] == (f"Since the earlier report (before.json): 1 new, {after['open']} still "
                                           "open, 1 resolved.")
