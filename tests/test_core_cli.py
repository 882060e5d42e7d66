"""Command line contract: exit codes, stdin, JSON schema, options, sub-commands."""
import json
from pathlib import Path

import jsonschema
import pytest

SCHEMA = json.loads((Path(__file__).resolve().parent.parent / "src/inclusive_lint/schemas/report.schema.json").read_text())

BAD = "Each applicant must attach a copy of his most recent payslip.\n"
INFO_ONLY = "Please give the name of your next of kin.\n"
CLEAN = "Each applicant must attach a copy of their most recent payslip.\n"


@pytest.fixture
def files(tmp_path):
    (tmp_path / "bad.md").write_text(BAD)
    (tmp_path / "info.txt").write_text(INFO_ONLY)
    (tmp_path / "clean.txt").write_text(CLEAN)
    return tmp_path


def test_exit_0_when_clean(cli, files):
    r = cli(files / "clean.txt", "--no-config")
    assert r.returncode == 0, r.stdout + r.stderr
    assert "0 findings" in r.stdout


def test_exit_1_on_warning_and_text_format(cli, files):
    r = cli(files / "bad.md", "--no-config")
    assert r.returncode == 1
    first = r.stdout.splitlines()[0]
    assert first.startswith(f"{files / 'bad.md'}:1:38: warning [PRN-001] ")
    assert "    " + " " * 37 + "^^^" in r.stdout
    assert "suggestion: they" in r.stdout
    assert "\033[" not in r.stdout  # no colour when not a TTY


def test_info_does_not_fail_by_default_but_does_at_info_level(cli, files):
    assert cli(files / "info.txt", "--no-config").returncode == 0
    assert cli(files / "info.txt", "--no-config", "--fail-level", "info").returncode == 1
    assert cli(files / "bad.md", "--no-config", "--fail-level", "never").returncode == 0
    assert cli(files / "bad.md", "--no-config", "--fail-level", "error").returncode == 0


def test_exit_2_for_missing_file_but_others_still_linted(cli, files):
    r = cli(files / "nope.md", files / "bad.md", "--no-config", "--format", "json")
    assert r.returncode == 2
    data = json.loads(r.stdout)
    by_path = {Path(f["path"]).name: f for f in data["files"]}
    assert by_path["nope.md"]["errors"][0]["category"] == "missing"
    assert by_path["bad.md"]["findings"][0]["rule_id"] == "PRN-001"
    assert "Traceback" not in r.stderr
    assert "nope.md" in r.stderr


def test_exit_2_for_usage_errors(cli, files):
    assert cli(files / "bad.md", "--format", "yaml").returncode == 2
    r = cli("--no-config")
    assert r.returncode == 2 and "no paths" in r.stderr
    r = cli(files / "bad.md", "--output", files / "bad.md")
    assert r.returncode == 2 and "input" in r.stderr
    assert (files / "bad.md").read_text() == BAD


def test_unsupported_type_is_a_one_line_error(cli, tmp_path):
    p = tmp_path / "old.doc"
    p.write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 100)
    r = cli(p, "--no-config")
    assert r.returncode == 2
    assert "save it as .docx" in r.stdout
    assert "Traceback" not in r.stderr + r.stdout


def test_json_output_validates_against_schema(cli, files):
    r = cli(files, "--no-config", "--format", "json")
    data = json.loads(r.stdout)
    jsonschema.validate(data, SCHEMA)
    assert data["schema_version"] == "1"
    assert data["summary"]["files"] == 3
    f = data["files"][0]["findings"][0]
    assert {"line", "column", "end_line", "end_column"} <= set(f["location"])
    assert f["framework"] and f["characteristics"] and f["suggestions"]


def test_output_file_is_written(cli, files, tmp_path):
    out = tmp_path / "report.json"
    r = cli(files / "bad.md", "--no-config", "--format", "json", "--output", out)
    assert r.returncode == 1 and r.stdout == ""
    assert json.loads(out.read_text())["summary"]["findings"] == 1


