"""Benchmark: reading a 300-page OpenDocument file against the same document as .docx (not a test).

    python bench/odt_bench.py [--pages 300] [--runs 5] [--keep DIR]

Makes a long policy with python-docx (headings, paragraphs from bench/make_corpus.py, a
table every few pages), lets LibreOffice save it as .odt (and counts its pages in a PDF
export), then times ``readers.docx.read`` and ``readers.odf.read`` on the two
files, one call of each per round so machine load hits them alike, and prints the best and
median wall time, the best CPU time and the ratio odt / docx (target: at most 2).
"""
from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from docx_bench import timed_round_robin  # noqa: E402
from make_corpus import TOPICS, paragraph  # noqa: E402


PARAGRAPHS_PER_PAGE = 8       # measured: 21 a page made 823 pages in LibreOffice's PDF of 300


def make_docx(path: Path, pages: int, seed: int = 18) -> None:
    import docx

    rng = random.Random(seed)
    d = docx.Document()
    d.add_heading("Staff policies (generated benchmark document)", 0)
    for page in range(1, pages + 1):
        if page % 4 == 1:
            d.add_heading(f"{page // 4 + 1} {rng.choice(TOPICS).capitalize()}", 1)
        for _ in range(PARAGRAPHS_PER_PAGE):
            d.add_paragraph(paragraph(rng))
        if page % 5 == 0:
            t = d.add_table(rows=4, cols=3)
            for r, row in enumerate(t.rows):
                for c, cell in enumerate(row.cells):
                    cell.text = f"Row {r} column {c}: {rng.choice(TOPICS)}"
    section = d.sections[0]
    section.header.paragraphs[0].text = "Staff policies: ask your manager"
    d.save(str(path))


def to_odt(docx_path: Path, folder: Path) -> Path:
    profile = folder / "profile"
    subprocess.run(["soffice", "--headless", "--norestore", f"-env:UserInstallation={profile.as_uri()}",
                    "--convert-to", "odt", "--outdir", str(folder), str(docx_path)],
                   check=True, capture_output=True, timeout=600)
    return folder / (docx_path.stem + ".odt")


def page_count(odt: Path, folder: Path) -> int:
    """Pages as LibreOffice lays the .odt out (its PDF export; the .odt's own statistics are
    not updated by a headless conversion)."""
    import pypdfium2

    profile = folder / "profile"
    subprocess.run(["soffice", "--headless", "--norestore", f"-env:UserInstallation={profile.as_uri()}",
                    "--convert-to", "pdf", "--outdir", str(folder), str(odt)],
                   check=True, capture_output=True, timeout=600)
    return len(pypdfium2.PdfDocument(str(folder / (odt.stem + ".pdf"))))


def read_with(module: str, data: bytes, name: str) -> int:
    import importlib

    mod = importlib.import_module(f"inclusive_lint.readers.{module}")
    return sum(len(b.text) for b in mod.read(data, name, {}).blocks)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=300)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--keep", help="folder to keep the generated files in")
    args = ap.parse_args(argv)
    folder = Path(args.keep or tempfile.mkdtemp(prefix="odt-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    docx_path = folder / "long-policy.docx"
    make_docx(docx_path, args.pages)
    odt_path = to_odt(docx_path, folder)
    docx_data, odt_data = docx_path.read_bytes(), odt_path.read_bytes()
    rows = [("docx reader", lambda: read_with("docx", docx_data, "long.docx"), "chars"),
            ("odt reader", lambda: read_with("odf", odt_data, "long.odt"), "chars")]
    timed_round_robin(rows, 1)      # warm up: imports
    results = timed_round_robin(rows, args.runs)
    print(f"{odt_path.name}: {page_count(odt_path, folder)} pages in LibreOffice; .docx {len(docx_data) // 1024} KB, "
          f".odt {len(odt_data) // 1024} KB; {args.runs} runs: wall best / wall median / CPU best")
    for name, _, unit in rows:
        best, median, cpu, out = results[name]
        print(f"  {name:12} {best * 1000:7.0f} ms {median * 1000:7.0f} ms {cpu * 1000:7.0f} ms   ({out} {unit})")
    ratio = results["odt reader"][1] / results["docx reader"][1]
    cpu_ratio = results["odt reader"][2] / results["docx reader"][2]
    print(f"  odt / docx: {ratio:.2f} (median wall), {cpu_ratio:.2f} (best CPU); target at most 2")
    return 0 if ratio <= 2 else 1


if __name__ == "__main__":
    sys.exit(main())
