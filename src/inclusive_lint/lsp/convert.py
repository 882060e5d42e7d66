"""Findings as LSP objects: diagnostics with UTF-16 ranges, quick fixes, the allow-here edit.

Findings carry 1-based lines and columns counted in Unicode code points; LSP positions are
0-based with the character offset counted in UTF-16 code units (an emoji before a finding counts
two). Nothing here talks to the client.
"""
from __future__ import annotations

import re

from lsprotocol import types

SOURCE = "inclusive-lint"
SEVERITY = {"error": types.DiagnosticSeverity.Error, "warning": types.DiagnosticSeverity.Warning,
            "info": types.DiagnosticSeverity.Information}
ALLOW_FORMATS = (".md", ".markdown", ".html", ".htm")     # where an inline suppression comment works
# a suggestion that reads as an instruction ("ask …", "use …: …") is advice, not replacement words
_ADVICE = re.compile(r"^(?:ask|use|add|offer|name|make|say|give|consider|delete|record|avoid|keep)\b"
                     r"|[:;?\[\]()\"\u201c\u201d]|'", re.I)


def utf16_units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def position(lines: list, line: int, column: int) -> types.Position:
    """LSP position of a 1-based line and code-point column."""
    row = max(0, line - 1)
    text = lines[row] if row < len(lines) else ""
    return types.Position(line=row, character=utf16_units(text[:max(0, column - 1)]))


def code_points(lines: list, pos: types.Position) -> int:
    """0-based code-point column of an LSP position (UTF-16 units) on its line."""
    text = lines[pos.line] if pos.line < len(lines) else ""
    units = 0
    for i, ch in enumerate(text):
        if units >= pos.character:
            return i
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(text)


def finding_range(lines: list, finding) -> types.Range | None:
    loc = finding.location
    if loc.line is None or loc.column is None:
        return None
    end_line = loc.end_line or loc.line
    end_col = loc.end_column if loc.end_column is not None else loc.column + len(finding.text)
    return types.Range(start=position(lines, loc.line, loc.column), end=position(lines, end_line, end_col))


def replacements(finding) -> list:
    """The suggestions that are words to put in place of the flagged ones, case kept as --fix does."""
    from ..fix import match_case

    out = []
    for s in finding.suggestions:
        s = s.strip()
        if not s or len(s.split()) > 5 or _ADVICE.search(s):
            continue
        new = match_case(finding.text, s)
        if new != finding.text and new not in out:
            out.append(new)
    return out


def diagnostic(lines: list, finding) -> types.Diagnostic | None:
    rng = finding_range(lines, finding)
    if rng is None:
        return None
    message = finding.message
    if finding.suggestions:
        message += " Try: " + "; ".join(finding.suggestions[:3]) + "."
    return types.Diagnostic(
        range=rng, message=message, severity=SEVERITY.get(finding.severity, types.DiagnosticSeverity.Warning),
        code=finding.rule_id, source=SOURCE,
        code_description=types.CodeDescription(href=finding.link) if finding.link else None,
        data={"rule": finding.rule_id, "text": finding.text, "replacements": replacements(finding)})


class Diagnostics:
    """Diagnostics for one document's findings; a finding on unchanged lines keeps last lint's."""

    def __init__(self):
        self.last: dict = {}

    def convert(self, lines: list, findings) -> list:
        fresh: dict = {}
        out = []
        for f in findings:
            loc = f.location
            rows = tuple(lines[r - 1] if r is not None and 0 < r <= len(lines) else None
                         for r in (loc.line, loc.end_line))
            key = (f, rows)
            d = fresh.get(key) or self.last.get(key)
            if d is None:
                d = diagnostic(lines, f)
            fresh[key] = d
            if d is not None:
                out.append(d)
        self.last = fresh
        return out


def quick_fixes(uri: str, diag: types.Diagnostic) -> list:
    """One code action per replacement, each replacing exactly the flagged words."""
    data = diag.data if isinstance(diag.data, dict) else {}
    out = []
    for new in data.get("replacements") or ():
        edit = types.WorkspaceEdit(changes={uri: [types.TextEdit(range=diag.range, new_text=new)]})
        out.append(types.CodeAction(title=f"Replace '{data.get('text', '')}' with '{new}' ({diag.code})",
                                    kind=types.CodeActionKind.QuickFix, diagnostics=[diag], edit=edit))
    return out


def allow_action(uri: str, lines: list, diag: types.Diagnostic, snippets: bool) -> types.CodeAction:
    """"Allow here with a reason…": a suppression comment on its own line above the finding's
    line, indented like it; the reason is a snippet placeholder when the client takes snippets."""
    row = diag.range.start.line
    text = lines[row] if row < len(lines) else ""
    indent = text[:len(text) - len(text.lstrip(" \t"))]
    at = types.Range(start=types.Position(line=row, character=0), end=types.Position(line=row, character=0))
    head = f"{indent}<!-- inclusive-lint-disable-next-line {diag.code} -- "
    if snippets:
        edit = types.SnippetTextEdit(range=at, snippet=types.StringValue(value=head.replace("$", "\\$")
                                                                           + "${1:reason} -->\n"))
        workspace_edit = types.WorkspaceEdit(document_changes=[types.TextDocumentEdit(
            text_document=types.OptionalVersionedTextDocumentIdentifier(uri=uri, version=None), edits=[edit])])
    else:
        workspace_edit = types.WorkspaceEdit(changes={uri: [types.TextEdit(range=at, new_text=head + "reason -->\n")]})
    return types.CodeAction(title=f"Allow {diag.code} here with a reason\u2026", kind=types.CodeActionKind.QuickFix,
                            diagnostics=[diag], edit=workspace_edit)


def overlaps(a: types.Range, b: types.Range) -> bool:
    def key(p):
        return (p.line, p.character)
    return key(a.start) <= key(b.end) and key(b.start) <= key(a.end)
