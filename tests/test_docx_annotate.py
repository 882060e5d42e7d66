"""--annotate / --annotate-dir: a copy of the .docx with one Word comment per finding."""
from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from lxml import etree
from soffice import soffice
from test_docx_support import make_docx, p, r, sha, table

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
ROOT = Path(__file__).resolve().parent.parent


def commented_text(path, part: str = "word/document.xml") -> dict:
    """comment id -> the text inside its range in the body."""
    import zipfile

    root = etree.fromstring(zipfile.ZipFile(path).read(part))
    open_ids, out = {}, {}
    for el in root.iter():
        if el.tag == W + "commentRangeStart":
            open_ids[el.get(W + "id")] = []
        elif el.tag == W + "commentRangeEnd":
            out[el.get(W + "id")] = "".join(open_ids.pop(el.get(W + "id"), []))
        elif el.tag == W + "t":
            for k in open_ids:
                open_ids[k].append(el.text or "")
    return out


def comments(path) -> dict:
    import docx

    return {str(c.comment_id): c for c in docx.Document(str(path)).comments}


def test_comments_cover_exactly_the_flagged_words_and_keep_formatting(cli, tmp_path):
    runs = (r("Each manager tells h") + r("is or h", "<w:b/>") + r("er team, and ") + r("his", "<w:i/>")
            + r(" deputy knows."))
    src = make_docx(tmp_path / "in.docx", body=p("Leave", "Heading1") + p(runs=runs)
                    + table([["Contact", "Ask his or her GP"]]))
    before = sha(src)
    out = tmp_path / "out.docx"
    res = cli(str(src), "--annotate", str(out))
    assert res.returncode == 1, res.stderr
    assert f"{out}: 3 annotations written" in res.stderr
    assert sha(src) == before
    ranges = commented_text(out)
    assert sorted(ranges.values()) == ["his", "his or her", "his or her"]
    found = comments(out)
    assert {c.author for c in found.values()} == {"inclusive-lint"}
    pair = next(c for cid, c in found.items() if ranges[cid] == "his or her" and "PRN-003" in c.text)
    assert "Suggestion: they" in pair.text and "Rule PRN-003" in pair.text
    # the split runs kept their formatting: "is or h" is still bold, text unchanged
    import docx

    para = docx.Document(str(out)).paragraphs[1]
    assert para.text == "Each manager tells his or her team, and his deputy knows."
    bold = "".join(run.text for run in para.runs if run.bold)
    assert bold == "is or h"
    assert "".join(run.text for run in para.runs if run.italic) == "his"


def test_several_findings_in_one_run(cli, tmp_path):
    src = make_docx(tmp_path / "in.docx", body=p("Ask his or her manager, then his or her deputy."))
    out = tmp_path / "out.docx"
    res = cli(str(src), "--annotate", str(out))
    assert "2 annotations written" in res.stderr
    assert sorted(commented_text(out).values()) == ["his or her", "his or her"]


def test_notes_headers_and_text_boxes_are_anchored_nearby_and_say_where(cli, tmp_path):
    body = (p("Policy body.") + p(runs=r("See note") + '<w:r><w:footnoteReference w:id="1"/></w:r>'))
    src = make_docx(tmp_path / "in.docx", body=body, headers={"first": p("Ask his or her manager")},
                    footnotes={1: p("Tell your husband or wife.")})
    out = tmp_path / "out.docx"
    res = cli(str(src), "--annotate", str(out))
    assert "anchored nearby (1 in headers and footers, 1 in notes)" in res.stdout
    texts = {c.text.split(":")[0] for c in comments(out).values()}
    assert {"In footnote 1", "In the header (first page)"} <= texts
    ranges = commented_text(out)
    note = next(cid for cid, c in comments(out).items() if c.text.startswith("In footnote 1"))
    assert ranges[note] == ""                       # the reference mark run
    header = next(cid for cid, c in comments(out).items() if c.text.startswith("In the header"))
    assert ranges[header] == "Policy body."         # the first body paragraph


def test_text_box_findings_are_anchored_on_their_paragraph(cli, tmp_path):
    from test_docx_reader import TEXTBOX

    body = p("First paragraph.") + p(runs=r("Host paragraph.") + TEXTBOX.format(inner=p("Ask his or her manager.")))
    src = make_docx(tmp_path / "in.docx", body=body)
    out = tmp_path / "out.docx"
    res = cli(str(src), "--annotate", str(out))
    assert "1 in text boxes" in res.stdout
    cid, comment = next(iter(comments(out).items()))
    assert comment.text.startswith("In text box 1: ")
    assert commented_text(out)[cid] == "Host paragraph."


def test_annotating_onto_the_input_is_refused(cli, tmp_path):
    src = make_docx(tmp_path / "in.docx", body=p("Ask his or her manager."))
    before = sha(src)
    res = cli(str(src), "--annotate", str(src))
    assert res.returncode == 2
    assert "refusing to annotate onto the input file" in res.stdout + res.stderr
    assert sha(src) == before


