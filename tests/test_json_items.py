"""The JSON writer's per-finding encoder (the C encoder made once) writes exactly what
``json.JSONEncoder.encode`` writes."""
from __future__ import annotations

import json

import pytest

from inclusive_lint.api import build_settings, lint_file
from inclusive_lint.formatters.json import _COMPACT, _COMPACT_ITEM, _finding


def test_same_text_as_the_encoder_on_real_findings():
    text = ("Each applicant must bring his passport. Ask the chairman or your husband/wife.\n\n"
            "Title: Mr / Mrs / Miss \u2014 \u201cnext of kin\u201d \U0001f600 NaN")
    result = lint_file("policy.md", build_settings(), data=text.encode("utf-8"))
    assert len(result.findings) >= 3
    for f in result.findings:
        item = _finding(result, f, None)
        assert _COMPACT_ITEM(item) == _COMPACT(item)
        assert json.loads(_COMPACT_ITEM(item)) == item
    odd = {"a": [1.5, float("nan"), float("inf"), None, True], "b": {"\u00e9": "\u2014\n\"x\""}, "c": ()}
    assert _COMPACT_ITEM(odd) == _COMPACT(odd)


def test_what_json_cannot_write_is_an_error():
    with pytest.raises(TypeError):
        _COMPACT_ITEM({"x": object()})


def test_findings_written_without_their_dicts_are_the_same_text():
    """``_Findings.texts`` (a plain finding written from its rule's parts, made once per rule, and
    its own fields) gives each finding's text exactly as its dict encoded, odd cases included."""
    from dataclasses import replace

    from inclusive_lint.formatters.json import _Findings, render
    from inclusive_lint.model import Finding, Location, Report

    text = ("Each applicant must bring his passport. Ask the chairman or your husband/wife.\n\n"
            "Title: Mr / Mrs / Miss \u2014 \u201cnext of kin\u201d \U0001f600 \"his\" \\ his\x01 or her\t nurse")
    result = lint_file("p\u00e9\"licy.md", build_settings(), data=text.encode("utf-8"))
    assert len(result.findings) >= 4
    f = result.findings[0]

    class Sub(Finding):
        def to_dict(self):
            return dict(super().to_dict(), extra=1)

    odd = [replace(f, waived=True, waiver_reason="agreed \u2014 \"ok\""),
           replace(f, message=None, link=None, suggestions=(), framework=("2.3",)),
           replace(f, suggestions=["a list", "not a tuple"]),
           replace(f, text="\u00e9\n\"\\\x7f\u2028", context="", fingerprint="f" * 16),
           replace(f, location=Location(page=3, bbox=(1.234, 2.0, 3.5, 4.25), extra=(("ocr", True),), pages=(3, 4))),
           replace(f, location=Location()), replace(f, location=Location(1, 2)),
           replace(f, location=Location(True, 2, 3, 4)), replace(f, location=Location(1, 2, 3, 4, part="body")),
           replace(f, location=Location(1, 2, 3, 4.0)), replace(f, location=_reordered(Location(5, 6, 7, 8))),
           replace(f, context=None), replace(f, text=7),
           Sub(**{k: getattr(f, k) for k in f.__dataclass_fields__})]
    result.findings = list(result.findings) + odd + [replace(g, rule_name=g.rule_name + "\u00e9") for g in result.findings]
    items = _Findings(result, None)
    texts = list(items.texts())
    assert texts == [_COMPACT_ITEM(d) for d in items.dicts()]
    assert len(texts) == len(result.findings) and sum('"extra": 1' in t for t in texts) == 1
    assert json.loads(render(Report(files=[result]), {}))["files"][0]["findings"] == [json.loads(t) for t in texts]


def _reordered(loc):
    """A Location whose fields sit in another order in its instance dict (as to_dict reads them)."""
    d = dict(loc.__dict__)
    loc.__dict__.clear()
    items = list(d.items())
    loc.__dict__.update([items[1], items[0]] + items[2:])      # column before line
    return loc
