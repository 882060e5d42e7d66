"""Legacy .doc and .rtf files read through LibreOffice: findings name the original file and
say "(converted from .doc)"; without soffice a one-line error with install advice (exit 2)
and the other files still linted; the input never changes; a time limit; macros off."""
import hashlib
import os
import stat
import sys
from pathlib import Path

import pytest
from odf_maker import make_odt, p
from soffice import convert, soffice
from test_docx_support import make_docx
from test_docx_support import p as docx_p

from inclusive_lint.api import lint_file
from inclusive_lint.readers import legacy

ROOT = Path(__file__).resolve().parent.parent
RTF = (r"{\rtf1\ansi\deff0{\fonttbl{\f0 Times New Roman;}}"
       r"{\pard Leave\par}{\pard Each manager must tell his or her team.\par}"
       r"{\pard The father may take two weeks' paternity leave.\par}}")


def sha(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def legacy_files(tmp_path_factory):
    """policy.doc and policy.rtf saved by LibreOffice from the example policy."""
    tmp = tmp_path_factory.mktemp("legacy")
    convert([ROOT / "examples" / "policy.docx"], "doc", tmp, tmp / "profile")
    convert([ROOT / "examples" / "policy.docx"], "rtf", tmp, tmp / "profile")
    return tmp


@pytest.mark.slow
def test_doc_and_rtf_give_the_docx_findings(legacy_files, settings):
    docx = lint_file(str(ROOT / "examples" / "policy.docx"), settings)
    want = sorted((f.rule_id, " ".join(f.text.split())) for f in docx.findings)
    for ext in (".doc", ".rtf"):
        path = legacy_files / f"policy{ext}"
        before = sha(path)
        result = lint_file(str(path), settings)
        assert not result.errors, result.errors
        assert result.path == str(path) and result.format == ext[1:]
        assert sorted((f.rule_id, " ".join(f.text.split())) for f in result.findings) == want
        assert all(f.location.describe().endswith(f"(converted from {ext})") for f in result.findings
                   if f.location.part)
        assert any(n.code == "converted" for n in result.notices)
        assert sha(path) == before                      # the input is untouched


@pytest.mark.slow
def test_a_hand_written_rtf_is_read(tmp_path, settings):
    soffice()
    (tmp_path / "form.rtf").write_text(RTF)
    result = lint_file(str(tmp_path / "form.rtf"), settings)
    assert {f.rule_id for f in result.findings} >= {"PRN-003", "FAM-008"}
    assert result.findings[0].location.to_dict()["converted_from"] == ".rtf"


def _path_without_soffice(tmp_path) -> str:
    """A PATH with python but no soffice."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "python").symlink_to(sys.executable)
    return str(bin_dir)


def test_without_soffice_a_one_line_error_and_the_rest_linted(cli, tmp_path):
    (tmp_path / "form.rtf").write_text(RTF)
    (tmp_path / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 1024)
    (tmp_path / "good.md").write_text("Ask his or her manager.\n")
    make_odt(tmp_path / "renamed.doc", p("An .odt under a .doc name: ask his or her manager."))
    make_docx(tmp_path / "word.rtf", body=docx_p("A .docx under an .rtf name: ask his or her manager."))
    before = {f.name: sha(f) for f in tmp_path.iterdir() if f.is_file()}
    r = cli(tmp_path, "--no-config", "--no-cache", env={"PATH": _path_without_soffice(tmp_path)})
    assert r.returncode == 2
    assert "Traceback" not in r.stdout + r.stderr
    lines = r.stdout.splitlines()
    for name, ext in (("form.rtf", ".rtf"), ("old.doc", ".doc")):
        errs = [ln for ln in lines if ln.startswith(f"{tmp_path / name}: error:")]
        assert len(errs) == 1 and f"reading {ext} files needs LibreOffice" in errs[0]
        assert "apt-get install libreoffice-writer-nogui" in errs[0] and errs[0].endswith("[missing]")
    assert any(ln.startswith(f"{tmp_path / 'good.md'}:1:") for ln in lines)
    assert any(ln.startswith(f"{tmp_path / 'renamed.doc'}: ") and "PRN-003" in ln for ln in lines)
    assert any(ln.startswith(f"{tmp_path / 'word.rtf'}: ") and "PRN-003" in ln for ln in lines)
    assert {f.name: sha(f) for f in tmp_path.iterdir() if f.is_file()} == before


def _fake_soffice(tmp_path, script: str) -> str:
    bin_dir = tmp_path / "fakebin"
    bin_dir.mkdir(exist_ok=True)
    exe = bin_dir / "soffice"
    exe.write_text("#!/bin/sh\n" + script)
    exe.chmod(exe.stat().st_mode | stat.S_IEXEC)
    return str(bin_dir)


def test_a_conversion_that_hangs_is_stopped(tmp_path, settings, monkeypatch):
    monkeypatch.setenv("PATH", _fake_soffice(tmp_path, "exec /bin/sleep 60\n"))
    monkeypatch.setattr(legacy, "TIME_LIMIT", 1)
    (tmp_path / "slow.rtf").write_text(RTF)
    result = lint_file(str(tmp_path / "slow.rtf"), settings)
    assert result.errors[0].category == "timeout" and "more than 1 s" in result.errors[0].message


def test_conversion_runs_in_a_private_profile_with_macros_off(tmp_path, settings, monkeypatch):
    log = tmp_path / "args.txt"
    script = (f'for a in "$@"; do echo "$a" >> {log}; done\n'
              'for a in "$@"; do case "$a" in -env:UserInstallation=file://*) '
              f'/bin/cat "${{a#-env:UserInstallation=file://}}/user/registrymodifications.xcu" >> {log};; esac; done\n'
              "exit 1\n")
    monkeypatch.setenv("PATH", _fake_soffice(tmp_path, script))
    (tmp_path / "form.rtf").write_text(RTF)
    result = lint_file(str(tmp_path / "form.rtf"), settings)
    assert result.errors[0].category == "corrupt" and "could not convert" in result.errors[0].message
    seen = log.read_text()
    assert "--headless" in seen and "docx:MS Word 2007 XML" in seen
    assert "DisableMacrosExecution" in seen and "<value>true</value>" in seen
    profile = next(ln for ln in seen.splitlines() if ln.startswith("-env:UserInstallation="))
    assert not os.path.exists(profile.split("file://", 1)[1])      # the temporary folder is gone
    assert str(tmp_path) not in profile                             # never next to the input


def test_an_encrypted_doc_is_refused_before_conversion(tmp_path, settings, monkeypatch):
    monkeypatch.setenv("PATH", _fake_soffice(tmp_path, "exit 1\n"))
    fib = b"\xec\xa5\xc1\x00" + b"\0" * 6 + (0x0100).to_bytes(2, "little")    # fEncrypted
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504
    (tmp_path / "locked.doc").write_bytes(ole + fib + b"\0" * 1000)
    (tmp_path / "open.doc").write_bytes(ole + fib[:10] + b"\0\0" + b"\0" * 1000)
    locked = lint_file(str(tmp_path / "locked.doc"), settings)
    assert locked.errors[0].category == "encrypted" and "password" in locked.errors[0].message
    assert lint_file(str(tmp_path / "open.doc"), settings).errors[0].category == "corrupt"   # tried


def test_not_an_rtf_is_refused_before_conversion(tmp_path, settings, monkeypatch):
    monkeypatch.setenv("PATH", _fake_soffice(tmp_path, "exit 1\n"))
    (tmp_path / "plain.rtf").write_text("just text")
    result = lint_file(str(tmp_path / "plain.rtf"), settings)
    assert result.errors[0].category == "corrupt" and "not an RTF file" in result.errors[0].message


@pytest.mark.slow
def test_real_world_doc_and_rtf(settings, corpus):
    soffice()
    real = corpus / "real"
    for name in ("unstructured/fake.doc", "unstructured/fake-doc.rtf", "poi/Word6.doc", "poi/simple-table.doc"):
        result = lint_file(str(real / name), settings)
        assert not result.errors, (name, result.errors)
        assert result.document.blocks and result.document.meta["converted_from"] in (".doc", ".rtf")
    locked = lint_file(str(real / "poi" / "password_password_cryptoapi.doc"), settings)
    assert locked.errors and locked.errors[0].category == "encrypted"


def test_html_report_format_column_names_the_new_types(cli, tmp_path):
    make_odt(tmp_path / "policy.odt", p("Ask his or her manager."))
    (tmp_path / "form.rtf").write_text(RTF)
    out = tmp_path / "report.html"
    r = cli(tmp_path / "policy.odt", tmp_path / "form.rtf", "--no-config", "--no-cache", "--format", "html",
            "-o", out, env={"PATH": _path_without_soffice(tmp_path)})
    assert r.returncode == 2
    html = out.read_text()
    assert "OpenDocument text (.odt)" in html and "Rich Text (.rtf, converted)" in html
