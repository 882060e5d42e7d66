"""One pattern that stops at every place where any of a set of strings begins."""
from __future__ import annotations

import re


def trie_pattern(words) -> str:
    """``c(?=(rest…))|…`` for every first character c: one character consumed per match, and
    the group (one per first character) spans the longest prefix that begins there."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return "|".join(f"{re.escape(ch)}(?=({_node(sub)}))" for ch, sub in sorted(trie.items()))


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
