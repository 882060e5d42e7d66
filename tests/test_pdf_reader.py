"""PDF reader: findings on the right pages with the right boxes and lines; hyphenated and
split words; running footers as one finding; notices for pages with no text layer."""
import hashlib
import json

import pytest

from test_pdf_maker import image_page, make_pdf, pieces, text, width

X = 72          # left margin of the body text
BODY = 11       # body text size
PITCH = 13      # line pitch


def body(lines, top=130):
    return "".join(text(X, top + i * PITCH, s, BODY) for i, s in enumerate(lines))


def chrome(n, total):
    """Running header and footer (page number changes; the footer has a flagged phrase)."""
    return (text(X, 36, "Clinic leaflet 42", 9)
            + text(X, 740, "If your next of kin changes, please tell the ward.", 9)
            + text(X, 752, f"Page {n} of {total}", 9))


def leaflet(notes=()) -> bytes:
    p1 = (text(X, 90, "Coming to the clinic", 16)
          + body(["Please arrive ten minutes before your appointment.",
                  "You can bring a friend or relative with you."]))
    p2 = (text(X, 90, "Who can come with you", 16)
          + body(["You are welcome to bring your hus-",
                  "band or wife, or anyone else you choose."]))
    p3 = (text(X, 90, "Before surgery", 16)
          + body(["Each patient should tell the nurse if",
                  "his or her medicines have changed."])
          + pieces(X, 200, [("The chair", X), ("man of the committee will write to you.",
                                                X + width("The chair"))]))
    pages = [p1, p2, p3]
    return make_pdf([c + chrome(i + 1, 3) for i, c in enumerate(pages)], notes=notes)


@pytest.fixture(scope="module")
def leaflet_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("pdf") / "leaflet.pdf"
    path.write_bytes(leaflet())
    return path


@pytest.fixture(scope="module")
def result(leaflet_path, settings):
    from inclusive_lint.api import lint_file

    return lint_file(str(leaflet_path), settings)


def by_text(result, phrase):
    found = [f for f in result.findings if f.text.lower() == phrase]
    assert found, f"no finding for {phrase!r}: {[(f.rule_id, f.text) for f in result.findings]}"
    return found


def test_reads_pages_in_order_as_paragraphs(leaflet_path):
    from inclusive_lint.readers import read_document

    doc = read_document(str(leaflet_path), leaflet_path.read_bytes())
    texts = [b.text for b in doc.blocks]
    assert "Please arrive ten minutes before your appointment. You can bring a friend or " \
           "relative with you." in texts
    heading = next(b for b in doc.blocks if b.text == "Coming to the clinic")
    assert heading.kind == "heading" and heading.location.page == 1
    assert [b.location.page for b in doc.blocks if b.kind == "heading"] == [1, 2, 3]


def test_hyphenated_word_at_line_end_is_rejoined(result):
    (f,) = by_text(result, "husband or wife")
    assert f.location.page == 2
    x0, top, x1, bottom = f.location.bbox
    # spans the end of line 1 ("hus-") and the start of line 2 ("band or wife")
    assert x0 == pytest.approx(X, abs=1.5)
    assert top == pytest.approx(130, abs=2) and bottom == pytest.approx(130 + PITCH + BODY, abs=3)
    assert x1 == pytest.approx(X + width("You are welcome to bring your hus"), abs=2)


def test_finding_box_and_line_on_page_three(result):
    (f,) = by_text(result, "his or her")
    assert f.location.page == 3
    x0, top, x1, bottom = f.location.bbox
    assert x0 == pytest.approx(X, abs=1.5)
    assert x1 == pytest.approx(X + width("his or her"), abs=1.5)
    assert top == pytest.approx(130 + PITCH, abs=2)
    assert bottom - top == pytest.approx(BODY * 1.17, abs=2)
    # header (1), heading (2), body line 1 (3), body line 2 (4)
    assert f.location.line == 4
    assert f.location.describe() == "page 3: section \u201cBefore surgery\u201d"   # under its heading


def test_word_drawn_in_pieces_reads_as_one(result):
    (f,) = by_text(result, "chairman")
    assert f.location.page == 3
    x0, top, x1, _ = f.location.bbox
    assert x0 == pytest.approx(X + width("The "), abs=1.5)
    assert x1 == pytest.approx(X + width("The chairman"), abs=1.5)
    assert top == pytest.approx(200, abs=2)


def test_running_footer_gives_one_finding_listing_its_pages(result):
    found = by_text(result, "next of kin")
    assert len(found) == 1
    loc = found[0].location
    assert loc.pages == (1, 2, 3) and loc.page == 1 and loc.part == "footer"
    assert loc.describe() == "pages 1\u20133: footer"
    assert loc.bbox[1] == pytest.approx(740, abs=2)


