"""JSON output: the versioned machine contract (schema in ../schemas/report.schema.json)."""
from __future__ import annotations

import json
from dataclasses import fields
from json import encoder as _json_encoder

from .. import __version__
from ..model import Finding, Location
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

    def texts(self):
        """Each finding's compact JSON text: ``_COMPACT_ITEM`` of its dict (``_finding``), the
        same text, made without the dict for a plain finding (``_fast_texts``)."""
        if self.comparison is not None or _C_COMPACT is None:
            return (_COMPACT_ITEM(d) for d in self.dicts())
        return _fast_texts(self.result, list.__iter__(self))


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


_C_COMPACT = None
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


def _fast_texts(result, findings):
    """``_COMPACT_ITEM(_finding(result, f, None))`` for each of ``findings``. A finding's JSON is
    its rule's fields, its text, location, context and fingerprint, and the file's path, in that
    order; the rule's parts are written once per rule (a dense file has 300,000 findings of a few
    dozen rules) and joined with the finding's own, each written by the same C encoder. Anything
    unusual (a waived finding, a subclass, a field that is not a string) goes the long way."""
    tail = ', "path": ' + _COMPACT_ITEM(result.path) + "}"
    heads: dict = {}
    for f in findings:
        text, context, fp = f.text, f.context, f.fingerprint
        if type(f) is not Finding or f.waived or type(text) is not str or type(context) is not str \
                or type(fp) is not str:
            yield _COMPACT_ITEM(_finding(result, f, None))
            continue
        key = (f.rule_id, f.rule_name, f.pack, f.severity, f.message, f.suggestions, f.framework,
               f.characteristics, f.link)
        try:
            parts = heads.get(key)
        except TypeError:                  # a list where a tuple was expected
            yield _COMPACT_ITEM(_finding(result, f, None))
            continue
        if parts is None:
            parts = heads[key] = _rule_parts(f)
        yield f'{parts[0]}{_STR(text)}{parts[1]}{_location(f.location)}{parts[2]}{_STR(context)}, "fingerprint": {_STR(fp)}{tail}'


def _location(loc) -> str:
    """``_COMPACT_ITEM(loc.to_dict())``; a text file's location (a line and column pair, the
    other fields unset) written straight out."""
    d = loc.__dict__
    values = tuple(d.values())
    if values[4:] == _UNSET_REST and tuple(d) == _LOCATION_KEYS:
        line, col, end_line, end_col = values[:4]
        if type(line) is int and type(col) is int and type(end_line) is int and type(end_col) is int:
            return f'{{"line": {line}, "column": {col}, "end_line": {end_line}, "end_column": {end_col}}}'
    return "".join(_C_COMPACT(loc.to_dict(), 0))


_LOCATION_KEYS = tuple(f.name for f in fields(Location))
_UNSET_REST = (None,) * (len(_LOCATION_KEYS) - 4)
assert _LOCATION_KEYS[:4] == ("line", "column", "end_line", "end_column")


def _rule_parts(f) -> tuple:
    """The text of ``f``'s JSON before its text, between its text and location, and between its
    location and context (``Finding.to_dict``'s keys, in its order)."""
    j = _COMPACT_ITEM
    return ('{"rule_id": ' + j(f.rule_id) + ', "rule_name": ' + j(f.rule_name) + ', "pack": ' + j(f.pack)
            + ', "severity": ' + j(f.severity) + ', "message": ' + j(f.message) + ', "text": ',
            ', "suggestions": ' + j(list(f.suggestions)) + ', "framework": ' + j(list(f.framework))
            + ', "characteristics": ' + j(list(f.characteristics)) + ', "location": ',
            ', "link": ' + j(f.link) + ', "context": ')


_STR = _json_encoder.encode_basestring       # what the C encoder writes a string with


def _write(value, depth: int = 0):
    """The JSON text of ``value``, in pieces (a generator)."""
    if isinstance(value, _Findings):
        if value:
            yield from _write_texts(value.texts(), depth)
            return
        value = []
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


def _write_texts(texts, depth: int):
    """A list given as an iterator of its items' compact JSON texts, written as they come."""
    pad = "\n" + "  " * (depth + 1)
    yield "["
    for i, text in enumerate(texts):
        yield ("," if i else "") + pad + text
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
