"""The EIA evidence annex as plain blocks, written to .docx (``docx_annex``) or .odt
(``odt_annex``) by small writers that know nothing about findings.

Blocks: ("title", text), ("heading", level, text), ("para", runs, style), ("bullets", [runs]),
("table", header, rows, widths). ``runs`` is a list of (text, bold) pairs; a table cell is a
string or runs. Text from the documents only ever travels as run text; each writer escapes it.
"""
from __future__ import annotations

import re
from collections import OrderedDict

from .. import __version__
from . import evidence as ev

# The Public Sector Equality Duty's three aims (Equality Act 2010, section 149), shortened.
PSED = OrderedDict([
    (1, "Aim 1: eliminate discrimination, harassment and victimisation"),
    (2, "Aim 2: advance equality of opportunity"),
    (3, "Aim 3: foster good relations between people who share a characteristic and people who do not"),
])
AIMS_BY_SEVERITY = {"error": (1,), "warning": (1, 2), "info": (2, 3)}

TRANS_NOTE = (
    "Non-binary and intersex people. The Act's wording on sex and on gender reassignment does "
    "not name them, yet both groups meet the same assumptions this review looks for. A tribunal "
    "has treated a non-binary person as covered by gender reassignment, and people with "
    "variations in sex characteristics (intersex people) are affected by binary sex questions. "
    "Record the impact on them here even where the Act is silent.")

IMPACT_TEXT = {
    "negative": "Negative. The documents contain wording that assumes or excludes (warnings or "
                "errors below); until it is changed or justified, some people with this "
                "characteristic are likely to be treated less favourably or feel excluded.",
    "review": "Review. Only prompts to review were found; each may be acceptable in context and "
              "the decision should be recorded.",
    "none": "None found. No wording about this characteristic was flagged.",
}

_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def clean(text) -> str:
    """Document text made safe for any XML writer: control characters and lone surrogates go."""
    return _ILLEGAL_XML.sub("\ufffd", "" if text is None else str(text))


def _runs(*parts) -> list:
    return [(clean(t), bool(b)) for t, b in parts if t]


def _where(path, f) -> str:
    return f"{path}, {ev.describe(f.location)}"


def _sentence(f) -> list:
    before, hit, after = ev.highlight(f)
    return _runs(("\u201c", False), (before, False), (hit, True), (after, False), ("\u201d", False))


def _checked_rules(ctx: dict) -> dict:
    """characteristic -> rule ids of this run's rule set that concern it."""
    ruleset = getattr(ctx.get("settings"), "ruleset", None)
    out: dict = {}
    for rule in getattr(ruleset, "rules", ()) or ():
        for c in getattr(rule, "characteristics", ()) or ():
            out.setdefault(c, []).append(rule.id)
    return out


def summary_blocks(report, ctx: dict) -> list:
    from .html import _generated
    from .outcome import counts_line, result

    live = [f for _, f in ev.live(report)]
    c = ev.counts(live)
    waived = sum(1 for f in report.findings if f.waived)
    suppressed = sum(len(r.suppressed) for r in report.files)
    unread = [r for r in report.files if r.errors]
    packs = ", ".join(f"{n} {v}" for n, v in report.packs) or "none"
    facts = [
        ("Documents", "; ".join(clean(r.path) for r in report.files) or "none"),
        ("Documents checked", counts_line(report)),
        ("Rule packs and versions", packs),
        ("Checked on", _generated().strftime("%d %B %Y").lstrip("0")),
        ("Tool", f"inclusive-lint {__version__}"),
        ("Fail level", report.fail_level),
        ("Result", result(report)[1]),
    ]
    counts = [("Errors", c["error"]), ("Warnings", c["warning"]), ("Info prompts", c["info"]),
              ("Total open findings", len(live)), ("Waived (justified exceptions)", waived),
              ("Suppressed in the document", suppressed), ("Documents that could not be read", len(unread))]
    blocks = [
        ("heading", 1, "1 Summary"),
        ("para", _runs(("What was checked, with which rules, and what was found. Sections 2 to 6 "
                        "hold the evidence, the action plan, the exceptions and the sign-off.", False)), ""),
        ("table", ["Item", "Detail"], [[k, v] for k, v in facts], (5, 11)),
        ("table", ["Severity", "Findings"], [[k, str(v)] for k, v in counts], (10, 6)),
    ]
    comparison = ctx.get("compare")
    if comparison is not None:
        blocks += [("heading", 2, "Progress since the earlier review"),
                   ("para", _runs((comparison.sentence(), False)), "")]
        from .changes import context as change_context

        resolved = change_context(report, comparison)["resolved_rows"]
        if resolved:
            rows = [[clean(f["path"]), clean(f["where"]), clean(f["rule_id"]), _runs((f["text"], True))]
                    for f in resolved]
            blocks.append(("para", _runs(("Resolved since the earlier report:", True)), ""))
            blocks.append(("table", ["Document", "Where (earlier version)", "Rule", "Words"], rows, (4, 6, 2, 4)))
    return blocks


