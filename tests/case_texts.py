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
    if not marked:
        return tuple(_MARKS.sub("", text) for text in case_texts(True))
    out = []
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)     # (the sets hold 50 MB: the pure-Python loader takes a minute)
    for path in sorted(DATA.glob("*.yaml")):
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
        cases = data.get("cases", []) if isinstance(data, dict) else data
        for case in cases or ():
            if isinstance(case, dict) and isinstance(case.get("text"), str):
                out.append(case["text"])
    return tuple(out)


def spread(texts, size: int, offset: int = 0) -> list[str]:
    """At most about ``size`` texts, evenly spaced through ``texts`` from ``offset``."""
    step = max(1, -(-len(texts) // size))
    return list(texts[offset::step])


def judged_contexts(texts, names) -> dict:
    """Every context the named conditions were asked about while linting ``texts`` (as Markdown), in
    order: copies taken as each question is put, for tests that ask a condition again another way."""
    from inclusive_lint import api
    from inclusive_lint.conditions.context import MatchContext
    from inclusive_lint.engine import analyse

    got: dict = {name: [] for name in names}
    real = analyse.judged

    def spy(key, fn, ctx, memo):
        if key[0] in got:
            d = ctx.__dict__
            got[key[0]].append(MatchContext(d["text"], d["start"], d["end"], d["sent_start"], d["sent_end"],
                                            d["prev_start"], d["block"], d["document"], {}, d["rule"],
                                            d["options"], None, d["block_index"]))
        return real(key, fn, ctx, memo)

    analyse.judged = spy
    try:
        for i, text in enumerate(texts):
            api.lint_text(text, filename=f"case{i}.md")
    finally:
        analyse.judged = real
    return got


def condition_patterns() -> list:
    """Every compiled pattern the condition modules hold (the plain pattern under a litguard or rxguard
    wrapper), each once."""
    import importlib
    import pkgutil

    import inclusive_lint.conditions as conditions_pkg

    conditions_pkg.registry()
    seen = {}
    for info in pkgutil.iter_modules(conditions_pkg.__path__):
        module = importlib.import_module(f"{conditions_pkg.__name__}.{info.name}")
        for value in vars(module).values():
            plain = getattr(value, "plain", value)          # litguard / rxguard wrappers
            if isinstance(plain, re.Pattern) and isinstance(plain.pattern, str):
                seen[(plain.pattern, plain.flags)] = plain
    return list(seen.values())