def test_annotate_dir_writes_one_copy_per_document(cli, tmp_path):
    (tmp_path / "docs").mkdir()
    a = make_docx(tmp_path / "docs" / "a.docx", body=p("Ask his or her manager."))
    b = make_docx(tmp_path / "docs" / "b.docx", body=p("Nothing to see."))
    (tmp_path / "docs" / "c.md").write_text("Ask his or her manager.\n")
    outdir = tmp_path / "annotated"
    res = cli(str(tmp_path / "docs"), "--annotate-dir", str(outdir))
    assert res.returncode in (0, 1), res.stdout + res.stderr
    assert sorted(os.listdir(outdir)) == ["a.docx", "b.docx"]
    assert len(comments(outdir / "a.docx")) == 1 and len(comments(outdir / "b.docx")) == 0
    assert sha(a) != sha(outdir / "a.docx") and b.exists()


def test_existing_comments_are_kept(cli, tmp_path):
    body = p(runs='<w:commentRangeStart w:id="0"/>' + r("Reviewed text.") + '<w:commentRangeEnd w:id="0"/>'
             + '<w:r><w:commentReference w:id="0"/></w:r>') + p("Ask his or her manager.")
    src = make_docx(tmp_path / "in.docx", body=body, comments=["Looks fine"])
    out = tmp_path / "out.docx"
    cli(str(src), "--annotate", str(out))
    found = comments(out)
    assert len(found) == 2 and any(c.text == "Looks fine" for c in found.values())


_soffice = soffice      # tests/soffice.py: found, or a skip (a failure under CI)


@pytest.mark.slow
def test_annotated_copy_opens_in_libreoffice_and_keeps_its_comments(cli, tmp_path):
    exe = _soffice()
    src = make_docx(tmp_path / "in.docx", body=p("Leave", "Heading1") + p("Ask his or her manager.")
                    + table([["Sex", "\u2610 Male \u2610 Female"]]))
    out = tmp_path / "annotated.docx"
    assert cli(str(src), "--annotate", str(out)).returncode in (0, 1)
    expected = len(comments(out))
    assert expected >= 2
    example = ROOT / "examples" / "policy-annotated.docx"
    conv = tmp_path / "lo"
    res = subprocess.run([exe, "--headless", "--norestore", f"-env:UserInstallation=file://{tmp_path}/profile",
                          "--convert-to", "docx", "--outdir", str(conv), str(out), str(example)],
                         capture_output=True, text=True, timeout=300)
    assert (conv / "annotated.docx").exists(), res.stdout + res.stderr
    back = comments(conv / "annotated.docx")
    assert len(back) == expected
    assert all(c.author == "inclusive-lint" for c in back.values())
    assert "his or her" in commented_text(conv / "annotated.docx").values()
    # the committed example copy opens too, with every comment
    assert len(comments(conv / "policy-annotated.docx")) == len(comments(example)) > 5


def _synthetic_copy(src, out):
    """Annotate two words of every block of ``src`` into ``out``; returns the comment count."""
    import re

    from inclusive_lint.annotate.docx import annotate
    from inclusive_lint.model import FileResult, Finding
    from inclusive_lint.readers.docx import read

    doc = read(src.read_bytes(), str(src), {})
    findings = [Finding(rule_id="TST-001", severity="info", message=f"m{i}.{k}", text=m.group(),
                        location=b.location, block_index=i, block_span=m.span())
                for i, b in enumerate(doc.blocks)
                for k, m in enumerate(list(re.finditer(r"\w+(?: \w+)?", b.text))[:2])]
    return annotate(FileResult(path=str(src), findings=findings, format="docx", document=doc),
                    str(src), str(out))


@pytest.mark.slow
def test_annotated_real_documents_open_in_libreoffice(tmp_path, real):
    """Comments split into hyperlinks, content controls, tracked insertions, fields, tables,
    footnotes and text boxes of real files still open in LibreOffice with every comment."""
    names = ["poi/form_footnotes.docx", "docling/docx_checkboxes.docx", "python-docx/par-hyperlinks.docx",
             "poi/tika-3816.docx", "poi/FieldCodes.docx", "mammoth.js/text-box.docx", "docx4j/textbox.docx",
             "docx4j/LegacyForms.docx", "poi/delins.docx"]
    _annotated_copies_open_in_libreoffice(tmp_path, real, names)


@pytest.mark.slow
def test_annotated_pandoc_documents_open_in_libreoffice(tmp_path, corpus):
    """The same for pandoc's content-control, tracked-insertion and shape files (GPL: extended suite)."""
    names = ["pandoc/sdt_elements.docx", "pandoc/track_changes_insertion.docx", "pandoc/text_in_shape_format.docx"]
    _annotated_copies_open_in_libreoffice(tmp_path, corpus / "real", names)


