"""The upload page in real headless Chromium (tests/browser/web-check.js, puppeteer-core and
axe-core): upload examples/policy.docx with the keyboard, read the findings, download the
annotated copy and the annex and open both with python-docx; with JavaScript on and off. axe-core
finds no WCAG 2.2 A/AA violation on the upload, results and rule pages; every control is
reached by Tab with a visible focus style. Outside CI the test skips when chromium or the node
modules are missing; under CI it must run."""
import json
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest

from test_report_support import BROWSER_DIR, need_browser
from web_support import server

ROOT = Path(__file__).resolve().parent.parent
pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    need_browser()
    tmp = tmp_path_factory.mktemp("webbrowser")
    with server(tmp, "--jobs", "1") as (base, root, _):
        out = subprocess.run(["node", str(BROWSER_DIR / "web-check.js"), base, str(ROOT / "examples" / "policy.docx"),
                              str(tmp / "downloads")], capture_output=True, text=True, timeout=600, cwd=BROWSER_DIR)
        assert out.returncode == 0, out.stderr[-3000:]
        assert list(root.iterdir()) == []
    data = json.loads(out.stdout)
    return {("js" if r["js"] else "nojs"): dict(r, folder=tmp / "downloads" / ("js" if r["js"] else "nojs"))
            for r in data["runs"]}


@pytest.mark.parametrize("mode", ["js", "nojs"])
def test_upload_read_findings_and_open_both_downloads(runs, mode):
    run = runs[mode]
    assert run["reached_submit"], "the submit button is not reachable with Tab"
    assert run["results_title"].startswith("Inclusive language report: 1 document")
    text = run["results_text"]
    assert "Title: Mr / Mrs / Miss / Ms" in text and "FRM-004" in text and "Downloads" in text
    assert {link["href"].rsplit("/", 1)[1] for link in run["links"]} == {"annotated", "annex", "json", "sarif", "csv"}
    annotated = docx.Document(str(run["folder"] / run["downloads"]["annotated"]))
    assert run["downloads"]["annotated"] == "policy-annotated.docx"
    cells = [c.text for t in annotated.tables for r in t.rows for c in r.cells]
    assert "\u2610 Mr   \u2610 Mrs   \u2610 Miss   \u2610 Ms" in cells      # the document itself, intact
    with zipfile.ZipFile(run["folder"] / run["downloads"]["annotated"]) as z:
        assert z.read("word/comments.xml").count(b"<w:comment ") >= 10
    annex = docx.Document(str(run["folder"] / run["downloads"]["annex"]))
    assert annex.paragraphs[0].text == "Equality impact assessment: evidence annex"
    assert [p.text for p in annex.paragraphs if p.style.name == "Heading 1"][0] == "1 Summary"
    assert run["console_errors"] == []


@pytest.mark.parametrize("page", ["upload", "results", "rule"])
def test_no_wcag_violations(runs, page):
    assert runs["js"][f"{page}_axe"] == [], runs["js"][f"{page}_axe"]   # axe needs page script


@pytest.mark.parametrize("page", ["upload", "rule"])
def test_every_control_reachable_by_keyboard_with_visible_focus(runs, page):
    for mode, run in runs.items():
        if mode == "nojs":      # the focus log needs page script; the HTML is the same
            continue
        kb = run[f"{page}_keyboard"]
        assert kb["focusable"] > 2 and kb["reached"] == kb["focusable"], (mode, kb)
        assert kb["unstyled"] == 0, (mode, kb)
    assert runs["js"]["rule_title"].startswith(runs["js"]["rule_links"][0].rsplit("/", 1)[1])
    assert runs["js"]["radio_after_arrow"] == "info"      # arrow keys move through the fail levels
