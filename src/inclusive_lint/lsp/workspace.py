"""Settings per workspace folder: config discovery and rule packs loaded once, reloaded when a
config file changes. A config or pack that cannot be loaded gives a message and the defaults."""
from __future__ import annotations

import os
from pathlib import Path

from ..config import PROJECT_FILES

CONFIG_NAMES = (*PROJECT_FILES, "pyproject.toml")


def _stamp(path: Path):
    try:
        st = path.stat()
        return st.st_mtime_ns, st.st_size
    except OSError:
        return None


class WorkspaceSettings:
    """Settings for one folder, rebuilt only when a config file it depends on changes."""

    def __init__(self, root: Path):
        self.root = root
        self.settings = None
        self.error = None          # the message of the last config or pack error, if any
        self._stamps = None

    def _watched(self) -> list:
        """Config files that decide this folder's settings: the names looked for in the folder
        and its parents (a file appearing counts), the config found, and its waivers file."""
        paths = [folder / name for folder in (self.root, *self.root.parents) for name in CONFIG_NAMES]
        if self.settings is not None:
            paths += [Path(f) for f in self.settings.config.files]
            paths.append(Path(self.settings.config["waivers"]))
        return paths

    def _current_stamps(self):
        return tuple(_stamp(p) for p in self._watched())

    def changed(self) -> bool:
        return self.settings is None or self._current_stamps() != self._stamps

    def get(self):
        """(settings, error message or None); reloads when a config file changed."""
        if self.changed():
            self.reload()
        return self.settings, self.error

    def reload(self) -> None:
        from ..api import build_settings
        from ..config import load_config
        from ..errors import UsageError

        self.error = None
        try:
            self.settings = build_settings(load_config(use_project=True, cwd=self.root))
        except UsageError as exc:
            self.error = f"{exc}; using the default rules until it is fixed"
            self.settings = build_settings(load_config(use_project=False, cwd=self.root), waivers=None)
        self._stamps = self._current_stamps()


class Workspaces:
    """WorkspaceSettings for each folder, picked by the document's path."""

    def __init__(self):
        self.folders: dict = {}

    def set_roots(self, roots) -> None:
        for root in roots:
            key = Path(root).resolve()
            self.folders.setdefault(key, WorkspaceSettings(key))

    def remove_roots(self, roots) -> None:
        for root in roots:
            self.folders.pop(Path(root).resolve(), None)

    def for_path(self, path: str) -> WorkspaceSettings:
        p = Path(path).resolve()
        best = None
        for root in self.folders:
            if (p == root or root in p.parents) and (best is None or len(root.parts) > len(best.parts)):
                best = root
        if best is None:       # a file outside every workspace folder: its own folder decides
            best = p.parent
            self.folders.setdefault(best, WorkspaceSettings(best))
        return self.folders[best]

    def is_config(self, path: str) -> bool:
        return os.path.basename(path) in CONFIG_NAMES or os.path.basename(path).startswith(".inclusive-lint")
