"""PDF layout as a person reads it: a Word document and the PDF LibreOffice makes of it give the
same form and language findings (tables, tick-box rows, headings and their section paths)."""
import collections
import os
import shutil
import subprocess
from pathlib import Path

import pytest

import word_forms

ROOT = Path(__file__).resolve().parent.parent
NAMES = ["policy", *word_forms.FORMS]


@pytest.fixture(scope="module")
def converted(tmp_path_factory):
    """{name: (docx path, pdf path)}: the example policy and the three forms, converted in one run."""
    folder = tmp_path_factory.mktemp("layout")
    docs = {"policy": folder / "policy.docx"}
    shutil.copyfile(ROOT / "examples" / "policy.docx", docs["policy"])
    for name, make in word_forms.FORMS.items():
        docs[name] = folder / f"{name}.docx"
        make(docs[name])
    pdfs = word_forms.to_pdf(list(docs.values()), folder)
    return {name: (str(docs[name]), pdf) for name, pdf in zip(docs, pdfs)}


def _lint(path, settings):
    from inclusive_lint.api import lint_file
    result = lint_file(path, settings)
    assert not result.errors, result.errors
    return result.findings


def _split(findings):
    forms = collections.Counter((f.rule_id, f.text) for f in findings if f.rule_id.startswith("FRM-"))
    words = collections.Counter((f.rule_id, f.text) for f in findings if not f.rule_id.startswith("FRM-"))
    return forms, words


@pytest.mark.parametrize("name", NAMES)
def test_pdf_gives_the_form_findings_of_the_word_original(converted, settings, name):
    docx, pdf = converted[name]
    word_forms_found, _ = _split(_lint(docx, settings))
    pdf_forms_found, _ = _split(_lint(pdf, settings))
    assert len(word_forms_found) >= 3
    assert pdf_forms_found == word_forms_found


@pytest.mark.parametrize("name", NAMES)
def test_pdf_gives_the_language_findings_of_the_word_original(converted, settings, name):
    docx, pdf = converted[name]
    _, word_words = _split(_lint(docx, settings))
    _, pdf_words = _split(_lint(pdf, settings))
    assert word_words and pdf_words == word_words


def test_findings_in_the_pdf_carry_the_word_section_paths(converted, settings):
    docx, pdf = converted["policy"]
    word = {(f.rule_id, f.text, f.location.heading) for f in _lint(docx, settings)
            if f.location.part == "body"}
    got = {(f.rule_id, f.text, f.location.heading) for f in _lint(pdf, settings)}
    assert len(word) >= 8 and word <= got
    fam = next(f for f in _lint(pdf, settings) if f.rule_id == "FAM-008")
    assert fam.location.describe() == "page 1: section \u201c3 Leave > 3.1 Maternity and paternity leave\u201d"


def test_headings_in_the_example_pdf_are_blocks_of_their_own(converted):
    from inclusive_lint.readers import read_document
    pdf = converted["policy"][1]
    doc = read_document(pdf, Path(pdf).read_bytes())
    heads = [(b.text, b.location.heading) for b in doc.blocks if b.kind == "heading"]
    assert heads == [
        ("Family and Carer Leave Policy", None),
        ("1 Purpose", "1 Purpose"), ("2 Scope", "2 Scope"), ("3 Leave", "3 Leave"),
        ("3.1 Maternity and paternity leave", "3 Leave > 3.1 Maternity and paternity leave"),
        ("3.2 Bereavement leave", "3 Leave > 3.2 Bereavement leave"),
        ("3.3 Carer leave", "3 Leave > 3.3 Carer leave"),
        ("4 Registration form", "4 Registration form")]
    para = next(b for b in doc.blocks if b.text.startswith("An expectant mother"))
    assert para.kind == "paragraph" and para.location.heading.endswith("3.1 Maternity and paternity leave")


