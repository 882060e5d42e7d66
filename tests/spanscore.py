"""Span precision and recall of the linter on a labelled case file, in process.

The case format is the one of ../shared/eval: [[must]] be flagged, {{may}} be flagged,
unmarked text must not be flagged. A finding overlapping a [[ ]] span is a hit; one overlapping
only unmarked text is a false alarm; a [[ ]] span no finding overlaps is a miss. Kept here so
the quality tests need nothing outside the project.
"""
import re
from dataclasses import dataclass, field

import yaml

MARKS = re.compile(r"\[\[(.+?)\]\]|\{\{(.+?)\}\}", re.S)


def parse(text: str):
    """(plain text, must spans, may spans)."""
    out, must, may, pos, plain = [], [], [], 0, 0
    for m in MARKS.finditer(text):
        out.append(text[pos:m.start()])
        plain += m.start() - pos
        inner = m.group(1) if m.group(1) is not None else m.group(2)
        (must if m.group(1) is not None else may).append((plain, plain + len(inner)))
        out.append(inner)
        plain += len(inner)
        pos = m.end()
    out.append(text[pos:])
    return "".join(out), must, may


def _span(finding, text):
    loc = finding.location
    starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
    s = starts[loc.line - 1] + loc.column - 1
    e = starts[(loc.end_line or loc.line) - 1] + (loc.end_column or loc.column + 1) - 1
    return s, max(e, s + 1)


def _overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list = field(default_factory=list)
    alarms: list = field(default_factory=list)     # (case id, text, rule id, severity)

    @property
    def precision(self):
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self):
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def load(path):
    data = yaml.safe_load(open(path, encoding="utf-8"))
    return data["cases"] if isinstance(data, dict) else data


def score(cases, lint) -> Score:
    """Score ``lint(text) -> findings`` over the labelled cases."""
    result = Score()
    for case in cases:
        plain, must, may = parse(str(case["text"]))
        findings = lint(plain)
        spans = [_span(f, plain) for f in findings]
        for f, sp in zip(findings, spans):
            if any(_overlaps(sp, m) for m in must):
                result.tp += 1
            elif not any(_overlaps(sp, m) for m in may):
                result.fp += 1
                result.alarms.append((case["id"], plain[sp[0]:sp[1]], f.rule_id, f.severity))
        for m in must:
            if not any(_overlaps(sp, m) for sp in spans):
                result.fn += 1
                result.misses.append((case["id"], plain[m[0]:m[1]]))
    return result
