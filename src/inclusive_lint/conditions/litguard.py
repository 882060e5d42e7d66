"""A cheap "cannot match here" test in front of a regex that is searched around every match.

Most condition patterns need some word somewhere in what they match: "said", "told" or
"wrote" for reported speech, "instead", "avoid" or "not" for a term being talked about. When
none of those words occurs in the stretch of text searched, the pattern cannot match there,
and a substring test for each of a handful of plain words (``in``, much faster than a regex
of them) answers instead of the full pattern, which is tried at every position.

The words are read from the parsed pattern (``required``): in a sequence, the best of its
required parts (a run of literal characters, or a group every match passes through); in a
choice, one required part of every alternative. Look-arounds and anchors consume nothing and
add nothing; a part that may be skipped (``?``, ``*``, ``{0,n}``) adds nothing either.

The words are looked for in the lower-cased stretch between ``pos`` and ``endpos``, and only
in ASCII text, where lower-casing pairs letters exactly as ``re.I`` does (a pattern without
``re.I`` matches less): a match always holds one of them, so the answer is exact. A pattern
with no required word, only short ones or very many is left as it is.
"""
from __future__ import annotations

import os
import re
from re import _constants as C
from re import _parser

from ..engine.prefilter import word_start_class
from .altfactor import factored

_ZERO = {C.AT, C.ASSERT, C.ASSERT_NOT}
_REPEATS = {C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT}
_MAX_WORDS = 64


def required(pattern: str, flags: int = 0, wide: bool = False):
    """Strings one of which every match of ``pattern`` contains (compare them ignoring case),
    or None when that cannot be worked out. ``wide`` (for text that is all ASCII, asked once per
    block: ``blockfacts``) also keeps non-ASCII literals, which such text never holds, and sets
    of up to ``_WIDE_WORDS`` strings."""
    try:
        got = _seq(list(_parser.parse(pattern, flags)), _WIDE if wide else _NARROW)[0]
    except Exception:         # an unusual construct: no guard
        return None
    return sorted(got) if got else None


def _score(words, wide: bool = False) -> tuple:
    """Longer words first, then words that are not all common punctuation (a full stop is in
    almost every sentence: a bracket of the same length rules out far more) and can be tested
    (``_plan``), then fewer words."""
    rare = all(set(w) - _COMMON and (len(w) >= _MIN_LEN or not _LETTER.search(w)) for w in words)
    if wide:        # tested once per block: "term", "word" rule out more than "the "
        return (min(len(w.strip(" ")) for w in words), rare, -len(words))
    return (min(len(w) for w in words), rare, -len(words))


_COMMON = frozenset(" .,'-")


def _seq(items, mode=None):
    """(required set or None, the set of texts a match can consume when that is a short list
    of fixed strings, else None)."""
    mode = mode or _NARROW
    most = mode[0]
    parts, run, exact = [], {""}, {""}
    for op, av in items:
        if op in _ZERO:
            continue
        texts, sub = _literals(op, av, mode[1]), None
        if texts is None:
            if op is C.SUBPATTERN or op is C.ATOMIC_GROUP:
                sub, texts = _seq(list(av[-1] if op is C.SUBPATTERN else av), mode)
            elif op is C.BRANCH:
                sub, texts = _branch(av[1], mode)
            elif op in _REPEATS and av[0] >= 1:
                sub, texts = _seq(list(av[2]), mode)
                if not av[0] == av[1] == 1:
                    texts = None      # repeated: not one of a few fixed strings
        if texts is not None and len(run) * len(texts) <= most:
            run = {a + b for a in run for b in texts}
            exact = None if exact is None else {a + b for a in exact for b in texts}
            if exact is not None and len(exact) > most:
                exact = None
            continue
        exact = None
        if run != {""}:
            parts.append(run)
        run = {""}
        if texts is not None:
            run = set(texts)          # too many to combine: start again from these
        elif sub:
            parts.append(sub)
    if run != {""}:
        parts.append(run)
    best = None
    for p in parts:
        if "" not in p and len(p) <= most and (best is None or _score(p, mode[1]) > _score(best, mode[1])):
            best = p
    return best, exact


