"""The wheel ships the rule packs and the JSON schema, and installs a working command."""
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_wheel_contains_rule_packs_and_schema(tmp_path):
    r = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps",
                        "-w", str(tmp_path), str(ROOT)], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr[-2000:]
    wheel = next(tmp_path.glob("inclusive_lint-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    packs = sorted(p.relative_to(ROOT / "rules").as_posix() for p in (ROOT / "rules").rglob("*.yaml"))
    assert len(packs) >= 4, "no packs in rules/"
    for name in packs:
        assert f"inclusive_lint/rules/{name}" in names
    assert "inclusive_lint/schemas/report.schema.json" in names
    assert "inclusive_lint/engine/tokenizer_en.json" in names      # the tokenizer's rules (no spaCy)
    entry = [n for n in names if n.endswith("entry_points.txt")]
    text = zipfile.ZipFile(wheel).read(entry[0]).decode()
    assert "inclusive-lint = inclusive_lint.cli:run" in text
