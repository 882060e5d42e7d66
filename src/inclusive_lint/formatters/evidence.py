"""Plain data for reports: framework elements, Equality Act labels, locations, EIA rows.

Shared by the HTML, SARIF and GitHub formatters. No template engine here (that
stays inside ``html.py``), and nothing that knows about file types beyond the
Location fields every reader fills.
"""
from __future__ import annotations

import os
from collections import OrderedDict

from ..model import page_ranges

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


IMPACT_LABEL = {"error": "Negative", "warning": "Potentially negative", "info": "Unknown"}


def place_pieces(loc) -> list:
    """A place in a few characters: "p. 3", "footnote 1", "\u00a74.1", "table 1 r4 c1", "\u00b615", "l. 12"."""
    bits = []
    if loc.pages and len(loc.pages) > 1:
        bits.append("pp. " + page_ranges(loc.pages))
    elif loc.page is not None:
        bits.append(f"p. {loc.page}")
    if loc.part and loc.part != "body":
        bits.append(loc.part_label())
    if loc.heading:
        last = loc.heading.split(" > ")[-1]
        number = last.split(" ", 1)[0]
        bits.append("\u00a7" + (number if number[:1].isdigit() else f"\u201c{last[:40]}\u201d"))
    if loc.table is not None:
        bits.append(f"table {loc.table}" + (f" r{loc.row}" if loc.row is not None else "")
                    + (f" c{loc.cell}" if loc.cell is not None else ""))
    elif loc.paragraph is not None and loc.part in (None, "body"):
        bits.append(f"\u00b6{loc.paragraph}")
    if loc.line is not None:
        bits.append(f"l. {loc.line}")
    return bits or ["whole document"]


def compact_places(locations) -> str:
    """Every place, once, in reading order, sharing what neighbours share:
    "\u00a71 \u00b63, 5; \u00a73.2 \u00b612; footnote 1" or "p. 3, 4, 7"."""
    groups: list = []       # [(prefix tuple, [last pieces])]
    for loc in locations:
        bits = place_pieces(loc)
        prefix, last = tuple(bits[:-1]), bits[-1]
        if groups and groups[-1][0] == prefix:
            if last not in groups[-1][1]:
                groups[-1][1].append(last)
        else:
            groups.append((prefix, [last]))
    out = []
    for prefix, lasts in groups:
        symbol = _symbol(lasts[0])
        tail = ", ".join([lasts[0]] + [x[len(symbol):] if symbol and _symbol(x) == symbol else x
                                       for x in lasts[1:]])
        out.append(" ".join(prefix + (tail,)))
    return "; ".join(out)


def _symbol(piece: str) -> str:
    """The marker before a number ("p. ", "\u00b6", "l. "), or "" for pieces that are not numbered."""
    for sym in ("pp. ", "p. ", "\u00b6", "l. ", "\u00a7"):
        if piece.startswith(sym) and piece[len(sym):][:1].isdigit():
            return sym
    return ""


def common_folder(report) -> str:
    """The folder every document of the report is in ("examples/"), or "" if none is shared."""
    paths = [r.path.replace(os.sep, "/") for r in report.files if r.path not in ("", "-")]
    folders = {p.rsplit("/", 1)[0] + "/" if "/" in p else "" for p in paths}
    if len(paths) < 2 or len(folders) != 1:
        return ""
    return folders.pop()


def eia_rows(report, max_places: int | None = None, base: str = "") -> list:
    """Rows for the EIA evidence table: one per characteristic and rule, each listing every
    place compactly per document (``max_places`` is kept for callers; None lists them all).
    Document paths are shown without the folder ``base`` (see :func:`common_folder`).

    Characteristics an LGBTQ+ review always considers get a row even when
    nothing was found, so the EIA records that they were considered.
    """
    by_char: dict = OrderedDict()
    for r, f in live(report):
        for c in f.characteristics or ("unspecified",):
            by_char.setdefault(c, OrderedDict()).setdefault(f.rule_id, []).append((r, f))
    order = list(CHARACTERISTICS) + [c for c in by_char if c not in CHARACTERISTICS]
    rows, first_under = [], {}
    for c in order:
        rules = by_char.get(c)
        if not rules:
            if c in ALWAYS_CONSIDERED:
                rows.append({"characteristic": characteristic_label(c), "key": c, "rule_id": "",
                             "evidence": ["No findings in the documents checked."], "places": [],
                             "words": [], "impact": "None identified by the linter; a reviewer should confirm.",
                             "impact_label": "None found", "mitigation": [], "framework": "", "severity": "",
                             "see": "", "count": 0, "message": ""})
            continue
        for rule_id, pairs in sorted(rules.items(), key=lambda kv: (_rank(kv[1][0][1].severity), kv[0])):
            first = pairs[0][1]
            by_file: dict = OrderedDict()
            for r, f in pairs[:max_places] if max_places else pairs:
                shown = r.path.replace(os.sep, "/")
                by_file.setdefault(shown[len(base):] if base and shown.startswith(base) else r.path,
                                   []).append(f.location)
            places = [(path, compact_places(locs)) for path, locs in by_file.items()]
            words = list(OrderedDict.fromkeys(f.text.strip() for _, f in pairs if f.text.strip()))
            name = first.rule_name or rule_id
            evidence = [f"{rule_id} {name} ({len(pairs)} finding{'s' if len(pairs) != 1 else ''}): "
                        f"{first.message}"] + [f"{path}: {where}" for path, where in places]
            see = first_under.get(rule_id, "")
            first_under.setdefault(rule_id, characteristic_label(c))
            mitigation = [_mitigation(first.suggestions)] if first.suggestions else []
            rows.append({"characteristic": characteristic_label(c), "key": c, "rule_id": rule_id,
                         "rule_name": name, "count": len(pairs), "message": first.message,
                         "see": see,     # the characteristic whose row already gave the message
                         "evidence": evidence, "places": places, "words": words,
                         "impact": IMPACT.get(first.severity, ""),
                         "impact_label": IMPACT_LABEL.get(first.severity, ""),
                         "mitigation": mitigation or ["Review each place and record the decision."],
                         "severity": first.severity, "framework": ", ".join(first.framework)})
    return rows


def _mitigation(suggestions, room: int = 90) -> str:
    """ "Consider: a; b." with as many suggestions as fit in about ``room`` characters; the rest,
    and any long wording cut short, are with each finding."""
    shown: list = []
    for s in suggestions:
        if shown and len("; ".join(shown + [s])) > room:
            break
        if not shown and len(s) > room:
            s = s[:room].rsplit(" ", 1)[0].rstrip(",;:") + "\u2026"
        shown.append(s)
    rest = len(suggestions) - len(shown)
    cut = shown[-1].endswith("\u2026")
    tail = (f" (and {rest} more with the findings)" if rest else "") + (" (in full with the findings)" if cut else "")
    return "Consider: " + "; ".join(shown) + (tail or ".")


def _rank(severity: str) -> int:
    return SEVERITY_ORDER.index(severity) if severity in SEVERITY_ORDER else len(SEVERITY_ORDER)
