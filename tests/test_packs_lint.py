"""Lint the rule packs themselves (codespell-style dictionary checks)."""
import re

import pytest

from inclusive_lint.packs.loader import builtin_rules_dir, load_packs

PACKS = load_packs()
RULES = [r for p in PACKS for r in p.rules]


def test_ids_are_unique_and_well_formed():
    ids = [r.id for r in RULES]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[A-Z]{2,5}-\d{3}", i) for i in ids)


def test_every_pack_is_a_file_in_rules_folder():
    names = {p.name for p in PACKS}
    files = {f.stem for f in builtin_rules_dir().glob("*.yaml")}
    assert names == files


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_metadata(rule):
    assert rule.link.startswith("https://")
    assert len(rule.examples.get("flag", [])) >= 2, "needs two flag examples"
    assert len(rule.examples.get("pass", [])) >= 2, "needs two pass examples"
    assert rule.message and rule.rationale and rule.framework and rule.characteristics


@pytest.mark.parametrize("rule", [r for r in RULES if r.suggestions], ids=lambda r: r.id)
def test_suggestions_are_not_themselves_flagged(rule, lint):
    for s in rule.suggestions:
        hits = [f for f in lint(s) if f.rule_id != "FAM-001" or "next of kin" not in s.lower()]
        assert not hits, f"suggestion {s!r} of {rule.id} is flagged by {[f.rule_id for f in hits]}"


@pytest.mark.parametrize("rule", [r for r in RULES if r.fix == "safe"], ids=lambda r: r.id)
def test_safe_fix_has_one_suggestion(rule):
    assert len(rule.suggestions) == 1
