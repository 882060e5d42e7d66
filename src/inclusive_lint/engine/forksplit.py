"""One long document analysed on two cores: part of its pieces in a forked child process.

Each piece of text is analysed on its own (conditions are pure functions of what they read;
the shared ``doc_cache`` is only a memo), so the pieces can be shared out and the results put
back in order: the findings are the ones one process gives. The pieces go in runs into a queue
(a pipe holding the runs' numbers) that both processes take from until it is empty, so the
work shares itself out by how fast each process goes (the parent first finds the form
questions). The child is a ``fork`` of this process, so it starts with the document, the
compiled rules and the imports already in memory (no start-up, and its pages are shared until
written). It sends each run's results back through a pipe as soon as that run is done, so the
parent can go on with them (``consume``: the engine builds the findings of the runs done so far
between its own runs, not all at the end). Whatever goes wrong in the child (an exception, a
crash, a kill, a result that does not arrive whole), the parent analyses the runs whose
results did not arrive itself: splitting can only save time, never change or lose a finding.

Used only when the caller allows it (the command line's in-process path, where nothing else
runs on the other core: ``parallel._run_here``), on Linux, from a process with one thread (a
fork of a threaded server could copy a held lock), with two or more CPUs, for a document of at
least ``MIN_CHARS``, and when a core is free at that moment (``/proc/loadavg``: on a machine
already busy the child would only compete with the parent; the count is looked at up to three
times, a millisecond apart, so a task that runs for a moment does not cancel the split).
``INCLUSIVE_LINT_SPLIT=0`` turns it off, ``INCLUSIVE_LINT_SPLIT=always`` skips the free-core
check. The per-file time limit still
holds: the child gets the parent's remaining alarm time, and the parent kills it when the
alarm stops the parent.
"""
from __future__ import annotations

import gc
import os
import pickle
import signal
import sys
import time
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
    return cpus >= 2 and (mode == "always" or _core_free(cpus))


LOOKS = 3                  # samples of the running count, a millisecond apart (_core_free)


def _core_free(cpus: int) -> bool:
    """Is a core free for the child: ``_others_running()`` at most ``cpus - 1`` in one of
    ``LOOKS`` looks a millisecond apart. The count is of one instant: a task that runs for a
    moment (a short command, a kernel thread) should not cancel a split that saves a second,
    while a core that stays taken is taken at every look. (On this 2-CPU machine, busy with
    other work, three looks in four that found no core free found one a millisecond later.)"""
    for i in range(LOOKS):
        if i:
            time.sleep(0.001)
        if _others_running() <= cpus - 1:
            return True
    return False


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


def run_split(items: list, sizes: list, work, meanwhile=None, consume=None, facts=None):
    """``work(items)``, shared with a forked child: the items go in runs (``chunks``) into a
    queue both processes take from, one run at a time, so neither waits for the other while
    runs are left, however fast each goes. ``work`` returns a list of picklable values per
    run. ``meanwhile()`` (if given) is called once, in this process, first (the child starts on
    the queue meanwhile). With ``consume``, each run's list is handed to ``consume`` in order
    as soon as it and every run before it are done (the child sends each run's list when it
    finishes it), so the caller's work on the results overlaps the analysis; without it, the
    lists are returned put back in order. ``facts`` (a ``Facts``, the memo ``work`` shares
    between runs) gets the facts the child works out as soon as it has them (``Facts``)."""
    out: list = []
    take = out.extend if consume is None else consume
    runs = chunks(sizes)
    if len(runs) < 2:
        return _alone(work, items, meanwhile, take, out)
    try:
        r, w = os.pipe()
    except OSError:
        return _alone(work, items, meanwhile, take, out)
    try:
        queue = _queue(len(runs))
    except OSError:
        os.close(r)
        os.close(w)
        return _alone(work, items, meanwhile, take, out)
    gc.freeze()      # the child's collections then skip the shared objects: fewer pages copied
    left = signal.getitimer(signal.ITIMER_REAL)[0] if hasattr(signal, "getitimer") else 0
    try:
        pid = os.fork()
    except OSError:
        gc.unfreeze()
        for fd in (r, w, queue):
            os.close(fd)
        return _alone(work, items, meanwhile, take, out)
    if pid == 0:                       # the child: never returns
        _child(r, w, left, queue, items, runs, work, facts)
    gc.unfreeze()
    os.close(w)
    got = _Received(r, len(runs), facts)
    ready = 0                          # runs before this one have been handed on
    try:
        if meanwhile is not None:
            meanwhile()
        got.receive(wait=False)        # the child's facts so far (and any runs done)
        ready = got.hand_on(ready, take)
        while True:
            k = os.read(queue, 1)
            if not k:
                break
            a, b = runs[k[0]]
            got.done[k[0]] = work(items[a:b])
            got.receive(wait=False)
            ready = got.hand_on(ready, take)
        got.receive(wait=True)         # to the end of the pipe: the child has finished or died
        os.waitpid(pid, 0)
        pid = 0
    finally:
        os.close(r)
        os.close(queue)
        if pid:                        # the alarm (or an error) stopped the parent: stop the child
            _stop(pid)
    for k in range(ready, len(runs)):
        part = got.done.pop(k, None)
        if part is None:               # the child failed before sending it whole: done here
            a, b = runs[k]
            part = work(items[a:b])
        take(part)
    return out


