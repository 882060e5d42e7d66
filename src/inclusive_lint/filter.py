"""Filter findings after analysis: per-file ignores (config), suppressions, waivers."""
from __future__ import annotations

import fnmatch


def _per_file_ignored(finding, path: str, per_file: dict) -> bool:
    posix = path.replace("\\", "/")
    for glob, ids in per_file.items():
        if fnmatch.fnmatch(posix, glob) or fnmatch.fnmatch(posix, "*/" + glob.lstrip("/")):
            for rid in ids:
                if finding.rule_id == rid or finding.rule_id.startswith(rid.rstrip("-") + "-") or rid == finding.pack:
                    return True
    return False


def apply_filters(findings, document, settings):
    """Return (kept findings, suppressed [(finding, reason)])."""
    per_file = settings.config["per-file-ignores"]
    kept, suppressed = [], []
    for f in findings:
        if per_file and _per_file_ignored(f, document.path, per_file):
            continue
        kept.append(f)
    return kept, suppressed
