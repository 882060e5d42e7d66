"""The Word reader reads what a reader of the document sees, and says where it is."""
from __future__ import annotations

from test_docx_support import make_docx, p, r, read_docx, table, texts

from inclusive_lint.api import lint_file


def lint_docx(settings, path):
    result = lint_file(str(path), settings)
    assert not result.errors, result.errors
    return result


def test_split_runs_bookmarks_and_proofing_marks_read_as_one_word(tmp_path, settings):
    runs = (r("Each manager must tell ") + '<w:proofErr w:type="spellStart"/>' + r("h", "<w:b/>")
            + '<w:bookmarkStart w:id="5" w:name="x"/>' + r("is", "<w:i/>") + '<w:bookmarkEnd w:id="5"/>'
            + '<w:proofErr w:type="spellEnd"/>' + r(" team about his or her rota."))
    path = make_docx(tmp_path / "split.docx", body=p(runs=runs))
    doc = read_docx(path)
    assert texts(doc) == ["Each manager must tell his team about his or her rota."]
    result = lint_docx(settings, path)
    flagged = {(f.rule_id, f.text) for f in result.findings}
    assert ("PRN-003", "his or her") in flagged
    assert all(f.location.part == "body" and f.location.paragraph == 1 for f in result.findings)


def test_heading_path_paragraph_numbers_and_list_items(tmp_path, settings):
    body = (p("Family Leave Policy", "Title") + p("3 Leave", "Heading1") + p("Intro.")
            + p("3.2 Bereavement leave", "Heading2")
            + p("Each employee may take leave when his or her partner dies.")
            + p("time off for his or her dependants", "ListBullet"))
    path = make_docx(tmp_path / "h.docx", body=body)
    doc = read_docx(path)
    kinds = [b.kind for b in doc.blocks]
    assert kinds == ["heading", "heading", "paragraph", "heading", "paragraph", "list_item"]
    result = lint_docx(settings, path)
    hits = [f for f in result.findings if f.rule_id == "PRN-003"]
    assert [f.location.paragraph for f in hits] == [5, 6]
    assert hits[0].location.heading == "3 Leave > 3.2 Bereavement leave"
    assert hits[0].location.describe() == "section \u201c3 Leave > 3.2 Bereavement leave\u201d: paragraph 5"
    assert hits[1].location.to_dict()["heading"] == "3 Leave > 3.2 Bereavement leave"


def test_word_numbering_goes_into_the_heading_path(tmp_path):
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    d = docx.Document()
    numbering = d.part.numbering_part.element
    numbering.append(parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1"/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>'
        '</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    for text, style, ilvl in (("Purpose", "Heading 1", 0), ("Leave", "Heading 1", 0),
                              ("Annual leave", "Heading 2", 1), ("Bereavement leave", "Heading 2", 1)):
        para = d.add_paragraph(text, style=style)
        para._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="90"/></w:numPr>'))
    d.add_paragraph("Body text.")
    path = tmp_path / "num.docx"
    d.save(str(path))
    doc = read_docx(path)
    assert doc.blocks[-1].location.heading == "2 Leave > 2.2 Bereavement leave"


def test_tables_nested_tables_and_cell_locations(tmp_path, settings):
    inner = table([["his or her carer", "x"]])
    body = p("Form", "Heading1") + table([["Name", ""], ["Contact", p("Outer") + inner]])
    path = make_docx(tmp_path / "t.docx", body=body)
    doc = read_docx(path)
    cells = [(b.location.table, b.location.row, b.location.cell, b.text) for b in doc.blocks
             if b.kind == "table_cell"]
    assert cells == [(1, 1, 1, "Name"), (1, 1, 2, ""), (1, 2, 1, "Contact"),
                     (2, 1, 1, "his or her carer"), (2, 1, 2, "x"), (1, 2, 2, "Outer")]
    result = lint_docx(settings, path)
    f = next(f for f in result.findings if f.rule_id == "PRN-003")
    assert (f.location.table, f.location.row, f.location.cell) == (2, 1, 1)
    assert f.location.describe() == "section \u201cForm\u201d: table 2 row 1 column 1"


def test_check_box_glyphs_stay_in_cell_text(tmp_path):
    path = make_docx(tmp_path / "g.docx", body=table([["Sex", "\u2610 Male \u2610 Female"]]))
    assert texts(read_docx(path), "table_cell") == ["Sex", "\u2610 Male \u2610 Female"]


