"""JSON output: the versioned machine contract (schema in ../schemas/report.schema.json)."""
from __future__ import annotations

import json

from .. import __version__
from .outcome import result, tally

SCHEMA_VERSION = "1"


def report_dict(report, ctx: dict) -> dict:
    files = []
    counts = {"error": 0, "warning": 0, "info": 0}
    waived = 0
    for r in report.files:
        for f in r.findings:
            if f.waived:
                waived += 1
            else:
                counts[f.severity] += 1
        files.append({
            "path": r.path,
            "format": r.format,
            "status": r.status,
            "findings": [dict(f.to_dict(), path=r.path) for f in r.findings],
            "errors": [e.to_dict() for e in r.errors],
            "notices": [n.to_dict() for n in r.notices],
            "suppressed": [dict(f.to_dict(), reason=reason) for f, reason in r.suppressed],
        })
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "inclusive-lint", "version": __version__},
        "packs": [{"name": n, "version": v} for n, v in report.packs],
        "files": files,
        "warnings": list(report.warnings),
        "summary": {
            "files": len(report.files),
            "files_with_errors": sum(1 for r in report.files if r.errors),
            "findings": sum(counts.values()),
            "by_severity": counts,
            "waived": waived,
            "suppressed": sum(len(r.suppressed) for r in report.files),
            "exit_code": report.exit_code(),
            **_outcome(report),
        },
    }


def render(report, ctx: dict) -> str:
    return json.dumps(report_dict(report, ctx), indent=2, ensure_ascii=False) + "\n"


def _outcome(report) -> dict:
    """The run's result and document counts (pass, fail, incomplete, incomplete-accepted)."""
    t = tally(report)
    key, sentence = result(report)
    return {"result": key, "result_text": sentence, "checked": t["checked"],
            "not_read": t["not_read"], "not_fully_checked": t["not_checked"],
            "allow_incomplete": report.allow_incomplete}
