"""Inline suppressions: ESLint-style directives in Markdown and HTML comments, and ``[sic]``.

Directives (one per comment; rule ids, id prefixes or pack names, comma-separated;
anything after `` -- `` is a reason)::

    <!-- inclusive-lint-disable-next-line ROL-001 -->     the next non-blank line
    <!-- inclusive-lint-disable-line ROL-001 -->          the line the comment is on
    <!-- inclusive-lint-disable ROL-001, PRN -->          from here ...
    <!-- inclusive-lint-enable -->                        ... to here (or to the end)
    <!-- inclusive-lint-disable-file FAM-001 -- quotes the 1983 Act -->

A directive without a rule id suppresses every rule and is reported as a warning.
``[sic]`` right after a quoted term (or after a closing quote) suppresses findings in
that quotation, in any format.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

PREFIX = "inclusive-lint-"
KINDS = ("disable-next-line", "disable-line", "disable-file", "disable", "enable")
_DIRECTIVE = re.compile(r"\s*inclusive-lint-([a-z-]+)(.*)\Z", re.S | re.I)
_SIC = re.compile(r"\[\s*sic\s*\]", re.I)


@dataclass
class Directive:
    kind: str
    ids: tuple                 # () = every rule
    line: int                  # line of the comment
    text: str                  # the directive as written, for messages
    reason: str = ""
    used: set = field(default_factory=set)   # ids (or "*") that suppressed something

    def describe(self) -> str:
        return f"<!-- {self.text} -->"


@dataclass
class _Scope:
    directive: Directive
    start: int = 0              # source offsets [start, end) (regions, file)
    end: int = 1 << 62
    lines: Optional[tuple] = None   # (first, last) 1-based lines, for line directives
    ids: tuple = ()             # () = all rules
    except_ids: frozenset = frozenset()


def rule_matches(finding, name: str) -> bool:
    """``name`` is a rule id, an id prefix (``PRN`` or ``PRN-``) or a pack name."""
    rid = finding.rule_id
    up = name.upper()
    return (up == rid or rid.startswith(up.rstrip("-") + "-") or name == finding.pack)


def _known(name: str, ruleset) -> bool:
    """A rule id, prefix or pack name of any loaded pack (selected or not)."""
    if ruleset is None:
        return True
    packs = getattr(ruleset, "packs", ()) or ()
    ids = {r.id for p in packs for r in getattr(p, "rules", ())} | set(ruleset.by_id)
    up = name.upper()
    if up in ids or any(p.name == name for p in packs):
        return True
    return any(rid.startswith(up.rstrip("-") + "-") for rid in ids)


def parse(document, ruleset=None) -> tuple[list[_Scope], list[Directive], list[str]]:
    """Scopes, directives and warnings for a document's comments."""
    comments = document.meta.get("comments") or []
    if not comments or document.source_text is None:
        return [], [], []
    src = document.source_text
    index = document.line_index()
    # comments inside fenced or indented code are examples, not directives (the Markdown
    # reader records those line ranges from markdown-it's tokens)
    code = document.meta.get("code_lines") or [] if document.format == "markdown" else []
    scopes: list[_Scope] = []
    directives: list[Directive] = []
    warnings: list[str] = []
    open_regions: list[_Scope] = []
    lines = src.split("\n")
    for start, end, inner in sorted(comments):
        m = _DIRECTIVE.match(inner)
        if not m:
            continue
        line, col = index.position(start)
        if any(a <= line <= b for a, b in code):
            continue
        line_text = lines[line - 1]
        if line_text[:col - 1].count("`") % 2:          # inside inline code: an example
            continue
        kind = m.group(1).lower()
        where = f"{document.path}:{line}"
        if kind not in KINDS:
            from .packs.schema import did_you_mean
            warnings.append(f"{where}: unknown directive '{PREFIX}{kind}'"
                            + did_you_mean(kind, KINDS) + "; it has no effect")
            continue
        rest, _, reason = m.group(2).lstrip(" \t:").partition("--")
        ids = tuple(x for x in re.split(r"[,\s]+", rest.strip()) if x)
        d = Directive(kind=kind, ids=ids, line=line, reason=reason.strip(),
                      text=" ".join(inner.split()))
        for name in ids:
            if not _known(name, ruleset):
                warnings.append(f"{where}: {d.describe()} names unknown rule '{name}'")
        if kind == "enable":
            open_regions = _enable(open_regions, ids, start, scopes)
            continue
        directives.append(d)
        if not ids:
            warnings.append(f"{where}: {d.describe()} has no rule id, so it suppresses every "
                            f"rule: name the rules, e.g. <!-- {PREFIX}{kind} ROL-001 -->")
        if kind == "disable-file":
            scopes.append(_Scope(d, 0, 1 << 62, ids=ids))
        elif kind == "disable-line":
            last = index.position(max(start, end - 1))[0]
            scopes.append(_Scope(d, lines=(line, last), ids=ids))
        elif kind == "disable-next-line":
            target = index.position(max(start, end - 1))[0] + 1
            while target <= len(lines) and not lines[target - 1].strip():
                target += 1
            scopes.append(_Scope(d, lines=(target, target), ids=ids))
        else:
            region = _Scope(d, end, 1 << 62, ids=ids)
            scopes.append(region)
            open_regions.append(region)
    return scopes, directives, warnings


