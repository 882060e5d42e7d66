"""PDF forms: AcroForm radio groups, choice lists and check boxes, and option rows in page text."""
import pytest

from test_pdf_maker import make_pdf, text


def _pdf(page, fields=()):
    return make_pdf([page], fields=list(fields))


def findings(tmp_path, data, settings, name="form.pdf"):
    from inclusive_lint.api import lint_file
    path = tmp_path / name
    path.write_bytes(data)
    result = lint_file(str(path), settings)
    assert not result.errors, result.errors
    return [f for f in result.findings if f.rule_id.startswith("FRM-")]


def test_acroform_questions_are_judged(tmp_path, settings):
    page = (text(72, 100, "Title", 11)
            + text(72, 130, "Sex:", 11) + text(165, 130, "Male", 11) + text(235, 130, "Female", 11)
            + text(72, 160, "Relationship to you", 11))
    fields = [
        {"type": "choice", "name": "title", "options": ["Mr", "Mrs", "Miss", "Ms"], "rect": (150, 98, 250, 114)},
        {"type": "radio", "name": "sex", "options": [("Male", (150, 130, 161, 141)),
                                                     ("Female", (220, 130, 231, 141))]},
        {"type": "choice", "name": "rel", "tu": "Relationship to you",
         "options": ["Husband", "Wife", "Son", "Daughter"], "rect": (200, 158, 300, 172), "combo": True,
         "edit": True},
    ]
    hits = findings(tmp_path, _pdf(page, fields), settings)
    got = sorted((f.rule_id, f.location.page) for f in hits)
    assert got == [("FRM-001", 1), ("FRM-004", 1), ("FRM-012", 1)]
    sex = next(f for f in hits if f.rule_id == "FRM-001")
    assert sex.location.bbox is not None
    rel = next(f for f in hits if f.rule_id == "FRM-012")
    assert "no partner answer" in rel.message and "no friend or other answer" not in rel.message


def test_inclusive_acroform_is_clean(tmp_path, settings):
    page = text(72, 130, "Sex:", 11) + text(72, 100, "Title", 11)
    fields = [
        {"type": "radio", "name": "sex", "options": [("Female", (150, 130, 161, 141)),
                                                     ("Male", (220, 130, 231, 141)),
                                                     ("Prefer not to say", (290, 130, 301, 141))]},
        {"type": "choice", "name": "title", "options": ["Mr", "Mrs", "Ms", "Mx", "Dr"], "rect": (150, 98, 250, 114)},
    ]
    assert findings(tmp_path, _pdf(page, fields), settings) == []


def test_option_rows_in_page_text(tmp_path, settings):
    page = (text(72, 100, "Patient registration", 14)
            + text(72, 130, "Marital status: Single / Married / Divorced / Widowed", 11)
            + text(72, 150, "Title", 11)
            + text(72, 163, "[ ] Mr  [ ] Mrs  [ ] Miss  [ ] Ms", 11)
            + text(72, 190, "Sexual orientation (optional): Straight / Gay or lesbian / Bisexual / Other", 11))
    hits = findings(tmp_path, _pdf(page), settings)
    assert sorted(f.rule_id for f in hits) == ["FRM-004", "FRM-010"]
    ms = next(f for f in hits if f.rule_id == "FRM-010")
    assert ms.location.page == 1
    x0, top, x1, bottom = ms.location.bbox
    assert top == pytest.approx(130, abs=3) and x0 == pytest.approx(72, abs=1)


@pytest.mark.parametrize("name", ["pdfminer.six/f1040nr.pdf", "pdf.js/prefilled_f1040.pdf",
                                  "pypdf/SF424_page2.pdf", "pypdf/form.pdf", "pdf.js/form_two_pages.pdf",
                                  "pdfminer.six/AcroForm_TEST.pdf", "pypdf/FormTestFromOo.pdf"])
def test_real_forms_without_sex_or_title_questions_give_no_form_findings(real, settings, name):
    from inclusive_lint.api import lint_file
    path = real / name
    if not path.exists():
        pytest.fail(f"corpus file missing: {path}")
    result = lint_file(str(path), settings)
    assert [f for f in result.findings if f.rule_id.startswith("FRM-")] == []


def test_real_libreoffice_form_binary_gender_radio(real, settings):
    from inclusive_lint.api import lint_file
    result = lint_file(str(real / "pypdf/libreoffice-form.pdf"), settings)
    hits = [f for f in result.findings if f.rule_id.startswith("FRM-")]
    assert [(f.rule_id, f.location.page) for f in hits] == [("FRM-001", 1)]
    assert hits[0].text == "Gender: Female / Male"