def test_headers_and_footers_of_every_variant(tmp_path, settings):
    path = make_docx(tmp_path / "hf.docx", body=p("Body."),
                     headers={"default": p("Default header"), "first": p("Ask his or her manager"),
                              "even": p("Even header")},
                     footers={"default": p("Default footer"), "even": p("Even footer: his or her")})
    doc = read_docx(path)
    got = {(b.kind, b.text, dict(b.location.extra or ()).get("variant")) for b in doc.blocks}
    assert ("header", "Default header", None) in got
    assert ("header", "Ask his or her manager", "first page") in got
    assert ("header", "Even header", "even page") in got
    assert ("footer", "Even footer: his or her", "even page") in got
    result = lint_docx(settings, path)
    where = sorted(f.location.describe() for f in result.findings if f.rule_id == "PRN-003")
    assert where == ["footer (even page)", "header (first page)"]


def test_footnotes_and_endnotes_by_number(tmp_path, settings):
    ref = '<w:r><w:footnoteReference w:id="{}"/></w:r>'
    body = p(runs=r("First") + ref.format(7)) + p(runs=r("Second") + ref.format(3)
                                                  + '<w:r><w:endnoteReference w:id="2"/></w:r>')
    path = make_docx(tmp_path / "n.docx", body=body,
                     footnotes={3: p(runs='<w:r><w:footnoteRef/></w:r>' + r(" Ask his or her GP.")),
                                7: p("Plain note.")},
                     endnotes={2: p("Tell your husband or wife.")})
    doc = read_docx(path)
    notes = [(b.kind, b.location.paragraph, b.text) for b in doc.blocks if b.kind in ("footnote", "endnote")]
    assert ("footnote", 2, " Ask his or her GP.") in notes      # second reference in the body
    assert ("footnote", 1, "Plain note.") in notes
    assert ("endnote", 1, "Tell your husband or wife.") in notes
    result = lint_docx(settings, path)
    assert "footnote 2" in {f.location.describe() for f in result.findings}
    assert "endnote 1" in {f.location.describe() for f in result.findings}


TEXTBOX = (
    '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor>'
    '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
    '<wps:wsp><wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx></wps:wsp>'
    '</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
    '<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox>'
    '</v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>')


def test_text_boxes_read_once_skipping_the_fallback_copy(tmp_path, settings):
    body = p(runs=r("Anchor paragraph.") + TEXTBOX.format(inner=p("Staff should ask his or her manager.")))
    path = make_docx(tmp_path / "tb.docx", body=body)
    doc = read_docx(path)
    boxes = [b for b in doc.blocks if b.kind == "text_box"]
    assert [b.text for b in boxes] == ["Staff should ask his or her manager."]
    result = lint_docx(settings, path)
    f = next(f for f in result.findings if f.rule_id == "PRN-003")
    assert f.location.describe() == "text box 1"
    # a VML-only text box (older documents) is read too
    path2 = make_docx(tmp_path / "vml.docx", body=p(runs=(
        '<w:r><w:pict><v:shape><v:textbox><w:txbxContent>' + p("VML box text") + '</w:txbxContent>'
        '</v:textbox></v:shape></w:pict></w:r>')))
    assert texts(read_docx(path2), "text_box") == ["VML box text"]


def test_tracked_changes_read_as_accepted(tmp_path):
    runs = (r("Ask ") + '<w:del w:id="1" w:author="a"><w:r><w:delText>his </w:delText></w:r></w:del>'
            + '<w:ins w:id="2" w:author="a">' + r("their ") + "</w:ins>" + r("manager.")
            + '<w:moveFrom w:id="3" w:author="a">' + r(" Old place.") + "</w:moveFrom>"
            + '<w:moveTo w:id="4" w:author="a">' + r(" New place.") + "</w:moveTo>")
    path = make_docx(tmp_path / "tc.docx", body=p(runs=runs))
    assert texts(read_docx(path)) == ["Ask their manager. New place."]


