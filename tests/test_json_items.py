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
