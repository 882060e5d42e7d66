"""``inclusive-lint serve`` over real HTTP (httpx against a server in a subprocess): results
and downloads, security headers, hostile uploads, the private temporary folder, the busy page."""
import io
import json
import os
import threading
import time
import zipfile
from pathlib import Path

import docx
import pytest

from test_hostile import billion_laughs_docx, deflate_bomb_docx
from web_support import need_web, server

ROOT = Path(__file__).resolve().parent.parent
POLICY = ROOT / "examples" / "policy.docx"
PACKS = ["eia", "forms", "pillar2-language", "pillar3-assumptions"]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def web(tmp_path_factory):
    need_web()
    with server(tmp_path_factory.mktemp("web"), "--jobs", "2", "--max-upload-mb", "50", "--timeout", "60") as s:
        yield s


def post(base, files, fail_level="warning", packs=PACKS, timeout=300):
    import httpx

    if any("\x00" in name for name, _ in files):     # httpx would percent-encode it: send it raw
        body = b"".join(b"--b\r\nContent-Disposition: form-data; name=\"packs\"\r\n\r\n" + p.encode() + b"\r\n"
                        for p in packs)
        for name, data in files:
            body += (b"--b\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + name.encode()
                     + b"\"\r\nContent-Type: application/octet-stream\r\n\r\n" + data + b"\r\n")
        body += b"--b--\r\n"
        return httpx.post(base + "/lint", content=body, timeout=timeout,
                          headers={"content-type": "multipart/form-data; boundary=b"})
    data = {"fail_level": fail_level, "packs": packs}
    return httpx.post(base + "/lint", files=[("files", f) for f in files], data=data, timeout=timeout)


def assert_empty(root):
    assert list(Path(root).iterdir()) == [], "uploads outlived the request"


def test_upload_page_has_a_plain_form_and_strict_headers(web):
    import httpx

    base, root, _ = web
    res = httpx.get(base + "/")
    assert res.status_code == 200
    csp = res.headers["content-security-policy"]
    script = next(d for d in csp.split(";") if d.strip().startswith("script-src"))
    assert "'unsafe-inline'" not in script and "default-src 'none'" in csp
    assert res.headers["x-content-type-options"] == "nosniff"
    assert res.headers["referrer-policy"] == "no-referrer"
    html = res.text
    assert '<form method="post" action="/lint" enctype="multipart/form-data"' in html
    assert "<script>" not in html and 'src="/static/upload.js"' in html
    for pack in PACKS:
        assert f'value="{pack}" checked' in html
    assert 'href="/rules/ROL-001"' in html


def test_results_page_and_every_download(web):
    import httpx

    base, root, _ = web
    res = post(base, [("policy.docx", POLICY.read_bytes())])
    assert res.status_code == 200, res.text[:500]
    assert_empty(root)
    html = res.text
    assert "Inclusive language report" in html and "Title: Mr / Mrs / Miss / Ms" in html
    assert "form-action 'self'" in html and 'href="/rules/FRM-004"' in html
    links = dict(
        (href.rsplit("/", 1)[1], href) for href in
        __import__("re").findall(r'href="(/download/[^"]+)"', html))
    assert set(links) == {"annotated", "annex", "json", "sarif", "csv"}
    got = {}
    for kind, href in links.items():
        d = httpx.get(base + href)
        assert d.status_code == 200
        assert d.headers["content-disposition"].startswith("attachment; filename=")
        got[kind] = d.content
    comments = zipfile.ZipFile(io.BytesIO(got["annotated"])).read("word/comments.xml")
    assert comments.count(b"<w:comment ") >= 10
    annex = docx.Document(io.BytesIO(got["annex"]))
    assert annex.paragraphs[0].text == "Equality impact assessment: evidence annex"
    report = json.loads(got["json"])
    assert report["files"][0]["path"] == "policy.docx" and report["summary"]["findings"] >= 10
    assert got["csv"].startswith(b"\xef\xbb\xbfpath,")
    assert json.loads(got["sarif"])["version"] == "2.1.0"
    assert httpx.get(base + links["annex"].replace("/0/", "/7/")).status_code == 404


