"""Errors that end the reading of one file, or the whole run, with a clear message."""
from __future__ import annotations


class InputError(Exception):
    """A file could not be linted. ``category`` is a short stable code (encrypted,
    corrupt, unsupported, too-large, missing, unreadable, timeout, decode)."""

    def __init__(self, category: str, message: str):
        super().__init__(message)
        self.category = category
        self.message = message


class UsageError(Exception):
    """Bad options, config or rule packs: the run cannot start (exit 2)."""
