"""Where every rule regex's literal prefixes occur in a piece of text, found in one pass.

The per-rule scan (``prefilter.scan``) counts and finds each rule's prefixes separately, which
on a long document is tens of thousands of small calls. Here the prefixes of all the rule
set's regexes go into one case-sensitive pattern over the folded text, shaped as a trie and
consuming one character per match, so ``finditer`` stops at every place where any prefix
begins (overlapping ones included) and names the longest prefix there. Every other prefix
starting at that place is a prefix of that longest one, so which regexes may match there is
known from it alone. Each regex is then tried only at its own places, or left to ``finditer``
when they are dense, exactly as ``prefilter.scan`` decides: the matches are the same. A regex
is not tried at all on a text that lacks one of the words every match of it holds
(``prefilter.required_literals``: "includes", "means" … after ``family.{0,120}?``; or, for a
pattern that is one group around the whole match, the words its body requires:
``group_required``).
"""
from __future__ import annotations

import re

from .group_required import group_required
from .prefilter import _SPARSE, add_matches, has_required, literal_prefixes, required_literals, word_start
from .trie import trie_pattern

# below this much text the pass's set-up (reading every pattern's prefixes) costs more than
# it saves: short documents keep the per-rule scan
MIN_CHARS = 100_000


class PrefixPass:
    """The prefixes of every regex of a rule set, and the patterns that find them: one for the
    prefixes that can only begin a match at a word start (a word character after the ``\\b``
    the regex opens with: that pattern looks only where ``\\b`` holds), one for the rest.
    (``fold`` keeps every character a word character or not, so ``\\b`` holds at the same
    places in the folded text.)"""

    def __init__(self, sources: dict):
        self.plain: dict = {}          # rule id -> indexes of its regexes with no usable prefix
        self.guarded: dict = {}        # (rule id, regex index) -> that regex behind a first-character guard
        self.required: dict = {}       # (rule id, regex index) -> prefilter.required_literals
        owners = ({}, {})              # (at word starts, anywhere): prefix -> [(rule id, regex index)]
        for rid, patterns in sources.items():
            for i, pattern in enumerate(patterns):
                need = required_literals(pattern, re.I) or group_required(pattern, re.I)
                if need:
                    self.required[(rid, i)] = need
                alts = literal_prefixes(pattern, re.I)
                if alts is None:
                    self.plain.setdefault(rid, []).append(i)
                    continue
                at_words = word_start(pattern, re.I)
                for a in alts:       # a word character after \b: a match can begin only at a word start
                    owners[0 if at_words and _WORD.match(a) else 1].setdefault(a, []).append((rid, i))
        self.finders = []
        for own, lead in zip(owners, (r"\b(?:", "(?:")):
            if own:
                self.finders.append((re.compile(lead + trie_pattern(own) + ")"), _slots(own)))

    def places(self, lower: str, cand) -> dict:
        """(rule id, regex index) -> sorted places in ``lower`` (the folded text) where a
        prefix of that regex begins, for the rules in ``cand``."""
        out: dict = {}
        merged = set()
        for finder, slots in self.finders:
            found: dict = {}
            for m in finder.finditer(lower):
                p = m.start()
                key = lower[p:m.end(m.lastindex)]
                got = found.get(key)
                if got is None:
                    found[key] = [p]
                else:
                    got.append(p)
            for key, ps in found.items():
                for slot in slots[key]:
                    if slot[0] in cand:
                        have = out.get(slot)
                        if have is None:
                            out[slot] = ps
                        else:
                            out[slot] = have + ps
                            merged.add(slot)
        for slot in merged:
            out[slot].sort()
        return out


    def guard(self, rid: str, i: int, rx):
        """``rx`` (a regex with no literal prefix) behind a look-ahead for the characters every
        match of it starts with, when they are known (``conditions.rxguard``): the same matches,
        and the regex engine tries the pattern only where one of them stands."""
        got = self.guarded.get((rid, i))
        if got is None:
            from ..conditions.rxguard import guard

            got = self.guarded[(rid, i)] = guard(rx)
        return got


_WORD = re.compile(r"\w")


def _slots(owners: dict) -> dict:
    """A place whose longest prefix is L may hold a match of every regex owning a prefix of L."""
    return {longest: sorted({slot for n in range(2, len(longest) + 1) for slot in owners.get(longest[:n], ())})
            for longest in owners}


def regex_matches(ruleset, prefix_pass, cand, text: str, lower: str) -> list:
    """(rule id, start, end) of every match of the candidate rules' regexes in ``text``."""
    out: list = []
    places = prefix_pass.places(lower, cand)
    regexes = ruleset.regexes
    required = prefix_pass.required
    n = len(text)
    for slot, ps in places.items():
        need = required.get(slot)
        if need is not None and not has_required(need, lower):
            continue                   # a word every match holds is missing: no match here
        rid, i = slot
        rx = regexes[rid][i]
        if len(ps) * _SPARSE > n:
            add_matches(out, rid, rx.finditer(text))
        else:
            add_at(out, rid, rx, text, ps)
    for rid, idx in prefix_pass.plain.items():
        if rid in cand:
            for i in idx:
                need = required.get((rid, i))
                if need is None or has_required(need, lower):
                    add_matches(out, rid, prefix_pass.guard(rid, i, regexes[rid][i]).finditer(text))
    return out


def add_at(out: list, rid: str, rx, text: str, places) -> None:
    """``add_matches(out, rid, matches_at(rx, text, places))`` in one loop, without the two
    generators (it runs once per regex and piece of text that holds one of its prefixes: most
    of them find nothing)."""
    match = rx.match
    pos = 0
    hit = None
    for p in places:
        if p < pos:
            continue
        m = match(text, p)
        if m is None:
            continue
        s, e = m.span()
        pos = e
        if e > s:
            if hit is None:
                hit = "hit" in m.re.groupindex
            if hit:
                hs, he = m.span("hit")       # (-1, -1) when the group took no part
                if he > hs:
                    out.append((rid, hs, he))
                    continue
            out.append((rid, s, e))
