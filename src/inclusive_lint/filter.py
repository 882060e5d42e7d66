"""Filter findings after analysis, in this order:

1. per-file ignores (config) drop findings silently;
2. inline suppressions (Markdown/HTML comments, ``[sic]``) and suppressions from
   Word comments move findings to ``FileResult.suppressed`` with a reason;
3. waivers mark findings ``waived`` (they stay listed, with the reason, and never fail).

Steps 1-2 run per file (``apply_filters``, inside workers; results may be cached).
Step 3 runs once per run in ``finish_report``, after the cache, so a waiver that
expires today takes effect today; it also gathers the run-level warnings.
"""
from __future__ import annotations

import fnmatch
import os


def root_relative(path: str, root) -> str:
    """``path`` relative to the project root, with forward slashes (as globs are written)."""
    try:
        rel = os.path.relpath(os.path.abspath(path), os.path.abspath(str(root)))
    except ValueError:      # another drive
        rel = path
    return rel.replace(os.sep, "/")


def _per_file_ignored(finding, path: str, per_file: dict) -> bool:
    posix = path.replace("\\", "/")
    for glob, ids in per_file.items():
        if fnmatch.fnmatch(posix, glob) or fnmatch.fnmatch(posix, "*/" + glob.lstrip("/")):
            for rid in ids:
                if finding.rule_id == rid or finding.rule_id.startswith(rid.rstrip("-") + "-") or rid == finding.pack:
                    return True
    return False


def apply_filters(findings, document, settings):
    """Return (kept findings, suppressed [(finding, reason)], warnings [str])."""
    options = settings.options
    per_file = settings.config["per-file-ignores"]
    kept, suppressed, warnings = [], [], []
    for f in findings:
        if per_file and _per_file_ignored(f, root_relative(document.path, settings.config.root), per_file):
            continue
        kept.append(f)

    if kept or (document.meta or {}).get("comments"):
        from .suppress_inline import apply_inline

        kept, more, notes = apply_inline(kept, document, settings.ruleset,
                                         report_unused=bool(options.get("report_unused_suppressions")))
        suppressed.extend(more)
        warnings.extend(notes)

    # Word comments ("inclusive-lint: allow ROL-001"), read into meta["comment_allows"]
    if kept and (document.meta or {}).get("comment_allows") and _has_module("suppress_comments"):
        from .suppress_comments import apply_comment_allows

        kept, more, notes = apply_comment_allows(kept, document)
        suppressed.extend(more)
        warnings.extend(notes)
    return kept, suppressed, warnings


def _has_module(name: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(f"{__package__}.{name}") is not None


def finish_report(report, settings) -> None:
    """Apply waivers; add each file's filter warnings and the expired / unmatched waivers."""
    for r in report.files:
        for w in getattr(r, "warnings", ()) or ():
            if w not in report.warnings:
                report.warnings.append(w)
    waivers = settings.options.get("waivers")
    if waivers is not None and waivers.waivers:
        from .waivers import apply_waivers, run_warnings

        for r in report.files:
            if r.findings:
                r.findings = apply_waivers(r.findings, r.path, waivers)
        report.warnings.extend(run_warnings(report, waivers))