def _branch(alternatives, mode=None):
    """(required set, fixed strings) of a choice: every alternative must give one."""
    out, texts = set(), set()
    for alt in alternatives:
        sub, exact = _seq(list(alt), mode)
        if texts is not None:
            texts = texts | exact if exact is not None else None
        if not sub:
            out = None
        elif out is not None:
            out |= sub
    if texts is not None and len(texts) > (mode or _NARROW)[0]:
        texts = None
    return out, texts


def _literals(op, av, wide: bool = False):
    """The texts a literal item or a short class of literals can consume, else None. ``wide``:
    non-ASCII literals too, except the four that ``re.I`` pairs with an ASCII letter."""
    if op is C.LITERAL:
        return {chr(av)} if av < 128 or (wide and chr(av) not in ASCII_TWINS) else None
    if op is C.IN and len(av) <= 4 and all(o is C.LITERAL and (a < 128 or (wide and chr(a) not in ASCII_TWINS))
                                           for o, a in av):
        return {chr(a).lower() for _o, a in av}
    return None


# the only non-ASCII characters that ``re.I`` matches with an ASCII letter (İ ı ſ K); tested
ASCII_TWINS = frozenset("\u0130\u0131\u017f\u212a")
_NARROW = (_MAX_WORDS, False)
_WIDE_WORDS = 512
_WIDE = (_WIDE_WORDS, True)


class Accelerated:
    """A condition regex with the same matches, found faster by ``search`` and ``finditer``:

    - when the pattern has a few required words (``required``), a stretch of ASCII text that
      holds none of them, lower-cased, cannot match (lower-casing pairs ASCII letters exactly as
      ``re.I`` does; a pattern without ``re.I`` matches less). After ``_TRIAL`` questions the
      test is dropped if the words were there more often than not: it would only add work;
    - when every match begins at a word start with one of a known set of word characters,
      ``\\b(?=[those])(?:pattern)`` rejects the other positions at once.

    Both are worked out after ``WARM`` searches (until then the plain pattern answers), so a
    short file pays nothing for them, or at once for a search of a text of ``WARM_TEXT``
    characters or more (a piece of a one-line file, 20,000 characters, searched whole: that
    search alone costs more than working them out, and such a file asks few of them).
    ``match``, ``fullmatch`` and everything else are the plain pattern's: an anchored match is
    already cheap."""

    __slots__ = ("plain", "fast", "words", "asked", "absent", "calls", "search", "finditer", "match", "fullmatch",
                 "pattern", "flags", "groups", "groupindex")

    def __init__(self, plain, warm: int):
        self.plain, self.fast, self.words = plain, plain, None
        self.asked = self.absent = 0
        self.calls = warm
        self.match, self.fullmatch = plain.match, plain.fullmatch
        self.pattern, self.flags, self.groups, self.groupindex = plain.pattern, plain.flags, plain.groups, plain.groupindex
        self.search, self.finditer = self._warm_search, self._warm_finditer
        if warm <= 0:
            self.prepare()

    def prepare(self) -> "Accelerated":
        """Work out the shortcuts now (none, if anything about the pattern is unexpected)."""
        rx = self.plain
        self.search, self.finditer = rx.search, rx.finditer      # meanwhile, and if anything fails
        try:
            words, first = _PLANS.get((rx.pattern, rx.flags)) or _plan(rx)
            _PLANS[(rx.pattern, rx.flags)] = (words, first)
            guard = tuple(words) if words is not None else None
            fast = re.compile(rf"\b(?={first})(?:{rx.pattern})", rx.flags) if first is not None else rx
            fast = factored(fast)         # long word choices grouped by first character (altfactor)
        except Exception:             # inline global flags, say: the plain pattern answers
            return self
        self.words, self.fast = guard, fast
        if guard is None:
            self.search, self.finditer = fast.search, fast.finditer
        else:
            self.search, self.finditer = self._search, self._finditer
        return self

    def _warm_search(self, string, *args):
        self.calls -= 1
        if self.calls <= 0 or len(string) >= WARM_TEXT:
            return self.prepare().search(string, *args)
        return self.plain.search(string, *args)

    def _warm_finditer(self, string, *args):
        self.calls -= 1
        if self.calls <= 0 or len(string) >= WARM_TEXT:
            return self.prepare().finditer(string, *args)
        return self.plain.finditer(string, *args)

    def _absent(self, string, pos, endpos) -> bool:
        if not string.isascii() or pos < 0:
            return False
        if pos or endpos is not None:
            end = len(string) if endpos is None else endpos
            if end < 0 or min(end, len(string)) - pos > _MAX_STRETCH:
                return False            # re reads a negative end as 0; a long stretch: not copied
            string = string[pos:end]
        elif len(string) > _MAX_STRETCH:
            return False
        self.asked += 1
        low = string.lower()
        for word in self.words:         # a few plain words: faster than one regex of them
            if word in low:
                break
        else:
            self.absent += 1
            return True
        if self.asked == _TRIAL and self.absent * 2 < _TRIAL:
            self.search, self.finditer = self.fast.search, self.fast.finditer
        return False

    def _search(self, string, pos=0, endpos=None):
        if self._absent(string, pos, endpos):
            return None
        return self.fast.search(string, pos) if endpos is None else self.fast.search(string, pos, endpos)

    def _finditer(self, string, pos=0, endpos=None):
        if self._absent(string, pos, endpos):
            return iter(())
        return self.fast.finditer(string, pos) if endpos is None else self.fast.finditer(string, pos, endpos)

    def __getattr__(self, name):          # pattern, flags, groupindex, sub …: the plain pattern's
        return getattr(self.plain, name)


