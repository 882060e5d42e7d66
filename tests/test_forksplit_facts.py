"""A fact of the whole document that the forked child works out (a True or False in the shared
memo, engine/forksplit.Facts) reaches the parent while the split runs, so the parent does not
search the document again; the findings stay those of one process."""
from __future__ import annotations

import os
import sys
import time

import pytest

from inclusive_lint.engine import forksplit

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the split is Linux-only")


def test_the_childs_facts_reach_the_parent_as_they_are_set():
    parent = os.getpid()
    facts = forksplit.Facts()
    seen_in_parent = []

    def work(part):
        time.sleep(0.002)                            # both take runs
        if os.getpid() != parent:
            facts[("child", part[0])] = True          # shared: a True or False
            facts[("kept", part[0])] = (1, 2)          # not shared: anything else
        else:
            seen_in_parent.append(sum(1 for k in facts if k[0] == "child"))
        return list(part)

    items = list(range(400))
    got = []
    forksplit.run_split(items, [1] * len(items), work, None, got.extend, facts)
    assert got == items
    from_child = [k for k in facts if k[0] == "child"]
    assert from_child and all(facts[k] is True for k in from_child)
    assert not any(k[0] == "kept" for k in facts)
    assert max(seen_in_parent) > 0                   # arrived while the parent was still at work


def test_a_fact_the_parent_has_is_not_replaced():
    facts = forksplit.Facts(mine=False)
    received = forksplit._Received(os.pipe()[0], 4, facts)
    import pickle

    data = pickle.dumps((forksplit.FACT, [("mine", True), ("new", False)]))
    received.buf += len(data).to_bytes(4, "little") + data
    received._frames()
    assert facts == {"mine": False, "new": False}


def test_a_key_that_cannot_be_pickled_is_not_sent():
    frame = forksplit._fact_frame(("odd", lambda: None), True)
    import pickle

    assert pickle.loads(frame) == (forksplit.FACT, [])
