"""A least-recently-used store bounded by the characters of text it keeps as keys."""
from __future__ import annotations

import threading
from collections import OrderedDict

CACHE_CHARS = 2_000_000      # text kept as keys, across the entries of one rule set


class PieceCache:
    """(block kind, text) -> (matches, sentences) or None, least recently used out first.
    ``get`` returns the cache itself for a key it does not hold. Safe to share between threads."""

    def __init__(self, limit: int = CACHE_CHARS):
        self.entries: OrderedDict = OrderedDict()
        self.chars = 0
        self.limit = limit
        self.lock = threading.Lock()

    def get(self, key):
        with self.lock:
            hit = self.entries.get(key, self)
            if hit is not self:
                self.entries.move_to_end(key)
            return hit

    def put(self, key, value) -> None:
        with self.lock:
            if key in self.entries:
                self.entries[key] = value
                return
            self.entries[key] = value
            self.chars += len(key[1])
            while self.chars > self.limit and self.entries:
                old, _ = self.entries.popitem(last=False)
                self.chars -= len(old[1])
