"""``inclusive-lint lint PATH…`` (the default command)."""
from __future__ import annotations

import itertools
import os
import sys

import click

from . import fail, split_ids

FORMATS = ["text", "json", "sarif", "html", "github", "csv", "docx", "odt"]


@click.command(name="lint")
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(FORMATS), default=None,
              help="Output format (default: text; github under GitHub Actions). docx and odt write "
                   "the EIA evidence annex and need -o FILE.")
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write the report to FILE.")
@click.option("--config", "config_file", type=click.Path(), help="Extra config file, applied after the project's.")
@click.option("--no-config", is_flag=True, help="Ignore project config files.")
@click.option("--select", multiple=True, help="Only these rules (ids, prefixes such as PRN, or pack names).")
@click.option("--ignore", multiple=True, help="Skip these rules (ids, prefixes or pack names).")
@click.option("--fail-level", type=click.Choice(["error", "warning", "info", "never"]), default=None,
              help="Lowest severity that makes the run fail (default: warning).")
@click.option("--stdin-filename", default="stdin.txt", help="File name (and so type) for '-' input.")
@click.option("--quiet", "-q", is_flag=True, help="Only the finding lines and the summary.")
@click.option("--annotate", "annotate_out", type=click.Path(dir_okay=False),
              help="Write a copy of the (single) .docx, .odt or .pdf input with each finding as a comment.")
@click.option("--annotate-dir", type=click.Path(file_okay=False),
              help="Write annotated copies of every .docx, .odt and .pdf input into DIR.")
@click.option("--password", default=None, help="Password for encrypted PDF inputs.")
@click.option("--ocr", is_flag=True, default=None,
              help="Read scanned PDF pages and images (.png .jpg .tif) with Tesseract OCR.")
@click.option("--fix", is_flag=True, help="Apply safe fixes to .txt, .md and .html files (never .docx or .pdf).")
@click.option("--diff", is_flag=True, help="Print the safe fixes as a unified diff; write nothing.")
@click.option("--report-unused-suppressions", is_flag=True,
              help="Warn about inline suppressions that matched no finding.")
@click.option("--jobs", "-j", type=click.IntRange(min=0), default=0,
              help="Worker processes (default 0: one per CPU when there are several files).")
@click.option("--timeout", type=click.FloatRange(min=0), default=120.0, show_default=True,
              help="Per-file time limit in seconds; a file over it is an error (0: no limit).")
@click.option("--allow-incomplete", is_flag=True, default=None,
              help="Accept documents not fully checked (scanned pages, XFA forms, types not read): "
                   "they are still listed, but do not make the run exit 2.")
@click.option("--verbose", "-v", is_flag=True, help="Also list the files in folders that were ignored "
                                                     "as not documents (images, code, data).")
@click.option("--compare", "compare_with", type=click.Path(dir_okay=False),
              help="An earlier JSON report of the same documents: mark findings new or still open "
                   "and list the resolved ones.")
@click.option("--no-cache", is_flag=True, help="Do not read or write the result cache.")
@click.option("--cache-dir", type=click.Path(file_okay=False),
              help="Cache folder (default: .inclusive-lint-cache in the project root when it has a "
                   "config file or is a git work tree, else $XDG_CACHE_HOME/inclusive-lint).")
