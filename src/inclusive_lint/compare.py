"""Progress since an earlier review: ``--compare previous.json``.

Findings are matched by (document path, fingerprint). The fingerprint hashes the rule, the
sentence and the flagged words, so a finding keeps it when text elsewhere in the document
moves, and loses it when its own sentence is rewritten. A finding of this run is ``new`` when
the earlier report did not have it, ``open`` when it did; an earlier open finding that this run
no longer has is ``resolved`` -- but only for documents this run read without error: a document
that could not be checked now, or was not given, resolves nothing (its earlier findings are
counted as ``not_checked``).
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field

from .errors import UsageError


def _key_path(path: str) -> str:
    return os.path.normpath(path or "").replace(os.sep, "/")


@dataclass
class Comparison:
    previous: str                                   # the earlier report's file name, as given
    earlier: set = field(default_factory=set)       # (path, fingerprint) open in the earlier report
    resolved: list = field(default_factory=list)    # earlier finding dicts, with "path"
    not_checked: int = 0
    new: int = 0
    open: int = 0

    def change(self, path: str, finding) -> str:
        return "open" if (_key_path(path), finding.fingerprint) in self.earlier else "new"

    def summary(self) -> dict:
        return {"previous": self.previous, "new": self.new, "open": self.open,
                "resolved": len(self.resolved), "not_checked": self.not_checked}

    def sentence(self) -> str:
        s = self.summary()
        text = (f"Since the earlier report ({os.path.basename(self.previous)}): {s['new']} new, "
                f"{s['open']} still open, {s['resolved']} resolved")
        if s["not_checked"]:
            text += f"; {s['not_checked']} earlier finding{'s' if s['not_checked'] != 1 else ''} " \
                    "in documents not checked this time (not counted as resolved)"
        return text + "."


def load_previous(path: str) -> list:
    """The earlier report's files (path, format, status, findings); one-line errors for bad input."""
    try:
        with open(path, "rb") as fh:
            raw = fh.read(64 * 1024 * 1024 + 1)
    except OSError as exc:
        raise UsageError(f"--compare {path}: cannot read: {exc.strerror or exc}") from None
    if len(raw) > 64 * 1024 * 1024:
        raise UsageError(f"--compare {path}: over 64 MB, not an inclusive-lint JSON report")
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise UsageError(f"--compare {path}: not JSON ({exc})"[:300]) from None
    if not isinstance(data, dict) or data.get("schema_version") != "1" or not isinstance(data.get("files"), list):
        raise UsageError(f"--compare {path}: not an inclusive-lint JSON report (run with --format json)")
    files = []
    for entry in data["files"]:
        if not isinstance(entry, dict) or not isinstance(entry.get("path"), str):
            raise UsageError(f"--compare {path}: a file entry has no path")
        findings = [f for f in entry.get("findings") or () if isinstance(f, dict)
                    and isinstance(f.get("fingerprint"), str) and f["fingerprint"]]
        files.append({"path": entry["path"], "errors": bool(entry.get("errors")), "findings": findings})
    return files


def compare(report, previous_path: str) -> Comparison:
    """Compare ``report`` with the JSON report at ``previous_path``."""
    previous = load_previous(previous_path)
    result = Comparison(previous=previous_path)
    current = {}
    for r in report.files:
        current[_key_path(r.path)] = (r, {f.fingerprint for f in r.findings if not f.waived})
    for entry in previous:
        key = _key_path(entry["path"])
        for f in entry["findings"]:
            if f.get("waived"):
                continue
            result.earlier.add((key, f["fingerprint"]))
            now = current.get(key)
            if now is None or now[0].errors:
                result.not_checked += 1
            elif f["fingerprint"] not in now[1]:
                result.resolved.append(dict(f, path=entry["path"]))
    for r in report.files:
        for f in r.findings:
            if not f.waived:
                if result.change(r.path, f) == "new":
                    result.new += 1
                else:
                    result.open += 1
    return result
