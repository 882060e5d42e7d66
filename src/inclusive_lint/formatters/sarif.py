"""SARIF 2.1.0 output for code-scanning tools (GitHub, Azure DevOps, VS Code viewers).

Text formats get line/column regions (1-based, Unicode code points, end column
just past the last character). .docx and .pdf have no lines: their region is
``startLine: 1`` with the flagged words as the snippet, and the real place
(page, part, paragraph, table cell) is in the message and ``properties``.
"""
from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from urllib.parse import quote

from .. import __version__
from . import evidence as ev
from .outcome import result

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
LEVEL = {"error": "error", "warning": "warning", "info": "note"}
INFO_URI = "https://www.nhsconfed.org/publications/health-and-care-lgbtq-inclusion-framework"
FINGERPRINT_KEY = "inclusiveLint/v1"


def artifact_uri(path: str) -> str:
    """A relative path as a URI reference (forward slashes, percent-encoded); file: URI if absolute."""
    rel = ev.relative_path(path)
    if os.path.isabs(rel):
        return Path(rel).as_uri()
    return quote(rel, safe="/@!$&'()*+,;=-._~")


def _rule_descriptor(rule_id, name, severity, message, rationale, link, framework, characteristics,
                     suggestions, pack) -> dict:
    help_text = rationale or message
    if suggestions:
        help_text += "\nSuggested wording: " + "; ".join(suggestions)
    out = {
        "id": rule_id,
        "name": name or rule_id,
        "shortDescription": {"text": message or name or rule_id},
        "fullDescription": {"text": rationale or message or rule_id},
        "help": {"text": help_text},
        "defaultConfiguration": {"level": LEVEL.get(severity, "warning")},
        "properties": {
            "framework": list(framework),
            "characteristics": list(characteristics),
            "pack": pack,
            "tags": ["inclusive-language"] + [f"framework-{c}" for c in framework] + list(characteristics),
        },
    }
    if link and link.startswith(("https://", "http://")):
        out["helpUri"] = link
    return out


def _rules(report, ctx: dict) -> tuple:
    settings = ctx.get("settings")
    ruleset = getattr(settings, "ruleset", None)
    descriptors, index = [], {}
    for r in getattr(ruleset, "rules", ()) or ():
        index[r.id] = len(descriptors)
        descriptors.append(_rule_descriptor(r.id, r.name, r.severity, r.message, r.rationale, r.link,
                                            r.framework, r.characteristics, r.suggestions, r.pack))
    # Findings from rules the ruleset does not list (or when rendered without settings).
    for res in report.files:
        for f in list(res.findings) + [f for f, _ in res.suppressed]:
            if f.rule_id not in index:
                index[f.rule_id] = len(descriptors)
                descriptors.append(_rule_descriptor(f.rule_id, f.rule_name, f.severity, f.message,
                                                    f.rationale, f.link, f.framework, f.characteristics,
                                                    f.suggestions, f.pack))
    return descriptors, index


def _fingerprint(path: str, f) -> str:
    if f.fingerprint:
        return f.fingerprint
    raw = "\x1f".join((f.rule_id, path, f.text.lower(), f.context))
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:16]


def _textual(fmt: str, loc) -> bool:
    """Line/column regions only for text formats; a PDF's "line" counts within its page."""
    return fmt in ev.TEXT_FORMATS and loc.line is not None


def _region(fmt: str, f) -> dict:
    loc = f.location
    if _textual(fmt, loc):
        region = {"startLine": loc.line}
        if loc.column is not None:
            region["startColumn"] = loc.column
        if loc.end_line is not None:
            region["endLine"] = loc.end_line
        if loc.end_column is not None:
            region["endColumn"] = loc.end_column
    else:
        region = {"startLine": 1}
    if f.text:
        region["snippet"] = {"text": f.text}
    return region


def _result(res, f, index: dict, suppression: dict | None) -> dict:
    loc = f.location
    textual = _textual(res.format, loc)
    where = "" if textual else ev.describe(loc)
    text = f.message
    if where:
        text = f"{where}: {text}"
    if f.suggestions:
        text += " Suggested wording: " + "; ".join(f.suggestions) + "."
    physical = {"artifactLocation": {"uri": artifact_uri(res.path)}, "region": _region(res.format, f)}
    props = {"framework": list(f.framework), "characteristics": list(f.characteristics)}
    if f.context:
        props["context"] = f.context
    loc_props = {k: v for k, v in loc.to_dict().items()
                 if not textual or k not in ("line", "column", "end_line", "end_column")}
    if loc_props:
        props["location"] = loc_props
        props["locationDescription"] = ev.describe(loc)
    out = {
        "ruleId": f.rule_id,
        "ruleIndex": index[f.rule_id],
        "level": LEVEL.get(f.severity, "warning"),
        "message": {"text": text},
        "locations": [{"physicalLocation": physical}],
        "partialFingerprints": {FINGERPRINT_KEY: _fingerprint(res.path, f)},
        "properties": props,
    }
    if suppression:
        out["suppressions"] = [suppression]
    return out


def sarif_dict(report, ctx: dict) -> dict:
    rules, index = _rules(report, ctx)
    results, notifications = [], []
    for res in report.files:
        for f in res.findings:
            sup = None
            if f.waived:
                sup = {"kind": "external", "status": "accepted",
                       "justification": f.waiver_reason or "waived"}
            results.append(_result(res, f, index, sup))
            if ctx.get("compare") is not None and not f.waived:     # --compare
                state = ctx["compare"].change(res.path, f)
                results[-1]["baselineState"] = "unchanged" if state == "open" else "new"
        for f, reason in res.suppressed:
            results.append(_result(res, f, index, {"kind": "inSource", "status": "accepted",
                                                   "justification": reason or "suppressed in the document"}))
        where = [{"physicalLocation": {"artifactLocation": {"uri": artifact_uri(res.path)}}}]
        for e in res.errors:
            notifications.append({"level": "error", "message": {"text": f"{res.path}: {e.message}"},
                                  "descriptor": {"id": e.category}, "locations": where})
        for n in res.notices:
            level = "error" if n.incomplete and not report.allow_incomplete else "warning"
            notifications.append({"level": level, "message": {"text": f"{res.path}: {n.message}"},
                                  "descriptor": {"id": n.code}, "locations": where})
    for w in report.warnings:
        notifications.append({"level": "warning", "message": {"text": w}, "descriptor": {"id": "run-warning"}})
    exit_code = report.exit_code()
    key, sentence = result(report)
    invocation = {
        "executionSuccessful": not any(r.errors for r in report.files) and key != "incomplete",
        "exitCode": exit_code,
        "toolExecutionNotifications": notifications,
    }
    return {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "inclusive-lint",
                "version": __version__,
                "semanticVersion": __version__,
                "informationUri": INFO_URI,
                "rules": rules,
            }},
            "invocations": [invocation],
            "artifacts": [{"location": {"uri": artifact_uri(r.path)}} for r in report.files],
            "results": results,
            "columnKind": "unicodeCodePoints",
            "properties": {
                "packs": [{"name": n, "version": v} for n, v in report.packs],
                "failLevel": report.fail_level,
                "result": key,
                "resultText": sentence,
                "allowIncomplete": report.allow_incomplete,
            },
        }],
    }


def render(report, ctx: dict) -> str:
    return json.dumps(sarif_dict(report, ctx), indent=2, ensure_ascii=False) + "\n"
