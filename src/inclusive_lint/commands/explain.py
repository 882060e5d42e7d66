"""``inclusive-lint explain RULE-ID``: everything about one rule."""
from __future__ import annotations

import click

from . import fail


@click.command(name="explain")
@click.argument("rule_id")
def command(rule_id):
    """Show a rule's message, rationale, framework element, characteristics and examples."""
    from ..packs.loader import load_packs
    from ..packs.schema import PackError, did_you_mean
    from ..rule_text import explain_text

    try:
        packs = load_packs()
    except PackError as exc:
        fail(str(exc))
    rules = {r.id: r for p in packs for r in p.rules}
    by_name = {r.name: r for r in rules.values()}
    rule = rules.get(rule_id.upper()) or by_name.get(rule_id)
    if rule is None:
        fail(f"no rule '{rule_id}'" + did_you_mean(rule_id.upper(), rules))
    click.echo(explain_text(rule))
