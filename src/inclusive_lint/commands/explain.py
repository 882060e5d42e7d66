"""``inclusive-lint explain RULE-ID``: everything about one rule."""
from __future__ import annotations

import re
import textwrap

import click

from . import fail

_MARK = re.compile(r"\[\[(.+?)\]\]", re.S)
FRAMEWORK = {
    "2.3": "Pillar 2.3 - learn and use appropriate language",
    "3.1": "Pillar 3.1 - services address LGBTQ+ needs (EIAs; review of policies and literature)",
    "3.2": "Pillar 3.2 - do not assume gender identity or sexual orientation",
}


@click.command(name="explain")
@click.argument("rule_id")
def command(rule_id):
    """Show a rule's message, rationale, framework element, characteristics and examples."""
    from ..packs.loader import load_packs
    from ..packs.schema import PackError, did_you_mean

    try:
        packs = load_packs()
    except PackError as exc:
        fail(str(exc))
    rules = {r.id: r for p in packs for r in p.rules}
    by_name = {r.name: r for r in rules.values()}
    rule = rules.get(rule_id.upper()) or by_name.get(rule_id)
    if rule is None:
        fail(f"no rule '{rule_id}'" + did_you_mean(rule_id.upper(), rules))
    wrap = lambda s: textwrap.fill(s, 88, initial_indent="  ", subsequent_indent="  ")  # noqa: E731
    click.echo(f"{rule.id} {rule.name} ({rule.severity}, pack {rule.pack})\n")
    click.echo(f"Message:\n{wrap(rule.message)}\n")
    click.echo(f"Why:\n{wrap(rule.rationale)}\n")
    click.echo("Framework:\n" + "\n".join("  " + FRAMEWORK.get(f, f) for f in rule.framework) + "\n")
    click.echo("Equality Act characteristics:\n  " + ", ".join(c.replace("_", " ") for c in rule.characteristics) + "\n")
    if rule.suggestions:
        click.echo("Suggestions:\n" + "\n".join(f"  - {s}" for s in rule.suggestions) + "\n")
    click.echo(f"Fix: {rule.fix}\n")
    ex = rule.examples or {}
    for kind, title in (("flag", "Examples (flag), the flagged words marked ^ below each"),
                        ("pass", "Examples (pass)")):
        if ex.get(kind):
            click.echo(f"{title}:\n" + "\n".join(_example(e) for e in ex[kind]) + "\n")
    click.echo(f"More: {rule.link}")


def _example(example: str) -> str:
    """An example sentence without its [[span]] markup; flagged spans get a caret line."""
    plain, marks, pos = [], [], 0
    for m in _MARK.finditer(example):
        plain.append(example[pos:m.start()])
        start = sum(map(len, plain))
        plain.append(m.group(1))
        marks.append((start, start + len(m.group(1))))
        pos = m.end()
    plain.append(example[pos:])
    text = "".join(plain)
    if not marks:
        return f"  - {text}"
    carets = [" "] * len(text)
    for s, e in marks:
        carets[s:e] = "^" * (e - s)
    return f"  - {text}\n    " + "".join(carets).rstrip()