def test_header_and_footer_blocks(leaflet_path):
    from inclusive_lint.readers import read_document

    doc = read_document(str(leaflet_path), leaflet_path.read_bytes())
    header = [b for b in doc.blocks if b.kind == "header"]
    footer = [b for b in doc.blocks if b.kind == "footer"]
    assert [b.text for b in header] == ["Clinic leaflet 42"]
    assert [b.text for b in footer] == ["If your next of kin changes, please tell the ward. Page 1 of 3"]
    assert footer[0].location.pages == (1, 2, 3)
    assert not any("Clinic leaflet" in b.text for b in doc.blocks if b.kind != "header")


def test_clean_page_has_no_findings(result):
    assert not [f for f in result.findings if f.location.page == 1 and f.location.part != "footer"]
    assert result.notices == [] and result.errors == []


def test_text_output_names_page(cli, leaflet_path):
    before = hashlib.sha256(leaflet_path.read_bytes()).hexdigest()
    proc = cli(leaflet_path, "--no-config")
    assert proc.returncode == 1, proc.stderr
    lines = proc.stdout.splitlines()
    assert any(ln.startswith(f"{leaflet_path}: page 3: ") and "his or her" in proc.stdout for ln in lines)
    assert any(ln.startswith(f"{leaflet_path}: pages 1\u20133: footer: ") for ln in lines)
    assert "Traceback" not in proc.stderr
    assert hashlib.sha256(leaflet_path.read_bytes()).hexdigest() == before


def test_json_location_has_page_box_and_line(cli, leaflet_path):
    proc = cli(leaflet_path, "--no-config", "--format", "json")
    data = json.loads(proc.stdout)
    (file,) = data["files"]
    f = next(f for f in file["findings"] if f["text"].lower() == "his or her")
    loc = f["location"]
    assert loc["page"] == 3 and loc["line"] == 4
    assert len(loc["bbox"]) == 4 and loc["bbox"][0] == pytest.approx(X, abs=1.5)
    footer = next(f for f in file["findings"] if f["text"].lower() == "next of kin")
    assert footer["location"]["pages"] == [1, 2, 3]


def test_pages_without_text_layer_are_a_notice(tmp_path, cli, settings):
    from inclusive_lint.api import lint_file

    pages = [body(["Please arrive ten minutes early."])] + [image_page()] * 4 + [body(["Thank you."])]
    path = tmp_path / "scan.pdf"
    path.write_bytes(make_pdf(pages))
    result = lint_file(str(path), settings)
    assert result.status == "incomplete" and result.not_checked() == f"pages 2\u20135 of {path}"
    assert [n.message for n in result.notices] == [
        "pages 2\u20135 have no text layer (scanned?): not checked; run with --ocr to read them"]
    proc = cli(path, "--no-config")
    assert "pages 2\u20135 have no text layer" in proc.stdout
    data = json.loads(cli(path, "--no-config", "--format", "json").stdout)
    assert data["files"][0]["notices"][0]["code"] == "pdf-no-text"


def test_all_pages_scanned_is_never_clean(tmp_path, settings):
    from inclusive_lint.api import lint_file

    path = tmp_path / "allscan.pdf"
    path.write_bytes(make_pdf([image_page(), image_page()]))
    result = lint_file(str(path), settings)
    assert result.status == "incomplete"
    assert "no page has a text layer" in result.notices[0].message


def test_blank_page_is_not_reported_as_scanned(tmp_path, settings):
    from inclusive_lint.api import lint_file

    path = tmp_path / "blank.pdf"
    path.write_bytes(make_pdf([body(["Page one."]), "", body(["Page three."])]))
    result = lint_file(str(path), settings)
    assert result.status == "clean" and result.notices == []


def test_illustrated_cover_without_text_is_not_called_scanned(tmp_path, settings):
    from inclusive_lint.api import lint_file

    cover = "0 0 1 rg 100 300 400 400 re f\n" + image_page()     # a drawing and a small picture
    full_scan = "q 612 0 0 792 0 0 cm /Im1 Do Q\n0 0 1 rg 10 10 20 20 re f\n"
    path = tmp_path / "cover.pdf"
    path.write_bytes(make_pdf([cover, body(["Please arrive ten minutes early."]), full_scan]))
    result = lint_file(str(path), settings)
    assert [n.message for n in result.notices] == [
        "page 3 has no text layer (scanned?): not checked; run with --ocr to read them"]


