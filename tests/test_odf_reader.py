"""The OpenDocument reader: every part read with its Word-style location, form controls as
form questions, tracked changes as accepted, comments and hidden text not text, comment
suppressions, flat .fodt, and hostile files ending in one-line errors."""
import hashlib
import io
import zipfile

import pytest
from odf_maker import content_xml, h, make_odt, p, styles_xml, table

from inclusive_lint.api import lint_file
from inclusive_lint.readers.odf import read

NOTE = ('<text:note text:id="ftn{n}" text:note-class="{cls}"><text:note-citation>{n}</text:note-citation>'
        '<text:note-body>{body}</text:note-body></text:note>')
HIDDEN_STYLE = ('<style:style style:name="Hid" style:family="text">'
                '<style:text-properties text:display="none"/></style:style>')
FORMS = ('<office:forms><form:form form:name="F">'
         '<form:listbox form:name="t" xml:id="c1"><form:option form:label="Mr"/><form:option form:label="Mrs"/>'
         '<form:option form:label="Miss"/></form:listbox>'
         '<form:radio form:name="g" xml:id="r1" form:label="Male"/>'
         '<form:radio form:name="g" xml:id="r2" form:label="Female" form:current-selected="true"/>'
         '<form:checkbox form:name="k" xml:id="k1" form:label="I agree"/>'
         '</form:form></office:forms>')
MASTERS = ('<style:master-page style:name="Standard">'
           '<style:header>' + p("Default header: ask his or her manager") + '</style:header>'
           '<style:header-first>' + p("First page header") + '</style:header-first>'
           '<style:footer-left>' + p("Left page footer") + '</style:footer-left>'
           '<style:footer style:display="false">' + p("switched off footer") + '</style:footer>'
           '</style:master-page>'
           '<style:master-page style:name="Unused">'
           '<style:header>' + p("never shown header") + '</style:header></style:master-page>')


def crafted(tmp_path):
    body = (p("Family Leave Policy", "Title") + h("Leave") + p("Ask his or her manager.")
            + h("Bereavement leave", 2)
            + p("Staff may take leave." + NOTE.format(n=1, cls="footnote", body=p("A husband or wife counts."))
                + " More." + NOTE.format(n=2, cls="endnote", body=p("An endnote.")))
            + '<text:list text:style-name="L1"><text:list-item>' + p("a list item") + '</text:list-item>'
            + '<text:list-item>' + p("another item") + '</text:list-item></text:list>'
            + table([["Sex", "\u2610 Male  \u2610 Female"],
                     ["Notes", table([["nested cell"]], "Inner")]])
            + p('Before the box<draw:frame draw:name="F1" text:anchor-type="paragraph"><draw:text-box>'
                + p("Text in a frame") + '</draw:text-box></draw:frame> after')
            + p('Title: <draw:control draw:control="c1"/>')
            + p('Gender: <draw:control draw:control="r1"/> <draw:control draw:control="r2"/>')
            + p('<draw:control draw:control="k1"/>')
            + p('Relationship: <text:drop-down text:name="rel"><text:label text:value="Husband"/>'
                '<text:label text:value="Wife"/>Husband</text:drop-down>')
            + '<text:tracked-changes><text:changed-region text:id="ct1"><text:deletion>'
              '<office:change-info><dc:creator>x</dc:creator></office:change-info>'
            + p("deleted words") + '</text:deletion></text:changed-region></text:tracked-changes>'
            + p('Kept <text:change-start text:change-id="ct2"/>inserted<text:change-end text:change-id="ct2"/>'
                ' text<text:change text:change-id="ct1"/>.')
            + p('See <office:annotation office:name="a1"><dc:creator>me</dc:creator><text:p>a comment'
                '</text:p></office:annotation>this<office:annotation-end office:name="a1"/> now.')
            + p('Shown <text:span text:style-name="Hid">hidden words </text:span>too.')
            + p('Hidden paragraph<text:hidden-paragraph text:is-hidden="true" text:condition="ooow:1"/>')
            + p('Field <text:hidden-text text:condition="ooow:1" text:string-value="gone" text:is-hidden="true">'
                'gone</text:hidden-text><text:hidden-text text:condition="ooow:0" text:string-value="kept" '
                'text:is-hidden="false">kept</text:hidden-text> end.')
            + p('Go <text:a xlink:href="https://example.org">to the   page</text:a>.'))
    return make_odt(tmp_path / "crafted.odt", body, auto=HIDDEN_STYLE, masters=MASTERS, forms=FORMS)


