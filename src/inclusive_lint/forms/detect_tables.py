"""Questions laid out as table rows: a label cell beside option cells.

    | Sex   | ☐ Male | ☐ Female |        (Word forms: a cell per option)
    | Title | Mr / Mrs / Miss / Ms |     (one cell holding the option list)
    | Mother's name |  |                (a label beside an empty cell: a write-in field)

Cells are ``table_cell`` blocks. Word cells carry ``Location(table, row, cell)``;
Markdown and HTML cells carry the same numbers in ``block.meta``.
"""
from __future__ import annotations

import re

from . import options as opts_mod
from .candidate import make
from .lines import classify, words
from .vocab import BOX, WRITE_IN, norm

_TITLES = {"mr", "mrs", "miss", "ms", "mx", "dr", "prof", "rev", "master"}

_NUMBER = re.compile(r"^\s*[\d.,%\s()-]+\s*$")


def _coords(document, block):
    m = block.meta or {}
    if "row" in m and "table" in m:
        return m.get("table"), m.get("row"), m.get("cell") or 0
    loc = block.location
    if loc.table is not None and loc.row is not None:
        return (loc.part, loc.table, loc.extra), loc.row, loc.cell or 0
    if document.format == "markdown" and document.source_text is not None:
        return _markdown_coords(document.source_text, block.source_offset(0))
    return None


def _markdown_coords(src: str, at: int):
    """A Markdown pipe-table cell: (first line of the table, line, cell number)."""
    ls = src.rfind("\n", 0, at) + 1
    line = src.count("\n", 0, ls)
    before = re.sub(r"\\\|", "", src[ls:at])
    cell = before.count("|") + (0 if before.lstrip().startswith("|") else 1)
    top = ls
    while top > 0:
        prev = src.rfind("\n", 0, top - 1) + 1
        if "|" not in src[prev:top - 1]:
            break
        top = prev
    return ("md", top), line, cell


def rows(document) -> tuple:
    """({table key: {row: [(cell, block index)]}}, {table key: widest cell number}); empty
    cells count towards the width but are not listed."""
    tables: dict = {}
    widths: dict = {}
    for bi, block in enumerate(document.blocks):
        if block.kind != "table_cell" and "row" not in (block.meta or {}):
            continue
        c = _coords(document, block)
        if c is None:
            continue
        table, row, cell = c
        widths[table] = max(widths.get(table, 0), cell)
        if block.text.strip():
            tables.setdefault(table, {}).setdefault(row, []).append((cell, bi))
    return tables, widths


def detect(document) -> list:
    found = []
    tables, widths = rows(document)
    for table, by_row in tables.items():
        width = max(widths.get(table, 0), max(len(cells) for cells in by_row.values()))
        texts = [document.blocks[bi].text for cells in by_row.values() for _, bi in cells]
        boxed = any(BOX.search(t) for t in texts)
        numeric = any(_NUMBER.match(t) for t in texts)
        for row, cells in by_row.items():
            cand = _row(document, sorted(cells), width, boxed, numeric)
            if cand is not None:
                found.append(cand)
    return found


def _label(text: str):
    """(start, end) of a label cell's text, or None."""
    s = len(text) - len(text.lstrip())
    e = len(text.rstrip())
    body = text[s:e].rstrip(":")
    if not body or "\n" in body.strip() or words(body) > 8 or re.search(r"[.!;]\s", body) or BOX.search(body):
        return None
    if WRITE_IN.search(body):
        return None
    return s, s + len(body)


def _row(document, cells, width: int, boxed: bool, numeric: bool = True):
    blocks = document.blocks
    first_bi = cells[0][1]
    ltext = blocks[first_bi].text
    lab = _label(ltext)
    if lab is None:
        return None
    label = ltext[lab[0]:lab[1]]
    rest = cells[1:]
    if not rest:
        if width >= 2 and cells[0][0] <= 1:
            return make(label, [], [(first_bi, lab[0], lab[1])], source="table", write_in=True)
        return None
    if len(rest) == 1:
        bi = rest[0][1]
        t = blocks[bi].text
        f = classify(t, 0, len(t))
        if f.kind == "options":
            return make(label, [o.text for o in f.options], [(first_bi, lab[0], lab[1])]
                        + [(bi, o.start, o.end) for o in f.options], source="table")
        if f.kind == "write_in":
            return make(label, [], [(first_bi, lab[0], lab[1]), (bi, 0, len(t.rstrip()))], source="table",
                        write_in=True)
        return None
    explicit = boxed or ltext.rstrip().endswith((":", "?"))
    # a header row of titles ("Title | Mr | Mrs | Miss | Ms") in a table with no counts; a row of
    # "Sex | Male | Female" without boxes is more often a table heading than a question
    known = not numeric and all(norm(blocks[bi].text) in _TITLES for _, bi in rest)
    opts, spans = [], [(first_bi, lab[0], lab[1])]
    for _, bi in rest:
        t = blocks[bi].text
        if not explicit and not known and not BOX.search(t):
            return None
        o = opts_mod.single(t, 0, len(t)) or _box_after(t)
        if o is None:
            return None
        opts.append(o.text)
        spans.append((bi, o.start, o.end))
    return make(label, opts, spans, source="table")


def _box_after(text: str):
    """'Male ☐' in a cell."""
    m = re.match(r"\s*(.*?)\s*(?:" + BOX.pattern + r")\s*$", text, re.S)
    if m and m.group(1) and words(m.group(1)) <= 6:
        return opts_mod.Opt(m.group(1), m.start(1), m.end(1))
    return None
