"""JSON output: the versioned machine contract (schema in ../schemas/report.schema.json)."""
from __future__ import annotations

import json

from .. import __version__

SCHEMA_VERSION = "1"


def report_dict(report, ctx: dict) -> dict:
    files = []
    comparison = ctx.get("compare")
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
            "findings": [_finding(r, f, comparison) for f in r.findings],
            "errors": [e.to_dict() for e in r.errors],
            "notices": [n.to_dict() for n in r.notices],
            "suppressed": [dict(f.to_dict(), reason=reason) for f, reason in r.suppressed],
        })
    out = {
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
        },
    }
    if comparison is not None:      # --compare: progress since the earlier report
        out["comparison"] = comparison.summary()
        out["resolved"] = comparison.resolved
    return out


def _finding(r, f, comparison) -> dict:
    out = dict(f.to_dict(), path=r.path)
    if comparison is not None:
        out["change"] = comparison.change(r.path, f)
    return out


def render(report, ctx: dict) -> str:
    return json.dumps(report_dict(report, ctx), indent=2, ensure_ascii=False) + "\n"
