"""Helpers for tests: [[span]] markup in example sentences."""
import re

MARK = re.compile(r"\[\[(.+?)\]\]", re.S)


def unmark(text: str):
    """Return (plain text, [(start, end)]) for [[marked]] spans."""
    out, spans, pos, plain = [], [], 0, 0
    for m in MARK.finditer(text):
        out.append(text[pos:m.start()])
        plain += m.start() - pos
        spans.append((plain, plain + len(m.group(1))))
        out.append(m.group(1))
        plain += len(m.group(1))
        pos = m.end()
    out.append(text[pos:])
    return "".join(out), spans


def span_of(finding, text: str):
    """(start, end) offsets of a single-line text finding."""
    loc = finding.location
    starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
    s = starts[loc.line - 1] + loc.column - 1
    e = starts[loc.end_line - 1] + loc.end_column - 1
    return s, e
