"""``inclusive-lint lsp``: the language server for editors, over standard input and output."""
from __future__ import annotations

import click

from . import fail


@click.command(name="lsp")
@click.option("--stdio", is_flag=True, help="Talk over standard input and output (the only transport; "
              "accepted because some editors pass it).")
def command(stdio):
    """Run the Language Server Protocol server over stdio: diagnostics while you write Markdown,
    text and HTML, quick fixes, "allow here with a reason" and rule explanations on hover."""
    try:
        import lsprotocol  # noqa: F401
        import pygls  # noqa: F401
    except ImportError:
        fail("the language server needs pygls: pip install 'inclusive-lint[lsp]'")
    from ..lsp.server import main

    main()
