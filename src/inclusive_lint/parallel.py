"""Lint many files: from the cache, in this process, or in worker processes, with a per-file
time limit. Results always come back in input order, whatever order workers finish in.

Why worker processes for the time limit, not a signal alarm: an alarm only interrupts Python
code between bytecodes, so a reader stuck inside C (a regular expression, lxml, pdfium) or a
file that eats memory cannot be stopped by it; a worker process can always be killed and
replaced, and a worker that crashes (segfault, out-of-memory kill) costs one file, not the run.
The alarm is used when the caller needs the parsed documents back (annotations, fixes),
which cannot cross a process boundary, and when it is safe and saves a worker's start-up: one
worker's worth of files (``--jobs 1``, or a single file) that are all small and of a format
whose reader is pure Python (plain text, Markdown, HTML), so nothing can hold the alarm off
for long.
"""
from __future__ import annotations

import os
import signal
import time
from collections import deque

from .model import FileError, FileResult


def cpu_count() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def _error(display: str, category: str, message: str) -> FileResult:
    from .readers import format_for

    return FileResult(path=display, format=format_for(display) or "", errors=[FileError(category, message)])


def timeout_error(display: str, seconds: float) -> FileResult:
    return _error(display, "timeout", f"stopped after {seconds:g} s (the per-file time limit); "
                  "the file may be pathological, or raise --timeout")


def run_files(tasks, settings, jobs: int = 1, timeout: float | None = None, cache=None,
              progress=None, keep_documents: bool = False, lint_one=None, rebuild=None) -> list:
    """Lint ``tasks`` [(path, display_path, data or None)]; a FileResult per task, in order.

    ``lint_one(path, settings, data=, display_path=)`` lints one file and ``rebuild(config,
    **options)`` builds Settings in a worker that was not forked (both from ``api``, passed
    down so this module stays below it).

    ``keep_documents`` keeps each result's Document (needed by annotations and fixes): the
    files are then linted in this process and the cache is not used.
    """
    results: list = [None] * len(tasks)
    todo = []
    for i, (path, display, data) in enumerate(tasks):
        key = None
        if cache is not None and not keep_documents:
            key = cache.key(path, display, data)
            hit = cache.get(key)
            if hit is not None:
                hit.path = display
                results[i] = hit
                if progress:
                    progress.advance(display)
                continue
        todo.append((i, path, display, data, key))

    def done(item, result):
        results[item[0]] = result
        if cache is not None and item[4] is not None:
            cache.put(item[4], result)
        if progress:
            progress.advance(item[2])

    if todo:
        if keep_documents or (jobs <= 1 and (not timeout or all(_safe_here(t) for t in todo))):
            _run_here(todo, settings, timeout, done, lint_one)
        else:
            WorkerPool(settings, min(max(1, jobs), len(todo)), timeout, lint_one, rebuild).run(todo, done)
    if progress:
        progress.close()
    return results


PURE_PYTHON_FORMATS = {"text", "markdown", "html"}
SAFE_HERE_BYTES = 4 * 1024 * 1024


def _safe_here(item) -> bool:
    """Can this file be linted in this process under an alarm (no worker)? Yes for a small file
    whose reader is pure Python: an alarm interrupts Python code, and the rule patterns are
    linear on text this size."""
    from .readers import format_for

    _, path, display, data, _ = item
    if format_for(display) not in PURE_PYTHON_FORMATS:
        return False
    try:
        size = len(data) if data is not None else os.path.getsize(path)
    except OSError:
        return True           # lint_file reports the missing or unreadable file
    return size <= SAFE_HERE_BYTES


def _run_here(todo, settings, timeout, done, lint_file) -> None:
    from .engine.forksplit import allowed

    with allowed(cpu_count() >= 2):     # nothing else runs on the other core: a long file may use it
        _run_each(todo, settings, timeout, done, lint_file)


def _run_each(todo, settings, timeout, done, lint_file) -> None:
    use_alarm = bool(timeout) and hasattr(signal, "setitimer") and _main_thread()
    backend = settings.ruleset.backend()
    if use_alarm and not backend.ready:    # load spaCy first: its start-up is charged to no file
        backend.warm()
    for item in todo:
        _, path, display, data, _ = item
        if not use_alarm:
            done(item, lint_file(path, settings, data=data, display_path=display))
            continue
        previous = signal.signal(signal.SIGALRM, _raise_timeout)
        signal.setitimer(signal.ITIMER_REAL, timeout)
        try:
            result = lint_file(path, settings, data=data, display_path=display)
        except _Timeout:
            result = timeout_error(display, timeout)
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
        done(item, result)


class _Timeout(BaseException):
    """Raised by the alarm; a BaseException so a reader's ``except Exception`` cannot swallow it."""


def _raise_timeout(signum, frame):
    raise _Timeout()


def _main_thread() -> bool:
    import threading

    return threading.current_thread() is threading.main_thread()


def _context():
    import multiprocessing

    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def _limit_memory() -> None:
    """Cap a worker's address space (``INCLUSIVE_LINT_MAX_MEMORY_MB``, default 4096; 0 for no
    cap): a file that would eat the machine's memory becomes a ``too-large`` error, or at worst
    a crashed worker, for that file only."""
    try:
        import resource

        mb = int(os.environ.get("INCLUSIVE_LINT_MAX_MEMORY_MB", "4096"))
        if mb <= 0:
            return
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        want = mb * 1024 * 1024
        if hard != resource.RLIM_INFINITY:
            want = min(want, hard)
        if soft == resource.RLIM_INFINITY or soft > want:
            resource.setrlimit(resource.RLIMIT_AS, (want, hard))
    except (ImportError, ValueError, OSError):
        pass


