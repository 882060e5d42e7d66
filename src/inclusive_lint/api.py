"""Library API: ``lint_paths`` and ``lint_text`` return results without printing.

The flow is one-way: discover -> read -> analyse -> filter -> report.
"""
from __future__ import annotations

import os
import re
from contextlib import ExitStack
from dataclasses import dataclass, field

from .config import Config, load_config
from .discover import DEFAULT_EXTENSIONS, discover
from .errors import InputError, UsageError
from .limits import MAX_FILE_BYTES
from .model import FileError, FileResult, Report
from .page_areas import AreaIndex


@dataclass
class Settings:
    """Everything one file's lint needs; built once per run."""

    config: Config
    ruleset: object
    options: dict = field(default_factory=dict)   # allow_re, password, …


def build_settings(config: Config | None = None, **options) -> Settings:
    from .engine.compile import compile_rules
    from .packs.loader import load_packs
    from .packs.schema import PackError

    config = config or load_config(use_project=False)
    try:
        packs = load_packs(tuple(config["packs"]))
    except PackError as exc:
        raise UsageError(str(exc)) from None
    ruleset = compile_rules(packs, select=config["select"], ignore=config["ignore"],
                            severity=config["severity"])
    allow = config["allow"]
    if allow:
        options["allow_re"] = re.compile("|".join(r"\b" + re.escape(a).replace(r"\ ", r"\s+") + r"\b"
                                                  for a in allow), re.I)
    if config["ocr"]:       # Tesseract must be here, and its version keys the cache
        from .ocr import engine

        options["ocr"] = True
        options["ocr_engine"] = options.get("ocr_engine") or engine()
    if "waivers" not in options:   # read once; a malformed file stops the run (exit 2)
        from .waivers import load_waivers

        options["waivers"] = load_waivers(config["waivers"])
    return Settings(config=config, ruleset=ruleset, options=options)


def read_bytes(path: str) -> bytes:
    try:
        size = os.path.getsize(path)
    except FileNotFoundError:
        raise InputError("missing", "no such file") from None
    except OSError as exc:
        raise InputError("unreadable", f"cannot read: {exc.strerror or exc}") from None
    if os.path.isdir(path):
        raise InputError("unsupported", "is a directory")
    if not os.path.isfile(path):    # a FIFO, socket or device: opening it could block for ever
        raise InputError("unreadable", "not a regular file (a pipe, socket or device): skipped")
    if size > MAX_FILE_BYTES:
        raise InputError("too-large", f"file is {size // (1024 * 1024)} MB, over the "
                         f"{MAX_FILE_BYTES // (1024 * 1024)} MB limit")
    try:
        with open(path, "rb") as fh:
            return fh.read()
    except PermissionError:
        raise InputError("unreadable", "permission denied") from None
    except OSError as exc:
        raise InputError("unreadable", f"cannot read: {exc.strerror or exc}") from None


def analyse_document(document, settings: Settings, analyse=None) -> list:
    """Findings for ``document``; ``analyse`` replaces the engine's (the language server's
    incremental one gives the same findings)."""
    questions: list = []

    def forms():
        if settings.ruleset.question_rules:
            from .forms import analyse_questions

            questions.extend(analyse_questions(document, settings.ruleset, settings.options))

    if analyse is None:             # the engine runs ``forms`` while a long document's other half
        from .engine.analyse import analyse    # is analysed on the other core (engine/forksplit.py)

        findings = analyse(document, settings.ruleset, settings.options, meanwhile=forms)
    else:
        findings = analyse(document, settings.ruleset, settings.options)
        forms()
    if questions:
        findings = _outside_questions(findings, questions) + questions
    return findings


