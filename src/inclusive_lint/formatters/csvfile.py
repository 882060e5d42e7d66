"""A tracker spreadsheet: one row per finding (open, waived or suppressed), for teams following
a review of many policies. UTF-8 with a byte-order mark so that Excel reads the accents and
dashes right; every cell that a spreadsheet would take as a formula is neutralised."""
from __future__ import annotations

import csv
import io

from . import evidence as ev

LOCATION_FIELDS = ("page", "part", "paragraph", "heading", "table", "row", "cell", "line", "column")
COLUMNS = ("path", "format", "location") + LOCATION_FIELDS + (
    "rule_id", "rule_name", "severity", "framework", "characteristics", "flagged_text", "sentence",
    "suggestion", "status", "reason", "fingerprint")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")


def safe_cell(value) -> str:
    """Text a spreadsheet shows as text: a leading =, +, -, @, tab or newline gets a ' in front,
    so a sentence such as ``=HYPERLINK(...)`` from a document never runs as a formula."""
    text = "" if value is None else str(value)
    text = text.encode("utf-8", "replace").decode("utf-8")   # lone surrogates from odd file names
    return "'" + text if text.startswith(FORMULA_START) else text


def rows(report, ctx: dict):
    """Each finding as a dict keyed by COLUMNS (plus ``change`` with --compare)."""
    comparison = ctx.get("compare")
    for r in report.files:
        entries = [(f, "waived" if f.waived else "open", f.waiver_reason if f.waived else "")
                   for f in r.findings]
        entries += [(f, "suppressed", reason) for f, reason in r.suppressed]
        for f, status, reason in entries:
            loc = f.location
            row = {"path": r.path, "format": r.format, "location": ev.describe(loc)}
            for key in LOCATION_FIELDS:
                value = getattr(loc, key)
                row[key] = "" if value is None else value
            row.update({
                "rule_id": f.rule_id, "rule_name": f.rule_name, "severity": f.severity,
                "framework": "; ".join(f.framework),
                "characteristics": "; ".join(ev.characteristic_label(c) for c in f.characteristics),
                "flagged_text": f.text, "sentence": f.context, "suggestion": "; ".join(f.suggestions),
                "status": status, "reason": reason, "fingerprint": f.fingerprint,
            })
            if comparison is not None:
                row["change"] = comparison.change(r.path, f) if status == "open" else ""
            yield row


def render(report, ctx: dict) -> str:
    columns = list(COLUMNS) + (["change"] if ctx.get("compare") is not None else [])
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows(report, ctx):
        writer.writerow([safe_cell(row[c]) for c in columns])
    return "\ufeff" + out.getvalue()