def test_table_rows_are_cells_with_row_and_column(converted, settings):
    from inclusive_lint.readers import read_document
    pdf = converted["policy"][1]
    doc = read_document(pdf, Path(pdf).read_bytes())
    cells = {(b.location.page, b.location.table, b.location.row, b.location.cell): b.text
             for b in doc.blocks if b.kind == "table_cell"}
    # the table runs over a page break: its rows on page 2 are table 1 of page 2
    assert cells[(1, 1, 2, 1)] == "Title"
    assert cells[(1, 1, 2, 2)] == "\u2610 Mr \u2610 Mrs \u2610 Miss \u2610 Ms"   # boxes beside their words
    assert cells[(2, 1, 1, 1)] == "Sex" and cells[(2, 1, 1, 2)] == "\u2610 Male \u2610 Female"
    assert cells[(2, 1, 3, 1)] == "Next of kin" and cells[(2, 1, 3, 2)] == ""
    sex = next(f for f in _lint(pdf, settings) if f.rule_id == "FRM-001")
    assert sex.location.describe() == "page 2: section \u201c4 Registration form\u201d: table 1 row 1 column 1"
    x0, top, x1, bottom = sex.location.bbox      # label cell through the last option
    assert x0 < 100 and x1 > 380 and bottom - top < 20


def test_a_word_in_a_rebuilt_line_is_located_on_the_page(converted, settings):
    """The options cell was rebuilt in visual order: a finding's box is still the word's box."""
    import pypdfium2 as pdfium
    pdf = converted["tick-box-lines"][1]
    title = next(f for f in _lint(pdf, settings) if f.rule_id == "FRM-004")
    page = pdfium.PdfDocument(pdf)[0]
    tp = page.get_textpage()
    x0, top, x1, bottom = title.location.bbox
    height = page.get_height()
    text = tp.get_text_bounded(left=x0 - 0.5, bottom=height - bottom - 0.5, right=x1 + 0.5,
                               top=height - top + 0.5)
    words = text.split()      # in the page's content order: the boxes come after the words
    assert [w for w in words if w != "\u2610"] == ["Title:", "Mr", "Mrs", "Miss", "Ms"]
    assert words.count("\u2610") == 4


# -- the real corpus: printed forms and guidance give no new form findings --------------------

@pytest.mark.parametrize("name", ["pdfminer.six/f1040nr.pdf", "pdf.js/prefilled_f1040.pdf",
                                  "pypdf/SF424_page2.pdf", "pypdf/libreoffice-form.pdf"])
def test_real_pdf_forms_keep_their_form_findings(settings, name, corpus):
    path = corpus / "real" / name
    want = [("FRM-001", "Gender")] if name == "pypdf/libreoffice-form.pdf" else []
    got = [(f.rule_id, f.text.split(":")[0]) for f in _lint(str(path), settings) if f.rule_id.startswith("FRM-")]
    assert got == want


def _chromium():
    exe = os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    if not exe:
        if os.environ.get("CI"):
            pytest.fail("chromium must be installed under CI (.ci/run installs it)")
        pytest.skip("chromium is not installed here; CI installs it")
    return exe


@pytest.mark.parametrize("page", ["equality-marriage-status-question", "equality-sex-gender-question",
                                  "equality-sexual-orientation-question"])
def test_govuk_equality_guidance_printed_to_pdf_is_not_a_form(settings, tmp_path, page, corpus):
    src = corpus / "policies" / "govuk-design-system" / f"{page}.njk.html"
    pdf = tmp_path / f"{page}.pdf"
    subprocess.run([_chromium(), "--headless", "--no-sandbox", "--disable-gpu",
                    f"--user-data-dir={tmp_path / 'profile'}", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf}", src.as_uri()], capture_output=True, timeout=120)
    assert pdf.exists() and pdf.stat().st_size > 1000
    findings = _lint(str(pdf), settings)
    assert [f for f in findings if f.rule_id.startswith("FRM-")] == []
