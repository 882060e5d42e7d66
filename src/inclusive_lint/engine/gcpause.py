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
def collector_paused(pause: bool = True):
    """Run the block with the cyclic collector off (if ``pause``), then put it back as it was."""
    was_on = gc.isenabled()
    if pause:
        gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
