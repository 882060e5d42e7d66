"""--annotate OUT.pdf: a copy with a highlight and a popup note on each finding."""
import hashlib

import pytest

from test_pdf_maker import PAGE_H, width
from test_pdf_reader import PITCH, X, leaflet


def sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def leaflet_file(tmp_path):
    path = tmp_path / "leaflet.pdf"
    path.write_bytes(leaflet())
    return path


@pytest.fixture(scope="module")
def marked(tmp_path_factory):
    """One CLI run: (input, its hash before, annotated copy, the process)."""
    from conftest import run_cli

    folder = tmp_path_factory.mktemp("annotate")
    src = folder / "leaflet.pdf"
    src.write_bytes(leaflet())
    before = sha(src)
    out = folder / "marked.pdf"
    proc = run_cli(src, "--no-config", "--annotate", out)
    return src, before, out, proc


def annots(path, password=None):
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    if reader.is_encrypted:
        reader.decrypt(password or "")
    out = []
    for n, page in enumerate(reader.pages, start=1):
        for ref in page.get("/Annots") or []:
            a = ref.get_object()
            out.append((n, a))
    return out


def test_annotated_copy_has_highlights_and_popups(marked):
    src, before, out, proc = marked
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    assert sha(src) == before
    found = annots(out)
    highlights = [(n, a) for n, a in found if a["/Subtype"] == "/Highlight"]
    popups = [(n, a) for n, a in found if a["/Subtype"] == "/Popup"]
    # his or her, chairman, husband or wife, and the footer's next of kin on each of 3 pages
    assert len(highlights) == 6 and len(popups) == 6
    assert f"{out}: 6 annotations written" in proc.stderr
    for n, h in highlights:
        popup = h["/Popup"].get_object()
        assert popup["/Subtype"] == "/Popup" and popup["/Parent"].get_object() == h
        assert h["/T"] == "inclusive-lint"
    notes = {n: [h["/Contents"] for m, h in highlights if m == n] for n in (1, 2, 3)}
    # rule id, severity and message, then the suggestion
    assert any(c.startswith("PRN-") and "\nSuggestion: " in c for c in notes[3])
    footer = [h["/Subj"] for n, h in highlights if n == 1]
    assert len(footer) == 1 and footer[0].startswith("FAM-")      # next of kin, in the footer
    assert [[h["/Subj"] for m, h in highlights if m == n].count(footer[0]) for n in (1, 2, 3)] == [1, 1, 1]


def test_highlight_covers_the_flagged_words(marked):
    out = marked[2]
    (hl,) = [a for n, a in annots(out) if n == 3 and a["/Subtype"] == "/Highlight"
             and a["/Subj"].startswith("PRN")]
    q = [float(v) for v in hl["/QuadPoints"]]
    assert len(q) == 8
    ulx, uly, urx, ury, llx, lly, lrx, lry = q
    assert ulx == pytest.approx(X, abs=1.5)
    assert urx == pytest.approx(X + width("his or her"), abs=1.5)
    assert PAGE_H - uly == pytest.approx(130 + PITCH, abs=2)


def test_hyphenated_finding_gets_one_quad_per_line(marked):
    (hl,) = [a for n, a in annots(marked[2]) if n == 2 and a["/Subtype"] == "/Highlight"
             and "Husband or wife" in a["/Contents"]]
    assert len(hl["/QuadPoints"]) == 16


def test_refuses_to_write_over_the_input(cli, leaflet_file):
    before = sha(leaflet_file)
    proc = cli(leaflet_file, "--no-config", "--annotate", leaflet_file)
    assert proc.returncode == 2
    assert "refusing" in proc.stdout + proc.stderr and "Traceback" not in proc.stderr
    assert sha(leaflet_file) == before


def test_pdfium_fallback_when_pypdf_cannot_rewrite(leaflet_file, tmp_path, settings, monkeypatch):
    from inclusive_lint.annotate import pdf as annotate_pdf
    from inclusive_lint.api import lint_file

    def broken(*args, **kwargs):
        raise ValueError("pypdf could not parse this")

    monkeypatch.setattr(annotate_pdf, "_with_pypdf", broken)
    result = lint_file(str(leaflet_file), settings)
    out = tmp_path / "fallback.pdf"
    assert annotate_pdf.annotate(result, str(leaflet_file), str(out)) == 6
    highlights = [a for n, a in annots(out) if a["/Subtype"] == "/Highlight"]
    assert len(highlights) == 6
    assert all(h["/Contents"].count("(") >= 1 and h["/T"] == "inclusive-lint" for h in highlights)


def test_encrypted_input_gives_encrypted_copy(cli, real, tmp_path):
    src = real / "pdfplumber/password-example.pdf"
    before = sha(src)
    out = tmp_path / "pw.pdf"
    proc = cli(src, "--no-config", "--password", "test", "--annotate", out)
    assert proc.returncode in (0, 1), proc.stdout + proc.stderr
    from pypdf import PdfReader

    reader = PdfReader(str(out))
    assert reader.is_encrypted and reader.decrypt("test")
    assert sha(src) == before


def test_restricted_input_keeps_its_restrictions(real, tmp_path, settings):
    from pypdf import PdfReader

    from inclusive_lint.annotate import pdf as annotate_pdf
    from inclusive_lint.api import lint_file

    src = real / "unstructured/copy-protected.pdf"
    result = lint_file(str(src), settings)
    out = tmp_path / "copy.pdf"
    annotate_pdf.annotate(result, str(src), str(out))
    reader = PdfReader(str(out))
    assert reader.is_encrypted and reader.decrypt("")
    original = PdfReader(str(src))
    original.decrypt("")
    assert int(reader.trailer["/Encrypt"]["/P"]) & 0xFFFFFFFF == int(original.trailer["/Encrypt"]["/P"]) & 0xFFFFFFFF
    assert len(reader.pages) == len(original.pages)


def test_repairs_of_a_damaged_input_are_not_logged(corpus, tmp_path, settings, caplog):
    from inclusive_lint.annotate import pdf as annotate_pdf
    from inclusive_lint.api import lint_file

    src = corpus / "policies/genderkit-nhs-gdnrss-leaflets/v7_vaginoplasty leaflet_gender_dysphoria.pdf"
    result = lint_file(str(src), settings)
    out = tmp_path / "v7.pdf"
    with caplog.at_level("WARNING"):
        count = annotate_pdf.annotate(result, str(src), str(out))
    assert count == len([f for f in result.findings if not f.waived]) > 0
    assert not [r for r in caplog.records if r.name.startswith("pypdf")]
    assert len([a for n, a in annots(out) if a["/Subtype"] == "/Highlight"]) == count
