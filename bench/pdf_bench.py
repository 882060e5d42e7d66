"""PDF benchmark (not a test): the whole command against pdftotext on the same file.

    python bench/pdf_bench.py [FILE.pdf] [--runs N]

Runs ``inclusive-lint FILE --format json`` and ``pdftotext FILE -`` N times each and
prints the median wall time of each, their ratio (target: at most 5x), and, for the
breakdown, the time the PDF reader alone takes in this process.
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time

DEFAULT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "corpus",
                       "real", "unstructured", "pdf2image-memory-error-test-400p.pdf")


def wall(cmd, runs: int) -> tuple:
    """(median wall, best wall, median CPU) seconds over ``runs`` runs of ``cmd``.
    CPU time (user + system of the command and its children) is less sensitive than
    wall time to other work on a shared machine."""
    times, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        times.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
        if proc.returncode not in (0, 1):
            sys.exit(f"{' '.join(cmd)} failed ({proc.returncode}): {proc.stderr.decode()[:300]}")
    return statistics.median(times), min(times), statistics.median(cpus)


def reader_only(path: str, runs: int) -> float:
    from inclusive_lint.readers import read_document

    data = open(path, "rb").read()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        doc = read_document(path, data, {})
        times.append(time.perf_counter() - start)
    print(f"reader alone: {statistics.median(times):.3f} s median "
          f"({doc.meta['pages']} pages, {len(doc.blocks)} blocks)")
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("file", nargs="?", default=os.path.normpath(DEFAULT))
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    if not os.path.exists(args.file):
        sys.exit(f"{args.file}: not found")
    if not shutil.which("pdftotext"):
        sys.exit("pdftotext not found: apt-get install poppler-utils")
    tool = shutil.which("inclusive-lint")
    lint = [tool] if tool else [sys.executable, "-m", "inclusive_lint"]
    # --no-cache: measure the reading and linting, not a cache hit on the second run
    lint += [args.file, "--format", "json", "--no-config", "--no-cache"]
    ours, ours_min, ours_cpu = wall(lint, args.runs)
    ref, ref_min, ref_cpu = wall(["pdftotext", args.file, "-"], args.runs)
    print(f"file: {args.file}")
    print(f"inclusive-lint --format json: {ours:.3f} s median wall, {ours_min:.3f} s best, "
          f"{ours_cpu:.3f} s CPU ({args.runs} runs)")
    print(f"pdftotext FILE -:             {ref:.3f} s median wall, {ref_min:.3f} s best, "
          f"{ref_cpu:.3f} s CPU")
    print(f"ratio: {ours / ref:.1f}x median wall, {ours_min / ref_min:.1f}x best wall, "
          f"{ours_cpu / ref_cpu:.1f}x CPU (target: at most 5x)")
    reader_only(args.file, args.runs)


if __name__ == "__main__":
    main()
