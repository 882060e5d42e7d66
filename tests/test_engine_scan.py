"""``prefilter.scan`` finds exactly the matches ``finditer`` finds, whether it lets the regex
engine scan the text or tries the pattern only where a literal prefix occurs."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings as hsettings, strategies as st

from inclusive_lint.api import build_settings
from inclusive_lint.engine import prefilter
from inclusive_lint.engine.prefilter import fold, literal_prefixes, scan

HERE = Path(__file__).resolve().parent
RULES = build_settings().ruleset
REGEXES = [rx for rid in RULES.regexes.sources for rx in RULES.regexes[rid]]


def _texts():
    out = []
    for path in sorted((HERE / "data").glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        cases = data.get("cases", []) if isinstance(data, dict) else data
        for case in cases or ():
            if isinstance(case, dict) and isinstance(case.get("text"), str):
                out.append(re.sub(r"\[\[|\]\]|\{\{|\}\}", "", case["text"]))
    return out


def _spans(matches):
    return [(m.start(), m.end(), m.group(0)) for m in matches]


@pytest.mark.parametrize("sparse", [0, 10 ** 9])        # always at the prefixes; never
def test_same_matches_as_finditer_on_the_case_sets(monkeypatch, sparse):
    monkeypatch.setattr(prefilter, "_SPARSE", sparse)
    texts = _texts()
    assert len(texts) > 1000
    joined = "\n\n".join(texts)         # one long text as well: many places per pattern
    checked = 0
    for rx in REGEXES:
        for text in texts[::7] + [joined]:
            expected = _spans(rx.finditer(text))
            assert _spans(scan(rx, text, fold(text))) == expected, (rx.pattern[:60], text[:80])
            checked += bool(expected)
    assert checked > 200


WORDS = ["his", "her", "He", "SHE", "or", "and", "/", "husband", "wife", "mr", "Mrs", "next", "of",
         "kin", "\u0130mmediate", "family", "close", "relative", "s", "(", ")", "chairman", "'s",
         "mother", "father", "the", "mx", ".", ",", "\n", "  "]


@hsettings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(words=st.lists(st.sampled_from(WORDS), max_size=40), sep=st.sampled_from([" ", "", "-"]),
       sparse=st.sampled_from([0, 16]))
def test_same_matches_as_finditer_on_word_soup(words, sep, sparse):
    text = sep.join(words)
    prefilter._SPARSE = sparse
    try:
        for rx in REGEXES:
            if literal_prefixes(rx.pattern, rx.flags) is not None:
                assert _spans(scan(rx, text, fold(text))) == _spans(rx.finditer(text)), (rx.pattern[:60], text)
    finally:
        prefilter._SPARSE = 16
