"""Lint uploaded documents safely: each document in its own short-lived worker process (forked
from the server, which has spaCy and the rules loaded already), under the command line's
per-file time limit and memory cap. The worker also makes that document's downloads (annotated
copy, EIA annex, JSON, SARIF, CSV), so nothing hostile is ever parsed in the server itself.

A worker past its time limit is killed; one that crashes (out of memory, a C library fault)
costs that document only: it becomes a "could not be read" entry, as on the command line.
``Gate`` bounds the work: at most ``jobs`` documents run at once and at most ``queue``
requests wait; beyond that the server answers "busy" at once instead of piling up memory.
"""
from __future__ import annotations

import os
import threading

from ..model import FileError, FileResult, Report

DOWNLOADS = (("annex", "docx", "EIA annex (Word)"), ("json", "json", "JSON"),
             ("sarif", "sarif", "SARIF"), ("csv", "csv", "CSV spreadsheet"))


class Busy(Exception):
    """The queue is full."""


class Gate:
    """A bounded queue in front of ``jobs`` worker slots."""

    def __init__(self, jobs: int, queue: int):
        self.slots = threading.BoundedSemaphore(max(1, jobs))
        self.capacity = max(1, queue)
        self.lock = threading.Lock()
        self.admitted = 0

    def admit(self) -> None:
        with self.lock:
            if self.admitted >= self.capacity:
                raise Busy()
            self.admitted += 1

    def leave(self) -> None:
        with self.lock:
            self.admitted -= 1


def _single(result, settings) -> Report:
    report = Report(fail_level=settings.config["fail-level"],
                    packs=[(p.name, p.version) for p in settings.ruleset.packs])
    report.files.append(result)
    return report


def _make_downloads(result, path: str, settings) -> dict:
    """name -> (filename, bytes) for one linted document; runs inside the worker."""
    from ..annotate import MODULES, annotate
    from ..formatters import render

    out = {}
    stem = os.path.splitext(result.path)[0] or "document"
    if not result.errors and result.format in MODULES:
        target = f"{path}.annotated{os.path.splitext(path)[1]}"
        try:
            annotate(result, path, target)
            with open(target, "rb") as fh:
                out["annotated"] = (f"{stem}-annotated{os.path.splitext(result.path)[1]}", fh.read())
        except Exception as exc:   # an annotated copy that fails is a notice, not a lost result
            from ..model import Notice

            result.notices.append(Notice("annotate-failed", f"no annotated copy: {exc}"[:200]))
    report = _single(result, settings)
    ctx = {"settings": settings}
    for key, fmt, _ in DOWNLOADS:
        data = render(fmt, report, ctx)
        out[key] = (f"{stem}-{key}.{fmt if fmt != 'sarif' else 'sarif'}",
                    data if isinstance(data, bytes) else data.encode("utf-8"))
    return out


def _child(conn, settings, path: str, display: str) -> None:
    from ..api import lint_file
    from ..cache import slim
    from ..parallel import _limit_memory

    _limit_memory()
    try:
        result = lint_file(path, settings, display_path=display)
        try:
            downloads = _make_downloads(result, path, settings)
        except Exception as exc:     # the findings still count; only the files are missing
            from ..model import Notice

            downloads = {}
            result.notices.append(Notice("downloads-failed", f"no downloads: {type(exc).__name__}: {exc}"[:200]))
        conn.send((slim(result), downloads))
    except MemoryError:
        conn.send((FileResult(path=display, errors=[FileError("too-large", "ran out of memory reading this file")]), {}))
    finally:
        conn.close()


# Imported by the server before it forks any worker: a module imported for the first time in a
# worker while another server thread holds the import lock would hang that worker.
WORKER_MODULES = ("api", "cache", "filter", "annotate", "annotate.docx", "annotate.pdf", "readers.docx",
                  "readers.pdf", "readers.html", "readers.markdown", "readers.text", "formatters.json",
                  "formatters.sarif", "formatters.csvfile", "formatters.docx_annex", "formatters.html",
                  "formatters.annex", "formatters.changes", "forms", "parallel")


def preload() -> None:
    import importlib

    for name in WORKER_MODULES:
        try:
            importlib.import_module(f"{__package__.rsplit('.', 1)[0]}.{name}")
        except ImportError:
            pass


def lint_one(settings, path: str, display: str, timeout: float) -> tuple:
    """(FileResult, downloads) for one stored upload; never raises for a bad document."""
    from ..parallel import _context, _error, timeout_error

    ctx = _context()
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(child, settings, path, display), daemon=True)
    proc.start()
    child.close()
    try:
        if parent.poll(timeout if timeout else None):
            try:
                return parent.recv()
            except (EOFError, OSError):
                pass
            proc.join(5)
            return _error(display, "crashed", "the worker reading this file stopped unexpectedly "
                          f"(exit code {proc.exitcode}); the file may be hostile or too large"), {}
        return timeout_error(display, timeout), {}
    finally:
        parent.close()
        if proc.is_alive():
            proc.kill()
        proc.join(5)


def lint_uploads(gate: Gate, settings, uploads, timeout: float, too_large_mb: int) -> tuple:
    """Lint each upload through the gate's worker slots; returns (Report, {index: downloads})."""
    report = _single(None, settings)
    report.files.clear()
    downloads = {}
    for i, upload in enumerate(uploads):
        if upload.too_large:
            report.files.append(FileResult(path=upload.name, errors=[FileError(
                "too-large", f"over the {too_large_mb} MB limit for one upload: not checked")]))
            continue
        with gate.slots:
            result, files = lint_one(settings, upload.path, upload.name, timeout)
        report.files.append(result)
        downloads[i] = files
    return report, downloads
