"""HTML forms: selects, radio groups, check boxes, fieldsets and legends, labels, tables."""
from inclusive_lint.readers import read_document


def forms(lint, html):
    return [f for f in lint(html, "form.html") if f.rule_id.startswith("FRM-")]


def radios(name, legend, options, hint=""):
    items = "".join(
        f'<div class="govuk-radios__item"><input class="govuk-radios__input" id="{name}-{i}" '
        f'name="{name}" type="radio" value="v{i}">\n'
        f'<label class="govuk-label govuk-radios__label" for="{name}-{i}">{o}</label></div>\n'
        for i, o in enumerate(options))
    return (f'<div class="govuk-form-group"><fieldset class="govuk-fieldset">\n'
            f'<legend class="govuk-fieldset__legend govuk-fieldset__legend--m">{legend}</legend>\n'
            f'{hint}<div class="govuk-radios">\n{items}</div></fieldset></div>\n')


def page(body):
    return f"<!DOCTYPE html>\n<html><head><title>Form</title></head><body><form>\n{body}</form></body></html>\n"


def test_govuk_radios_with_legend(lint):
    html = page(radios("sex", "What is your sex?", ["Female", "Male"]))
    hits = forms(lint, html)
    assert [f.rule_id for f in hits] == ["FRM-001"]
    loc = hits[0].location
    lines = html.split("\n")
    assert lines[loc.line - 1][loc.column - 1:].startswith("What is your sex?")
    assert lines[loc.end_line - 1][:loc.end_column - 1].endswith("Male")


def test_govuk_equality_questions_are_clean(lint):
    body = (radios("sex", "What is your sex?", ["Female", "Male", "Prefer not to say"])
            + radios("gi", "Is the gender you identify with the same as your sex registered at birth?",
                     ["Yes", "No", "Prefer not to say"])
            + radios("so", "Which of the following best describes your sexual orientation?",
                     ["Straight or heterosexual", "Gay or lesbian", "Bisexual", "Other sexual orientation",
                      "Prefer not to say"])
            + radios("ms", "Are you married or in a civil partnership?", ["Yes", "No", "Prefer not to say"]))
    assert forms(lint, page(body)) == []


def test_select_with_label_for_and_placeholder(lint):
    html = page('<label for="t">Title</label>\n<select id="t" name="title">\n'
                '<option value="">Select an option</option>\n<option>Mr</option>\n<option>Mrs</option>\n'
                '<option>Miss</option>\n<option>Ms</option>\n</select>\n')
    hits = forms(lint, html)
    assert [f.rule_id for f in hits] == ["FRM-004"]
    assert hits[0].location.line == 3 and hits[0].text == "Title: Mr / Mrs / Miss / Ms"


def test_select_with_mx_is_clean_and_unclosed_options_are_read(lint):
    html = page('<label>Title <select name="title"><option>Mr<option>Mrs<option>Ms<option>Mx</select></label>')
    assert forms(lint, html) == []
    doc = read_document("f.html", html.encode(), {})
    sel = doc.meta["html_form"]["selects"][0]
    assert [doc.blocks[bi].text for bi in sel["options"]] == ["Mr", "Mrs", "Ms", "Mx"]


def test_inputs_without_labels_use_the_text_after_them(lint):
    html = page('<p>Marital status</p>\n<p><input type="radio" name="ms" value="s"> Single\n'
                '<input type="radio" name="ms" value="m"> Married\n'
                '<input type="radio" name="ms" value="w"> Widowed</p>\n')
    hits = forms(lint, html)
    assert [f.rule_id for f in hits] == ["FRM-010"]
    assert "no civil partnership answer" in hits[0].message


def test_wrapping_labels_and_checkboxes_in_a_fieldset(lint):
    html = page('<fieldset><legend>Relationship to the patient</legend>\n'
                '<label><input type="checkbox" name="r1"> Husband</label>\n'
                '<label><input type="checkbox" name="r2"> Wife</label>\n'
                '<label><input type="checkbox" name="r3"> Son or daughter</label>\n'
                '</fieldset>\n')
    hits = forms(lint, html)
    assert [f.rule_id for f in hits] == ["FRM-012"]


