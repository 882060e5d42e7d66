"""The engine's shortcuts change no finding: the literal-prefix prefilter never skips a pattern
that could match, condition results are reused only when they read nothing of the match, and
block results kept by text give the same findings as a fresh analysis."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings as hsettings, strategies as st

from inclusive_lint.api import build_settings, lint_text
from inclusive_lint.conditions import registry
from inclusive_lint.engine import condmemo
from inclusive_lint.engine.prefilter import fold, literal_prefixes, may_match

HERE = Path(__file__).resolve().parent
SETTINGS = build_settings()
RULES = SETTINGS.ruleset


def _all_regexes():
    return [rx for rid in RULES.regexes.sources for rx in RULES.regexes[rid]]


def _case_texts():
    out = []
    for name in ("language-cases.yaml", "assumption-cases.yaml", "review-cases.yaml"):
        data = yaml.safe_load((HERE / "data" / name).read_text(encoding="utf-8"))
        for case in data.get("cases", data) if isinstance(data, dict) else data:
            if isinstance(case, dict) and isinstance(case.get("text"), str):
                out.append(re.sub(r"\[\[|\]\]|\{\{|\}\}", "", case["text"]))
    return out


def test_prefixes_of_simple_patterns():
    assert literal_prefixes(r"\bfor\s+ease") == ["for "]                    # \s read as a space
    assert literal_prefixes(r"\b(?:close|near)\s") == ["close ", "near "]
    assert literal_prefixes(r"\b(?:a|close)") is None          # too short to test
    assert literal_prefixes(r"[a-z]+ing") is None
    assert literal_prefixes(r"(?<![\w/])(?P<hit>he|she)\b") == ["he", "she"]


def test_most_rule_patterns_have_a_prefix():
    regexes = _all_regexes()
    assert sum(literal_prefixes(rx.pattern, rx.flags) is not None for rx in regexes) > len(regexes) / 2


def test_prefilter_never_skips_a_pattern_that_matches_the_case_sets():
    texts = _case_texts()
    assert len(texts) > 100
    for rx in _all_regexes():
        for text in texts:
            if rx.search(text):
                assert may_match(rx, fold(text)), (rx.pattern[:60], text)


@pytest.mark.parametrize("text", ["\u0130mmediate family", "Clo\u017fe relatives", "\u212aNOWN AS",
                                  "HIS OR HER", "Immedıate family"])
def test_prefilter_follows_re_ignorecase_on_odd_letters(text):
    for pattern in (r"\bimmediate\s", r"\bclose\s", r"\bknown\sas", r"\bhis\sor\sher", r"\bimmediate\sfamily"):
        rx = re.compile(pattern, re.I)
        if rx.search(text):
            assert may_match(rx, fold(text))


@hsettings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet="hesiorcldnmaı\u0130\u017f\u212a -/", max_size=40))
def test_prefilter_sound_on_random_text(text):
    for rx in _all_regexes():
        if rx.search(text):
            assert may_match(rx, fold(text))


def test_paragraph_condition_asked_once_per_piece_and_match_condition_every_time(monkeypatch):
    conds = registry()
    calls = {"para": 0, "match": 0}

    def para(ctx):
        calls["para"] += 1
        return "pregnan" in ctx.text

    def match(ctx):
        calls["match"] += 1
        return ctx.match_text.islower()

    class Rule:
        id = "X-1"

    memo: dict = {}
    for start in range(0, 40, 4):
        ctx = condmemo.TrackedContext(text="he he he he he he he he he he he", start=start, end=start + 2,
                                      sent_start=0, sent_end=31, prev_start=0, block=None, document=None,
                                      doc_cache={}, rule=Rule())
        assert condmemo.check("para", para, ctx, memo) is False
        assert condmemo.check("match", match, ctx, memo) is (start < 31)
    assert calls == {"para": 1, "match": 10}
    assert conds        # the registry itself is untouched


def test_long_one_line_paragraph_asks_paragraph_conditions_once_per_piece(monkeypatch):
    from inclusive_lint.conditions import next_of_kin

    seen = []
    real = next_of_kin.nok_explained

    def counting(ctx):
        seen.append(1)         # (reading ctx.start here would make every answer match-specific)
        return real(ctx)

    counting.condition_name = real.condition_name
    monkeypatch.setitem(registry(), "nok-explained", counting)
    text = "Please give the name of your next of kin here. " * 2000    # one 96 KB line
    findings = lint_text(text, "long.txt", settings=SETTINGS)
    noks = [f for f in findings if f.text.lower() == "next of kin"]
    assert noks
    # a paragraph-wide answer: asked once per piece, not once per "next of kin"
    assert 0 < len(seen) < len(noks) / 50


def test_kept_block_results_give_identical_findings_after_an_edit():
    paras = [f"Paragraph {i}: the employee must tell his manager and give next of kin details." for i in range(30)]
    first = lint_text("\n\n".join(paras), "doc.md", settings=SETTINGS)
    paras[7] = "Paragraph 7: the employee must tell their manager."
    edited = "\n\n".join(paras)
    again = lint_text(edited, "doc.md", settings=SETTINGS)
    fresh = lint_text(edited, "doc.md", settings=build_settings())     # a new rule set: nothing kept
    key = lambda fs: [(f.rule_id, f.location.line, f.context_span, f.fingerprint) for f in fs]  # noqa: E731
    assert key(again) == key(fresh)
    assert len(again) < len(first)


def test_kept_block_results_are_bounded_by_characters():
    from inclusive_lint.engine.piececache import PieceCache

    cache = PieceCache(limit=100)
    for i in range(10):
        cache.put(("paragraph", f"{i:02d}" + "x" * 28), i)          # 30 characters each
    assert cache.chars <= 100 and len(cache.entries) == 3
    assert cache.get(("paragraph", "09" + "x" * 28)) == 9
    assert cache.get(("paragraph", "00" + "x" * 28)) is cache        # the oldest went first
    cache.put(("paragraph", "09" + "x" * 28), 9)                      # kept again: not counted twice
    assert cache.chars == 90
