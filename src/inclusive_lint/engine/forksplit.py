"""One long document analysed on two cores: the later pieces in a forked child process.

Each piece of text is analysed on its own (conditions are pure functions of what they read;
the shared ``doc_cache`` is only a memo), so the pieces can be shared out and the results put
back in order: the findings are the ones one process gives. The child is a ``fork`` of this
process, so it starts with the document, the compiled rules and the imports already in memory
(no start-up, and its pages are shared until written). It sends its results back through a
pipe. Whatever goes wrong in the child (an exception, a crash, a kill, a result that does not
arrive whole), the parent analyses those pieces itself: splitting can only save time, never
change or lose a finding.

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
CHILD_SHARE = 0.57         # the parent also finds the form questions meanwhile, then builds the findings

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


def split_point(sizes: list, share: float = CHILD_SHARE) -> int:
    """The index where the last ``share`` of the total size begins."""
    total = sum(sizes)
    want = total * (1 - share)
    acc = 0
    for i, n in enumerate(sizes):
        if acc >= want:
            return i
        acc += n
    return len(sizes)


def run_split(items: list, sizes: list, work, meanwhile=None):
    """``work(items[:k]) + work(items[k:])``, the second call made in a forked child. ``work``
    returns a list of picklable values. ``meanwhile()`` (if given) is called once, in this
    process, while the child works."""
    cut = split_point(sizes)
    first, second = items[:cut], items[cut:]
    if not first or not second:
        return _alone(work, items, meanwhile)
    try:
        r, w = os.pipe()
    except OSError:
        return _alone(work, items, meanwhile)
    gc.freeze()      # the child's collections then skip the shared objects: fewer pages copied
    left = signal.getitimer(signal.ITIMER_REAL)[0] if hasattr(signal, "getitimer") else 0
    try:
        pid = os.fork()
    except OSError:
        gc.unfreeze()
        os.close(r)
        os.close(w)
        return _alone(work, items, meanwhile)
    if pid == 0:                       # the child: never returns
        _child(r, w, left, work, second)
    gc.unfreeze()
    os.close(w)
    theirs = None
    try:
        mine = work(first)
        if meanwhile is not None:
            meanwhile()
        data = _read_all(r)
        _, status = os.waitpid(pid, 0)
        pid = 0
        if os.waitstatus_to_exitcode(status) == 0:
            try:
                theirs = pickle.loads(data)
            except Exception:
                theirs = None
    finally:
        os.close(r)
        if pid:                        # the alarm (or an error) stopped the parent: stop the child
            _stop(pid)
    if not isinstance(theirs, list):
        theirs = work(second)
    return mine + theirs


def _alone(work, items, meanwhile):
    out = work(items)
    if meanwhile is not None:
        meanwhile()
    return out


def _child(r: int, w: int, left: float, work, items) -> None:
    code = 1
    try:
        os.close(r)
        signal.signal(signal.SIGINT, signal.SIG_IGN)           # the parent handles Ctrl-C
        signal.signal(signal.SIGALRM, signal.SIG_DFL)          # the alarm ends this process
        if left > 0:
            signal.setitimer(signal.ITIMER_REAL, left)
        data = pickle.dumps(work(items), pickle.HIGHEST_PROTOCOL)
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
