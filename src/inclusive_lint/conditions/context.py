"""The object every condition receives: a match and everything around it."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from ..engine.prefilter import search_long


@dataclass
class MatchContext:
    text: str                 # block text (curly quotes folded to straight, same length)
    start: int                # match span inside the block
    end: int
    sent_start: int           # sentence span inside the block
    sent_end: int
    prev_start: int           # previous sentence span (== sent_start when none)
    block: object
    document: object
    doc_cache: dict
    rule: object = None
    options: dict = field(default_factory=dict)
    tokens: object = None     # spaCy Doc of the block, when built
    block_index: int = 0

    @property
    def match_text(self) -> str:
        return self.text[self.start:self.end]

    @property
    def sentence(self) -> str:
        return self.text[self.sent_start:self.sent_end]

    @property
    def previous_sentence(self) -> str:
        return self.text[self.prev_start:self.sent_start]

    @property
    def before(self) -> str:
        """Sentence text before the match."""
        return self.text[self.sent_start:self.start]

    @property
    def after(self) -> str:
        """Sentence text after the match."""
        return self.text[self.end:self.sent_end]

    def window_before(self, n: int) -> str:
        return self.text[max(0, self.start - n):self.start]

    def window_after(self, n: int) -> str:
        return self.text[self.end:self.end + n]

    @cached_property
    def document_text(self) -> str:
        cached = self.doc_cache.get("text")
        if cached is None:
            cached = "\n\n".join(fold_quotes(b.text) for b in self.document.blocks)
            self.doc_cache["text"] = cached
        return cached

    def document_has(self, pattern: str, flags=re.I) -> bool:
        key = ("has", pattern, flags)
        hit = self.doc_cache.get(key)
        if hit is None:
            hit = search_long(re.compile(pattern, flags), self.document_text) is not None
            self.doc_cache[key] = hit
        return hit


_FOLD = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2032": "'",
                       "\u00a0": " ", "\u2010": "-", "\u2011": "-", "\u2013": "-", "\u2014": "-"})


# an apostrophe mis-decoded from an old code page: "the motherís name", "the patientÕs bed", "donít"
_MOJIBAKE_APOSTROPHE = re.compile("(?<=[A-Za-z][a-z]{2})[\u00ed\u00d5](?=(?:s|t|ll|re|ve|d|m)\\b)")


def fold_quotes(text: str) -> str:
    """Fold curly quotes, non-breaking spaces and dashes to ASCII, keeping the length."""
    text = text.translate(_FOLD)
    if "\u00ed" in text or "\u00d5" in text:
        text = _MOJIBAKE_APOSTROPHE.sub("'", text)
    return text
