"""``inclusive-lint config``: the effective config and where each value came from."""
from __future__ import annotations

import json

import click

from . import fail


@click.command(name="config")
@click.option("--config", "config_file", type=click.Path())
@click.option("--no-config", is_flag=True)
def command(config_file, no_config):
    """Show the effective configuration, key by key, with its source."""
    from ..config import load_config
    from ..errors import UsageError

    try:
        cfg = load_config(config_file, use_project=not no_config)
    except UsageError as exc:
        fail(str(exc))
    for key in sorted(cfg.values):
        click.echo(f"{key} = {json.dumps(cfg.values[key])}    # {cfg.sources[key]}")
