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


def _to_dict_by_field(loc) -> dict:
    """Location.to_dict as first written (one getattr per field), for comparison."""
    out = {}
    for key in ("line", "column", "end_line", "end_column", "part", "paragraph", "heading",
                "table", "row", "cell", "page"):
        if getattr(loc, key) is not None:
            out[key] = getattr(loc, key)
    if loc.pages:
        out["pages"] = list(loc.pages)
    if loc.bbox:
        out["bbox"] = [round(float(v), 2) for v in loc.bbox]
    if loc.extra:
        out.update(dict(loc.extra))
    return out


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(base=st.dictionaries(st.sampled_from(["part", "heading", "paragraph", "table", "row", "cell", "page"]),
                            st.one_of(st.none(), st.integers(0, 9), st.text(max_size=5)), max_size=5),
       pos=st.tuples(st.integers(1, 500), st.integers(1, 80), st.integers(1, 500), st.integers(1, 80)),
       others=st.lists(st.sampled_from([None, (1, 2), (0.5, 1.25, 3.0, 4.0)]), min_size=2, max_size=2))
def test_to_dict_matches_the_field_by_field_form(base, pos, others):
    loc = Location(**base, pages=others[0], bbox=others[1], extra=(("converted_from", "doc"),) if others[0] else None)
    got = _moved(loc, line=pos[0], column=pos[1], end_line=pos[2], end_column=pos[3])
    for one in (loc, got):
        assert one.to_dict() == _to_dict_by_field(one)
        assert list(one.to_dict()) == list(_to_dict_by_field(one))      # same key order in the JSON
