"""Span-labelled case files, the format ``inclusive-lint rules test`` scores.

A case file is YAML: a list of cases, or a mapping with a ``cases`` list. Each case has an
``id`` and a ``text`` in which ``[[words]]`` must be flagged, ``{{words}}`` may be flagged (not
counted either way) and everything else must not be flagged; or, with no ``[[ ]]`` in it, an
``expect: flag`` / ``expect: pass`` for a document-level check (at least one finding, or none);
a case with ``[[ ]]`` spans is scored on its spans even if it also has ``expect``.
Other keys (``source``, ``note``, …) are kept with the case (``extra``) but not scored.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

MARK = re.compile(r"\[\[(.+?)\]\]|\{\{(.+?)\}\}", re.S)
TOKENS = ("[[", "]]", "{{", "}}")


class CaseFileError(Exception):
    """A case file that cannot be read or understood; the message names the file and the case."""


def duplicate_ids(cases) -> list:
    """Ids used by more than one case (each case is still scored on its own)."""
    seen, dups = set(), []
    for case in cases:
        if case.id in seen and case.id not in dups:
            dups.append(case.id)
        seen.add(case.id)
    return dups


@dataclass
class Case:
    id: str
    text: str                                  # the plain text, markers removed
    must: list = field(default_factory=list)   # (start, end) offsets of [[ ]] spans
    may: list = field(default_factory=list)    # (start, end) offsets of {{ }} spans
    expect: str | None = None                  # "flag" / "pass": a document-level case
    extra: dict = field(default_factory=dict)  # the case's other keys (source, note, ...)


def overlaps(a, b) -> bool:
    """Two (start, end) spans share at least one character."""
    return a[0] < b[1] and b[0] < a[1]


def parse_marked(text: str):
    """Return (plain text, must spans, may spans) for text with [[ ]] and {{ }} markers."""
    out, must, may, pos, plain_len = [], [], [], 0, 0
    for m in MARK.finditer(text):
        out.append(text[pos:m.start()])
        plain_len += m.start() - pos
        inner = m.group(1) if m.group(1) is not None else m.group(2)
        (must if m.group(1) is not None else may).append((plain_len, plain_len + len(inner)))
        out.append(inner)
        plain_len += len(inner)
        pos = m.end()
    out.append(text[pos:])
    return "".join(out), must, may


def load_cases(path) -> list:
    """Read and check one case file; raises CaseFileError with a one-line reason."""
    import yaml

    name = str(path)
    try:
        raw = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise CaseFileError(f"{name}: no such case file") from None
    except UnicodeDecodeError:
        raise CaseFileError(f"{name}: not UTF-8 text") from None
    except OSError as exc:
        raise CaseFileError(f"{name}: cannot read: {exc.strerror or exc}") from None
    try:
        try:
            data = yaml.load(raw, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))     # libyaml's loader: 15x faster
        except yaml.YAMLError:
            data = yaml.safe_load(raw)      # a bad file: read again for the pure-Python loader's reason and line
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark is not None else ""
        raise CaseFileError(f"{name}: not valid YAML{where}: {getattr(exc, 'problem', None) or exc}") from None
    if isinstance(data, dict):
        data = data.get("cases")
    if not isinstance(data, list) or not data:
        raise CaseFileError(f"{name}: expected a list of cases (or a mapping with a 'cases' list)")
    return [_case(name, n, item) for n, item in enumerate(data, 1)]


def _case(name: str, n: int, item) -> Case:
    if not isinstance(item, dict):
        raise CaseFileError(f"{name}: case {n}: expected a mapping with 'id' and 'text'")
    cid = item.get("id")
    where = f"{name}: case {cid if cid is not None else n}"
    if cid is None or str(cid).strip() == "":
        raise CaseFileError(f"{where}: no 'id'")
    cid = str(cid)
    text = item.get("text")
    if not isinstance(text, str):
        raise CaseFileError(f"{where}: 'text' must be a string")
    expect = item.get("expect")
    if expect not in (None, "flag", "pass"):
        raise CaseFileError(f"{where}: 'expect' must be 'flag' or 'pass', not {expect!r}")
    plain, must, may = parse_marked(text)
    for token in TOKENS:
        if token in plain:
            raise CaseFileError(f"{where}: unbalanced, nested or empty marker '{token}' "
                                "(markers never nest or overlap)")
    extra = {k: v for k, v in item.items() if k not in ("id", "text", "expect")}
    return Case(id=cid, text=plain, must=must, may=may, expect=expect, extra=extra)
