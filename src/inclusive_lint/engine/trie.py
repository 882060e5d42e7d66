"""One pattern that stops at every place where any of a set of strings begins."""
from __future__ import annotations

import re


def trie_pattern(words) -> str:
    """``c(?=(rest…))|…`` for every first character c: one character consumed per match, and
    the group (one per first character) spans the longest prefix that begins there."""
    return "|".join(f"{re.escape(ch)}(?=({_node(sub)}))" for ch, sub in sorted(_trie(words).items()))


def any_word(words) -> str:
    """A pattern that matches wherever one of ``words`` begins (the longest one there), with no
    group: ``search`` finds one exactly when one of them occurs. Shaped as a trie, so each place
    is tried one character at a time, not once per word (a flat ``a|b|…`` of fifty words tries
    every one of them at every place: two to three times slower)."""
    return _node(_trie(words))


def _trie(words) -> dict:
    """Character -> the trie of the rest; "" marks the end of a word."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return trie


def _node(node: dict) -> str:
    """A pattern that matches the longest path of ``node`` that ends a word (greedy)."""
    branches = [re.escape(ch) + _node(sub) for ch, sub in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


_FINDERS: dict = {}


def finder(words):
    """A compiled ``trie_pattern(words)`` (kept per set of words): ``finditer`` stops at every
    place where one of them begins, overlapping ones included."""
    key = tuple(words)
    got = _FINDERS.get(key)
    if got is None:
        got = _FINDERS[key] = re.compile(trie_pattern(key))
    return got


def matches_from(rx, text: str, places, sparse: int):
    """The matches of ``rx`` starting at the sorted ``places`` (an iterator; none overlapping
    the one before), going over to ``finditer`` from where it has got to once the places prove
    denser than one per ``sparse`` characters. The matches are ``rx.finditer(text)``'s when
    every match starts at a place (``finditer(text, start)`` sees the text before ``start``),
    and come as lazily: a caller that wants the first stops there."""
    pos = tried = 0
    first = None
    for p in places:
        if p < pos:
            continue
        m = rx.match(text, p)
        if m is not None:
            yield m
            pos = m.end()
        tried += 1
        if first is None:
            first = p
        elif tried >= 64 and tried * sparse > p - first:
            yield from rx.finditer(text, pos if m is not None else p + 1)
            return
