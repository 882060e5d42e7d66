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
    "lsp": "lsp",
    "serve": "serve",
}


IMPLICIT = "inclusive_lint.implicit_lint"     # ctx.meta key: 'lint' was not typed


class LintContext(click.Context):
    """When ``lint`` was not typed, usage lines and errors name ``inclusive-lint``, as typed."""

    @property
    def command_path(self) -> str:
        if self.meta.get(IMPLICIT) and self.parent is not None:
            return self.parent.command_path
        return super().command_path


class LintByDefault(click.Group):
    """A group whose default command is ``lint``: ``inclusive-lint a.md`` == ``inclusive-lint lint a.md``."""

    def list_commands(self, ctx):
        return sorted(COMMANDS)

    def get_command(self, ctx, name):
        module = COMMANDS.get(name)
        if module is None:
            return None
        command = importlib.import_module(f"{__package__}.commands.{module}").command
        if name == "lint":
            command.context_class = LintContext
        return command

    def format_usage(self, ctx, formatter):
        formatter.write_usage(ctx.command_path, "[OPTIONS] PATH...")
        formatter.write_usage(ctx.command_path, "COMMAND [ARGS]...", prefix="   or: ")

    def format_options(self, ctx, formatter):
        """The lint options first (as ``inclusive-lint PATH…`` is what most people run), then
        the other commands."""
        lint = self.get_command(ctx, "lint")
        records = [r for p in lint.get_params(ctx) if p.name != "help" and (r := p.get_help_record(ctx))]
        records += [r for p in self.get_params(ctx) if (r := p.get_help_record(ctx))]
        with formatter.section("Options (for linting PATHS)"):
            formatter.write_dl(records)
        self.format_commands(ctx, formatter)

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:    # click would say "Aborted!" and exit 1, which means findings
            click.echo("inclusive-lint: interrupted", err=True)
            ctx.exit(130)

    def parse_args(self, ctx, args):
        if not args or args[0] not in COMMANDS and args[0] not in ("--help", "-h", "--version"):
            args = ["lint", *args]
            ctx.meta[IMPLICIT] = True
        return super().parse_args(ctx, args)


@click.group(cls=LintByDefault, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="inclusive-lint")
def cli():
    """Lint health and care documents (.docx, .pdf, .md, .txt, .html) for heteronormative and
    cisnormative assumptions, with findings mapped to the NHS Confederation LGBTQ+ Inclusion
    Framework and the Equality Act characteristics.

    Run 'inclusive-lint PATH…' to lint files and folders (the same as 'inclusive-lint lint
    PATH…'); the options below are for that. Other commands are listed after them."""


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
    from . import memostore, rxcache

    rxcache.prime()     # regexes compiled and analysed by earlier runs; stored again below
    memostore.prime()
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
    finally:
        rxcache.store()
        memostore.store()


def run() -> None:
    """The command's entry point (the ``inclusive-lint`` script and ``python -m inclusive_lint``):
    ``main``, then the process ends without tearing the interpreter down. Tearing down frees
    every object one by one (the compiled rules, the document, the findings): about 15 ms of a
    two-paragraph file's 150 ms, and more after a long one. What an exit must still do is done
    first: the exit handlers run (``atexit``: worker pools, logging, temporary files) and the
    output is flushed, with Python's own exit status when that fails (120). Another thread still
    running gets the ordinary exit, which waits for it."""
    try:
        main()
        code = 0
    except SystemExit as exc:
        code = exc.code
    import threading

    if threading.active_count() != 1:
        sys.exit(code)
    if code is None:
        code = 0
    elif not isinstance(code, int):
        print(code, file=sys.stderr)        # as Python prints a SystemExit that is not a number
        code = 1
    import atexit

    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None:
                stream.flush()
        except Exception:
            code = code or 120
    os._exit(code)
