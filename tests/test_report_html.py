"""The HTML report for EIA reviewers: structure, content, escaping, self-containment.

Browser checks (axe-core, script injection, screenshot) are in test_report_browser.py.
"""
import re
import subprocess
import sys
from html.parser import HTMLParser

from test_report_support import PAYLOAD_IMG, PAYLOAD_SCRIPT, ROOT, rich_report


def render_html(report, settings):
    from inclusive_lint.formatters import render

    return render("html", report, {"colour": False, "quiet": False, "settings": settings})


class Outline(HTMLParser):
    """Collects tags, headings, tables and text for structural assertions."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.headings, self.stack, self.text = [], [], [], []
        self.tables = []          # [{"caption", "ths": [(scope, text)], "nested": [tags inside cells]}]
        self._cap = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        self.stack.append(tag)
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self.headings.append([int(tag[1]), ""])
        if tag == "table":
            self.tables.append({"caption": "", "ths": [], "inner": [], "cls": attrs.get("class", "")})
        if self.tables and "table" in self.stack:
            if tag == "th":
                self.tables[-1]["ths"].append(attrs.get("scope"))
            if ("td" in self.stack[:-1] or "th" in self.stack[:-1]):
                self.tables[-1]["inner"].append(tag)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        self.stack.pop()

    def handle_endtag(self, tag):
        if tag in self.stack:
            while self.stack and self.stack.pop() != tag:
                pass

    def handle_data(self, data):
        self.text.append(data)
        if self.stack and self.stack[-1] == "caption" and self.tables:
            self.tables[-1]["caption"] += data
        if self.headings and any(t in self.stack for t in ("h1", "h2", "h3", "h4")):
            self.headings[-1][1] += data


def outline(html):
    p = Outline()
    p.feed(html)
    return p


def test_cli_writes_a_self_contained_html_report(cli, tmp_path):
    out = tmp_path / "report.html"
    r = cli(ROOT / "examples" / "policy.md", "--no-config", "--format", "html", "--output", out)
    assert r.returncode == 1, r.stderr
    assert r.stdout == ""
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")
    assert '<html lang="en-GB">' in html
    o = outline(html)
    tags = [t for t, _ in o.tags]
    assert "script" not in tags and "link" not in tags and "iframe" not in tags and "img" not in tags
    # no external requests: only <a href> may point off the page
    for tag, attrs in o.tags:
        for key in ("src", "srcset", "poster", "data"):
            assert key not in attrs, (tag, attrs)
        if "href" in attrs and tag != "a":
            raise AssertionError(f"{tag} has href {attrs['href']}")
    assert "@import" not in html and "url(" not in html
    assert "<style>" in html and "@media print" in html
    assert "Content-Security-Policy" in html


def test_summary_groups_and_per_document_findings(settings, tmp_path):
    report = rich_report(settings, tmp_path)
    html = render_html(report, settings)
    o = outline(html)
    text = " ".join(o.text)
    # summary: what was checked, packs and versions, date, tool version, counts by severity
    from inclusive_lint import __version__

    assert f"inclusive-lint {__version__}" in text
    for name, version in report.packs:
        assert f"{name} version {version}" in text
    assert re.search(r"<time datetime=\"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\">", html)
    live = [f for r in report.files for f in r.findings if not f.waived]
    for sev in ("error", "warning", "info"):
        n = sum(1 for f in live if f.severity == sev)
        assert re.search(rf"{sev.capitalize()}</span></th><td class=\"num\">{n}</td>", html), sev
    # framework elements with own-words descriptions, and characteristics
    h = [t.strip() for _, t in o.headings]
    for code in ("2.3", "3.1", "3.2"):
        assert any(t.startswith(f"Pillar {code}:") for t in h), h
    assert "Gender reassignment" in text and "Sexual orientation" in text
    chars = html[html.index('id="by-characteristic"'):html.index('id="by-document"')]
    assert re.search(r'<th scope="row">Pregnancy and maternity</th><td class="num">0</td>\s*<td>none found</td>', chars)
    # per document: location, highlighted words, rationale, suggestions, link
    assert "page 2; section \u201c3 Leave &gt; 3.2 Bereavement leave\u201d; table 1, row 2, column 3" in html
    assert re.search(r"line 3, column \d+", text)
    assert "page 2; line 4" in text
    marks = re.findall(r"<mark><span class=\"vh\">\[flagged: </span>(.*?)<span class=\"vh\">\]</span></mark>", html)
    assert len(marks) == len(live)
    assert "his or her" in marks
    assert "Why it matters" in text and "Suggested wording" in text
    assert re.search(r'<a href="https://[^"]+" rel="noopener noreferrer">guidance for [A-Z]+-\d{3}</a>', html)


def test_headings_are_in_order_and_every_table_has_headers(settings, tmp_path):
    o = outline(render_html(rich_report(settings, tmp_path), settings))
    levels = [lvl for lvl, _ in o.headings]
    assert levels[0] == 1 and levels.count(1) == 1
    for a, b in zip(levels, levels[1:]):
        assert b <= a + 1, levels
    assert len(o.tables) >= 6
    for t in o.tables:
        assert t["caption"].strip(), t
        assert t["ths"] and all(s in ("col", "row") for s in t["ths"]), t


def test_exceptions_and_unreadable_files_have_their_own_sections(settings, tmp_path):
    report = rich_report(settings, tmp_path)
    html = render_html(report, settings)
    exc = html[html.index('id="exceptions"'):html.index('id="problems"')]
    assert "Waiver" in exc and "Quoted from the 2019 staff survey; approved by the EIA panel" in exc
    assert "Suppression" in exc and "Name of a statutory post in the Mental Health Act" in exc
    problems = html[html.index('id="problems"'):html.index('id="eia"')]
    assert "broken.pdf" in problems and "not a PDF file: re-export it from the source document" in problems
    assert "missing.docx" in problems and "no such file" in problems
    assert "page 3 has no text layer: scanned? needs OCR" in problems
    assert "unused suppression in leave-policy.txt line 9" in problems
    # waived findings are not listed as open findings
    docs = html[html.index('id="by-document"'):html.index('id="exceptions"')]
    waived = [f for r in report.files for f in r.findings if f.waived][0]
    assert docs.count("<mark>") == sum(1 for r in report.files for f in r.findings if not f.waived)
    assert "1 waived" in docs


def test_eia_table_pastes_cleanly(settings, tmp_path):
    html = render_html(rich_report(settings, tmp_path), settings)
    o = outline(html)
    eia = [t for t in o.tables if "eia" in t["cls"]]
    assert len(eia) == 1
    t = eia[0]
    # only line breaks inside cells: no nested tables, lists, links or spans to break a Word paste
    assert set(t["inner"]) <= {"br"}, t["inner"]
    start = html.index('<table class="eia">')
    block = html[start:html.index("</table>", start)]
    head = re.findall(r'<th scope="col">(.*?)</th>', block)
    assert head == ["Protected characteristic", "Evidence found", "Potential impact", "Suggested mitigation",
                    "Framework element", "Owner", "Date"]
    rows = re.findall(r"<tr><th scope=\"row\">(.*?)</th>(.*?)</tr>", block, re.S)
    assert {"Sex", "Gender reassignment", "Sexual orientation", "Pregnancy and maternity"} <= {r[0] for r in rows}
    for _, cells in rows:
        assert cells.rstrip().endswith("<td></td><td></td>")  # owner and date left blank


def test_document_text_and_file_names_are_escaped(settings, tmp_path):
    import dataclasses

    report = rich_report(settings, tmp_path)
    res = report.files[0]
    f = res.findings[0]
    res.findings[0] = dataclasses.replace(
        f, context=f"Before {PAYLOAD_SCRIPT} {f.text} {PAYLOAD_IMG}", context_span=(), link="javascript:alert(1)",
        suggestions=(PAYLOAD_IMG,), message=PAYLOAD_SCRIPT)
    res.path = f"{PAYLOAD_IMG}.txt"
    report.files[-1].errors[0].message = PAYLOAD_SCRIPT
    report.packs.append(("<b>pack</b>", PAYLOAD_IMG))
    html = render_html(report, settings)
    assert "<script" not in html and "<img" not in html and "<b>pack" not in html
    assert "&lt;script&gt;" in html and "&lt;img src=x onerror=" in html
    assert "javascript:" not in html


def test_clean_run_says_so(settings, tmp_path):
    from inclusive_lint.api import lint_paths

    p = tmp_path / "clean.md"
    p.write_text("Each applicant must attach a copy of their most recent payslip.\n")
    html = render_html(lint_paths([str(p)], settings=settings), settings)
    assert "Pass: nothing at or above the fail level." in html
    assert "No open findings in this document." in html
    assert "No findings were waived or suppressed." in html
    assert "Every document was read in full." in html


def test_jinja2_is_only_imported_by_the_html_formatter():
    code = ("import sys, inclusive_lint.cli, inclusive_lint.api\n"
            "from inclusive_lint.formatters import text, json, sarif, github, evidence\n"
            "print('jinja2' in sys.modules)")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert r.stdout.strip() == "False", r.stderr


def test_real_pdf_notices_are_never_silently_missing(settings, real):
    scanned = real / "docling" / "ocr_test.pdf"   # image-only, no text layer
    forms = [real / "pdfminer.six" / "f1040nr.pdf", real / "pypdf" / "libreoffice-form.pdf"]
    _notices_and_pages_reach_the_report(settings, scanned, forms)


def test_real_leaflet_notices_are_never_silently_missing(settings, corpus):
    scanned = corpus / "real" / "docling" / "ocr_test.pdf"
    _notices_and_pages_reach_the_report(settings, scanned, [corpus / "policies" / "genderkit-nhs-gdnrss-leaflets"])


def _notices_and_pages_reach_the_report(settings, scanned, others):
    import json
    from html import escape

    from inclusive_lint.api import display_path, lint_paths
    from inclusive_lint.formatters import render

    report = lint_paths([str(scanned), *map(str, others)], settings=settings)
    scanned = display_path(str(scanned))          # every format spells a path one way
    data = json.loads(render("json", report, {"settings": settings}))
    notices = [(f["path"], n["message"]) for f in data["files"] for n in f.get("notices", [])]
    assert any(path == str(scanned) for path, _ in notices), "expected a notice for the scanned PDF"
    html = render_html(report, settings)
    problems = html[html.index('id="problems"'):html.index('id="eia"')]
    for path, message in notices:
        assert escape(message, quote=True) in problems and escape(path, quote=True) in problems
    assert any(f["findings"] for f in data["files"])
    for f in data["files"]:
        for finding in f["findings"]:
            assert f"page {finding['location']['page']}" in html


def test_shipped_example_report_and_screenshot():
    import struct

    html = (ROOT / "examples" / "report.html").read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "EIA evidence table" in html
    for md in sorted((ROOT / "examples").glob("*.md")):
        assert f"examples/{md.name}" in html, f"re-run tests/browser/make-example.sh ({md.name} missing)"
    if (ROOT / "examples" / "policy.docx").exists():
        assert "examples/policy.docx" in html, "re-run tests/browser/make-example.sh"
    png = (ROOT / "examples" / "report.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", png[16:24]) == (1280, 2000)
    assert len(png) > 40_000
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "](examples/report.png)" in readme


def test_real_waiver_and_inline_suppression_reach_every_report(cli, tmp_path):
    import json

    import jsonschema

    (tmp_path / "p.md").write_text(
        "# Leave\n\nThe chairman decides. <!-- inclusive-lint-disable-line ROL-001 -- title of a statutory post -->\n\n"
        "Each employee gives the name of their next of kin.\n", encoding="utf-8")
    (tmp_path / ".inclusive-lint-waivers.yaml").write_text(
        "waivers:\n  - rule: FAM-001\n    path: p.md\n    reason: Term required by the regional <b>transfer</b> form\n",
        encoding="utf-8")
    r = cli("p.md", "--format", "html", "-o", "r.html", "--no-cache", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    exc = html[html.index('id="exceptions"'):html.index('id="problems"')]
    assert "title of a statutory post" in exc and "Suppression" in exc
    assert "Term required by the regional &lt;b&gt;transfer&lt;/b&gt; form" in exc and "Waiver" in exc
    sarif = json.loads(cli("p.md", "--format", "sarif", "--no-cache", cwd=tmp_path).stdout)
    schema = json.loads((ROOT / "tests" / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(schema).validate(sarif)
    kinds = sorted(s["kind"] for res in sarif["runs"][0]["results"] for s in res.get("suppressions", []))
    assert kinds == ["external", "inSource"]


def test_source_date_epoch_makes_the_report_reproducible(settings, tmp_path, monkeypatch):
    report = rich_report(settings, tmp_path)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    first, second = render_html(report, settings), render_html(report, settings)
    assert first == second
    assert '<time datetime="2026-01-01T00:00:00Z">1 January 2026, 00:00 UTC</time>' in first
