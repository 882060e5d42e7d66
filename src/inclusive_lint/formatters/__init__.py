"""Formatter registry keyed by ``--format``. Each module has ``render(report, ctx) -> str``."""
from __future__ import annotations

import importlib

FORMATS = {
    "text": "text",
    "json": "json",
    "sarif": "sarif",
    "html": "html",
    "github": "github",
}


def render(name: str, report, ctx: dict) -> str:
    module = importlib.import_module(f"{__name__}.{FORMATS[name]}")
    return module.render(report, ctx)
