"""Plain data for reports: framework elements, Equality Act labels, locations, EIA rows.

Shared by the HTML, SARIF and GitHub formatters. No template engine here (that
stays inside ``html.py``), and nothing that knows about file types beyond the
Location fields every reader fills.
"""
from __future__ import annotations

import os
from collections import OrderedDict

# Framework elements, in the project's own words (framework text: shared/reference/).
FRAMEWORK = OrderedDict([
    ("2.3", ("Pillar 2.3: appropriate language",
             "Staff learn the words LGBTQ+ people use about themselves and use them. Outdated, "
             "offensive or needlessly gendered terms are replaced with current, accurate ones.")),
    ("3.1", ("Pillar 3.1: services meet LGBTQ+ needs",
             "Services are designed and reviewed with LGBTQ+ people in mind. Equality impact "
             "assessments are the main tool, and policies, forms and leaflets are reviewed so "
             "that their wording includes everyone.")),
    ("3.2", ("Pillar 3.2: no assumed identity",
             "Nobody's gender identity or sexual orientation is taken for granted: being straight "
             "or cisgender is one possibility, not the default. This covers family and next-of-kin "
             "wording, forms, pronouns, consent and perinatal language.")),
])

# Equality Act 2010 protected characteristics, as the rule packs name them.
CHARACTERISTICS = OrderedDict([
    ("sex", "Sex"),
    ("gender_reassignment", "Gender reassignment"),
    ("sexual_orientation", "Sexual orientation"),
    ("marriage_civil_partnership", "Marriage and civil partnership"),
    ("pregnancy_maternity", "Pregnancy and maternity"),
    ("age", "Age"),
    ("disability", "Disability"),
    ("race", "Race"),
    ("religion_belief", "Religion or belief"),
])

# Characteristics an LGBTQ+ review always records in the EIA, even with no findings.
ALWAYS_CONSIDERED = ("sex", "gender_reassignment", "sexual_orientation",
                     "marriage_civil_partnership", "pregnancy_maternity")

SEVERITY_LABEL = {"error": "Error", "warning": "Warning", "info": "Info"}
SEVERITY_ORDER = ("error", "warning", "info")

# Default impact wording by severity (the catalogue's severity levels, restated).
IMPACT = {
    "error": "Negative: wording many people find offensive or outdated; a risk to dignity "
             "and of harassment (PSED aim 1).",
    "warning": "Potentially negative: a default assumption that may exclude or misgender people "
               "(PSED aims 1 and 2). Needs a decision by the author.",
    "info": "Unknown: a prompt to review; often acceptable in context. Record it as considered "
            "(PSED aims 2 and 3).",
}

TEXT_FORMATS = ("text", "markdown", "html", "")


def characteristic_label(key: str) -> str:
    return CHARACTERISTICS.get(key, key.replace("_", " ").capitalize())


def framework_title(code: str) -> str:
    return FRAMEWORK[code][0] if code in FRAMEWORK else f"Framework element {code}"


def location_parts(loc) -> list:
    """Human pieces of a location: page, part, section, table cell, paragraph, line."""
    bits = []
    if loc.pages and len(loc.pages) > 1:
        bits.append("pages " + ", ".join(str(p) for p in loc.pages))
    elif loc.page is not None:
        bits.append(f"page {loc.page}")
    if loc.part and loc.part != "body":
        bits.append(loc.part_label())
    if loc.heading:
        bits.append(f"section \u201c{loc.heading}\u201d")
    if loc.table is not None:
        cell = f"table {loc.table}"
        if loc.row is not None:
            cell += f", row {loc.row}"
        if loc.cell is not None:
            cell += f", column {loc.cell}"
        bits.append(cell)
    elif loc.paragraph is not None and loc.part in (None, "body"):
        bits.append(f"paragraph {loc.paragraph}")
    if loc.line is not None:
        bits.append(f"line {loc.line}" + (f", column {loc.column}" if loc.column is not None else ""))
    converted = dict(loc.extra or ()).get("converted_from")
    if converted:
        bits.append(f"converted from {converted}")
    return bits


