"""JSON output: the versioned machine contract (schema in ../schemas/report.schema.json)."""
from __future__ import annotations

import json
from json import encoder as _json_encoder

from .. import __version__
from .outcome import result, tally

SCHEMA_VERSION = "1"


class _Findings(list):
    """A file's findings, turned into dicts one at a time as they are written (``render``), so a
    run with 300,000 findings never holds 300,000 dicts as well as their text."""

    def __init__(self, result, comparison):
        super().__init__(result.findings)
        self.result, self.comparison = result, comparison

    def dicts(self):
        for f in list.__iter__(self):
            yield _finding(self.result, f, self.comparison)


def report_dict(report, ctx: dict, lazy: bool = False) -> dict:
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
            "findings": _Findings(r, comparison) if lazy else [_finding(r, f, comparison) for f in r.findings],
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
            **_outcome(report),
        },
    }
    if comparison is not None:      # --compare: progress since the earlier report
        out["comparison"] = comparison.summary()
        out["resolved"] = comparison.resolved
    return out


def _finding(r, f, comparison) -> dict:
    out = f.to_dict()
    out["path"] = r.path
    if comparison is not None:
        out["change"] = comparison.change(r.path, f)
    return out


# Findings are written one to a line by the C encoder (json's indenting encoder is pure
# Python: about 5 s per 30,000 findings); the few levels above them are indented.
_COMPACT = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": ")).encode


def _not_json(value):
    raise TypeError(f"Object of type {value.__class__.__name__} is not JSON serializable")


if _json_encoder.c_make_encoder is not None:
    # the C encoder behind _COMPACT, made once: ``JSONEncoder.encode`` makes a new one for every
    # call (once per finding); the text is the same (no circular check: findings are trees)
    _C_COMPACT = _json_encoder.c_make_encoder(None, _not_json, _json_encoder.encode_basestring, None, ": ", ", ",
                                              False, False, True)

    def _COMPACT_ITEM(value) -> str:
        return "".join(_C_COMPACT(value, 0))
else:                       # no C accelerator in this Python
    _COMPACT_ITEM = _COMPACT
_PRETTY_DEPTH = 4          # report > files > file > findings > (one finding per line)


def _write(value, depth: int = 0):
    """The JSON text of ``value``, in pieces (a generator)."""
    if isinstance(value, _Findings):
        value = value.dicts() if value else []
        if not isinstance(value, list):
            yield from _write_items(value, depth)
            return
    if depth >= _PRETTY_DEPTH or not isinstance(value, (dict, list)) or not value:
        yield _COMPACT(value)
        return
    pad = "\n" + "  " * (depth + 1)
    opening, closing = ("{", "}") if isinstance(value, dict) else ("[", "]")
    yield opening
    items = value.items() if isinstance(value, dict) else ((None, v) for v in value)
    for i, (key, item) in enumerate(items):
        yield ("," if i else "") + pad
        if key is not None:
            yield _COMPACT(key) + ": "
        yield from _write(item, depth + 1)
    yield "\n" + "  " * depth + closing


def _write_items(items, depth: int):
    """A list given as an iterator: each item encoded (compact) as it comes."""
    pad = "\n" + "  " * (depth + 1)
    yield "["
    for i, item in enumerate(items):
        yield ("," if i else "") + pad + _COMPACT_ITEM(item)
    yield "\n" + "  " * depth + "]"


def chunks(report, ctx: dict):
    """The report's JSON text in pieces, for writing as it is made: a run with 300,000
    findings never holds the whole text (hundreds of MB) in memory, let alone twice."""
    yield from _write(report_dict(report, ctx, lazy=True))
    yield "\n"


def render(report, ctx: dict) -> str:
    return "".join(chunks(report, ctx))


def _outcome(report) -> dict:
    """The run's result and document counts (pass, fail, incomplete, incomplete-accepted)."""
    t = tally(report)
    key, sentence = result(report)
    return {"result": key, "result_text": sentence, "checked": t["checked"],
            "not_read": t["not_read"], "not_fully_checked": t["not_checked"],
            "allow_incomplete": report.allow_incomplete}
