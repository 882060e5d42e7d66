"""Real public pages about forms (extended suite): guidance that mentions sex, titles and next of
kin is not a form; question detection stays quick on a long generated handbook."""
import pytest

POLICIES = ["govuk-design-system", "nhsuk-service-manual", "govuk-smart-answers", "nhs-website-pages-scraped"]


@pytest.mark.parametrize("folder", POLICIES)
def test_guidance_pages_give_no_form_findings(corpus, settings, folder):
    from inclusive_lint.api import lint_file
    for path in sorted((corpus / "policies" / folder).iterdir()):
        if path.suffix not in (".md", ".html"):
            continue
        result = lint_file(str(path), settings)
        hits = [(f.rule_id, f.text) for f in result.findings if f.rule_id.startswith("FRM-")]
        assert hits == [], path.name


def test_question_detection_is_quick_on_a_long_document(long_handbook):
    import time
    from inclusive_lint.forms import find_questions
    from inclusive_lint.readers import read_document
    path = long_handbook
    doc = read_document(str(path), path.read_bytes(), {})
    t = time.perf_counter()
    find_questions(doc)
    assert time.perf_counter() - t < 3.0
