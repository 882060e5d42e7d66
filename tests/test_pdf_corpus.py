"""Every real-world PDF (tests/data/real; the whole corpus in the extended suite) ends in
findings, a clean result, a notice or a clear one-line error: never a traceback, never an
unexpected exception."""
import hashlib
import os
import time

import pytest

FOLDERS = ("pdfplumber", "pdfminer.six", "pypdf", "pdf.js", "sample-files", "unstructured", "docling")
EXPECTED_ERRORS = {"encrypted", "corrupt", "too-large"}
# files whose only reasonable outcome is an error, and which one
MUST_FAIL = {
    "pdfplumber/empty.pdf": "corrupt",
    "pdfplumber/password-example.pdf": "encrypted",
    "pypdf/encrypted-file.pdf": "encrypted",
    "pypdf/r6-both-passwords.pdf": "encrypted",
    "pdfminer.six/aes-256-r6.pdf": "encrypted",
    "unstructured/password.pdf": "encrypted",
}
# files with an empty user password (restrictions only) open without --password
MUST_OPEN = ["pypdf/r3-empty-password.pdf", "pypdf/r6-empty-password.pdf", "pypdf/r5-owner-password.pdf",
             "pdf.js/empty_protected.pdf", "unstructured/copy-protected.pdf"]
SCANNED = ["docling/ocr_test.pdf", "unstructured/loremipsum-flat.pdf", "sample-files/grayscale-image.pdf"]


def pdfs_in(root, at_least):
    files = sorted(p for folder in FOLDERS for p in (root / folder).glob("*.pdf"))
    assert len(files) >= at_least
    return files


def test_every_real_pdf_kept_here_ends_cleanly(real, settings):
    check_every_pdf(real, pdfs_in(real, 35), settings, readable_at_least=20)


@pytest.mark.slow
def test_every_corpus_pdf_ends_cleanly(corpus, settings):
    root = corpus / "real"
    check_every_pdf(root, pdfs_in(root, 151), settings, readable_at_least=150)


def check_every_pdf(root, files, settings, readable_at_least):
    from inclusive_lint.api import lint_file

    started = time.monotonic()
    outcomes = {}
    for path in files:
        before = hashlib.sha256(path.read_bytes()).hexdigest()
        result = lint_file(str(path), settings)
        name = str(path.relative_to(root))
        assert result.status in ("findings", "clean", "notice", "incomplete", "error"), name
        for e in result.errors:
            assert e.category in EXPECTED_ERRORS, (name, e.category, e.message)
            assert "\n" not in e.message and "could not read this file (" not in e.message, (name, e.message)
        assert hashlib.sha256(path.read_bytes()).hexdigest() == before, name
        outcomes[name] = result
    assert time.monotonic() - started < 120
    for name, category in MUST_FAIL.items():
        assert [e.category for e in outcomes[name].errors] == [category], name
    for name in MUST_OPEN:
        assert not outcomes[name].errors, (name, outcomes[name].errors)
    for name in SCANNED:
        assert any(n.code == "pdf-no-text" for n in outcomes[name].notices), name
    assert any(n.code == "pdf-xfa" for n in outcomes["pdf.js/xfa_issue14315.pdf"].notices)
    readable = [r for r in outcomes.values() if not r.errors]
    assert len(readable) >= readable_at_least


def test_password_opens_the_file(real):
    from inclusive_lint.errors import InputError
    from inclusive_lint.readers import read_document

    path = real / "pdfplumber/password-example.pdf"
    with pytest.raises(InputError) as err:
        read_document(str(path), path.read_bytes(), {})
    assert err.value.category == "encrypted"
    assert err.value.message == "encrypted: needs a password (use --password)"
    with pytest.raises(InputError) as err:
        read_document(str(path), path.read_bytes(), {"password": "wrong"})
    assert "does not open it" in err.value.message
    doc = read_document(str(path), path.read_bytes(), {"password": "test"})
    assert doc.blocks and doc.meta["pages"] >= 1


def test_cli_encrypted_is_one_line_exit_2(cli, real, tmp_path):
    enc = real / "pdfplumber/password-example.pdf"
    ok = tmp_path / "ok.txt"
    ok.write_text("Each patient should bring his or her records.\n")
    proc = cli(enc, ok, "--no-config")
    assert proc.returncode == 2
    shown = os.path.relpath(enc)          # paths inside the working folder are shown relative to it
    assert f"{shown}: error: encrypted: needs a password (use --password) [encrypted]" in proc.stdout
    assert "his or her" in proc.stdout          # the other file was still linted
    assert "Traceback" not in proc.stderr
    proc = cli(enc, "--no-config", "--password", "test")
    assert proc.returncode in (0, 1) and "error:" not in proc.stdout


def test_rotated_and_right_to_left_pages_read(real):
    from inclusive_lint.readers import read_document

    for name in ("pdf.js/hello_world_rotated.pdf", "unstructured/rotated-page-90.pdf",
                 "sample-files/habibi-rotated.pdf", "docling/right_to_left_01.pdf",
                 "pdfplumber/nics-background-checks-2015-11-rotated.pdf"):
        path = real / name
        doc = read_document(str(path), path.read_bytes(), {})
        assert doc.blocks, name
        for b in doc.blocks[:20]:
            loc = doc.locate(b, 0, min(5, len(b.text)))
            assert loc.page >= 1 and loc.bbox is not None, name
