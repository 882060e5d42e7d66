"""Sub-commands of the CLI, one module each, loaded only when used."""
from __future__ import annotations

import sys

import click


def fail(message: str, code: int = 2):
    """Print a one-line error and exit (no traceback)."""
    click.echo(f"inclusive-lint: error: {message}", err=True)
    sys.exit(code)


def split_ids(values) -> list:
    out = []
    for v in values or ():
        out.extend(x.strip() for x in v.split(",") if x.strip())
    return out
