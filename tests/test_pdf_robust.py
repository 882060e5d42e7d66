"""Bad PDFs never hurt: truncated, fuzzed, 0-byte, not-a-PDF and over-limit files end in
a one-line error (or are read as far as they can be), never a traceback."""
import random

import pytest

from test_pdf_maker import make_pdf, text
from test_pdf_reader import leaflet

OK_ERRORS = {"corrupt", "encrypted", "too-large"}


def check(settings, tmp_path, data, name="bad.pdf"):
    from inclusive_lint.api import lint_file

    path = tmp_path / name
    path.write_bytes(data)
    result = lint_file(str(path), settings)
    for e in result.errors:
        assert e.category in OK_ERRORS, (e.category, e.message)
        assert "\n" not in e.message and "could not read this file (" not in e.message, e.message
    assert path.read_bytes() == data
    return result


def test_zero_bytes(settings, tmp_path):
    result = check(settings, tmp_path, b"")
    assert [e.message for e in result.errors] == ["empty file (0 bytes): not a PDF"]


def test_not_a_pdf(settings, tmp_path):
    result = check(settings, tmp_path, b"PK\x03\x04 this is a zip file renamed to .pdf" * 20)
    assert result.errors[0].category == "corrupt" and "no %PDF header" in result.errors[0].message


def test_truncated_files(settings, tmp_path):
    data = leaflet()
    for cut in range(0, len(data), max(1, len(data) // 15)):
        check(settings, tmp_path, data[:cut])


def test_fuzzed_files(settings, tmp_path):
    rng = random.Random(5)
    data = bytearray(leaflet())
    for _ in range(40):
        bad = bytearray(data)
        for _ in range(rng.randint(1, 30)):
            i = rng.randrange(len(bad))
            bad[i] = rng.randrange(256)
        check(settings, tmp_path, bytes(bad))


def test_page_cap_is_a_clear_error(settings, tmp_path):
    from inclusive_lint.errors import InputError
    from inclusive_lint.readers import read_document

    data = make_pdf([text(72, 72, f"Page {i}") for i in range(6)])
    with pytest.raises(InputError) as err:
        read_document("big.pdf", data, {"pdf_max_pages": 5})
    assert err.value.category == "too-large"
    assert err.value.message.startswith("6 pages, over the 5-page limit")


def test_hostile_corpus_files(real, settings):
    from inclusive_lint.api import lint_file

    for name in ("pdf.js/bomb_giant.pdf", "pdfminer.six/issue-1113-evil-xobjects.pdf",
                 "pdf.js/ContentStreamCycleType3insideType3.pdf", "pdf.js/operator_list_cycle.pdf",
                 "pdf.js/Pages-tree-refs.pdf", "pdf.js/GHOSTSCRIPT-698804-1-fuzzed.pdf",
                 "pdf.js/PDFBOX-3148-2-fuzzed.pdf", "pdf.js/poppler-742-0-fuzzed.pdf"):
        result = lint_file(str(real / name), settings)
        assert all(e.category in OK_ERRORS for e in result.errors), (name, result.errors)
    result = lint_file(str(real / "pdf.js/Pages-tree-refs.pdf"), settings)
    assert [n.code for n in result.notices] == ["pdf-bad-page"]


def test_pdf_libraries_load_only_for_pdfs(tmp_path):
    import subprocess
    import sys

    txt = tmp_path / "a.txt"
    txt.write_text("Each patient should bring his or her records.\n")
    code = ("import sys\nfrom inclusive_lint.api import lint_paths\n"
            f"lint_paths([{str(txt)!r}])\n"
            "print(sorted(m for m in ('pypdfium2', 'pypdf', 'pdfplumber') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert out.stdout.strip() == "[]", out.stderr
