"""GitHub Actions annotations (workflow commands), escaping, and automatic choice in Actions."""
import re

from test_report_support import ROOT, rich_report

LINE = re.compile(r"^::(error|warning|notice)(?: ([^:]*))?::(.*)$")


def parse(line):
    m = LINE.match(line)
    assert m, line
    props = dict(p.split("=", 1) for p in m.group(2).split(",")) if m.group(2) else {}
    return m.group(1), props, m.group(3)


def test_escaping_follows_the_workflow_command_rules():
    from inclusive_lint.formatters.github import command, escape_data, escape_property

    assert escape_data("100% done\r\nnext") == "100%25 done%0D%0Anext"
    assert escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"
    line = command("warning", "x: y, z", file="dir/a,b:c.md", line=3, title="T:1,2")
    assert line == "::warning file=dir/a%2Cb%3Ac.md,line=3,title=T%3A1%2C2::x: y, z"


def test_chosen_automatically_under_github_actions(cli, tmp_path):
    (tmp_path / "a.md").write_text("Ask for their next of kin.\nThe chairman decides, and he signs.\n")
    r = cli("a.md", "--no-config", cwd=tmp_path, env={"GITHUB_ACTIONS": "true"})
    assert r.returncode == 1, r.stderr
    lines = r.stdout.splitlines()
    kinds = [parse(x) for x in lines if x.startswith("::")]
    assert {k for k, _, _ in kinds} == {"warning", "notice"}
    nok = [k for k in kinds if k[1]["title"].startswith("FAM-001")][0]
    assert nok[0] == "notice"   # info -> ::notice
    chair = [k for k in kinds if k[1]["title"].startswith("ROL-001")][0]
    assert chair[1] == {"file": "a.md", "line": "2", "col": "5", "endLine": "2", "endColumn": "13",
                        "title": "ROL-001 chairman"}
    assert chair[2].startswith("'Chairman' assumes the person chairing is a man.")
    assert "%0ASuggested wording: chair" in chair[2]
    assert lines[-1].startswith(f"inclusive-lint: {len(kinds)} findings")
    # without the variable, and with an explicit format, the text output stays
    assert not cli("a.md", "--no-config", cwd=tmp_path).stdout.startswith("::")
    r = cli("a.md", "--no-config", "--format", "json", cwd=tmp_path, env={"GITHUB_ACTIONS": "true"})
    assert r.stdout.lstrip().startswith("{")


def test_unreadable_files_notices_docx_locations_and_waivers(settings, tmp_path):
    from inclusive_lint.formatters import render

    report = rich_report(settings, tmp_path)
    out = render("github", report, {"settings": settings}).splitlines()
    parsed = [parse(x) for x in out if x.startswith("::") and not x.startswith(("::group::", "::endgroup::"))]
    errors = [p for p in parsed if p[0] == "error" and p[1].get("title", "").startswith("inclusive-lint")]
    assert {p[1]["file"] for p in errors} >= {"broken.pdf"}
    assert any(p[2].startswith("not a PDF file") for p in errors)
    assert any(p[1]["file"].endswith("missing.docx") and "no such file" in p[2] for p in errors)
    notice = [p for p in parsed if p[1].get("title") == "inclusive-lint%3A no-text-layer"]
    assert notice and notice[0][1]["file"] == "forms/policy.docx"
    docx = [p for p in parsed if p[1].get("file") == "forms/policy.docx" and "line" not in p[1]
            and p[1].get("title", "").startswith(report.files[1].findings[0].rule_id)]
    assert docx and docx[0][2].startswith("page 2; section \u201c3 Leave > 3.2 Bereavement leave\u201d; table 1, row 2, column 3: ")
    pdf = [p for p in parsed if p[1].get("file") == "leaflets/leaflet.pdf"]
    assert pdf and "line" not in pdf[0][1] and pdf[0][2].startswith("page 2; line 4: ")
    # waived findings are not annotated; run warnings are
    waived = [f for r in report.files for f in r.findings if f.waived]
    total = sum(1 for r in report.files for f in r.findings if not f.waived)
    finding_lines = [p for p in parsed if not p[1].get("title", "").startswith("inclusive-lint")]
    assert len(finding_lines) == total and waived
    assert any("unused suppression" in p[2] for p in parsed if p[0] == "warning" and "file" not in p[1])
    assert out[-2].endswith(", 2 could not be read") and "1 waived, 1 suppressed; 3 documents checked" in out[-2]
    assert out[-1] == "Incomplete: 2 documents could not be read."
    # ... but listed with their reasons in a collapsed group of the log
    group = out[out.index(next(x for x in out if x.startswith("::group::"))) + 1:out.index("::endgroup::")]
    assert any(f"waived: {waived[0].waiver_reason}" in line and waived[0].rule_id in line for line in group)


def test_multiline_finding_has_no_columns():
    import dataclasses

    from inclusive_lint.formatters.github import annotation
    from inclusive_lint.model import FileResult, Finding, Location

    f = Finding("PRN-003", "info", "m", "his or\nher", Location(line=3, column=70, end_line=4, end_column=4))
    _, props, _ = parse(annotation(FileResult(path="a.md"), f))
    assert props == {"file": "a.md", "line": "3", "endLine": "4", "title": "PRN-003"}
    g = dataclasses.replace(f, severity="error")
    assert annotation(FileResult(path="a.md"), g).startswith("::error ")


def test_example_runs_under_actions(cli):
    r = cli(ROOT / "examples" / "policy.md", "--no-config", env={"GITHUB_ACTIONS": "true"})
    assert r.returncode == 1
    assert all(x.startswith(("::", "inclusive-lint: ")) for x in r.stdout.splitlines())
