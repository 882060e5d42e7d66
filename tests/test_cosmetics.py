"""The rough edges a new user saw (issue 15, item 7): plurals, rule order, example markup,
footnote sections, one path spelling, clear counts, links to the publisher's own page."""
import json
import re
from pathlib import Path
from urllib.parse import urlparse

import pytest

ROOT = Path(__file__).resolve().parent.parent

# Sites that re-host other people's documents; a rule links to the publisher instead.
MIRROR_HOSTS = ("readkong.com", "scribd.com", "yumpu.com", "docplayer.net", "studylib.net", "pdfslide.net",
                "dokumen.pub", "fdocuments.net", "kipdf.com", "documents.pub", "coursehero.com", "pdfcoffee.com")


def test_summary_counts_are_plural_words(tmp_path, cli):
    (tmp_path / "a.txt").write_text("The chairman said he would.\nShe is transgendered.\n", encoding="utf-8")
    out = cli("a.txt", "--no-config", "--no-cache", cwd=tmp_path).stdout.splitlines()[-1]
    assert re.fullmatch(r"\d+ findings \(\d+ errors?, \d+ warnings?, \d+ info\); 1 document checked", out), out
    assert " 1 warnings" not in out and " 2 warning " not in out and " 2 warning," not in out
    (tmp_path / "b.txt").write_text("The chairman met us.\n", encoding="utf-8")
    one = cli("b.txt", "--no-config", "--no-cache", cwd=tmp_path).stdout.splitlines()[-1]
    assert one == "1 finding (0 errors, 1 warning, 0 info); 1 document checked"


def test_rules_are_listed_in_id_order(cli):
    lines = cli("rules").stdout.splitlines()[1:-1]
    ids = [line.split()[0] for line in lines]
    assert len(ids) > 50 and ids == sorted(ids)
    as_json = [r["id"] for r in json.loads(cli("rules", "--format", "json").stdout)]
    assert as_json == sorted(as_json)


def test_explain_marks_examples_without_the_markup(cli):
    out = cli("explain", "PRN-001").stdout
    assert "[[" not in out and "]]" not in out
    lines = out.splitlines()
    flagged = [(lines[i], lines[i + 1]) for i, line in enumerate(lines)
               if line.startswith("  - ") and i + 1 < len(lines) and set(lines[i + 1].strip()) == {"^"}]
    assert flagged
    for sentence, carets in flagged:
        start = carets.index("^")
        assert sentence[start:start + carets.count("^")].lower() in ("he", "his", "him", "himself")


def test_footnote_location_names_the_section_it_is_referenced_in(cli):
    data = json.loads(cli(ROOT / "examples" / "policy.docx", "--no-config", "--no-cache", "--format", "json").stdout)
    notes = [f for f in data["files"][0]["findings"] if f["location"].get("part") == "footnote"]
    assert notes and notes[0]["location"]["heading"] == "3 Leave > 3.2 Bereavement leave"


def test_one_path_spelling_in_every_format(tmp_path, cli):
    (tmp_path / "sub").mkdir()
    (tmp_path / "policy.md").write_text("The chairman decides.\n", encoding="utf-8")

    def run(fmt, arg):
        return cli(arg, "--no-config", "--no-cache", "--format", fmt, cwd=tmp_path).stdout

    for arg in ("./policy.md", "sub/../policy.md", str(tmp_path / "policy.md")):
        assert json.loads(run("json", arg))["files"][0]["path"] == "policy.md", arg
        sarif = json.loads(run("sarif", arg))["runs"][0]
        assert sarif["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "policy.md"
        assert run("text", arg).startswith("policy.md:1:5: warning [ROL-001]")
        assert "file=policy.md," in run("github", arg)
        assert ">policy.md</a>" in run("html", arg)


def test_html_counts_documents_once(tmp_path, cli):
    (tmp_path / "a.md").write_text("The chairman decides.\n", encoding="utf-8")
    (tmp_path / "b.md").write_text("Everyone is welcome.\n", encoding="utf-8")
    html = cli("a.md", "b.md", "missing.docx", "--no-config", "--no-cache", "--format", "html", cwd=tmp_path).stdout
    assert "<dt>Documents</dt><dd>2 documents checked, 1 could not be read</dd>" in html


@pytest.mark.parametrize("pack_file", sorted((ROOT / "rules").rglob("*.yaml")), ids=lambda p: p.name)
def test_rule_links_go_to_the_publisher_not_a_copy(pack_file):
    links = re.findall(r"^\s*link:\s*(\S+)", pack_file.read_text(encoding="utf-8"), re.M)
    for link in links:
        host = urlparse(link).hostname or ""
        assert not any(host == m or host.endswith("." + m) for m in MIRROR_HOSTS), (pack_file.name, link)


def test_bin_007_links_to_the_trust_that_wrote_the_guidance(cli):
    out = cli("explain", "BIN-007").stdout
    assert "More: https://www.bsuh.nhs.uk/" in out