def _annotated_copies_open_in_libreoffice(tmp_path, real, names):
    exe = _soffice()
    copies, counts = [], {}
    for n, name in enumerate(names):
        out = tmp_path / f"c{n}.docx"
        counts[out.name] = _synthetic_copy(real / name, out)
        copies.append(str(out))
    conv = tmp_path / "lo"
    res = subprocess.run([exe, "--headless", "--norestore", f"-env:UserInstallation=file://{tmp_path}/profile",
                          "--convert-to", "docx", "--outdir", str(conv), *copies],
                         capture_output=True, text=True, timeout=600)
    for name, count in counts.items():
        assert (conv / name).exists(), res.stdout + res.stderr
        assert count > 0 and len(comments(conv / name)) == count, name


def test_every_corpus_document_can_be_annotated_on_exact_words(corpus, tmp_path):
    """Two words of every body block of every real .docx get a comment covering exactly them."""
    import re

    from inclusive_lint.annotate.docx import _open, annotate
    from inclusive_lint.errors import InputError
    from inclusive_lint.model import FileResult, Finding
    from inclusive_lint.readers.docx import read

    real = corpus / "real"
    files = sorted(p for ext in ("docx", "docm", "dotx") for p in real.rglob(f"*.{ext}")
                   if p.stat().st_size < 150_000)
    checked = refused = 0
    for path in files:
        try:
            doc = read(path.read_bytes(), str(path), {})
        except InputError:
            continue
        findings = []
        for i, block in enumerate(doc.blocks):
            for k, m in enumerate(list(re.finditer(r"\w+(?: \w+)?", block.text))[:2]):
                findings.append(Finding(rule_id="TST-001", severity="info", message=f"m{i}.{k}",
                                        text=m.group(), location=block.location, block_index=i,
                                        block_span=m.span()))
        result = FileResult(path=str(path), findings=findings, format="docx", document=doc)
        out = tmp_path / ("copy" + path.suffix)
        try:
            annotate(result, str(path), str(out))
        except InputError as exc:
            assert "Strict Open XML" in exc.message, (path, exc.message)
            refused += 1
            continue
        ranges = commented_text(out, doc.meta["docx"]["main"])
        by_message = {f.message: f for f in findings}
        for comment in _open(str(out)).comments:
            f = by_message.get(comment.text.split("\n")[0])
            if f is not None and doc.blocks[f.block_index].location.part == "body":
                assert ranges[str(comment.comment_id)] == f.text, (path.name, f.text)
                checked += 1
    assert checked > 1000 and refused == 2


def test_macro_enabled_and_template_copies_keep_their_extension(cli, tmp_path):
    src = make_docx(tmp_path / "a.docx", body=p("Ask his or her manager."))
    docm = tmp_path / "macro.docm"
    docm.write_bytes(src.read_bytes())
    res = cli(str(docm), "--annotate", str(tmp_path / "copy.docx"))
    assert res.returncode == 2 and "name the annotated copy of a .docm file with .docm" in res.stdout + res.stderr
    assert not (tmp_path / "copy.docx").exists()
    res = cli(str(docm), "--annotate", str(tmp_path / "copy.docm"))
    assert "1 annotation written" in res.stderr


def test_a_finding_about_the_whole_document_goes_on_the_first_paragraph(tmp_path):
    from inclusive_lint.annotate.docx import annotate
    from inclusive_lint.model import FileResult, Finding, Location
    from inclusive_lint.readers.docx import read

    src = make_docx(tmp_path / "in.docx", body=p("") + p("First words.") + p("More."))
    doc = read(src.read_bytes(), str(src), {})
    f = Finding(rule_id="EIA-001", severity="info", message="No inclusion statement.", text="",
                location=Location())
    result = FileResult(path=str(src), findings=[f], format="docx", document=doc)
    out = tmp_path / "out.docx"
    assert annotate(result, str(src), str(out)) == 1
    (cid, comment), = comments(out).items()
    assert comment.text.startswith("About the whole document: No inclusion statement.")
    assert commented_text(out)[cid] == "First words."
    assert "1 about the whole document" in result.notices[0].message


def test_a_second_section_header_finding_goes_on_that_section_first_paragraph(cli, tmp_path):
    import docx

    d = docx.Document()
    d.add_paragraph("Section one text.")
    d.sections[0].header.paragraphs[0].text = "Plain header"
    d.add_section()
    d.add_paragraph("Section two text.")
    second = d.sections[1].header
    second.is_linked_to_previous = False
    second.paragraphs[0].text = "Ask his or her manager"
    src = tmp_path / "two.docx"
    d.save(str(src))
    out = tmp_path / "out.docx"
    res = cli(str(src), "--annotate", str(out))
    assert "1 in headers and footers" in res.stdout
    (cid, comment), = comments(out).items()
    assert comment.text.startswith("In the header (section 2): ")
    assert commented_text(out)[cid] == "Section two text."
