"""Web and email addresses in a piece of text: a rule's words inside one ("chairman@society.org",
"example.org/mothers/") are part of an address, not wording anyone reads as prose."""
from __future__ import annotations

import re

# a scheme or "www.", an email address, or a bare domain with a path ("babies.org.uk/mums-guide")
_ADDRESS = re.compile(r"(?:https?://|www\.)[^\s<>\"]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
                      r"|\b[\w-]+(?:\.[\w-]+)*\.(?:uk|org|com|net|nhs|gov|ie|scot|wales|info|eu)/[^\s<>\"]*", re.I)


def address_spans(text: str) -> list:
    """(start, end) of each address in ``text``; empty when the text has no sign of one."""
    if "@" not in text and "/" not in text and "www." not in text.lower():
        return []
    return [m.span() for m in _ADDRESS.finditer(text)]


def within(spans: list, start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)
