"""``model._moved`` (the per-finding location copy) equals ``dataclasses.replace``."""
from __future__ import annotations

import pickle
from dataclasses import FrozenInstanceError, fields, replace

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from inclusive_lint.model import Location, _moved

NAMES = [f.name for f in fields(Location)]


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])    # a loaded CI machine is slow to draw
@given(base=st.dictionaries(st.sampled_from(["part", "heading", "paragraph", "table", "page"]),
                            st.one_of(st.none(), st.integers(0, 9), st.text(max_size=5)), max_size=4),
       changes=st.dictionaries(st.sampled_from(["line", "column", "end_line", "end_column"]),
                               st.integers(1, 500), max_size=4))
def test_same_as_replace(base, changes):
    loc = Location(**base)
    got, want = _moved(loc, **changes), replace(loc, **changes)
    assert got == want and hash(got) == hash(want) and repr(got) == repr(want)
    assert [getattr(got, n) for n in NAMES] == [getattr(want, n) for n in NAMES]
    assert pickle.loads(pickle.dumps(got)) == want
    assert loc == Location(**base)            # the original is untouched


def test_still_frozen():
    with pytest.raises(FrozenInstanceError):
        _moved(Location(), line=1).line = 2


def test_locate_keeps_each_blocks_own_location_fields():
    """``Document.locate`` builds the location from the block's (the last block's fields are
    kept between calls): blocks taken in turn never lend each other theirs."""
    from inclusive_lint.model import Block, Document

    text = "one two\nthree four\nfive six\n"
    blocks = [Block(text="one two", start=0, location=Location(part="body", paragraph=1, heading="A")),
              Block(text="three four", start=8, location=Location(part="footnote", paragraph=2)),
              Block(text="five six", start=19)]
    doc = Document(path="x.txt", format="text", blocks=blocks, source_text=text)
    for block in blocks + blocks[::-1] + blocks:
        got = doc.locate(block, 1, 3)
        line = text[:block.start].count("\n") + 1
        assert got == replace(block.location, line=line, column=2, end_line=line, end_column=4)
