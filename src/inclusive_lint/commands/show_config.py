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
    import os

    from ..cache import default_cache_dir

    waivers = cfg.values["waivers"]
    click.echo(f"# project root: {cfg.root}    ({cfg.root_source}; waiver paths and "
               "per-file-ignores globs are relative to it)")
    click.echo(f"# waiver file: {waivers}" + ("" if os.path.exists(waivers) else "    (not written yet)"))
    click.echo(f"# cache: {default_cache_dir(cfg)}")
    for key in sorted(cfg.values):
        click.echo(f"{key} = {json.dumps(cfg.values[key])}    # {cfg.sources[key]}")
