"""Config: discovery, layering, every error."""
import json

import pytest

from inclusive_lint.config import load_config
from inclusive_lint.errors import UsageError

TEXT = "The chairman asked each applicant for his or her badge and next of kin.\n"


def _ids(cli, path, *args, cwd):
    r = cli(path, "--format", "json", *args, cwd=cwd)
    assert r.returncode in (0, 1), r.stderr
    return sorted({f["rule_id"] for f in json.loads(r.stdout)["files"][0]["findings"]})


def test_pyproject_section_found_in_ancestor(cli, tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.inclusive-lint]\nignore = ["ROL-001"]\n')
    sub = tmp_path / "docs" / "deep"
    sub.mkdir(parents=True)
    (sub / "a.txt").write_text(TEXT)
    ids = _ids(cli, "a.txt", cwd=sub)
    assert "ROL-001" not in ids and "PRN-003" in ids
    assert "ROL-001" in _ids(cli, "a.txt", "--no-config", cwd=sub)


def test_yaml_config_nearest_wins_and_flags_override(cli, tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.inclusive-lint]\nignore = ["ROL-001"]\n')
    sub = tmp_path / "docs"
    sub.mkdir()
    (sub / ".inclusive-lint.yaml").write_text("select: [ROL, FAM]\n")
    (sub / "a.txt").write_text(TEXT)
    assert _ids(cli, "a.txt", cwd=sub) == ["FAM-001", "ROL-001"]
    assert _ids(cli, "a.txt", "--select", "PRN", cwd=sub) == ["PRN-003"]


def test_config_file_layered_on_project(cli, tmp_path):
    (tmp_path / ".inclusive-lint.yaml").write_text("ignore: [ROL-001]\nseverity: {FAM-001: error}\n")
    (tmp_path / "extra.yaml").write_text("allow: ['next of kin']\n")
    (tmp_path / "a.txt").write_text(TEXT)
    r = cli("a.txt", "--format", "json", "--config", "extra.yaml", cwd=tmp_path)
    ids = sorted({f["rule_id"] for f in json.loads(r.stdout)["files"][0]["findings"]})
    assert ids == ["PRN-003"]
    r = cli("a.txt", "--format", "json", cwd=tmp_path)
    sev = {f["rule_id"]: f["severity"] for f in json.loads(r.stdout)["files"][0]["findings"]}
    assert sev["FAM-001"] == "error" and r.returncode == 1


def test_exclude_and_per_file_ignores(cli, tmp_path):
    (tmp_path / ".inclusive-lint.yaml").write_text(
        "exclude: ['archive/**', 'draft-*.md']\nper-file-ignores: {'legal/*.txt': [PRN, ROL-001]}\n")
    for rel in ("archive/old.txt", "draft-1.md", "legal/a.txt", "live.txt"):
        p = tmp_path / rel
        p.parent.mkdir(exist_ok=True)
        p.write_text(TEXT)
    r = cli(".", "--format", "json", cwd=tmp_path)
    files = {f["path"].replace("./", ""): sorted({x["rule_id"] for x in f["findings"]})
             for f in json.loads(r.stdout)["files"]}
    assert set(files) == {"legal/a.txt", "live.txt"}
    assert files["legal/a.txt"] == ["FAM-001"]


def test_show_config_reports_sources(cli, tmp_path):
    (tmp_path / ".inclusive-lint.yaml").write_text("fail-level: info\n")
    r = cli("config", cwd=tmp_path)
    assert f'fail-level = "info"    # {tmp_path / ".inclusive-lint.yaml"}' in r.stdout
    assert 'exclude = []    # default' in r.stdout


@pytest.mark.parametrize("content,message", [
    ("selct: [PRN]\n", "unknown config key 'selct' (did you mean 'select'?)"),
    ("fail-level: warn\n", "'fail-level' must be one of error, warning, info, never (did you mean 'warning'?)"),
    ("severity: {PRN-001: loud}\n", "severity of PRN-001 must be error, warning or info"),
    ("select: {a: 1}\n", "'select' must be a list"),
    ("- just\n- a list\n", "config must be a mapping"),
    ("select: [unclosed\n", "not valid YAML"),
])
def test_config_errors(cli, tmp_path, content, message):
    (tmp_path / ".inclusive-lint.yaml").write_text(content)
    (tmp_path / "a.txt").write_text(TEXT)
    r = cli("a.txt", cwd=tmp_path)
    assert r.returncode == 2
    assert message in r.stderr
    assert "Traceback" not in r.stderr


def test_toml_error_and_missing_config_file(cli, tmp_path):
    (tmp_path / "pyproject.toml").write_text("[tool.inclusive-lint\n")
    (tmp_path / "a.txt").write_text(TEXT)
    r = cli("a.txt", cwd=tmp_path)
    assert r.returncode == 2 and "cannot read config" in r.stderr
    r = cli("a.txt", "--no-config", "--config", "missing.yaml", cwd=tmp_path)
    assert r.returncode == 2 and "missing.yaml: config file not found" in r.stderr


def test_bad_extra_pack_is_a_clear_error(cli, tmp_path):
    (tmp_path / ".inclusive-lint.yaml").write_text("packs: [mypacks]\n")
    (tmp_path / "mypacks").mkdir()
    (tmp_path / "mypacks" / "p.yaml").write_text("pack: mine\nrules:\n  - id: XYZ-001\n")
    (tmp_path / "a.txt").write_text(TEXT)
    r = cli("a.txt", cwd=tmp_path)
    assert r.returncode == 2 and "rule XYZ-001: key 'name': missing" in r.stderr


def test_load_config_api_layers(tmp_path):
    (tmp_path / ".inclusive-lint.yaml").write_text("ignore: [ROL]\nallow: [Foo]\n")
    cfg = load_config(cwd=tmp_path, overrides={"ignore": ["PRN"]})
    assert cfg["ignore"] == ["PRN"] and cfg.sources["ignore"] == "command line"
    assert cfg["allow"] == ["Foo"]
    with pytest.raises(UsageError):
        load_config(cwd=tmp_path, overrides={"fail-level": "loud"})
