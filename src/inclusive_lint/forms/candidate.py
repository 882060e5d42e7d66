"""A question found on a page, with every block span it covers."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from ..model import FormQuestion, Location
from .vocab import OPTIONAL, WRITE_IN, is_free_text, is_opt_out, norm

_LABEL_OPTIONAL = re.compile(r"\(\s*optional\s*\)|\boptional\b", re.I)


@dataclass
class Candidate:
    label: str
    options: list                       # option texts as written
    spans: list = field(default_factory=list)   # [(block_index, start, end)] in reading order
    has_free_text: bool = False
    has_opt_out: bool = False
    optional: bool = False
    source: str = "text"
    location: Optional[Location] = None  # set by readers for questions with no block span
    structural: bool = False             # came from real form controls (HTML, Word, PDF)

    @property
    def blocks(self) -> set:
        return {bi for bi, _, _ in self.spans}

    def norm_options(self) -> list:
        return [norm(o) for o in self.options]

    def text(self) -> str:
        sep = " " if self.label.endswith(("?", ":")) else ": "
        return (self.label + sep if self.label else "") + " / ".join(self.options)

    def to_question(self) -> FormQuestion:
        first = self.spans[0] if self.spans else (None, 0, 0)
        return FormQuestion(label=self.label, options=list(self.options), has_free_text=self.has_free_text,
                            has_opt_out=self.has_opt_out, optional=self.optional,
                            location=self.location or Location(), block_index=first[0], start=first[1],
                            end=first[2], source=self.source)


def make(label: str, options: list, spans: list, source: str = "text", write_in: bool = False,
         structural: bool = False, location: Location | None = None) -> Candidate:
    """A Candidate with its flags worked out from the label and options."""
    label = " ".join(label.split()).strip(" :")
    free = write_in or any(is_free_text(o) for o in options)
    opt_out = any(is_opt_out(o) for o in options)
    optional = bool(_LABEL_OPTIONAL.search(label) or OPTIONAL.search(label))
    return Candidate(label=label, options=[" ".join(WRITE_IN.sub(" ", o).split()) or o for o in options],
                     spans=_merge(spans), has_free_text=free, has_opt_out=opt_out, optional=optional,
                     source=source, structural=structural, location=location)


def from_question(q: FormQuestion, n_blocks: int) -> Candidate:
    """Wrap a question a reader put in ``document.questions``."""
    ok = q.block_index is not None and 0 <= q.block_index < n_blocks and q.end > q.start
    spans = [(q.block_index, q.start, q.end)] if ok else []
    c = make(q.label or "", [str(o) for o in q.options], spans, source=q.source or "reader",
             write_in=q.has_free_text, structural=True, location=q.location)
    c.has_opt_out = c.has_opt_out or q.has_opt_out
    c.optional = c.optional or q.optional
    return c


def _merge(spans: list) -> list:
    out: list = []
    for bi, s, e in spans:
        if out and out[-1][0] == bi:
            pbi, ps, pe = out[-1]
            out[-1] = (bi, min(ps, s), max(pe, e))
        else:
            out.append((bi, s, e))
    return out
