"""The EIA evidence annex (--format docx / odt): its structure read back with python-docx and
lxml, LibreOffice opens it, and document text can never become Word markup."""
import io
import re
import time
import zipfile
from pathlib import Path

import docx
import pytest
from lxml import etree

from annex_support import NINE, convert, headings, section, synthetic_report
from test_report_support import rich_report

ROOT = Path(__file__).resolve().parent.parent
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
NS = {"text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
      "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
      "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
      "dc": "http://purl.org/dc/elements/1.1/", "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"}


def render(fmt, report, settings, **ctx):
    from inclusive_lint.formatters import render as _render

    return _render(fmt, report, dict(ctx, settings=settings))


@pytest.fixture(scope="module")
def example(tmp_path_factory):
    """The annex of the shipped example policy, written by the command line."""
    from conftest import run_cli

    out = tmp_path_factory.mktemp("annex") / "annex.docx"
    res = run_cli(ROOT / "examples" / "policy.docx", "--no-config", "--no-cache", "--format", "docx", "-o", out)
    assert res.returncode == 1, res.stderr
    json_res = run_cli(ROOT / "examples" / "policy.docx", "--no-config", "--no-cache", "--format", "json")
    import json

    return out, json.loads(json_res.stdout)


def test_annex_has_the_eia_sections_in_order_with_real_heading_styles(example):
    out, data = example
    doc = docx.Document(str(out))
    found = headings(doc)
    assert found[0] == ("Title", "Equality impact assessment: evidence annex")
    level1 = [t for s, t in found if s == "Heading 1"]
    assert level1 == ["1 Summary", "2 Evidence by protected characteristic", "3 Action plan",
                      "4 Justified exceptions", "5 Files not read and pages not checked", "6 Sign-off"]
    assert [t for s, t in found if s == "Heading 2"] == NINE          # all nine, Equality Act order
    for name in NINE:
        sub = [p.text for p in section(doc, name, "Heading 2") if p.style.name == "Heading 3"]
        assert sub == ["Evidence", "Potential impact", "Public Sector Equality Duty aims engaged",
                       "Suggested mitigation"], name
    notes = {name for name in NINE if any("Non-binary and intersex" in p.text for p in section(doc, name, "Heading 2"))}
    assert notes == {"Sex", "Gender reassignment"}
    props = doc.core_properties
    assert props.author == "inclusive-lint" and props.title.startswith("EIA evidence annex: ")
    assert "policy.docx" in props.title


def test_annex_evidence_puts_flagged_words_in_bold_and_rates_the_impact(example):
    out, data = example
    doc = docx.Document(str(out))
    findings = data["files"][0]["findings"]
    sex = [f for f in findings if "sex" in f["characteristics"]]
    assert sex, "the example has findings about sex"
    sex_section = section(doc, "Sex", "Heading 2")
    bold = [r.text for p in sex_section if p.style.name == "Quote" for r in p.runs if r.bold]
    assert sorted(bold) == sorted(f["text"] for f in sex)
    # the sentence around the bold words is there too, unbolded
    quotes = [p.text for p in sex_section if p.style.name == "Quote"]
    assert any(f["context"] in q for f in sex for q in quotes)
    impact = [p.text for p in section(doc, "Potential impact", "Heading 3")]
    assert impact[0].startswith("Negative") if any(f["severity"] != "info" for f in sex) else True
    # a characteristic without findings says what was checked
    age = " ".join(p.text for p in section(doc, "Age", "Heading 2"))
    assert "No findings in the documents checked" in age and "None found" in age
    pregnancy = " ".join(p.text for p in section(doc, "Pregnancy and maternity", "Heading 2"))
    assert re.search(r"checked against \d+ rules? about it \([A-Z]{3}-\d{3}", pregnancy)


def test_action_plan_is_a_styled_table_with_a_repeating_header_and_blank_owner(example):
    out, data = example
    doc = docx.Document(str(out))
    live = [f for f in data["files"][0]["findings"] if not f.get("waived")]
    plan = [t for t in doc.tables if t.rows[0].cells[0].text == "Finding"]
    assert len(plan) == 1
    table = plan[0]
    assert [c.text for c in table.rows[0].cells] == ["Finding", "Action", "Owner", "Due date", "Status"]
    assert table.style.name == "Table Grid"
    header = table.rows[0]._tr.trPr.find(W + "tblHeader")
    assert header is not None and header.get(W + "val") in ("true", "1", None)
    assert len(table.rows) == 1 + len(live)
    for row, f in zip(table.rows[1:], live):
        cells = row.cells
        assert f["rule_id"] in cells[0].text and f["text"] in cells[0].text
        assert cells[2].text == "" and cells[3].text == "" and cells[4].text == "Open"
        assert cells[1].text == ("; ".join(f["suggestions"]) or f["message"])
    signoff = doc.tables[-1]
    assert [c.text for c in signoff.rows[0].cells] == ["Name", "Role", "Date"]
    assert [c.text for c in signoff.rows[1].cells] == ["", "", ""]


