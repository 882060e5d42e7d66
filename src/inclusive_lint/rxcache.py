"""Compiled regular expressions kept between runs, much as Python keeps compiled bytecode.

Parsing and compiling the few hundred regexes of the rule packs, conditions, form detection
and readers is most of a small run's start-up. Python's ``re`` module keeps the patterns it
compiled in a dictionary for the life of one process; this module saves what ``re``'s compiler
produced for them (flags, opcode list, groups and group names: the arguments of
``_sre.compile``) to one file in the user cache folder, and puts them back into that
dictionary at the start of the next run. Every ``re.compile``/``re.search`` call, wherever it
is, then finds its pattern already compiled, and no call site has to change. As one small run
uses about 700 patterns (rules, conditions, readers, markdown-it, JSON, click), more than re
keeps (512), and a 1 MB finding-dense file about 1,800, the command line's process lets re keep
up to 4,096, and the file holds up to 3,072 (the patterns of small and long runs together: with
fewer, a long run pushed out patterns the next long run compiled and stored again).

Safety: an entry is only written after the pattern rebuilt from it compares equal (same
flags, same code) to the one ``re`` compiled; the file carries the Python version,
``_sre.MAGIC``, the code unit size and the package version and a checksum, and a file that
does not match all of them, cannot be read or does not decode is ignored (and replaced at the
end of the run). Any problem at all means the patterns are compiled as usual. The file is
written atomically, only when a run compiled patterns it did not hold that took long enough to
compile to be worth it (a pattern made afresh by each run, such as a character class built
from a set, is not), and a folder that cannot be written is no error.
``INCLUSIVE_LINT_REGEX_CACHE=0`` turns it off.

A pattern is rebuilt from its entry only when ``re`` first looks it up (``_Primed``): a run uses
a part of the file's patterns (a two-paragraph file about 360 of 1,536, a 1 MB policy about
770), and rebuilding them all at start-up cost about 25 ms a run. That relies on ``re``
looking patterns up by subscript (Python 3.10 and 3.11); other versions get every pattern
rebuilt at start-up, as before.
"""
from __future__ import annotations

import contextlib
import os
import re
import sys
import time
from array import array

from . import sealed

ENV = "INCLUSIVE_LINT_REGEX_CACHE"
FORMAT = 1
CAPACITY = 4096             # re's cache size while primed (re's own is 512; a small run uses ~700)
# entries kept in the file: a 1 MB finding-dense file alone uses about 1,800 patterns, and with 1,536
# kept each such run compiled and stored ~200 that the last run had pushed out (0.3 s of CPU)
LIMIT = 3072
HEADROOM = 256              # places left free in re's cache for patterns the file lacks
WORTH_WRITING = 0.005       # seconds of compiling the new patterns must save to rewrite the file
_HEAD = b"inclusive-lint regex cache\n"

_known: set = set()         # keys held by the file or compiled before prime(): not new
_primed_file: str | None = None


def enabled() -> bool:
    return os.environ.get(ENV, "1").strip().lower() not in ("0", "off", "no", "false")


def _re_cache():
    """re's own pattern cache, if this Python has the one this module knows how to fill."""
    cache = getattr(re, "_cache", None)
    if sys.implementation.name != "cpython" or not isinstance(cache, dict):
        return None
    if not isinstance(getattr(re, "_MAXCACHE", None), int):
        return None
    return cache


def _sre():
    import _sre
    return _sre


def version_key() -> tuple:
    """What the stored code depends on: a different value means a different file format."""
    from . import __version__
    sre = _sre()
    return (FORMAT, sys.version, sys.implementation.cache_tag, sre.MAGIC, sre.CODESIZE,
            sys.maxunicode, __version__)


def cache_file() -> str:
    """One file per Python (like ``__pycache__/*.cpython-311.pyc``) in the user cache folder
    (``$INCLUSIVE_LINT_CACHE_DIR``, else ``$XDG_CACHE_HOME/inclusive-lint``)."""
    base = os.environ.get("INCLUSIVE_LINT_CACHE_DIR")
    if not base:
        xdg = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        base = os.path.join(xdg, "inclusive-lint")
    tag = sys.implementation.cache_tag or "python"
    return os.path.join(base, "regex", f"{tag}.bin")


def _code_array(code) -> array:
    units = array("I" if array("I").itemsize == _sre().CODESIZE else "L")
    if units.itemsize != _sre().CODESIZE:
        raise ValueError("no array type for this code unit size")
    units.extend(code)
    return units


def _compile_args(pattern, flags: int) -> tuple:
    """The arguments ``re._compiler.compile`` gives ``_sre.compile`` for this pattern."""
    try:
        from re import _compiler, _parser
    except ImportError:         # Python 3.10: the same functions, under their old names
        import sre_compile as _compiler
        import sre_parse as _parser
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup))


def _build(pattern, args: tuple):
    final_flags, code, groups, groupindex, indexgroup = args
    return _sre().compile(pattern, final_flags, code, groups, groupindex, indexgroup)


def _read(path: str) -> list:
    """The entries of a cache file; ValueError if it is not a whole file for this Python."""
    key, entries = sealed.read(_HEAD, path)
    if key != version_key():
        raise ValueError("made by another Python or version")
    if not isinstance(entries, list):
        raise ValueError("bad entries")
    return entries


