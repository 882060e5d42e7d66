"""One config merge: defaults, then the project file, then --config, then flags.

Project file: ``.inclusive-lint.yaml`` or ``[tool.inclusive-lint]`` in
``pyproject.toml``, the nearest in the working directory or its ancestors.
Unknown keys are errors with a did-you-mean hint.

The project root (for the waiver file, ``per-file-ignores`` globs and the cache) is the
folder of that config file, else the git work tree's top, else the working directory:
the same whichever sub-folder a command runs from.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from .errors import UsageError
from .packs.schema import did_you_mean

LEVELS = ("error", "warning", "info", "never")
DEFAULTS = {
    "packs": [],
    "select": [],
    "ignore": [],
    "severity": {},
    "exclude": [],
    "per-file-ignores": {},
    "allow": [],
    "fail-level": "warning",
    "waivers": ".inclusive-lint-waivers.yaml",
    "allow-incomplete": False,
    "ocr": False,           # read pages without a text layer, and images, with Tesseract
}
PROJECT_FILES = (".inclusive-lint.yaml", ".inclusive-lint.yml")


@dataclass
class Config:
    values: dict = field(default_factory=lambda: {k: (v.copy() if hasattr(v, "copy") else v) for k, v in DEFAULTS.items()})
    sources: dict = field(default_factory=lambda: {k: "default" for k in DEFAULTS})
    root: Path = field(default_factory=Path.cwd)      # project root (for relative paths)
    files: list = field(default_factory=list)
    root_source: str = "current folder"               # nearest config file, git root or current folder

    def __getitem__(self, key):
        return self.values[key]

    def path(self, value: str) -> str:
        return value if os.path.isabs(value) else str(self.root / value)


def find_project_config(start: Path) -> Path | None:
    start = start.resolve()
    for folder in (start, *start.parents):
        for name in PROJECT_FILES:
            p = folder / name
            if p.is_file():
                return p
        pp = folder / "pyproject.toml"
        if pp.is_file() and _pyproject_section(pp) is not None:
            return pp
    return None


def find_git_root(start: Path) -> Path | None:
    """The top of the git work tree holding ``start`` (``.git`` is a folder, or a file in a
    linked worktree or submodule), found without running git."""
    start = start.resolve()
    for folder in (start, *start.parents):
        if (folder / ".git").exists():
            return folder
    return None


def project_root(cwd: Path, found: Path | None) -> tuple:
    """(root, how it was found): the config file's folder, else the git root, else ``cwd``."""
    if found is not None:
        return found.parent, "nearest config file"
    git = find_git_root(cwd)
    if git is not None:
        return git, "git root"
    return cwd, "current folder"


def _toml_load(path: Path) -> dict:
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib
    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise UsageError(f"{path}: cannot read config: {exc}") from None


def _pyproject_section(path: Path):
    return _toml_load(path).get("tool", {}).get("inclusive-lint")


def load_file(path: Path) -> dict:
    if path.name == "pyproject.toml" or path.suffix == ".toml":
        data = _toml_load(path)
        if path.name == "pyproject.toml":
            data = data.get("tool", {}).get("inclusive-lint", {})
        return data
    import yaml

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UsageError(f"{path}: config file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"{path}: cannot read config: {exc}") from None
    except yaml.YAMLError as exc:
        raise UsageError(f"{path}: config is not valid YAML: {exc}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise UsageError(f"{path}: config must be a mapping of keys to values")
    return data


def validate(data: dict, origin: str) -> dict:
    out = {}
    for key, value in data.items():
        norm = str(key).replace("_", "-")
        if norm not in DEFAULTS:
            raise UsageError(f"{origin}: unknown config key '{key}'" + did_you_mean(norm, DEFAULTS))
        expected = type(DEFAULTS[norm])
        if expected is list and isinstance(value, str):
            value = [value]
        if not isinstance(value, expected):
            kind = "true or false" if expected is bool else f"a {expected.__name__}"
            raise UsageError(f"{origin}: '{key}' must be {kind}")
        if norm == "fail-level" and value not in LEVELS:
            raise UsageError(f"{origin}: 'fail-level' must be one of {', '.join(LEVELS)}"
                             + did_you_mean(str(value), LEVELS))
        if norm == "severity":
            for rid, level in value.items():
                if level not in ("error", "warning", "info"):
                    raise UsageError(f"{origin}: severity of {rid} must be error, warning or info")
        if norm == "per-file-ignores":
            value = {g: ([ids] if isinstance(ids, str) else list(ids)) for g, ids in value.items()}
        out[norm] = value
    return out


def merge(cfg: Config, data: dict, origin: str, base: Path | None = None) -> None:
    for key, value in validate(data, origin).items():
        if key in ("packs",) and base is not None:
            value = [v if os.path.isabs(v) else str(base / v) for v in value]
        if key == "waivers" and base is not None and not os.path.isabs(value):
            value = str(base / value)
        if isinstance(value, dict):
            merged = dict(cfg.values.get(key) or {})
            merged.update(value)
            cfg.values[key] = merged
        else:
            cfg.values[key] = value
        cfg.sources[key] = origin


def load_config(config_file: str | None = None, use_project: bool = True,
                overrides: dict | None = None, cwd: Path | None = None) -> Config:
    cwd = cwd or Path.cwd()
    found = find_project_config(cwd) if use_project else None
    root, how = project_root(cwd, found)
    cfg = Config(root=root, root_source=how)
    cfg.values["waivers"] = str(root / DEFAULTS["waivers"])
    if found is not None:
        merge(cfg, load_file(found), str(found), found.parent)
        cfg.files.append(str(found))
    if config_file:
        p = Path(config_file)
        if not p.is_file():
            raise UsageError(f"{config_file}: config file not found")
        merge(cfg, load_file(p), str(p), p.resolve().parent)
        cfg.files.append(str(p))
    if overrides:
        merge(cfg, {k: v for k, v in overrides.items() if v not in (None, [], ())}, "command line", cwd)
    return cfg
