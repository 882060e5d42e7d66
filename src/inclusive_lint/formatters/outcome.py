"""A run's result in words, the same in every format: pass, fail or incomplete, and the counts
of documents checked, not fully checked, not read and unreadable.

A document that could not be checked (scanned pages, an XFA form, a type discovery passed
over) makes the run *incomplete*: exit 2 unless ``allow-incomplete``, and never worded as a
plain pass even when accepted.
"""
from __future__ import annotations


def plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n} {word if n == 1 else (many or word + 's')}"


def tally(report) -> dict:
    """Documents by what happened to them (each document counted once)."""
    unreadable = sum(1 for r in report.files if r.errors)
    not_read = sum(1 for r in report.files if r.status == "not-read")
    partial = [r for r in report.incomplete() if r.status != "not-read"]
    return {"documents": len(report.files), "unreadable": unreadable, "not_read": not_read,
            "checked": len(report.files) - unreadable - not_read, "not_fully_checked": len(partial),
            "not_checked": [r.not_checked() for r in partial],
            "not_read_paths": [r.path for r in report.files if r.status == "not-read"]}


def counts_line(report) -> str:
    """ "5 documents checked, 1 not fully checked, 1 not read, 3 could not be read"."""
    t = tally(report)
    bits = [f"{plural(t['checked'], 'document')} checked"]
    if t["not_fully_checked"]:
        bits.append(f"{t['not_fully_checked']} not fully checked")
    if t["not_read"]:
        bits.append(f"{t['not_read']} not read")
    if t["unreadable"]:
        bits.append(f"{t['unreadable']} could not be read")
    return ", ".join(bits)


def result(report) -> tuple:
    """(key, sentence): key is pass, fail, incomplete or incomplete-accepted."""
    code = report.exit_code()
    t = tally(report)
    gaps = []
    if t["not_checked"]:
        gaps.append(f"{len(t['not_checked'])} not fully checked: " + "; ".join(t["not_checked"]))
    if t["not_read_paths"]:
        gaps.append(f"{len(t['not_read_paths'])} not read: " + ", ".join(t["not_read_paths"]))
    gaps = f"{plural(t['documents'], 'document')}, " + "; ".join(gaps) if gaps else ""
    if code == 2:
        why = []
        if t["unreadable"]:
            why.append(f"{plural(t['unreadable'], 'document')} could not be read")
        if gaps:
            why.append(gaps + " (accept with --allow-incomplete)")
        return "incomplete", "Incomplete: " + "; ".join(why or ["the run did not finish"]) + "."
    head = ("Fail: findings at or above the fail level" if code == 1
            else "Pass: nothing at or above the fail level")
    if gaps:
        return ("fail" if code == 1 else "incomplete-accepted"), f"{head} in what was checked; {gaps} (accepted)."
    return ("fail" if code == 1 else "pass"), head + "."


def summary(report) -> str:
    findings = [f for f in report.findings if not f.waived]
    counts = {s: sum(1 for f in findings if f.severity == s) for s in ("error", "warning", "info")}
    line = (f"{plural(len(findings), 'finding')} ({plural(counts['error'], 'error')}, "
            f"{plural(counts['warning'], 'warning')}, {counts['info']} info)")
    waived = sum(1 for f in report.findings if f.waived)
    if waived:
        line += f", {waived} waived"
    suppressed = sum(len(r.suppressed) for r in report.files)
    if suppressed:
        line += f", {suppressed} suppressed"
    return f"{line}; {counts_line(report)}"
