"""Suppressions written as Word comments.

A comment on the flagged words that starts ``inclusive-lint: allow RULE-ID because <reason>``
suppresses that rule's findings inside the commented text; the finding is reported as a
justified exception with the reason. ``allow`` without a rule id applies to every rule on that
text, and the run gets a warning saying so. Several ids may be given, separated by commas or
spaces. A comment with no range (or an empty one) covers its whole paragraph.

Readers record comment ranges in ``document.meta["comment_allows"]``: a list of dicts
``{"block_index", "start", "end", "rules": [ids] or [], "reason", "comment_id"}`` with offsets
into that block's text.
"""
from __future__ import annotations

import re

_ALLOW = re.compile(r"^\s*inclusive[- ]lint\s*:?\s*allow\b(?P<rest>.*)$", re.I | re.S)
_BECAUSE = re.compile(r"\bbecause\b", re.I)
_RULE_ID = re.compile(r"^[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)+$")


def parse_allow(text: str):
    """(rules, reason) for a comment that is an allow directive, else None.

    >>> parse_allow("inclusive-lint: allow PRN-001 because quoting the Act")
    (['PRN-001'], 'quoting the Act')
    """
    m = _ALLOW.match(text or "")
    if not m:
        return None
    rest = m.group("rest")
    parts = _BECAUSE.split(rest, maxsplit=1)
    ids_part = parts[0]
    reason = " ".join(parts[1].split()).strip(" .:-") if len(parts) > 1 else ""
    rules = []
    for token in re.split(r"[\s,;]+", ids_part.strip(" :")):
        if not token:
            continue
        if _RULE_ID.match(token):
            rules.append(token.upper())
        elif not rules and not reason:
            # "allow: quoting the Act" (no ids, no "because"): the text is the reason
            reason = " ".join(ids_part.split()).strip(" .:-")
            break
        else:
            break
    return rules, reason


def _covers(allow: dict, finding) -> bool:
    if finding.block_index != allow["block_index"] or not finding.block_span:
        return False
    s, e = finding.block_span
    return allow["start"] <= s and e <= allow["end"] and allow["start"] < allow["end"]


def _rule_matches(rules, finding) -> bool:
    if not rules:
        return True
    rid = finding.rule_id.upper()
    return any(rid == r or rid.startswith(r.rstrip("-") + "-") for r in rules)


def apply_comment_allows(findings, document):
    """Return (kept, suppressed [(finding, reason)], warnings [str])."""
    allows = (document.meta or {}).get("comment_allows") or []
    if not allows:
        return list(findings), [], []
    kept, suppressed, warnings = [], [], []
    for f in findings:
        hit = None
        for a in allows:
            if _covers(a, f) and _rule_matches(a["rules"], f):
                hit = a
                break
        if hit is None:
            kept.append(f)
            continue
        reason = hit["reason"] or "no reason given"
        label = hit.get("source") or f"Word comment {hit['comment_id']}"   # PDF: "PDF comment on page 3"
        suppressed.append((f, f"{label}: {reason}"))
    path = document.path
    seen: set = set()
    for a in allows:
        cid = a["comment_id"]
        label = a.get("source") or f"Word comment {cid}"
        if cid in seen:
            continue
        seen.add(cid)
        if not a["rules"]:
            warnings.append(f"{path}: {label} allows every rule on its text; "
                            "name the rule (inclusive-lint: allow RULE-ID because ...)")
        if not a["reason"]:
            warnings.append(f"{path}: {label} gives no reason; add 'because ...'")
    return kept, suppressed, warnings
