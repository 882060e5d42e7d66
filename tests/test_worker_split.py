"""The only worker of a pool shares a long document with a forked child, as the in-process path does, and a
worker killed at its deadline takes that child with it."""
import os
import time

import pytest

from inclusive_lint.api import lint_paths
from inclusive_lint.engine import forksplit
from inclusive_lint import parallel

PARAGRAPH = ("Each applicant must bring his form to the chairman. Ask the mother whether her husband can come. "
             "Title: Mr / Mrs / Miss. Please give your next of kin.\n\n")

pytestmark = pytest.mark.skipif(not hasattr(os, "fork") or parallel.cpu_count() < 2, reason="needs fork and two CPUs")


def _long_file(tmp_path, chars=340_000):
    path = tmp_path / "long.md"
    path.write_text(PARAGRAPH * (chars // len(PARAGRAPH) + 1), encoding="utf-8")
    return path


def _children_noted(monkeypatch, tmp_path):
    """Each forked child writes its pid to a file first (the workers are forked, so they inherit the patch)."""
    real = forksplit._child
    marks = tmp_path / "children"
    marks.mkdir()

    def child(*args, **kwargs):
        (marks / str(os.getpid())).write_text("", encoding="utf-8")
        return real(*args, **kwargs)

    monkeypatch.setattr(forksplit, "_child", child)
    monkeypatch.setenv(forksplit.ENV, "always")           # (a core busy with other tests must not cancel the split)
    monkeypatch.setattr(parallel, "SAFE_HERE_BYTES", 1000)  # (this file then goes to a worker, as a long one does)
    return marks


def test_the_only_worker_splits_a_long_document_and_finds_the_same(tmp_path, monkeypatch, settings):
    path = _long_file(tmp_path)
    marks = _children_noted(monkeypatch, tmp_path)
    split = lint_paths([str(path)], settings=settings, jobs=1, timeout=120, keep_documents=False).files[0]
    assert list(marks.iterdir()), "no child was forked"
    monkeypatch.setenv(forksplit.ENV, "0")
    alone = lint_paths([str(path)], settings=settings, jobs=1, timeout=120, keep_documents=False).files[0]
    assert not split.errors and len(split.findings) > 1000
    assert [(f.rule_id, f.fingerprint) for f in split.findings] == [(f.rule_id, f.fingerprint) for f in alone.findings]


def _gone(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as fh:
            return any(line.startswith("State:") and "Z" in line for line in fh)     # (a zombie has ended)
    except OSError:
        return True


def test_a_worker_killed_at_its_deadline_takes_its_child_with_it(tmp_path, monkeypatch, settings):
    monkeypatch.setattr(parallel.WorkerPool, "FIRST_FILE_GRACE", 0.0)
    # (on a machine busy with other work the worker may not have forked by the first deadline: then once more, with
    # twice the deadline and twice the text, so the child is still at work when the deadline comes)
    for attempt, (deadline, chars) in enumerate(((5, 2_000_000), (10, 4_000_000))):
        folder = tmp_path / f"try-{attempt}"
        folder.mkdir()
        path = _long_file(folder, chars=chars)
        marks = _children_noted(monkeypatch, folder)
        result = lint_paths([str(path)], settings=settings, jobs=1, timeout=deadline, keep_documents=False).files[0]
        assert [e.category for e in result.errors] == ["timeout"]
        children = [int(p.name) for p in marks.iterdir()]
        if children:
            break
    assert children, "no child was forked before the deadline, at 5 s nor at 10 s"
    deadline = time.monotonic() + 5
    while not all(_gone(pid) for pid in children) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert all(_gone(pid) for pid in children)