def characteristic_blocks(report, ctx: dict) -> list:
    checked = _checked_rules(ctx)
    by_char: dict = OrderedDict((key, []) for key in ev.CHARACTERISTICS)
    for r, f in ev.live(report):
        for key in f.characteristics or ("unspecified",):
            by_char.setdefault(key, []).append((r, f))
    comparison = ctx.get("compare")
    blocks = [("heading", 1, "2 Evidence by protected characteristic"),
              ("para", _runs(("The nine protected characteristics in the order of the Equality Act "
                              "2010. Flagged words are in bold.", False)), "")]
    for key, pairs in by_char.items():
        if key == "unspecified" and not pairs:
            continue
        label = ev.characteristic_label(key) if key != "unspecified" else "Other findings (no characteristic recorded)"
        blocks.append(("heading", 2, label))
        if key in ("sex", "gender_reassignment"):
            blocks.append(("para", _runs((TRANS_NOTE, False)), "note"))
        blocks.append(("heading", 3, "Evidence"))
        rules = checked.get(key, [])
        what = (f"checked against {len(rules)} rule{'s' if len(rules) != 1 else ''} about it "
                f"({', '.join(sorted(rules))})" if rules else "no rule in the packs used covers it; "
                "a reviewer needs to consider it directly")
        if not pairs:
            blocks.append(("para", _runs((f"No findings in the documents checked: {what}.", False)), ""))
        for r, f in pairs:
            head = f"{_where(r.path, f)}: {f.rule_id} {f.rule_name or ''}".rstrip()
            if comparison is not None:
                head += f" ({comparison.change(r.path, f)})"
            blocks.append(("para", _runs((head, False)), "small"))
            blocks.append(("para", _sentence(f), "quote"))
            why = f.rationale or f.message
            blocks.append(("para", _runs(("Why it matters: ", True), (why, False)), ""))
        severities = {f.severity for _, f in pairs}
        impact = ("negative" if severities & {"warning", "error"} else "review" if severities else "none")
        blocks.append(("heading", 3, "Potential impact"))
        blocks.append(("para", _runs((IMPACT_TEXT[impact], False), (f" Scope: {what}.", False)), ""))
        blocks.append(("heading", 3, "Public Sector Equality Duty aims engaged"))
        aims = sorted({a for s in severities for a in AIMS_BY_SEVERITY.get(s, ())})
        if aims:
            blocks.append(("bullets", [_runs((PSED[a], False)) for a in aims]))
        else:
            blocks.append(("para", _runs(("None engaged by the findings; the reviewer confirms.", False)), ""))
        blocks.append(("heading", 3, "Suggested mitigation"))
        advice = OrderedDict()
        for _, f in pairs:
            if f.rule_id not in advice:
                tip = "Consider: " + "; ".join(f.suggestions) + "." if f.suggestions else f.message
                advice[f.rule_id] = _runs((f"{f.rule_id} {f.rule_name or ''}: ".replace(" :", ":"), True), (tip, False))
        if advice:
            blocks.append(("bullets", list(advice.values())))
        else:
            blocks.append(("para", _runs(("None needed on this evidence.", False)), ""))
    return blocks


