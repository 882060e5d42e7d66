"""Bad Word files get a one-line error naming the file and what to do; nothing else breaks."""
from __future__ import annotations

import io
import shutil
import time
import zipfile

import pytest
from test_docx_support import make_docx, p, sha, zip_bytes

from inclusive_lint.api import lint_file

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
CT = ('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
      'officedocument.wordprocessingml.document.main+xml"/></Types>')
RELS = ('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
        'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
        '2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def package(document_xml: str, **extra) -> bytes:
    return zip_bytes({"[Content_Types].xml": CT, "_rels/.rels": RELS, "word/document.xml": document_xml,
                      **extra})


def ole(*streams: str) -> bytes:
    names = b"".join(s.encode("utf-16-le") + b"\0\0" for s in streams)
    return OLE + b"\0" * 504 + names + b"\0" * 512


def error_of(settings, tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    result = lint_file(str(path), settings)
    assert len(result.errors) == 1, result
    return result.errors[0]


@pytest.mark.parametrize("name,data,category,words", [
    ("old.docx", ole("Root Entry", "WordDocument", "1Table"), "unsupported", "save it as .docx"),
    ("locked.docx", ole("Root Entry", "EncryptionInfo", "EncryptedPackage"), "encrypted", "remove the password"),
    ("broken.docx", b"PK\x03\x04 this is not really a zip", "corrupt", "damaged .docx"),
    ("empty.docx", b"", "corrupt", "empty file"),
    ("text.docx", b"just some text", "corrupt", "not a Word document"),
    ("rtf.docx", b"{\\rtf1 hello}", "unsupported", "RTF"),
    ("odt.docx", zip_bytes({"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<x/>"}),
     "unsupported", "OpenDocument"),
    ("nomain.docx", zip_bytes({"a.txt": "hello"}), "corrupt", "no main document part"),
    ("badxml.docx", package("<w:document xmlns:w='%s'><w:body><w:p>" % W), "corrupt", "not well-formed"),
])
def test_unreadable_files_get_a_clear_error(settings, tmp_path, name, data, category, words):
    err = error_of(settings, tmp_path, name, data)
    assert err.category == category
    assert words in err.message
    assert "\n" not in err.message and "Traceback" not in err.message


def test_zip_bomb_is_refused_before_inflating(settings, tmp_path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CT)
        z.writestr("_rels/.rels", RELS)
        # 600 MB of zeros compresses to well under a megabyte
        with z.open("word/document.xml", "w", force_zip64=True) as fh:
            block = b"\0" * (1024 * 1024)
            for _ in range(600):
                fh.write(block)
    start = time.perf_counter()
    err = error_of(settings, tmp_path, "bomb.docx", buf.getvalue())
    assert err.category == "too-large" and "zip bomb" in err.message
    assert time.perf_counter() - start < 2


def test_a_lying_declared_size_is_still_capped(settings, tmp_path, monkeypatch):
    """A zip whose headers claim a small part but whose data inflates to megabytes."""
    import struct

    from inclusive_lint.readers import safezip as pkgmod

    monkeypatch.setattr(pkgmod, "MAX_PART_BYTES", 1024 * 1024)
    big = "<w:document xmlns:w='%s'><w:body>%s</w:body></w:document>" % (W, "<w:p/>" * 400000)
    data = bytearray(package(big))
    for sig, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        pos = data.find(sig)
        while pos != -1:
            name_len = struct.unpack_from("<H", data, pos + (26 if sig == b"PK\x03\x04" else 28))[0]
            start = pos + (30 if sig == b"PK\x03\x04" else 46)
            if data[start:start + name_len] == b"word/document.xml":
                struct.pack_into("<I", data, pos + offset, 1000)
            pos = data.find(sig, pos + 4)
    err = error_of(settings, tmp_path, "liar.docx", bytes(data))
    assert err.category in ("corrupt", "too-large")


def test_entities_are_not_expanded_and_external_entities_not_fetched(settings, tmp_path):
    laughs = ('<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;">'
              '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;">'
              '<!ENTITY x SYSTEM "file:///etc/passwd">]>'
              f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>Start &d; &x; end</w:t></w:r></w:p>'
              '</w:body></w:document>')
    path = tmp_path / "xxe.docx"
    path.write_bytes(package(laughs))
    result = lint_file(str(path), settings)
    assert not result.errors
    text = result.document.blocks[0].text
    assert "ha" not in text and "root:" not in text
    assert text.startswith("Start") and text.endswith("end")


def test_cli_reports_each_bad_file_on_one_line_and_lints_the_rest(cli, tmp_path):
    good = make_docx(tmp_path / "good.docx", body=p("Ask his or her manager."))
    (tmp_path / "old.docx").write_bytes(ole("Root Entry", "WordDocument"))
    (tmp_path / "locked.docx").write_bytes(ole("Root Entry", "EncryptionInfo", "EncryptedPackage"))
    (tmp_path / "broken.docx").write_bytes(b"PK\x03\x04garbage")
    before = {f.name: sha(f) for f in tmp_path.iterdir()}
    out = cli(str(tmp_path))
    assert out.returncode == 2
    assert "Traceback" not in out.stdout + out.stderr
    lines = out.stdout.splitlines()
    for name, words in (("old.docx", "old binary Word .doc"), ("locked.docx", "password-protected"),
                        ("broken.docx", "damaged .docx")):
        hits = [ln for ln in lines if ln.startswith(str(tmp_path / name) + ": error:")]
        assert len(hits) == 1 and words in hits[0], lines
    assert any(ln.startswith(str(good)) and "PRN-003" in ln for ln in lines)
    assert {f.name: sha(f) for f in tmp_path.iterdir()} == before


def test_real_old_doc_named_docx_and_real_encrypted_docx(settings, real, tmp_path):
    doc = (real / "poi" / "Word6.doc").read_bytes()
    err = error_of(settings, tmp_path, "renamed.docx", doc)
    assert "old binary Word .doc" in err.message
    result = lint_file(str(real / "poi" / "bug53475-password-is-pass.docx"), settings)
    assert result.errors[0].category == "encrypted"
    result = lint_file(str(real / "poi" / "truncated62886.docx"), settings)
    assert result.errors[0].category == "corrupt"


def test_deep_nesting_is_read_or_refused_without_a_crash(settings, tmp_path):
    def nested(n):
        inner = "<w:p><w:r><w:t>Ask his or her manager.</w:t></w:r></w:p>"
        for _ in range(n):
            inner = f"<w:tbl><w:tr><w:tc>{inner}</w:tc></w:tr></w:tbl>"
        return f"<w:document xmlns:w='{W}'><w:body>{inner}</w:body></w:document>"
    path = tmp_path / "nested50.docx"
    path.write_bytes(package(nested(50)))
    result = lint_file(str(path), settings)
    assert not result.errors and result.findings[0].location.table == 50
    err = error_of(settings, tmp_path, "nested5000.docx", package(nested(5000)))
    assert err.category == "corrupt" and "256 levels deep" in err.message


def test_a_damaged_optional_part_is_a_notice_not_silence(settings, tmp_path):


    src = make_docx(tmp_path / "ok.docx", body=p("Ask his or her manager."),
                    footnotes={1: p("A note.")})
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(tmp_path / "damaged.docx", "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "word/footnotes.xml":
                data = data[: len(data) // 2]
            zout.writestr(item, data)
    result = lint_file(str(tmp_path / "damaged.docx"), settings)
    assert not result.errors and result.findings
    assert any("word/footnotes.xml is damaged" in n.message for n in result.notices)


def test_a_docx_saved_with_a_doc_name_is_read(settings, real, tmp_path):
    result = lint_file(str(real / "unstructured" / "eng_spa_mult.doc"), settings)   # a zip inside
    assert not result.errors and result.document.format == "docx" and result.document.blocks
    # a real binary .doc is converted by LibreOffice (tests/test_legacy_formats.py tests both ways)
    word6 = lint_file(str(real / "poi" / "Word6.doc"), settings)
    if shutil.which("soffice") or shutil.which("libreoffice"):
        assert not word6.errors and word6.document.meta["converted_from"] == ".doc"
    else:
        assert word6.errors[0].category == "missing" and "LibreOffice" in word6.errors[0].message


def test_mangled_copies_of_a_real_policy_never_end_in_an_unexpected_exception(settings):
    """Flipped bytes, truncations and broken XML inside a valid zip: read, or a clear error."""
    import random
    from pathlib import Path

    base = (Path(__file__).resolve().parent.parent / "examples" / "policy.docx").read_bytes()
    with zipfile.ZipFile(io.BytesIO(base)) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    for seed in range(120):
        rnd = random.Random(seed)
        if seed % 3 == 0:
            data = bytearray(base)
            for _ in range(rnd.randint(1, 20)):
                data[rnd.randrange(len(data))] = rnd.randrange(256)
            data = bytes(data)
        elif seed % 3 == 1:
            data = base[: rnd.randrange(len(base))]
        else:
            name = rnd.choice(sorted(n for n in parts if n.endswith(".xml")))
            xml = bytearray(parts[name])
            for _ in range(rnd.randint(1, 10)):
                i = rnd.randrange(len(xml))
                xml[i:i + rnd.randint(0, 30)] = rnd.choice([b"<", b">", b"&", b"", b"</w:p>", b"<w:tbl>", b"\xff"])
            data = zip_bytes({n: bytes(xml) if n == name else d for n, d in parts.items()})
        result = lint_file(f"mangled{seed}.docx", settings, data=data, display_path=f"mangled{seed}.docx")
        for err in result.errors:
            assert err.category in ("corrupt", "unsupported", "too-large", "encrypted"), (seed, err)
            assert "Error:" not in err.message and "\n" not in err.message, (seed, err.message)
