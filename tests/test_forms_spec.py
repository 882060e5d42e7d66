"""The question sub-schema of rule packs: clear errors naming file, rule and key."""
import pytest
import yaml

from inclusive_lint.packs.schema import PackError, validate_pack


def pack(question, **extra):
    rule = {"id": "ABC-001", "name": "x", "severity": "warning", "message": "m {problems}", "rationale": "r",
            "framework": ["3.2"], "characteristics": ["sex"], "suggestions": ["s"],
            "link": "https://example.org", "examples": {"flag": ["a"], "pass": ["b"]},
            "match": {"question": question, **extra}}
    return {"pack": "p", "rules": [rule]}


def check(question, **extra):
    from inclusive_lint.conditions import registry
    validate_pack(pack(question, **extra), "p.yaml", registry())


def test_a_valid_question_rule_passes():
    check({"label": [r"\btitle\b"], "options_like": {"any": ["mr", "mrs"], "at_least": 2},
           "problems": [{"lacks": ["mx"], "unless": ["free_text"], "says": "no Mx"},
                        {"lacks": ["partner"], "when": ["wife"], "says": "no partner"}]})


@pytest.mark.parametrize("question,key,words", [
    ({"labels": ["x"]}, "match.question.labels", "did you mean 'label'"),
    ({"label": ["("]}, "match.question.label", "does not compile"),
    ({"only_options": ["m"]}, "match.question", "needs 'label' or 'options_like'"),
    ({"label": ["x"], "unless": ["opt-out"]}, "match.question.unless", "free_text"),
    ({"label": ["x"], "options_like": {"any": ["a"], "at_least": 0}}, "match.question.options_like.at_least", "positive"),
    ({"label": ["x"], "problems": [{"lacks": ["a"]}]}, "match.question.problems[0].says", "must say"),
    ({"label": ["x"], "problems": [{"lacks": ["a"], "has": ["b"], "says": "s"}]}, "match.question.problems[0]", "exactly one"),
    ({"label": ["x"], "min_options": -1}, "match.question.min_options", "0 or more"),
    ("title", "match.question", "must be a mapping"),
])
def test_bad_question_rules_are_clear_errors(question, key, words):
    with pytest.raises(PackError) as err:
        check(question)
    msg = str(err.value)
    assert msg.startswith("p.yaml: rule ABC-001: key '" + key + "'"), msg
    assert words in msg


def test_question_rules_cannot_also_match_text():
    with pytest.raises(PackError, match="cannot also have phrases"):
        check({"label": ["x"]}, phrases=["x"])


def test_forms_pack_question_rules_are_routed_to_form_analysis(settings):
    ids = {r.id for r in settings.ruleset.question_rules}
    assert {"FRM-001", "FRM-003", "FRM-004", "FRM-008", "FRM-009", "FRM-010", "FRM-011", "FRM-012",
            "FRM-015", "FRM-002"} <= ids
    assert not any("question" in settings.ruleset.by_id[r].match for r in settings.ruleset.keyword_index.get("title", []))


def test_forms_pack_messages_have_no_placeholders_and_only_says_may_name_the_option():
    import re
    from inclusive_lint.packs.loader import builtin_rules_dir
    rules = [r for f in sorted((builtin_rules_dir() / "forms").glob("*.yaml"))
             for r in yaml.safe_load(f.read_text())["rules"]]
    assert rules
    for rule in rules:
        assert not re.findall(r"\{(\w+)\}", rule["message"]), rule["id"]
        for p in rule["match"].get("question", {}).get("problems", []):
            assert set(re.findall(r"\{(\w+)\}", p["says"])) <= {"option"}, rule["id"]


def test_a_failing_detector_is_a_notice_not_a_file_error(monkeypatch, settings):
    from inclusive_lint.api import lint_file
    from inclusive_lint.forms import detect_tables

    def broken(document):
        raise ValueError("boom")
    monkeypatch.setattr(detect_tables, "detect", broken)
    result = lint_file("f.txt", settings, data=b"Title: Mr / Mrs / Miss / Ms\n", display_path="f.txt")
    assert result.errors == []
    assert [f.rule_id for f in result.findings] == ["FRM-004"]
    assert any(n.code == "forms-skipped" for n in result.notices)
