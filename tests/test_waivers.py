"""Waivers: justified exceptions that survive edits, expire, and never fail the run."""
import datetime as dt
import json

import pytest

from inclusive_lint.api import Settings, lint_paths
from inclusive_lint.errors import UsageError
from inclusive_lint.waivers import load_waivers



@pytest.fixture
def project(tmp_path):
    (tmp_path / ".inclusive-lint.yaml").write_text("fail-level: warning\n", encoding="utf-8")
    return tmp_path


def waivers_yaml(path, *entries):
    body = "waivers:\n" + "".join(
        "  - " + "\n    ".join(f"{k}: {v}" for k, v in e.items()) + "\n" for e in entries)
    path.write_text(body, encoding="utf-8")


def lint_with(settings, folder, *names):
    s = Settings(config=settings.config, ruleset=settings.ruleset,
                 options={**settings.options, "waivers": load_waivers(str(folder / ".inclusive-lint-waivers.yaml"))})
    return lint_paths([str(folder / n) for n in names], settings=s)


def test_waive_records_findings_and_rerun_lists_them_as_waived(cli, project):
    doc = project / "minutes.md"
    doc.write_text("# Minutes\n\nThe chairman opened the meeting.\n\nWe support transgendered staff.\n")
    before = dt.date.today()     # (the day read around the command: a run may cross midnight)
    res = cli("waive", "minutes.md", "--reason", "Verbatim minutes from 2009", "--reviewer", "A. Patel",
              cwd=project)
    assert res.returncode == 0, res.stderr
    assert "recorded 2 waivers" in res.stdout
    data = load_waivers(str(project / ".inclusive-lint-waivers.yaml"))
    assert sorted(w.rule for w in data.waivers) == ["ROL-001", "TRM-001"]
    w = data.waivers[0]
    assert (w.path, w.reason, w.reviewer) == ("minutes.md", "Verbatim minutes from 2009", "A. Patel")
    assert before <= w.date <= dt.date.today()
    assert len(w.fingerprint) == 16

    out = cli("minutes.md", "--format", "json", "--no-cache", cwd=project)
    assert out.returncode == 0, out.stdout
    report = json.loads(out.stdout)
    findings = report["files"][0]["findings"]
    assert len(findings) == 2 and all(f["waived"] for f in findings)
    assert all(f["waiver_reason"].startswith("Verbatim minutes from 2009; reviewed by A. Patel") for f in findings)
    assert report["summary"]["waived"] == 2 and report["summary"]["findings"] == 0
    assert report["warnings"] == []
    text = cli("minutes.md", "--no-cache", cwd=project)
    assert text.returncode == 0
    assert text.stdout.count("(waived: Verbatim minutes from 2009") == 2
    # nothing new to record the second time
    again = cli("waive", "minutes.md", "--reason", "again", cwd=project)
    assert "recorded 0 waivers (2 findings were already waived)" in again.stdout


def test_waive_rule_filter_and_expiry_option(cli, project):
    (project / "a.md").write_text("The chairman supports transgendered staff.\n")
    res = cli("waive", "a.md", "--rule", "TRM", "--reason", "Quoted title of a 1998 report",
              "--expires", "2099-01-31", cwd=project)
    assert res.returncode == 0, res.stderr
    text = (project / ".inclusive-lint-waivers.yaml").read_text()
    assert text.startswith("# inclusive-lint waivers")
    data = load_waivers(str(project / ".inclusive-lint-waivers.yaml"))
    assert [(w.rule, w.expires) for w in data.waivers] == [("TRM-001", dt.date(2099, 1, 31))]
    # a second waive appends and keeps the comments
    cli("waive", "a.md", "--reason", "Award name", cwd=project)
    text2 = (project / ".inclusive-lint-waivers.yaml").read_text()
    assert text2.startswith(text)
    assert [w.rule for w in load_waivers(str(project / ".inclusive-lint-waivers.yaml")).waivers] == ["TRM-001", "ROL-001"]


def test_markdown_waiver_survives_a_paragraph_inserted_above(settings, project):
    doc = project / "policy.md"
    doc.write_text("# Leave\n\nThe chairman approves leave.\n")
    fp = lint_with(settings, project, "policy.md").files[0].findings[0].fingerprint
    waivers_yaml(project / ".inclusive-lint-waivers.yaml",
                 {"rule": "ROL-001", "path": "policy.md", "fingerprint": fp, "reason": "Panel's legal title"})
    doc.write_text("# Leave\n\nA new first paragraph about the chairman rota.\n\n"
                   "Staff may take leave.\n\nThe chairman approves leave.\n")
    report = lint_with(settings, project, "policy.md")
    findings = report.files[0].findings
    assert [(f.location.line, f.waived) for f in findings] == [(3, False), (7, True)]
    assert findings[1].waiver_reason == "Panel's legal title"
    assert report.exit_code() == 1                         # the new one still fails
    assert report.warnings == []


