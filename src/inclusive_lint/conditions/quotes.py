"""Spans of text inside straight quotation marks, for ``in-quotation`` (``common.py``)."""
from __future__ import annotations

import functools
import re

QUOTED = re.compile(
    r"""(?<![A-Za-z0-9])"[^"]{1,300}?"(?![A-Za-z0-9])"""
    r"""|(?<![A-Za-z0-9])'[^']{1,400}?'(?![A-Za-z])"""
    # an apostrophe inside a word is no closing mark, within one sentence ("'... the incapacitated adult's right
    # to ...'"; not from "the '90s" on to a later "members' ")
    r"""|(?<![A-Za-z0-9])'(?!\d)(?:[^'.!?]|(?<=[A-Za-z])'(?=[a-z])|[.!?](?!\s)){1,400}?'(?![A-Za-z])"""
    # a longer quotation set out after a colon or a verb of saying: 'They further stated:- "the Court finds ..."',
    # 'which defines PII as "[i]nformation which ..."'
    r"""|(?:(?<=:)-?|(?<=\bas)|(?<=\bstates)|(?<=\bstated)|(?<=\breads)|(?<=\bsays)|(?<=\bsaid))[ \t]*"[^"\n]{300,700}?"(?![A-Za-z0-9])"""
)
# a quotation set out after a colon and running to the end of the text, its closing mark lost or
# beyond it: 'the court put it as below:\n"The tenant must ... He must ...' (looked for in the tail only)
_RUNS_TO_END = re.compile(r"""(?<=:)[ \t\n]*"[^"]{1,600}\Z""")


def quoted_spans(text: str):
    spans = [(m.start(), m.end()) for m in QUOTED.finditer(text)]
    tail = _RUNS_TO_END.search(text, max(0, len(text) - 700))
    if tail is not None and not any(a <= tail.start() < b for a, b in spans):
        spans.append((tail.start(), tail.end()))
    return spans


@functools.lru_cache(maxsize=1024)     # the sentence of several matches, and repeated boilerplate
def sentence_quotes(sentence: str) -> tuple:
    return tuple(quoted_spans(sentence))
