"""A cheap test that a rule's regex cannot match a text, so the scan can be skipped.

Most rule patterns begin with literal words ("\\bfor\\s+…", "\\b(?:immediate|close|near)\\s…").
Every match then starts with one of those literals, so when none of them occurs in the
lower-cased text the pattern cannot match there. A substring test costs far less than running
the pattern, which Python's regex engine tries at every position when it begins with ``\\b``.

The text is lower-cased by ``fold`` after mapping the three characters that re.I matches to an
ASCII letter but lower-casing does not give as one (dotted and dotless I, long s) and every
white space character to a space, so a prefix reads ``\\s`` as " " ("the\\s" gives "the ", and
"(?:a\\s|the\\s)?mother" has prefixes at all); prefixes keep ASCII letters, digits and common
punctuation only (stopping at anything else), and a pattern with an alternative shorter than two
characters is never skipped.
"""
from __future__ import annotations

import re
from functools import lru_cache
from re import _constants as C
from re import _parser

from .trie import finder, matches_from

_SAFE = frozenset("abcdefghijklmnopqrstuvwxyz0123456789 -'\"/().,:;&")
# every character ``\s`` matches (str.isspace), as a space: a prefix may then read ``\s`` as " "
WHITESPACE = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680" + "".join(map(chr, range(0x2000, 0x200b))) \
    + "\u2028\u2029\u202f\u205f\u3000"
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", **{c: " " for c in WHITESPACE if c != " "}})
_ZERO_WIDTH = {C.AT, C.ASSERT, C.ASSERT_NOT}
_MAX_ALTS = 64
_MAX_LEN = 8

_CACHE: dict = {}          # (pattern, int flags) -> literal_prefixes (kept between runs: memostore)
_WORD_START: dict = {}     # (pattern, int flags) -> word_start (likewise)


def literal_prefixes(pattern: str, flags: int = re.I):
    """Lower-case strings one of which every match starts with, or None when unknown."""
    key = (pattern, int(flags))      # int: a RegexFlag key cannot be stored (marshal)
    if key not in _CACHE:
        try:
            alts, _ = _seq(_parsed(pattern, flags))
        except Exception:       # an unusual construct: never skip
            alts = None
        if alts is not None:
            alts = _shortest(_safe_part(a) for a in alts)
            if not alts or any(len(a) < 2 for a in alts):
                alts = None
        _CACHE[key] = alts
    return _CACHE[key]


def _shortest(alts) -> list:
    """``alts`` without those that start with another (where that one begins, so does it)."""
    out: list = []
    for a in sorted(set(alts)):          # a string sorts right after the strings it starts with
        if not (out and a.startswith(out[-1]) and out[-1]):
            out.append(a)
    return out


def word_start(pattern: str, flags: int = re.I) -> bool:
    """True when every match of ``pattern`` that begins with a word character begins where
    ``\\b`` holds (the pattern opens with ``\\b``, or a look-behind no word character may
    precede, in every alternative: ``_opens_with_boundary``)."""
    key = (pattern, int(flags))
    got = _WORD_START.get(key)
    if got is None:
        try:
            got = _opens_with_boundary(_parsed(pattern, flags), not (flags & re.ASCII or "(?a" in pattern))
        except Exception:
            got = False
        _WORD_START[key] = got
    return got


_REQUIRED: dict = {}       # (pattern, int flags) -> required_literals (likewise)
_MAX_REQUIRED = 3           # sets kept per pattern (each costs a few substring tests per text)


def required_literals(pattern: str, flags: int = re.I) -> tuple:
    """Sets of lower-case strings such that every match of ``pattern`` contains one string of
    each set; () when none is known. A match is a match of each item of the pattern's top-level
    sequence in turn, so what the items from the k-th on match is a match of that tail, and
    starts with one of the tail's literal prefixes (worked out as for the whole pattern). Tails
    whose prefixes are all three characters or more are kept, the longest first."""
    key = (pattern, int(flags))
    got = _REQUIRED.get(key)
    if got is None:
        found = []
        try:
            items = _parsed(pattern, flags)
            for k in range(1, len(items)):
                alts, _ = _seq(items[k:])
                if alts is None:
                    continue
                alts = tuple(sorted({_safe_part(a) for a in alts}))
                if alts and all(len(a) >= 3 for a in alts) and alts not in found:
                    found.append(alts)
        except Exception:         # an unusual construct: nothing required
            found = []
        found.sort(key=lambda alts: (-min(map(len, alts)), len(alts)))
        got = _REQUIRED[key] = tuple(found[:_MAX_REQUIRED])
    return got


def has_required(required: tuple, lower_text: str) -> bool:
    """Does ``lower_text`` (``fold``-ed) hold one string of each of the ``required`` sets?"""
    for alts in required:
        for a in alts:
            if a in lower_text:
                break
        else:
            return False
    return True


@lru_cache(maxsize=1024)
def _parsed(pattern: str, flags: int) -> list:
    """The parsed pattern (read by both questions above: parsed once)."""
    return list(_parser.parse(pattern, flags))


