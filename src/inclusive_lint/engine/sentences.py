"""Sentence boundaries and phrase matches over the pure-Python tokens (no spaCy).

The sentence rule is spaCy's sentencizer's: a sentence ends after a run of sentence-final
punctuation tokens ('.', '!', '?' and their kin in other scripts), and the next sentence starts
at the first following token that is neither such a character nor punctuation. Phrase matching
is spaCy's PhraseMatcher on lower-cased token text: a phrase matches a run of whole tokens.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache

from .tokenizer import english


@lru_cache(maxsize=1)
def _sentence_punct() -> frozenset:
    return frozenset(english()._data["sentence_punct"])


@lru_cache(maxsize=4096)
def _is_punct(tok: str) -> bool:
    """spaCy's IS_PUNCT: every character is in a Unicode punctuation category."""
    return all(unicodedata.category(c).startswith("P") for c in tok)


def tokens(text: str) -> list[tuple[int, int]]:
    return english().tokens(text)


def sentence_spans(text: str, toks: list | None = None) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text``, exactly as spaCy's sentencizer splits it."""
    if toks is None:
        toks = tokens(text)
    if not toks:
        return []
    punct = _sentence_punct()
    starts = [0]
    seen_period = False
    for i, (s, e) in enumerate(toks):
        if e - s == 1:
            ch = text[s]
            if ch.isalnum():
                in_chars = False
            else:
                in_chars = ch in punct
        else:
            in_chars = False
        if seen_period and not in_chars and not _is_punct(text[s:e]):
            starts.append(i)
            seen_period = False
        elif in_chars:
            seen_period = True
    ends = starts[1:] + [len(toks)]
    return [(toks[a][0], toks[b - 1][1]) for a, b in zip(starts, ends)]


class PhraseIndex:
    """Lower-cased token sequences of each rule's phrases, keyed by their first token."""

    def __init__(self, rules, variants):
        self.by_first: dict = {}
        tok = english()
        for rule in rules:
            for phrase in rule.match.get("phrases") or ():
                for v in variants(phrase):
                    v = v.lower()
                    seq = tuple(v[s:e] for s, e in tok.tokens(v))
                    if seq:
                        self.by_first.setdefault(seq[0], set()).add((seq, rule.id))

    def matches(self, text: str, toks: list, cand: set) -> list[tuple[str, int, int]]:
        out = []
        by_first = self.by_first
        lowers = None
        for i, (s, e) in enumerate(toks):
            entries = by_first.get(text[s:e].lower())
            if not entries:
                continue
            for seq, rid in entries:
                if rid not in cand:
                    continue
                n = len(seq)
                if n == 1:
                    out.append((rid, s, e))
                    continue
                if lowers is None:
                    lowers = [text[a:b].lower() for a, b in toks]
                if tuple(lowers[i:i + n]) == seq:
                    out.append((rid, s, toks[i + n - 1][1]))
        return out


class PureBackend:
    """Tokens, phrase matches and sentences without spaCy: the default for packs whose rules
    match by regex or ``phrases`` (every built-in pack)."""

    ready = True

    def __init__(self, rules, variants):
        self.rules = rules
        self.variants = variants         # a phrase -> its spellings (compile.phrase_variants)
        self._phrases = None

    def warm(self) -> None:
        english()._patterns()
        self.phrase_index()

    def phrase_index(self) -> PhraseIndex:
        if self._phrases is None:
            self._phrases = PhraseIndex(self.rules, self.variants)
        return self._phrases

    def tokens(self, text: str):
        return tokens(text)

    def sentences(self, text: str, toks) -> list:
        return sentence_spans(text, toks)

    def token_matches(self, ruleset, cand: set, text: str, toks) -> list:
        return self.phrase_index().matches(text, toks, cand)
