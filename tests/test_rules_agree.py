"""``inclusive-lint rules agree``: two reviewers' labels for the same cases, how far they agree,
and the case file of what they agree on."""
import json

import yaml

from inclusive_lint.case_agreement import agreed_text, agreement, paired
from inclusive_lint.labelled_cases import load_cases

FIRST = """\
cases:
- id: a
  source: https://example.org/a
  text: "Each patient must bring [[his]] card. Ask {{mums}} to wait."
- id: b
  text: "The chair signs the minutes."
- id: c
  text: "[[Next of kin]]: ______"
"""
# the second reviewer: the same texts (one with a trailing newline), other marks
SECOND = """\
cases:
- id: c
  text: "{{Next of kin}}: ______"
- id: a
  text: |
    Each patient must bring [[his]] card. Ask mums to wait.
- id: b
  text: "The [[chair]] signs the minutes."
"""


def _files(tmp_path, first=FIRST, second=SECOND):
    a, b = tmp_path / "first.yaml", tmp_path / "second.yaml"
    a.write_text(first, encoding="utf-8")
    b.write_text(second, encoding="utf-8")
    return a, b


def test_each_labelling_is_scored_against_the_other_like_findings(tmp_path):
    a, b = _files(tmp_path)
    pairs = paired(load_cases(a), load_cases(b))
    only = agreement(pairs)
    # "his" found, "chair" marked where the first reviewer marked nothing, "Next of kin" only {{ }}
    assert (only.tp, only.fp, only.fn, only.precision, only.recall) == (1, 1, 1, 0.5, 0.5)
    loose = agreement(pairs, with_may=True)
    assert (loose.tp, loose.fp, loose.fn, loose.recall) == (2, 1, 0, 1.0)
    back = agreement([(y, x) for x, y in pairs])
    # the first reviewer's "Next of kin" falls on the second's {{ }}: neither found nor a false alarm
    assert (back.tp, back.fp, back.fn, back.precision, back.recall) == (1, 0, 1, 1.0, 0.5)


def test_the_agreed_labels_keep_only_what_both_want_raised(tmp_path):
    a, b = _files(tmp_path)
    got = {x.id: agreed_text(x, y) for x, y in paired(load_cases(a), load_cases(b))}
    assert got == {"a": "Each patient must bring [[his]] card. Ask {{mums}} to wait.",
                   "b": "The {{chair}} signs the minutes.",
                   "c": "{{Next of kin}}: ______"}


def test_overlapping_marks_of_the_two_reviewers_merge_into_one_span(tmp_path):
    a, b = _files(tmp_path, 'cases:\n- id: x\n  text: "Ask [[your husband or]] wife."\n',
                  'cases:\n- id: x\n  text: "Ask your {{husband or wife}}."\n')
    (x, y), = paired(load_cases(a), load_cases(b))
    assert agreed_text(x, y) == "Ask {{your husband or wife}}."


def test_the_command_prints_both_directions_and_writes_the_agreed_file(tmp_path, cli):
    a, b = _files(tmp_path)
    out = tmp_path / "agreed.yaml"
    r = cli("rules", "agree", a, b, "--write-agreed", out)
    assert r.returncode == 0, r.stderr
    assert "3 cases" in r.stdout
    assert "second judged against first, [[ ]] only: precision 0.500  recall 0.500  (tp=1 fp=1 fn=1)" in r.stdout
    assert "first judged against second, [[ ]] only: precision 1.000  recall 0.500  (tp=1 fp=0 fn=1)" in r.stdout
    written = yaml.safe_load(out.read_text(encoding="utf-8"))["cases"]
    assert [c["id"] for c in written] == ["a", "b", "c"]
    assert written[0]["source"] == "https://example.org/a"          # the first file's other keys stay
    # the agreed file is itself a case file that rules test can score
    r = cli("rules", "test", out, "--no-config", "--select", "PRN")
    assert r.returncode == 0, r.stderr
    assert "recall 1.000" in r.stdout
    r = cli("rules", "agree", a, b, "--json")
    body = json.loads(r.stdout)
    assert body["cases"] == 3 and body["scores"][1]["recall"] == 1.0


def test_labellings_of_different_cases_or_texts_are_a_one_line_error(tmp_path, cli):
    a, b = _files(tmp_path, second='cases:\n- id: a\n  text: "Each patient must bring his card."\n')
    r = cli("rules", "agree", a, b)
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert r.stderr.strip().count("\n") == 0 and "missing from" in r.stderr
    a, b = _files(tmp_path, second=FIRST.replace("signs the minutes", "signed the minutes"))
    r = cli("rules", "agree", a, b)
    assert r.returncode == 2 and "case b: the text differs" in r.stderr
    r = cli("rules", "agree", a, tmp_path / "nowhere.yaml")
    assert r.returncode == 2 and "no such case file" in r.stderr