def describe(loc) -> str:
    return "; ".join(location_parts(loc)) or "whole document"


def relative_path(path: str) -> str:
    """A path relative to the working directory when it is inside it, with forward slashes."""
    if os.path.isabs(path):
        try:
            rel = os.path.relpath(path)
            if not rel.startswith(".."):
                path = rel
        except ValueError:
            pass
    elif path not in ("", "-"):
        path = os.path.normpath(path)
    return path.replace(os.sep, "/")


def highlight(finding) -> tuple:
    """(before, flagged, after) of the finding's sentence; the flagged words alone if unknown."""
    context, text = finding.context or "", finding.text or ""
    span = finding.context_span
    if context and len(span) == 2 and 0 <= span[0] <= span[1] <= len(context) and span[1] > span[0]:
        return context[:span[0]], context[span[0]:span[1]], context[span[1]:]
    if context and text:
        i = context.find(text)
        if i == -1:
            i = context.lower().find(text.lower())
        if i != -1:
            return context[:i], context[i:i + len(text)], context[i + len(text):]
    if context and not text:
        return context, "", ""
    return "", text, ""


def counts(findings) -> dict:
    out = {s: 0 for s in SEVERITY_ORDER}
    for f in findings:
        out[f.severity] = out.get(f.severity, 0) + 1
    return out


def live(report) -> list:
    """(result, finding) pairs for findings that are not waived."""
    return [(r, f) for r in report.files for f in r.findings if not f.waived]


def eia_rows(report, max_places: int = 6) -> list:
    """Rows for the EIA evidence table: one per characteristic and rule.

    Characteristics an LGBTQ+ review always considers get a row even when
    nothing was found, so the EIA records that they were considered.
    """
    by_char: dict = OrderedDict()
    for r, f in live(report):
        for c in f.characteristics or ("unspecified",):
            by_char.setdefault(c, OrderedDict()).setdefault(f.rule_id, []).append((r, f))
    order = list(CHARACTERISTICS) + [c for c in by_char if c not in CHARACTERISTICS]
    rows = []
    for c in order:
        rules = by_char.get(c)
        if not rules:
            if c in ALWAYS_CONSIDERED:
                rows.append({"characteristic": characteristic_label(c), "key": c, "rule_id": "",
                             "evidence": ["No findings in the documents checked."],
                             "impact": "None identified by the linter; a reviewer should confirm.",
                             "mitigation": [], "framework": "", "severity": ""})
            continue
        for rule_id, pairs in sorted(rules.items(), key=lambda kv: (_rank(kv[1][0][1].severity), kv[0])):
            first = pairs[0][1]
            places = []
            for r, f in pairs[:max_places]:
                places.append(f"{r.path}, {describe(f.location)}: \u201c{f.text}\u201d")
            if len(pairs) > max_places:
                places.append(f"and {len(pairs) - max_places} more")
            name = first.rule_name or rule_id
            evidence = [f"{rule_id} {name} ({len(pairs)} finding{'s' if len(pairs) != 1 else ''}): "
                        f"{first.message}"] + places
            mitigation = []
            if first.suggestions:
                mitigation.append("Consider: " + "; ".join(first.suggestions) + ".")
            mitigation.append("Review each place listed and record the decision.")
            rows.append({"characteristic": characteristic_label(c), "key": c, "rule_id": rule_id,
                         "evidence": evidence, "impact": IMPACT.get(first.severity, ""),
                         "mitigation": mitigation, "severity": first.severity,
                         "framework": ", ".join(first.framework)})
    return rows


def _rank(severity: str) -> int:
    return SEVERITY_ORDER.index(severity) if severity in SEVERITY_ORDER else len(SEVERITY_ORDER)