def _outside_questions(findings, questions):
    """A form question gets one finding: a word-level finding on the words of a flagged question
    ("Husband / Wife" in a relationship list) is dropped when the question's finding already
    covers its Equality Act characteristics; one raising another concern is kept."""
    spans: dict = {}          # block index -> [(span, characteristics)]: no scan of every question per finding
    for q in questions:
        if q.block_index >= 0 and q.block_span:
            spans.setdefault(q.block_index, []).append((q.block_span, set(q.characteristics)))
    rows = {}
    for q in questions:
        if q.location.table is not None and q.location.row is not None:
            rows.setdefault((q.location.part, q.location.table, q.location.row), set()).update(q.characteristics)

    # a question laid out over several blocks (a Markdown table row): its place on the page
    areas = AreaIndex((_start(q.location), _end(q.location), set(q.characteristics)) for q in questions
                      if q.location.line is not None and q.location.end_line is not None)

    def covered(f) -> bool:
        loc = f.location
        mine = None        # (made only for a finding near a question: most are on no question's line)
        if loc.table is not None:
            chars = rows.get((loc.part, loc.table, loc.row))
            if chars is not None:
                mine = set(f.characteristics)
                if mine <= chars:
                    return True
        near = spans.get(f.block_index)
        if near is not None and f.block_span:
            mine = set(f.characteristics) if mine is None else mine
            if any(span[0] <= f.block_span[0] and f.block_span[1] <= span[1] and mine <= chars
                   for span, chars in near):
                return True
        if loc.line is None or loc.end_line is None:
            return False
        a, b = _start(loc), _end(loc)
        if not areas.may_hold(a, b):
            return False
        mine = set(f.characteristics) if mine is None else mine
        return any(mine <= chars for _lo, _hi, chars in areas.holding(a, b))
    return [f for f in findings if not covered(f)]


def _start(loc) -> tuple:
    return (loc.line, loc.column or 0)


def _end(loc) -> tuple:
    return (loc.end_line, loc.end_column or 0)


def lint_file(path: str, settings: Settings, data: bytes | None = None,
              display_path: str | None = None, read=None, analyse=None) -> FileResult:
    """Read, analyse and filter one file. Never raises for bad input. ``read`` and ``analyse``
    replace the reader and the engine (the language server keeps what an edit left unchanged)."""
    from .filter import apply_filters
    from .readers import format_for, read_document

    shown = display_path or path
    result = FileResult(path=shown, format=format_for(shown) or "")
    with ExitStack() as held:       # the collector off from the analysis to the sorted findings
        try:
            if data is None:
                data = read_bytes(path)
            document = (read or read_document)(shown, data, settings.options)
            held.enter_context(_collector_held(settings))
            findings = analyse_document(document, settings, analyse)
        except InputError as exc:
            result.errors.append(FileError(exc.category, exc.message))
            return result
        except RecursionError:
            result.errors.append(FileError("corrupt", "structure nested too deeply to read"))
            return result
        except MemoryError:
            result.errors.append(FileError("too-large", "ran out of memory reading this file"))
            return result
        except Exception as exc:  # a reader met something it did not expect: report, don't crash
            result.errors.append(FileError("corrupt", f"could not read this file ({type(exc).__name__}: {exc})"[:300]))
            return result
        result.notices = list(document.notices)
        result.document = document
        result.findings, result.suppressed, result.warnings = apply_filters(findings, document, settings)
        result.findings.sort(key=_order)
    return result


def _collector_held(settings):
    """The cyclic garbage collector off while one document is analysed and its findings
    filtered and sorted (engine/gcpause.py): that work makes no reference cycles (the pure-Python
    engine; a spaCy pipeline's objects are not vouched for), so a collection could free nothing,
    yet each full one walks every object alive: the document, the rules, the findings so far. On
    the dense 1 MB benchmark file those walks were about 0.3 s of CPU. Reading is not covered: a
    reader's objects (a parsed .docx or PDF) may form cycles. One window, not one for the analysis
    and another for the filters: the first collection after it walks every object made in it (the
    findings), about 30 ms on that file, and a gap between two windows made that walk twice; the
    command line freezes them instead (``gcpause.frozen_after``)."""
    from .engine.gcpause import collector_paused

    return collector_paused(not getattr(settings.ruleset, "needs_spacy", True), freeze=True)


