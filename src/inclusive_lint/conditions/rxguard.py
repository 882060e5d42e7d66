"""A cheap first-character test in front of a regex that has no literal start.

Python's regex engine tries a pattern such as ``\\b(?:Dr|Mr)\\s+[A-Z]…|,\\s+[A-Z]…|(?<=…)[A-Z]…``
at every position of the text, running each alternative's look-arounds before it finds that
the character there cannot start a match. When every match must start with one of a known
set of characters, ``(?=[those])(?:pattern)`` rejects the other positions at once and finds
exactly the same matches (the look-ahead consumes nothing and groups keep their numbers).

The set is read from the parsed pattern: the first character-consuming item of each
alternative, past anchors and look-arounds. The look-ahead is compiled with the pattern's own
flags, so under IGNORECASE the class matches each character's case variants exactly as the
literal does. A pattern where the set cannot be read for certain (a case-insensitive part
inside a case-sensitive pattern, a class with categories, an item that can match nothing) is
compiled unchanged.
"""
from __future__ import annotations

import re
from re import _constants as C
from re import _parser

from .altfactor import factored

_ZERO = {C.AT, C.ASSERT, C.ASSERT_NOT}


def guarded(rx):
    """``rx`` with a first-character look-ahead in front when its first characters are known.

    The guarded form is worked out and compiled once ``finditer`` and ``search`` have been
    called ``WARM`` times (until then ``rx`` itself answers, with the same matches), so a two-paragraph file
    does not pay for compiling the pattern twice at start-up."""
    return _Guarded(rx)


def guard(rx):
    """The guarded pattern compiled now (``rx`` itself when nothing is known)."""
    chars = first_chars(rx.pattern, rx.flags)
    if not chars:
        return rx
    cls = "".join(re.escape(c) for c in sorted(chars))
    return re.compile(f"(?=[{cls}])(?:{rx.pattern})", rx.flags)


WARM = 32


class _Guarded:
    __slots__ = ("plain", "_fast", "_quick", "calls")

    def __init__(self, rx):
        self.plain = rx
        self._fast = self._quick = None
        self.calls = 0

    @property
    def fast(self):
        if self._fast is None:
            self._fast = guard(self.plain)
        return self._fast

    def _ready(self):
        """The guarded pattern once ``WARM`` calls have been made, else the plain one."""
        if self._quick is None:
            self.calls += 1
            if self.calls <= WARM:
                return self.plain
            self._quick = factored(self.fast)       # and its long word choices grouped (altfactor)
        return self._quick

    def finditer(self, string, *args):
        return self._ready().finditer(string, *args)

    def search(self, string, *args):
        """The first match from ``pos`` (the guard holds before every match: the same one)."""
        return self._ready().search(string, *args)

    def __getattr__(self, name):          # pattern, flags, match …: the plain pattern's
        return getattr(self.plain, name)


_FIRST: dict = {}        # (pattern, int flags) -> frozenset or None (kept between runs: memostore)
_DIGIT = "\\d"           # the atom for a ``\\d`` class (any decimal digit, as the pattern's flags read it)


def first_chars(pattern: str, flags: int = 0):
    """The characters every match of ``pattern`` can start with, or None when not certain."""
    key = (pattern, int(flags))
    if key in _FIRST:
        return _FIRST[key]
    atoms = first_atoms(pattern, flags)
    got = None
    if atoms is not None and not any(ci or text == _DIGIT for text, ci in atoms):
        got = frozenset(text for text, _ci in atoms)
    _FIRST[key] = got
    return got


def first_atoms(pattern: str, flags: int = 0):
    """What every match of ``pattern`` can start with, as a set of (character, case-insensitive)
    pairs, where a character is one character or ``\\d``; "case-insensitive" marks a character
    read inside a ``(?i:...)`` group (the pattern's own flags are not counted: a look-ahead
    compiled with them reads its characters as the pattern does). None when not certain."""
    try:
        return _seq(list(_parser.parse(pattern, flags)), False)
    except Exception:         # an unusual construct: nothing known
        return None


def _seq(items, ci: bool):
    for op, av in items:
        if op in _ZERO:
            continue
        return _item(op, av, ci)
    return None               # nothing consumed: could match the empty string


def _item(op, av, ci: bool):
    if op is C.LITERAL:
        return {(chr(av), ci)}
    if op is C.IN:
        return _class(av, ci)
    if op is C.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if add_flags & re.IGNORECASE:
            ci = True
        elif del_flags & re.IGNORECASE:
            ci = False
        return _seq(list(sub), ci)
    if op is C.BRANCH:
        out = set()
        for alt in av[1]:
            got = _seq(list(alt), ci)
            if got is None:
                return None
            out |= got
        return out
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        lo, _hi, sub = av
        return _seq(list(sub), ci) if lo >= 1 else None
    return None


def _class(items, ci: bool):
    out = set()
    for op, av in items:
        if op is C.LITERAL:
            out.add((chr(av), ci))
        elif op is C.RANGE and av[1] - av[0] <= 256:
            out.update((chr(c), ci) for c in range(av[0], av[1] + 1))
        elif op is C.CATEGORY and av is C.CATEGORY_DIGIT:
            out.add((_DIGIT, False))
        else:                 # NEGATE, other categories (\\w, \\s …): not a short list
            return None
    return out


def lookahead(atoms) -> str:
    """The body of a look-ahead that holds before every character in ``atoms`` (``first_atoms``):
    ``[Ab\\d]`` for those read with the pattern's own flags, ``(?i:[cd])`` for those read inside
    a case-insensitive group, so each is matched exactly as the pattern matches it."""
    def chars(folded: bool) -> str:
        return "".join(text if text == _DIGIT else re.escape(text) for text, ci in sorted(atoms) if ci == folded)

    own, folded = chars(False), chars(True)
    return "|".join(([f"[{own}]"] if own else []) + ([f"(?i:[{folded}])"] if folded else []))
