"""A cheap test that none of a few patterns can match in a stretch of text.

``law_text._sentence_cites`` runs six patterns (a named Act, "section 4(2)", "is hereby
required", ...) over the sentence of every match whose rule asks whether it cites legislation,
and almost no sentence does: 17 us a sentence on the finding-rich benchmark file;
``mention-not-use`` searches the 80 characters before every match for a cue ("instead of",
"the term"), 12 us there. Read from the patterns themselves, each of their top-level
alternatives either needs a digit (a section, regulation or year number) or holds one of a few
words (``litguard.required``, compared ignoring case: "legislation", "hereby", "instead",
"(" ...). A stretch of ASCII text (where lower-casing pairs letters as ``re.I`` does) with no
digit and none of those words cannot match any of the patterns. A word of several runs of
letters is stood for by one of them (``_cover``: every occurrence of the word holds it; white
space is left out), so the test is one search for a few dozen plain words.

The words are a pure function of the patterns, kept between runs (``memostore``). Anything
unexpected about a pattern (an alternative with no known word) means no test: the patterns
answer.
"""
from __future__ import annotations

import re
from re import _constants as C
from re import _parser

from ..engine.toplevel import top_level
from ..engine.trie import any_word
from .litguard import required

_ANCHORS: dict = {}         # (pattern, flags) -> (words, needs a digit) or None (kept between runs: memostore)
_COVERS: dict = {}          # ((pattern, flags), ...) -> (a gate's words, needs a digit) or None (likewise)
_RUN = re.compile(r"[a-z0-9]+|\S+")
_DIGIT = re.compile(r"\d")


def anchors(rx):
    """(lower-case strings, whether some alternative needs a digit): every match of ``rx`` holds
    a digit (when the flag is set) or one of the strings, ignoring case; None when not known."""
    key = (rx.pattern, int(rx.flags))
    if key not in _ANCHORS:
        try:
            _ANCHORS[key] = _anchors(rx.pattern, rx.flags)
        except Exception:        # an unusual construct: no test
            _ANCHORS[key] = None
    return _ANCHORS[key]


def _anchors(pattern: str, flags: int):
    words: set = set()
    digits = False
    for branch in top_level(pattern).branches:
        if _needs_digit(_parser.parse(branch, flags)):
            digits = True
            continue
        got = required(branch, flags, wide=True)
        if not got:
            return None
        words.update(w.lower() for w in got)
    return tuple(sorted(words)), digits


def _cover(words):
    """Strings one of which each of ``words`` holds: a word that is one run of letters (or of
    other non-space characters) stands for itself; one of several runs is covered by a string
    already chosen that it holds ("the act say" by "act"), else by its longest run (of two as
    long, the later: "say"). None when a word is white space only."""
    runs = {w: _RUN.findall(w) for w in words}
    if not all(runs.values()):
        return None
    chosen = {r[0] for r in runs.values() if len(r) == 1}
    for word in sorted(words, key=lambda w: (len(w), w)):
        if not any(a in word for a in chosen):
            chosen.add(max(reversed(runs[word]), key=len))
    return tuple(sorted(w for w in chosen if not any(o != w and o in w for o in chosen)))


_DIGITS = (C.IN, [(C.CATEGORY, C.CATEGORY_DIGIT)])
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)


def _needs_digit(items) -> bool:
    """Does every match of the sequence ``items`` hold a digit (``\\d`` outside any choice,
    optional part or look-around)?"""
    for op, av in items:
        if (op, av) == _DIGITS:
            return True
        if op in _REPEATS and av[0] >= 1 and _needs_digit(av[2]):
            return True
        if op is C.SUBPATTERN and _needs_digit(av[3]):
            return True
    return False


class Gate:
    """``may_match(text)`` is False only when no pattern of ``patterns`` can match in ``text``."""

    def __init__(self, patterns):
        self.patterns = tuple(patterns)
        self.words = None          # made at the first question (a short file may ask none)
        self.digits = False

    def _prepare(self) -> None:
        key = tuple((rx.pattern, int(rx.flags)) for rx in self.patterns)
        if key not in _COVERS:
            _COVERS[key] = _gate_words(self.patterns)
        got = _COVERS[key]
        if got is None:
            self.words, self.digits = _ANY, None        # no test
            return
        # one regex of the words, as a trie: faster than a substring test per word (engine/trie.py)
        self.words = re.compile(any_word(got[0]))
        self.digits = got[1]

    def may_match(self, text: str) -> bool:
        if self.words is None:
            self._prepare()
        if self.digits is None or not text.isascii():
            return True
        if self.digits and _DIGIT.search(text):
            return True
        return self.words.search(text.lower()) is not None


def _gate_words(patterns):
    """(the words of ``_cover`` for all of ``patterns``, whether one needs a digit) or None."""
    words: set = set()
    digits = False
    for rx in patterns:
        got = anchors(rx)
        if got is None:
            return None
        words.update(got[0])
        digits = digits or got[1]
    cover = _cover(words)
    return None if cover is None else (cover, digits)


_ANY = re.compile("")
