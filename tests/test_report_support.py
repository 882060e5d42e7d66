"""Shared builders for the report tests (HTML, SARIF, GitHub, JSON), and tests of the
plain-data helpers in ``formatters/evidence.py``."""
import dataclasses
import os
import shutil
from pathlib import Path

import pytest

from inclusive_lint.model import FileError, FileResult, Location, Notice

ROOT = Path(__file__).resolve().parent.parent
BROWSER_DIR = ROOT / "tests" / "browser"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")

PAYLOAD_SCRIPT = '<script>window.__pwned="script";alert("script")</script>'
PAYLOAD_IMG = '<img src=x onerror="window.__pwned=\'img\';alert(\'img\')">'

POLICY_TEXT = (
    "Staff leave policy\n\n"
    "Each employee should give the name of his or her next of kin to the HR team.\n"
    "When an employee needs more time, he should speak to his line manager.\n"
)


def browser_ready():
    """(ok, reason): chromium and the node modules for tests/browser are installed."""
    if not (os.path.exists(CHROMIUM) and shutil.which("node")):
        return False, "chromium or node not installed"
    for mod in ("axe-core", "puppeteer-core"):
        if not (BROWSER_DIR / "node_modules" / mod).is_dir():
            return False, f"run 'npm ci --prefix tests/browser' ({mod} missing)"
    return True, ""


def need_browser():
    """Skip outside CI when the browser side is missing; under CI, fail instead."""
    ok, reason = browser_ready()
    if not ok:
        if os.environ.get("CI"):
            pytest.fail(f"browser tests must run under CI: {reason}")
        pytest.skip(reason)


def rich_report(settings, tmp_path: Path):
    """A real lint run plus everything else a report must show: a waived finding, a suppressed
    finding, a .docx finding with page/section/table location, a notice, an unreadable file
    and a run warning."""
    from inclusive_lint.api import lint_paths

    policy = tmp_path / "leave-policy.txt"
    policy.write_text(POLICY_TEXT, encoding="utf-8")
    report = lint_paths([str(policy), str(tmp_path / "missing.docx")], settings=settings)
    res = report.files[0]
    assert len(res.findings) >= 3, [f.rule_id for f in res.findings]
    first, second = res.findings[0], res.findings[1]
    res.findings[1] = dataclasses.replace(second, waived=True,
                                          waiver_reason="Quoted from the 2019 staff survey; approved by the EIA panel")
    res.suppressed.append((dataclasses.replace(first, text="chairman", rule_id="ROL-001"),
                           "Name of a statutory post in the Mental Health Act"))
    docx_loc = Location(page=2, part="body", paragraph=14, heading="3 Leave > 3.2 Bereavement leave",
                        table=1, row=2, cell=3)
    docx = FileResult(path="forms/policy.docx", format="docx",
                      findings=[dataclasses.replace(first, location=docx_loc, fingerprint="docxfp0000000001")],
                      notices=[Notice("no-text-layer", "page 3 has no text layer: scanned? needs OCR")])
    report.files.insert(1, docx)
    pdf_loc = Location(page=2, line=4, bbox=(67.9, 113.4, 131.9, 127.5))
    report.files.insert(2, FileResult(path="leaflets/leaflet.pdf", format="pdf",
                                      findings=[dataclasses.replace(second, location=pdf_loc)]))
    report.files.append(FileResult(path="broken.pdf", format="pdf",
                                   errors=[FileError("corrupt", "not a PDF file: re-export it from the source document")]))
    report.warnings.append("unused suppression in leave-policy.txt line 9")
    return report


# --- tests of the shared helpers -------------------------------------------------------------

def test_location_descriptions_cover_every_reader():
    from inclusive_lint.formatters.evidence import describe

    assert describe(Location(line=4, column=7, end_line=4, end_column=9)) == "line 4, column 7"
    docx = describe(Location(part="body", paragraph=14, heading="3 Leave", table=1, row=2, cell=3, page=2))
    assert docx == "page 2; section \u201c3 Leave\u201d; table 1, row 2, column 3"
    assert describe(Location(part="footnote", paragraph=4)) == "footnote 4"
    assert describe(Location(part="header", pages=(1, 2, 3))) == "pages 1, 2, 3; header"
    assert describe(Location(paragraph=5)) == "paragraph 5"
    assert describe(Location()) == "whole document"


def test_highlight_uses_the_span_and_falls_back_to_a_search(settings):
    from inclusive_lint.formatters.evidence import highlight
    from inclusive_lint.model import Finding

    f = Finding("PRN-001", "warning", "m", "he", Location(), context="Then he said he would.",
                context_span=(5, 7))
    assert highlight(f) == ("Then ", "he", " said he would.")
    g = dataclasses.replace(f, context_span=(), text="SAID")
    assert highlight(g) == ("Then he ", "said", " he would.")
    h = dataclasses.replace(f, context="", context_span=())
    assert highlight(h) == ("", "he", "")


def test_eia_rows_list_considered_characteristics_even_without_findings(settings, tmp_path):
    from inclusive_lint.formatters.evidence import eia_rows

    report = rich_report(settings, tmp_path)
    rows = eia_rows(report)
    chars = [r["characteristic"] for r in rows]
    for label in ("Sex", "Gender reassignment", "Sexual orientation", "Marriage and civil partnership",
                  "Pregnancy and maternity"):
        assert label in chars
    empty = [r for r in rows if r["characteristic"] == "Pregnancy and maternity"]
    assert empty and empty[0]["evidence"] == ["No findings in the documents checked."]
    found = [r for r in rows if r["rule_id"]]
    assert found, rows
    assert all(r["impact"] and r["mitigation"] for r in found)
    # waived findings are exceptions, not evidence: the counts leave them out
    waived = [f for r in report.files for f in r.findings if f.waived][0]
    live = sum(1 for r in report.files for f in r.findings if f.rule_id == waived.rule_id and not f.waived)
    rows_for_rule = [r for r in found if r["rule_id"] == waived.rule_id]
    if live:
        assert all(f"({live} finding" in r["evidence"][0] for r in rows_for_rule)
    else:
        assert rows_for_rule == []


def test_docx_header_variants_and_text_box_hosts_are_named():
    from inclusive_lint.formatters.evidence import describe

    loc = Location(part="header", extra=(("section", 2), ("variant", "first page")))
    assert describe(loc) == "header (section 2, first page)"