def _worker(conn, settings, config, options, lint_file, build_settings, split=False) -> None:
    """Worker loop: build Settings once (or inherit them when forked), then lint what it is sent. The only worker
    of a pool (``split``) may share a long document with a forked child (engine/forksplit.py), as the in-process
    path does: the pool's own process only waits, so the other core is free."""
    from .engine.forksplit import allowed

    with allowed(split):
        _worker_loop(conn, settings, config, options, lint_file, build_settings)


def _worker_loop(conn, settings, config, options, lint_file, build_settings) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)     # the parent handles Ctrl-C
    _limit_memory()
    from .cache import slim

    if settings is None:
        settings = build_settings(config, **options)
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            _store_startup_caches()
            return
        index, path, display, data = message
        result = slim(lint_file(path, settings, data=data, display_path=display))
        ready = settings.ruleset.backend().ready
        try:
            conn.send((index, result, ready))
        except Exception as exc:   # a result that cannot be sent back is an error for that file
            conn.send((index, _error(display, "corrupt", f"could not return the result ({type(exc).__name__})"), ready))


def _store_startup_caches() -> None:
    """A worker that compiled patterns the start-up caches lack stores them (rxcache.py): else a
    run whose files all go to workers would never fill the caches for the next one. It does
    nothing unless the command line primed the caches before forking this worker."""
    from . import memostore, rxcache

    rxcache.store()
    memostore.store()


class WorkerPool:
    """N worker processes, one file at a time each; a worker past its deadline is killed and replaced.

    A worker also pays once for loading spaCy and building the matchers, inside whichever file
    first needs them; on a loaded machine that takes seconds. Until a worker reports spaCy
    loaded, its files get ``FIRST_FILE_GRACE`` extra seconds so start-up is charged to no file.
    """

    FIRST_FILE_GRACE = 30.0

    def __init__(self, settings, jobs: int, timeout: float | None, lint_one, rebuild):
        self.settings = settings
        self.lint_one = lint_one
        self.rebuild = rebuild
        self.jobs = jobs
        self.timeout = timeout
        self.ctx = _context()
        self.forked = self.ctx.get_start_method() == "fork"
        self.options = {k: v for k, v in settings.options.items() if k != "allow_re"}

    def _start(self):
        parent, child = self.ctx.Pipe()
        proc = self.ctx.Process(
            target=_worker, daemon=True,
            args=(child, self.settings if self.forked else None, self.settings.config, self.options,
                  self.lint_one, self.rebuild, self.jobs == 1 and cpu_count() >= 2))
        proc.start()
        child.close()
        return proc, parent

    @staticmethod
    def _stop(worker, kill=False):
        proc, conn = worker
        if kill:
            proc.kill()
        else:
            try:
                conn.send(None)
            except OSError:
                pass
        conn.close()
        # (a worker told to stop first stores what it compiled, which on a loaded machine can take a few seconds:
        # killed in the middle, its share of the start-up caches was lost)
        proc.join(10 if not kill else 5)
        if proc.is_alive():
            proc.kill()
            proc.join(5)

    def run(self, todo, done) -> None:
        from multiprocessing.connection import wait

        pending = deque(todo)
        idle = [self._start() for _ in range(self.jobs)]
        busy: dict = {}          # conn -> (worker, item, deadline)
        warm: set = set()        # pids of workers that have loaded spaCy
        try:
            while pending or busy:
                while pending and idle:
                    worker = idle.pop()
                    item = pending.popleft()
                    try:
                        worker[1].send((item[0], item[1], item[2], item[3]))
                    except OSError:          # the worker died while idle: replace it, retry
                        self._stop(worker, kill=True)
                        idle.append(self._start())
                        pending.appendleft(item)
                        continue
                    deadline = None
                    if self.timeout:
                        grace = 0.0 if worker[0].pid in warm else self.FIRST_FILE_GRACE
                        deadline = time.monotonic() + self.timeout + grace
                    busy[worker[1]] = (worker, item, deadline)
                deadlines = [d for _, _, d in busy.values() if d is not None]
                wait_for = max(0.0, min(deadlines) - time.monotonic()) if deadlines else None
                for conn in wait(list(busy), timeout=wait_for):
                    worker, item, _ = busy.pop(conn)
                    try:
                        _, result, nlp_ready = conn.recv()
                    except (EOFError, OSError):
                        self._stop(worker, kill=True)
                        code = worker[0].exitcode
                        done(item, _error(item[2], "crashed", "the worker reading this file stopped "
                                          f"unexpectedly (exit code {code}); the file may be hostile or too large"))
                        idle.append(self._start())
                        continue
                    done(item, result)
                    if nlp_ready:
                        warm.add(worker[0].pid)
                    idle.append(worker)
                now = time.monotonic()
                for conn, (worker, item, deadline) in list(busy.items()):
                    if deadline is not None and now >= deadline:
                        del busy[conn]
                        self._stop(worker, kill=True)
                        done(item, timeout_error(item[2], self.timeout))
                        if pending:
                            idle.append(self._start())
        finally:
            for worker in idle:
                self._stop(worker)
            for worker, _, _ in busy.values():
                self._stop(worker, kill=True)
