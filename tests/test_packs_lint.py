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


def test_every_pack_is_a_file_or_folder_in_rules_folder():
    """rules/NAME.yaml is pack NAME; rules/NAME/*.yaml are the theme files of pack NAME."""
    import yaml

    root = builtin_rules_dir()
    expected = {f.stem for f in root.glob("*.yaml")} | {d.name for d in root.iterdir() if d.is_dir()}
    assert {p.name for p in PACKS} == expected
    for folder in (d for d in root.iterdir() if d.is_dir()):
        for f in folder.glob("*.yaml"):
            assert yaml.safe_load(f.read_text())["pack"] == folder.name, f


def test_pack_files_are_small():
    for f in builtin_rules_dir().rglob("*.yaml"):
        assert len(f.read_text().splitlines()) <= 450, f


def test_theme_files_of_one_pack_must_agree_on_version(tmp_path):
    from inclusive_lint.packs.loader import load_packs
    from inclusive_lint.packs.schema import PackError

    src = (builtin_rules_dir() / "eia.yaml").read_text()
    (tmp_path / "mine").mkdir()
    a = src.replace("pack: eia", "pack: mine").replace("id: EIA-", "id: MYA-")
    (tmp_path / "mine" / "a.yaml").write_text(a)
    (tmp_path / "mine" / "b.yaml").write_text(a.replace("id: MYA-", "id: MYB-"))
    merged = [p for p in load_packs((str(tmp_path / "mine"),)) if p.name == "mine"]
    assert len(merged) == 1 and len(merged[0].rules) == 8 and len(merged[0].files) == 2
    (tmp_path / "mine" / "b.yaml").write_text(a.replace("id: MYA-", "id: MYB-").replace('version: "0.1.0"', 'version: "9"'))
    with pytest.raises(PackError, match="key 'version'"):
        load_packs((str(tmp_path / "mine"),))


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
