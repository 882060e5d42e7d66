"""``inclusive-lint cache clear|dir``: manage the per-file result cache."""
from __future__ import annotations

import click

from . import fail


def _folder(cache_dir, config_file, no_config):
    from ..cache import default_cache_dir
    from ..config import load_config
    from ..errors import UsageError

    if cache_dir:
        return cache_dir
    try:
        return default_cache_dir(load_config(config_file, use_project=not no_config))
    except UsageError as exc:
        fail(str(exc))


_options = [
    click.option("--cache-dir", type=click.Path(file_okay=False), help="Cache folder (default: as for lint)."),
    click.option("--config", "config_file", type=click.Path(), help="Extra config file."),
    click.option("--no-config", is_flag=True, help="Ignore project config files."),
]


def _with_options(fn):
    for opt in reversed(_options):
        fn = opt(fn)
    return fn


@click.group(name="cache")
def command():
    """The result cache: lint results are reused for files whose content, rules, config and
    tool version have not changed."""


@command.command(name="clear")
@_with_options
def clear_command(cache_dir, config_file, no_config):
    """Delete the cache folder."""
    from ..cache import clear

    folder = _folder(cache_dir, config_file, no_config)
    try:
        count = clear(folder)
    except ValueError as exc:
        fail(str(exc))
    except OSError as exc:
        fail(f"{folder}: cannot remove the cache: {exc.strerror or exc}")
    click.echo(f"{folder}: {count} cached result{'s' if count != 1 else ''} removed")


@command.command(name="dir")
@_with_options
def dir_command(cache_dir, config_file, no_config):
    """Print the cache folder and how many results it holds."""
    from ..cache import entry_count

    folder = _folder(cache_dir, config_file, no_config)
    click.echo(f"{folder} ({entry_count(folder)} cached results)")