def blocks_by_text(path):
    doc = read(path.read_bytes(), str(path), {})
    return doc, {b.text: b for b in doc.blocks}


def test_every_part_is_read_with_its_location(tmp_path):
    doc, by = blocks_by_text(crafted(tmp_path))
    where = {text: (b.kind, b.location.describe()) for text, b in by.items()}
    assert where["Family Leave Policy"] == ("heading", "paragraph 1")
    assert where["Leave"] == ("heading", "section \u201c1 Leave\u201d: paragraph 2")
    assert where["Ask his or her manager."] == ("paragraph", "section \u201c1 Leave\u201d: paragraph 3")
    sect = "section \u201c1 Leave > 1.1 Bereavement leave\u201d"
    assert where["Staff may take leave. More."] == ("paragraph", f"{sect}: paragraph 5")
    assert where["a list item"] == ("list_item", f"{sect}: paragraph 6")
    assert where["Sex"] == ("table_cell", f"{sect}: table 1 row 1 column 1")
    assert where["\u2610 Male \u2610 Female"][1] == f"{sect}: table 1 row 1 column 2"
    assert where["nested cell"] == ("table_cell", f"{sect}: table 2 row 1 column 1")
    assert where["Before the box after"] == ("paragraph", f"{sect}: paragraph 8")
    assert where["Text in a frame"] == ("text_box", f"text box 1: {sect}")
    assert where["A husband or wife counts."] == ("footnote", f"footnote 1: {sect}")   # where it is referenced
    assert where["An endnote."] == ("endnote", f"endnote 1: {sect}")
    assert where["Default header: ask his or her manager"] == ("header", "header")
    assert where["First page header"] == ("header", "header (first page)")
    assert where["Left page footer"] == ("footer", "footer (even page)")
    # JSON location keys as for .docx
    assert by["nested cell"].location.to_dict() == {"part": "body", "heading": "1 Leave > 1.1 Bereavement leave",
                                                    "table": 2, "row": 1, "cell": 1}
    assert by["First page header"].location.to_dict() == {"part": "header", "paragraph": 1,
                                                          "variant": "first page"}
    assert by["A husband or wife counts."].location.to_dict() == {"part": "footnote", "paragraph": 1,
                                                                  "heading": "1 Leave > 1.1 Bereavement leave"}
    # reading order: body, then headers and footers, then notes
    kinds = [b.location.part for b in doc.blocks]
    assert kinds.index("header") > kinds.index("text box") and kinds.index("footnote") > kinds.index("footer")


def test_what_a_reader_does_not_see_is_not_text(tmp_path):
    doc, by = blocks_by_text(crafted(tmp_path))
    text = "\n".join(by)
    assert "Kept inserted text." in by                      # tracked insertion kept
    assert "deleted words" not in text                      # the deletion log skipped
    assert "See this now." in by and "a comment" not in text
    assert "Shown too." in by and "hidden words" not in text
    assert "Hidden paragraph" not in text
    assert "Field kept end." in by                          # a hidden-text field shows when not hidden
    assert "switched off footer" not in text and "never shown header" not in text
    assert "Go to the page." in by                          # link text, white space collapsed


def test_form_controls_become_form_questions(tmp_path):
    doc, _ = blocks_by_text(crafted(tmp_path))
    qs = {q.label: q for q in doc.questions}
    assert qs["Title"].options == ["Mr", "Mrs", "Miss"]
    assert qs["Gender"].options == ["Male", "Female"]
    assert qs["Relationship"].options == ["Husband", "Wife"]
    assert any(q.options == ["I agree"] for q in doc.questions)   # a check box drawing its label
    assert {q.source for q in doc.questions} == {"odt"}


