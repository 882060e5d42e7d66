"""Benchmark inclusive-lint against alex, proselint, python-docx and pdftotext (not a test).

    npm ci --prefix bench            # once: alex into bench/node_modules (see package.json)
    pip install proselint            # once, optional
    python bench/run.py [--markdown bench/results.md] [--quick] [--only startup,throughput,dense,...]

Sections (all measured in this one run, on this machine):

1. startup     median wall time of the whole command on a two-paragraph Markdown policy with
               findings (and on one with no candidate words), against ``alex small.md``; the
               same file with a user pack that declares spaCy token patterns (spaCy loaded), and
               a check with ``python -X importtime`` that the built-in packs never import spaCy.
2. throughput  1 MB corpora: the policy-like one (bench/make_corpus.py, few findings) and a
               finding-rich one (bench/make_rich.py, about one finding per 100 words): words per
               second and peak memory (max RSS of the largest process, from /usr/bin/time),
               ours the median of up to three runs (a long file may use a second core, forked,
               when one is free: CPU/wall above 1 shows it did),
               against alex (and proselint) on the same file.
3. dense       finding-dense text (bench/make_rich.py): 1 MB with ~30,000 findings against the
               1 MB sparse corpus, and a 10 MB file on one line (~300,000 findings) under the
               default per-file time limit.
4. documents   the 872-page .docx and the 400-page PDF of ../shared/corpus/real against a plain
               python-docx paragraph walk and ``pdftotext``.
5. library     1,000 documents sampled from ../shared/corpus (copied into a temporary folder):
               cold run with ``--jobs N``, then a warm run with nothing changed (cache).

inclusive-lint runs with ``--no-cache`` everywhere except the warm library run.
"""
from __future__ import annotations

import argparse
import datetime
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared"
REAL = SHARED / "corpus" / "real"
POLICIES = SHARED / "corpus" / "policies"
DOCX = REAL / "unstructured" / "handbook-872p.docx"
PDF = REAL / "unstructured" / "pdf2image-memory-error-test-400p.pdf"
LINT = [sys.executable, "-m", "inclusive_lint"]
SMALL = """# Bereavement leave

Each employee may take five days of leave when his wife or husband dies. Mothers must bring the
baby's father to the first appointment.

Please give the name and telephone number of your next of kin so that we can contact them.
"""
CLEAN = """# Appointments

You can change your appointment by calling the booking office between 9am and 5pm.

Please bring a list of your medicines with you.
"""


def alex_cmd():
    exe = HERE / "node_modules" / ".bin" / "alex"
    return [str(exe)] if exe.exists() else None


def proselint_cmd():
    exe = shutil.which("proselint")
    return [exe] if exe else None


