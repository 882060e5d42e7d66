"""Real Word files from public test suites (tests/data/real, see SOURCES.md there): text from
every kind of part reaches the Document, and no file ends in a traceback. The pandoc files (GPL)
and the sweep over every Word file are in the extended suite (INCLUSIVE_LINT_CORPUS)."""
from __future__ import annotations

import time

import pytest

from inclusive_lint.api import lint_file
from inclusive_lint.readers.docx import read


def doc_of(real, name):
    path = real / name
    return read(path.read_bytes(), str(path), {})


def blocks(doc, kind=None):
    return [(b.kind, b.text.strip(), b.location) for b in doc.blocks if kind is None or b.kind == kind]


def has(doc, kind, text):
    return any(k == kind and text in t for k, t, _ in blocks(doc))


def test_headers_and_footers_with_variants(real):
    doc = doc_of(real, "python-docx/doc-odd-even-hdrs.docx")
    even = [loc for k, t, loc in blocks(doc, "header") if t == "Even page header."]
    assert even and dict(even[0].extra)["variant"] == "even page"
    assert has(doc, "header", "Odd page header.")
    doc = doc_of(real, "python-docx/sct-first-page-hdrftr.docx")
    first = [loc for k, t, loc in blocks(doc, "header") if t.startswith("First Page Header")]
    assert first and dict(first[0].extra)["variant"] == "first page"
    doc = doc_of(real, "docx4j/2010-mcAlternateContent-in-header.docx")
    assert has(doc, "footer", "Page 1 of 1")


def test_text_boxes_drawingml_vml_and_alternate_content(real):
    assert has(doc_of(real, "mammoth.js/text-box.docx"), "text_box", "Datum plane")
    assert has(doc_of(real, "docx4j/textbox.docx"), "text_box", "v:textbox/w:txbxContent")
    doc = doc_of(real, "docx4j/textbox_alternates_contrived.docx")
    assert [t for k, t, _ in blocks(doc) if t] == ["A text box"]       # Choice read, Fallback not


def test_footnotes_endnotes_and_controls_inside_notes(real):
    doc = doc_of(real, "mammoth.js/footnotes.docx")
    notes = [(loc.paragraph, t) for k, t, loc in blocks(doc, "footnote")]
    assert notes == [(1, "A tachyon walks into a bar."), (2, "Fin.")]
    assert has(doc_of(real, "mammoth.js/endnotes.docx"), "endnote", "A tachyon walks into a bar.")
    assert has(doc_of(real, "poi/form_footnotes.docx"), "footnote", "test phrase")


def test_legacy_form_fields(real):
    doc = doc_of(real, "poi/checkboxes.docx")
    assert has(doc, "paragraph", "Or checked: \u2612")
    assert any(t == "\u2610" for _, t, _ in blocks(doc, "table_cell"))
    doc = doc_of(real, "docx4j/LegacyForms.docx")
    assert [(q.label, q.has_free_text) for q in doc.questions] == [
        ("Text form field", True), ("Checkbox", False), ("Drop down", False)]
    doc = doc_of(real, "poi/form_footnotes.docx")
    questions = {q.label: q.options for q in doc.questions}
    assert questions["05 - Sex"] == ["male", "female"]
    assert questions["27 - Have you ever been to Brazil?"] == ["Yes", "No"]


def test_content_control_check_boxes_and_drop_downs(real):
    doc = doc_of(real, "docling/docx_checkboxes.docx")
    questions = [(q.label, q.options) for q in doc.questions]
    assert ("Tasks before release", ["Design", "Implementation",
            "Documentation of the task with a very long text that goes beyond the maximum length "
            "of a single line."]) in questions
    assert ("Choose as many as you like", ["Orange juice", "Tea", "Coffee", "Milk", "Water"]) in questions
    q = next(q for q in doc.questions if "Orange juice" in q.options)
    assert (q.location.table, q.location.row, q.location.cell) == (1, 3, 1)
    doc = doc_of(real, "poi/tika-3816.docx")
    assert [(q.label, q.options) for q in doc.questions] == [("Note", ["Yes", "No"])]


def test_tracked_changes_accepted(real):
    doc = doc_of(real, "poi/delins.docx")
    assert "A Nepalese name for Tilaka" in doc.full_text
    assert "Maang Tika" not in doc.full_text and "Tika Waylan" not in doc.full_text   # deleted runs


