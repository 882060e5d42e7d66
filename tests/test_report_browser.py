"""The HTML report in headless Chromium: axe-core finds no WCAG 2.x A/AA violations, nothing from
a document ever runs, and a screenshot shows a real page.

One browser launch (tests/browser/axe-check.js) checks every report in this module. Outside CI these
tests skip when chromium or tests/browser/node_modules are missing; under CI they must run.
"""
import json
import struct
import subprocess
import tempfile

import pytest

from test_report_support import (BROWSER_DIR, CHROMIUM, PAYLOAD_IMG, PAYLOAD_SCRIPT, ROOT, need_browser,
                                 rich_report)

pytestmark = pytest.mark.browser

SCRIPT_TEXT = '<script>window.__pwned="txt";alert("txt")</script>'


def _write_payload_inputs(folder):
    """Documents whose flagged sentences and names carry script."""
    folder.mkdir()
    (folder / "leaflet.txt").write_text(
        f"Each employee gives his or her {SCRIPT_TEXT} next of kin {PAYLOAD_IMG} to the HR team.\n",
        encoding="utf-8")
    (folder / "page.html").write_text(
        "<!DOCTYPE html><html><body><p>The chairman &lt;img src=x onerror=\"window.__pwned='html'\"&gt; "
        "decides, and he &lt;script&gt;window.__pwned='html2'&lt;/script&gt; signs.</p>"
        "<script>window.__pwned='reader'</script></body></html>\n", encoding="utf-8")
    (folder / "inline.md").write_text(
        f"# Leave\n\nThe chairman {PAYLOAD_IMG} decides {PAYLOAD_SCRIPT} and he signs.\n", encoding="utf-8")
    (folder / "<img src=x onerror=\"window.__pwned='name';alert('name')\">.md").write_text(
        "When a patient arrives, he is given a leaflet.\n", encoding="utf-8")


@pytest.fixture(scope="module")
def pages(tmp_path_factory, settings):
    need_browser()
    from inclusive_lint.formatters import render

    tmp = tmp_path_factory.mktemp("reports")
    files = {}
    # 1. the shipped example, through the command line
    files["example"] = tmp / "example.html"
    r = _cli(ROOT / "examples" / "policy.md", "--format", "html", "-o", files["example"])
    assert r.returncode == 1, r.stderr
    # 2. every section filled: waiver, suppression, .docx location, notice, unreadable file
    files["rich"] = tmp / "rich.html"
    report = rich_report(settings, tmp)
    files["rich"].write_text(render("html", report, {"settings": settings}), encoding="utf-8")
    # 3. script in sentences, in a file name and in a missing path
    payloads = tmp / "payloads"
    _write_payload_inputs(payloads)
    files["xss"] = tmp / "xss.html"
    from inclusive_lint.api import lint_paths

    xss = lint_paths([str(payloads), "<script>alert('path')</script>.docx"], settings=settings)
    assert xss.exit_code() == 2 and len(xss.findings) >= 4
    files["xss"].write_text(render("html", xss, {"settings": settings}), encoding="utf-8")
    # 4. the shipped example report
    files["shipped"] = ROOT / "examples" / "report.html"
    out = subprocess.run(["node", str(BROWSER_DIR / "axe-check.js"), *map(str, files.values())],
                         capture_output=True, text=True, timeout=180, cwd=BROWSER_DIR)
    assert out.returncode == 0, out.stderr[-3000:]
    data = json.loads(out.stdout)
    result = dict(zip(files, data["pages"]))
    for name, page in result.items():
        page["html"] = files[name].read_text(encoding="utf-8")
        page["path"] = files[name]
    return result


def _cli(*args):
    from conftest import run_cli

    return run_cli(*args, "--no-config", "--no-cache") if _has_no_cache() else run_cli(*args, "--no-config")


def _has_no_cache():
    from inclusive_lint.commands.lint import command

    return any(p.name == "no_cache" for p in command.params)


@pytest.mark.parametrize("name", ["example", "rich", "xss", "shipped"])
def test_axe_core_finds_no_wcag_violations(pages, name):
    page = pages[name]
    assert page["axe"]["passes"] > 10
    assert page["axe"]["violations"] == [], json.dumps(page["axe"]["violations"], indent=1)


def test_axe_best_practice_is_clean_too(pages):
    for name, page in pages.items():
        assert page["axe"]["best_practice"] == [], (name, page["axe"]["best_practice"])


def test_page_language_title_and_heading_order(pages):
    for page in pages.values():
        assert page["lang"] == "en-GB"
        assert page["title"].startswith("Inclusive language report")
        levels = page["headings"]
        assert levels[0] == 1
        assert all(b <= a + 1 for a, b in zip(levels, levels[1:])), levels


def test_every_link_is_reachable_by_keyboard_with_a_visible_focus(pages):
    for name, page in pages.items():
        kb = page["keyboard"]
        assert kb["links"] > 5
        assert kb["reached"] == kb["links"], (name, kb)
        assert kb["first"] == "Skip to main content"
        assert kb["unstyled"] == [], (name, kb)


def test_print_stylesheet_applies(pages):
    page = pages["rich"]
    assert page["print"]["toc"] == "none"
    assert page["print"]["mark_background"] in ("rgba(0, 0, 0, 0)", "transparent")


def test_nothing_from_a_document_runs(pages):
    page = pages["xss"]
    assert page["dialogs"] == []
    assert page["pwned"] is None
    assert page["scripts"] == 0 and page["handlers"] == 0 and page["images"] == 0 and page["iframes"] == 0
    # the text is shown as text, not dropped
    text = page["text"]
    assert SCRIPT_TEXT in text
    assert "<img src=x onerror=\"window.__pwned='name';alert('name')\">.md" in text
    assert "<script>alert('path')</script>.docx" in text
    assert "<img src=x onerror=\"window.__pwned='html'\">" in text


def test_no_network_requests_and_no_console_errors(pages):
    for name, page in pages.items():
        assert page["requests"] == [], name
        assert page["console_errors"] == [], name


def test_findings_and_exceptions_are_visible_in_the_rendered_page(pages):
    text = pages["rich"]["text"]
    assert "Quoted from the 2019 staff survey; approved by the EIA panel" in text
    assert "page 3 has no text layer: scanned? needs OCR" in text
    assert "EIA evidence table" in text
    # the hidden "[flagged: …]" cue is in the DOM for screen readers
    assert "[flagged: " in pages["rich"]["html"]


def screenshot(html_path, png_path):
    with tempfile.TemporaryDirectory(prefix="il-shot-") as profile:
        cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               "--hide-scrollbars", f"--user-data-dir={profile}", f"--screenshot={png_path}",
               "--window-size=1280,2000", html_path.resolve().as_uri()]
        return subprocess.run(cmd, capture_output=True, text=True, timeout=120)


def png_size(data: bytes):
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def test_screenshot_is_a_real_picture_of_the_report(pages, tmp_path):
    png = tmp_path / "report.png"
    r = screenshot(pages["rich"]["path"], png)
    assert png.exists(), r.stderr[-2000:]
    data = png.read_bytes()
    assert png_size(data) == (1280, 2000)
    # a blank or near-blank 1280x2000 page compresses to a few kB; text and tables do not
    assert len(data) > 40_000, len(data)
