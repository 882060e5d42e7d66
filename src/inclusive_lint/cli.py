"""Command line: parses arguments and calls the library. ``inclusive-lint PATH…`` lints;
other commands (rules, explain, config, …) live in ``commands/`` and load lazily."""
from __future__ import annotations

import importlib
import os
import sys

import click

from . import __version__

# command name -> module in inclusive_lint.commands (each defines ``command``)
COMMANDS = {
    "lint": "lint",
    "rules": "rules",
    "explain": "explain",
    "config": "show_config",
    "waive": "waive",
    "init": "init",
    "cache": "cache",
    "serve": "serve",
}


class LintByDefault(click.Group):
    """A group whose default command is ``lint``: ``inclusive-lint a.md`` == ``inclusive-lint lint a.md``."""

    def list_commands(self, ctx):
        return sorted(COMMANDS)

    def get_command(self, ctx, name):
        module = COMMANDS.get(name)
        if module is None:
            return None
        return importlib.import_module(f"{__package__}.commands.{module}").command

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:    # click would say "Aborted!" and exit 1, which means findings
            click.echo("inclusive-lint: interrupted", err=True)
            ctx.exit(130)

    def parse_args(self, ctx, args):
        if not args or args[0] not in COMMANDS and args[0] not in ("--help", "-h", "--version"):
            args = ["lint", *args]
        return super().parse_args(ctx, args)


@click.group(cls=LintByDefault, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="inclusive-lint")
def cli():
    """Lint health and care documents (.docx, .pdf, .md, .txt, .html) for heteronormative and
    cisnormative assumptions, with findings mapped to the NHS Confederation LGBTQ+ Inclusion
    Framework and the Equality Act characteristics.

    Run ``inclusive-lint PATH…`` to lint; other commands are listed below."""


def main(argv=None):
    if argv is None and os.environ.get("INCLUSIVE_LINT_SERVER"):
        from .server import enabled, run_via_server

        try:
            code = run_via_server(sys.argv[1:]) if enabled() else None
        except KeyboardInterrupt:
            click.echo("inclusive-lint: interrupted", err=True)
            sys.exit(130)
        if code is not None:
            sys.exit(code)
    try:
        cli.main(args=argv, prog_name="inclusive-lint", standalone_mode=True)
    except KeyboardInterrupt:
        click.echo("inclusive-lint: interrupted", err=True)
        sys.exit(130)
    except Exception as exc:  # last line of defence: one line, exit 2, no traceback
        if os.environ.get("INCLUSIVE_LINT_DEBUG"):
            raise
        click.echo(f"inclusive-lint: internal error: {type(exc).__name__}: {exc} "
                   "(set INCLUSIVE_LINT_DEBUG=1 for details)", err=True)
        sys.exit(2)
