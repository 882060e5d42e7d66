"""Load benchmark for ``inclusive-lint serve`` (loopback only, bounded; not a test).

    python bench/web_load.py [--uploads 20] [--pages 30] [--jobs 2] [--out result.json]

Builds a policy of about PAGES pages (.docx, python-docx, text from bench/make_corpus.py; the
page count is checked with LibreOffice when it is installed), starts ``inclusive-lint serve`` on
127.0.0.1, sends UPLOADS uploads of it at the same moment, and reports each request's latency
(p50, p95, max) and the peak memory of the whole server: the server process and every worker it
forked, sampled every 50 ms from /proc (PSS, so pages shared between the server and its forked
workers are counted once; RSS summed is printed too, as an upper bound).
"""
from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def make_policy(path: Path, pages: int) -> int:
    """A .docx of about ``pages`` pages (about 400 words a page in LibreOffice's default layout);
    returns its word count."""
    import docx

    from make_corpus import generate

    words_wanted = pages * 400
    text = generate(megabytes=words_wanted * 7 / 1_000_000, seed=22)
    doc = docx.Document()
    doc.add_heading("Staff Leave and Family Policy (load test)", 0)
    words = 0
    for i, para in enumerate(p for p in text.split("\n\n") if p.strip()):
        if para.startswith("#"):
            doc.add_heading(para.lstrip("# ").strip(), 1)
        else:
            doc.add_paragraph(para.strip())
        words += len(para.split())
        if words >= words_wanted:
            break
    doc.save(path)
    return words


def count_pages(path: Path) -> int | None:
    import shutil

    exe = shutil.which("soffice")
    if not exe:
        return None
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([exe, "--headless", "--norestore", f"-env:UserInstallation=file://{tmp}/p",
                        "--convert-to", "pdf", "--outdir", tmp, str(path)], capture_output=True, timeout=300)
        pdf = Path(tmp) / (path.stem + ".pdf")
        if not pdf.exists():
            return None
        import pypdf

        return len(pypdf.PdfReader(str(pdf)).pages)


def tree_memory(pid: int) -> tuple:
    """(PSS, RSS) in bytes of ``pid`` and all its descendants."""
    pids, todo = [], [pid]
    while todo:
        p = todo.pop()
        pids.append(p)
        try:      # children of every thread: the server forks its workers from a thread pool
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as fh:
                    todo.extend(int(c) for c in fh.read().split())
        except OSError:
            pass
    pss = rss = 0
    for p in pids:
        try:
            with open(f"/proc/{p}/smaps_rollup") as fh:
                for line in fh:
                    if line.startswith("Pss:"):
                        pss += int(line.split()[1]) * 1024
                    elif line.startswith("Rss:"):
                        rss += int(line.split()[1]) * 1024
        except OSError:
            pass
    return pss, rss


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--uploads", type=int, default=20)
    ap.add_argument("--pages", type=int, default=30)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--out")
    args = ap.parse_args(argv)
    if args.uploads > 50:
        ap.error("at most 50 uploads: this is a bounded benchmark")
    import httpx

    work = Path(tempfile.mkdtemp(prefix="il-webload-"))
    policy = work / "policy-30p.docx"
    words = make_policy(policy, args.pages)
    pages = count_pages(policy)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "inclusive_lint", "serve", "--host", "127.0.0.1", "--port",
                               str(port), "--jobs", str(args.jobs), "--queue", str(max(32, args.uploads))],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    peak = {"pss": 0, "rss": 0}
    stop = threading.Event()

    def sample():
        while not stop.is_set():
            pss, rss = tree_memory(server.pid)
            peak["pss"], peak["rss"] = max(peak["pss"], pss), max(peak["rss"], rss)
            time.sleep(0.05)

    try:
        for _ in range(600):
            try:
                if httpx.get(base + "/", timeout=5).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        idle = tree_memory(server.pid)
        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        data = policy.read_bytes()
        results = [None] * args.uploads
        barrier = threading.Barrier(args.uploads)

        def upload(i):
            barrier.wait()
            t0 = time.monotonic()
            res = httpx.post(base + "/lint", files=[("files", ("policy-30p.docx", data))],
                             data={"packs": ["eia", "forms", "pillar2-language", "pillar3-assumptions"]},
                             timeout=1800)
            results[i] = (res.status_code, time.monotonic() - t0, "findings" in res.text)
            if res.status_code != 200:
                import re

                print(f"upload {i}: {res.status_code} " + " ".join(re.findall(r"<li>(.*?)</li>", res.text))[:300],
                      file=sys.stderr)

        started = time.monotonic()
        threads = [threading.Thread(target=upload, args=(i,)) for i in range(args.uploads)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        wall = time.monotonic() - started
        stop.set()
        sampler.join()
    finally:
        server.send_signal(signal.SIGINT)
        try:
            server.wait(30)
        except subprocess.TimeoutExpired:
            server.kill()
    latencies = sorted(r[1] for r in results)
    p95 = latencies[max(0, int(round(0.95 * len(latencies))) - 1)]
    out = {
        "uploads": args.uploads, "jobs": args.jobs, "words": words, "pages_libreoffice": pages,
        "bytes": len(data), "status_codes": sorted({r[0] for r in results}),
        "all_ok": all(r[0] == 200 and r[2] for r in results),
        "wall_s": round(wall, 1), "p50_s": round(statistics.median(latencies), 1), "p95_s": round(p95, 1),
        "max_s": round(latencies[-1], 1), "idle_pss_mb": round(idle[0] / 2**20), "peak_pss_mb": round(peak["pss"] / 2**20),
        "peak_rss_sum_mb": round(peak["rss"] / 2**20), "cpus": os.cpu_count(),
    }
    text = json.dumps(out, indent=2)
    print(text)
    if args.out:
        Path(args.out).write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
