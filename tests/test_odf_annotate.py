"""Annotated copies of .odt files: one comment per finding on exactly the flagged words, a
LibreOffice round trip keeps every comment, the input is never written."""
import hashlib
import zipfile
from pathlib import Path

import pytest
from odf_maker import annotations, h, make_odt, p, table
from soffice import convert
from test_odf_reader import crafted

from inclusive_lint.api import lint_file

ROOT = Path(__file__).resolve().parent.parent


def _annotate(path, out, settings):
    from inclusive_lint.annotate import annotate

    result = lint_file(str(path), settings)
    assert not result.errors
    return result, annotate(result, str(path), str(out))


def test_each_finding_is_a_comment_on_its_words(tmp_path, settings):
    body = (h("Leave") + p("Ask <text:span>his</text:span> or  her manager, then   he or she signs.")
            + table([["Relationship", "Husband or wife"]]) + p("A  father<text:s text:c='2'/>may   take leave."))
    src = make_odt(tmp_path / "in.odt", body)
    result, count = _annotate(src, tmp_path / "out.odt", settings)
    assert count == len(result.findings) >= 3
    got = annotations(tmp_path / "out.odt")
    assert all(c.endswith("(inclusive-lint)") for c, _ in got)
    anchored = sorted((c.rsplit("Rule ", 1)[1].split()[0], " ".join(w.split())) for c, w in got)
    word_level = sorted((f.rule_id, " ".join(f.text.split())) for f in result.findings
                        if f.rule_id.startswith(("PRN", "BIN")))
    assert word_level and all(pair in anchored for pair in word_level)
    # "his or her" spans a span element and a collapsed double space; still exactly those words
    assert any(" ".join(w.split()) == "his or her" for _, w in got)


def test_headers_and_whole_document_findings_are_anchored_on_the_body(tmp_path, settings):
    src = crafted(tmp_path)
    result, count = _annotate(src, tmp_path / "out.odt", settings)
    got = annotations(tmp_path / "out.odt")
    assert count == len(result.findings)
    header = [(c, w) for c, w in got if c.startswith("In the header")]
    assert header and header[0][1] == "Family Leave Policy"   # the first paragraph of the body
    assert any(n.code == "annotate-anchored" for n in result.notices)
    # the reader still reads the copy, and the comments are not text
    again = lint_file(str(tmp_path / "out.odt"), settings)
    assert [b.text for b in again.document.blocks] == [b.text for b in result.document.blocks]


def test_the_input_is_never_written_and_names_must_match(tmp_path, settings, cli):
    src = make_odt(tmp_path / "in.odt", p("Ask his or her manager."))
    before = hashlib.sha256(src.read_bytes()).hexdigest()
    r = cli(src, "--annotate", src)
    assert r.returncode == 2 and "input" in (r.stdout + r.stderr)
    r = cli(src, "--annotate", tmp_path / "out.docx")
    assert r.returncode == 2 and "name the annotated copy" in r.stdout + r.stderr
    r = cli(src, "--annotate", tmp_path / "out.odt")
    assert r.returncode in (0, 1) and "1 annotation written" in r.stderr
    assert hashlib.sha256(src.read_bytes()).hexdigest() == before
    with zipfile.ZipFile(tmp_path / "out.odt") as z:
        first = z.infolist()[0]
        assert first.filename == "mimetype" and first.compress_type == zipfile.ZIP_STORED


@pytest.mark.slow
def test_annotated_copies_round_trip_through_libreoffice(tmp_path, settings):
    lo = tmp_path / "lo"
    made = tmp_path / "made"
    convert([ROOT / "examples" / "policy.docx"], "odt", made, tmp_path / "profile")
    copies = []
    for src in (made / "policy.odt", crafted(tmp_path)):
        out = tmp_path / f"annotated-{src.name}"
        _, count = _annotate(src, out, settings)
        assert count >= 5
        copies.append(out)
    convert(copies, "odt", lo, tmp_path / "profile")
    for out in copies:
        before, after = annotations(out), annotations(lo / out.name)
        assert len(after) == len(before)
        assert sorted(after) == sorted(before)          # every comment, on the same words
