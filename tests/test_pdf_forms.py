"""AcroForm fields become FormQuestions with their on-page labels and options."""
import pytest

from test_pdf_maker import make_pdf, text, width


def form_pdf(xfa=False) -> bytes:
    page = (text(72, 100, "Title", 11)
            + text(72, 130, "Sex:", 11) + text(165, 130, "Male", 11) + text(235, 130, "Female", 11)
            + text(72, 160, "Full name", 11)
            + text(88, 190, "I agree to be contacted", 11)
            + text(72, 220, "Do you have a partner?", 11)
            + text(87, 240, "Yes", 11) + text(137, 240, "No", 11))
    fields = [
        {"type": "choice", "name": "title", "options": ["Mr", "Mrs", "Miss", "Ms"],
         "rect": (150, 98, 250, 114)},
        {"type": "radio", "name": "sex", "options": [("Male", (150, 130, 161, 141)),
                                                     ("Female", (220, 130, 231, 141))]},
        {"type": "text", "name": "full_name", "rect": (150, 158, 400, 172)},
        {"type": "checkbox", "name": "contact_ok", "rect": (72, 190, 83, 201)},
        {"type": "radio", "name": "partner", "options": [("Choice1", (72, 240, 83, 251)),
                                                         ("Choice2", (122, 240, 133, 251))]},
        {"type": "choice", "name": "relationship", "tu": "Relationship to you",
         "options": ["Husband", "Wife", "Son", "Daughter"], "rect": (300, 300, 400, 314),
         "combo": True, "edit": True},
    ]
    return make_pdf([page], fields=fields)


@pytest.fixture(scope="module")
def doc():
    from inclusive_lint.readers import read_document

    return read_document("form.pdf", form_pdf())


def q(doc, label):
    found = [q for q in doc.questions if q.label == label]
    assert found, [(q.label, q.options) for q in doc.questions]
    return found[0]


def test_radio_group_with_on_page_label(doc):
    sex = q(doc, "Sex")
    assert sex.options == ["Male", "Female"]
    assert sex.source == "pdf-acroform" and not sex.has_free_text
    assert sex.location.page == 1
    x0, top, x1, bottom = sex.location.bbox
    # from the label "Sex:" through the last caption "Female"
    assert x0 == pytest.approx(72, abs=1) and x1 == pytest.approx(235 + width("Female"), abs=1.5)
    assert top == pytest.approx(130, abs=1) and bottom == pytest.approx(143.5, abs=1.5)
    # the question points at its printed text, so findings sit on it and are not doubled
    assert doc.blocks[sex.block_index].text[sex.start:sex.end] == "Sex: Male Female"


def test_choice_list_options(doc):
    title = q(doc, "Title")
    assert title.options == ["Mr", "Mrs", "Miss", "Ms"]
    assert not title.has_free_text
    block = doc.blocks[title.block_index]
    assert block.kind == "form_field" and block.text == "Title: Mr / Mrs / Miss / Ms"


def test_text_field_and_check_box(doc):
    name = q(doc, "Full name")
    assert name.has_free_text and name.options == []
    assert doc.blocks[name.block_index].text[name.start:name.end] == "Full name"
    agree = q(doc, "I agree to be contacted")
    assert agree.options == ["Yes"]


def test_generic_export_values_use_captions_and_label_above(doc):
    partner = q(doc, "Do you have a partner?")
    assert partner.options == ["Yes", "No"]


def test_tooltip_label_and_editable_combo(doc):
    rel = q(doc, "Relationship to you")
    assert rel.options == ["Husband", "Wife", "Son", "Daughter"]
    assert rel.has_free_text
    assert doc.blocks[rel.block_index].text.startswith("Relationship to you: Husband")


def test_form_options_are_linted(tmp_path, settings):
    from inclusive_lint.api import lint_file

    path = tmp_path / "form.pdf"
    path.write_bytes(form_pdf())
    result = lint_file(str(path), settings)
    assert result.errors == []
    assert result.document.questions
    sex = [f for f in result.findings if "Sex" in f.text and f.rule_id.startswith("FRM")]
    assert len(sex) == 1 and sex[0].location.page == 1
    assert sex[0].location.bbox[0] == pytest.approx(72, abs=1)     # on the printed label


def test_corpus_acroform(real):
    from inclusive_lint.readers import read_document

    path = real / "pypdf/libreoffice-form.pdf"
    doc = read_document(str(path), path.read_bytes())
    assert doc.questions
    assert all(q.source == "pdf-acroform" and q.label for q in doc.questions)


def test_xfa_only_form_is_a_notice(real, settings):
    from inclusive_lint.api import lint_file

    result = lint_file(str(real / "pdf.js/xfa_issue14315.pdf"), settings)
    assert result.errors == []
    assert any(n.code == "pdf-xfa" for n in result.notices)
    assert result.status != "clean"


def test_check_boxes_side_by_side_are_one_question():
    from inclusive_lint.readers import read_document

    page = (text(72, 100, "Gender:", 11) + text(165, 100, "Man", 11) + text(235, 100, "Woman", 11)
            + text(72, 140, "Marital status", 11))
    fields = [{"type": "checkbox", "name": "gender_man", "rect": (150, 100, 161, 111)},
              {"type": "checkbox", "name": "gender_woman", "rect": (220, 100, 231, 111)},
              {"type": "checkbox", "name": "married", "export": "Married", "rect": (150, 140, 161, 151)}]
    doc = read_document("boxes.pdf", make_pdf([page], fields=fields))
    gender = q(doc, "Gender")
    assert gender.options == ["Man", "Woman"]
    assert q(doc, "Marital status").options == ["Married"]
