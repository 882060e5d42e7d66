"""A key given twice in one mapping of a rule pack is an error naming the file, the line and the key: YAML
itself keeps the last one silently, so a second ``sentence:`` under ``unless:`` would drop every pattern of
the first without a word."""
import subprocess
import sys

import pytest

from inclusive_lint.packs import parsed
from inclusive_lint.packs.loader import load_pack_file
from inclusive_lint.packs.schema import PackError

PACK = """pack: mypack
version: "1"
description: A pack with one rule.
rules:
  - id: MY-001
    name: foo-word
    severity: info
    message: Foo.
    rationale: Foo is a word.
    framework: ["2.3"]
    characteristics: [sex]
    match:
      regex: ['\\bfoo\\b']
      keywords: [foo]
    unless:
      sentence: ['\\bbar\\b']
      after: ['^baz']
      sentence: ['\\bqux\\b']
    suggestions: [bar]
    link: https://example.org
    examples:
      flag: ["A [[foo]] here."]
      pass: ["No word here."]
"""


@pytest.mark.parametrize("cache", ["0", "1"])
def test_duplicate_key_is_an_error_with_its_line(tmp_path, monkeypatch, cache):
    monkeypatch.setenv("INCLUSIVE_LINT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv(parsed.ENV, cache)
    path = tmp_path / "mypack.yaml"
    path.write_text(PACK, encoding="utf-8")
    for _ in range(2):          # never served from the parsed-pack cache either
        with pytest.raises(PackError, match=r"mypack\.yaml: line 18: not valid YAML: key 'sentence' given twice .*line 16"):
            load_pack_file(path, {})
    # the same pack with the key once loads
    path.write_text(PACK.replace("      sentence: ['\\bqux\\b']\n", ""), encoding="utf-8")
    pack = load_pack_file(path, {})
    assert pack.rules[0].unless["sentence"] == ["\\bbar\\b"]


def test_duplicate_key_in_a_project_pack_stops_the_run_with_one_line(tmp_path):
    (tmp_path / "mypack.yaml").write_text(PACK, encoding="utf-8")
    (tmp_path / ".inclusive-lint.yaml").write_text("packs: [mypack.yaml]\n", encoding="utf-8")
    (tmp_path / "doc.txt").write_text("foo bar\n", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "inclusive_lint", "doc.txt"], cwd=tmp_path, capture_output=True,
                         text=True, env={"PATH": "/usr/bin:/bin", "INCLUSIVE_LINT_CACHE_DIR": str(tmp_path / "c")})
    assert run.returncode == 2, run
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and "mypack.yaml: line 18" in lines[0] and "given twice" in lines[0], run.stderr
    assert "Traceback" not in run.stderr
