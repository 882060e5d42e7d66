"""--ocr: scanned copies of the example policy (an image-only PDF at 200 dpi, a multi-page TIFF at
300 dpi, made by tests/make_scanned.py) give the text PDF's findings on the same pages; Tesseract
missing is a one-line error; without --ocr the notice says --ocr."""
import collections
import json
import os
import shutil
from pathlib import Path

import pytest

import make_scanned
import word_forms

ROOT = Path(__file__).resolve().parent.parent


def _tesseract():
    if shutil.which("tesseract") is None:
        if os.environ.get("CI"):
            pytest.fail("Tesseract must be installed under CI: .ci/run installs tesseract-ocr tesseract-ocr-eng")
        pytest.skip("Tesseract is not installed here; CI installs it")
    pytest.importorskip("pytesseract")      # in the test extra


@pytest.fixture(scope="module")
def scans(tmp_path_factory):
    """The example policy as a text PDF (LibreOffice), an image-only PDF and a TIFF."""
    _tesseract()
    folder = tmp_path_factory.mktemp("ocr")
    docx = folder / "policy.docx"
    shutil.copyfile(ROOT / "examples" / "policy.docx", docx)
    (text_pdf,) = word_forms.to_pdf([docx], folder)
    return {"text": text_pdf,
            "pdf": make_scanned.scanned_pdf(text_pdf, folder / "scanned.pdf", dpi=200),
            "tiff": make_scanned.scanned_tiff(text_pdf, folder / "scanned.tif", dpi=300)}


@pytest.fixture(scope="module")
def ocr_settings():
    from inclusive_lint.api import build_settings
    from inclusive_lint.config import load_config
    return build_settings(load_config(use_project=False, overrides={"ocr": True}))


@pytest.fixture(scope="module")
def results(scans, ocr_settings):
    from inclusive_lint.api import lint_file
    return {name: lint_file(path, ocr_settings) for name, path in scans.items()}


def _keys(result):
    return collections.Counter((f.rule_id, f.location.page, " ".join(f.text.split()).lower())
                               for f in result.findings)


@pytest.mark.parametrize("scan", ["pdf", "tiff"])
def test_scan_gives_the_text_pdfs_findings_on_the_same_pages(results, scan):
    want, got = _keys(results["text"]), _keys(results[scan])
    assert not results[scan].errors, results[scan].errors
    assert sum(want.values()) >= 10
    found = sum((want & got).values())
    assert found >= 0.9 * sum(want.values()), (want - got)
    assert not (got - want), f"findings the text PDF does not have: {got - want}"


@pytest.mark.parametrize("scan", ["pdf", "tiff"])
def test_ocr_findings_are_located_on_the_page_image(results, scan):
    findings = results[scan].findings
    assert all(f.location.describe().startswith(f"page {f.location.page} (OCR)") for f in findings)
    sex = next(f for f in findings if f.rule_id == "FRM-001")
    loc = sex.location.to_dict()
    assert loc["ocr"] is True and loc["page"] == 2 and (loc["table"], loc["row"], loc["cell"]) == (1, 1, 1)
    text_sex = next(f for f in results["text"].findings if f.rule_id == "FRM-001").location.bbox
    # the same words on the same page: the OCR box is within a few points of the text box
    assert loc["bbox"] == pytest.approx(list(text_sex), abs=8)
    notice = next(n for n in results[scan].notices if n.code == "ocr")
    assert notice.message.startswith("pages 1\u20132 read by OCR (tesseract ")
    assert "mean word confidence" in notice.message


def test_low_confidence_words_are_not_matched(settings):
    from inclusive_lint.engine.analyse import analyse
    from inclusive_lint.model import Document
    from inclusive_lint.ocr.blocks import PageStats, notice_text, page_blocks
    from inclusive_lint.ocr.tesseract import OcrWord

    def words(confs):
        text = "Each employee must tell his manager before he takes leave".split()
        return [OcrWord(w, c, (100 + 60 * i, 100, 150 + 60 * i, 130), (1, 1, 1)) for i, (w, c) in
                enumerate(zip(text, confs))]
    sure = [95.0] * 10
    unsure = list(sure)
    unsure[4] = unsure[7] = 31.0             # "his" and "he"
    stats = PageStats()
    for confs, expect in ((sure, 2), (unsure, 0)):
        blocks = page_blocks(words(confs), [], 1, 200, stats)
        doc = Document(path="scan.png", format="image", blocks=blocks)
        found = [f for f in analyse(doc, settings.ruleset, settings.options) if f.rule_id == "PRN-001"]
        assert len(found) == expect, blocks[0].text
    assert blocks[0].text == "Each employee must tell \u2026 manager before \u2026 takes leave"
    msg = notice_text([1], stats, "tesseract 5", lambda p: "page 1")
    assert "2 words read with low confidence (under 60%) not checked" in msg


