"""OCR words into located Blocks: one block per paragraph Tesseract found, each word with its box.

A word read with low confidence is kept in its place as "…", so no rule matches it and no
phrase is made by closing the gap it leaves ("his … her" is not "his her"). A word
hyphenated at a line end is rejoined when the next line starts in lower case. A paragraph
of one short line set larger than the page's usual line is a heading.

Boxes are in points from the top-left of the page (pixels x 72 / dpi), like the PDF
reader's; locations carry ``"ocr": true``.
"""
from __future__ import annotations

import statistics
from dataclasses import dataclass, replace

from ..model import Block, Location

LOW_CONFIDENCE = 60.0
UNREAD = "\u2026"
OCR_EXTRA = (("ocr", True),)


@dataclass
class PageStats:
    words: int = 0
    low: int = 0
    conf_sum: float = 0.0


def _union(boxes):
    boxes = list(boxes)
    return (min(b[0] for b in boxes), min(b[1] for b in boxes),
            max(b[2] for b in boxes), max(b[3] for b in boxes)) if boxes else None


def locate(block, s: int, e: int):
    """The Location of span [s, e) of an OCR block: the boxes of the words under it, cut to
    the characters inside a word (spread evenly over the word's width)."""
    boxes, line = [], None
    for ws, we, box, ln in block.meta["ocr_words"]:
        if we <= s or ws >= e:
            continue
        x0, top, x1, bottom = box
        n = max(1, we - ws)
        a, b = max(s, ws) - ws, min(e, we) - ws
        boxes.append((x0 + (x1 - x0) * a / n, top, x0 + (x1 - x0) * b / n, bottom))
        line = ln if line is None else line
    if not boxes:
        return block.location
    return replace(block.location, bbox=_union(boxes), line=line)


def page_blocks(words, tables, page: int, dpi: float, stats: PageStats) -> list:
    """Blocks for one page: paragraphs of the words outside tables, and a ``table_cell``
    block per cell of each table (``tables`` as ``ocr.tables.split_tables`` gives them),
    placed where the table starts. ``stats`` gathers the confidences."""
    scale = 72.0 / dpi
    everything = list(words) + [w for t in tables for cell in t for line in cell[3] for w in line]
    line_numbers: dict = {}
    for w in sorted(everything, key=lambda w: (w.box[1], w.box[0])):
        line_numbers.setdefault(w.line, len(line_numbers) + 1)
        stats.words += 1
        stats.conf_sum += max(0.0, w.conf)
        if w.conf < LOW_CONFIDENCE:
            stats.low += 1
    heights = [w.box[3] - w.box[1] for w in everything if w.conf >= LOW_CONFIDENCE and w.text.isalpha()]
    body = statistics.median(heights) if heights else 0.0
    paras: dict = {}
    for w in words:
        paras.setdefault(w.line[:2], []).append(w)
    blocks = [_paragraph(ws, page, scale, line_numbers, body) for ws in paras.values()]
    for n, table in enumerate(tables, 1):
        cells = [_cell(page, n, cell, scale, line_numbers) for cell in table]
        top = min(c.location.bbox[1] for c in cells)
        at = next((i for i, b in enumerate(blocks) if b.location.bbox[1] >= top), len(blocks))
        blocks[at:at] = cells
    return blocks


def _cell(page, number, cell, scale, line_numbers) -> Block:
    row, col, box, lines = cell
    words = [replace(w, line=("cell", k)) for k, line in enumerate(lines) for w in line]
    numbers = dict(line_numbers)
    for k, line in enumerate(lines):
        numbers[("cell", k)] = line_numbers[line[0].line]
    if words:
        block = _paragraph(words, page, scale, numbers, 0.0)
        text, meta = block.text, block.meta
    else:
        text, meta = "", {"ocr_words": [], "line_breaks": []}
    meta.update(table=("ocr", page, number), row=row, cell=col)
    loc = Location(page=page, table=number, row=row, cell=col, bbox=box, extra=OCR_EXTRA,
                   line=meta["ocr_words"][0][3] if meta["ocr_words"] else None)
    return Block(text=text, kind="table_cell", location=loc, locator=locate, meta=meta)


def _paragraph(words, page, scale, line_numbers, body) -> Block:
    parts: list = []
    spans: list = []
    breaks: list = []       # offsets of the spaces that join lines: line breaks, for forms
    off = 0
    prev = None
    for w in words:
        text = w.text if w.conf >= LOW_CONFIDENCE else UNREAD
        if prev is not None:
            joined = (prev.line != w.line and parts[-1].endswith("-") and len(parts[-1]) > 2
                      and parts[-1][-2].isalpha() and text[:1].islower())
            if joined:      # "hus-" + "band": drop the hyphen, no space
                parts[-1] = parts[-1][:-1]
                off -= 1
                s0, _, box0, ln0 = spans[-1]
                spans[-1] = (s0, off, box0, ln0)
            else:
                if prev.line != w.line:
                    breaks.append(off)
                parts.append(" ")
                off += 1
        box = tuple(v * scale for v in w.box)
        parts.append(text)
        spans.append((off, off + len(text), box, line_numbers[w.line]))
        off += len(text)
        prev = w
    text = "".join(parts)
    lines = {w.line for w in words}
    tall = body and len(lines) == 1 and len(text) < 80 and statistics.median(
        w.box[3] - w.box[1] for w in words) >= 1.25 * body
    loc = Location(page=page, line=spans[0][3], bbox=_union(s[2] for s in spans), extra=OCR_EXTRA)
    return Block(text=text, kind="heading" if tall else "paragraph", location=loc, locator=locate,
                 meta={"ocr_words": spans, "line_breaks": breaks})


def notice_text(pages, stats: PageStats, engine: str, phrase) -> str:
    """"pages 1–3 read by OCR (tesseract 5.3.0): mean word confidence 93%; …"."""
    mean = stats.conf_sum / stats.words if stats.words else 0.0
    text = f"{phrase(pages)} read by OCR ({engine}): mean word confidence {mean:.0f}%"
    if stats.low:
        text += (f"; {stats.low} word{'s' if stats.low != 1 else ''} read with low confidence "
                 "(under {:.0f}%) not checked".format(LOW_CONFIDENCE))
    if not stats.words:
        text += "; no words found"
    return text
