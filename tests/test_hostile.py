"""Hostile inputs, generated here: each ends in bounded time and memory with a clear one-line
message naming the file, no traceback, and the other files are still linted."""
import io
import json
import os
import struct
import subprocess
import sys
import time
import zipfile

import pytest

GOOD = "Each employee must tell his manager before taking leave.\n"
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
CONTENT_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    b'<Default Extension="xml" ContentType="application/xml"/>'
    b'<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
    b'wordprocessingml.document.main+xml"/></Types>')
RELS = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    b'officeDocument" Target="word/document.xml"/></Relationships>')


def para(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def docx(body: str, doctype: str = "") -> bytes:
    xml = f'<?xml version="1.0" encoding="UTF-8"?>{doctype}<w:document {W}><w:body>{body}</w:body></w:document>'
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", RELS)
        z.writestr("word/document.xml", xml)
    return buf.getvalue()


def forged_size_docx() -> bytes:
    """A tiny package whose document part declares about 4 GB uncompressed."""
    data = bytearray(docx(para(GOOD)))
    i = 0
    while (i := data.find(b"PK\x01\x02", i)) != -1:
        name_len = struct.unpack("<H", data[i + 28:i + 30])[0]
        if data[i + 46:i + 46 + name_len] == b"word/document.xml":
            data[i + 24:i + 28] = struct.pack("<I", 0xFFFFFFF0)
        i += 4
    return bytes(data)


def deflate_bomb_docx(megabytes: int = 300) -> bytes:
    """A real bomb: a few hundred KB that inflate to ``megabytes`` of XML."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", RELS)
        with z.open("word/document.xml", "w", force_zip64=True) as fh:
            fh.write(f'<?xml version="1.0"?><w:document {W}><w:body><w:p><w:r><w:t>'.encode())
            chunk = b" " * (1 << 20)
            for _ in range(megabytes):
                fh.write(chunk)
            fh.write(b"</w:t></w:r></w:p></w:body></w:document>")
    return buf.getvalue()


def billion_laughs_docx() -> bytes:
    ents = '<!ENTITY a "lol">' + "".join(
        f'<!ENTITY {chr(98 + i)} "' + f"&{chr(97 + i)};" * 10 + '">' for i in range(9))
    return docx(para("&j; and his manager"), f"<!DOCTYPE w:document [{ents}]>")


def external_entity_docx(target: str) -> bytes:
    return docx(para("Each employee must tell his manager: &x;"),
                f'<!DOCTYPE w:document [<!ENTITY x SYSTEM "file://{target}">]>')


def nested_tables_docx(depth: int) -> bytes:
    inner = para("Each nurse must wear his badge.")
    for _ in range(depth):
        inner = f"<w:tbl><w:tr><w:tc>{inner}</w:tc></w:tr></w:tbl>"
    return docx(inner + para("After the tables, each manager must sign his name."))


def run_measured(args, cwd, timeout=300):
    """Run the CLI under a small Python parent; returns (CompletedProcess, seconds, peak MB of the
    whole process tree, workers included)."""
    wrapper = ("import resource, subprocess, sys\n"
               "p = subprocess.run([sys.executable, '-m', 'inclusive_lint'] + sys.argv[1:])\n"
               "sys.stderr.write('\\nPEAK %d\\n' % resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
               "sys.exit(p.returncode)\n")
    env = dict(os.environ)
    env.pop("GITHUB_ACTIONS", None)
    started = time.monotonic()
    proc = subprocess.run([sys.executable, "-c", wrapper, *map(str, args)], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=timeout)
    seconds = time.monotonic() - started
    head, _, peak = proc.stderr.rpartition("\nPEAK ")
    proc.stderr = head
    return proc, seconds, int(peak.strip() or 0) / 1024


def _by_name(stdout):
    data = json.loads(stdout)
    return {os.path.basename(f["path"]): f for f in data["files"]}


def _assert_clean_messages(proc, names_with_errors):
    assert "Traceback" not in proc.stderr and "Traceback" not in proc.stdout
    lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    for name in names_with_errors:
        mine = [ln for ln in lines if f"{os.sep}{name}: " in ln]
        assert len(mine) == 1, (name, lines)                    # one line per file, naming it
        assert mine[0].startswith("inclusive-lint: ") and len(mine[0]) < 400


def test_hostile_word_files_and_bytes(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET-do-not-read root:x:0:0\n", encoding="utf-8")
    files = {
        "good.md": GOOD.encode(),
        "bomb-forged.docx": forged_size_docx(),
        "bomb-deflate.docx": deflate_bomb_docx(),
        "laughs.docx": billion_laughs_docx(),
        "xxe.docx": external_entity_docx(str(secret)),
        "xxe-passwd.docx": external_entity_docx("/etc/passwd"),
        "nested-deep.docx": nested_tables_docx(400),
        "nested-ok.docx": nested_tables_docx(30),
        "random.docx": os.urandom(4096),
        "random.pdf": os.urandom(4096),
        "random.md": os.urandom(4096),
        "empty.docx": b"",
        "empty.pdf": b"",
        "empty.md": b"",
        "empty.txt": b"",
        "latin1.txt": "Caf\u00e9 rules: each employee must tell his manager.\n".encode("cp1252"),
        "pdf-header-only.pdf": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog",
        "zip-not-word.docx": docx(para("x"))[:200],
    }
    for name, data in files.items():
        (d / name).write_bytes(data)
    before = {p.name: p.read_bytes() for p in d.iterdir()}
    proc, seconds, peak = run_measured([d, "--format", "json", "--jobs", "2", "--no-cache"], tmp_path)
    assert proc.returncode == 2, proc.stderr
    assert seconds < 120 and peak < 1500, (seconds, peak)
    out = _by_name(proc.stdout)
    assert set(out) == set(files)
    assert {p.name: p.read_bytes() for p in d.iterdir()} == before          # inputs untouched
    # the good file is linted as usual
    assert [f["rule_id"] for f in out["good.md"]["findings"]] == ["PRN-001"]
    category = {n: (f["errors"][0]["category"] if f["errors"] else f["status"]) for n, f in out.items()}
    assert category["bomb-forged.docx"] == "too-large"
    assert category["bomb-deflate.docx"] == "too-large"
    assert category["laughs.docx"] in ("corrupt", "too-large")
    assert category["nested-deep.docx"] in ("corrupt", "too-large")
    assert category["random.docx"] == category["random.pdf"] == "corrupt"
    assert category["empty.docx"] == category["empty.pdf"] == "corrupt"
    assert category["zip-not-word.docx"] == category["pdf-header-only.pdf"] == "corrupt"
    assert category["empty.md"] == category["empty.txt"] == "clean"
    # text that is not UTF-8 is read with a fallback and a notice, never refused
    for name in ("random.md", "latin1.txt"):
        assert not out[name]["errors"]
        assert [n["code"] for n in out[name]["notices"]] == ["invalid-utf8"]
    assert [f["rule_id"] for f in out["latin1.txt"]["findings"]] == ["PRN-001"]
    # tables nested 30 deep are read: the text inside and after them is linted
    assert len(out["nested-ok.docx"]["findings"]) == 2
    # external entities are never resolved: no file is read into the report
    assert "TOPSECRET" not in proc.stdout and "root:x:0:0" not in proc.stdout
    for name in ("xxe.docx", "xxe-passwd.docx"):
        assert out[name]["errors"] or [f["rule_id"] for f in out[name]["findings"]] == ["PRN-001"]
    errors = [n for n, f in out.items() if f["errors"]]
    _assert_clean_messages(proc, errors)
    for name in errors:
        assert out[name]["errors"][0]["message"].strip()


def test_walk_with_symlink_loop_fifo_and_directory_named_like_a_file(tmp_path):
    d = tmp_path / "docs"
    (d / "sub").mkdir(parents=True)
    (d / "sub" / "good.md").write_text(GOOD, encoding="utf-8")
    (d / "sub" / "loop").symlink_to("..")                      # docs/sub/loop -> docs
    (d / "folder.md").mkdir()                                  # a directory with a file's name
    (d / "folder.md" / "inner.txt").write_text(GOOD, encoding="utf-8")
    os.mkfifo(d / "pipe.md")                                   # opening it would block for ever
    (d / "dangling.md").symlink_to(tmp_path / "nowhere.md")
    proc, seconds, _ = run_measured([d, "--format", "json", "--no-cache", "--timeout", "30"], tmp_path)
    assert seconds < 60
    assert proc.returncode == 2
    out = _by_name(proc.stdout)
    assert [f["rule_id"] for f in out["good.md"]["findings"]] == ["PRN-001"]
    assert [f["rule_id"] for f in out["inner.txt"]["findings"]] == ["PRN-001"]
    assert out["pipe.md"]["errors"][0]["category"] == "unreadable"
    assert "not a regular file" in out["pipe.md"]["errors"][0]["message"]
    assert out["loop"]["errors"][0]["category"] == "unreadable"
    assert "symlink loop" in out["loop"]["errors"][0]["message"]
    assert out["dangling.md"]["errors"][0]["category"] in ("missing", "unreadable")
    _assert_clean_messages(proc, ["pipe.md", "loop", "dangling.md"])
    # the same tree named twice, and a folder named as a file: each file once
    again = run_measured([d, d / "sub", d / "folder.md", "--format", "json", "--no-cache"], tmp_path)[0]
    paths = [f["path"] for f in json.loads(again.stdout)["files"]]
    assert len(paths) == len(set(os.path.normpath(p) for p in paths))


def test_unreadable_file_in_a_walk(tmp_path, settings, monkeypatch):
    """Tests run as root, so chmod 000 cannot make a file unreadable: make open() fail instead."""
    import builtins

    from inclusive_lint.api import lint_paths

    d = tmp_path / "docs"
    d.mkdir()
    (d / "good.md").write_text(GOOD, encoding="utf-8")
    (d / "locked.md").write_text(GOOD, encoding="utf-8")
    real_open = builtins.open

    def guarded(path, *args, **kwargs):
        if str(path).endswith("locked.md"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", guarded)
    report = lint_paths([str(d)], settings=settings)
    by_name = {os.path.basename(r.path): r for r in report.files}
    assert by_name["locked.md"].errors[0].category == "unreadable"
    assert "permission denied" in by_name["locked.md"].errors[0].message
    assert [f.rule_id for f in by_name["good.md"].findings] == ["PRN-001"]


@pytest.mark.slow
def test_fifty_megabyte_single_paragraph(tmp_path):
    """50 MB in one paragraph: a clean one is read in bounded memory; a policy-like one is
    stopped by the per-file time limit (or finishes), and either way the other file is linted."""
    sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "bench"))
    from make_corpus import generate

    d = tmp_path / "big"
    d.mkdir()
    policy = generate(50, seed=3).replace("\n", " ").replace("#", "")
    (d / "policy-50mb.txt").write_text(policy, encoding="utf-8")
    del policy
    (d / "plain-50mb.txt").write_text("The clinic opens at nine and closes at five. " * 1_150_000,
                                      encoding="utf-8")
    (d / "good.md").write_text(GOOD, encoding="utf-8")
    proc, seconds, peak = run_measured([d, "--format", "json", "--no-cache", "--jobs", "2",
                                        "--timeout", "25"], tmp_path)
    assert "Traceback" not in proc.stderr
    out = _by_name(proc.stdout)
    assert [f["rule_id"] for f in out["good.md"]["findings"]] == ["PRN-001"]
    assert out["plain-50mb.txt"]["status"] == "clean"
    big = out["policy-50mb.txt"]
    assert big["status"] == "findings" or big["errors"][0]["category"] == "timeout"
    if big["errors"]:
        assert "per-file time limit" in big["errors"][0]["message"]
        _assert_clean_messages(proc, ["policy-50mb.txt"])
    assert seconds < 25 + 30 + 60          # the limit, a start-up grace, and the rest
    assert peak < 2000, peak
