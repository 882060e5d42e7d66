"""``inclusive-lint rules``: list the rules; ``rules validate PATH`` checks a pack; ``rules test
CASES.yaml`` scores the rules on labelled cases (``rules_test``)."""
from __future__ import annotations

import json

import click

from . import fail


def _rule_dict(rule) -> dict:
    return {"id": rule.id, "name": rule.name, "pack": rule.pack, "severity": rule.severity,
            "message": rule.message, "framework": list(rule.framework),
            "characteristics": list(rule.characteristics), "suggestions": list(rule.suggestions),
            "fix": rule.fix, "link": rule.link}


@click.group(name="rules", invoke_without_command=True)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
@click.option("--pack", "extra", multiple=True, type=click.Path(), help="Also load this pack file or folder.")
@click.pass_context
def command(ctx, fmt, extra):
    """List every rule in the loaded packs."""
    if ctx.invoked_subcommand:
        return
    from ..packs.loader import load_packs
    from ..packs.schema import PackError

    try:
        packs = load_packs(tuple(extra))
    except PackError as exc:
        fail(str(exc))
    rules = sorted((r for p in packs for r in p.rules), key=lambda r: r.id)
    if fmt == "json":
        click.echo(json.dumps([_rule_dict(r) for r in rules], indent=2, ensure_ascii=False))
        return
    click.echo(f"{'ID':<9} {'SEVERITY':<8} {'FRAMEWORK':<10} {'PACK':<22} NAME")
    for r in rules:
        click.echo(f"{r.id:<9} {r.severity:<8} {','.join(r.framework):<10} {r.pack:<22} {r.name}")
    click.echo(f"{len(rules)} rules in {len(packs)} packs")


@command.command(name="validate")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
def validate(paths):
    """Validate rule-pack files or folders; errors name file, rule and key."""
    from ..conditions import registry
    from ..packs.loader import load_pack_file, pack_files
    from ..packs.schema import PackError
    from pathlib import Path

    count = 0
    for p in paths:
        path = Path(p)
        if not path.exists():
            fail(f"{p}: rule pack not found")
        for f in pack_files(path):
            try:
                pack = load_pack_file(f, registry())
            except PackError as exc:
                fail(str(exc))
            count += len(pack.rules)
    click.echo(f"ok: {count} rules valid")


from .rules_test import command as _test_command   # noqa: E402  (its imports are lazy)

command.add_command(_test_command)
from .rules_agree import command as _agree_command   # noqa: E402  (its imports are lazy)

command.add_command(_agree_command)
