"""Waivers: justified, reviewed exceptions kept in a file beside the project config.

``.inclusive-lint-waivers.yaml`` (config key ``waivers``)::

    waivers:
      - rule: ROL-001
        path: policies/legacy/*.docx      # glob, relative to this file's folder
        fingerprint: 3f2a9c0e1b7d4a61     # from the report; leave out to waive the rule in those files
        text: chairman                    # optional, for people reading the file
        reason: Reproduces the 1990 regulations verbatim.   # required
        reviewer: A. Patel
        date: 2026-11-27
        expires: 2027-06-30               # optional; after it the finding fails again

A waived finding stays in every report, marked waived with its reason, and never
fails the run. Expired waivers and waivers that matched nothing are run warnings.
"""
from __future__ import annotations

import datetime as dt
import fnmatch
import os
from dataclasses import dataclass, replace
from typing import Optional

from .errors import UsageError

KEYS = {"rule", "path", "fingerprint", "text", "reason", "reviewer", "date", "expires"}
HEADER = """\
# inclusive-lint waivers: justified exceptions, reviewed by a person.
# Each entry needs rule, path (a glob relative to this file) and reason; fingerprint
# pins one finding (it survives edits elsewhere in the document); expires is optional.
# Record the current findings with:  inclusive-lint waive PATHS --reason "..."
"""


@dataclass(frozen=True)
class Waiver:
    number: int                      # 1-based position in the file, for messages
    rule: str
    path: str
    reason: str
    fingerprint: str = ""
    text: str = ""
    reviewer: str = ""
    date: Optional[dt.date] = None
    expires: Optional[dt.date] = None

    def label(self) -> str:
        what = f"{self.rule} in {self.path}"
        if self.text:
            what += f" ('{self.text}')"
        return f"waiver {self.number} ({what})"

    def expired(self, today: dt.date) -> bool:
        return self.expires is not None and self.expires < today

    def explanation(self) -> str:
        bits = [b for b in (self.reviewer and f"reviewed by {self.reviewer}",
                            self.date and f"on {self.date.isoformat()}",
                            self.expires and f"until {self.expires.isoformat()}") if b]
        return self.reason + (f"; {' '.join(bits)}" if bits else "")

    def covers_path(self, rel: str) -> bool:
        pat = self.path.replace("\\", "/")
        pat = pat[2:] if pat.startswith("./") else pat
        return rel == pat or fnmatch.fnmatchcase(rel, pat) or fnmatch.fnmatchcase(rel, pat.rstrip("/") + "/*")

    def matches(self, finding, rel: str) -> bool:
        return (finding.rule_id == self.rule.upper()
                and (not self.fingerprint or finding.fingerprint == self.fingerprint)
                and self.covers_path(rel))


@dataclass
class WaiverSet:
    file: str
    base: str                        # folder the path globs are relative to
    waivers: list

    def relpath(self, path: str) -> str:
        rel = os.path.relpath(os.path.abspath(path), self.base)
        return rel.replace(os.sep, "/")


def _date(value, where: str, key: str):
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise UsageError(f"{where}: '{key}' must be a date like 2027-06-30, not '{value}'") from None


def load_waivers(path: str) -> WaiverSet:
    """Read a waiver file; a missing file is an empty set, a malformed one a UsageError."""
    base = os.path.dirname(os.path.abspath(path))
    if not os.path.exists(path):
        return WaiverSet(path, base, [])
    import yaml     # only when there is a file: a run with no waivers never imports PyYAML

    try:
        with open(path, encoding="utf-8") as fh:
            data = yaml.safe_load(fh)
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"{path}: cannot read waiver file: {exc}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f" at line {mark.line + 1}" if mark is not None else ""
        raise UsageError(f"{path}: waiver file is not valid YAML{at}: "
                         f"{getattr(exc, 'problem', None) or exc}") from None
    if data is None:
        return WaiverSet(path, base, [])
    entries = data.get("waivers") if isinstance(data, dict) else None
    if not isinstance(data, dict) or set(data) - {"waivers"} or not isinstance(entries, (list, type(None))):
        raise UsageError(f"{path}: a waiver file holds one key, 'waivers', with a list of entries")
    out = []
    for i, entry in enumerate(entries or [], start=1):
        where = f"{path}: waiver {i}"
        if not isinstance(entry, dict):
            raise UsageError(f"{where}: each waiver must be a mapping with rule, path and reason")
        unknown = set(entry) - KEYS
        if unknown:
            from .packs.schema import did_you_mean
            key = sorted(map(str, unknown))[0]
            raise UsageError(f"{where}: unknown key '{key}'" + did_you_mean(key, KEYS))
        for key in ("rule", "path", "reason"):
            if not isinstance(entry.get(key), str) or not entry[key].strip():
                raise UsageError(f"{where}: '{key}' is required" + (
                    ": say why this wording is justified" if key == "reason" else ""))
        fp = entry.get("fingerprint", "")
        if not isinstance(fp, (str, type(None))):
            fp = str(fp)
        out.append(Waiver(number=i, rule=entry["rule"].strip(), path=entry["path"].strip(),
                          reason=" ".join(entry["reason"].split()), fingerprint=(fp or "").strip(),
                          text=str(entry.get("text") or ""), reviewer=str(entry.get("reviewer") or ""),
                          date=_date(entry.get("date"), where, "date"),
                          expires=_date(entry.get("expires"), where, "expires")))
    return WaiverSet(path, base, out)