def test_stdin_with_filename_sets_type(cli):
    html = "<p>We support <script>x</script>transgendered people.</p>"
    r = cli("-", "--no-config", "--stdin-filename", "leaflet.html", "--format", "json", input=html)
    data = json.loads(r.stdout)
    assert data["files"][0]["path"] == "leaflet.html"
    loc = data["files"][0]["findings"][0]["location"]
    assert (loc["line"], loc["column"]) == (1, 33)


def test_select_and_ignore(cli, tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("The chairman asked each applicant for his or her badge.\n")
    ids = lambda r: sorted({f["rule_id"] for f in json.loads(r.stdout)["files"][0]["findings"]})  # noqa: E731
    assert ids(cli(p, "--no-config", "--format", "json", "--select", "ROL-001")) == ["ROL-001"]
    assert "ROL-001" not in ids(cli(p, "--no-config", "--format", "json", "--ignore", "ROL"))
    assert ids(cli(p, "--no-config", "--format", "json", "--select", "pillar2-language", "--ignore", "PRN")) == ["ROL-001"]


def test_no_color_and_quiet(cli, files):
    r = cli(files / "bad.md", "--no-config", "-q", env={"NO_COLOR": "1"})
    lines = r.stdout.splitlines()
    assert len(lines) == 2 and lines[1].startswith("1 finding")


def test_python_m_and_version(cli):
    r = cli("--version")
    assert r.returncode == 0 and "inclusive-lint" in r.stdout


def test_rules_json_and_explain(cli):
    r = cli("rules", "--format", "json")
    rules = json.loads(r.stdout)
    assert {"PRN-001", "FAM-001"} <= {x["id"] for x in rules}
    r = cli("explain", "PRN-001")
    assert r.returncode == 0
    for part in ("Why:", "Pillar 2.3", "sex", "Examples (flag)", "https://"):
        assert part in r.stdout
    r = cli("explain", "PRN-01")
    assert r.returncode == 2 and "did you mean" in r.stderr


def test_rules_validate_names_file_rule_and_key(cli, tmp_path):
    p = tmp_path / "pack.yaml"
    p.write_text("pack: mine\nrules:\n  - id: ABC-001\n    name: x\n    sevrity: info\n")
    r = cli("rules", "validate", p)
    assert r.returncode == 2
    assert f"{p}: rule ABC-001: key 'sevrity': unknown key (did you mean 'severity'?)" in r.stderr


def test_library_api_returns_findings_without_printing(capsys):
    import inclusive_lint

    findings = inclusive_lint.lint_text(BAD, filename="x.md")
    assert [f.rule_id for f in findings] == ["PRN-001"]
    report = inclusive_lint.lint_paths([])
    assert report.files == [] and report.exit_code() == 0
    assert capsys.readouterr().out == ""


def test_atomic_write_follows_umask_and_keeps_existing_mode(tmp_path):
    import os

    from inclusive_lint.atomic import atomic_write

    p = tmp_path / "out.txt"
    old = os.umask(0o022)
    try:
        atomic_write(str(p), "one")
        assert p.stat().st_mode & 0o777 == 0o644
        p.chmod(0o600)
        atomic_write(str(p), "two")
        assert p.stat().st_mode & 0o777 == 0o600 and p.read_text() == "two"
    finally:
        os.umask(old)
    assert [x.name for x in tmp_path.iterdir()] == ["out.txt"]


def test_flagged_question_gets_one_finding_not_word_findings_too(lint):
    text = ("Relationship to patient: Husband / Wife / Son / Daughter\n\n"
            "Your husband or wife may stay with you during the consultation.\n")
    found = [(f.rule_id, f.location.line) for f in lint(text)]
    assert ("FRM-012", 1) in found
    assert [r for r, line in found if line == 1] == ["FRM-012"]
    assert ("BIN-006", 3) in found
