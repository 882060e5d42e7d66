"""Human output: ``path:line:col: severity [rule] message``, the line with the span marked."""
from __future__ import annotations

_COLOURS = {"error": "\033[31m", "warning": "\033[33m", "info": "\033[36m"}
BOLD, DIM, RESET = "\033[1m", "\033[2m", "\033[0m"


def _where(r, f) -> str:
    loc = f.location
    if loc.line is not None and r.format in ("text", "markdown", "html", ""):
        return f"{r.path}:{loc.line}:{loc.column}"
    desc = loc.describe()
    return f"{r.path}: {desc}" if desc else r.path


def _source_line(r, f):
    doc = r.document
    loc = f.location
    if doc is None or doc.source_text is None or loc.line is None:
        return None
    index = doc.line_index()
    start = index.starts[loc.line - 1]
    end = doc.source_text.find("\n", start)
    line = doc.source_text[start:] if end == -1 else doc.source_text[start:end]
    width = (loc.end_column - loc.column) if loc.end_line == loc.line else len(line) - loc.column + 1
    return line.expandtabs(1), loc.column, max(1, width)


def render(report, ctx: dict) -> str:
    colour = ctx.get("colour", False)
    quiet = ctx.get("quiet", False)

    def c(code, s):
        return f"{code}{s}{RESET}" if colour else s

    out = []
    for r in report.files:
        for e in r.errors:
            out.append(f"{r.path}: error: {e.message} [{e.category}]")
        for n in r.notices:
            out.append(f"{r.path}: notice: {n.message}")
        for f in r.findings:
            if f.waived and quiet:
                continue
            sev = c(_COLOURS[f.severity], f.severity)
            tag = f" (waived: {f.waiver_reason})" if f.waived else ""
            out.append(f"{c(BOLD, _where(r, f))}: {sev} [{f.rule_id}] {f.message}{tag}")
            if quiet:
                continue
            src = _source_line(r, f)
            if src:
                line, col, width = src
                out.append("    " + line)
                out.append("    " + " " * (col - 1) + c(_COLOURS[f.severity], "^" * width))
            elif f.context:
                out.append("    " + c(DIM, f.context[:200]))
            if f.suggestions:
                out.append("    " + c(DIM, "suggestion: " + "; ".join(f.suggestions)))
    for w in report.warnings:
        out.append(f"warning: {w}")
    findings = [f for f in report.findings if not f.waived]
    counts = {s: sum(1 for f in findings if f.severity == s) for s in ("error", "warning", "info")}
    errors = sum(1 for r in report.files if r.errors)
    waived = sum(1 for f in report.findings if f.waived)
    summary = (f"{len(findings)} finding{'s' if len(findings) != 1 else ''} "
               f"({counts['error']} error, {counts['warning']} warning, {counts['info']} info) "
               f"in {len(report.files)} file{'s' if len(report.files) != 1 else ''}")
    if waived:
        summary += f", {waived} waived"
    suppressed = sum(len(r.suppressed) for r in report.files)
    if suppressed:
        summary += f", {suppressed} suppressed"
    if errors:
        summary += f"; {errors} file{'s' if errors != 1 else ''} could not be read"
    out.append(summary)
    return "\n".join(out) + "\n"
