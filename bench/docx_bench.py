"""Benchmark: the Word reader against a plain python-docx paragraph walk (not a test).

    python bench/docx_bench.py [FILE.docx] [--runs N]

Default file: the 872-page US DOJ trustee handbook in ../shared/corpus/real/unstructured
(see SOURCES.md there). Runs each measurement once per round (so machine load hits them alike)
and prints the best and median wall time and the best CPU time of N rounds for:

- python-docx: ``Document(path)`` then ``[p.text for p in doc.paragraphs]`` (body paragraphs only:
  no tables, headers, notes or text boxes);
- python-docx + tables: the same plus every table cell's paragraphs;
- inclusive-lint reader: ``readers.docx.read`` (every part, locations, form questions);
- inclusive-lint lint: ``api.lint_file`` (read, rule packs, filters).
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "corpus" / "real" / "unstructured" / "handbook-872p.docx"


def python_docx_walk(path: str, tables: bool = False) -> int:
    import docx

    d = docx.Document(path)
    chars = sum(len(p.text) for p in d.paragraphs)
    if tables:
        def walk(tbls):
            n = 0
            for t in tbls:
                for row in t.rows:
                    for cell in row.cells:
                        n += sum(len(p.text) for p in cell.paragraphs) + walk(cell.tables)
            return n
        chars += walk(d.tables)
    return chars


def reader(path: str) -> int:
    from inclusive_lint.readers.docx import read

    with open(path, "rb") as fh:
        data = fh.read()
    return sum(len(b.text) for b in read(data, path, {}).blocks)


def lint(path: str, settings) -> int:
    from inclusive_lint.api import lint_file

    return len(lint_file(path, settings).findings)


def timed_round_robin(rows, runs: int):
    """Run each function once per round, so machine load affects them alike."""
    times = {name: [] for name, _, _ in rows}
    cpu = {name: [] for name, _, _ in rows}
    outs = {}
    for _ in range(runs):
        for name, fn, _ in rows:
            start, cstart = time.perf_counter(), time.process_time()
            outs[name] = fn()
            times[name].append(time.perf_counter() - start)
            cpu[name].append(time.process_time() - cstart)
    return {name: (min(t), statistics.median(t), min(cpu[name]), outs[name]) for name, t in times.items()}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("file", nargs="?", default=str(DEFAULT))
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args(argv)
    path = args.file
    if not Path(path).is_file():
        print(f"{path}: not found", file=sys.stderr)
        return 2
    from inclusive_lint.api import build_settings

    settings = build_settings()
    lint(path, settings)            # warm up: imports, spaCy pipeline, rule compilation
    rows = [
        ("python-docx paragraphs", lambda: python_docx_walk(path), "chars"),
        ("python-docx + tables", lambda: python_docx_walk(path, tables=True), "chars"),
        ("inclusive-lint reader", lambda: reader(path), "chars"),
        ("inclusive-lint lint", lambda: lint(path, settings), "findings"),
    ]
    print(f"{Path(path).name}: {Path(path).stat().st_size // 1024} KB, {args.runs} runs: "
          "wall best / wall median / CPU best")
    results = timed_round_robin(rows, args.runs)
    for name, _, unit in rows:
        best, median, cpu, out = results[name]
        print(f"  {name:24} {best * 1000:7.0f} ms {median * 1000:7.0f} ms {cpu * 1000:7.0f} ms"
              f"   ({out} {unit})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
