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
        known = _REGISTRY.get(name)
        # (the same function again is a module imported a second time: an alarm that stopped the first import
        # part way, a per-file time limit, leaves the module out of sys.modules but its conditions here)
        if known is not None and known is not fn and (known.__module__, known.__qualname__) != (fn.__module__, fn.__qualname__):
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
