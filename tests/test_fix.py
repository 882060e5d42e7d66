"""--fix and --diff: safe fixes only, case kept, code/quotations/suppressions untouched."""
import hashlib
import json

import pytest

from inclusive_lint.fix import match_case, replacement


def sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("old, new, expected", [
    ("chairman", "chair", "chair"), ("Chairman", "chair", "Chair"), ("CHAIRMAN", "chair", "CHAIR"),
    ("Transgendered", "transgender", "Transgender"), ("X", "y", "Y"),
])
def test_match_case(old, new, expected):
    assert match_case(old, new) == expected


def test_replacement_keeps_compound_prefix_and_plural(settings):
    rule = settings.ruleset.by_id["ROL-001"]
    assert replacement("chairman", rule) == "chair"
    assert replacement("Vice-Chairman", rule) == "Vice-Chair"
    assert replacement("deputy chairman", rule) == "deputy chair"
    assert replacement("chairmen", rule) in (None, "chairs")
    assert replacement("chairmanship", rule) is None      # no safe form: left for a person
    assert replacement("transgendered", settings.ruleset.by_id["TRM-001"]) == "transgender"
    assert replacement("he", settings.ruleset.by_id["PRN-001"]) is None   # not a safe rule


SOURCE = """\
# Minutes

The Chairman opened the meeting. THE CHAIRMAN SPOKE. The vice-chairman took notes.
We support transgendered staff.

> The chairman said the meeting was quorate.

The minutes record "the chairman of the board" verbatim.

<!-- inclusive-lint-disable-next-line ROL-001 -->
The chairman is quoted from the 1990 handbook.

Inline `chairman` code and the chair**man** split by markup.

```text
chairman in a code block
```
"""

FIXED = """\
# Minutes

The Chair opened the meeting. THE CHAIR SPOKE. The vice-chair took notes.
We support transgender staff.

> The chairman said the meeting was quorate.

The minutes record "the chairman of the board" verbatim.

<!-- inclusive-lint-disable-next-line ROL-001 -->
The chairman is quoted from the 1990 handbook.

Inline `chairman` code and the chair**man** split by markup.

```text
chairman in a code block
```
"""


def test_fix_markdown_keeps_case_and_leaves_code_quotes_and_suppressions(cli, tmp_path):
    doc = tmp_path / "minutes.md"
    doc.write_text(SOURCE, encoding="utf-8")
    res = cli(doc, "--fix", "--no-cache", "--format", "json")
    assert doc.read_text(encoding="utf-8") == FIXED
    assert "applied 4 safe fixes in 1 file" in res.stderr
    data = json.loads(res.stdout)
    left = [(f["rule_id"], f["text"]) for f in data["files"][0]["findings"]]
    # the one split by markup: for a person; its text is the source its location points at
    assert left == [("ROL-001", "chair**man")]
    assert res.returncode == 1                          # exit code reflects what remains
    assert [s["rule_id"] for s in data["files"][0]["suppressed"]] == ["ROL-001"]
    # idempotent: a second run changes nothing
    before = sha(doc)
    again = cli(doc, "--fix", "--no-cache")
    assert sha(doc) == before
    assert "applied 0 safe fixes" in again.stderr


def test_fix_exit_code_is_zero_when_everything_was_fixed(cli, tmp_path):
    doc = tmp_path / "note.txt"
    doc.write_text("The chairman will reply.\n", encoding="utf-8")
    res = cli(doc, "--fix", "--no-cache")
    assert res.returncode == 0, res.stdout + res.stderr
    assert doc.read_text(encoding="utf-8") == "The chair will reply.\n"


