"""Human output: ``path:line:col: severity [rule] message``, then the line (text formats) or the
sentence (.docx, .pdf) with the flagged words marked by a caret line, and highlighted as well
when colour is on."""
from __future__ import annotations

from . import evidence as ev
from .outcome import result, summary

_COLOURS = {"error": "\033[31m", "warning": "\033[33m", "info": "\033[36m"}
BOLD, DIM, UNDERLINE, RESET = "\033[1m", "\033[2m", "\033[4m", "\033[0m"
WINDOW = 70     # characters of a sentence shown either side of the flagged words


def _where(r, f) -> str:
    loc = f.location
    if loc.line is not None and r.format in ("text", "markdown", "html", ""):
        return f"{r.path}:{loc.line}:{loc.column}"
    desc = loc.describe()
    return f"{r.path}: {desc}" if desc else r.path


def _source_line(r, f):
    """(before, flagged, after) on the finding's source line, for text formats."""
    doc = r.document
    loc = f.location
    if doc is None or doc.source_text is None or loc.line is None:
        return None
    index = doc.line_index()
    start = index.starts[loc.line - 1]
    end = doc.source_text.find("\n", start)
    line = doc.source_text[start:] if end == -1 else doc.source_text[start:end]
    col = loc.column - 1
    stop = loc.end_column - 1 if loc.end_line == loc.line else len(line)
    return line[:col], line[col:max(stop, col + 1)], line[max(stop, col + 1):]


def _sentence(f):
    """(before, flagged, after) in the finding's sentence, trimmed around the flagged words."""
    before, hit, after = (" ".join(p.split()) + (" " if p[-1:].isspace() else "") if i == 0 else
                          (" " if p[:1].isspace() else "") + " ".join(p.split())
                          for i, p in enumerate(ev.highlight(f)))
    hit = " ".join(hit.split())
    if not (before or hit or after):
        return None
    if len(before) > WINDOW:      # cut at a word boundary
        tail = before[-WINDOW:]
        before = "\u2026" + (tail.split(" ", 1)[1] if " " in tail[:-1] else tail).lstrip()
    if len(after) > WINDOW:
        head = after[:WINDOW]
        after = (head.rsplit(" ", 1)[0] if " " in head[1:] else head).rstrip() + "\u2026"
    return before, hit, after


def marked(parts, colour_code: str | None) -> list:
    """Two lines: the text with the flagged words (highlighted when coloured), then carets."""
    before, hit, after = (p.expandtabs(1) for p in parts)
    if colour_code and hit:
        line = f"{before}{colour_code}{BOLD}{UNDERLINE}{hit}{RESET}{after}"
    else:
        line = before + hit + after
    if not hit:
        return ["    " + line]
    carets = "^" * len(hit)
    return ["    " + line, "    " + " " * len(before) + (f"{colour_code}{carets}{RESET}" if colour_code else carets)]


def _file_lines(r, c) -> list:
    out = [f"{r.path}: error: {e.message} [{e.category}]" for e in r.errors]
    for n in r.notices:
        label = "not read" if n.code == "not-read" else "incomplete" if n.incomplete else "notice"
        out.append(f"{r.path}: {c(BOLD, label) if n.incomplete else label}: {n.message}")
    return out


def render(report, ctx: dict) -> str:
    colour = ctx.get("colour", False)
    quiet = ctx.get("quiet", False)

    def c(code, s):
        return f"{code}{s}{RESET}" if colour else s

    out = []
    for r in report.files:
        out.extend(_file_lines(r, c))
        for f in r.findings:
            if f.waived and quiet:
                continue
            sev = c(_COLOURS[f.severity], f.severity)
            tag = f" (waived: {f.waiver_reason})" if f.waived else ""
            out.append(f"{c(BOLD, _where(r, f))}: {sev} [{f.rule_id}] {f.message}{tag}")
            if quiet:
                continue
            parts = _source_line(r, f) or _sentence(f)
            if parts:
                out.extend(marked(parts, _COLOURS[f.severity] if colour else None))
            if f.suggestions:
                out.append("    " + c(DIM, "suggestion: " + "; ".join(f.suggestions)))
    for w in report.warnings:
        out.append(f"warning: {w}")
    out.append(summary(report))
    key, sentence = result(report)
    if key.startswith("incomplete"):
        out.append(c(BOLD, sentence))
    return "\n".join(out) + "\n"

