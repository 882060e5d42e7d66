"""The downloads of recent results, held in the server's memory only (never on disk), under an
unguessable token, for a limited time and up to a total size; the oldest go first."""
from __future__ import annotations

import secrets
import threading
import time
from collections import OrderedDict


class ResultStore:
    def __init__(self, ttl: float = 1800.0, max_bytes: int = 256 * 1024 * 1024):
        self.ttl = ttl
        self.max_bytes = max_bytes
        self.items: OrderedDict = OrderedDict()     # token -> (expiry, size, {index: {kind: (name, bytes)}})
        self.size = 0
        self.lock = threading.Lock()

    def put(self, downloads: dict) -> str:
        size = sum(len(data) for files in downloads.values() for _, data in files.values())
        token = secrets.token_urlsafe(24)
        with self.lock:
            self._expire()
            while self.items and self.size + size > self.max_bytes:
                _, (_, old, _) = self.items.popitem(last=False)
                self.size -= old
            self.items[token] = (time.monotonic() + self.ttl, size, downloads)
            self.size += size
        return token

    def get(self, token: str, index: int, kind: str):
        with self.lock:
            self._expire()
            item = self.items.get(token)
        if item is None:
            return None
        return item[2].get(index, {}).get(kind)

    def _expire(self) -> None:
        now = time.monotonic()
        for token in [t for t, (expiry, _, _) in self.items.items() if expiry < now]:
            self.size -= self.items.pop(token)[1]