def _order(f):
    loc = f.location
    # block_index: reading order within a part (.docx table cells among the paragraphs)
    return (loc.page or 0, loc.part or "", loc.line or 0, f.block_index, loc.paragraph or 0, loc.table or 0,
            loc.row or 0, loc.cell or 0, loc.column or 0, f.rule_id)


def lint_paths(paths, config: Config | None = None, settings: Settings | None = None,
               stdin_data: bytes | None = None, stdin_filename: str = "stdin.txt",
               jobs: int = 1, timeout: float | None = None, cache=None, progress: bool = False,
               keep_documents: bool = True) -> Report:
    """Lint files and folders; returns a Report (nothing printed).

    ``jobs`` > 1 or a ``timeout`` lint in worker processes (see ``parallel``); ``jobs`` 0 means
    one per CPU. ``cache`` is a :class:`cache.Cache` or None. Results keep their Documents
    (for annotations and fixes) only when linted in this process with ``keep_documents``.
    """
    settings = settings or build_settings(config)
    config = settings.config
    report = Report(fail_level=config["fail-level"], allow_incomplete=bool(config["allow-incomplete"]),
                    packs=[(p.name, p.version) for p in settings.ruleset.packs])
    walk_errors: list = []
    skipped: list = []      # files in walked folders that are not of a type read

    def on_error(p, msg):
        walk_errors.append(FileResult(path=display_path(p), errors=[FileError("unreadable", msg)]))

    from .parallel import cpu_count, run_files

    from .readers import IMAGE_EXTENSIONS

    extensions = DEFAULT_EXTENSIONS + (IMAGE_EXTENSIONS if settings.options.get("ocr") else ())
    files = list(discover(paths, exclude=config["exclude"], extensions=extensions, on_error=on_error,
                          on_skip=skipped.append))
    tasks = [(stdin_filename, stdin_filename, stdin_data or b"") if p == "-" else (p, display_path(p), None)
             for p in files]
    if not jobs or jobs < 1:
        jobs = min(cpu_count(), max(1, len(tasks)))
    bar = None
    if progress:
        from .progress import Progress

        bar = Progress(len(tasks))
    report.files.extend(run_files(tasks, settings, jobs=jobs, timeout=timeout, cache=cache,
                                  progress=bar, keep_documents=keep_documents and jobs <= 1,
                                  lint_one=lint_file, rebuild=build_settings))
    report.files.extend(walk_errors)
    named = {os.path.normpath(p) for p in files}      # also named on the command line: linted
    report.files.extend(_not_read([p for p in skipped if os.path.normpath(p) not in named], report.ignored))
    from .filter import finish_report

    finish_report(report, settings)     # waivers and run-level warnings
    return report


def display_path(path: str) -> str:
    """One spelling of a path for every format: relative to the working folder when inside it
    (``./a/../policy.docx`` and ``/home/me/policy.docx`` both read ``policy.docx``)."""
    if path in ("", "-"):
        return path
    if os.path.isabs(path):
        try:
            rel = os.path.relpath(path)
        except ValueError:      # another drive
            return path
        return path if rel.startswith("..") else rel
    return os.path.normpath(path)


def _not_read(skipped, ignored) -> list:
    """Document-like files passed over become *not read* results; the rest are ignored."""
    from .model import Notice
    from .unsupported import message, not_read

    out = []
    for path in skipped:
        shown = display_path(path)
        if not_read(path):
            out.append(FileResult(path=shown, notices=[Notice("not-read", message(path), "the whole file")]))
        else:
            ignored.append(shown)
    return out


def lint_text(text: str, filename: str = "input.txt", config: Config | None = None,
              settings: Settings | None = None) -> list:
    """Findings for ``text`` as if read from a file named ``filename``."""
    settings = settings or build_settings(config)
    result = lint_file(filename, settings, data=text.encode("utf-8"), display_path=filename)
    if result.errors:
        raise InputError(result.errors[0].category, result.errors[0].message)
    return result.findings