def test_cli_json_and_annotate_on_a_scanned_pdf(scans, cli, tmp_path):
    out = tmp_path / "annotated.pdf"
    res = cli(scans["pdf"], "--ocr", "--format", "json", "--annotate", out)
    assert res.returncode == 1, res.stderr
    data = json.loads(res.stdout)
    locs = [f["location"] for f in data["files"][0]["findings"]]
    assert locs and all(loc["ocr"] is True and loc["page"] in (1, 2) and len(loc["bbox"]) == 4
                        for loc in locs)
    from pypdf import PdfReader
    reader = PdfReader(str(out))
    rects = [[float(v) for v in a.get_object()["/Rect"]] for page in reader.pages
             for a in page.get("/Annots") or [] if a.get_object()["/Subtype"] == "/Highlight"]
    assert len(rects) == len(locs)
    first = data["files"][0]["findings"][0]["location"]["bbox"]       # top-left origin
    height = float(reader.pages[0].mediabox.height)
    assert any(abs(r[0] - first[0]) < 3 and abs(r[3] - (height - first[1])) < 3 for r in rects)


def test_images_are_read_by_page_with_ocr_from_the_config(scans, cli, tmp_path):
    png = tmp_path / "page2.png"
    make_scanned.pages(scans["text"], 200)[1].save(png, dpi=(200, 200))
    (tmp_path / ".inclusive-lint.yaml").write_text("ocr: true\n")
    res = cli(png, "--format", "json", cwd=tmp_path)
    data = json.loads(res.stdout)
    got = sorted({(f["rule_id"], f["location"]["page"]) for f in data["files"][0]["findings"]})
    assert ("FRM-001", 1) in got and ("FRM-012", 1) in got
    plain = cli(png, "--format", "json", "--no-config")
    notices = json.loads(plain.stdout)["files"][0]["notices"]
    assert [n["code"] for n in notices] == ["image-no-text"] and "--ocr" in notices[0]["message"]


def test_without_ocr_the_scanned_pdf_notice_says_ocr(scans, settings):
    from inclusive_lint.api import lint_file
    result = lint_file(scans["pdf"], settings)
    (notice,) = result.notices
    assert notice.code == "pdf-no-text" and "--ocr" in notice.message and not result.findings


def test_no_tesseract_is_a_one_line_error(cli, tmp_path):
    """A PATH without tesseract: exit 2, one line saying how to install it."""
    (tmp_path / "a.txt").write_text("Each employee must tell his manager.\n")
    empty = tmp_path / "bin"
    empty.mkdir()
    res = cli(tmp_path / "a.txt", "--ocr", env={"PATH": str(empty)})
    assert res.returncode == 2
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and "Tesseract" in lines[0] and "apt install tesseract-ocr" in lines[0]
    assert "Traceback" not in res.stderr


def test_damaged_image_is_one_line_exit_2(cli, tmp_path):
    _tesseract()
    bad = tmp_path / "scan.tif"
    bad.write_bytes(b"II*\x00" + b"\x00" * 40)
    res = cli(bad, "--ocr")
    assert res.returncode == 2 and "Traceback" not in res.stderr + res.stdout
    (line,) = [ln for ln in res.stdout.splitlines() if "scan.tif" in ln]
    assert "error" in line and "damaged" in line and "0x" not in line


def test_ocr_runs_in_workers_and_is_cached_by_engine(scans, cli, tmp_path, ocr_settings):
    from dataclasses import replace

    from inclusive_lint.cache import settings_fingerprint
    other = replace(ocr_settings, options=dict(ocr_settings.options, ocr_engine="tesseract 4.1.1"))
    assert settings_fingerprint(other) != settings_fingerprint(ocr_settings)   # a new engine, new results
    copy = tmp_path / "second.pdf"
    shutil.copyfile(scans["pdf"], copy)
    args = [scans["pdf"], copy, "--ocr", "--jobs", "2", "--format", "json", "--cache-dir", tmp_path / "cache"]
    first = cli(*args)
    assert first.returncode == 1, first.stderr
    files = json.loads(first.stdout)["files"]
    assert len(files) == 2 and all(len(f["findings"]) >= 10 for f in files)
    again = cli(*args)
    assert json.loads(again.stdout)["files"] == files
    plain = cli(scans["pdf"], "--format", "json", "--cache-dir", tmp_path / "cache")
    assert json.loads(plain.stdout)["files"][0]["notices"][0]["code"] == "pdf-no-text"


def test_folder_walk_takes_images_only_with_ocr(cli, tmp_path):
    _tesseract()
    from PIL import Image
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("Staff may take leave.\n")
    Image.new("L", (300, 200), 255).save(docs / "blank.png", dpi=(300, 300))
    with_ocr = json.loads(cli(docs, "--ocr", "--format", "json", "--no-cache").stdout)["files"]
    assert sorted(os.path.basename(f["path"]) for f in with_ocr) == ["a.txt", "blank.png"]
    blank = next(f for f in with_ocr if f["path"].endswith("blank.png"))
    assert [n["code"] for n in blank["notices"]] == ["ocr"] and "no words found" in blank["notices"][0]["message"]
    without = json.loads(cli(docs, "--format", "json", "--no-cache").stdout)["files"]
    assert [os.path.basename(f["path"]) for f in without] == ["a.txt"]
