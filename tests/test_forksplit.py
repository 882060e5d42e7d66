"""A long document analysed in two processes (engine/forksplit.py) gives exactly the findings of
one process, falls back to one process when the child fails, and keeps the time limit."""
from __future__ import annotations

import os
import signal
import sys
import time

import pytest

from inclusive_lint.api import build_settings, lint_file
from inclusive_lint.engine import forksplit

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the split is Linux-only")


sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "bench"))     # the generators


@pytest.fixture(scope="module")
def long_md() -> bytes:
    from make_rich import rich

    return rich(0.4, seed=11).encode("utf-8")


def _lint(data: bytes, split: bool):
    settings = build_settings()      # a fresh rule set: no piece cache shared between the runs
    with forksplit.allowed(split):
        result = lint_file("long.md", settings, data=data)
    assert not result.errors
    return [(f.rule_id, f.location.line, f.location.column, f.text, f.fingerprint, f.block_span)
            for f in result.findings]


@pytest.fixture
def forks(monkeypatch):
    """Counts the forks made by the split (the child sees the patch too, and exits)."""
    made = []
    real = os.fork

    def fork():
        pid = real()
        if pid:
            made.append(pid)
        return pid

    monkeypatch.setattr(forksplit.os, "fork", fork)
    monkeypatch.setattr(forksplit, "wanted", lambda total: forksplit._allowed and total >= forksplit.MIN_CHARS)
    return made


def test_split_gives_the_findings_of_one_process(long_md, forks):
    one = _lint(long_md, split=False)
    assert not forks
    two = _lint(long_md, split=True)
    assert forks, "the long document was not split"
    assert len(one) > 500
    assert two == one
    assert any(f[0].startswith("FRM") for f in one)      # the form questions, found meanwhile


def test_one_long_line_gives_the_same_findings_split_or_not(forks):
    """A block longer than a piece is analysed in pieces, which the split shares out: what one
    piece's conditions remember must never answer for another piece of that block."""
    from make_rich import dense

    data = dense(0.35, line_breaks=False).encode("utf-8")
    one = _lint(data, split=False)
    assert len(one) > 5000
    assert _lint(data, split=True) == one
    assert forks


def test_child_that_fails_means_the_parent_does_its_share(long_md, forks, monkeypatch):
    one = _lint(long_md, split=False)

    def broken(*args, **kwargs):
        raise RuntimeError("no result from the child")

    monkeypatch.setattr(forksplit.pickle, "dumps", broken)     # only the child pickles
    assert _lint(long_md, split=True) == one
    assert forks


def test_consume_takes_each_run_in_order():
    """With ``consume``, the runs' lists are handed on one by one, in order, each once (the
    child's as they arrive, between the parent's own runs): nothing is returned."""
    items = list(range(500))
    got = []
    assert forksplit.run_split(items, [1] * len(items), lambda part: [x * 2 for x in part], None, got.append) == []
    assert len(got) == len(forksplit.chunks([1] * len(items)))
    assert [x for part in got for x in part] == [x * 2 for x in items]
    alone = []                                       # one run: no child, the same hand-over
    forksplit.run_split([1, 2], [5, 5], list, None, alone.append)
    assert [x for part in alone for x in part] == [1, 2]


def test_a_child_that_dies_midway_leaves_its_other_runs_to_the_parent():
    """The runs the child sent before it died are kept; the ones it took and never sent are done
    by the parent: every item once, in order."""
    parent = os.getpid()
    done = []

    def work(part):
        if os.getpid() != parent:
            done.append(1)
            if len(done) > 3:
                os._exit(3)                        # a crash after three runs
        else:
            time.sleep(0.005)                      # the parent slower: the child gets its three
        return [(x, os.getpid() == parent) for x in part]

    items = list(range(960))
    got = []
    forksplit.run_split(items, [1] * len(items), work, None, got.append)
    out = [x for part in got for x in part]
    assert [x for x, _ in out] == items
    assert any(not here for _, here in out)         # the runs the child sent were used
    with pytest.raises(ChildProcessError):         # reaped: no child left behind
        os.waitpid(-1, os.WNOHANG)