_MAX_STRETCH = 2000
_TRIAL = 200
WARM = 32
WARM_TEXT = 4000
# required words shorter than this are too common to test (unless they are punctuation, such as
# a quotation mark or a bracket); a list of more than _MAX_TESTED is searched no faster than the pattern
_MIN_LEN = 3
_MAX_TESTED = 16
_LETTER = re.compile(r"[^\W_]")


def enabled() -> bool:
    """The shortcuts are on unless INCLUSIVE_LINT_REGEX_SHORTCUTS=0 (for comparing)."""
    return os.environ.get("INCLUSIVE_LINT_REGEX_SHORTCUTS", "1") != "0"


def accelerated(rx, warm: int = WARM):
    """``rx`` as an :class:`Accelerated` pattern (``rx`` itself when the shortcuts are off or
    it is not a compiled pattern); ``warm=0`` works the shortcuts out at once."""
    if not isinstance(rx, re.Pattern) or not enabled():
        return rx
    return Accelerated(rx, warm)


def _plan(rx) -> tuple:
    """(the required words to test, or None; the class of first characters for the word-start
    guard, or None). Kept between runs by ``memostore`` (a pure function of the pattern)."""
    words = required(rx.pattern, rx.flags)
    if words:
        words = sorted({w.lower() for w in words})
        words = [w for w in words if not any(o != w and o in w for o in words)]   # "call" covers "called"
    if not (words and len(words) <= _MAX_TESTED
            and not any(len(w) < _MIN_LEN and _LETTER.search(w) for w in words)):
        words = None
    # every match starts at a word start with one of these word characters: the same matches
    return (None if words is None else tuple(words)), word_start_class(rx)


_PLANS: dict = {}


def accelerate_module(module) -> int:
    """Replace each compiled pattern among ``module``'s globals by its accelerated form (the
    same matches); returns how many were replaced."""
    done = 0
    if module.__name__ == __name__:
        return 0                    # this module's own patterns work the shortcuts out
    for name, value in list(vars(module).items()):
        if isinstance(value, re.Pattern):
            got = _ACCELERATED.get(value)
            if got is None:
                got = _ACCELERATED[value] = accelerated(value)
            if got is not value:
                setattr(module, name, got)
                done += 1
    return done


_ACCELERATED: dict = {}