def _cpu() -> float:
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def run(cmd, cwd=None, env=None) -> tuple[float, int, int]:
    """(wall seconds, peak RSS in MB of the child and its workers, CPU seconds)."""
    timed = ["/usr/bin/time", "-f", "%e %M"] + cmd if os.path.exists("/usr/bin/time") else cmd
    cpu = _cpu()
    start = time.perf_counter()
    proc = subprocess.run(timed, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = time.perf_counter() - start
    cpu = _cpu() - cpu
    rss = 0
    last = proc.stderr.decode(errors="replace").strip().splitlines()[-1:] or [""]
    try:
        rss = int(last[0].split()[1]) // 1024
    except (IndexError, ValueError):
        pass
    return wall, rss, cpu


def median_wall(cmd, runs, cwd=None, env=None) -> float:
    """Median wall time; the median CPU time (user + system, the child and its workers) is kept
    in CPU_MEDIANS, as it is steadier than wall time on a shared machine."""
    times, cpus = [], []
    for _ in range(runs):
        cpu = _cpu()
        start = time.perf_counter()
        subprocess.run(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
        cpus.append(_cpu() - cpu)
    CPU_MEDIANS[tuple(cmd)] = statistics.median(cpus)
    return statistics.median(times)


CPU_MEDIANS: dict = {}


def cpu_of(cmd) -> str:
    return f"CPU {fmt_s(CPU_MEDIANS[tuple(cmd)])}"


def fmt_s(s: float) -> str:
    return f"{s * 1000:.0f} ms" if s < 1 else f"{s:.2f} s"


# --- sections ---------------------------------------------------------------------------

def warm_bytecode(tmp: Path) -> None:
    """One unmeasured run that writes the bytecode (even under PYTHONDONTWRITEBYTECODE, as pip
    writes it at install) and fills the start-up caches, whichever sections run."""
    warm = tmp / "warm.md"
    warm.write_text(SMALL, encoding="utf-8")
    with_bytecode = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run(LINT + ["--no-cache", str(warm)], stdout=subprocess.DEVNULL, env=with_bytecode)


def bench_startup(tmp: Path, rows: list, runs: int) -> None:
    small, clean = tmp / "small.md", tmp / "clean.md"
    small.write_text(SMALL, encoding="utf-8")
    clean.write_text(CLEAN, encoding="utf-8")
    # warm the OS file cache, the bytecode (written even under PYTHONDONTWRITEBYTECODE, as
    # pip writes it at install) and the start-up caches of compiled regexes and parsed packs
    with_bytecode = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    for path in (small, clean):
        subprocess.run(LINT + ["--no-cache", str(path)], stdout=subprocess.DEVNULL, env=with_bytecode)
    cmd_small = LINT + ["--no-cache", str(small)]
    cmd_clean = LINT + ["--no-cache", str(clean)]
    cmd_warm = LINT + ["--cache-dir", str(tmp / "cache"), str(small)]
    ours = median_wall(cmd_small, runs, cwd=tmp)
    ours_clean = median_wall(cmd_clean, runs, cwd=tmp)
    ours_warm = median_wall(cmd_warm, runs, cwd=tmp)
    alex = alex_cmd()
    theirs = median_wall(alex + [str(small)], runs, cwd=tmp) if alex else None
    rows.append(("start-up: small.md (2 paragraphs, findings)", f"{fmt_s(ours)} ({cpu_of(cmd_small)})",
                 f"alex {fmt_s(theirs)} ({cpu_of(alex + [str(small)])})" if theirs else "alex not installed",
                 "target <= 0.5x alex; no spaCy import"))
    no_caches = {**os.environ, "INCLUSIVE_LINT_REGEX_CACHE": "0", "INCLUSIVE_LINT_PACK_CACHE": "0"}
    ours_cold = median_wall(cmd_small, runs, cwd=tmp, env=no_caches)   # after the row above: same CPU key
    rows.append(("start-up: small.md, start-up caches off", f"{fmt_s(ours_cold)} ({cpu_of(cmd_small)})",
                 f"alex {fmt_s(theirs)}" if theirs else "",
                 "INCLUSIVE_LINT_REGEX_CACHE=0 INCLUSIVE_LINT_PACK_CACHE=0: regexes compiled, packs parsed"))
    rows.append(("start-up: clean.md (no candidate words)", f"{fmt_s(ours_clean)} ({cpu_of(cmd_clean)})", "",
                 "spaCy never imported"))
    rows.append(("start-up: small.md, unchanged (cache hit)", f"{fmt_s(ours_warm)} ({cpu_of(cmd_warm)})", "",
                 "pre-commit re-run"))
    config = _token_pattern_config(tmp)
    cmd_spacy = LINT + ["--no-cache", "--config", str(config), str(small)]
    subprocess.run(cmd_spacy, cwd=tmp, stdout=subprocess.DEVNULL)
    with_spacy = median_wall(cmd_spacy, runs, cwd=tmp)
    rows.append(("start-up: small.md + a user pack with token patterns", f"{fmt_s(with_spacy)} ({cpu_of(cmd_spacy)})",
                 f"alex {fmt_s(theirs)}" if theirs else "", "spaCy imported for the pack's Matcher"))
    rows.append(("spaCy imported (python -X importtime)", f"built-in packs: {_spacy_imported(LINT + ['--no-cache', str(small)], tmp)}; "
                 f"token-pattern pack: {_spacy_imported(cmd_spacy, tmp)}", "", "expected: no; yes"))
    served = _served(tmp, cmd_small, runs)
    if served is not None:
        rows.append(("start-up: small.md, warm server (INCLUSIVE_LINT_SERVER=1)",
                     f"{fmt_s(served)} (client {cpu_of(cmd_small + ['#served'])})", "",
                     "opt-in; spaCy already loaded in the server"))


def _token_pattern_config(tmp: Path) -> Path:
    pack = tmp / "token-pack.yaml"
    pack.write_text(
        "pack: local\nversion: '1'\nrules:\n"
        "  - id: LOC-001\n    name: chairperson-pattern\n    severity: info\n    message: Say chair.\n"
        "    rationale: Shorter.\n    framework: ['2.3']\n    characteristics: [sex]\n    suggestions: [chair]\n"
        "    link: https://example.org/chair\n    match:\n      patterns: [[{LOWER: chairperson}]]\n"
        "      keywords: [chairperson]\n    examples:\n      flag: ['The [[chairperson]] signs.']\n"
        "      pass: ['The chair signs.']\n", encoding="utf-8")
    config = tmp / "token-pack.yaml.cfg.yaml"
    config.write_text(f"packs: ['{pack}']\n", encoding="utf-8")
    return config


def _spacy_imported(cmd, cwd) -> str:
    proc = subprocess.run([cmd[0], "-X", "importtime", *cmd[1:]], cwd=cwd, capture_output=True, text=True)
    names = {ln.rsplit("|", 1)[-1].strip() for ln in proc.stderr.splitlines() if ln.startswith("import time:")}
    return "yes" if "spacy" in names else "no"


def _served(tmp: Path, cmd, runs):
    """Median wall time through the opt-in warm server (started by the first call)."""
    runtime = tmp / "run"
    runtime.mkdir(mode=0o700, exist_ok=True)
    env = {**os.environ, "INCLUSIVE_LINT_SERVER": "1", "XDG_RUNTIME_DIR": str(runtime),
           "INCLUSIVE_LINT_SERVER_IDLE": "120"}
    probe = subprocess.run([sys.executable, "-c", "from inclusive_lint.server import socket_path; "
                            "print(socket_path())"], env=env, capture_output=True, text=True)
    sock = Path(probe.stdout.strip())
    subprocess.run(cmd, cwd=tmp, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while not sock.exists() and time.monotonic() < deadline:
        time.sleep(0.2)
    if not sock.exists():
        return None
    try:
        median_wall(cmd, 2, cwd=tmp, env=env)
        wall = median_wall(cmd, runs, cwd=tmp, env=env)
        CPU_MEDIANS[tuple(cmd + ["#served"])] = CPU_MEDIANS[tuple(cmd)]
        return wall
    finally:
        sock.unlink()          # the server stops within five seconds


def bench_throughput(tmp: Path, rows: list, megabytes: float, runs: int = 1) -> dict:
    """Both 1 MB corpora against alex; returns our wall time per corpus name (for ``dense``).
    Ours is the run of median wall time of ``runs`` (alex, ten times slower, runs once)."""
    sys.path.insert(0, str(HERE))
    from make_corpus import generate
    from make_rich import rich

    walls = {}
    for name, text, note in (("corpus.md", generate(megabytes), "policy-like, few findings"),
                             ("rich.md", rich(megabytes), "finding-rich, ~1 per 100 words")):
        corpus = tmp / name
        corpus.write_text(text, encoding="utf-8")
        words = len(text.split())
        _lint_measured(tmp, corpus)     # unmeasured: fills the memo tables a long document reads
        load = os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0
        measured = sorted((_lint_measured(tmp, corpus) for _ in range(max(1, runs))), key=lambda r: r[0])
        wall, rss, cpu, found = measured[len(measured) // 2]
        walls[name] = wall
        label = f"throughput: {name} {len(text.encode()) / 1e6:.1f} MB, {words:,} words, {found:,} findings ({note})"
        ours = (f"{words / wall:,.0f} words/s ({words / cpu:,.0f} per CPU-s), {rss} MB, "
                f"CPU/wall {cpu / wall:.2f}, load {load:.1f}, median of {len(measured)}")
        cmp = []
        alex = alex_cmd()
        if alex:
            a_wall, a_rss, a_cpu = run(alex + [str(corpus)])
            cmp.append(f"alex {words / a_wall:,.0f} words/s ({words / a_cpu:,.0f} per CPU-s), {a_rss} MB "
                       f"(we are {a_wall / wall:.1f}x alex wall, {a_cpu / cpu:.1f}x CPU)")
        pl = proselint_cmd()
        if pl:
            p_wall, p_rss, p_cpu = run(pl + ["check", str(corpus)] if _proselint_has_check(pl) else pl + [str(corpus)])
            cmp.append(f"proselint {words / p_wall:,.0f} words/s ({words / p_cpu:,.0f} per CPU-s), {p_rss} MB")
        rows.append((label, ours + f" ({fmt_s(wall)})", "; ".join(cmp) or "no comparison installed",
                     "target >= 10x alex, <= 300 MB per process"))
    return walls


def _lint_measured(tmp: Path, path: Path, extra=("--timeout", "0")) -> tuple:
    """(wall, peak MB, CPU, findings) of one JSON run over ``path``."""
    import json

    out = tmp / (path.name + ".json")
    wall, rss, cpu = run(LINT + ["--no-cache", "--jobs", "1", *extra, "--format", "json", "-o", str(out), str(path)])
    try:
        report = json.loads(out.read_text(encoding="utf-8"))
        found = sum(len(f["findings"]) for f in report["files"])
        errors = [e["category"] for f in report["files"] for e in f["errors"]]
    except (OSError, ValueError, KeyError):
        found, errors = 0, ["no report"]
    return wall, rss, cpu, (found if not errors else f"{found} ({', '.join(errors)})")


def bench_dense(tmp: Path, rows: list, sparse_wall: float | None, big_mb: float) -> None:
    sys.path.insert(0, str(HERE))
    from make_rich import dense

    path = tmp / "dense.md"
    path.write_text(dense(1.0), encoding="utf-8")
    wall, rss, cpu, found = _lint_measured(tmp, path)
    ratio = f" = {wall / sparse_wall:.1f}x the 1 MB corpus" if sparse_wall else ""
    rows.append((f"dense: 1 MB, {found:,} findings" if isinstance(found, int) else f"dense: 1 MB, {found} findings",
                 f"{fmt_s(wall)} (CPU {fmt_s(cpu)}), {rss} MB{ratio}", "", "target <= 2x the 1 MB corpus"))
    path = tmp / "oneline.txt"
    path.write_text(dense(big_mb, line_breaks=False), encoding="utf-8")
    wall, rss, cpu, found = _lint_measured(tmp, path, extra=())       # the default time limit
    rows.append((f"dense: {big_mb:g} MB on one line, default time limit", f"{fmt_s(wall)} (CPU {fmt_s(cpu)}), "
                 f"{rss} MB, {found:,} findings" if isinstance(found, int) else f"{fmt_s(wall)}, {rss} MB: {found}",
                 "", "target: finishes with findings, < 1 GB"))


def _proselint_has_check(pl) -> bool:
    out = subprocess.run(pl + ["--help"], capture_output=True, text=True).stdout
    return " check" in out


def bench_documents(tmp: Path, rows: list, runs: int) -> None:
    if DOCX.exists():
        ours = median_wall(LINT + ["--no-cache", "--format", "json", str(DOCX)], runs)
        walk = [sys.executable, "-c", "import sys, docx; d = docx.Document(sys.argv[1]); "
                "print(sum(len(p.text) for p in d.paragraphs))", str(DOCX)]
        theirs = median_wall(walk, runs)
        rows.append(("872-page .docx (handbook-872p.docx)", fmt_s(ours),
                     f"python-docx paragraph walk {fmt_s(theirs)} ({ours / theirs:.1f}x)",
                     "we also read tables, headers, notes, form fields"))
    if PDF.exists() and shutil.which("pdftotext"):
        ours = median_wall(LINT + ["--no-cache", "--format", "json", str(PDF)], runs)
        theirs = median_wall(["pdftotext", str(PDF), "-"], runs)
        rows.append(("400-page PDF (pdf2image-memory-error-test-400p.pdf)", fmt_s(ours),
                     f"pdftotext {fmt_s(theirs)} ({ours / theirs:.1f}x)", ""))


def build_library(folder: Path, count: int) -> int:
    """Copy ``count`` documents from the shared corpus, cycling through it with unique names."""
    sources = sorted(p for root in (REAL, POLICIES) if root.is_dir() for p in root.rglob("*")
                     if p.is_file() and p.suffix.lower() in (".docx", ".pdf", ".md", ".html", ".txt", ".htm"))
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        src = sources[i % len(sources)]
        dest = folder / f"{i // len(sources):02d}" / src.parent.name / src.name
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, dest)
    return len(sources)


def bench_library(tmp: Path, rows: list, count: int, jobs: int) -> None:
    lib = tmp / "library"
    distinct = build_library(lib, count)
    cache = tmp / "lib-cache"
    args = LINT + ["--jobs", str(jobs), "--cache-dir", str(cache), "--format", "json", "-o", str(tmp / "lib.json"),
                   str(lib)]
    cold, cold_rss, cold_cpu = run(args)
    warm, _, warm_cpu = run(args)
    rows.append((f"library: {count:,} documents ({distinct} distinct), --jobs {jobs}",
                 f"cold {fmt_s(cold)} (CPU {fmt_s(cold_cpu)}, peak {cold_rss} MB per process), "
                 f"warm {fmt_s(warm)} (CPU {fmt_s(warm_cpu)}): {warm / cold:.0%} of cold", "",
                 "target: warm <= 10% of cold"))


def table(rows, meta) -> str:
    out = [f"Measured {meta['date']} on {meta['machine']}.", "",
           "| benchmark | inclusive-lint | comparison | note |", "|---|---|---|---|"]
    out += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows]
    return "\n".join(out) + "\n"


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description="inclusive-lint benchmarks")
    ap.add_argument("--markdown", help="also write the table to this Markdown file")
    ap.add_argument("--quick", action="store_true", help="2 MB one-line file, 200 documents, 3 runs")
    ap.add_argument("--only", default="startup,throughput,dense,documents,library")
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    args = ap.parse_args(argv)
    runs = 3 if args.quick else args.runs
    only = set(args.only.split(","))
    if alex_cmd() is None:
        print("note: alex not installed; run 'npm ci --prefix bench' for the comparison", file=sys.stderr)
    rows: list = []
    with tempfile.TemporaryDirectory(prefix="inclusive-lint-bench-") as t:
        tmp = Path(t)
        # the start-up caches (compiled regexes, parsed packs, memo tables) in a folder of the
        # benchmark's own, so other inclusive-lint runs on the machine (another checkout's code)
        # cannot replace them between two measured runs; the sections warm them first
        os.environ["INCLUSIVE_LINT_CACHE_DIR"] = str(tmp / "startup-caches")
        warm_bytecode(tmp)
        if "startup" in only:
            bench_startup(tmp, rows, runs)
        walls = {}
        if "throughput" in only:
            walls = bench_throughput(tmp, rows, 1.0, min(runs, 3))
        if "dense" in only:
            bench_dense(tmp, rows, walls.get("corpus.md"), 2.0 if args.quick else 10.0)
        if "documents" in only:
            bench_documents(tmp, rows, max(1, runs // 3))
        if "library" in only:
            bench_library(tmp, rows, 200 if args.quick else 1000, args.jobs)
    meta = {"date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
            "machine": f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
                       f"{platform.system()} {platform.release()}"}
    text = table(rows, meta)
    print(text)
    if args.markdown:
        Path(args.markdown).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
