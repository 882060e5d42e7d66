"""The cyclic garbage collector held off while the engine makes many objects that form no
reference cycles.

Building a finding-dense document's findings makes hundreds of thousands of objects (a Finding,
its Location, tuples and strings per finding) and keeps every one of them. Each 700 new ones
start a collection of the youngest objects, and as they pile up, collections of the whole heap
(the document, its tokens, the compiled rules): on the dense 1 MB benchmark file two of those
fell inside the finding loop and cost about a third of its time. None of these objects refers
back to itself, so collecting meanwhile could free nothing; reference counting frees whatever
is dropped as before. The collector is back on (if it was on) when the block ends, however it
ends.
"""
from __future__ import annotations

import gc
from contextlib import contextmanager


@contextmanager
def collector_paused(pause: bool = True, freeze: bool = False):
    """Run the block with the cyclic collector off (if ``pause``), then put it back as it was.

    ``freeze`` (inside ``frozen_after``, with the collector on): the block ends by moving the
    objects alive into the collector's permanent generation (``gc.freeze``) instead of leaving
    them to the next collection, which would walk every object made in the block (the dense
    1 MB benchmark file's findings: about 0.16 s, rich.md's 0.05 s, on one core after the
    analysis); the next such block, or the end of ``frozen_after``, gives them back."""
    was_on = gc.isenabled()
    freeze = freeze and pause and was_on and _freezing
    if freeze:
        gc.unfreeze()        # the objects the last block froze go back to the oldest generation
    if pause:
        gc.disable()
    try:
        yield
    finally:
        if freeze:
            gc.freeze()
        if was_on:
            gc.enable()


_freezing = False


@contextmanager
def frozen_after(on: bool = True):
    """Let ``collector_paused(freeze=True)`` freeze the objects alive at its end inside this
    block: the command line's own run, which writes its report and exits. What was frozen is
    given back to the collector when the block ends, so nothing stays frozen."""
    global _freezing
    before, _freezing = _freezing, on
    try:
        yield
    finally:
        _freezing = before
        if on:
            gc.unfreeze()
