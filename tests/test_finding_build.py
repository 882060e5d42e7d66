"""Per-finding construction: ``make_finding`` (built without the frozen dataclass's constructor)
gives the same Finding as ``Finding(...)``, and ``Document.locate_source`` the same Location as
``Document.locate``."""
from __future__ import annotations

import pickle
from dataclasses import FrozenInstanceError, fields, replace

import pytest

from inclusive_lint.api import build_settings
from inclusive_lint.engine.analyse import make_finding
from inclusive_lint.model import Block, Document, Finding, Location

NAMES = [f.name for f in fields(Finding)]
LOCATION_FIELDS = [f.name for f in fields(Location)]


def _rule():
    return build_settings().ruleset.by_id["PRN-003"]


def _by_constructor(rule, text, location, context, span, fp, message, bi, bspan):
    return Finding(rule_id=rule.id, severity=rule.severity, message=message or rule.message, text=text,
                   location=location, suggestions=rule.suggestions, framework=rule.framework,
                   characteristics=rule.characteristics, rule_name=rule.name, pack=rule.pack, link=rule.link,
                   rationale=rule.rationale, context=context, context_span=span, fix=rule.fix,
                   fingerprint=fp, block_index=bi, block_span=bspan)


@pytest.mark.parametrize("message", [None, "A message of its own."])
def test_make_finding_equals_constructor(message):
    rule = _rule()
    loc = Location(3, 5, 3, 15, part="body", paragraph=2)
    got = make_finding(rule, "his or her", loc, "Ask his or her nurse.", (4, 14), "0123abcd", message,
                       block_index=7, block_span=(4, 14))
    want = _by_constructor(rule, "his or her", loc, "Ask his or her nurse.", (4, 14), "0123abcd", message, 7, (4, 14))
    assert got == want and hash(got) == hash(want) and repr(got) == repr(want)
    assert [getattr(got, n) for n in NAMES] == [getattr(want, n) for n in NAMES]
    assert list(vars(got)) == NAMES                   # every field set, in field order
    assert got.to_dict() == want.to_dict()
    assert pickle.loads(pickle.dumps(got)) == want
    assert replace(got, waived=True, waiver_reason="x") == replace(want, waived=True, waiver_reason="x")
    with pytest.raises(FrozenInstanceError):
        got.text = "other"


def test_make_finding_defaults_match_constructor():
    rule = _rule()
    got, want = make_finding(rule, "x", Location()), _by_constructor(rule, "x", Location(), "", (), "", None, -1, ())
    assert got == want and [getattr(got, n) for n in NAMES] == [getattr(want, n) for n in NAMES]


def test_locate_source_equals_locate():
    text = "Title line\n\nAsk his\nor her nurse. More text here.\n"
    start = text.index("Ask")
    # a block whose characters map to the source one by one, and one with a gap (markup removed)
    plain = Block(text="Ask his\nor her nurse. More text here.", start=start, location=Location(part="body", paragraph=2))
    offsets = list(range(start, start + 4)) + list(range(start + 6, start + 30))
    gapped = Block(text="Ask s\nor her nurse. More tex", start=start, offsets=offsets, location=Location(paragraph=3))
    doc = Document(path="x.md", format="markdown", blocks=[plain, gapped], source_text=text)
    def position(offset):          # 1-based line and column, counted from the source itself
        return text.count("\n", 0, offset) + 1, offset - (text.rfind("\n", 0, offset) + 1) + 1

    for block in (plain, gapped):
        n = len(block.text)
        for s in range(0, n):
            for e in (s, s + 1, min(n, s + 7), n):
                a, b = block.source_span(s, e)
                line, col = position(a)
                end_line, end_col = (position(b - 1)[0], position(b - 1)[1] + 1) if b > a else (line, col)
                want = replace(block.location, line=line, column=col, end_line=end_line, end_column=end_col)
                got = doc.locate_source(block, a, b)
                assert got == want and hash(got) == hash(want) and repr(got) == repr(want)
                assert list(vars(got)) == LOCATION_FIELDS and got.to_dict() == want.to_dict()
                assert pickle.loads(pickle.dumps(got)) == want
                assert doc.locate(block, s, e) == want


def test_located_span_is_a_frozen_location():
    text = "Ask his or her nurse.\n"
    block = Block(text=text.rstrip(), start=0, location=Location(part="body", paragraph=1, extra=(("k", 1),)))
    doc = Document(path="x.md", format="markdown", blocks=[block], source_text=text)
    got = doc.locate_source(block, 4, 7)
    assert got == Location(1, 5, 1, 8, part="body", paragraph=1, extra=(("k", 1),))
    assert {got: 1}[Location(1, 5, 1, 8, part="body", paragraph=1, extra=(("k", 1),))] == 1
    with pytest.raises(FrozenInstanceError):
        got.line = 2