def test_diff_prints_a_unified_diff_and_writes_nothing(cli, tmp_path):
    doc = tmp_path / "minutes.md"
    doc.write_text(SOURCE, encoding="utf-8")
    before = sha(doc)
    mtime = doc.stat().st_mtime_ns
    res = cli(doc, "--diff", "--no-cache")
    assert sha(doc) == before and doc.stat().st_mtime_ns == mtime
    assert res.stdout.startswith(f"--- a/{doc}\n+++ b/{doc}\n@@ ")
    assert "-The Chairman opened the meeting. THE CHAIRMAN SPOKE. The vice-chairman took notes.\n" in res.stdout
    assert "+The Chair opened the meeting. THE CHAIR SPOKE. The vice-chair took notes.\n" in res.stdout
    assert "+We support transgender staff.\n" in res.stdout
    assert res.returncode == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["minutes.md"]   # no temporary files left


def test_diff_on_a_clean_file_is_empty_and_exits_zero(cli, tmp_path):
    doc = tmp_path / "clean.md"
    doc.write_text("The chair will reply.\n", encoding="utf-8")
    res = cli(doc, "--diff", "--no-cache")
    assert res.stdout == "" and res.returncode == 0


def test_fix_html_keeps_markup_entities_and_skips_code(cli, tmp_path):
    doc = tmp_path / "page.html"
    doc.write_text("<!doctype html><html><head><title>Board</title></head><body>\n"
                   "<p class=\"chairman\">The <b>Chairman</b> &amp; the board.</p>\n"
                   "<pre>chairman</pre><code>chairman</code>\n"
                   "<p>Our chair&shy;man signs.</p>\n</body></html>\n", encoding="utf-8")
    cli(doc, "--fix", "--no-cache")
    assert doc.read_text(encoding="utf-8") == (
        "<!doctype html><html><head><title>Board</title></head><body>\n"
        "<p class=\"chairman\">The <b>Chair</b> &amp; the board.</p>\n"
        "<pre>chairman</pre><code>chairman</code>\n"
        "<p>Our chair&shy;man signs.</p>\n</body></html>\n")


def test_fix_keeps_crlf_line_endings_and_bom(cli, tmp_path):
    doc = tmp_path / "win.txt"
    doc.write_bytes(b"\xef\xbb\xbfFirst line.\r\nThe chairman signs.\r\n")
    cli(doc, "--fix", "--no-cache")
    assert doc.read_bytes() == b"\xef\xbb\xbfFirst line.\r\nThe chair signs.\r\n"


def test_fix_skips_waived_findings(cli, tmp_path):
    doc = tmp_path / "a.md"
    doc.write_text("The chairman signs.\n", encoding="utf-8")
    (tmp_path / ".inclusive-lint.yaml").write_text("fail-level: warning\n")
    (tmp_path / ".inclusive-lint-waivers.yaml").write_text(
        "waivers:\n  - rule: ROL-001\n    path: a.md\n    reason: the award's legal name\n")
    res = cli("a.md", "--fix", "--no-cache", cwd=tmp_path)
    assert doc.read_text() == "The chairman signs.\n"
    assert res.returncode == 0


def test_docx_is_never_rewritten(cli, tmp_path):
    import docx

    path = tmp_path / "policy.docx"
    d = docx.Document()
    d.add_paragraph("The chairman of the panel decides.")
    d.save(path)
    before = sha(path)
    res = cli(path, "--fix", "--no-cache")
    assert sha(path) == before
    assert "never rewritten" in res.stderr and "--annotate" in res.stderr
    assert res.returncode == 1


def test_fix_refuses_standard_input(cli):
    res = cli("-", "--fix", input="The chairman.\n")
    assert res.returncode == 2
    assert "standard input" in res.stderr and "Traceback" not in res.stderr


def test_fix_keeps_the_file_mode(cli, tmp_path):
    doc = tmp_path / "shared.md"
    doc.write_text("The chairman signs.\n", encoding="utf-8")
    doc.chmod(0o664)
    cli(doc, "--fix", "--no-cache")
    assert doc.read_text() == "The chair signs.\n"
    assert doc.stat().st_mode & 0o777 == 0o664