def test_field_instructions_are_not_text_but_results_are(tmp_path):
    runs = (r("Dear ") + '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            + '<w:r><w:instrText xml:space="preserve"> MERGEFIELD his_or_her_title </w:instrText></w:r>'
            + '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + r("\u00abTitle\u00bb")
            + '<w:r><w:fldChar w:fldCharType="end"/></w:r>' + r(" Smith")
            + '<w:fldSimple w:instr=" PAGE ">' + r("3") + "</w:fldSimple>")
    path = make_docx(tmp_path / "f.docx", body=p(runs=runs))
    assert texts(read_docx(path)) == ["Dear \u00abTitle\u00bb Smith3"]


def test_hyperlink_text_is_read_and_hidden_text_is_not(tmp_path):
    runs = ('<w:hyperlink r:id="rId99">' + r("husband or wife") + "</w:hyperlink>"
            + r(" secret", "<w:vanish/>") + r(" end"))
    path = make_docx(tmp_path / "hl.docx", body=p(runs=runs))
    assert texts(read_docx(path)) == ["husband or wife end"]


def test_content_control_check_boxes_and_drop_downs_become_questions(tmp_path):
    def box(checked):
        glyph = "\u2612" if checked else "\u2610"
        return ('<w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val="%d"/></w14:checkbox></w:sdtPr>'
                '<w:sdtContent>%s</w:sdtContent></w:sdt>' % (checked, r(glyph)))
    dropdown = ('<w:sdt><w:sdtPr><w:dropDownList><w:listItem w:value="Choose an item."/>'
                '<w:listItem w:displayText="Mr" w:value="Mr"/><w:listItem w:displayText="Mrs" w:value="Mrs"/>'
                '<w:listItem w:displayText="Miss" w:value="Miss"/></w:dropDownList></w:sdtPr>'
                '<w:sdtContent>' + r("Choose an item.") + '</w:sdtContent></w:sdt>')
    body = (p(runs=r("Title: ") + dropdown)
            + p(runs=r("Sex: ") + box(0) + r(" Male ") + box(1) + r(" Female"))
            + table([["Gender", p(runs=box(0) + r(" Man"))], ["", ""]]))
    path = make_docx(tmp_path / "cc.docx", body=body)
    doc = read_docx(path)
    qs = [(q.label, q.options, q.source) for q in doc.questions]
    assert ("Title", ["Mr", "Mrs", "Miss"], "docx") in qs
    assert ("Sex", ["Male", "Female"], "docx") in qs
    assert ("Gender", ["Man"], "docx") in qs
    sex = next(q for q in doc.questions if q.label == "Sex")
    assert doc.blocks[sex.block_index].text == "Sex: \u2610 Male \u2612 Female"
    assert sex.location.paragraph == 2
    gender = next(q for q in doc.questions if q.label == "Gender")
    assert (gender.location.table, gender.location.row, gender.location.cell) == (1, 1, 2)


def test_table_row_of_check_boxes_is_one_question(tmp_path):
    def box():
        return ('<w:sdt><w:sdtPr><w14:checkbox/></w:sdtPr><w:sdtContent>' + r("\u2610")
                + '</w:sdtContent></w:sdt>')
    body = table([["Sex", p(runs=box() + r(" Male")), p(runs=box() + r(" Female"))]])
    doc = read_docx(make_docx(tmp_path / "row.docx", body=body))
    assert [(q.label, q.options) for q in doc.questions] == [("Sex", ["Male", "Female"])]


def test_legacy_form_fields_become_questions(tmp_path):
    def legacy(ffdata, instr):
        return ('<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="f"/>%s</w:ffData>'
                '</w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> %s </w:instrText></w:r>'
                '<w:r><w:fldChar w:fldCharType="end"/></w:r>' % (ffdata, instr))
    check = legacy('<w:checkBox><w:sizeAuto/><w:default w:val="0"/></w:checkBox>', "FORMCHECKBOX")
    drop = legacy('<w:ddList><w:listEntry w:val="Married"/><w:listEntry w:val="Single"/>'
                  '<w:listEntry w:val="Widowed"/></w:ddList>', "FORMDROPDOWN")
    body = p(runs=r("Marital status: ") + drop) + p(runs=r("Sex: ") + check + r(" Male ") + check + r(" Female"))
    doc = read_docx(make_docx(tmp_path / "legacy.docx", body=body))
    assert texts(doc) == ["Marital status: Married", "Sex: \u2610 Male \u2610 Female"]
    qs = [(q.label, q.options) for q in doc.questions]
    assert qs == [("Marital status", ["Married", "Single", "Widowed"]), ("Sex", ["Male", "Female"])]


