"""Per-file result cache: a lint result is reused when nothing that could change it has changed.

The key of one file's result is a hash of: the file's bytes, the path it is shown under
(per-file ignores and waivers depend on it), the tool's version and code, the contents of
every rule pack, the effective config (minus keys that only affect the exit code or the
walk), the waivers file and the reader options. Entries are JSON files written atomically;
a damaged or unreadable entry is a miss, never an error. Results that depend on the run
rather than the file (time-outs, crashed workers, unreadable paths) are never stored.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import shutil
from pathlib import Path

from . import __version__
from . import model

FORMAT = 1
DIR_NAME = ".inclusive-lint-cache"
TAG_NAME = "CACHEDIR.TAG"
TAG = ("Signature: 8a477f597d28d172789f06886806bc55\n"
       "# This folder is a cache made by inclusive-lint; 'inclusive-lint cache clear' removes it.\n")
NOT_CACHED = {"timeout", "crashed", "unreadable", "missing", "interrupted"}
_IGNORED_CONFIG = {"fail-level", "exclude"}
_CHUNK = 1 << 20


def default_cache_dir(config=None) -> Path:
    """``$INCLUSIVE_LINT_CACHE_DIR``; else beside the project config; else the user cache."""
    env = os.environ.get("INCLUSIVE_LINT_CACHE_DIR")
    if env:
        return Path(env)
    if config is not None and getattr(config, "root_source", "") == "git root":
        return Path(config.root) / DIR_NAME      # the project root, as for the waiver file
    if config is not None and getattr(config, "files", None):
        first = Path(config.files[0])
        if first.resolve().parent == Path(config.root).resolve():
            return Path(config.root) / DIR_NAME
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "inclusive-lint"


_CODE_FINGERPRINTS: dict = {}


def _code_fingerprint() -> str:
    """Changes whenever the content of a file of the installed package changes (editable installs too).
    Worked out once per process (hashing every file took ~5 ms, and each pack asked again):
    the code a process runs is the code it imported."""
    pinned = os.environ.get("INCLUSIVE_LINT_CODE_VERSION")   # reproducible keys (tests, CI images)
    if pinned not in _CODE_FINGERPRINTS:
        _CODE_FINGERPRINTS[pinned] = _hash_code(pinned)
    return _CODE_FINGERPRINTS[pinned]


def _hash_code(pinned) -> str:
    h = hashlib.sha256(__version__.encode())
    if pinned:
        h.update(pinned.encode())
        return h.hexdigest()
    root = Path(__file__).resolve().parent
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
        for name in sorted(filenames):
            if name.endswith((".py", ".yaml", ".yml", ".json")):
                full = os.path.join(dirpath, name)
                h.update(f"{os.path.relpath(full, root)}\0".encode())
                with open(full, "rb") as fh:
                    h.update(hashlib.sha256(fh.read()).digest())
    return h.hexdigest()


def _file_digest(path) -> str:
    h = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            for chunk in iter(lambda: fh.read(_CHUNK), b""):
                h.update(chunk)
    except OSError:
        return "absent"
    return h.hexdigest()


def settings_fingerprint(settings) -> str:
    """Everything about a run's settings that can change one file's result."""
    config = settings.config
    values = {k: v for k, v in config.values.items() if k not in _IGNORED_CONFIG}
    packs = [(p.name, p.version, [_file_digest(f) for f in (p.files or (p.path,))]) for p in settings.ruleset.packs]
    options = {}
    for k, v in sorted(settings.options.items()):
        if k == "allow_re":
            continue
        if k == "password" and v is not None:
            v = hashlib.sha256(str(v).encode()).hexdigest()
        options[k] = repr(v)
    waivers = config.values.get("waivers")
    blob = json.dumps({"format": FORMAT, "code": _code_fingerprint(), "config": values, "packs": packs,
                       "root": str(config.root),
                       "options": options, "waivers": _file_digest(waivers) if waivers else None},
                      sort_keys=True, default=str)
    return hashlib.sha256(blob.encode()).hexdigest()


class Cache:
    """A folder of cached results. Every failure to read or write is a silent miss."""

    def __init__(self, folder, settings):
        self.folder = Path(folder)
        self.run_key = settings_fingerprint(settings)
        self.hits = 0
        self.misses = 0
        self._ready = None

    def key(self, path: str, display_path: str, data: bytes | None = None) -> str | None:
        """The key for one file, or None if it cannot be read (the linter will say why)."""
        h = hashlib.sha256()
        h.update(f"{self.run_key}\0{display_path}\0".encode("utf-8", "surrogateescape"))
        if data is not None:
            h.update(data)
            return h.hexdigest()
        try:
            from .limits import MAX_FILE_BYTES

            if not os.path.isfile(path) or os.path.getsize(path) > MAX_FILE_BYTES:
                return None
            with open(path, "rb") as fh:
                for chunk in iter(lambda: fh.read(_CHUNK), b""):
                    h.update(chunk)
        except OSError:
            return None
        return h.hexdigest()

    def _entry(self, key: str) -> Path:
        return self.folder / f"v{FORMAT}" / key[:2] / f"{key}.json"

    def get(self, key: str | None):
        if key is None:
            return None
        try:
            with open(self._entry(key), "rb") as fh:
                result = result_from_json(json.loads(fh.read()))
        except (OSError, ValueError, KeyError, TypeError):
            self.misses += 1
            return None
        self.hits += 1
        return result

    def put(self, key: str | None, result) -> None:
        if key is None or any(e.category in NOT_CACHED for e in result.errors):
            return
        try:
            text = json.dumps(result_to_json(result), ensure_ascii=False, separators=(",", ":"))
        except (TypeError, ValueError):
            return
        if not self._prepare():
            return
        from .atomic import atomic_write

        entry = self._entry(key)
        try:
            entry.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(str(entry), text)
        except OSError:
            return

    def _prepare(self) -> bool:
        if self._ready is None:
            try:
                self.folder.mkdir(parents=True, exist_ok=True)
                tag = self.folder / TAG_NAME
                if not tag.exists():
                    tag.write_text(TAG, encoding="utf-8")
                ignore = self.folder / ".gitignore"
                if not ignore.exists():
                    ignore.write_text("# made by inclusive-lint\n*\n", encoding="utf-8")
                self._ready = True
            except OSError:
                self._ready = False
        return self._ready


def clear(folder) -> int:
    """Remove a cache folder made by inclusive-lint; returns the number of entries removed.
    Refuses a folder without the cache tag, so a wrong --cache-dir cannot delete user files."""
    folder = Path(folder)
    if not folder.exists():
        return 0
    if not (folder / TAG_NAME).is_file():
        raise ValueError(f"{folder} does not look like an inclusive-lint cache (no {TAG_NAME}); not removed")
    count = sum(1 for _ in folder.rglob("*.json"))
    shutil.rmtree(folder)
    return count


def entry_count(folder) -> int:
    folder = Path(folder)
    return sum(1 for _ in folder.rglob("*.json")) if folder.is_dir() else 0


# --- exact JSON round trip of FileResult (without the Document) ---------------------------

def _types() -> dict:
    return {name: obj for name, obj in vars(model).items()
            if isinstance(obj, type) and dataclasses.is_dataclass(obj)}


def _encode(value):
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if isinstance(value, tuple):
        return {"__tuple": [_encode(v) for v in value]}
    if isinstance(value, list):
        return [_encode(v) for v in value]
    if isinstance(value, dict):
        if all(isinstance(k, str) for k in value):
            return {"__dict": {k: _encode(v) for k, v in value.items()}}
        raise TypeError("dict with non-string keys")
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        name = type(value).__name__
        if getattr(model, name, None) is not type(value):
            raise TypeError(f"cannot cache {name}")
        return {"__t": name, **{f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value)
                                if not f.name.startswith("_")}}
    raise TypeError(f"cannot cache {type(value).__name__}")


def _decode(value, types):
    if isinstance(value, list):
        return [_decode(v, types) for v in value]
    if isinstance(value, dict):
        if "__tuple" in value:
            return tuple(_decode(v, types) for v in value["__tuple"])
        if "__dict" in value:
            return {k: _decode(v, types) for k, v in value["__dict"].items()}
        cls = types[value["__t"]]
        return cls(**{k: _decode(v, types) for k, v in value.items() if k != "__t"})
    return value


def slim(result):
    """A copy of ``result`` whose Document keeps only what the text report shows: the source
    lines that findings point at (other lines blanked, so line numbers stay right)."""
    doc = result.document
    if doc is None:
        return result
    source = getattr(doc, "source_text", None)
    if source is None:
        return dataclasses.replace(result, document=None)
    wanted = {f.location.line for f in result.findings if f.location.line is not None}
    lines = source.split("\n")
    kept = "\n".join(line if i + 1 in wanted else "" for i, line in enumerate(lines))
    return dataclasses.replace(result, document=model.Document(path=doc.path, format=doc.format,
                                                                source_text=kept))


def result_to_json(result) -> dict:
    return {"format": FORMAT, "result": _encode(slim(result))}


def result_from_json(data: dict):
    if data.get("format") != FORMAT:
        raise ValueError("old cache format")
    result = _decode(data["result"], _types())
    if not isinstance(result, model.FileResult):
        raise ValueError("not a result")
    return result


# --- "this exact pack text passed validation" stamps ---------------------------------------
# Validating a pack compiles every regular expression in it, which costs more than the rest
# of start-up; a pack whose bytes (and this code) are unchanged since it last validated is
# not validated again. Stamps are empty files; any failure just means "validate again".

def validated_stamp(text: str) -> Path | None:
    try:
        digest = hashlib.sha256((_code_fingerprint() + "\0" + text).encode("utf-8", "surrogateescape")).hexdigest()
        return default_cache_dir() / "packs-ok" / digest
    except OSError:
        return None


def mark_validated(stamp: Path | None) -> None:
    if stamp is None:
        return
    try:
        stamp.parent.mkdir(parents=True, exist_ok=True)
        tag = stamp.parent.parent / TAG_NAME
        if not tag.exists():
            tag.write_text(TAG, encoding="utf-8")
        stamp.touch()
    except OSError:
        pass
