"""Whether a pattern occurs, for a pattern that is a choice of many alternatives.

A pattern such as the case-vignette cue ("in this situation", "case study", "scenario", "you
are a nurse ... welcoming", "On a Sunday afternoon, ...") is a dozen alternatives at its top
level, some opening on a word, some on a line start or a full stop. The regex engine tries all
of them at every position of the stretch searched, and no shortcut applies to the whole: no
word every match needs (litguard: each alternative needs its own), no first character. Asked
around every pronoun, that search was a third of a millisecond per stretch.

Whether the pattern occurs is whether one of its alternatives occurs: the pattern matches at a
position exactly when one of its alternatives does there (each is tried with the same flags, on
the same text between the same bounds, so anchors and look-arounds read the same characters).
Each alternative on its own is a plain sequence the shortcuts do apply to (a required word, a
word-start guard: ``litguard.accelerated``), so asking them one at a time answers the same
question several times faster. Only the answer is the same, not the match (the first
alternative to occur need not be the leftmost match): this is for callers that ask whether.

A pattern that cannot be split safely (global inline flags, verbose layout, references between
groups, one alternative only) is searched as it is.
"""
from __future__ import annotations

import re

from .litguard import _MAX_STRETCH as _GUARDED, accelerated


def occurs(rx, text: str, pos: int = 0, endpos: int | None = None) -> bool:
    """``rx.search(text, pos, endpos) is not None``."""
    if (len(text) if endpos is None else min(endpos, len(text))) - pos > _MAX_STRETCH:
        # a long stretch: the words the alternatives need are not looked for (litguard), and
        # a dozen passes over it cost more than one
        return (rx.search(text, pos) if endpos is None else rx.search(text, pos, endpos)) is not None
    parts = _SPLIT.get(rx)
    if parts is None:
        if len(_SPLIT) > 4096:          # rule sets come and go in a long-lived server
            _SPLIT.clear()
        parts = _SPLIT[rx] = _alternatives(rx)
    for part in parts:
        if (part.search(text, pos) if endpos is None else part.search(text, pos, endpos)) is not None:
            return True
    return False


_SPLIT: dict = {}
_MAX_STRETCH = _GUARDED     # the longest stretch whose words litguard looks for


def _alternatives(rx) -> tuple:
    """The top-level alternatives of ``rx``, each compiled with its flags (and the litguard
    shortcuts), or ``(rx,)`` when the pattern is not a choice that splits safely."""
    pattern, flags = rx.pattern, rx.flags
    if not isinstance(pattern, str) or flags & re.VERBOSE or _GLOBAL_FLAGS.match(pattern) or _REFERENCE.search(pattern):
        return (rx,)
    parts = split_choice(pattern)
    if len(parts) < 2:
        return (rx,)
    try:
        return tuple(accelerated(re.compile(p, flags)) for p in parts)
    except re.error:
        return (rx,)


_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")
_REFERENCE = re.compile(r"\(\?P=|\(\?\(|\\[1-9]|\\g<")


def split_choice(pattern: str) -> list:
    """``pattern`` cut at each ``|`` outside any group or character class: ``"|".join`` of the
    parts gives it back."""
    parts, depth, in_class, start, i = [], 0, False, 0, 0
    n = len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
        elif c == "[":
            in_class = True
            if pattern.startswith("^", i + 1):
                i += 1
            if pattern.startswith("]", i + 1):      # "[]...]" and "[^]...]": a literal "]" first
                i += 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts
