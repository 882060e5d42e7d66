"""HTML report for equality impact assessment (EIA) reviewers.

One self-contained, accessible page (inline CSS, no scripts, no external
requests). Every piece of document text goes through jinja2 autoescaping.
"""
from __future__ import annotations

import datetime as _dt
import os
from collections import OrderedDict
from pathlib import Path

from .. import __version__
from . import evidence as ev
from . import outcome

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
FORMAT_LABEL = {"text": "plain text", "markdown": "Markdown", "html": "HTML", "docx": "Word (.docx)",
                "odt": "OpenDocument text (.odt)", "doc": "Word 97\u20132003 (.doc, converted)",
                "rtf": "Rich Text (.rtf, converted)", "wpd": "WordPerfect (.wpd, converted)",
                "pdf": "PDF", "": "unknown"}
STATUS_LABEL = {"findings": "Findings", "clean": "No findings", "error": "Could not be read",
                "notice": "Read, with notices", "incomplete": "Not fully checked", "not-read": "Not read"}


def _safe_link(url: str) -> str:
    """Only web links become hrefs; anything else (javascript:, data:) is dropped."""
    url = (url or "").strip()
    return url if url.lower().startswith(("https://", "http://")) else ""


def _generated() -> _dt.datetime:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return _dt.datetime.fromtimestamp(int(epoch), _dt.timezone.utc)
    return _dt.datetime.now(_dt.timezone.utc).replace(microsecond=0)


def _rules_by_id(ctx: dict) -> dict:
    settings = ctx.get("settings")
    ruleset = getattr(settings, "ruleset", None)
    return {r.id: r for r in getattr(ruleset, "rules", ()) or ()}


def _finding(f, anchor: str, rules: dict) -> dict:
    rule = rules.get(f.rule_id)
    before, hit, after = ev.highlight(f)
    return {
        "id": anchor, "rule_id": f.rule_id, "rule_name": f.rule_name or getattr(rule, "name", ""),
        "severity": f.severity, "severity_label": ev.SEVERITY_LABEL.get(f.severity, f.severity),
        "message": f.message, "text": f.text, "where": ev.describe(f.location),
        "before": before, "hit": hit, "after": after,
        "rationale": f.rationale or getattr(rule, "rationale", ""),
        "suggestions": list(f.suggestions), "link": _safe_link(f.link or getattr(rule, "link", "")),
        "framework": [(c, ev.framework_title(c)) for c in f.framework],
        "characteristics": [ev.characteristic_label(c) for c in f.characteristics],
        "fix": f.fix,
    }


def build_context(report, ctx: dict) -> dict:
    """Everything the template shows, as plain data (tested without a browser)."""
    rules = _rules_by_id(ctx)
    files, first_anchor = [], {}
    by_framework: dict = OrderedDict((code, OrderedDict()) for code in ev.FRAMEWORK)
    by_char: dict = OrderedDict()
    exceptions, problems = [], []
    for i, r in enumerate(report.files, 1):
        live = [f for f in r.findings if not f.waived]
        items = []
        for j, f in enumerate(live, 1):
            item = _finding(f, f"f{i}-{j}", rules)
            items.append(item)
            first_anchor.setdefault(f.rule_id, item["id"])
            for code in f.framework or ("other",):
                group = by_framework.setdefault(code, OrderedDict())
                entry = group.setdefault(f.rule_id, {"rule_id": f.rule_id, "rule_name": item["rule_name"],
                                                     "severity": f.severity, "count": 0, "files": set()})
                entry["count"] += 1
                entry["files"].add(r.path)
            for c in f.characteristics or ("unspecified",):
                entry = by_char.setdefault(c, {"label": ev.characteristic_label(c), "count": 0,
                                               "rules": OrderedDict(), "framework": set()})
                entry["count"] += 1
                entry["rules"][f.rule_id] = True
                entry["framework"].update(f.framework)
        for f in r.findings:
            if f.waived:
                exceptions.append({"kind": "Waiver", "path": r.path, "where": ev.describe(f.location),
                                   "rule_id": f.rule_id, "text": f.text,
                                   "reason": f.waiver_reason or "(no reason given)"})
        for f, reason in r.suppressed:
            exceptions.append({"kind": "Suppression", "path": r.path, "where": ev.describe(f.location),
                               "rule_id": f.rule_id, "text": f.text, "reason": reason or "(no reason given)"})
        for e in r.errors:
            problems.append({"kind": "Could not be read", "path": r.path, "code": e.category, "message": e.message})
        for n in r.notices:
            problems.append({"kind": {"not-read": "Not read"}.get(n.code, "Not fully checked" if n.incomplete
                                                                  else "Notice"), "path": r.path, "code": n.code, "message": n.message})
        c = ev.counts(live)
        files.append({"id": f"file-{i}", "path": r.path, "format": FORMAT_LABEL.get(r.format, r.format),
                      "status": r.status, "status_label": STATUS_LABEL.get(r.status, r.status),
                      "counts": c, "total": len(live), "findings": items,
                      "waived": len(r.findings) - len(live), "suppressed": len(r.suppressed),
                      "errors": r.errors, "notices": r.notices})
    for w in report.warnings:
        problems.append({"kind": "Run warning", "path": "", "code": "", "message": w})

    framework_groups = []
    for code, group in by_framework.items():
        title, desc = ev.FRAMEWORK.get(code, (f"Other ({code})", "Findings not linked to a framework element."))
        if code not in ev.FRAMEWORK and not group:
            continue
        rows = [dict(e, files=len(e["files"]), anchor=first_anchor.get(e["rule_id"], ""),
                     severity_label=ev.SEVERITY_LABEL.get(e["severity"], e["severity"]))
                for e in sorted(group.values(), key=lambda e: (ev._rank(e["severity"]), e["rule_id"]))]
        framework_groups.append({"code": code, "title": title, "description": desc, "rows": rows,
                                 "total": sum(e["count"] for e in group.values()),
                                 "id": "fw-" + code.replace(".", "-")})
    order = list(ev.CHARACTERISTICS)
    for key in ev.ALWAYS_CONSIDERED:   # an EIA records these even when nothing was found
        by_char.setdefault(key, {"label": ev.characteristic_label(key), "count": 0, "rules": {}, "framework": set()})
    characteristic_rows = [
        {"label": e["label"], "count": e["count"],
         "rules": [(rid, first_anchor.get(rid, "")) for rid in sorted(e["rules"])],
         "framework": ", ".join(sorted(e["framework"]))}
        for key, e in sorted(by_char.items(), key=lambda kv: (order.index(kv[0]) if kv[0] in order else 99))
    ]
    live_all = [f for _, f in ev.live(report)]
    generated = _generated()
    exit_code = report.exit_code()
    result_key, result_text = outcome.result(report)
    settings = ctx.get("settings")
    ruleset = getattr(settings, "ruleset", None)
    rule_counts = {}
    for rule in getattr(ruleset, "rules", ()) or ():
        rule_counts[rule.pack] = rule_counts.get(rule.pack, 0) + 1
    return {
        "title": "Inclusive language report",
        "tool_version": __version__,
        "generated_iso": generated.isoformat().replace("+00:00", "Z"),
        "generated_text": generated.strftime("%d %B %Y, %H:%M UTC").lstrip("0"),
        "packs": [{"name": n, "version": v, "rules": rule_counts.get(n)} for n, v in report.packs],
        "fail_level": report.fail_level,
        "outcome": result_text,
        "result": result_key,
        "documents_line": outcome.counts_line(report),
        "exit_code": exit_code,
        "counts": ev.counts(live_all),
        "total": len(live_all),
        "severities": [(s, ev.SEVERITY_LABEL[s]) for s in ev.SEVERITY_ORDER],
        "waived": sum(1 for e in exceptions if e["kind"] == "Waiver"),
        "suppressed": sum(1 for e in exceptions if e["kind"] == "Suppression"),
        "unreadable": sum(1 for r in report.files if r.errors),
        "notices": sum(len(r.notices) for r in report.files),
        "files": files,
        "framework_groups": framework_groups,
        "characteristic_rows": characteristic_rows,
        "exceptions": exceptions,
        "problems": problems,
        "eia_groups": _by_characteristic(ev.eia_rows(report, base=ev.common_folder(report))),
        "eia_base": ev.common_folder(report),
        "impacts": ev.IMPACT,
        "impact_labels": ev.IMPACT_LABEL,
    }


def _by_characteristic(rows) -> list:
    """EIA rows grouped under their characteristic (one table row group each), in order."""
    groups: list = []
    for row in rows:
        if groups and groups[-1]["key"] == row["key"]:
            groups[-1]["rows"].append(row)
        else:
            groups.append({"key": row["key"], "label": row["characteristic"], "rows": [row]})
    return groups


def render(report, ctx: dict) -> str:
    import jinja2

    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES)), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    data = build_context(report, ctx)
    css = (TEMPLATES / "report.css").read_text(encoding="utf-8")
    from .changes import context as change_context

    compare = change_context(report, ctx.get("compare"))     # --compare: a block in the summary
    return env.get_template("report.html.j2").render(css=css, compare=compare, **data)
