"""A long choice of words tried faster: its alternatives grouped by their first character.

Python's regex engine tries the alternatives of ``(?:mother|mum|daughter|...|uncle)`` one after
the other at every place it looks, so a choice of 90 words costs 90 comparisons per place even
though only a handful can begin with the character there. Grouped by that first character,
``(?:m(?:other|um)|d(?:aughter)|...)``, the engine passes over a whole group after one
comparison (on the pronoun conditions' role and gender word lists, 2 to 8 times faster).

The matches are the same. A choice is regrouped only when every alternative begins with one
ASCII letter or digit matched literally (not followed by a repeat), so each character of the
text matches the first character of at most one group: under IGNORECASE a group holds both
cases of its letter, and no character matches two different ASCII letters. At any place, the
alternatives the engine gets past the first character are therefore exactly one group's, in
their original order, capturing the same groups. Patterns with inline flags or VERBOSE are left
as they are (the case rule inside them could differ), as is anything the scanner below does
not follow for certain. The result is a pattern text, so it is compiled, and kept between runs
(``rxcache``), like any other; the regrouped text itself is kept between runs too (``memostore``).
"""
from __future__ import annotations

import re

MIN_CHOICE = 12              # shorter choices gain nothing
_QUANT = frozenset("?*+{")


def factored(rx, min_choice: int = MIN_CHOICE):
    """``rx`` recompiled with its word choices of ``min_choice`` or more alternatives grouped by
    first character (same matches, same groups); ``rx`` itself when it has none or anything
    about it is unexpected."""
    if not isinstance(rx, re.Pattern) or not isinstance(rx.pattern, str) or rx.flags & (re.VERBOSE | re.LOCALE):
        return rx
    try:
        key = (rx.pattern, bool(rx.flags & re.IGNORECASE), min_choice)
        text = _SOURCES.get(key, _UNKNOWN)
        if text is _UNKNOWN:
            text = _SOURCES[key] = factor_source(*key)
        if text is None:
            return rx
        out = re.compile(text, rx.flags)
        if out.groups != rx.groups or out.groupindex != rx.groupindex:
            return rx
        return out
    except Exception:           # anything unexpected: the pattern as it is
        return rx


_SOURCES: dict = {}         # (pattern, icase, min_choice) -> factor_source (kept between runs: memostore)
_UNKNOWN = object()


def factor_source(pattern: str, icase: bool, min_choice: int = MIN_CHOICE):
    """The pattern text with its long choices regrouped, or None when nothing changes."""
    if "(?" in _ESCAPE.sub("", pattern).replace("(?:", "").replace("(?P<", "").replace("(?=", "").replace("(?!", "") \
            .replace("(?<=", "").replace("(?<!", "").replace("(?P=", ""):
        return None                     # inline flags, comments, conditionals: not followed here
    tree = _parse(pattern)
    if tree is None:
        return None
    out, changed = _emit(tree, icase, min_choice)
    return out if changed else None


_ESCAPE = re.compile(r"\\.")
_OPENING = re.compile(r"\(\?(?::|P<\w+>|=|!|<=|<!)|\(")


# The scanner: a pattern text as a tree of ("text", str) runs and ("group", opening, [alternatives])
# nodes, each alternative a list of nodes. Escapes and character classes are kept as text.

def _parse(pattern: str):
    stack = [("(", [[]])]          # (opening, alternatives)
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\":
            if i + 1 >= n:
                return None
            _text(stack, pattern[i:i + 2])
            i += 2
        elif c == "[":
            j = _class_end(pattern, i)
            if j is None:
                return None
            _text(stack, pattern[i:j])
            i = j
        elif c == "(":
            m = _OPENING.match(pattern, i)
            if pattern.startswith("(?P=", i):
                return None
            opening = m.group(0)
            stack.append((opening, [[]]))
            i += len(opening)
        elif c == ")":
            if len(stack) == 1:
                return None
            opening, alts = stack.pop()
            stack[-1][1][-1].append(("group", opening, alts))
            i += 1
        elif c == "|":
            stack[-1][1].append([])
            i += 1
        else:
            _text(stack, c)
            i += 1
    if len(stack) != 1:
        return None
    return stack[0][1]


def _text(stack, s: str) -> None:
    alt = stack[-1][1][-1]
    if alt and alt[-1][0] == "text":
        alt[-1] = ("text", alt[-1][1] + s)
    else:
        alt.append(("text", s))


def _class_end(pattern: str, i: int):
    """The index just past the character class opening at ``i``."""
    j = i + 1
    if j < len(pattern) and pattern[j] == "^":
        j += 1
    if j < len(pattern) and pattern[j] == "]":
        j += 1
    while j < len(pattern):
        if pattern[j] == "\\":
            j += 2
            continue
        if pattern[j] == "]":
            return j + 1
        j += 1
    return None


def _emit(alts, icase: bool, least: int, inside_lookbehind: bool = False) -> tuple:
    """(text, changed) of a list of alternatives."""
    parts, changed = [], False
    for alt in alts:
        s, c = _emit_alt(alt, icase, least, inside_lookbehind)
        parts.append(s)
        changed |= c
    if not inside_lookbehind and len(alts) >= least:
        grouped = _grouped(parts, icase)
        if grouped is not None:
            return grouped, True
    return "|".join(parts), changed


def _emit_alt(alt, icase: bool, least: int, inside_lookbehind: bool) -> tuple:
    out, changed = [], False
    for node in alt:
        if node[0] == "text":
            out.append(node[1])
            continue
        _, opening, alts = node
        s, c = _emit(alts, icase, least, inside_lookbehind or opening in ("(?<=", "(?<!"))
        out.append(opening + s + ")")
        changed |= c
    return "".join(out), changed


def _grouped(parts: list, icase: bool):
    """The alternatives grouped by a first character each begins with, or None."""
    keys = []
    for p in parts:
        if not p or not (p[0].isascii() and p[0].isalnum()) or (len(p) > 1 and p[1] in _QUANT):
            return None
        keys.append(p[0].lower() if icase else p[0])
    if len(set(keys)) == len(keys):
        return None
    groups: dict = {}
    for key, p in zip(keys, parts):
        groups.setdefault(key, []).append(p)
    out = []
    for members in groups.values():
        if len(members) == 1:
            out.append(members[0])
        else:
            rests = [m[1:] for m in members]
            inner = _grouped(rests, icase) or "|".join(rests)      # and by second character
            out.append(members[0][0] + "(?:" + inner + ")")
    return "|".join(out)