def test_form_questions_get_findings_like_word(tmp_path, settings):
    result = lint_file(str(crafted(tmp_path)), settings)
    rules = {(f.rule_id, f.location.describe()) for f in result.findings}
    sect = "section \u201c1 Leave > 1.1 Bereavement leave\u201d"
    assert ("FRM-004", f"{sect}: paragraph 9") in rules           # title list without Mx
    assert any(r == "FRM-001" and "table 1 row 1" in d for r, d in rules)
    assert ("BIN-006", f"footnote 1: {sect}") in rules
    assert ("PRN-003", "section \u201c1 Leave\u201d: paragraph 3") in rules


def test_outline_numbering_and_numbered_lists_in_the_heading_path(tmp_path):
    auto = ('<text:list-style style:name="LH"><text:list-level-style-number text:level="1" '
            'style:num-format="1" style:num-suffix="."/><text:list-level-style-number text:level="2" '
            'style:num-format="a" text:display-levels="2"/></text:list-style>')
    body = (h("Intro") + h("Scope") + h("Detail", 2) + p("Ask his or her manager.")
            + '<text:h text:outline-level="1" text:is-list-header="true">Annex</text:h>' + p("Annex text.")
            + '<text:list text:style-name="LH"><text:list-item>' + h("Listed") + '<text:list>'
            '<text:list-item>' + h("Sub", 2) + '</text:list-item></text:list></text:list-item></text:list>'
            + p("Under the list."))
    doc, by = blocks_by_text(make_odt(tmp_path / "num.odt", body, auto=auto))
    assert by["Ask his or her manager."].location.heading == "2 Scope > 2.1 Detail"
    assert by["Annex text."].location.heading == "Annex"
    assert by["Under the list."].location.heading == "1. Listed > 1.a Sub"


def test_several_master_pages_name_their_page_style(tmp_path):
    auto = '<style:style style:name="PL" style:family="paragraph" style:master-page-name="Landscape"/>'
    masters = ('<style:master-page style:name="Standard"><style:footer>' + p("Portrait footer")
               + '</style:footer></style:master-page><style:master-page style:name="Landscape" '
               'style:display-name="Landscape page"><style:footer>' + p("Landscape footer")
               + '</style:footer></style:master-page>')
    doc, by = blocks_by_text(make_odt(tmp_path / "m.odt", p("One.") + p("Two.", "PL"), auto=auto, masters=masters))
    assert by["Portrait footer"].location.describe() == "footer (page style Standard)"
    assert by["Landscape footer"].location.to_dict() == {"part": "footer", "paragraph": 1,
                                                         "page style": "Landscape page"}


def test_a_comment_suppresses_the_words_it_covers(tmp_path, settings):
    body = (p('<office:annotation office:name="c"><dc:creator>me</dc:creator><text:p>inclusive-lint: allow '
              'PRN-003 because quoting the Act</text:p></office:annotation>his or her'
              '<office:annotation-end office:name="c"/> in the Act.')
            + p("Ask his or her manager.")
            + p('Point comment<office:annotation><text:p>inclusive-lint: allow PRN-003 because a quote'
                '</text:p></office:annotation>: his or her.'))
    result = lint_file(str(make_odt(tmp_path / "s.odt", body)), settings)
    kept = [f.location.paragraph for f in result.findings if f.rule_id == "PRN-003"]
    gone = sorted(f.location.paragraph for f, _ in result.suppressed if f.rule_id == "PRN-003")
    assert kept == [2] and gone == [1, 3]


def test_a_flat_fodt_reads_as_the_odt(tmp_path):
    odt = crafted(tmp_path)
    with zipfile.ZipFile(odt) as z:
        content = z.read("content.xml").decode()
    styles = styles_xml(MASTERS)
    # one office:document with styles, master pages, automatic styles and body
    flat = content.replace("office:document-content", "office:document").replace(
        "<office:automatic-styles>", styles[styles.index("<office:styles>"):styles.index("</office:document-styles>")]
        + "<office:automatic-styles>", 1)
    (tmp_path / "crafted.fodt").write_text(flat, encoding="utf-8")
    a = read(odt.read_bytes(), "a.odt", {})
    b = read((tmp_path / "crafted.fodt").read_bytes(), "a.fodt", {})
    assert [(x.text, x.location) for x in a.blocks] == [(x.text, x.location) for x in b.blocks]


