"""A run-on "sentence" (a flattened table, a file with no full stops) must not be searched again
whole for every pronoun in it: the pronoun conditions read a bounded stretch around each one, so the
work grows with the text, not with its square (a 51,000-character line of such text ran into the
two-minute time limit before)."""
from inclusive_lint.api import lint_text
from inclusive_lint.conditions import pronoun_chain, pronouns

RUN_ON = " ".join(["the nurse will ask his manager and each patient and her carer"] * 400)    # 25,600 characters


def test_pronoun_windows_stay_bounded_in_a_run_on_sentence(monkeypatch):
    windows, spans = [], []
    candidates, gendered = pronouns._window_candidates, pronoun_chain.gendered_by_text

    def counting_candidates(window):
        windows.append(len(window))
        return candidates(window)

    def counting_gendered(text, lo, hi, cand, pronoun):
        spans.append(hi - lo)
        return gendered(text, lo, hi, cand, pronoun)

    monkeypatch.setattr(pronouns, "_window_candidates", counting_candidates)
    monkeypatch.setattr(pronoun_chain, "gendered_by_text", counting_gendered)
    findings = lint_text(RUN_ON, filename="run-on.txt")
    assert len(findings) >= 300                      # the generic pronouns are still reported
    assert windows and max(windows) <= 3300, max(windows)
    assert spans and max(spans) <= 7300, max(spans)


def test_the_same_findings_in_an_ordinary_sentence():
    text = "The nurse will ask his manager, and each patient will see her carer."
    assert [(f.rule_id, f.text) for f in lint_text(text, filename="x.txt")] == [("PRN-001", "his"), ("PRN-007", "her")]