def test_pandoc_files(corpus):
    """pandoc's test files are GPL, so they stay out of the repository: extended suite only."""
    real = corpus / "real"
    doc = doc_of(real, "pandoc/text_in_shape_format.docx")
    assert has(doc, "text_box", "Institute of Physics, University of Tartu")
    assert has(doc_of(real, "pandoc/sdt_in_footnote.docx"), "footnote", "Dissonance in the food traceability")
    doc = doc_of(real, "pandoc/sdt_elements.docx")
    assert has(doc, "table_cell", "col1Header")
    doc = doc_of(real, "pandoc/track_changes_deletion.docx")
    assert [t for _, t, _ in blocks(doc)] == ["This is a text with a deletion."]
    doc = doc_of(real, "pandoc/track_changes_insertion.docx")
    assert [t for _, t, _ in blocks(doc)] == ["This is a text with two exciting insertions."]
    doc = doc_of(real, "pandoc/track_changes_move.docx")
    assert [t for _, t, _ in blocks(doc)] == ["Here is some text.", "Here is the text to be moved.",
                                             "Here is some more text."]
    doc = doc_of(real, "pandoc/paragraph_insertion_deletion.docx")
    assert [t for _, t, _ in blocks(doc)] == ["This is a", "splitParagraph."]
    doc = doc_of(real, "pandoc/comments.docx")
    text = doc.full_text
    assert "I want some text to have a comment on it." in text
    assert "I left a comment." not in text and "Do something." not in text
    assert has(doc_of(real, "pandoc/alternate_document_path.docx"), "paragraph", "This is italic, bold")


def test_comments_fields_and_hyperlinks(real):
    doc = doc_of(real, "poi/FieldCodes.docx")
    assert "MERGEFORMAT" not in doc.full_text and "AUTHOR" not in doc.full_text
    assert has(doc, "paragraph", "ANTONI")                    # the field's result is text
    doc = doc_of(real, "python-docx/par-hyperlinks.docx")
    assert has(doc, "paragraph", "Three hyperlinks: the first one here, the second one, and the third.")


def test_odd_packages(real):
    assert has(doc_of(real, "mammoth.js/strict-format.docx"), "paragraph", "Test")
    assert has(doc_of(real, "mammoth.js/utf8-bom.docx"), "paragraph", "")
    doc = doc_of(real, "poi/MultipleBodyBug.docx")
    assert [t[:12] for _, t, _ in blocks(doc)] == ["START BODY 1", "START BODY 2", "START BODY 3"]
    doc = doc_of(real, "poi/ExternalEntityInText.docx")      # external entity: not fetched
    assert blocks(doc)[0][1].startswith("Here should not be the POI web site")
    assert "Apache" not in doc.full_text
    assert has(doc_of(real, "poi/45690.docm"), "paragraph", "")
    assert len(doc_of(real, "poi/ChronologicalResume.dotx").blocks) > 10


def test_every_word_file_in_the_corpus_ends_cleanly(corpus, settings):
    """Findings, a clean result or a clear error for each .docx/.docm/.dotx: never a traceback."""
    real = corpus / "real"
    files = sorted(p for ext in ("docx", "docm", "dotx", "dotm") for p in real.rglob(f"*.{ext}"))
    assert len(files) >= 110
    start = time.perf_counter()
    outcomes = {"findings": 0, "clean": 0, "error": 0, "notice": 0}
    with_findings = set()
    for path in files:
        result = lint_file(str(path), settings)
        outcomes[result.status] += 1
        if result.findings:
            with_findings.add(path.name)
        for err in result.errors:
            assert err.category in ("encrypted", "corrupt", "unsupported", "too-large"), (path, err)
            assert "Traceback" not in err.message and "\n" not in err.message
            assert "Error:" not in err.message, (path, err.message)   # no raw exception text
        if not result.errors:
            assert result.document is not None and result.document.format == "docx"
    assert outcomes["error"] <= 6, outcomes      # the encrypted and fuzzed/truncated zips
    assert "handbook-872p.docx" in with_findings, outcomes   # "his or her" throughout
    assert time.perf_counter() - start < 60
