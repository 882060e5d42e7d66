"""The texts of every case set in tests/data, for the tests that prove a matching shortcut
(litguard, rxguard, the prefix scan, regrouped word choices) finds what the plain pattern finds.

The case sets grow every round, so those tests take an evenly spaced sample of a fixed size
(``spread``) rather than a fixed fraction: their cost stays flat while the sample still spans
every set, from the language cases to the newest real-text passages."""
from __future__ import annotations

import functools
import re
from pathlib import Path

import yaml

DATA = Path(__file__).resolve().parent / "data"
_MARKS = re.compile(r"\[\[|\]\]|\{\{|\}\}")


@functools.lru_cache(maxsize=2)
def case_texts(marked: bool = True) -> tuple[str, ...]:
    """Every case text, in file order; without the span marks when ``marked`` is false."""
    out = []
    for path in sorted(DATA.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        cases = data.get("cases", []) if isinstance(data, dict) else data
        for case in cases or ():
            if isinstance(case, dict) and isinstance(case.get("text"), str):
                out.append(case["text"] if marked else _MARKS.sub("", case["text"]))
    return tuple(out)


def spread(texts, size: int, offset: int = 0) -> list[str]:
    """At most about ``size`` texts, evenly spaced through ``texts`` from ``offset``."""
    step = max(1, -(-len(texts) // size))
    return list(texts[offset::step])
