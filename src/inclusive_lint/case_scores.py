"""Score the loaded rule packs on span-labelled cases (``labelled_cases``), in this process.

Each case is linted as its own ``.txt`` document with the library API, exactly as the command
line would lint a file holding the case's plain text. A finding that overlaps a ``[[ ]]`` span
is a true positive; one that overlaps only ``{{ }}`` spans is not counted; any other finding is a
false alarm; a ``[[ ]]`` span no finding overlaps is a miss. Document-level cases
(``expect: flag|pass``) count as found or not found.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .labelled_cases import overlaps
from .model import SEVERITY_RANK, LineIndex

SAFE_NAME = re.compile(r"[^A-Za-z0-9_.-]")


@dataclass
class Scores:
    cases: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    doc_tp: int = 0
    doc_fp: int = 0
    doc_fn: int = 0
    doc_tn: int = 0
    alarms_by_severity: dict = field(default_factory=lambda: {s: 0 for s in SEVERITY_RANK})
    misses: list = field(default_factory=list)      # (case id, text)
    alarms: list = field(default_factory=list)      # (case id, text, rule id, severity)
    errors: list = field(default_factory=list)      # (case id, message): a case that could not be linted

    @staticmethod
    def _ratio(a, b):
        return round(a / b, 3) if b else None

    @property
    def precision(self):
        return self._ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self):
        return self._ratio(self.tp, self.tp + self.fn)

    @property
    def doc_precision(self):
        return self._ratio(self.doc_tp, self.doc_tp + self.doc_fp)

    @property
    def doc_recall(self):
        return self._ratio(self.doc_tp, self.doc_tp + self.doc_fn)

    def add(self, other: "Scores") -> None:
        for key in ("cases", "tp", "fp", "fn", "doc_tp", "doc_fp", "doc_fn", "doc_tn"):
            setattr(self, key, getattr(self, key) + getattr(other, key))
        for sev, n in other.alarms_by_severity.items():
            self.alarms_by_severity[sev] = self.alarms_by_severity.get(sev, 0) + n
        self.misses += other.misses
        self.alarms += other.alarms
        self.errors += other.errors

    def to_dict(self) -> dict:
        return {
            "cases": self.cases,
            "span": {"tp": self.tp, "fp": self.fp, "fn": self.fn,
                     "precision": self.precision, "recall": self.recall},
            "document": {"tp": self.doc_tp, "fp": self.doc_fp, "fn": self.doc_fn, "tn": self.doc_tn,
                         "precision": self.doc_precision, "recall": self.doc_recall},
            "false_alarms_by_severity": dict(self.alarms_by_severity),
            "misses": [{"case": c, "text": t} for c, t in self.misses],
            "false_alarms": [{"case": c, "text": t, "rule": r, "severity": s} for c, t, r, s in self.alarms],
            "errors": [{"case": c, "message": m} for c, m in self.errors],
        }


def case_filename(case_id: str) -> str:
    return SAFE_NAME.sub("_", case_id) + ".txt"


def finding_span(finding, index: LineIndex):
    """(start, end) offsets of a text finding in its document, or None without a line."""
    loc = finding.location
    if loc.line is None or loc.column is None:
        return None
    starts = index.starts

    def offset(line, col):
        line = max(1, min(int(line), len(starts)))
        return starts[line - 1] + max(0, int(col) - 1)

    start = offset(loc.line, loc.column)
    end = offset(loc.end_line or loc.line, loc.end_column) if loc.end_column is not None else start + 1
    return start, max(end, start + 1)


def score_cases(cases, settings, min_severity: str = "info") -> Scores:
    """Lint every case with ``settings`` and score the findings at or above ``min_severity``."""
    from .api import lint_file
    from .filter import finish_report
    from .model import Report

    floor = SEVERITY_RANK[min_severity]
    report = Report()
    for case in cases:
        name = case_filename(case.id)
        report.files.append(lint_file(name, settings, data=case.text.encode("utf-8"), display_path=name))
    finish_report(report, settings)        # waivers, as a lint run applies them
    scores = Scores(cases=len(cases))
    for case, result in zip(cases, report.files):
        if result.errors:
            scores.errors.append((case.id, result.errors[0].message))
            continue
        index = LineIndex(case.text)
        spans = [(sp, f) for f in result.findings
                 if SEVERITY_RANK.get(f.severity, 1) >= floor
                 for sp in [finding_span(f, index)] if sp is not None]
        _score_one(case, spans, scores)
    return scores


def _score_one(case, spans, scores: Scores) -> None:
    if case.expect in ("flag", "pass") and not case.must:
        found = bool(spans)
        if case.expect == "flag":
            scores.doc_tp += found
            scores.doc_fn += not found
            if not found:
                scores.misses.append((case.id, case.text.strip()[:160]))
        else:
            scores.doc_fp += found
            scores.doc_tn += not found
            for sp, f in spans:
                _alarm(scores, case, sp, f)
        return
    for m in case.must:
        if any(overlaps(m, sp) for sp, _ in spans):
            scores.tp += 1
        else:
            scores.fn += 1
            scores.misses.append((case.id, case.text[m[0]:m[1]]))
    for sp, f in spans:
        if any(overlaps(sp, m) for m in case.must) or any(overlaps(sp, m) for m in case.may):
            continue
        scores.fp += 1
        _alarm(scores, case, sp, f)


def _alarm(scores: Scores, case, sp, f) -> None:
    scores.alarms.append((case.id, case.text[sp[0]:sp[1]], f.rule_id, f.severity))
    scores.alarms_by_severity[f.severity] = scores.alarms_by_severity.get(f.severity, 0) + 1