def _bomb():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", content_xml(p("x")) + " " * (60 * 1024 * 1024))
    return buf.getvalue()


def _laughs():
    lol = ('<?xml version="1.0"?><!DOCTYPE office:document-content [<!ENTITY a "ha">'
           '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]>')
    body = content_xml(p("Start &c; end"))
    return lol + body[body.index("<office:document-content"):]


HOSTILE = {
    "bomb.odt": (_bomb, "too-large", "zip bomb"),
    "laughs.odt": (lambda: None, "corrupt", "DOCTYPE"),
    "junk.odt": (lambda: b"\x00\x01junk" * 100, "corrupt", "not an OpenDocument file"),
    "empty.odt": (lambda: b"", "corrupt", "empty file"),
    "truncated.odt": (lambda: None, "corrupt", "damaged .odt"),
    "deep.odt": (lambda: None, "corrupt", "256 levels deep"),
    "locked.odt": (lambda: None, "encrypted", "password-protected"),
    "sheet.odt": (lambda: None, "unsupported", "spreadsheet"),
}


def _write_hostile(tmp_path, name):
    path = tmp_path / name
    if name == "laughs.odt":
        make_odt(path, "", content=_laughs())
    elif name == "truncated.odt":
        data = make_odt(tmp_path / "whole.odt", p("Ask his or her manager.") * 200).read_bytes()
        (tmp_path / "whole.odt").unlink()
        path.write_bytes(data[: len(data) // 2])
    elif name == "deep.odt":
        make_odt(path, p("<text:span>" * 3000 + "deep" + "</text:span>" * 3000))
    elif name == "locked.odt":
        manifest = ('<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
                    '<manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data/>'
                    '</manifest:file-entry></manifest:manifest>')
        make_odt(path, p("x"), manifest=manifest)
    elif name == "sheet.odt":
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as z:
            z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
            z.writestr("content.xml", "<x/>")
        path.write_bytes(buf.getvalue())
    else:
        path.write_bytes(HOSTILE[name][0]())
    return path


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_odt_is_a_clear_error(tmp_path, settings, name):
    path = _write_hostile(tmp_path, name)
    result = lint_file(str(path), settings)
    assert result.errors, name
    err = result.errors[0]
    assert (err.category, HOSTILE[name][2] in err.message) == (HOSTILE[name][1], True), err.message
    assert "\n" not in err.message


def test_cli_gives_one_line_per_bad_odt_and_lints_the_rest(cli, tmp_path):
    good = make_odt(tmp_path / "good.odt", p("Ask his or her manager."))
    bad = [_write_hostile(tmp_path, n) for n in ("bomb.odt", "laughs.odt", "junk.odt")]
    before = {f.name: hashlib.sha256(f.read_bytes()).hexdigest() for f in tmp_path.iterdir()}
    r = cli(tmp_path, "--no-config", "--no-cache")
    assert r.returncode == 2
    assert "Traceback" not in r.stdout + r.stderr
    for path in bad:
        assert len([ln for ln in r.stdout.splitlines() if ln.startswith(f"{path}: error:")]) == 1
    assert any(ln.startswith(f"{good}: ") and "PRN-003" in ln for ln in r.stdout.splitlines())
    assert {f.name: hashlib.sha256(f.read_bytes()).hexdigest() for f in tmp_path.iterdir()} == before


def test_a_list_box_alone_is_asked_by_the_paragraph_above(tmp_path):
    forms = ('<office:forms><form:form form:name="F"><form:fixed-text xml:id="l1" form:label="Your title"/>'
             '<form:listbox xml:id="t1"><form:option form:label="Mr"/><form:option form:label="Ms"/>'
             '</form:listbox><form:text xml:id="n1"/></form:form></office:forms>')
    body = (p('<draw:control draw:control="l1"/>') + p("") + p('<draw:control draw:control="t1"/>')
            + p('Name: <draw:control draw:control="n1"/>'))
    doc, by = blocks_by_text(make_odt(tmp_path / "f.odt", body, forms=forms))
    assert "Your title" in by                                   # a label control's text is read
    qs = {q.label: q for q in doc.questions}
    assert qs["Your title"].options == ["Mr", "Ms"]
    assert qs["Name"].has_free_text and not qs["Name"].options