def test_config_choices_change_the_result(web):
    base, _, _ = web
    only_forms = post(base, [("policy.docx", POLICY.read_bytes())], packs=["forms"], fail_level="never")
    assert only_forms.status_code == 200
    assert "FRM-004" in only_forms.text and 'href="/rules/ROL-' not in only_forms.text
    assert "Pass: nothing at or above the fail level." in only_forms.text
    none = post(base, [("policy.docx", POLICY.read_bytes())], packs=[])
    assert none.status_code == 400 and "Tick at least one rule pack" in none.text


def _hostile():
    return [
        ("bomb.docx", deflate_bomb_docx(300), "could not be checked"),
        ("laughs.docx", billion_laughs_docx(), "could not be checked"),
        ("random.pdf", os.urandom(200_000), "could not be checked"),
        ("../../etc/passwd\x00.docx", b"junk", "could not be checked"),
    ]


@pytest.mark.parametrize("name,data,expect", _hostile(), ids=["zip-bomb", "entity-expansion", "random-bytes",
                                                                 "path-and-nul-name"])
def test_hostile_uploads_give_a_clear_page_and_the_next_upload_works(web, name, data, expect):
    base, root, proc = web
    res = post(base, [(name, data)])
    assert res.status_code == 422, res.text[:300]
    assert expect in res.text and "this is not a pass" in res.text
    assert "Traceback" not in res.text
    assert_empty(root)
    if "passwd" in name:
        assert "passwd.docx" in res.text and "../" not in res.text and "\x00" not in res.text
    ok = post(base, [("policy.docx", POLICY.read_bytes())])
    assert ok.status_code == 200 and "Title: Mr / Mrs / Miss / Ms" in ok.text
    assert proc.poll() is None
    assert_empty(root)


def test_sixty_megabyte_upload_is_refused_before_it_is_read(web):
    import httpx

    base, root, _ = web
    big = b"Each employee tells his manager.\n" * (60 * 1024 * 1024 // 33)
    res = httpx.post(base + "/lint", files=[("files", ("big.txt", big))], data={"packs": PACKS}, timeout=120)
    assert res.status_code == 413 and "over the 50 MB limit" in res.text
    assert_empty(root)
    ok = post(base, [("small.txt", b"The chairman decides.\n")])
    assert ok.status_code == 200 and "ROL-001" in ok.text


def test_rule_pages_and_unknown_addresses(web):
    import httpx

    base, _, _ = web
    res = httpx.get(base + "/rules/rol-001")
    assert res.status_code == 200 and "ROL-001" in res.text and "Why it matters" in res.text
    assert httpx.get(base + "/rules/NOPE-1").status_code == 404
    missing = httpx.get(base + "/no/such/page")
    assert missing.status_code == 404 and "Page not found" in missing.text
    assert missing.headers["x-content-type-options"] == "nosniff"


def test_a_full_queue_gets_a_busy_page(tmp_path):
    import httpx

    with server(tmp_path, "--jobs", "1", "--queue", "1") as (base, root, _):
        def slow_body():
            yield b"--b\r\nContent-Disposition: form-data; name=\"packs\"\r\n\r\nforms\r\n"
            time.sleep(4)
            yield b"--b--\r\n"

        first = {}
        t = threading.Thread(target=lambda: first.setdefault("res", httpx.post(
            base + "/lint", content=slow_body(), headers={"content-type": "multipart/form-data; boundary=b"},
            timeout=60)))
        t.start()
        time.sleep(1.5)
        busy = post(base, [("a.txt", b"The chairman decides.\n")])
        t.join()
        assert busy.status_code == 503 and busy.headers["retry-after"] == "30"
        assert "Busy" in busy.text
        assert first["res"].status_code == 400          # the slow request had no file: told so
        after = post(base, [("a.txt", b"The chairman decides.\n")])
        assert after.status_code == 200
        assert_empty(root)


def test_serve_warns_when_listening_beyond_this_machine(tmp_path):
    import socket
    import subprocess
    import sys

    need_web()
    with socket.socket() as taken:          # the port is taken, so the server stops after warning
        taken.bind(("0.0.0.0", 0))
        taken.listen()
        port = taken.getsockname()[1]
        proc = subprocess.Popen([sys.executable, "-m", "inclusive_lint", "serve", "--host", "0.0.0.0",
                                 "--port", str(port)], stderr=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        try:
            _, err = proc.communicate(timeout=120)
        except subprocess.TimeoutExpired:
            proc.kill()
            _, err = proc.communicate()
    assert f"anyone who can reach port {port} can upload" in err
