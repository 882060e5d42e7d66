"""Memo tables of pure functions kept between runs of the command line.

Some start-up work is a pure function of a rule pattern and of this package's code, memoised
in a module-level dict for the life of a process: the literal prefixes the prefilter reads
from each rule regex and whether it opens with ``\\b`` (``engine.prefilter._CACHE`` and
``_WORD_START``; re-parsing the ~40 patterns a small file reaches cost about 20 ms a run, the
~190 a long document's prefix pass reads about 180 ms). This module fills those dicts from a
file in the user cache (one per version of the code) at start-up and writes it back when a run
added entries. The file is tied to the package's
code fingerprint (any change to any file of the package) and the Python version, so a value is
only ever reused by the code that worked it out; anything wrong with the file means the
values are worked out as usual. It follows ``INCLUSIVE_LINT_REGEX_CACHE`` (0 turns it off).
"""
from __future__ import annotations

import hashlib
import importlib
import os
import sys

from . import sealed

# (module, attribute): dicts whose keys and values marshal can hold
TABLES = (("inclusive_lint.engine.prefilter", "_CACHE"), ("inclusive_lint.engine.prefilter", "_WORD_START"),
          ("inclusive_lint.engine.prefilter", "_GUARD_SOURCE"), ("inclusive_lint.conditions.litguard", "_PLANS"),
          ("inclusive_lint.conditions.rxguard", "_FIRST"), ("inclusive_lint.engine.prefilter", "_REQUIRED"),
          ("inclusive_lint.conditions.altfactor", "_SOURCES"), ("inclusive_lint.conditions.blockfacts", "_WORDS"),
          ("inclusive_lint.conditions.law_gate", "_ANCHORS"), ("inclusive_lint.conditions.law_gate", "_COVERS"))
_HEAD = b"inclusive-lint memo tables\n"
_loaded: dict = {}          # table name -> the keys it held after prime()


def enabled() -> bool:
    from .rxcache import enabled as regex_cache_enabled

    return regex_cache_enabled()


KEEP_FILES = 4              # files of other code versions left in the folder


def cache_file() -> str:
    """One file per version of the code: the tables hold what this code worked out, so two
    installed versions (a pre-commit environment and the one on PATH, say) run one after the
    other each keep theirs instead of replacing the other's every run."""
    from .rxcache import cache_file as regex_file

    version = hashlib.sha256(repr(_key()).encode()).hexdigest()[:16]
    return os.path.join(os.path.dirname(os.path.dirname(regex_file())), "memos",
                        f"{sys.implementation.cache_tag or 'python'}-{version}.bin")


def _tidy(path: str) -> None:
    """Remove all but the newest KEEP_FILES memo files of other versions."""
    folder, name = os.path.split(path)
    tag = name.rsplit("-", 1)[0] + "-"
    try:
        others = [os.path.join(folder, n) for n in os.listdir(folder)
                  if n.startswith(tag) and n.endswith(".bin") and n != name]
        others.sort(key=os.path.getmtime, reverse=True)
        for old in others[KEEP_FILES:]:
            os.remove(old)
    except OSError:
        pass


def _key() -> tuple:
    from .cache import _code_fingerprint

    return (1, sys.version, _code_fingerprint())


def _tables() -> dict:
    out = {}
    for module, attr in TABLES:
        table = getattr(importlib.import_module(module), attr, None)
        if isinstance(table, dict):
            out[f"{module}.{attr}"] = table
    return out


def prime() -> int:
    """Fill the memo tables from the file; returns how many entries. Never raises."""
    _loaded.clear()
    if not enabled():
        return 0
    try:
        tables = _tables()
        for name, table in tables.items():
            _loaded[name] = set(table)
        key, stored = sealed.read(_HEAD, cache_file())
        if key != _key() or not isinstance(stored, dict):
            return 0
    except Exception:
        return 0
    count = 0
    for name, table in tables.items():
        values = stored.get(name)
        if isinstance(values, dict):
            for k, v in values.items():
                if k not in table:
                    table[k] = v
                    count += 1
            _loaded[name] = set(table)
    return count


def store() -> int:
    """Write the tables back when this run added entries; returns how many were new. Never raises."""
    if not enabled() or not _loaded:
        return 0
    try:
        tables = {name: table for name, table in _tables().items() if name in _loaded}
        new = sum(len(set(table) - _loaded[name]) for name, table in tables.items())
        if not new:
            return 0
        path = cache_file()
        if not sealed.write(path, _HEAD, (_key(), {n: dict(t) for n, t in tables.items()})):
            return 0
        _tidy(path)
        for name, table in tables.items():
            _loaded[name] = set(table)
        return new
    except Exception:
        return 0
