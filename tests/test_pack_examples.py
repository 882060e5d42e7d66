"""Every rule's own examples run as tests, with positions asserted."""
import pytest

from inclusive_lint.packs.loader import load_packs

from marks import span_of, unmark

RULES = [r for p in load_packs() for r in p.rules]


def _cases(kind):
    for rule in RULES:
        for i, ex in enumerate(rule.examples.get(kind, [])):
            yield pytest.param(rule, ex, id=f"{rule.id}-{kind}-{i + 1}")


@pytest.mark.parametrize("rule,example", list(_cases("flag")))
def test_flag_example_is_flagged_at_marked_span(rule, example, lint):
    text, spans = unmark(example)
    hits = [f for f in lint(text) if f.rule_id == rule.id]
    assert hits, f"{rule.id} did not flag: {text!r}"
    if spans:
        got = sorted(span_of(f, text) for f in hits)
        assert got == sorted(spans), f"{rule.id} flagged {[text[a:b] for a, b in got]} in {text!r}"


@pytest.mark.parametrize("rule,example", list(_cases("pass")))
def test_pass_example_is_not_flagged(rule, example, lint):
    text, _ = unmark(example)
    hits = [f for f in lint(text) if f.rule_id == rule.id]
    assert not hits, f"{rule.id} flagged {[f.text for f in hits]} in {text!r}"
