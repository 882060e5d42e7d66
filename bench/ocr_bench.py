"""OCR benchmark (not a test): pages per second for scanned PDFs, one worker and two.

    python bench/ocr_bench.py [--pages 20] [--runs 1]

Makes the example policy's PDF with LibreOffice, rasterises it at 200 dpi into an image-only
PDF of ``--pages`` pages (tests/make_scanned.py), and times ``inclusive-lint --ocr``:
  1. one file of N pages, --jobs 1 (pages/s for one worker);
  2. two files of N/2 pages, --jobs 1 and --jobs 2 (the scaling: OCR runs in the workers,
     which split the files between them).
Wall time and CPU time (the command and its children, Tesseract included) are printed: on a
shared machine the CPU figure says what a worker costs, the wall figure what a user waits.
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "tests"))


def timed(args) -> tuple:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "inclusive_lint", "--ocr", "--no-cache", "--format", "json",
                           "--timeout", "0", *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode not in (0, 1):
        sys.exit(f"inclusive-lint failed ({proc.returncode}): {proc.stderr.decode()[:300]}")
    return wall, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def main() -> None:
    import make_scanned
    import word_forms

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=20)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="ocr-bench-") as tmp:
        docx = os.path.join(tmp, "policy.docx")
        shutil.copyfile(os.path.join(ROOT, "examples", "policy.docx"), docx)
        (text_pdf,) = word_forms.to_pdf([docx], tmp)
        per_copy = len(make_scanned.pages(text_pdf, 72))
        big = make_scanned.scanned_pdf(text_pdf, os.path.join(tmp, "big.pdf"), 200,
                                       repeat=max(1, args.pages // per_copy))
        halves = [make_scanned.scanned_pdf(text_pdf, os.path.join(tmp, f"half{i}.pdf"), 200,
                                           repeat=max(1, args.pages // per_copy // 2)) for i in (1, 2)]
        n = per_copy * max(1, args.pages // per_copy)
        wall, cpu = timed([big, "--jobs", "1"])
        print(f"one file, {n} pages, --jobs 1: {wall:.1f} s wall ({n / wall:.2f} pages/s), "
              f"{cpu:.1f} s CPU ({n / cpu:.2f} pages per CPU-second)")
        results = {}
        for jobs in (1, 2):
            results[jobs] = timed([*halves, "--jobs", str(jobs)])
            w, c = results[jobs]
            print(f"two files, {n} pages, --jobs {jobs}: {w:.1f} s wall ({n / w:.2f} pages/s), {c:.1f} s CPU")
        print(f"--jobs 2 speed-up (wall): {results[1][0] / results[2][0]:.2f}x "
              f"on {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
