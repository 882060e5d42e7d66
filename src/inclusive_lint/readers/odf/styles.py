"""OpenDocument styles: which paragraphs are headings (and their outline numbers), which
lists are numbered, and which paragraph, character and section styles hide their text.

Styles come from ``styles.xml`` (named and automatic styles used by headers and footers) and
``content.xml`` (automatic styles of the body); an automatic style inherits through
``style:parent-style-name``.
"""
from __future__ import annotations

import re

from ..docx.styles import TITLE, format_number
from .ns import q

_HEADING_NAME = re.compile(r"^heading[\s_]*(?:_20_)?([1-9])$", re.I)
FORMATS = {"1": "decimal", "a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman",
           "I": "upperRoman", "": "none"}
NAME, PARENT, DISPLAY, FAMILY = (q(n) for n in ("style:name", "style:parent-style-name",
                                                "style:display-name", "style:family"))
LEVEL = q("text:level")


def _int(value, default=None):
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


class Levels:
    """One list style (or the outline style): per level, its number format and decoration."""

    def __init__(self, el=None):
        self.levels: dict = {}
        if el is None:
            return
        for lvl in el:
            if not isinstance(lvl.tag, str):
                continue
            n = _int(lvl.get(LEVEL), 1) - 1
            if lvl.tag.endswith("level-style-bullet") or lvl.tag.endswith("level-style-image"):
                self.levels[n] = None
                continue
            fmt = FORMATS.get(lvl.get(q("style:num-format")) or "", "decimal")
            self.levels[n] = (fmt, lvl.get(q("style:num-prefix")) or "",
                              lvl.get(q("style:num-suffix")) or "",
                              max(1, _int(lvl.get(q("text:display-levels")), 1)),
                              _int(lvl.get(q("text:start-value")), 1))

    def numbered(self, level: int) -> bool:
        spec = self.levels.get(level)
        return spec is not None and spec[0] != "none"

    def label(self, counts, level: int) -> str:
        spec = self.levels.get(level)
        if spec is None or spec[0] == "none":
            return ""
        fmt, prefix, suffix, shown, _ = spec
        parts = []
        for k in range(max(0, level - shown + 1), level + 1):
            kspec = self.levels.get(k) or (fmt, "", "", 1, 1)
            parts.append(format_number(counts[k] or kspec[4], kspec[0]))
        return (prefix + ".".join(parts) + suffix).strip()

    def start(self, level: int) -> int:
        spec = self.levels.get(level)
        return spec[4] if spec else 1


class Counter:
    """Running numbers of one list (or of the headings' outline)."""

    def __init__(self, levels: Levels):
        self.levels, self.counts = levels, [0] * 10

    def next(self, level: int, start=None) -> str:
        level = max(0, min(9, level))
        if not self.levels.numbered(level):
            return ""
        if start is not None:
            self.counts[level] = start
        else:
            self.counts[level] = self.counts[level] + 1 if self.counts[level] else self.levels.start(level)
        for deeper in range(level + 1, 10):
            self.counts[deeper] = 0
        return self.levels.label(self.counts, level)


class Styles:
    def __init__(self, *roots):
        self.raw: dict = {}          # (family, name) -> (parent, display name, hidden)
        self.lists: dict = {}        # list style name -> Levels
        self.outline = Levels()
        self._cache: dict = {}
        for root in roots:
            if root is not None:
                self._load(root)

    def _load(self, root) -> None:
        for el in root.iter(q("style:style"), q("text:list-style"), q("text:outline-style")):
            if el.tag == q("text:list-style"):
                self.lists[el.get(NAME)] = Levels(el)
            elif el.tag == q("text:outline-style"):
                self.outline = Levels(el)
            else:
                props = el.find(q("style:text-properties"))
                hidden = props is not None and props.get(q("text:display")) == "none"
                self.raw[(el.get(FAMILY), el.get(NAME))] = (
                    el.get(PARENT), el.get(DISPLAY) or el.get(NAME) or "", hidden,
                    el.get(q("style:list-style-name")))

    def _chain(self, family, name):
        seen = set()
        while name is not None and (family, name) in self.raw and name not in seen and len(seen) < 30:
            seen.add(name)
            entry = self.raw[(family, name)]
            yield name, entry
            name = entry[0]

    def hidden(self, family: str, name) -> bool:
        """Text in this style is not shown (``text:display="none"``, inherited)."""
        if name is None:
            return False
        key = ("hidden", family, name)
        if key not in self._cache:
            self._cache[key] = any(entry[2] for _, entry in self._chain(family, name))
        return self._cache[key]

    def heading_level(self, name):
        """A paragraph style's heading level: TITLE for Title, N-1 for "Heading N", else None."""
        key = ("level", name)
        if key not in self._cache:
            level = None
            for i, (_, entry) in enumerate(self._chain("paragraph", name)):
                display = entry[1].replace("_20_", " ").strip()
                m = _HEADING_NAME.match(display)
                if m:
                    level = int(m.group(1)) - 1
                    break
                if display.lower() == "title" and i <= 1:
                    level = TITLE
                    break
            self._cache[key] = level
        return self._cache[key]

    def list_style(self, name):
        """The list style a paragraph style attaches (``style:list-style-name``), inherited."""
        for _, entry in self._chain("paragraph", name):
            if entry[3]:
                return entry[3]
        return None