def test_sentence_runs_on_over_a_page_break(tmp_path):
    from inclusive_lint.readers import read_document

    pages = [body(["Please tell us who we should contact if"], top=700),
             body(["your husband or wife is not available."])]
    doc = read_document("x.pdf", make_pdf(pages))
    (block,) = [b for b in doc.blocks if "contact" in b.text]
    assert block.text == ("Please tell us who we should contact if your husband or wife is not "
                          "available.")
    s = block.text.index("husband")
    assert doc.locate(block, s, s + 7).page == 2
    across = doc.locate(block, block.text.index("contact if"), s + 7)
    assert across.page == 1 and across.pages == (1, 2) and across.describe() == "pages 1\u20132"


def test_compound_hyphen_at_line_end_is_kept(tmp_path):
    from inclusive_lint.readers import read_document

    doc = read_document("x.pdf", make_pdf([body(["Tell us about your next-of-", "kin and any self-",
                                                  "employed work."])]))
    assert doc.blocks[0].text == "Tell us about your next-of-kin and any self-employed work."


def test_columns_and_bullets_make_separate_blocks():
    from inclusive_lint.readers import read_document

    page = (text(72, 100, "Left column text that runs", 11) + text(72, 113, "down the page.", 11)
            + text(320, 100, "Right column starts here", 11) + text(320, 113, "and ends here.", 11)
            + text(72, 200, "\u2022 first point", 11) + text(72, 213, "\u2022 second point", 11))
    doc = read_document("x.pdf", make_pdf([page]))
    texts = [b.text for b in doc.blocks]
    assert "Left column text that runs down the page." in texts
    assert "Right column starts here and ends here." in texts
    assert [b.kind for b in doc.blocks if b.text.startswith("\u2022 ")] == ["list_item", "list_item"]


def test_ligatures_and_soft_hyphens_are_normalised():
    from inclusive_lint.readers.pdf.layout import join_lines
    from inclusive_lint.readers.pdf.text import Line

    first = Line(1, 0, 12, "the \ufb01rst gen\u00ad", (72, 100, 200, 113), False)
    second = Line(1, 13, 30, "der clinic", (72, 113, 150, 126), False)
    text, seg = join_lines([first, second])
    assert text == "the first gender clinic"
    # both letters of the ligature map to its one glyph; "der" maps to the second line
    assert seg.chars(4, 6) == [(1, 4, 5)]
    assert seg.chars(13, 16) == [(1, 13, 16)]


def test_sentence_runs_on_from_one_column_to_the_next():
    from inclusive_lint.readers import read_document

    page = (text(72, 100, "Visitors are welcome. You may bring", 11)
            + text(72, 113, "your husband", 11)
            + text(320, 100, "or wife to the clinic.", 11) + text(320, 113, "Parking is free.", 11))
    doc = read_document("x.pdf", make_pdf([page]))
    (block,) = [b for b in doc.blocks if "husband" in b.text]
    assert "your husband or wife to the clinic." in block.text
    s = block.text.index("or wife")
    assert doc.locate(block, s, s + 7).bbox[0] == pytest.approx(320, abs=1.5)


def test_pdf_comment_allows_a_finding(tmp_path, settings):
    from inclusive_lint.api import lint_file

    his = (X, 130 + PITCH, X + width("his or her"), 130 + PITCH + BODY)
    chair = (X, 200, X + width("The chairman"), 211)
    notes = [{"page": 3, "subtype": "Highlight", "rect": his,
              "contents": "inclusive-lint: allow PRN-003 because the sentence quotes the 1998 policy"},
             {"page": 3, "subtype": "Text", "rect": (40, 200, 56, 212),
              "contents": "inclusive-lint: allow ROL-001 because it names the committee's own title"},
             {"page": 2, "subtype": "Highlight", "rect": (X, 130, X + 40, 141),
              "contents": "Please reword this"}]
    path = tmp_path / "reviewed.pdf"
    path.write_bytes(leaflet(notes))
    result = lint_file(str(path), settings)
    texts = sorted(f.text.lower() for f in result.findings)
    assert texts == ["husband or wife", "next of kin"]
    reasons = sorted(reason for _, reason in result.suppressed)
    assert reasons == ["PDF comment on page 3: it names the committee's own title",
                       "PDF comment on page 3: the sentence quotes the 1998 policy"]


def test_bold_heading_the_size_of_the_text_is_its_own_block():
    from inclusive_lint.readers import read_document

    page = (text(X, 100, "Next of kin", BODY, bold=True)
            + text(X, 113, "Please tell us who we should contact in an emergency.", BODY)
            + text(X, 126, "We will ask again at each visit.", BODY))
    doc = read_document("x.pdf", make_pdf([page]))
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("heading", "Next of kin"),
        ("paragraph", "Please tell us who we should contact in an emergency. We will ask again at "
                      "each visit.")]
