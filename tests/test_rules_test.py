"""``inclusive-lint rules test``: span scoring of labelled cases, on the shipped packs and on a
user's own pack and case file."""
import json

import pytest

from inclusive_lint.labelled_cases import CaseFileError, load_cases, parse_marked

ORG_PACK = """\
pack: org-words
version: "1.0.0"
description: House terms of one organisation.
rules:
  - id: ORG-001
    name: bed-blocker
    severity: warning
    message: "'Bed blocker' blames the patient for a delayed discharge."
    rationale: The delay belongs to the system, not to the person.
    framework: ["2.3"]
    characteristics: [age, disability]
    match:
      regex:
        - '\\b(?P<hit>bed[\\s-]blockers?)\\b'
      keywords: [bed]
    suggestions: ["patient whose discharge is delayed"]
    link: https://example.org/house-style
    examples:
      flag: ["Two [[bed blockers]] are waiting for care packages."]
      pass: ["Two patients are waiting for care packages."]
"""

ORG_CASES = """\
- id: use
  text: "The [[bed blocker]] in bay 4 is still waiting for a care package."
- id: clean
  text: "The discharge team meets every morning about delayed discharges."
- id: doc-flag
  expect: flag
  text: "We had three bed-blockers on the ward this week."
- id: doc-pass
  expect: pass
  text: "Three people on the ward are waiting for care packages."
"""


def test_markers_become_spans_in_the_plain_text():
    plain, must, may = parse_marked("Ask [[his]] manager or {{the chairman}}.\nThen [[he]] signs.")
    assert plain == "Ask his manager or the chairman.\nThen he signs."
    assert [plain[s:e] for s, e in must] == ["his", "he"]
    assert [plain[s:e] for s, e in may] == ["the chairman"]


@pytest.mark.parametrize("body, reason", [
    ("cases: [", "not valid YAML (line 1)"),
    ("just a string\n", "expected a list of cases"),
    ("- text: no id here\n", "case 1: no 'id'"),
    ("- id: a\n  text: 3\n", "case a: 'text' must be a string"),
    ("- id: a\n  text: 'an [[open marker'\n", "case a: unbalanced, nested or empty marker '[['"),
    ("- id: a\n  text: 'a [[[[nested]]]] one'\n", "case a: unbalanced"),
    ("- id: a\n  expect: maybe\n  text: x\n", "case a: 'expect' must be 'flag' or 'pass'"),
])
def test_bad_case_files_give_a_reason(tmp_path, body, reason):
    path = tmp_path / "cases.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(CaseFileError) as err:
        load_cases(path)
    assert str(err.value).startswith(str(path)) and reason in str(err.value), str(err.value)


def test_span_figures_misses_and_false_alarms_by_severity(cli, tmp_path):
    (tmp_path / "cases.yaml").write_text(
        "cases:\n"
        "- id: hit\n  text: 'Each applicant attaches [[his]] payslip.'\n"          # tp
        "- id: miss\n  text: 'The [[blue forms]] go to the office.'\n"             # fn: no rule for it
        "- id: alarm\n  text: 'Each applicant attaches his payslip.'\n"            # fp (warning)
        "- id: maybe\n  text: 'Each applicant attaches {{his}} payslip.'\n",       # not counted
        encoding="utf-8")
    res = cli("rules", "test", "cases.yaml", "--no-config", "--json", cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    total = json.loads(res.stdout)["total"]
    assert total["span"] == {"tp": 1, "fp": 1, "fn": 1, "precision": 0.5, "recall": 0.5}
    assert total["false_alarms_by_severity"]["warning"] == 1
    assert total["misses"] == [{"case": "miss", "text": "blue forms"}]
    assert [(a["case"], a["text"]) for a in total["false_alarms"]] == [("alarm", "his")]
    shown = cli("rules", "test", "cases.yaml", "--no-config", "--show", cwd=tmp_path)
    assert "span:     precision 0.500  recall 0.500  (tp=1 fp=1 fn=1)" in shown.stdout
    assert "MISS   miss: 'blue forms'" in shown.stdout
    assert "ALARM  alarm: 'his' (PRN-001, warning)" in shown.stdout
    assert "false alarms by severity: error 0, warning 1, info 0" in shown.stdout
    low = cli("rules", "test", "cases.yaml", "--no-config", "--min-precision", "0.6", cwd=tmp_path)
    assert low.returncode == 1 and "span precision 0.500 < 0.6" in low.stderr
    only_errors = cli("rules", "test", "cases.yaml", "--no-config", "--min-severity", "error", "--json",
                      cwd=tmp_path)
    assert json.loads(only_errors.stdout)["total"]["span"]["tp"] == 0     # PRN-001 is a warning


def test_a_users_own_pack_and_case_file(cli, tmp_path):
    (tmp_path / "org.yaml").write_text(ORG_PACK, encoding="utf-8")
    (tmp_path / "cases.yaml").write_text(ORG_CASES, encoding="utf-8")
    without = cli("rules", "test", "cases.yaml", "--no-config", "--min-recall", "1", cwd=tmp_path)
    assert without.returncode == 1 and "MISS" not in without.stdout
    assert "span:     precision n/a  recall 0.000  (tp=0 fp=0 fn=1)" in without.stdout
    res = cli("rules", "test", "cases.yaml", "--pack", "org.yaml", "--no-config",
              "--min-precision", "1", "--min-recall", "1", "--show", cwd=tmp_path)
    assert res.returncode == 0, res.stdout + res.stderr
    assert "span:     precision 1.000  recall 1.000  (tp=1 fp=0 fn=0)" in res.stdout
    assert "document: precision 1.000  recall 1.000  (tp=1 fp=0 fn=0 tn=1)" in res.stdout
    assert "MISS" not in res.stdout and "ALARM" not in res.stdout
    # the pack can also come from the project's config file, and --select narrows to it
    (tmp_path / ".inclusive-lint.yaml").write_text("packs: [org.yaml]\n", encoding="utf-8")
    res = cli("rules", "test", "cases.yaml", "--select", "ORG", "--json", cwd=tmp_path)
    assert json.loads(res.stdout)["total"]["span"]["tp"] == 1


def test_several_files_a_total_and_clear_errors(cli, tmp_path):
    (tmp_path / "a.yaml").write_text("- id: a\n  text: 'Ask [[his or her]] manager.'\n", encoding="utf-8")
    (tmp_path / "b.yaml").write_text("- id: a\n  text: 'Ask their manager.'\n"
                                     "- id: a\n  text: 'Ask the manager.'\n", encoding="utf-8")
    res = cli("rules", "test", "a.yaml", "b.yaml", "--no-config", cwd=tmp_path)
    assert res.returncode == 0
    assert "a.yaml: 1 cases" in res.stdout and "b.yaml: 2 cases" in res.stdout and "total: 3 cases" in res.stdout
    assert "b.yaml: ids used by more than one case" in res.stderr     # both still scored
    for args, words in ((["missing.yaml"], "missing.yaml: no such case file"),
                        (["a.yaml", "--pack", "nope.yaml"], "nope.yaml: rule pack not found")):
        bad = cli("rules", "test", *args, "--no-config", cwd=tmp_path)
        assert bad.returncode == 2 and words in bad.stderr and "Traceback" not in bad.stderr
        assert len(bad.stderr.strip().splitlines()) == 1