def test_docx_waiver_survives_a_paragraph_inserted_above(settings, project):
    import docx

    path = project / "policy.docx"
    d = docx.Document()
    d.add_paragraph("Bereavement leave")
    d.add_paragraph("The chairman of the panel approves leave.")
    d.save(path)
    first = lint_with(settings, project, "policy.docx").files[0]
    assert not first.errors, first.errors
    fp = [f for f in first.findings if f.rule_id == "ROL-001"][0].fingerprint
    waivers_yaml(project / ".inclusive-lint-waivers.yaml",
                 {"rule": "ROL-001", "path": "'*.docx'", "fingerprint": fp, "reason": "Quotes the panel's terms"})
    d = docx.Document(path)
    d.paragraphs[0].insert_paragraph_before("This policy applies to all staff.")
    d.paragraphs[0].insert_paragraph_before("It was reviewed in 2026.")
    d.save(path)
    report = lint_with(settings, project, "policy.docx")
    rol = [f for f in report.files[0].findings if f.rule_id == "ROL-001"]
    assert len(rol) == 1 and rol[0].waived and rol[0].location.paragraph == 4
    assert report.warnings == []


def test_pdf_waiver_survives_a_line_inserted_above(settings, project):
    from test_pdf_maker import make_pdf, text

    path = project / "leaflet.pdf"
    path.write_bytes(make_pdf([text(72, 72, "Visiting is from 2pm to 8pm.")
                               + text(72, 120, "The chairman of the board welcomes you.")]))
    first = lint_with(settings, project, "leaflet.pdf").files[0]
    assert not first.errors, first.errors
    fp = [f for f in first.findings if f.rule_id == "ROL-001"][0].fingerprint
    waivers_yaml(project / ".inclusive-lint-waivers.yaml",
                 {"rule": "ROL-001", "path": "leaflet.pdf", "fingerprint": fp, "reason": "Printed stock"})
    path.write_bytes(make_pdf([text(72, 72, "Parking is free after 6pm.") + text(72, 120, "Visiting is from 2pm to 8pm.")
                               + text(72, 168, "The chairman of the board welcomes you.")]))
    report = lint_with(settings, project, "leaflet.pdf")
    rol = [f for f in report.files[0].findings if f.rule_id == "ROL-001"]
    assert [f.waived for f in rol] == [True]


def test_expired_waiver_warns_and_the_finding_fails_again(settings, project):
    (project / "a.md").write_text("The chairman approves leave.\n")
    waivers_yaml(project / ".inclusive-lint-waivers.yaml",
                 {"rule": "ROL-001", "path": "a.md", "reason": "Old title", "expires": "2001-01-01"})
    report = lint_with(settings, project, "a.md")
    assert [f.waived for f in report.files[0].findings] == [False]
    assert report.exit_code() == 1
    assert len(report.warnings) == 1
    assert "waiver 1 (ROL-001 in a.md) expired on 2001-01-01" in report.warnings[0]


def test_waiver_not_yet_expired_still_applies(settings, project):
    (project / "a.md").write_text("The chairman approves leave.\n")
    later = (dt.date.today() + dt.timedelta(days=2)).isoformat()
    waivers_yaml(project / ".inclusive-lint-waivers.yaml",
                 {"rule": "ROL-001", "path": "a.md", "reason": "Old title", "expires": later})
    report = lint_with(settings, project, "a.md")
    assert [f.waived for f in report.files[0].findings] == [True]
    assert report.exit_code() == 0 and report.warnings == []


def test_unmatched_waiver_is_a_warning_only_for_files_that_were_linted(settings, project):
    (project / "a.md").write_text("The chair approves leave.\n")
    waivers_yaml(project / ".inclusive-lint-waivers.yaml",
                 {"rule": "ROL-001", "path": "a.md", "fingerprint": "0123456789abcdef", "reason": "x"},
                 {"rule": "ROL-001", "path": "other/*.md", "reason": "not linted this run"})
    report = lint_with(settings, project, "a.md")
    assert report.exit_code() == 0
    assert len(report.warnings) == 1
    assert "waiver 1 (ROL-001 in a.md) matched no finding" in report.warnings[0]


