"""Display rows for ``--compare``: which findings are new and which were resolved since the
earlier report (the matching itself is in ``compare.py``)."""
from __future__ import annotations

from dataclasses import fields

from ..model import Location
from . import evidence as ev

_LOCATION_KEYS = {f.name for f in fields(Location)} - {"bbox", "extra", "pages"}


def location_from_dict(data) -> Location:
    """A Location from a JSON report's location object (unknown keys ignored)."""
    data = data if isinstance(data, dict) else {}
    kwargs = {k: v for k, v in data.items() if k in _LOCATION_KEYS and isinstance(v, (int, str))}
    pages = data.get("pages")
    if isinstance(pages, list) and all(isinstance(p, int) for p in pages):
        kwargs["pages"] = tuple(pages)
    try:
        return Location(**kwargs)
    except TypeError:
        return Location()


def context(report, comparison) -> dict | None:
    """Counts, the new findings and the resolved ones, as plain rows; None without --compare."""
    if comparison is None:
        return None
    new = [{"path": r.path, "where": ev.describe(f.location), "rule_id": f.rule_id, "text": f.text,
            "severity": f.severity}
           for r, f in ev.live(report) if comparison.change(r.path, f) == "new"]
    resolved = [{"path": str(f.get("path", "")), "where": ev.describe(location_from_dict(f.get("location"))),
                 "rule_id": str(f.get("rule_id", "")), "text": str(f.get("text", "")),
                 "severity": str(f.get("severity", ""))}
                for f in comparison.resolved]
    return dict(comparison.summary(), sentence=comparison.sentence(), new_rows=new, resolved_rows=resolved)
