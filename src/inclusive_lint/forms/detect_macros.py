"""Questions written as GOV.UK / NHS.UK Nunjucks macros in templates:

    {{ govukRadios({ name: "sex", fieldset: { legend: { text: "What is your sex?" } },
                     items: [ { value: "female", text: "Female" }, ... ] }) }}

Services keep their forms as templates, so a template is linted as the form it renders.
Only the literal strings are read; nothing is evaluated.
"""
from __future__ import annotations

import re

from .candidate import make

_MACRO = re.compile(r"\b(?:govuk|nhsuk)(Radios|Checkboxes|Select)\s*\(\s*\{")
_STRING = r"""(?:"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)')"""
_LEGEND = re.compile(r"\b(?:legend|label)\s*:\s*\{[^{}]*?\b(?:text|html)\s*:\s*" + _STRING, re.S)
_ITEMS = re.compile(r"\bitems\s*:\s*\[")
_TEXT = re.compile(r"\b(text|html|divider)\s*:\s*" + _STRING)
_TAGS = re.compile(r"<[^>]+>")
MAX_SPAN = 20000


def _close(src: str, i: int, open_ch: str, close_ch: str) -> int:
    """Index just past the bracket matching src[i - 1] (an opening bracket), skipping strings."""
    depth, quote = 1, ""
    n = min(len(src), i + MAX_SPAN)
    while i < n:
        ch = src[i]
        if quote:
            if ch == "\\":
                i += 1
            elif ch == quote:
                quote = ""
        elif ch in "\"'":
            quote = ch
        elif ch == open_ch:
            depth += 1
        elif ch == close_ch:
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return -1


def _value(m, first: int = 2):
    g = first if m.group(first) is not None else first + 1
    return " ".join(_TAGS.sub(" ", m.group(g)).split()), m.start(g), m.end(g)


def detect(document) -> list:
    src = document.source_text
    if not src or ("govuk" not in src and "nhsuk" not in src):
        return []
    index = document.line_index()
    found = []
    for m in _MACRO.finditer(src):
        end = _close(src, m.end(), "{", "}")
        if end < 0:
            continue
        body_start = m.end()
        items = _ITEMS.search(src, body_start, end)
        if items is None:
            continue
        items_end = _close(src, items.end(), "[", "]")
        if items_end < 0:
            continue
        options, first, last = [], None, None
        depth_text = src[items.end():items_end]
        for t in _TEXT.finditer(depth_text):
            if t.group(1) == "divider":
                continue
            if _nested(depth_text, t.start()):
                continue      # text inside a conditional reveal, hint or label object
            text, s, e = _value(t)
            if text:
                options.append(text)
                first = items.end() + s if first is None else first
                last = items.end() + e
        label, lstart = "", None
        legend = _LEGEND.search(src, body_start, items.start()) or _LEGEND.search(src, items_end, end)
        if legend is not None:
            label, lstart, _ = _value(legend, 1)
        if not options:
            continue
        start = min(lstart, first) if lstart is not None else first
        loc = _loc(index, start, last)
        cand = make(label, options, [], source="template", structural=True, location=loc,
                    write_in="govukInput" in src[items.end():items_end])
        found.append(cand)
    return found


def _nested(text: str, at: int) -> bool:
    """Is ``at`` inside an object nested in an item (depth > 1 in the items array)?"""
    depth, quote = 0, ""
    for ch in text[:at]:
        if quote:
            if ch == quote:
                quote = ""
        elif ch in "\"'":
            quote = ch
        elif ch in "{[":
            depth += 1
        elif ch in "}]":
            depth -= 1
    return depth > 1


def _loc(index, start: int, end: int):
    from ..model import Location
    line, col = index.position(start)
    eline, ecol = index.position(max(start, end - 1))
    return Location(line=line, column=col, end_line=eline, end_column=ecol + 1)
