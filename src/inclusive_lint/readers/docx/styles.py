"""Paragraph styles (which paragraphs are headings, which are lists) and list numbering.

Only what the reader needs: a heading level per paragraph (from style names "Heading N" and
"Title", or outline levels) and the number Word shows before numbered headings, so a heading
path reads "3 Leave > 3.2 Bereavement leave".
"""
from __future__ import annotations

import re

from .ns import DEL, ILVL, NUMID, NUMPR, OUTLINELVL, PPR, PSTYLE, RPR, W_VAL, w

_HEADING_NAME = re.compile(r"^heading\s*([1-9])$", re.I)
TITLE = -1


def _val(el, default=None):
    return el.get(W_VAL, default) if el is not None else default


def _int(value, default=None):
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


class Styles:
    """styleId -> heading level (0-based, TITLE for Title) and inherited list numbering."""

    def __init__(self, root):
        self.raw: dict = {}
        self.default_para = None
        self._cache: dict = {}
        if root is None:
            return
        for st in root.iter(w("style")):
            if st.get(w("type")) not in (None, "paragraph"):
                continue
            sid = st.get(w("styleId"))
            if sid is None:
                continue
            ppr = st.find(PPR)
            numpr = ppr.find(NUMPR) if ppr is not None else None
            self.raw[sid] = {
                "name": _val(st.find(w("name")), "") or "",
                "based": _val(st.find(w("basedOn"))),
                "outline": _int(_val(ppr.find(OUTLINELVL))) if ppr is not None else None,
                "num": (_val(numpr.find(NUMID)), _int(_val(numpr.find(ILVL)), 0)) if numpr is not None else None,
            }
            if st.get(w("default")) in ("1", "true", "on"):
                self.default_para = sid

    def resolve(self, sid):
        """(heading level or None, (numId, ilvl) or None) for style ``sid``."""
        if sid is None:
            sid = self.default_para
        if sid in self._cache:
            return self._cache[sid]
        level = num = None
        seen = set()
        cur = sid
        first = True
        while cur is not None and cur in self.raw and cur not in seen and len(seen) < 30:
            seen.add(cur)
            st = self.raw[cur]
            if level is None:
                m = _HEADING_NAME.match(st["name"].strip())
                if m:
                    level = int(m.group(1)) - 1
                elif first and st["name"].strip().lower() == "title":
                    level = TITLE
                elif st["outline"] is not None and 0 <= st["outline"] < 9:
                    level = st["outline"]
            if num is None and st["num"] is not None:
                num = st["num"]
            cur = st["based"]
            first = False
        self._cache[sid] = (level, num)
        return level, num


_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"),
          (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


def _roman(n: int) -> str:
    out = []
    for value, letters in _ROMAN:
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def _letters(n: int) -> str:
    if n <= 0:
        return ""
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def format_number(n: int, fmt: str) -> str:
    if fmt in ("lowerLetter",):
        return _letters(n)
    if fmt == "upperLetter":
        return _letters(n).upper()
    if fmt == "lowerRoman":
        return _roman(n)
    if fmt == "upperRoman":
        return _roman(n).upper()
    if fmt in ("none", "bullet"):
        return ""
    return str(n)


class Numbering:
    """Counts list numbers in reading order (one counter set per abstract list)."""

    def __init__(self, root):
        self.abstract: dict = {}   # abstractNumId -> {ilvl: (fmt, text, start)}
        self.nums: dict = {}       # numId -> (abstractNumId, {ilvl: start override})
        self.counters: dict = {}   # abstractNumId -> [count per level]
        if root is None:
            return
        for an in root.iter(w("abstractNum")):
            levels = {}
            for lvl in an.iter(w("lvl")):
                ilvl = _int(lvl.get(w("ilvl")), 0)
                levels[ilvl] = (_val(lvl.find(w("numFmt")), "decimal"), _val(lvl.find(w("lvlText")), ""),
                                _int(_val(lvl.find(w("start"))), 1))
            self.abstract[an.get(w("abstractNumId"))] = levels
        for num in root.iter(w("num")):
            overrides = {}
            for ov in num.iter(w("lvlOverride")):
                start = _int(_val(ov.find(w("startOverride"))))
                if start is not None:
                    overrides[_int(ov.get(w("ilvl")), 0)] = start
            self.nums[num.get(w("numId"))] = (_val(num.find(w("abstractNumId"))), overrides)

    def next(self, num_id, ilvl: int):
        """Advance the list ``num_id`` at level ``ilvl``; returns (label, is_bullet)."""
        entry = self.nums.get(num_id)
        if entry is None or num_id in (None, "0"):
            return "", False
        abstract_id, overrides = entry
        levels = self.abstract.get(abstract_id)
        if not levels:
            return "", False
        ilvl = max(0, min(8, ilvl))
        counts = self.counters.setdefault(abstract_id, [0] * 9)
        fmt, text, start = levels.get(ilvl, ("decimal", "", 1))
        start = overrides.get(ilvl, start)
        counts[ilvl] = start if counts[ilvl] == 0 else counts[ilvl] + 1
        for deeper in range(ilvl + 1, 9):
            counts[deeper] = 0
        if fmt == "bullet":
            return "", True

        def sub(m):
            k = int(m.group(1)) - 1
            lfmt, _, lstart = levels.get(k, ("decimal", "", 1))
            value = counts[k] or overrides.get(k, lstart)
            return format_number(value, lfmt)

        return re.sub(r"%([1-9])", sub, text).strip(), False


def paragraph_props(ppr):
    """(styleId, direct (numId, ilvl) or None, direct outline level or None, paragraph mark
    deleted by a tracked change) of a paragraph, in one pass over its properties."""
    sid = num = outline = None
    deleted = False
    if ppr is None:
        return sid, num, outline, deleted
    for c in ppr:
        tag = c.tag
        if tag == PSTYLE:
            sid = c.get(W_VAL)
        elif tag == NUMPR:
            num = (_val(c.find(NUMID)), _int(_val(c.find(ILVL)), 0))
        elif tag == OUTLINELVL:
            outline = _int(c.get(W_VAL))
        elif tag == RPR:
            deleted = c.find(DEL) is not None
    return sid, num, outline, deleted
