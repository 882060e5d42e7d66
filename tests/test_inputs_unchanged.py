"""Nothing lost: every command leaves every input byte for byte as it was, writes its outputs
whole (no temporary files left behind), and never writes over an input unasked."""
import hashlib
import shutil
from pathlib import Path

import pytest

POLICY_MD = """# Leave policy

Each employee must tell his manager before taking leave.

Please give the name of your next of kin. The chairman approves requests.
"""
POLICY_TXT = "Each nurse must wear his badge. Mothers may bring the baby's father.\n"
POLICY_HTML = ("<html><body><h1>Visiting</h1><p>Each visitor must show his pass.</p>"
               "<p>Visiting is limited to blood relatives after 8pm.</p></body></html>")


def _inputs(root: Path, real: Path) -> Path:
    import docx

    d = root / "inputs"
    d.mkdir()
    (d / "policy.md").write_text(POLICY_MD, encoding="utf-8")
    (d / "notes.txt").write_text(POLICY_TXT, encoding="utf-8")
    (d / "visiting.html").write_text(POLICY_HTML, encoding="utf-8")
    (d / "stdin.txt").write_text(POLICY_TXT, encoding="utf-8")
    word = docx.Document()
    word.add_heading("Bereavement leave", 1)
    word.add_paragraph("Each employee may take leave when his wife or husband dies.")
    table = word.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Next of kin"
    table.cell(0, 1).text = ""
    word.save(d / "policy.docx")
    shutil.copyfile(real / "pdfminer.six" / "f1040nr.pdf", d / "leaflet.pdf")   # a real PDF with findings
    return d


def _hashes(folder: Path) -> dict:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def _leftovers(root: Path) -> list:
    return [p for p in root.rglob("*") if p.name.startswith(".inclusive-lint-") and p.suffix == ".tmp"]


COMMANDS = [
    ("plain", ["{in}"], None),
    ("plain, two jobs, cache", ["{in}", "-j", "2", "--cache-dir", "{out}/cache"], None),
    ("json report", ["{in}", "--format", "json", "-o", "{out}/report.json"], "report.json"),
    ("sarif report", ["{in}", "--format", "sarif", "-o", "{out}/report.sarif"], "report.sarif"),
    ("html report", ["{in}", "--format", "html", "-o", "{out}/report.html"], "report.html"),
    ("annotate docx", ["{in}/policy.docx", "--annotate", "{out}/annotated.docx"], "annotated.docx"),
    ("annotate pdf", ["{in}/leaflet.pdf", "--annotate", "{out}/annotated.pdf"], "annotated.pdf"),
    ("annotate dir", ["{in}", "--annotate-dir", "{out}/annotated"], "annotated"),
    ("fix diff", ["{in}", "--fix", "--diff"], None),
    ("report over an input", ["{in}/policy.md", "--format", "json", "-o", "{in}/policy.md"], None),
    ("annotate over an input", ["{in}/policy.docx", "--annotate", "{in}/policy.docx"], None),
]


@pytest.mark.parametrize("label,args,output", COMMANDS, ids=[c[0] for c in COMMANDS])
def test_inputs_unchanged(cli, real, tmp_path, label, args, output):
    inputs = _inputs(tmp_path, real)
    out = tmp_path / "out"
    out.mkdir()
    before = _hashes(inputs)
    argv = [a.format(**{"in": inputs, "out": out}) for a in args]
    res = cli(*argv, cwd=tmp_path)
    assert "Traceback" not in res.stderr, res.stderr
    assert _hashes(inputs) == before, label
    assert not _leftovers(tmp_path)
    if output:
        assert res.returncode in (0, 1), res.stderr
        target = out / output
        assert target.exists() and (target.is_dir() or target.stat().st_size > 0)
    if label.endswith("over an input"):
        assert res.returncode == 2 and "input" in res.stderr + res.stdout


def test_stdin_and_fix_touch_only_what_they_must(cli, real, tmp_path):
    inputs = _inputs(tmp_path, real)
    before = _hashes(inputs)
    res = cli("-", "--stdin-filename", "piped.txt", input=POLICY_TXT, cwd=tmp_path)
    assert res.returncode == 1 and "piped.txt" in res.stdout
    assert _hashes(inputs) == before
    # --fix is the one command that writes inputs, and only the text files it can fix safely
    fixed = cli(inputs, "--fix", cwd=tmp_path)
    assert "Traceback" not in fixed.stderr
    after = _hashes(inputs)
    changed = {name for name in before if before[name] != after[name]}
    assert changed <= {"policy.md", "notes.txt", "visiting.html", "stdin.txt"}
    for name in ("policy.docx", "leaflet.pdf"):
        assert after[name] == before[name]
    assert not _leftovers(tmp_path)


def test_every_output_goes_through_atomic_write():
    """Reports, annotated copies, fixes, waivers and config files are written with
    ``atomic.atomic_write`` (a temporary file in the same folder, then a rename): no module
    opens a file for writing itself. The cache's own marker files and the web server's uploads
    (streamed into its private temporary folder) are the exceptions."""
    import re

    src = Path(__file__).resolve().parent.parent / "src" / "inclusive_lint"
    writes = re.compile(r"write_text\(|write_bytes\(|open\([^)\n]*['\"][wax]b?\+?['\"]|\.save\((?!buf\b|out\b)")
    offenders = []
    for path in src.rglob("*.py"):
        if path.name in ("atomic.py", "cache.py"):
            continue
        if path.relative_to(src).as_posix() == "web/uploads.py":   # uploads stream into the web
            continue                                                # server's private folder: not an output
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if writes.search(line) and not line.lstrip().startswith("#") \
                    and not re.search(r"open\([012],", line):        # re-binding stdio (server.py)
                offenders.append(f"{path.relative_to(src)}:{n}: {line.strip()}")
    assert offenders == []
