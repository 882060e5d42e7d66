"""inclusive-lint init: a commented starter config that loads, never over an existing file."""
from pathlib import Path

from inclusive_lint.commands.init import STARTER
from inclusive_lint.config import DEFAULTS, load_config


def test_init_writes_a_config_that_loads_and_refuses_to_overwrite(cli, tmp_path):
    res = cli("init", cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    target = tmp_path / ".inclusive-lint.yaml"
    assert target.read_text(encoding="utf-8") == STARTER
    cfg = load_config(cwd=tmp_path)
    assert cfg.files == [str(target)]
    assert cfg["fail-level"] == "warning"
    assert cfg["waivers"] == str(tmp_path / ".inclusive-lint-waivers.yaml")
    target.write_text("fail-level: error\n")
    again = cli("init", cwd=tmp_path)
    assert again.returncode == 2
    assert "already exists" in again.stderr and "Traceback" not in again.stderr
    assert target.read_text() == "fail-level: error\n"


def test_starter_mentions_every_config_key():
    for key in DEFAULTS:
        assert f"\n{key}:" in STARTER, key


def test_init_into_a_missing_folder_is_a_one_line_error(cli, tmp_path):
    res = cli("init", "--path", str(tmp_path / "nope" / "x.yaml"))
    assert res.returncode == 2 and res.stderr.count("\n") == 1
    assert not Path(tmp_path / "nope").exists()
