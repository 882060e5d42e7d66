"""One long document analysed on two cores: part of its pieces in a forked child process.

Each piece of text is analysed on its own (conditions are pure functions of what they read;
the shared ``doc_cache`` is only a memo), so the pieces can be shared out and the results put
back in order: the findings are the ones one process gives. The pieces go in runs into a queue
(a pipe holding the runs' numbers) that both processes take from until it is empty, so the
work shares itself out by how fast each process goes (the parent first finds the form
questions). The child is a ``fork`` of this process, so it starts with the document, the
compiled rules and the imports already in memory (no start-up, and its pages are shared until
written). It sends its results back through a pipe. Whatever goes wrong in the child (an
exception, a crash, a kill, a result that does not arrive whole), the parent analyses the runs
it took itself: splitting can only save time, never change or lose a finding.

Used only when the caller allows it (the command line's in-process path, where nothing else
runs on the other core: ``parallel._run_here``), on Linux, from a process with one thread (a
fork of a threaded server could copy a held lock), with two or more CPUs, for a document of at
least ``MIN_CHARS``, and when a core is free at that moment (``/proc/loadavg``: on a machine
already busy the child would only compete with the parent). ``INCLUSIVE_LINT_SPLIT=0`` turns it
off, ``INCLUSIVE_LINT_SPLIT=always`` skips the free-core check. The per-file time limit still
holds: the child gets the parent's remaining alarm time, and the parent kills it when the
alarm stops the parent.
"""
from __future__ import annotations

import gc
import os
import pickle
import signal
import sys
from contextlib import contextmanager

ENV = "INCLUSIVE_LINT_SPLIT"
MIN_CHARS = 300_000        # below this the fork and the duplicated document-wide work cost more than they save
CHUNKS = 96                # runs of pieces in the queue: the last one taken is the most either waits

_allowed = False


@contextmanager
def allowed(on: bool = True):
    """Let ``analyse`` split long documents inside this block."""
    global _allowed
    before, _allowed = _allowed, on
    try:
        yield
    finally:
        _allowed = before


def wanted(total_chars: int) -> bool:
    if not _allowed or total_chars < MIN_CHARS:
        return False
    mode = os.environ.get(ENV, "auto").strip().lower()
    if mode in ("0", "off", "no", "false"):
        return False
    if not hasattr(os, "fork") or not sys.platform.startswith("linux"):
        return False
    import threading

    if threading.active_count() != 1 or threading.current_thread() is not threading.main_thread():
        return False
    try:
        cpus = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cpus = os.cpu_count() or 1
    return cpus >= 2 and (mode == "always" or _others_running() <= cpus - 1)


def _others_running() -> int:
    """How many other tasks are running or waiting for a CPU right now (/proc/loadavg): when
    the other cores are all taken, a child only competes with this process and adds the
    cost of the fork and of the work both halves repeat."""
    try:
        with open("/proc/loadavg", encoding="ascii") as fh:
            running = int(fh.read().split()[3].split("/")[0])
    except (OSError, ValueError, IndexError):
        return 0
    return max(0, running - 1)          # this process is one of them


def chunks(sizes: list, count: int = CHUNKS) -> list:
    """``(start, end)`` index ranges of about ``count`` runs of consecutive items of about
    equal total size (at most ``count``, none empty)."""
    total = sum(sizes)
    step = max(1, total / max(1, count))
    out, start, acc = [], 0, 0
    for i, n in enumerate(sizes):
        acc += n
        if acc >= step * (len(out) + 1) and len(out) < count - 1:
            out.append((start, i + 1))
            start = i + 1
    if start < len(sizes):
        out.append((start, len(sizes)))
    return out


def run_split(items: list, sizes: list, work, meanwhile=None):
    """``work(items)``, shared with a forked child: the items go in runs (``chunks``) into a
    queue both processes take from, one run at a time, so neither waits for the other while
    runs are left, however fast each goes. ``work`` returns a list of picklable values per
    run; the lists are put back in order. ``meanwhile()`` (if given) is called once, in this
    process, first (the child starts on the queue meanwhile)."""
    runs = chunks(sizes)
    if len(runs) < 2:
        return _alone(work, items, meanwhile)
    try:
        r, w = os.pipe()
    except OSError:
        return _alone(work, items, meanwhile)
    try:
        queue = _queue(len(runs))
    except OSError:
        os.close(r)
        os.close(w)
        return _alone(work, items, meanwhile)
    gc.freeze()      # the child's collections then skip the shared objects: fewer pages copied
    left = signal.getitimer(signal.ITIMER_REAL)[0] if hasattr(signal, "getitimer") else 0
    try:
        pid = os.fork()
    except OSError:
        gc.unfreeze()
        for fd in (r, w, queue):
            os.close(fd)
        return _alone(work, items, meanwhile)
    if pid == 0:                       # the child: never returns
        _child(r, w, left, lambda: _take(queue, items, runs, work))
    gc.unfreeze()
    os.close(w)
    done: dict = {}
    try:
        if meanwhile is not None:
            meanwhile()
        done.update(_take(queue, items, runs, work))
        data = _read_all(r)
        _, status = os.waitpid(pid, 0)
        pid = 0
        if os.waitstatus_to_exitcode(status) == 0:
            try:
                theirs = pickle.loads(data)
            except Exception:
                theirs = None
            if isinstance(theirs, dict):
                done.update(theirs)
    finally:
        os.close(r)
        os.close(queue)
        if pid:                        # the alarm (or an error) stopped the parent: stop the child
            _stop(pid)
    out: list = []
    for k, (a, b) in enumerate(runs):
        got = done.get(k)
        if not isinstance(got, list):  # the child failed: its runs are done here
            got = work(items[a:b])
        out += got
    return out


def _queue(count: int) -> int:
    """The read end of a pipe holding one byte per run (its number), its write end closed: a
    read takes the next run, or gives nothing when none is left. A pipe read is atomic, so no
    run is taken twice, and no lock can be left held by a process that died."""
    assert count <= 256
    r, w = os.pipe()
    try:
        os.write(w, bytes(range(count)))      # far below a pipe's capacity
    except OSError:
        os.close(r)
        raise
    finally:
        os.close(w)
    return r


def _take(queue: int, items: list, runs: list, work) -> dict:
    """Work on runs from the queue until it is empty: {run number: work's list}."""
    done = {}
    while True:
        got = os.read(queue, 1)
        if not got:
            return done
        a, b = runs[got[0]]
        done[got[0]] = work(items[a:b])


def _alone(work, items, meanwhile):
    out = work(items)
    if meanwhile is not None:
        meanwhile()
    return out


def _child(r: int, w: int, left: float, job) -> None:
    code = 1
    try:
        os.close(r)
        signal.signal(signal.SIGINT, signal.SIG_IGN)           # the parent handles Ctrl-C
        signal.signal(signal.SIGALRM, signal.SIG_DFL)          # the alarm ends this process
        if left > 0:
            signal.setitimer(signal.ITIMER_REAL, left)
        data = pickle.dumps(job(), pickle.HIGHEST_PROTOCOL)
        view = memoryview(data)
        while view:
            view = view[os.write(w, view):]
        code = 0
    except BaseException:
        code = 1
    finally:
        os._exit(code)                 # no atexit, no flushing of the parent's buffers


def _read_all(fd: int) -> bytes:
    chunks = []
    while True:
        chunk = os.read(fd, 1 << 20)
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)


def _stop(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGKILL)
    except OSError:
        pass
    try:
        os.waitpid(pid, 0)
    except OSError:
        pass