def action_blocks(report, ctx: dict) -> list:
    rows = []
    comparison = ctx.get("compare")
    for r, f in ev.live(report):
        finding = _runs((f"{_where(r.path, f)}: {f.rule_id} ", False), (f.text, True))
        action = "; ".join(f.suggestions) or f.message
        status = "Open" + (f" ({comparison.change(r.path, f)})" if comparison is not None else "")
        rows.append([finding, clean(action), "", "", status])
    blocks = [("heading", 1, "3 Action plan"),
              ("para", _runs(("One row per open finding. The owner and due date are for the reviewer "
                              "to fill in.", False)), "")]
    if rows:
        blocks.append(("table", ["Finding", "Action", "Owner", "Due date", "Status"], rows, (6, 5, 2, 2, 2)))
    else:
        blocks.append(("para", _runs(("No open findings: no actions.", False)), ""))
    return blocks


def exception_blocks(report, ctx: dict) -> list:
    rows = []
    for r in report.files:
        for f in r.findings:
            if f.waived:
                rows.append(["Waiver", clean(_where(r.path, f)), clean(f.rule_id), _runs((f.text, True)),
                             clean(f.waiver_reason or "(no reason given)")])
        for f, reason in r.suppressed:
            rows.append(["Suppression", clean(_where(r.path, f)), clean(f.rule_id), _runs((f.text, True)),
                         clean(reason or "(no reason given)")])
    blocks = [("heading", 1, "4 Justified exceptions"),
              ("para", _runs(("Findings a reviewer accepted, with the reason, reviewer and date where "
                              "they were recorded.", False)), "")]
    if rows:
        blocks.append(("table", ["Kind", "Where", "Rule", "Words", "Reason, reviewer, date"], rows, (2, 5, 2, 3, 5)))
    else:
        blocks.append(("para", _runs(("None.", False)), ""))
    problems = []
    for r in report.files:
        for e in r.errors:
            problems.append([clean(r.path), "Not read: not checked at all", clean(e.message)])
        for n in r.notices:
            problems.append([clean(r.path), "Read in part", clean(n.message)])
    blocks.append(("heading", 1, "5 Files not read and pages not checked"))
    if problems:
        blocks.append(("para", _runs(("These documents or pages were not checked; they are not "
                                      "evidence of inclusive wording.", False)), ""))
        blocks.append(("table", ["Document", "What", "Detail"], problems, (5, 4, 8)))
    else:
        blocks.append(("para", _runs(("Every document was read in full.", False)), ""))
    return blocks


def signoff_blocks() -> list:
    return [("heading", 1, "6 Sign-off"),
            ("para", _runs(("Completed by the equality lead who reviewed this evidence.", False)), ""),
            ("table", ["Name", "Role", "Date"], [["", "", ""]], (6, 6, 4))]


def blocks(report, ctx: dict) -> list:
    return ([("title", "Equality impact assessment: evidence annex"),
             ("para", _runs(("Evidence from inclusive-lint on heteronormative and cisnormative wording, "
                             "for the equality impact assessment of the documents listed below.", False)), "")]
            + summary_blocks(report, ctx) + characteristic_blocks(report, ctx) + action_blocks(report, ctx)
            + exception_blocks(report, ctx) + signoff_blocks())


def properties(report) -> dict:
    names = ", ".join(r.path for r in report.files[:3]) + (" \u2026" if len(report.files) > 3 else "")
    return {"title": clean(f"EIA evidence annex: {names}")[:250], "author": "inclusive-lint",
            "subject": "Equality impact assessment evidence",
            "keywords": "EIA; equality; LGBTQ+; inclusive-lint"}