def apply_waivers(findings, path: str, waivers: WaiverSet, today: dt.date | None = None) -> list:
    """Mark findings covered by a live waiver as waived (they stay in the list)."""
    if not waivers or not waivers.waivers:
        return findings
    today = today or dt.date.today()
    rel = waivers.relpath(path)
    live = [w for w in waivers.waivers if not w.expired(today) and w.covers_path(rel)]
    if not live:
        return findings
    out = []
    for f in findings:
        for w in live:
            if not f.waived and w.matches(f, rel):
                f = replace(f, waived=True, waiver_reason=w.explanation())
                break
        out.append(f)
    return out


def run_warnings(report, waivers: WaiverSet, today: dt.date | None = None) -> list[str]:
    """Expired waivers, and waivers for linted files that matched no finding."""
    if not waivers or not waivers.waivers:
        return []
    today = today or dt.date.today()
    out = []
    linted = [(waivers.relpath(r.path), r) for r in report.files if not r.errors and r.path != "-"]
    for w in waivers.waivers:
        if w.expired(today):
            if any(w.covers_path(rel) for rel, _ in linted):
                out.append(f"{waivers.file}: {w.label()} expired on {w.expires.isoformat()}: "
                           "review the wording, then renew or remove the waiver")
            continue
        mine = [(rel, r) for rel, r in linted if w.covers_path(rel)]
        if mine and not any(f.waived and w.matches(f, rel) for rel, r in mine for f in r.findings):
            out.append(f"{waivers.file}: {w.label()} matched no finding: the wording may have "
                       "changed; remove the waiver if it is no longer needed")
    return out


def entry_for(finding, rel: str, reason: str, reviewer: str = "", expires=None,
              today: dt.date | None = None) -> dict:
    entry = {"rule": finding.rule_id, "path": rel, "fingerprint": finding.fingerprint,
             "text": finding.text, "reason": reason}
    if reviewer:
        entry["reviewer"] = reviewer
    entry["date"] = today or dt.date.today()
    if expires:
        entry["expires"] = expires
    return entry


def write_waivers(path: str, existing_text: str | None, entries: list) -> None:
    """Append ``entries`` to the waiver file, keeping what is there (comments included)."""
    import yaml

    from .atomic import atomic_write

    chunk = yaml.safe_dump(entries, sort_keys=False, allow_unicode=True, width=100)
    chunk = "".join("  " + line if line.strip() else line for line in chunk.splitlines(True))
    old = (yaml.safe_load(existing_text) or {}).get("waivers") or [] if existing_text else []
    if not existing_text or not existing_text.strip():
        text = HEADER + "waivers:\n" + chunk
    elif not old:   # "waivers:" with nothing, or "waivers: []": rewrite that key
        lines = [ln for ln in existing_text.splitlines(True) if not ln.startswith("waivers:")]
        text = "".join(lines).rstrip("\n") + "\nwaivers:\n" + chunk
    else:           # append, keeping the comments people wrote
        text = existing_text + ("" if existing_text.endswith("\n") else "\n") + chunk
    try:
        ok = len((yaml.safe_load(text) or {}).get("waivers") or []) == len(old) + len(entries)
    except yaml.YAMLError:
        ok = False
    if not ok:      # an unusual layout: write the whole list again
        text = HEADER + yaml.safe_dump({"waivers": [*old, *entries]}, sort_keys=False,
                                       allow_unicode=True, width=100, default_flow_style=False)
    atomic_write(path, text)
