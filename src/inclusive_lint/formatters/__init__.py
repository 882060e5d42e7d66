"""Formatter registry keyed by ``--format``. Each module has ``render(report, ctx)``, returning
text, or bytes for the BINARY formats (which need ``-o FILE``)."""
from __future__ import annotations

import importlib

FORMATS = {
    "text": "text",
    "json": "json",
    "sarif": "sarif",
    "html": "html",
    "github": "github",
    "csv": "csvfile",
    "docx": "docx_annex",
    "odt": "odt_annex",
}
BINARY = ("docx", "odt")


def render(name: str, report, ctx: dict):
    module = importlib.import_module(f"{__name__}.{FORMATS[name]}")
    return module.render(report, ctx)


def render_chunks(name: str, report, ctx: dict):
    """The output in pieces to write one after another: a formatter with ``chunks(report,
    ctx)`` streams (JSON), the others give their whole text as one piece."""
    module = importlib.import_module(f"{__name__}.{FORMATS[name]}")
    if hasattr(module, "chunks"):
        return module.chunks(report, ctx)
    return iter([module.render(report, ctx)])
