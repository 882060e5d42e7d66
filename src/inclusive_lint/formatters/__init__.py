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