def _opens_with_boundary(items, unicode_words: bool = True) -> bool:
    r"""Does every match of ``items`` starting with a word character start where ``\b`` holds?
    Yes when the pattern first tests ``\b`` or a look-behind no word character may precede
    (``(?<![\w/])``), in every alternative, and past an optional part that opens so itself
    ("(?:\bthe\s+)?\bopposite"). ``unicode_words``: its ``\w`` is the callers' (not ASCII)."""
    for i, (op, av) in enumerate(items):
        if op is C.AT and av is C.AT_BOUNDARY:
            return True
        if op is C.ASSERT_NOT and unicode_words and av[0] == -1 and _no_word_before(list(av[1])):
            return True
        if op in _ZERO_WIDTH:
            continue
        if op is C.SUBPATTERN:
            return _opens_with_boundary(list(av[-1]), unicode_words)
        if op is C.BRANCH:
            return all(_opens_with_boundary(list(alt), unicode_words) for alt in av[1])
        if op in _REPEATS:
            lo, _hi, body = av
            opens = _opens_with_boundary(list(body), unicode_words)
            return opens if lo >= 1 else opens and _opens_with_boundary(items[i + 1:], unicode_words)
        return False
    return False


def _no_word_before(items) -> bool:
    """Is a negative look-behind of ``items`` one character of a class holding every word character?"""
    if len(items) != 1 or items[0][0] is not C.IN:
        return False
    members = items[0][1]
    return (C.CATEGORY, C.CATEGORY_WORD) in members and not any(o is C.NEGATE for o, _a in members)


def _safe_part(s: str) -> str:
    s = s.lower()[:_MAX_LEN]
    for i, ch in enumerate(s):
        if ch not in _SAFE:
            return s[:i]
    return s


_REPEATS = {C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT}