def test_short_documents_and_opt_out_are_not_split(monkeypatch):
    with forksplit.allowed(True):
        assert not forksplit.wanted(forksplit.MIN_CHARS - 1)
        monkeypatch.setenv(forksplit.ENV, "0")
        assert not forksplit.wanted(10 * forksplit.MIN_CHARS)
    assert not forksplit.wanted(10 * forksplit.MIN_CHARS)        # not allowed outside the block


def test_runs_of_about_equal_size_in_order():
    assert forksplit.chunks([10] * 10, 5) == [(0, 2), (2, 4), (4, 6), (6, 8), (8, 10)]
    assert forksplit.chunks([100, 1, 1, 1], 2) == [(0, 1), (1, 4)]
    assert forksplit.chunks([1], 4) == [(0, 1)]
    runs = forksplit.chunks([3, 1, 4, 1, 5, 9, 2, 6] * 50)
    assert len(runs) <= forksplit.CHUNKS and runs[0][0] == 0 and runs[-1][1] == 400
    assert all(a < b == c for (a, b), (c, _) in zip(runs, runs[1:]))


def test_a_slow_child_leaves_the_runs_to_the_parent():
    """The runs are shared by how fast each process goes: the parent never waits for a child
    given half of them (here that half would take about 2.4 s)."""
    parent = os.getpid()

    def work(part):
        if os.getpid() != parent:
            time.sleep(0.05)
        return [(x, os.getpid() == parent) for x in part]

    start = time.monotonic()
    out = forksplit.run_split(list(range(960)), [1] * 960, work)
    assert [x for x, _ in out] == list(range(960))
    assert sum(here for _, here in out) >= 960 - 3 * 10          # the child took a few runs at most
    assert time.monotonic() - start < 1.5


def test_split_gives_every_item_once_in_order():
    assert forksplit.run_split([1], [5], lambda part: [x * 2 for x in part]) == [2]
    assert forksplit.run_split(list(range(8)), [1] * 8, lambda part: [x * 2 for x in part]) == \
        [x * 2 for x in range(8)]
    for items in ([1], list(range(8))):            # alone, and split: called once, in this process
        calls = []
        forksplit.run_split(items, [1] * len(items), list, lambda: calls.append(os.getpid()))
        assert calls == [os.getpid()]


class _Stop(BaseException):
    pass


def test_alarm_stops_the_parent_and_the_child_is_killed():
    parent = os.getpid()

    def work(part):
        if os.getpid() != parent:
            time.sleep(60)             # the run the child takes hangs
        time.sleep(0.02)               # the parent is slow enough for the child to take one
        return list(part)

    def stop(signum, frame):
        raise _Stop()

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, 0.5)
    start = time.monotonic()
    try:
        with pytest.raises(_Stop):
            forksplit.run_split(list(range(10)), [1] * 10, work)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    assert time.monotonic() - start < 10
    with pytest.raises(ChildProcessError):       # killed and reaped: no child left behind
        os.waitpid(-1, os.WNOHANG)


def test_split_only_when_a_core_is_free(monkeypatch):
    if len(os.sched_getaffinity(0)) < 2:
        pytest.skip("one CPU: never split")
    assert forksplit._others_running() >= 0
    big = 10 * forksplit.MIN_CHARS
    with forksplit.allowed(True):
        monkeypatch.setattr(forksplit, "_others_running", lambda: 0)
        assert forksplit.wanted(big)
        monkeypatch.setattr(forksplit, "_others_running", lambda: 64)     # every core taken
        assert not forksplit.wanted(big)
        monkeypatch.setenv(forksplit.ENV, "always")
        assert forksplit.wanted(big)
