"""``--fix`` and ``--diff``: apply safe fixes to .txt, .md and .html files.

A finding is fixed only when all of these hold:

- its rule says ``fix: safe`` and has exactly one suggestion;
- it survived filtering (suppressed findings are not in the report) and is not waived;
- it is not in a quotation (a quote block, or text inside quotation marks);
- its span maps back to the same characters in the source (so markup, entities and
  line breaks inside the term leave it alone);
- the suggestion fits the matched form: case is kept ("Chairman" -> "Chair",
  "CHAIRMAN" -> "CHAIR"), a compound keeps its prefix ("vice-chairman" ->
  "vice-chair"), a "-men" plural gets an "s"; any other form is left for a person.

Code is never touched: readers give no findings there. Files are written atomically,
keeping their encoding and line endings. .docx and .pdf are never rewritten.
"""
from __future__ import annotations

import codecs
import difflib
import re
from dataclasses import dataclass

TEXT_FORMATS = ("text", "markdown", "html")
_HEAD = re.compile(r"^(?P<prefix>.*?[\s-])?(?P<head>[A-Za-z][A-Za-z']*)$", re.S)
_QUOTED = re.compile(r"\"[^\"\n]{0,400}\"|(?<![\w])'[^'\n]{1,200}?'(?![\w])")


@dataclass
class Edit:
    start: int
    end: int
    new: str
    finding: object


def match_case(old: str, new: str) -> str:
    letters = [c for c in old if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return new.upper()
    if old[:1].isupper():
        return new[:1].upper() + new[1:]
    return new


def _inflect(old: str, suggestion: str):
    low = old.lower()
    if low.endswith(("ship", "ships")) and not suggestion.lower().endswith(("ship", "ships")):
        return None
    if low.endswith("men") and not suggestion.endswith("s"):
        return suggestion + "s"
    return suggestion


def replacement(text: str, rule) -> str | None:
    """The replacement for the matched ``text`` of a safe rule, or None when not safe."""
    if rule is None or rule.fix != "safe" or len(rule.suggestions) != 1:
        return None
    suggestion = rule.suggestions[0]
    norm = " ".join(text.lower().split())
    whole = {p.lower() for p in rule.match.get("phrases") or ()} | {k.lower() for k in rule.keywords or ()}
    if norm in whole or norm.replace("-", " ") in whole:
        new = _inflect(text, suggestion)
        return None if new is None else match_case(text, new)
    m = _HEAD.match(text)
    if m and m.group("prefix") and m.group("head").lower() in whole and " " not in suggestion:
        new = _inflect(m.group("head"), suggestion)
        return None if new is None else m.group("prefix") + match_case(m.group("head"), new)
    if not whole and re.fullmatch(r"[A-Za-z']+", text):
        return match_case(text, suggestion)
    return None


def _in_quotation(block, s: int, e: int) -> bool:
    from .conditions.context import fold_quotes

    if block.kind == "quote":
        return True
    return any(m.start() < s and e < m.end() for m in _QUOTED.finditer(fold_quotes(block.text)))


def plan(findings, document, ruleset) -> list[Edit]:
    """Non-overlapping edits, in source order, for the fixable findings of one document."""
    src = document.source_text
    edits = []
    for f in findings:
        if f.waived or f.fix != "safe" or f.block_index < 0 or not f.block_span \
                or f.block_index >= len(document.blocks):
            continue
        block = document.blocks[f.block_index]
        bs, be = f.block_span
        if block.text[bs:be] != f.text or _in_quotation(block, bs, be):
            continue
        s, e = block.source_span(bs, be)
        if src[s:e] != f.text:          # markup, an entity or a line break inside the term
            continue
        new = replacement(f.text, ruleset.by_id.get(f.rule_id))
        if new is None or new == f.text:
            continue
        edits.append(Edit(s, e, new, f))
    edits.sort(key=lambda x: (x.start, -x.end))
    out, last = [], -1
    for ed in edits:
        if ed.start >= last:
            out.append(ed)
            last = ed.end
    return out


def apply_edits(text: str, edits) -> str:
    parts, pos = [], 0
    for ed in edits:
        parts.append(text[pos:ed.start])
        parts.append(ed.new)
        pos = ed.end
    parts.append(text[pos:])
    return "".join(parts)


def _encode_like(original: bytes, text: str, declared: str | None):
    """Bytes for ``text`` in the original's encoding and line endings, or None if unsafe."""
    from .readers.decode import _BOMS

    crlf = original.count(b"\r\n")
    if crlf and crlf != original.count(b"\n"):
        return None                                   # mixed line endings: leave the file alone
    if crlf:
        text = text.replace("\n", "\r\n")
    elif b"\r" in original:
        return None
    for bom, enc in _BOMS:
        if original.startswith(bom):
            return text.encode(enc)                   # the codec writes the BOM back
    encoding = "utf-8"
    if declared:
        try:
            encoding = codecs.lookup(declared).name
        except LookupError:
            pass
    try:
        original.decode(encoding)
    except UnicodeDecodeError:
        encoding = "cp1252"
    try:
        return text.encode(encoding)
    except UnicodeEncodeError:
        return None


@dataclass
class FixOutcome:
    fixed: int = 0                  # findings fixed (or that would be, with --diff)
    files: int = 0                  # files changed
    diff: str = ""
    notes: list = None


def run_fixes(report, settings, write: bool = True) -> FixOutcome:
    """Fix every text-format file in ``report``; then re-lint what changed, in place in the report."""
    from .api import lint_file, read_bytes
    from .errors import InputError
    from .readers import read_document
    from .waivers import apply_waivers

    outcome = FixOutcome(notes=[])
    waivers = settings.options.get("waivers")
    for i, r in enumerate(report.files):
        if r.errors or not r.findings or r.path in ("-", "stdin.txt"):
            continue
        fixable = [f for f in r.findings if f.fix == "safe" and not f.waived]
        if not fixable:
            continue
        if r.format not in TEXT_FORMATS:
            outcome.notes.append(f"{r.path}: .{r.format} files are never rewritten; "
                                 "use --annotate for a copy with each finding as a comment")
            continue
        try:
            data = read_bytes(r.path)
            document = read_document(r.path, data, settings.options)
        except InputError as exc:
            outcome.notes.append(f"{r.path}: not fixed: {exc.message}")
            continue
        edits = plan(fixable, document, settings.ruleset)
        if not edits:
            continue
        new_text = apply_edits(document.source_text, edits)
        declared = None
        if r.format == "html":
            from .readers.html import declared_charset
            declared = declared_charset(data)
        new_data = _encode_like(data, new_text, declared)
        if new_data is None:
            outcome.notes.append(f"{r.path}: not fixed: mixed line endings or characters the "
                                 "file's encoding cannot hold")
            continue
        outcome.fixed += len(edits)
        outcome.files += 1
        if write:
            from .atomic import atomic_write
            atomic_write(r.path, new_data)
        else:
            outcome.diff += "".join(difflib.unified_diff(
                document.source_text.splitlines(True), new_text.splitlines(True),
                fromfile=f"a/{r.path}", tofile=f"b/{r.path}"))
        again = lint_file(r.path, settings, data=new_data, display_path=r.path)
        if waivers is not None and again.findings:
            again.findings = apply_waivers(again.findings, again.path, waivers)
        report.files[i] = again
    return outcome
