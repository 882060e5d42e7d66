"""Incomplete runs (issue 15, items 1 and 2): a document that could not be fully checked
(scanned pages, an XFA form, a document type discovery passes over) never reads as a pass.
The run exits 2 unless --allow-incomplete or config allow-incomplete, in every format."""
import json

import pytest

from test_pdf_maker import image_page, make_pdf, text

NOT_READ_FILES = ("works.wps", "book.epub", "budget.ods", "slides.pptx", "rota.xlsx",
                  "letter.pages", "deck.odp")
IGNORED_FILES = ("logo.png", "build.py", "data.csv")


def scanned_pdf(path):
    path.write_bytes(make_pdf([image_page()] * 4 + [text(72, 100, "Please arrive early.", 11)]))
    return path


def xfa_pdf(path):
    data = make_pdf([text(72, 100, "Please give your date of birth.", 11)],
                    fields=[{"type": "text", "name": "dob", "rect": (150, 158, 400, 172)}])
    # an XFA-only form: the AcroForm carries an XFA packet and the catalog asks for XFA rendering
    path.write_bytes(data.replace(b"/AcroForm <<", b"/NeedsRendering true /AcroForm << /XFA (<xdp/>)"))
    return path


@pytest.fixture
def scan(tmp_path):
    return scanned_pdf(tmp_path / "scanned.pdf")


def test_scanned_pdf_is_incomplete_and_exits_2(tmp_path, scan, cli):
    proc = cli("scanned.pdf", "--no-config", "--no-cache", cwd=tmp_path)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert "scanned.pdf: incomplete: pages 1\u20134 have no text layer" in proc.stdout
    assert proc.stdout.rstrip().endswith(
        "Incomplete: 1 document, 1 not fully checked: pages 1\u20134 of scanned.pdf "
        "(accept with --allow-incomplete).")
    assert "0 documents checked" not in proc.stdout and "1 not fully checked" in proc.stdout


def test_allow_incomplete_flag_and_config_accept_it_but_never_say_plain_pass(tmp_path, scan, cli):
    flag = cli("scanned.pdf", "--no-config", "--no-cache", "--allow-incomplete", cwd=tmp_path)
    assert flag.returncode == 0, flag.stdout + flag.stderr
    assert "not fully checked: pages 1\u20134 of scanned.pdf (accepted)" in flag.stdout
    (tmp_path / ".inclusive-lint.yaml").write_text("allow-incomplete: true\n", encoding="utf-8")
    conf = cli("scanned.pdf", "--no-cache", "--format", "json", cwd=tmp_path)
    assert conf.returncode == 0, conf.stderr
    summary = json.loads(conf.stdout)["summary"]
    assert summary["result"] == "incomplete-accepted" and summary["allow_incomplete"] is True
    (tmp_path / ".inclusive-lint.yaml").write_text("allow-incomplete: yes please\n", encoding="utf-8")
    bad = cli("scanned.pdf", "--no-cache", cwd=tmp_path)
    assert bad.returncode == 2 and "'allow-incomplete' must be true or false" in bad.stderr


def test_every_format_says_incomplete(tmp_path, scan, cli):
    def run(fmt):
        proc = cli("scanned.pdf", "--no-config", "--no-cache", "--format", fmt, cwd=tmp_path)
        assert proc.returncode == 2, (fmt, proc.stderr)
        return proc.stdout

    data = json.loads(run("json"))
    assert data["files"][0]["status"] == "incomplete"
    assert data["files"][0]["notices"][0]["scope"] == "pages 1\u20134"
    assert data["summary"]["result"] == "incomplete"
    assert data["summary"]["not_fully_checked"] == ["pages 1\u20134 of scanned.pdf"]
    sarif = json.loads(run("sarif"))["runs"][0]
    assert sarif["invocations"][0]["executionSuccessful"] is False
    assert sarif["properties"]["result"] == "incomplete"
    assert sarif["invocations"][0]["toolExecutionNotifications"][0]["level"] == "error"
    html = run("html")
    result_line = html[html.index("<strong>Result:</strong>"):].split("</p>")[0]
    assert "Incomplete: 1 document, 1 not fully checked: pages 1\u20134 of scanned.pdf" in result_line
    assert "Pass" not in result_line
    assert "Not fully checked" in html
    github = run("github")
    assert "::error file=scanned.pdf,title=inclusive-lint%3A not fully checked::" in github
    assert github.rstrip().splitlines()[-1].startswith("Incomplete:")


