"""Named context conditions that rules refer to by name.

Each condition is a small function ``fn(ctx) -> bool`` registered with
:func:`condition`. Rules list them under ``conditions`` (all must be true for
a match to count) or ``exceptions`` (any true drops the match). Every module
in this package is imported when the registry is first needed, so adding a
module is all it takes to add conditions.
"""
from __future__ import annotations

import importlib
import pkgutil

_REGISTRY: dict = {}
_LOADED = False


def condition(name: str):
    def register(fn):
        if name in _REGISTRY and _REGISTRY[name] is not fn:
            raise ValueError(f"condition '{name}' registered twice")
        _REGISTRY[name] = fn
        fn.condition_name = name
        return fn
    return register


def registry() -> dict:
    global _LOADED
    if not _LOADED:
        modules = [importlib.import_module(f"{__name__}.{info.name}")
                   for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name)]
        from .litguard import accelerate_module

        for module in modules:          # the same matches, found faster (litguard.py)
            accelerate_module(module)
        _LOADED = True
    return _REGISTRY
