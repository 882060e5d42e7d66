"""``inclusive-lint explain RULE-ID``: everything about one rule."""
from __future__ import annotations

import textwrap

import click

from . import fail

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
    for kind in ("flag", "pass"):
        if ex.get(kind):
            click.echo(f"Examples ({kind}):\n" + "\n".join(f"  - {e}" for e in ex[kind]) + "\n")
    click.echo(f"More: {rule.link}")