def test_annex_lists_exceptions_and_what_was_not_checked(settings, tmp_path):
    report = rich_report(settings, tmp_path)
    doc = docx.Document(io.BytesIO(render("docx", report, settings)))
    exceptions = next(t for t in doc.tables if t.rows[0].cells[0].text == "Kind")
    kinds = [r.cells[0].text for r in exceptions.rows[1:]]
    assert kinds.count("Waiver") == 1 and kinds.count("Suppression") == 1
    reasons = " ".join(r.cells[4].text for r in exceptions.rows[1:])
    assert "approved by the EIA panel" in reasons and "Mental Health Act" in reasons
    problems = next(t for t in doc.tables if [c.text for c in t.rows[0].cells] == ["Document", "What", "Detail"])
    text = [[c.text for c in r.cells] for r in problems.rows[1:]]
    assert any(r[0].endswith("missing.docx") and r[1].startswith("Not read") for r in text)
    assert any(r[0] == "broken.pdf" for r in text)
    assert any("no text layer" in r[2] and r[1] == "Read in part" for r in text)
    summary = next(t for t in doc.tables if t.rows[0].cells[0].text == "Severity")
    assert ["Documents that could not be read", "2"] in [[c.text for c in r.cells] for r in summary.rows]


HOSTILE = ('{ MERGEFIELD Name } { HYPERLINK "javascript:alert(1)" } </w:t><w:fldSimple w:instr="DATE"/> '
           '<![CDATA[x]]> &amp; & < > " \' \x01\x0b\ud800 \u202e his or her \t end')


@pytest.mark.parametrize("fmt", ["docx", "odt"])
def test_document_text_stays_text_in_the_annex(settings, tmp_path, fmt):
    report = synthetic_report(settings, tmp_path, 3, "his or her", HOSTILE)
    data = render(fmt, report, settings)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert z.testzip() is None
        xml = z.read("word/document.xml" if fmt == "docx" else "content.xml")
    root = etree.fromstring(xml)          # well-formed
    if fmt == "docx":
        for tag in ("fldSimple", "fldChar", "instrText", "hyperlink"):
            assert root.find(f".//{W}{tag}") is None, tag
        text = "".join(root.itertext())
        doc = docx.Document(io.BytesIO(data))
        assert any(r.bold and r.text == "his or her" for p in doc.paragraphs for r in p.runs)
    else:
        assert root.find(".//{urn:oasis:names:tc:opendocument:xmlns:text:1.0}a") is None
        text = "".join(root.itertext())
    assert '{ MERGEFIELD Name } { HYPERLINK "javascript:alert(1)" } </w:t><w:fldSimple w:instr="DATE"/>' in text
    assert "<![CDATA[x]]> &amp; & < >" in text and "\x01" not in text


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["docx", "odt"])
def test_ten_thousand_findings_make_a_valid_annex(settings, tmp_path, fmt):
    report = synthetic_report(settings, tmp_path, 10_000, "his or her", "Ask his or her manager & <HR>.")
    start = time.perf_counter()
    data = render(fmt, report, settings)
    elapsed = time.perf_counter() - start
    print(f"{fmt}: 10,000 findings -> {len(data) // 1024} KB in {elapsed:.1f} s")
    if fmt == "docx":
        doc = docx.Document(io.BytesIO(data))
        plan = next(t for t in doc.tables if t.rows[0].cells[0].text == "Finding")
        assert len(plan.rows) == 10_001
    else:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            root = etree.fromstring(z.read("content.xml"))
        rows = root.findall(".//table:table[@table:name]", NS)
        assert max(len(t.findall("table:table-row", NS)) for t in rows) == 10_000


def test_odt_annex_has_outline_headings_header_rows_and_metadata(example, settings, tmp_path):
    report = rich_report(settings, tmp_path)
    data = render("odt", report, settings)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert z.read("mimetype") == b"application/vnd.oasis.opendocument.text"
        content = etree.fromstring(z.read("content.xml"))
        meta = etree.fromstring(z.read("meta.xml"))
    levels = [(h.get(f"{{{NS['text']}}}outline-level"), "".join(h.itertext()))
              for h in content.iter(f"{{{NS['text']}}}h")]
    assert [t for lvl, t in levels if lvl == "2"][:9] == NINE
    assert ("1", "3 Action plan") in levels and ("1", "6 Sign-off") in levels
    tables = content.findall(".//table:table", NS)
    assert tables and all(t.find("table:table-header-rows", NS) is not None for t in tables)
    assert meta.find(".//dc:creator", NS).text == "inclusive-lint"
    assert meta.find(".//dc:title", NS).text.startswith("EIA evidence annex")


def test_binary_formats_need_an_output_file(cli, tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("Ask his or her manager.\n", encoding="utf-8")
    for fmt in ("docx", "odt"):
        res = cli(src, "--no-config", "--format", fmt)
        assert res.returncode == 2 and res.stdout == ""
        assert res.stderr.strip() == (f"inclusive-lint: error: --format {fmt} writes a binary file: "
                                      f"add -o FILE (for example -o annex.{fmt})")


@pytest.mark.slow
def test_annex_opens_in_libreoffice_and_converts_to_pdf(example, settings, tmp_path):
    out, _ = example
    odt = tmp_path / "rich.odt"
    odt.write_bytes(render("odt", rich_report(settings, tmp_path), settings))
    res = convert(tmp_path, "pdf", out, odt)
    for name in ("annex.pdf", "rich.pdf"):
        pdf = tmp_path / "lo" / name
        assert pdf.exists() and pdf.stat().st_size > 10_000, res.stdout + res.stderr
    import pypdf

    for pdf in (tmp_path / "lo").glob("*.pdf"):
        reader = pypdf.PdfReader(str(pdf))
        text = " ".join(page.extract_text() for page in reader.pages)
        assert len(reader.pages) >= 3
        for heading in ("1 Summary", "3 Action plan", "6 Sign-off", "Religion or belief"):
            assert heading in text, (pdf.name, heading)
