"""The JSON report is written piece by piece (never whole in memory) and reads the same."""
from __future__ import annotations

import json
import os
import subprocess
import sys

from inclusive_lint.api import lint_paths
from inclusive_lint.atomic import atomic_write
from inclusive_lint.formatters import render, render_chunks


def test_atomic_write_takes_pieces(tmp_path):
    out = tmp_path / "r.txt"
    atomic_write(str(out), iter(["a", "\u00e9", b"c"]))
    assert out.read_bytes() == "a\u00e9c".encode("utf-8")


def test_json_pieces_make_the_same_report_one_piece_per_finding(tmp_path):
    doc = tmp_path / "p.md"
    doc.write_text("Each employee must tell his manager. The chairman signs.\n\n" * 40, encoding="utf-8")
    report = lint_paths([str(doc)])
    pieces = list(render_chunks("json", report, {}))
    whole = render("json", report, {})
    assert "".join(pieces) == whole
    found = json.loads(whole)["files"][0]["findings"]
    assert len(found) == 80
    assert sum(1 for p in pieces if '"rule_id"' in p) == 80      # each finding its own piece
    assert len(list(render_chunks("text", report, {"colour": False}))) == 1


def test_cli_json_to_file_and_stdout_agree(tmp_path):
    doc = tmp_path / "p.md"
    doc.write_text("Each employee must tell his manager.\n", encoding="utf-8")
    out = tmp_path / "r.json"
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    cmd = [sys.executable, "-m", "inclusive_lint", "--no-cache", "--format", "json"]
    subprocess.run(cmd + ["-o", str(out), str(doc)], env=env, cwd=tmp_path)
    shown = subprocess.run(cmd + [str(doc)], env=env, cwd=tmp_path, capture_output=True, text=True).stdout
    assert out.read_text(encoding="utf-8") == shown
    assert json.loads(shown)["files"][0]["findings"][0]["rule_id"] == "PRN-001"