def _enable(open_regions, ids, at, scopes):
    """Close regions at ``at``; ``enable ID`` re-enables just those rules."""
    still = []
    for region in open_regions:
        region.end = at
        if not ids:
            continue
        if region.ids:
            left = tuple(i for i in region.ids if i not in ids)
            if left:
                again = _Scope(region.directive, at, 1 << 62, ids=left)
                scopes.append(again)
                still.append(again)
        else:
            again = _Scope(region.directive, at, 1 << 62, ids=(),
                           except_ids=region.except_ids | frozenset(ids))
            scopes.append(again)
            still.append(again)
    return still


def _position(finding, document):
    """(source start, first line, last line) of a finding, or None."""
    index = document.line_index()
    if finding.block_index >= 0 and finding.block_span and finding.block_index < len(document.blocks):
        block = document.blocks[finding.block_index]
        s, e = block.source_span(*finding.block_span)
        return s, index.position(s)[0], index.position(max(s, e - 1))[0]
    loc = finding.location
    if loc.line is None:
        return None
    s = index.starts[min(loc.line, len(index.starts)) - 1] + (loc.column or 1) - 1
    return s, loc.line, loc.end_line or loc.line


def _scope_hit(scope: _Scope, finding, pos) -> Optional[str]:
    """The id (or "*") by which ``scope`` suppresses ``finding``, or None."""
    s, first, last = pos
    if scope.lines is not None:
        if last < scope.lines[0] or first > scope.lines[1]:
            return None
    elif not (scope.start <= s < scope.end):
        return None
    if any(rule_matches(finding, x) for x in scope.except_ids):
        return None
    if not scope.ids:
        return "*"
    for name in scope.ids:
        if rule_matches(finding, name):
            return name
    return None


def sic_spans(block_text: str) -> list[tuple[int, int]]:
    """Spans of a block that a ``[sic]`` marks as quoted verbatim."""
    from .conditions.context import fold_quotes

    text = fold_quotes(block_text)
    out = []
    for m in _SIC.finditer(text):
        before = text[:m.start()].rstrip()
        if before.endswith(('"', "'")):
            q = before[-1]
            opening = before.rfind(q, 0, len(before) - 1)
            if opening != -1 and len(before) - opening < 600:
                out.append((opening, len(before)))
                continue
        out.append((len(before), len(before)))     # the term just before: end must touch here
    return out


def apply_inline(findings, document, ruleset=None, report_unused=False):
    """Return (kept, suppressed [(finding, reason)], warnings)."""
    scopes, directives, warnings = parse(document, ruleset)
    sic: dict = {}
    kept, suppressed = [], []
    for f in findings:
        reason = None
        pos = _position(f, document) if scopes else None
        if pos is not None:
            for scope in scopes:
                hit = _scope_hit(scope, f, pos)
                if hit is not None:
                    scope.directive.used.add(hit)
                    reason = f"inline suppression at line {scope.directive.line}"
                    if scope.directive.reason:
                        reason += f": {scope.directive.reason}"
                    break
        if reason is None and 0 <= f.block_index < len(document.blocks) and f.block_span:
            spans = sic.get(f.block_index)
            if spans is None:       # once per block: a 10 MB one-line block has 300,000 findings
                text = document.blocks[f.block_index].text
                spans = sic[f.block_index] = sic_spans(text) if "[" in text else ()
            if spans:
                bs, be = f.block_span
                for a, b in spans:
                    if (a == b and be == a) or (a < b and a <= bs and be <= b):
                        where = f"line {f.location.line}" if f.location.line else (f.location.describe() or "here")
                        reason = f"[sic] marks a quotation at {where}"
                        break
        if reason is None:
            kept.append(f)
        else:
            suppressed.append((f, reason))
    if report_unused:
        warnings.extend(unused(directives, document.path))
    return kept, suppressed, warnings


def unused(directives, path) -> list[str]:
    out = []
    for d in directives:
        if not d.ids:
            if not d.used:
                out.append(f"{path}:{d.line}: unused suppression {d.describe()}: nothing to suppress")
            continue
        idle = [i for i in d.ids if i not in d.used]
        if idle:
            out.append(f"{path}:{d.line}: unused suppression {d.describe()}: no "
                       f"{', '.join(idle)} finding to suppress")
    return out