def test_xfa_only_form_is_incomplete(tmp_path, settings):
    from inclusive_lint.api import lint_paths

    path = xfa_pdf(tmp_path / "form.pdf")
    report = lint_paths([str(path)], settings=settings)
    assert report.files[0].status == "incomplete"
    assert report.exit_code() == 2
    assert report.files[0].not_checked() == f"the XFA form's questions of {path}"
    report.allow_incomplete = True
    assert report.exit_code() == 0


def _library(tmp_path):
    lib = tmp_path / "library"
    lib.mkdir()
    (lib / "policy.md").write_text("Each patient brings a friend.\n", encoding="utf-8")
    for name in NOT_READ_FILES + IGNORED_FILES:
        (lib / name).write_bytes(b"not really a document")
    return lib


def test_document_like_files_in_a_folder_are_listed_as_not_read(tmp_path, cli):
    _library(tmp_path)
    proc = cli("library", "--no-config", "--no-cache", cwd=tmp_path)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    lines = proc.stdout.splitlines()
    for name in NOT_READ_FILES:
        line = next(x for x in lines if x.startswith(f"library/{name}: not read: "))
        assert "; " in line and line.endswith("lint that"), line
    assert "library/works.wps: not read: Microsoft Works document; save it as .docx" in proc.stdout
    assert "library/slides.pptx: not read: PowerPoint presentation; export it to PDF" in proc.stdout
    assert not any(name in proc.stdout + proc.stderr for name in IGNORED_FILES)
    assert "1 document checked, 7 not read" in proc.stdout
    assert "Incomplete: 8 documents, 7 not read: library/book.epub, library/budget.ods, " in proc.stdout
    data = json.loads(cli("library", "--no-config", "--no-cache", "--format", "json", cwd=tmp_path).stdout)
    statuses = {f["path"]: f["status"] for f in data["files"]}
    assert statuses == {"library/policy.md": "clean",
                        **{f"library/{n}": "not-read" for n in NOT_READ_FILES}}
    assert data["summary"]["not_read"] == 7 and data["summary"]["checked"] == 1
    accepted = cli("library", "--no-config", "--no-cache", "--allow-incomplete", cwd=tmp_path)
    assert accepted.returncode == 0 and "7 not read" in accepted.stdout


def test_verbose_lists_ignored_non_documents(tmp_path, cli):
    _library(tmp_path)
    proc = cli("library", "--no-config", "--no-cache", "--verbose", "--allow-incomplete", cwd=tmp_path)
    assert proc.returncode == 0
    for name in IGNORED_FILES:
        assert f"inclusive-lint: library/{name}: ignored (not a document type)" in proc.stderr
    assert "works.wps: ignored" not in proc.stderr


def test_not_read_list_is_data(tmp_path, settings, monkeypatch):
    """Discovery and the readers read one table: a row added is listed, a row removed (a reader
    added) is no longer listed."""
    from inclusive_lint import unsupported
    from inclusive_lint.api import lint_paths

    for ext, (what, advice) in unsupported.NOT_READ.items():
        assert ext.startswith(".") and ext == ext.lower() and what and advice, ext
    lib = _library(tmp_path)
    (lib / "notes.xyz").write_bytes(b"x")
    monkeypatch.setitem(unsupported.NOT_READ, ".xyz", ("Example notes file", "copy it into .docx"))
    monkeypatch.delitem(unsupported.NOT_READ, ".odp")
    report = lint_paths([str(lib)], settings=settings)
    not_read = {r.path.rsplit("/", 1)[-1]: r.notices[0].message for r in report.files if r.status == "not-read"}
    assert not_read["notes.xyz"] == "Example notes file; copy it into .docx"
    assert "deck.odp" not in not_read and any(p.endswith("deck.odp") for p in report.ignored)


def test_named_unsupported_file_is_an_error_with_the_same_advice(tmp_path, cli):
    (tmp_path / "old.pages").write_bytes(b"x")
    proc = cli("old.pages", "--no-config", "--no-cache", cwd=tmp_path)
    assert proc.returncode == 2
    assert "old.pages: error: Apple Pages document: not supported; export it to .docx" in proc.stdout


def test_a_file_named_and_inside_a_named_folder_is_reported_once(tmp_path, settings):
    from inclusive_lint.api import lint_paths

    lib = _library(tmp_path)
    report = lint_paths([str(lib), str(lib / "works.wps")], settings=settings)
    doc = [r for r in report.files if r.path.endswith("works.wps")]
    assert len(doc) == 1 and doc[0].status == "error"       # named: an error with the same advice
    assert "save it as .docx" in doc[0].errors[0].message
