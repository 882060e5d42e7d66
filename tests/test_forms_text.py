"""Form questions written as text (.txt and Markdown): detection, judging, one finding per question."""
import pytest

from marks import span_of, unmark


def forms(lint, text, filename="form.txt"):
    return [f for f in lint(text, filename) if f.rule_id.startswith("FRM-")]


def rules(lint, text, filename="form.txt"):
    return sorted(f.rule_id for f in forms(lint, text, filename))


@pytest.mark.parametrize("text,rule", [
    ("[[Title:  Mr  /  Mrs  /  Miss  /  Ms]]\nSurname: ____________", "FRM-004"),
    ("[[Title: [ ] Mr [ ] Mrs [ ] Miss [ ] Ms]]", "FRM-004"),
    ("[[Title: Mr, Mrs, Miss, Ms]]\nForename: ______", "FRM-004"),
    ("[[Title  Mr  Mrs  Miss  Ms]]", "FRM-004"),     # a row of bare titles after a short label
    ("[[Sex M F]]", "FRM-001"),
    ("Please tick Mr Mrs or Ms", None),
    ("[[Title (Mr/Mrs/Miss/Ms): ________]]", "FRM-004"),  # options in brackets beside a write-in line
    ("[[Sex: ________ (M/F)]]", "FRM-001"),
    ("[[Are you: [ ] Male [ ] Female]]", "FRM-001"),
    ("Name: ______\n[[\u2610 Male \u2610 Female]]", "FRM-001"),
    ("Name: ______   [[Sex: M / F]]   Date of birth: __/__/____", "FRM-001"),
    ("[[Sex: Male | Female]]", "FRM-001"),
    ("[[Sex \u2610 Male \u2610 Female]]", "FRM-001"),
    ("[[Gender: Male \u2610 Female \u2610]]", "FRM-001"),
    ("[[Q3. What is your gender?\n( ) Male\n( ) Female]]", "FRM-001"),
    ("[[Marital status: Single / Married / Divorced / Widowed]] (delete as appropriate)", "FRM-010"),
    ("[[Relationship to patient: Husband / Wife / Son / Daughter / Other]]", "FRM-012"),
])
def test_text_layouts_are_found_and_flagged_on_the_question(lint, text, rule):
    plain, spans = unmark(text)
    hits = forms(lint, plain)
    if rule is None:
        assert not hits
        return
    assert [f.rule_id for f in hits] == [rule]
    assert [span_of(f, plain) for f in hits] == spans


def test_dev_case_d04_title_list_is_flagged_once_over_the_options(lint):
    text = "Title:  Mr  /  Mrs  /  Miss  /  Ms\nSurname: ____________\n"
    hits = forms(lint, text)
    assert len(hits) == 1 and hits[0].rule_id == "FRM-004"
    s, e = span_of(hits[0], text)
    assert s <= text.index("Mr") and e >= text.index("Ms") + 2
    assert "no Mx" in hits[0].message and "free-text" in hits[0].message


@pytest.mark.parametrize("text", [
    "Title (optional): Mr / Mrs / Miss / Ms / Mx / Dr / other: ______",                      # D05
    "Emergency contact: the person you would like us to call if you become unwell.\n"
    "Relationship to you (optional): ____________",                                          # D02
    "Title: Mr / Mrs / Miss / Ms / Mx",
    "Title: \u2610 Mr \u2610 Mrs \u2610 Ms \u2610 I use another title: ________",
    "Sex: Female / Male / Prefer not to say",
    "Gender: Man / Woman / Non-binary / I describe myself another way / Prefer not to say",
    "What is your sex?\n\u2610 Female\n\u2610 Male\n\u2610 Intersex\n\u2610 Prefer not to say",
    "Sexual orientation (optional): Straight / Gay or lesbian / Bisexual / Other: ____",
    "Marital status: Single / Married / In a civil partnership / Divorced / Widowed",
    "Relationship to you: Partner / Friend / Parent / Child / Other (please say)",
    "Next of kin relationship: ____________",
    "Relationship to patient: Parent / Sibling / Friend",      # partner matters only beside husband/wife
    "Relationship to the child: Parent / Guardian",
    "Gender: Man / Woman / Something else",
])
def test_inclusive_questions_give_nothing(lint, text):
    assert rules(lint, text) == []


@pytest.mark.parametrize("text", [
    "We can remove your title (Mr, Miss, Mrs) from letters if you ask us.",
    "Most forms ask for a title such as Mr / Mrs / Miss / Ms, which reveals marital status.",
    "Staff should ask the patient's sex and record male or female only where the system needs it.",
    "The sex: male / female split in the audit was 48 to 52 percent, which we expected.",
    "Sex: the biological characteristics used to classify people as male or female.",
    "Don't ask 'Title: Mr / Mrs / Miss / Ms' on forms.",
    "1. Title: Mr/Mrs/Miss/Ms - this reveals marital status and gender.",
    "For example: Mr / Mrs / Miss / Ms",
    "Staff can record he/she or they, and/or a title.",
])
def test_prose_that_mentions_titles_or_sex_is_not_a_form(lint, text):
    assert rules(lint, text) == []


