"""Word forms: content-control check boxes and drop-downs, table rows, paragraphs; real forms."""
import pytest

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"


def _run(t):
    return f'<w:r><w:t xml:space="preserve">{t}</w:t></w:r>'


def _box():
    return ('<w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val="0"/></w14:checkbox></w:sdtPr>'
            '<w:sdtContent><w:r><w:t>\u2610</w:t></w:r></w:sdtContent></w:sdt>')


def _dropdown(items):
    li = "".join(f'<w:listItem w:displayText="{i}" w:value="{i}"/>' for i in items)
    return (f'<w:sdt><w:sdtPr><w:dropDownList>{li}</w:dropDownList></w:sdtPr>'
            '<w:sdtContent><w:r><w:t>Choose an item.</w:t></w:r></w:sdtContent></w:sdt>')


def _para(inner):
    from docx.oxml import parse_xml
    return parse_xml(f'<w:p xmlns:w="{W}" xmlns:w14="{W14}">{inner}</w:p>')


@pytest.fixture
def make_docx(tmp_path):
    def make(paragraphs=(), rows=(), controls=()):
        import docx
        d = docx.Document()
        for p in paragraphs:
            d.add_paragraph(p)
        for xml in controls:
            d.element.body.append(_para(xml))
        if rows:
            width = max(len(r) for r in rows)
            t = d.add_table(rows=len(rows), cols=width)
            for r, row in enumerate(rows):
                for c, v in enumerate(row):
                    t.cell(r, c).text = v
        path = tmp_path / "form.docx"
        d.save(str(path))
        return path
    return make


def findings(path, settings):
    from inclusive_lint.api import lint_file
    result = lint_file(str(path), settings)
    assert not result.errors, result.errors
    return [f for f in result.findings if f.rule_id.startswith("FRM-")]


def test_table_rows_with_a_cell_per_option_and_write_in_cells(make_docx, settings):
    path = make_docx(rows=[["Sex", "\u2610 Male", "\u2610 Female"],
                           ["Marital status", "Single / Married / Divorced", ""],
                           ["Mother's name", "", ""],
                           ["Relationship to you", "\u2610 Partner", "\u2610 Friend"]])
    got = [(f.rule_id, f.location.table, f.location.row) for f in findings(path, settings)]
    assert got == [("FRM-001", 1, 1), ("FRM-010", 1, 2), ("FRM-011", 1, 3)]


def test_paragraph_option_list_is_located_by_paragraph(make_docx, settings):
    path = make_docx(paragraphs=["Registration", "Title: Mr / Mrs / Miss / Ms", "Title: Mr / Mrs / Ms / Mx"])
    hits = findings(path, settings)
    assert [(f.rule_id, f.location.paragraph, f.text) for f in hits] == [
        ("FRM-004", 2, "Title: Mr / Mrs / Miss / Ms")]


def test_content_control_check_boxes_and_drop_downs(make_docx, settings):
    path = make_docx(controls=[_run("Sex: ") + _box() + _run(" Male ") + _box() + _run(" Female"),
                               _run("Title ") + _dropdown(["Mr", "Mrs", "Ms"]),
                               _run("Gender: ") + _box() + _run(" Man ") + _box() + _run(" Woman ")
                               + _box() + _run(" Non-binary ") + _box() + _run(" Prefer not to say")])
    hits = findings(path, settings)
    assert [(f.rule_id, f.location.paragraph) for f in hits] == [("FRM-001", 1), ("FRM-004", 2)]
    assert hits[1].text == "Title: Mr / Mrs / Ms"      # the drop-down's options, not its placeholder


def test_inclusive_word_form_is_clean(make_docx, settings):
    path = make_docx(paragraphs=["Title (optional): Mr / Mrs / Miss / Ms / Mx / Other: ______",
                                 "Person we should contact (this can be anyone you choose): ______"],
                     rows=[["Sex", "\u2610 Female", "\u2610 Male", "\u2610 Prefer not to say"],
                           ["Relationship to you", "\u2610 Partner", "\u2610 Friend", "\u2610 Other"]])
    assert findings(path, settings) == []


def test_real_visa_form_binary_sex_check_boxes(real, settings):
    hits = findings(real / "poi/form_footnotes.docx", settings)
    assert [(f.rule_id, f.location.table, f.location.row) for f in hits] == [("FRM-001", 2, 5)]
    assert "Sex" in hits[0].text and "only two answers" in hits[0].message


@pytest.mark.parametrize("name", ["docling/docx_checkboxes.docx", "docx4j/LegacyForms.docx",
                                  "poi/checkboxes.docx", "poi/tika-3816.docx"])
def test_real_word_forms_without_sex_or_title_questions_give_no_form_findings(real, settings, name):
    assert findings(real / name, settings) == []


def test_pandoc_content_controls_give_no_form_findings(corpus, settings):
    """pandoc's files are GPL and stay out of the repository: extended suite."""
    assert findings(corpus / "real" / "pandoc/sdt_elements.docx", settings) == []


def test_reader_questions_are_not_judged_twice(real):
    from inclusive_lint.forms import find_questions
    from inclusive_lint.readers import read_document
    path = real / "docling/docx_checkboxes.docx"
    doc = read_document(str(path), path.read_bytes(), {})
    qs = find_questions(doc)
    labels = [q.label for q in qs if q.options]
    assert labels.count("Tasks before release") == 1


def test_header_row_of_titles_is_a_question_but_a_table_of_counts_is_not(make_docx, settings):
    path = make_docx(rows=[["Title", "Mr", "Mrs", "Miss", "Ms"], ["", "", "", "", ""]])
    assert [f.rule_id for f in findings(path, settings)] == ["FRM-004"]
    path = make_docx(rows=[["Sex", "Male", "Female"], ["Staff", "120", "340"], ["Patients", "1,200", "1,410"]])
    assert findings(path, settings) == []
    path = make_docx(rows=[["Sex", "Male", "Female"], ["Impact", "Neutral", "Neutral"]])   # an EIA table
    assert findings(path, settings) == []