def _seq(items):
    """(prefixes, complete): complete when the whole sequence is literal."""
    acc = [""]
    for i, (op, av) in enumerate(items):
        if op in _ZERO_WIDTH:
            continue
        if op is C.LITERAL:
            acc = [a + chr(av) for a in acc]
            continue
        if op is C.SUBPATTERN:
            sub, complete = _seq(list(av[-1]))
        elif op is C.BRANCH:
            sub, complete = [], True
            for alt in av[1]:
                got, done = _seq(list(alt))
                if got is None:
                    return acc, False
                sub += got
                complete = complete and done
        elif op is C.IN:
            sub, complete = _class(av), True
            if sub is None:
                return acc, False
        elif op in _REPEATS:
            sub, complete = _repeat(av, items[i + 1:], acc)
            if sub is None:
                return acc, False
        else:
            return acc, False
        if sub is None:
            return acc, False
        if len(acc) * len(sub) > _MAX_ALTS:      # too many: their shorter heads, if few enough
            sub = _heads(sub, _MAX_ALTS // len(acc))
            if sub is None:
                return acc, False
            complete = False
        acc = [a + b for a in acc for b in sub]
        if not complete:
            return acc, False
    return acc, True


def _heads(alts: list, most: int):
    """The longest heads (first characters, lower-cased) of ``alts`` of one length that number
    at most ``most``: every string that starts with one of ``alts`` starts with one of them."""
    for n in range(_MAX_LEN - 1, 1, -1):
        heads = sorted({a[:n].lower() for a in alts})
        if len(heads) <= most:
            return heads
    return None


def _repeat(av, rest, acc):
    """Prefixes of a repeated item and what follows it: (prefixes, complete). An optional
    item ("(?:close )?family") gives the item's own prefixes and those of what follows;
    once every prefix so far is long enough, the scan stops before it instead."""
    lo, hi, body = av
    body = list(body)
    if lo >= 1:
        got, done = _seq(body)
        return got, done and lo == hi == 1
    if all(len(a) >= 2 for a in acc):
        return None, False
    got, done = _seq(body + rest) if hi == 1 else _seq(body)
    skipped, _ = _seq(rest)
    if got is None or skipped is None:
        return None, False
    return got + skipped, False


_SMALL_CLASS = 4


def _class(items):
    """The characters of a short class of plain characters (['"]), or None."""
    out = []
    for op, av in items:
        if op is C.CATEGORY and av is C.CATEGORY_SPACE:
            out.append(" ")                # ``fold`` makes every white space a space
            continue
        if op is not C.LITERAL:
            return None
        out.append(chr(av))
    return out if len(out) <= _SMALL_CLASS else None


def fold(text: str) -> str:
    """The text to test prefixes against (same characters re.I treats as equal)."""
    return text.translate(_FOLD).lower()


def may_match(rx, lower_text: str) -> bool:
    """False only when ``rx`` (compiled with re.I) cannot match the text (``fold``-ed)."""
    alts = literal_prefixes(rx.pattern, rx.flags)
    return alts is None or any(a in lower_text for a in alts)


# Below this many characters of text per place a prefix occurs, trying the pattern only at
# those places is cheaper than letting the regex engine try every position.
_SPARSE = 16


def scan(rx, text: str, lower_text: str):
    """The matches of ``rx.finditer(text)`` (``lower_text`` is ``fold(text)``), found by trying
    the pattern only where one of its literal prefixes occurs when those places are few.

    Every match starts where a prefix occurs in the folded text (``fold`` keeps each character
    one character long), so the leftmost match at or after a position is the first such place
    where ``rx.match`` succeeds; taking them in turn from the end of the last match is what
    ``finditer`` does (a match is never empty: it starts with a prefix of two or more
    characters)."""
    alts = literal_prefixes(rx.pattern, rx.flags)
    if alts is None:
        return rx.finditer(text)
    if len(alts) > _FEW and len(text) >= LONG_TEXT:
        # many prefixes over a long text: one pass for all of them, not two scans for each,
        # and as lazy as finditer (a caller that wants the first match stops there)
        return matches_from(rx, text, (m.start() for m in finder(alts).finditer(lower_text)), _SPARSE)
    count = 0
    for a in alts:
        count += lower_text.count(a)
    if not count:
        return ()
    if count * _SPARSE > len(text):
        return rx.finditer(text)
    return _at_places(rx, text, lower_text, alts)


_FEW = 6                 # prefixes a long text is searched for one by one (str.count, str.find)


def _at_places(rx, text: str, lower_text: str, alts):
    places = set()
    for a in alts:
        i = lower_text.find(a)
        while i != -1:
            places.add(i)
            i = lower_text.find(a, i + 1)
    return matches_at(rx, text, sorted(places))


def matches_at(rx, text: str, places):
    """The matches of ``rx`` that start at the sorted ``places``, none overlapping the one before
    (``trie.matches_from`` that never goes over to ``finditer``)."""
    return matches_from(rx, text, iter(places), 0)


def add_matches(out: list, rid: str, matches) -> None:
    """(rule id, start, end) of each non-empty match: the span of its ``hit`` group when
    that group matched something, else the whole match."""
    hit = None
    for m in matches:
        s, e = m.span()
        if e > s:
            if hit is None:
                hit = "hit" in m.re.groupindex
            if hit:
                hs, he = m.span("hit")       # (-1, -1) when the group took no part
                if he > hs:
                    out.append((rid, hs, he))
                    continue
            out.append((rid, s, e))


# --- whole-document searches -------------------------------------------------------------------
# Conditions that ask "does the document say X anywhere?" run one regex over the whole text.
# On a long text the regex engine tries such a pattern at every position; these give the same
# matches trying it only where one of its prefixes occurs, or, for a pattern with no usable
# prefix that opens with \b before known first characters, only at word starts with one of
# those characters.

LONG_TEXT = 20_000
_WORD_CHAR = re.compile(r"\w").match
_folded = (None, None)        # the last long text folded, and its folded form
_GUARDED: dict = {}
_GUARD_SOURCE: dict = {}      # (pattern, int flags) -> guarded source or "" (kept between runs: memostore)


def finditer_long(rx, text: str):
    """``rx.finditer(text)``, faster when ``text`` is long."""
    global _folded
    if len(text) < LONG_TEXT:
        return rx.finditer(text)
    if literal_prefixes(rx.pattern, rx.flags) is None:
        return _word_guarded(rx).finditer(text)
    last = _folded
    if last[0] is text:
        lower = last[1]
    else:
        lower = fold(text)
        _folded = (text, lower)
    return scan(rx, text, lower)


def search_long(rx, text: str):
    """``rx.search(text)`` (the first match ``finditer`` gives), faster when ``text`` is long."""
    if len(text) < LONG_TEXT:
        return rx.search(text)
    return next(iter(finditer_long(rx, text)), None)


def _word_guarded(rx):
    """``\\b(?=[first characters])(?:pattern)`` when every match starts at a word start with
    one of a known set of word characters (the same matches), else ``rx``."""
    got = _GUARDED.get(rx)
    if got is None:
        key = (rx.pattern, int(rx.flags))
        source = _GUARD_SOURCE.get(key)
        if source is None:
            source = _GUARD_SOURCE[key] = _guard_source(rx)
        got = rx
        if source:
            try:
                got = re.compile(source, rx.flags)
            except re.error:          # inline global flags, say: leave it as it is
                got = rx
        _GUARDED[rx] = got
    return got


def word_start_class(rx):
    """The body of a look-ahead that holds before the first character of every match of ``rx``,
    at a word start (``[Dd]`` for ``\\b(?:Dr|dear)``, ``[A-Z\\d]|(?i:[s])`` for
    ``\\b(?:[A-Z]\\w+ Act|\\d+ CFR|(?i:section))``), or None when that is not known for certain."""
    from ..conditions.rxguard import first_atoms, lookahead

    atoms = first_atoms(rx.pattern, rx.flags) if word_start(rx.pattern, rx.flags) else None
    if atoms and all(text == "\\d" or _WORD_CHAR(text) for text, _ci in atoms):
        return lookahead(atoms)
    return None


def _guard_source(rx) -> str:
    """The guarded pattern's source, or "" when there is no guard."""
    cls = word_start_class(rx)
    return rf"\b(?={cls})(?:{rx.pattern})" if cls else ""