def test_one_finding_per_question_even_when_several_rules_apply(lint):
    text = "Sexuality: Straight / Homosexual / Transgender\n"
    hits = forms(lint, text)
    assert len(hits) == 1
    f = hits[0]
    assert f.rule_id == "FRM-003"        # the warning speaks; the info rules join its message
    assert "Also:" in f.message and "'Homosexual'" in f.message and "'Transgender'" in f.message


def test_message_says_what_is_missing(lint):
    f = forms(lint, "Marital status: Single / Married / Divorced\n")[0]
    assert f.message.endswith(": no civil partnership answer.")
    assert f.text == "Marital status: Single / Married / Divorced"
    f = forms(lint, "Relationship: Husband / Wife / Son / Daughter\n")[0]
    assert "no partner answer" in f.message and "no friend or other answer" in f.message


def test_follow_up_gender_identity_question_clears_binary_sex(lint):
    text = ("What is your sex?\n\u2610 Female\n\u2610 Male\n\n"
            "Is the gender you identify with the same as your sex registered at birth?\n"
            "\u2610 Yes\n\u2610 No\n\u2610 Prefer not to say\n")
    assert rules(lint, text) == []


def test_each_question_on_a_multi_field_line_is_judged(lint):
    text = "Mother's name: ________   Father's name: ________\n"
    hits = forms(lint, text)
    assert [f.rule_id for f in hits] == ["FRM-011", "FRM-011"]
    assert [f.text for f in hits] == ["Mother's name: ________", "Father's name: ________"]


def test_option_list_under_a_question_in_markdown(lint):
    md = ("# Your details\n\n"
          "What is your title?\n\n"
          "- Mr\n- Mrs\n- Miss\n- Ms\n\n"
          "Relationship to you:\n\n"
          "- [ ] Husband\n- [ ] Wife\n- [ ] Partner\n- [ ] Friend\n")
    hits = forms(lint, md, "form.md")
    assert [f.rule_id for f in hits] == ["FRM-004"]
    assert (hits[0].location.line, hits[0].location.end_line) == (3, 8)


def test_markdown_soft_breaks_separate_form_lines(lint):
    md = "Title: Mr / Mrs / Miss / Ms\nSurname: ____\nMarital status: Single / Married / Divorced\n"
    hits = forms(lint, md, "form.md")
    assert [(f.rule_id, f.location.line) for f in hits] == [("FRM-004", 1), ("FRM-010", 3)]


def test_markdown_table_rows(lint):
    md = ("| Question | Answer |\n|---|---|\n"
          "| Title | Mr / Mrs / Miss / Ms |\n"
          "| Sex | \u2610 Male \u2610 Female |\n"
          "| Mother's name | |\n"
          "| Relationship to you | Partner / Friend / Other |\n")
    hits = forms(lint, md, "form.md")
    assert [(f.rule_id, f.location.line, f.location.column) for f in hits] == [
        ("FRM-004", 3, 3), ("FRM-001", 4, 3), ("FRM-011", 5, 3)]
    assert hits[0].text.startswith("Title")


def test_markdown_table_with_a_cell_per_option(lint):
    md = "| Sex | \u2610 Male | \u2610 Female | \u2610 Prefer not to say |\n|---|---|---|---|\n"
    assert rules(lint, md, "form.md") == []
    md = "| Sex | \u2610 Male | \u2610 Female |\n|---|---|---|\n"
    hits = forms(lint, md, "form.md")
    assert [f.rule_id for f in hits] == ["FRM-001"]
    assert (hits[0].location.column, hits[0].location.end_column) == (3, 26)


def test_a_data_table_is_not_a_form(lint):
    md = ("| Sex | Count |\n|---|---|\n| Male | 12 |\n| Female | 14 |\n\n"
          "| Title | Author |\n|---|---|\n| Mr Men | Hargreaves |\n")
    assert rules(lint, md, "stats.md") == []


def test_sentence_rules_in_a_form(lint):
    text = ("Women only: have you had a cervical screening test?\n\n"
            "Female patients only: is there any chance you are pregnant?\n\n"
            "Please give your full legal name exactly as it appears on your passport.\n")
    assert rules(lint, text) == ["FRM-007", "FRM-013", "FRM-014"]


def test_next_of_kin_field_gives_one_finding(lint):
    hits = [f for f in lint("Next of kin: ____________\nTelephone: ________\n", "f.txt")]
    assert [f.rule_id for f in hits] == ["FRM-015"]
