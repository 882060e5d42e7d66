"""Find the files to lint: walk directories, honour default extensions and excludes."""
from __future__ import annotations

import fnmatch
import os
from pathlib import Path

DEFAULT_EXTENSIONS = (".docx", ".docm", ".dotx", ".dotm", ".pdf", ".md", ".markdown", ".txt",
                      ".html", ".htm",
                      ".odt", ".ott", ".fodt", ".doc", ".dot", ".rtf", ".wpd")   # issue 18
SKIP_DIRS = {".git", ".hg", ".svn", "node_modules", "__pycache__", ".venv", "venv", ".tox",
             ".nox", ".mypy_cache", ".pytest_cache", ".inclusive-lint-cache", "site-packages"}


def _is_virtualenv(path: str) -> bool:
    return os.path.exists(os.path.join(path, "pyvenv.cfg"))


def excluded(path: str, patterns) -> bool:
    """True if ``path`` (posix, relative or absolute) matches an exclude glob."""
    if not patterns:
        return False
    posix = path.replace(os.sep, "/")
    parts = posix.split("/")
    for pat in patterns:
        pat = pat.rstrip("/")
        if fnmatch.fnmatch(posix, pat) or fnmatch.fnmatch(posix, "*/" + pat):
            return True
        if any(fnmatch.fnmatch(part, pat) for part in parts):
            return True
    return False


def discover(paths, exclude=(), extensions=DEFAULT_EXTENSIONS, on_error=None, on_skip=None):
    """Yield file paths (str) in a deterministic order.

    Explicitly named files are always yielded (the reader decides if it can
    read them); directories are walked for ``extensions``. Unreadable
    directories and symlink loops are reported through ``on_error(path, msg)``; files in
    walked directories that are not of the ``extensions`` through ``on_skip(path)``.
    """
    seen = set()
    given = set()       # each file once, however often it is named or reached
    for raw in paths:
        if raw == "-":
            yield raw
            continue
        p = Path(raw)
        if p.is_dir():
            try:
                st = os.stat(os.path.realpath(p))
                if (st.st_ino, st.st_dev) in seen:
                    continue        # named again, or inside a folder already walked
            except OSError:
                pass
            for found in _walk(str(p), exclude, extensions, seen, on_error, on_skip):
                if os.path.normpath(found) not in given:
                    given.add(os.path.normpath(found))
                    yield found
        else:
            if excluded(str(p), exclude) and not p.exists():
                continue
            if os.path.normpath(str(p)) in given:
                continue
            given.add(os.path.normpath(str(p)))
            yield str(p)


def _walk(root, exclude, extensions, seen, on_error, on_skip=None):
    def onerror(exc):
        if on_error:
            on_error(getattr(exc, "filename", root) or root, f"cannot read directory: {exc.strerror}")

    for dirpath, dirnames, filenames in os.walk(root, onerror=onerror, followlinks=True):
        try:
            real = os.path.realpath(dirpath)
            key = os.stat(real).st_ino, os.stat(real).st_dev
        except OSError:
            continue
        if key in seen:
            if on_error:
                on_error(dirpath, "symlink loop: directory already visited, skipped")
            dirnames[:] = []
            continue
        seen.add(key)
        dirnames[:] = sorted(
            d for d in dirnames
            if d not in SKIP_DIRS and not _is_virtualenv(os.path.join(dirpath, d))
            and not excluded(os.path.join(dirpath, d), exclude)
        )
        for name in sorted(filenames):
            if name.startswith("~$"):     # Word's lock file beside an open document
                continue
            full = os.path.join(dirpath, name)
            if excluded(full, exclude):
                continue
            if not name.lower().endswith(tuple(extensions)):
                if on_skip:
                    on_skip(full)
                continue
            yield full