def test_text_box_in_the_fieldset_counts_as_free_text(lint):
    body = radios("g", "What is your gender?", ["Man", "Woman"],
                  hint='<label for="gd">Describe your gender (optional)</label><input type="text" id="gd" name="gd">\n')
    assert forms(lint, page(body)) == []
    assert [f.rule_id for f in forms(lint, page(radios("g", "What is your gender?", ["Man", "Woman"])))] == ["FRM-001"]


def test_labelled_text_box_is_a_write_in_field(lint):
    html = page('<label for="m">Mother\'s name</label><input type="text" id="m" name="mother">\n'
                '<label for="n">Name you would like us to use</label><input type="text" id="n">\n')
    assert [f.rule_id for f in forms(lint, html)] == ["FRM-011"]


def test_html_table_rows_carry_row_and_cell_numbers(lint):
    html = page("<table><tr><th>Question</th><th>Answer</th></tr>\n"
                "<tr><td>Sex</td><td>&#9744; Male</td><td>&#9744; Female</td></tr></table>")
    doc = read_document("f.html", html.encode(), {})
    cells = [(b.text, b.meta.get("row"), b.meta.get("cell")) for b in doc.blocks if b.kind == "table_cell"]
    assert cells[-3:] == [("Sex", 2, 1), ("\u2610 Male", 2, 2), ("\u2610 Female", 2, 3)]
    assert [f.rule_id for f in forms(lint, html)] == ["FRM-001"]


def test_prose_paragraphs_about_forms_are_not_forms(lint):
    html = page("<h2>Titles</h2><p>Avoid asking for a title. If you must, do not offer only Mr, Mrs, "
                "Miss and Ms: add Mx and let people write their own.</p>"
                "<p>Sex and gender are different. Ask about sex only if you need to.</p>")
    assert forms(lint, html) == []


def test_script_and_template_controls_are_ignored(lint):
    html = page('<template><select name="title"><option>Mr</option><option>Mrs</option></select></template>'
                '<script>var f = "<input type=radio name=sex> Male";</script>')
    doc = read_document("f.html", html.encode(), {})
    assert "html_form" not in doc.meta
    assert forms(lint, html) == []


NJK = '''{% from "govuk/components/radios/macro.njk" import govukRadios %}

{{ govukRadios({
  name: "title",
  fieldset: {
    legend: {
      text: "What is your title?"
    }
  },
  items: [
    { value: "mr", text: "Mr" },
    { value: "mrs", text: "Mrs", hint: { text: "Married" } },
    { value: "miss", text: "Miss" },
    { divider: "or" },
    { value: "ms", text: "Ms" }
  ]
}) }}
'''


def test_govuk_nunjucks_macro_is_read_as_the_form_it_renders(lint):
    hits = forms(lint, NJK)
    assert [f.rule_id for f in hits] == ["FRM-004"]
    loc = hits[0].location
    assert (loc.line, loc.end_line) == (7, 15)
    assert hits[0].text == "What is your title? Mr / Mrs / Miss / Ms"


def test_nunjucks_macro_with_mx_is_clean(lint):
    assert forms(lint, NJK.replace('{ value: "ms", text: "Ms" }', '{ value: "ms", text: "Ms" }, { text: "Mx" }')) == []


def test_real_govuk_equality_templates_are_read_and_clean(real, settings):
    from inclusive_lint.api import lint_file
    from inclusive_lint.forms import find_questions
    folder = real / "govuk-design-system"
    labels = []
    for name in ("equality-sex-gender-question.njk.html", "equality-sexual-orientation-question.njk.html",
                 "equality-marriage-status-question.njk.html"):
        path = folder / name
        doc = read_document(str(path), path.read_bytes(), {})
        labels += [q.label for q in find_questions(doc) if q.source == "template"]
        result = lint_file(str(path), settings)
        assert [f for f in result.findings if f.rule_id.startswith("FRM-")] == []
    assert "What is your sex?" in labels and len(labels) == 4