def test_waiver_for_another_file_or_rule_does_not_apply(settings, project):
    (project / "a.md").write_text("The chairman approves leave.\n")
    waivers_yaml(project / ".inclusive-lint-waivers.yaml",
                 {"rule": "TRM-001", "path": "a.md", "reason": "x"},
                 {"rule": "ROL-001", "path": "b.md", "reason": "y"})
    report = lint_with(settings, project, "a.md")
    assert [f.waived for f in report.files[0].findings] == [False]


@pytest.mark.parametrize("content, message", [
    ("waivers: [\n", "not valid YAML at line"),
    ("- rule: ROL-001\n", "one key, 'waivers'"),
    ("waivers:\n  - rule: ROL-001\n    path: a.md\n", "waiver 1: 'reason' is required"),
    ("waivers:\n  - rule: ROL-001\n    path: a.md\n    reason: ok\n    expires: soon\n",
     "waiver 1: 'expires' must be a date like 2027-06-30, not 'soon'"),
    ("waivers:\n  - rule: ROL-001\n    path: a.md\n    reason: ok\n    reviwer: me\n",
     "unknown key 'reviwer' (did you mean 'reviewer'?)"),
])
def test_malformed_waiver_file_is_a_one_line_error(cli, project, content, message):
    (project / "a.md").write_text("The chair approves leave.\n")
    (project / ".inclusive-lint-waivers.yaml").write_text(content)
    with pytest.raises(UsageError, match="waiver"):
        load_waivers(str(project / ".inclusive-lint-waivers.yaml"))
    if "reviwer" in content or "'reason'" in message:
        res = cli("a.md", cwd=project)
        assert res.returncode == 2
        assert res.stderr.count("\n") == 1 and message in res.stderr and "Traceback" not in res.stderr


def test_waivers_path_comes_from_config(cli, project):
    (project / ".inclusive-lint.yaml").write_text("waivers: governance/exceptions.yaml\n")
    (project / "governance").mkdir()
    (project / "docs").mkdir()
    (project / "docs" / "a.md").write_text("The chairman approves leave.\n")
    res = cli("waive", "docs", "--reason", "Board's legal title", cwd=project)
    assert res.returncode == 0, res.stderr
    data = load_waivers(str(project / "governance" / "exceptions.yaml"))
    assert [(w.rule, w.path) for w in data.waivers] == [("ROL-001", "../docs/a.md")]
    assert not (project / ".inclusive-lint-waivers.yaml").exists()
    sub = cli("a.md", "--no-cache", cwd=project / "docs")
    assert sub.returncode == 0, sub.stdout


def test_waive_requires_a_reason(cli, project):
    (project / "a.md").write_text("The chairman approves leave.\n")
    res = cli("waive", "a.md", "--reason", "  ", cwd=project)
    assert res.returncode == 2 and "--reason" in res.stderr
    assert not (project / ".inclusive-lint-waivers.yaml").exists()


def test_json_with_waived_and_suppressed_findings_matches_the_schema(settings, project):
    import importlib.resources

    import jsonschema

    from inclusive_lint.formatters.json import report_dict

    (project / "a.md").write_text("The chairman approves leave.\n\n"
                                  "<!-- inclusive-lint-disable-next-line TRM-001 -->\n"
                                  "We support transgendered staff.\n")
    waivers_yaml(project / ".inclusive-lint-waivers.yaml",
                 {"rule": "ROL-001", "path": "a.md", "reason": "Award title"},
                 {"rule": "PRN-001", "path": "a.md", "reason": "nothing to match"})
    data = report_dict(lint_with(settings, project, "a.md"), {})
    schema = json.loads(importlib.resources.files("inclusive_lint").joinpath("schemas/report.schema.json").read_text())
    jsonschema.validate(data, schema)
    f = data["files"][0]
    assert [(x["rule_id"], x["waived"], x["waiver_reason"]) for x in f["findings"]] == [("ROL-001", True, "Award title")]
    assert [(x["rule_id"], x["reason"]) for x in f["suppressed"]] == [("TRM-001", "inline suppression at line 3")]
    assert len(data["warnings"]) == 1 and "waiver 2 (PRN-001 in a.md) matched no finding" in data["warnings"][0]
    assert data["summary"]["exit_code"] == 0