def test_templates_and_macro_enabled_extensions_are_read(tmp_path, settings):
    path = make_docx(tmp_path / "a.docx", body=p("Ask his or her manager."))
    for ext in (".dotx", ".docm", ".dotm"):
        other = tmp_path / f"copy{ext}"
        other.write_bytes(path.read_bytes())
        result = lint_file(str(other), settings)
        assert not result.errors and result.format == "docx"
        assert any(f.rule_id == "PRN-003" for f in result.findings)


def test_json_location_for_a_table_cell(tmp_path, cli):
    import json

    path = make_docx(tmp_path / "j.docx", body=p("Leave", "Heading1") + table([["Next of kin", "his or her"]]))
    out = cli(str(path), "--format", "json")
    data = json.loads(out.stdout)
    finding = next(f for f in data["files"][0]["findings"] if f["rule_id"] == "PRN-003")
    assert finding["location"] == {"part": "body", "heading": "Leave", "table": 1, "row": 1, "cell": 2}


def test_an_unterminated_field_hides_no_more_than_its_paragraph(tmp_path):
    runs = r("Before ") + '<w:r><w:fldChar w:fldCharType="begin"/></w:r>' + \
        '<w:r><w:instrText xml:space="preserve"> MERGEFIELD name </w:instrText></w:r>'
    path = make_docx(tmp_path / "f.docx", body=p(runs=runs) + p("Ask his or her manager."))
    assert texts(read_docx(path)) == ["Before ", "Ask his or her manager."]


def test_json_report_of_a_word_file_matches_the_report_schema(tmp_path, cli):
    import json
    from pathlib import Path

    import jsonschema

    import inclusive_lint

    schema = json.loads((Path(inclusive_lint.__file__).parent / "schemas" / "report.schema.json").read_text())
    path = make_docx(tmp_path / "s.docx", body=p("Ask his or her manager.") + table([["Sex", "\u2610 Male \u2610 Female"]]),
                     headers={"first": p("Tell his or her GP")})
    data = json.loads(cli(str(path), "--format", "json").stdout)
    jsonschema.validate(data, schema)
    locations = [f["location"] for f in data["files"][0]["findings"]]
    assert {"part": "header", "paragraph": 1, "variant": "first page"} in locations


def test_lazy_imports_lxml_for_word_files_only_and_python_docx_only_to_annotate(tmp_path):
    import subprocess
    import sys

    path = make_docx(tmp_path / "a.docx", body=p("Ask his or her manager."))
    (tmp_path / "a.txt").write_text("Ask his or her manager.\n")
    code = ("import sys\nfrom inclusive_lint.api import lint_paths\nlint_paths([sys.argv[1]])\n"
            "print(sorted({m.split('.')[0] for m in sys.modules if m.startswith(('lxml', 'docx'))}))")
    txt = subprocess.run([sys.executable, "-c", code, str(tmp_path / "a.txt")], capture_output=True, text=True)
    assert txt.stdout.strip() == "[]", txt.stderr
    word = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True)
    assert word.stdout.strip() == "['lxml']", word.stderr


def test_text_fields_make_free_text_answers(tmp_path):
    def legacy_text(shown):
        return ('<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="t"/><w:textInput/>'
                '</w:ffData></w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> FORMTEXT </w:instrText>'
                '</w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' + r(shown)
                + '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    box = ('<w:sdt><w:sdtPr><w14:checkbox/></w:sdtPr><w:sdtContent>' + r("\u2610") + '</w:sdtContent></w:sdt>')
    plain = ('<w:sdt><w:sdtPr><w:text/></w:sdtPr><w:sdtContent>' + r("Click here") + '</w:sdtContent></w:sdt>')
    body = (p(runs=r("Gender: ") + legacy_text("\u2002\u2002\u2002"))
            + p(runs=r("Sex: ") + box + r(" Male ") + box + r(" Female ") + box + r(" Other: ") + plain)
            + p(runs=legacy_text("no label")))
    doc = read_docx(make_docx(tmp_path / "t.docx", body=body))
    qs = [(q.label, q.options, q.has_free_text) for q in doc.questions]
    assert qs == [("Gender", [], True), ("Sex", ["Male", "Female", "Other:"], True)]