class _Received:
    """The runs' lists as they arrive from the child, in frames of a 4-byte length and a pickle
    of (run number, list); a frame that does not arrive whole is dropped (that run is done
    here)."""

    def __init__(self, fd: int, count: int, facts=None):
        self.fd, self.count, self.facts = fd, count, facts
        self.buf = bytearray()
        self.done: dict = {}
        os.set_blocking(fd, False)

    def receive(self, wait: bool) -> None:
        """Read what the pipe holds (``wait``: until the child closes it)."""
        if wait:
            os.set_blocking(self.fd, True)
        while True:
            try:
                chunk = os.read(self.fd, 1 << 20)
            except BlockingIOError:
                break
            if not chunk:
                break
            self.buf += chunk
        self._frames()

    def _frames(self) -> None:
        buf, pos = self.buf, 0
        while len(buf) - pos >= 4:
            n = int.from_bytes(buf[pos:pos + 4], "little")
            if len(buf) - pos - 4 < n:
                break
            try:
                k, part = pickle.loads(bytes(buf[pos + 4:pos + 4 + n]))
            except Exception:
                k, part = None, None
            if isinstance(k, int) and 0 <= k < self.count and isinstance(part, list):
                self.done.setdefault(k, part)
            elif k == FACT and self.facts is not None and isinstance(part, list):
                for key, value in part:        # (never replaces one: the same value either way)
                    self.facts.setdefault(key, value)
            pos += 4 + n
        del buf[:pos]

    def hand_on(self, ready: int, take) -> int:
        """``take`` the lists of the done runs from ``ready`` on, in order, up to the first
        run not done yet; returns that run's number."""
        done = self.done
        while ready < self.count and ready in done:
            take(done.pop(ready))
            ready += 1
        return ready


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


def _alone(work, items, meanwhile, take, out):
    take(work(items))
    if meanwhile is not None:
        meanwhile()
    return out


def _child(r: int, w: int, left: float, queue: int, items: list, runs: list, work, facts=None) -> None:
    """Take runs from the queue until it is empty, sending each run's list as soon as it is
    done, without waiting for the parent to read it (what the pipe cannot take yet waits here
    and goes with the next run, or at the end)."""
    code = 1
    try:
        os.close(r)
        signal.signal(signal.SIGINT, signal.SIG_IGN)           # the parent handles Ctrl-C
        signal.signal(signal.SIGALRM, signal.SIG_DFL)          # the alarm ends this process
        if left > 0:
            signal.setitimer(signal.ITIMER_REAL, left)
        os.set_blocking(w, False)
        pending = bytearray()

        def send(data: bytes) -> None:
            pending.extend(len(data).to_bytes(4, "little") + data)
            try:
                del pending[:os.write(w, pending)]
            except BlockingIOError:
                pass
        if facts is not None:
            facts.sink = lambda key, value: send(_fact_frame(key, value))
        while True:
            k = os.read(queue, 1)
            if not k:
                break
            a, b = runs[k[0]]
            send(pickle.dumps((k[0], work(items[a:b])), pickle.HIGHEST_PROTOCOL))
        os.set_blocking(w, True)
        view = memoryview(pending)
        while view:
            view = view[os.write(w, view):]
        code = 0
    except BaseException:
        code = 1
    finally:
        os._exit(code)                 # no atexit, no flushing of the parent's buffers


FACT = -1                  # the run number of a frame that holds facts (``Facts``), not a run's list


class Facts(dict):
    """The memo the conditions share between the pieces of one document (``doc_cache``: pure
    functions of the document, so a value worked out in one process holds in the other). In a
    forked child each fact worked out that is a plain True or False (a whole-document search:
    "does the document use additive wording anywhere?") goes to the parent as soon as it is
    set, so the parent, busy with the form questions meanwhile, need not search 1 MB again."""

    sink = None

    def __setitem__(self, key, value):
        dict.__setitem__(self, key, value)
        if self.sink is not None and value.__class__ is bool:
            self.sink(key, value)


def _fact_frame(key, value) -> bytes:
    try:
        return pickle.dumps((FACT, [(key, value)]), pickle.HIGHEST_PROTOCOL)
    except Exception:          # a key that cannot be pickled: not shared (a frame of nothing)
        return pickle.dumps((FACT, []), pickle.HIGHEST_PROTOCOL)


def _stop(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGKILL)
    except OSError:
        pass
    try:
        os.waitpid(pid, 0)
    except OSError:
        pass