def prime() -> int:
    """Put the stored patterns into re's cache (built when first looked up: ``_Primed``);
    returns how many. Never raises."""
    global _primed_file
    cache = _re_cache()
    if cache is None or not enabled():
        return 0
    path = cache_file()
    _primed_file = path
    _known.update(cache)        # compiled before we could prime (imports): nothing to store
    if re._MAXCACHE < CAPACITY:  # a small run compiles more than 512 patterns: keep them all
        re._MAXCACHE = CAPACITY
    try:
        entries = _read(path)
    except Exception:           # absent, unreadable, corrupt, another Python: compile as usual
        return 0
    room = re._MAXCACHE - len(cache) - HEADROOM
    pending: dict = {}
    for entry in entries:
        try:
            is_bytes, pattern, flags, final_flags, code, groups, groupindex, indexgroup = entry
            key = (bytes if is_bytes else str, pattern, flags)
            if key in cache or key in pending or len(pending) >= room:
                _known.add(key)
                continue
            if not isinstance(pattern, key[0]) or not isinstance(code, bytes):
                continue
        except Exception:       # one bad entry: that pattern is compiled as usual
            continue
        _known.add(key)
        pending[key] = (pattern, final_flags, code, groups, groupindex, indexgroup)
    if not LAZY:
        for key, args in pending.items():
            compiled = _rebuild(args)
            if compiled is None:
                _known.discard(key)
            else:
                cache[key] = compiled
        return sum(1 for key in pending if key in cache)
    re._cache = _Primed(cache, pending)
    return len(pending)


LAZY = sys.version_info < (3, 12)    # re._compile looks its cache up by subscript (``__missing__``)


def _rebuild(args: tuple):
    """The compiled pattern of a stored entry, or None when ``_sre`` refuses it."""
    pattern, final_flags, code, groups, groupindex, indexgroup = args
    try:
        units = _code_array(())
        units.frombytes(code)
        return _build(pattern, (final_flags, units.tolist(), groups, groupindex, indexgroup))
    except Exception:
        return None


class _Primed(dict):
    """re's pattern cache, holding besides the patterns compiled so far the stored ones not
    rebuilt yet (``pending``): ``re._compile`` looks a pattern up by subscript, so one that is
    not compiled yet but stored is rebuilt then (``__missing__``), and one that is neither is
    compiled as usual. A stored entry ``_sre`` refuses is compiled as usual too, and counts as
    new (``store`` writes it again, replacing the bad entry)."""

    def __init__(self, compiled: dict, pending: dict):
        super().__init__(compiled)
        self.pending = pending

    def __missing__(self, key):
        args = self.pending.pop(key, None)
        if args is None:
            raise KeyError(key)
        compiled = _rebuild(args)
        if compiled is None:
            _known.discard(key)
            raise KeyError(key)
        self[key] = compiled
        return compiled

    def clear(self) -> None:        # re.purge()
        self.pending.clear()
        super().clear()


def _entry(key, compiled) -> tuple | None:
    """The stored form of one of re's cache entries, or None when it cannot be stored exactly."""
    kind, pattern, flags = key
    if kind not in (str, bytes) or not isinstance(flags, int) or flags & re.DEBUG:
        return None
    try:
        args = _compile_args(pattern, flags)
        if _build(pattern, args) != compiled:     # same flags and code as re's own: else skip
            return None
        final_flags, code, groups, groupindex, indexgroup = args
        return (kind is bytes, pattern, flags, final_flags, _code_array(code).tobytes(), groups,
                groupindex, indexgroup)
    except Exception:
        return None


def _writable(folder: str) -> bool:
    try:
        os.makedirs(folder, exist_ok=True)
    except OSError:
        return False
    return os.access(folder, os.W_OK)


def store() -> int:
    """Store the patterns this run compiled that the file did not hold; returns how many were
    added. Never raises: a folder that cannot be written just means no cache."""
    cache = _re_cache()
    if cache is None or not enabled() or _primed_file is None:
        return 0
    try:
        fresh = [(key, compiled) for key, compiled in list(cache.items()) if key not in _known]
        if not fresh or not _writable(os.path.dirname(_primed_file)):
            return 0            # checking entries costs about a compile: not for nothing
        start = time.perf_counter()
        new = [entry for key, compiled in fresh if (entry := _entry(key, compiled)) is not None]
        if not new or time.perf_counter() - start < WORTH_WRITING:
            return 0
        path = _primed_file
        with _exclusive(path):     # (worker processes end together: each merges with what the last one wrote)
            try:
                old = _read(path)
            except Exception:
                old = []
            known = {(bool(e[0]), e[1], e[2]) for e in new}
            merged = new + [e for e in old if (bool(e[0]), e[1], e[2]) not in known]
            if not sealed.write(path, _HEAD, (version_key(), merged[:LIMIT])):
                return 0
        _known.update((bytes if e[0] else str, e[1], e[2]) for e in new)
        return len(new)
    except Exception:
        return 0


@contextlib.contextmanager
def _exclusive(path: str, wait: float = 2.0):
    """Hold a lock on the cache file's folder while reading, merging and writing it, so that two processes storing
    at once (the workers of one run, ending together) do not each write the file read before the other wrote,
    losing the other's patterns. Waits at most ``wait`` seconds; where there is no ``fcntl`` (Windows), or the
    lock cannot be had, the store goes on without it (at worst, as before, a pattern is stored again later)."""
    try:
        import fcntl
        handle = os.open(os.path.dirname(path), os.O_RDONLY)     # (the folder is locked: no lock file in it)
    except (ImportError, OSError):
        yield
        return
    try:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError:
                if time.monotonic() > deadline:
                    break
                time.sleep(0.01)
        yield
    finally:
        os.close(handle)        # (closing lets the lock go)