def command(paths, fmt, output, config_file, no_config, select, ignore, fail_level, stdin_filename, quiet,
            annotate_out, annotate_dir, password, jobs, timeout, no_cache, cache_dir, compare_with=None,
            ocr=None, fix=False, diff=False, report_unused_suppressions=False, allow_incomplete=None,
            verbose=False):
    """Lint PATHS (files or folders; '-' reads standard input)."""
    from ..api import build_settings, lint_paths
    from ..engine.gcpause import frozen_after
    from ..config import load_config
    from ..errors import UsageError
    from ..formatters import BINARY, render_chunks

    if not paths:
        fail("no paths given: try 'inclusive-lint policy.docx' or 'inclusive-lint docs/'")
    if output and os.path.exists(output) and any(
            os.path.exists(p) and os.path.samefile(p, output) for p in paths if p != "-"):
        fail(f"{output}: refusing to write the report over an input file")
    if fmt in BINARY and not output:
        fail(f"--format {fmt} writes a binary file: add -o FILE (for example -o annex.{fmt})")
    if fmt == "odt":
        try:
            import odf  # noqa: F401
        except ImportError:
            fail("--format odt needs odfpy: pip install 'inclusive-lint[odf]'")
    if compare_with:
        from ..compare import load_previous

        try:
            load_previous(compare_with)     # a bad earlier report stops the run before linting
        except UsageError as exc:
            fail(str(exc))
    overrides = {"select": split_ids(select), "ignore": split_ids(ignore), "fail-level": fail_level,
                 "allow-incomplete": allow_incomplete or None, "ocr": True if ocr else None}
    try:
        config = load_config(config_file, use_project=not no_config, overrides=overrides)
        settings = build_settings(config, password=password,
                                  report_unused_suppressions=report_unused_suppressions)
    except UsageError as exc:
        fail(str(exc))
    if annotate_out and (len(paths) != 1 or os.path.isdir(paths[0])):
        fail("--annotate takes exactly one input file; use --annotate-dir for several")
    if annotate_out:
        _check_annotate_target(paths[0], annotate_out)
    if (fix or diff) and "-" in paths:
        fail("--fix and --diff rewrite files, not standard input: name the file")
    stdin_data = sys.stdin.buffer.read() if "-" in paths else None
    need_documents = bool(annotate_out or annotate_dir or fix or diff)   # these need r.document
    cache = None
    if not (no_cache or need_documents):
        from ..cache import Cache, default_cache_dir

        cache = Cache(cache_dir or default_cache_dir(config), settings)
    # the objects alive after each document's analysis are frozen, not walked by the collector
    # while the report is written (engine/gcpause.py); given back before the exit
    with frozen_after():
        report = lint_paths(list(paths), settings=settings, stdin_data=stdin_data, stdin_filename=stdin_filename,
                            jobs=1 if need_documents else jobs, timeout=timeout or None, cache=cache,
                            progress=True, keep_documents=need_documents)
        unwritten = 0
        if annotate_out or annotate_dir:
            unwritten = _annotate(report, annotate_out, annotate_dir)
        if fix or diff:
            _fix(report, settings, diff)
        if fmt is None:
            fmt = "github" if os.environ.get("GITHUB_ACTIONS") == "true" and not output else "text"
        colour = (fmt == "text" and not output and sys.stdout.isatty() and "NO_COLOR" not in os.environ)
        render_ctx = {"colour": colour, "quiet": quiet, "settings": settings}
        if compare_with:
            from ..compare import compare

            render_ctx["compare"] = compare(report, compare_with)
        pieces = render_chunks(fmt, report, render_ctx)      # written as made: JSON never whole in memory
        if compare_with and fmt == "text":          # the other formats carry it inside
            pieces = itertools.chain(pieces, [render_ctx["compare"].sentence() + "\n"])
        if output:
            from ..atomic import atomic_write

            atomic_write(output, pieces)
        else:
            for piece in pieces:
                sys.stdout.write(piece)
    for r in report.files:
        for e in r.errors:
            if fmt != "text" or output:
                click.echo(f"inclusive-lint: {r.path}: {e.message}", err=True)
    if verbose:
        for path in report.ignored:
            click.echo(f"inclusive-lint: {path}: ignored (not a document type)", err=True)
    sys.exit(max(report.exit_code(), 2 if unwritten else 0))


def _check_annotate_target(source: str, target: str) -> None:
    """The annotated copy keeps its input's format, so its name must say that format."""
    from ..readers import format_for

    have, want = format_for(source), format_for(target)
    if have in ("docx", "pdf") and want != have:
        ext = os.path.splitext(source)[1].lower()
        fail(f"--annotate {target}: the annotated copy of {source} is a {have} file: "
             f"name it with {ext} (for example {os.path.splitext(target)[0]}{ext})")


def _annotate(report, out_path, out_dir) -> int:
    """Write annotated copies; returns how many could not be written (each said on stderr)."""
    from ..annotate import annotate
    from ..errors import InputError
    from ..model import FileError

    unwritten = 0
    for r in report.files:
        if r.errors or r.document is None:
            continue
        if out_dir and r.format not in ("docx", "odt", "pdf"):
            continue
        target = out_path or os.path.join(out_dir, os.path.basename(r.path))
        try:
            if out_dir:
                os.makedirs(out_dir, exist_ok=True)
            count = annotate(r, r.path, target)
        except InputError as exc:
            r.errors.append(FileError(exc.category, exc.message))
            continue
        except OSError as exc:
            unwritten += 1
            n = len(r.findings)
            click.echo(f"inclusive-lint: {target}: annotated copy not written: {exc.strerror or exc} "
                       f"({r.path} was read: {n} finding{'s' if n != 1 else ''} reported)", err=True)
            continue
        click.echo(f"{target}: {count} annotation{'s' if count != 1 else ''} written", err=True)
    return unwritten


def _fix(report, settings, diff_only):
    """--fix writes safe fixes (atomically) and re-lints; --diff prints them and exits."""
    from ..fix import run_fixes

    outcome = run_fixes(report, settings, write=not diff_only)
    for note in outcome.notes:
        click.echo(f"inclusive-lint: {note}", err=True)
    n, m = outcome.fixed, outcome.files
    summary = f"{n} safe fix{'es' if n != 1 else ''} in {m} file{'s' if m != 1 else ''}"
    if diff_only:
        sys.stdout.write(outcome.diff)
        click.echo(f"inclusive-lint: {summary} (nothing written)", err=True)
        code = report.exit_code()
        sys.exit(code or (1 if outcome.diff else 0))
    click.echo(f"inclusive-lint: applied {summary}", err=True)
