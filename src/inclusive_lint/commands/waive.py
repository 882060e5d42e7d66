"""``inclusive-lint waive PATHS --reason "…"``: record current findings as waivers.

A baseline for a legacy library: every finding not yet waived (or only those of
``--rule``) gets an entry in the waiver file, pinned by its fingerprint, with the
reason, the reviewer and today's date. Existing entries and comments are kept.
"""
from __future__ import annotations

import datetime as dt
import os

import click

from . import fail, split_ids


@click.command(name="waive")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--reason", required=True, help="Why this wording is justified (recorded with each waiver).")
@click.option("--rule", "rules", multiple=True, help="Only findings of these rules (ids, prefixes or pack names).")
@click.option("--reviewer", default="", help="Who reviewed the exception.")
@click.option("--expires", default=None, help="Date after which the findings fail again (YYYY-MM-DD).")
@click.option("--config", "config_file", type=click.Path(), help="Extra config file, applied after the project's.")
@click.option("--no-config", is_flag=True, help="Ignore project config files.")
def command(paths, reason, rules, reviewer, expires, config_file, no_config):
    """Record the current findings in PATHS as waivers, with a reason."""
    from ..api import build_settings, lint_paths
    from ..config import load_config
    from ..errors import UsageError
    from ..suppress_inline import rule_matches
    from ..waivers import entry_for, write_waivers

    if not reason.strip():
        fail("--reason must say why the wording is justified")
    if "-" in paths:
        fail("waivers are recorded for files: name the files, not standard input")
    until = None
    if expires:
        try:
            until = dt.date.fromisoformat(expires)
        except ValueError:
            fail(f"--expires must be a date like 2027-06-30, not '{expires}'")
    try:
        config = load_config(config_file, use_project=not no_config)
        settings = build_settings(config)
    except UsageError as exc:
        fail(str(exc))
    waivers = settings.options["waivers"]
    wanted = split_ids(rules)
    report = lint_paths(list(paths), settings=settings)
    entries, already, seen = [], 0, set()
    for r in report.files:
        for e in r.errors:
            click.echo(f"inclusive-lint: {r.path}: {e.message} (nothing recorded)", err=True)
        rel = waivers.relpath(r.path)
        for f in r.findings:
            if wanted and not any(rule_matches(f, w) for w in wanted):
                continue
            if f.waived:
                already += 1
                continue
            key = (f.rule_id, rel, f.fingerprint)
            if key in seen:
                continue
            seen.add(key)
            entries.append(entry_for(f, rel, " ".join(reason.split()), reviewer, until))
    if entries:
        existing = None
        if os.path.exists(waivers.file):
            with open(waivers.file, encoding="utf-8") as fh:
                existing = fh.read()
        try:
            write_waivers(waivers.file, existing, entries)
        except OSError as exc:
            fail(f"{waivers.file}: cannot write: {exc.strerror or exc}")
    n = len(entries)
    msg = f"{waivers.file}: recorded {n} waiver{'s' if n != 1 else ''}"
    if already:
        msg += f" ({already} finding{'s were' if already != 1 else ' was'} already waived)"
    click.echo(msg)
    raise SystemExit(2 if any(r.errors for r in report.files) else 0)
