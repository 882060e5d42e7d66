"""``inclusive-lint init``: write a commented starter ``.inclusive-lint.yaml``."""
from __future__ import annotations

import os

import click

from . import fail

STARTER = """\
# inclusive-lint configuration. Every key is optional; the values shown are the defaults
# or examples. 'inclusive-lint config' shows the effective settings and where they came from.

# Extra rule packs (files or folders of YAML), on top of the built-in ones.
packs: []

# Only these rules, or skip these: rule ids (ROL-001), prefixes (PRN) or pack names.
select: []
ignore: []

# Change a rule's severity: error, warning or info.
severity: {}
#   FAM-001: warning

# Paths not to lint (globs).
exclude: []
#   - archive/**

# Rules to skip in some files only.
per-file-ignores: {}
#   legislation/*.md: [TRM-001]

# Phrases allowed everywhere, such as a service's or an organisation's name.
allow: []
#   - Chairman's Award

# Lowest severity that fails the run: error, warning, info or never.
fail-level: warning

# Justified exceptions, each with a reason (see 'inclusive-lint waive').
waivers: .inclusive-lint-waivers.yaml

# true accepts documents not fully checked (scanned pages, XFA forms, types not read):
# they are still listed, but the run no longer exits 2 for them.
allow-incomplete: false
# Read scanned PDF pages and images (.png .jpg .tif) with Tesseract OCR (same as --ocr).
ocr: false
"""


@click.command(name="init")
@click.option("--path", "target", default=".inclusive-lint.yaml", show_default=True,
              type=click.Path(dir_okay=False), help="Where to write the config.")
def command(target):
    """Write a commented starter .inclusive-lint.yaml (never over an existing file)."""
    from ..atomic import atomic_write

    if os.path.exists(target):
        fail(f"{target} already exists; not overwriting it (edit it, or remove it first)")
    folder = os.path.dirname(os.path.abspath(target))
    if not os.path.isdir(folder):
        fail(f"{folder}: no such folder")
    try:
        atomic_write(target, STARTER)
    except OSError as exc:
        fail(f"{target}: cannot write: {exc.strerror or exc}")
    click.echo(f"wrote {target}: edit it to suit your documents, then run 'inclusive-lint config' to check it")
