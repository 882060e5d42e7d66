"""GitHub Actions workflow commands: one annotation per finding.

``::warning file=F,line=L,col=C,endLine=L2,endColumn=C2,title=RULE::message``.
Chosen automatically when GITHUB_ACTIONS=true. Waived and suppressed findings are not
annotated; they are listed with their reasons in a collapsed log group.
"""
from __future__ import annotations

from . import evidence as ev
from .outcome import result, summary as text_summary

COMMAND = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(s: str) -> str:
    """Escape a message (the part after ``::``)."""
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(s: str) -> str:
    """Escape a property value (file, title): also ``:`` and ``,``."""
    return escape_data(s).replace(":", "%3A").replace(",", "%2C")


def command(kind: str, message: str, **props) -> str:
    parts = [f"{key}={escape_property(str(value))}" for key, value in props.items() if value is not None]
    head = f"::{kind}"
    if parts:
        head += " " + ",".join(parts)
    return f"{head}::{escape_data(message)}"


def annotation(res, f) -> str:
    loc = f.location
    message = f.message
    textual = res.format in ev.TEXT_FORMATS and loc.line is not None   # a PDF line counts within its page
    if not textual:
        where = ev.describe(loc)
        if where != "whole document":
            message = f"{where}: {message}"
    if f.text:
        message += f" (\u201c{f.text}\u201d)"
    if f.suggestions:
        message += "\nSuggested wording: " + "; ".join(f.suggestions)
    props = {"file": ev.relative_path(res.path)}
    if textual:
        props["line"] = loc.line
        same_line = loc.end_line in (None, loc.line)
        if loc.column is not None and same_line:
            props["col"] = loc.column
        if loc.end_line is not None:
            props["endLine"] = loc.end_line
        if loc.end_column is not None and same_line:
            props["endColumn"] = loc.end_column
    props["title"] = f"{f.rule_id} {f.rule_name}".strip()
    return command(COMMAND.get(f.severity, "warning"), message, **props)


def render(report, ctx: dict) -> str:
    out = []
    for res in report.files:
        path = ev.relative_path(res.path)
        for e in res.errors:
            out.append(command("error", f"{e.message} [{e.category}]", file=path,
                               title="inclusive-lint: file not read"))
        for n in res.notices:
            level = "error" if n.incomplete and not report.allow_incomplete else "warning"
            title = {"not-read": "not read"}.get(n.code, "not fully checked" if n.incomplete else n.code)
            out.append(command(level, n.message, file=path, title=f"inclusive-lint: {title}"))
        for f in res.findings:
            if not f.waived:
                out.append(annotation(res, f))
    for w in report.warnings:
        out.append(command("warning", w, title="inclusive-lint"))
    exceptions = _justified_exceptions(report)
    if exceptions:   # listed in the log, not annotated: they are reviewed decisions, not problems
        out.append("::group::inclusive-lint: justified exceptions (waived or suppressed, with reasons)")
        out.extend(exceptions)
        out.append("::endgroup::")
    summary = "inclusive-lint: " + text_summary(report)
    key, sentence = result(report)
    if key.startswith("incomplete"):
        summary += "\n" + sentence
    out.append(summary)
    return "\n".join(out) + "\n"


def _justified_exceptions(report) -> list:
    lines = []
    for res in report.files:
        path = ev.relative_path(res.path)
        kept = [(f, f"waived: {f.waiver_reason}") for f in res.findings if f.waived]
        kept += [(f, f"suppressed: {reason}") for f, reason in res.suppressed]
        for f, why in kept:
            loc = f.location
            where = f"{path}:{loc.line}" if res.format in ev.TEXT_FORMATS and loc.line else f"{path}: {ev.describe(loc)}"
            lines.append(escape_data(f"{where}: [{f.rule_id}] \u201c{f.text}\u201d {why}"))
    return lines
