"""From located lines to blocks: running headers and footers, then paragraphs.

- A line near the top or bottom edge of a page whose text (digits ignored, so page
  numbers do not matter) repeats on several pages is part of a running header or
  footer. Each distinct header or footer becomes ONE block listing its pages, so a
  flagged phrase in a footer is one finding, not one per page.
- Other lines are joined into paragraph blocks in content order: a new block starts
  at a larger vertical gap than the document's usual line spacing, a change of text
  size or weight (a bold heading), a jump up the page or sideways (a new column, unless
  an unfinished sentence runs on into it), or a bullet. A word hyphenated
  at a line end is rejoined ("hus-" + "band" -> "husband"), keeping the hyphen of
  compounds ("next-of-" + "kin", "self-" + "employed").
"""
from __future__ import annotations

import bisect
import re
import statistics

from ...model import Block, Location
from .headings import Sections, heads_paragraph, levels
from .text import Segments, union
from .words import BOX_GLYPHS

EDGE = 0.18                  # top and bottom fraction of a page where running lines live
BULLET = re.compile(r"^(?:[\u2022\u25cf\u25aa\u25e6\u2023\u2219\u00b7\u2013\u2014\uf0b7\uf0a7*\u25a0\u25a1\u2610\u2611\u2612\u274f-]\s"
                    r"|\(?\d{1,3}[.)]\s|\(?[a-z][.)]\s|\([ivx]{1,4}\)\s)")
# Prefixes that form compounds ("self-employed", "non-binary") rather than syllables: a line
# break after "self-" keeps its hyphen; "pre-", "ex-" and the like are usually syllables
# ("pre-vious", "ex-amples") and are joined.
KEEP_HYPHEN = {"self", "non", "well", "cis", "co", "step", "same", "half", "great", "cross",
               "e", "t", "x"}
LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
             "\ufb05": "st", "\ufb06": "st"}
_ODD = re.compile("[\ufb00-\ufb06\x00-\x08\x0b-\x1f\u00ad\ufffe\ufeff]")
_ONE_FOR_ONE = str.maketrans({c: " " for c in [chr(i) for i in range(0, 32)] + ["\u00a0"]})
_DIGITS = re.compile(r"\d+")
_TRAIL_WORD = re.compile(r"([A-Za-z][A-Za-z-]*)-$")


def running_key(text: str) -> str:
    return " ".join(_DIGITS.sub("#", text.lower()).split())


def find_running(pages: dict, heights: dict) -> list:
    """Running header/footer groups: [(kind, [lines on page 1], [lines on page 2], ...)]."""
    if len(pages) < 2:
        return []
    zone_of: dict = {}
    seen: dict = {}
    for p, lines in pages.items():
        h = heights.get(p) or 792.0
        for ln in lines:
            if ln.bottom <= EDGE * h:
                z = "header"
            elif ln.top >= (1 - EDGE) * h:
                z = "footer"
            else:
                continue
            key = (z, running_key(ln.text))
            zone_of[id(ln)] = key
            seen.setdefault(key, set()).add(p)
    n = len(pages)
    repeated = {k for k, ps in seen.items() if len(ps) >= 2 and (len(ps) >= 3 or 2 * len(ps) >= n)}
    if not repeated:
        return []
    groups: dict = {}
    for p, lines in pages.items():
        run: list = []
        runs = []
        for ln in lines:
            key = zone_of.get(id(ln))
            if key in repeated and (not run or zone_of[id(run[-1])][0] == key[0]):
                run.append(ln)
                continue
            if run:
                runs.append(run)
                run = []
            if key in repeated:
                run.append(ln)
        if run:
            runs.append(run)
        for run in runs:
            gkey = (zone_of[id(run[0])][0],) + tuple(zone_of[id(ln)][1] for ln in run)
            occ = groups.setdefault(gkey, {})
            occ.setdefault(p, run)
    return [(gkey[0], list(occ.values())) for gkey, occ in groups.items()]


def _keep_hyphen(prev_text: str) -> bool:
    m = _TRAIL_WORD.search(prev_text)
    if not m:
        return True
    word = m.group(1)
    return "-" in word or word.lower() in KEEP_HYPHEN


def join_lines(lines) -> tuple:
    """Block text for ``lines`` and its Segments (block offsets -> page chars)."""
    parts: list = []
    seg = Segments()
    off = 0
    prev = None
    for ln in lines:
        text = ln.text
        start = ln.a
        if prev is not None:
            ptxt = prev.text
            if prev.hyph:
                sep = "-" if _keep_hyphen(ptxt + "-") else ""
            elif ptxt[-1:] in ("\u00ad", "\x02"):
                sep = ""        # a soft hyphen: already left out of the text
            elif ptxt[-1:] == "-" and len(ptxt) > 1 and ptxt[-2].isalpha() and text[:1].islower():
                if not _keep_hyphen(ptxt):
                    # drop the hyphen already written at the end of the previous line
                    parts[-1] = parts[-1][:-1]
                    off -= 1
                    _trim(seg, off)
                sep = ""
            else:
                sep = " "
            if sep:
                parts.append(sep)
                seg.add(off, ln.page, -1, len(sep))
                off += len(sep)
        if ln.idx is not None:      # a line rebuilt in visual order: map char by char
            for i, ch in enumerate(text):
                parts.append(ch)
                seg.add(off + i, ln.page, ln.idx[i], 1)
            off += len(text)
        elif _ODD.search(text):
            for i, ch in enumerate(text):
                rep = LIGATURES.get(ch)
                if rep is None:
                    if ch in ("\u00ad", "\ufffe", "\ufeff") or (ch == "\x02" and i == len(text) - 1):
                        continue
                    rep = " " if ord(ch) < 32 else ch
                parts.append(rep)
                seg.add(off, ln.page, start + i, 1)
                if len(rep) > 1:
                    seg.add(off + 1, ln.page, -1, len(rep) - 1)
                off += len(rep)
        else:
            if "\t" in text or "\u00a0" in text:
                text = text.translate(_ONE_FOR_ONE)
            parts.append(text)
            seg.add(off, ln.page, start, len(text))
            off += len(text)
        prev = ln
    return "".join(parts), seg


def _trim(seg: Segments, new_end: int) -> None:
    """Drop the last character from the segment map (it ends at ``new_end``)."""
    if not seg.runs:
        return
    p, c, ln = seg.runs[-1]
    if ln <= 1:
        seg.runs.pop()
        seg.starts.pop()
    else:
        seg.runs[-1] = (p, c, ln - 1)


class _Stats:
    def __init__(self, pages: dict):
        heights, gaps = [], []
        rights = sorted(ln.x1 for lines in pages.values() for ln in lines)
        lefts = sorted(ln.x0 for lines in pages.values() for ln in lines)
        self.right = rights[int(0.9 * (len(rights) - 1))] if rights else 0.0
        self.left = lefts[int(0.1 * (len(lefts) - 1))] if lefts else 0.0
        full_at = self.right - 0.15 * (self.right - self.left)
        wrapped = []        # gaps under lines that run to the right margin: inside a paragraph
        for lines in pages.values():
            prev = None
            for ln in lines:
                heights.append(ln.h)
                if prev is not None and abs(prev.h - ln.h) < 0.1 * ln.h:
                    g = (ln.top - prev.bottom) / ln.h
                    if -0.3 < g < 3:
                        gaps.append(g)
                        if prev.x1 >= full_at:
                            wrapped.append(g)
                prev = ln
        self.body_h = statistics.median(heights) if heights else 12.0
        weights = [ln.weight for lines in pages.values() for ln in lines if ln.weight]
        self.body_weight = statistics.median(weights) if weights else None
        # Forms set every question apart with the same space: their usual gap is between
        # paragraphs, so the gap under lines that run to the margin is the line spacing.
        self.gap = statistics.median(wrapped or gaps) if gaps else 0.2

    def continues(self, prev, cur) -> bool:
        h = max(prev.h, cur.h)
        if abs(prev.h - cur.h) > 0.15 * h:
            return False
        if prev.text[:1] in BOX_GLYPHS and prev.x1 < self.right - 0.3 * (self.right - self.left):
            return False        # a short tick-box option line ("☐ Ms") ends its option
        gap = cur.top - prev.bottom
        if gap < -0.4 * h or gap > h * max(0.6, self.gap + 0.4):
            return False
        if cur.x0 > prev.x1 + 2 or cur.x1 < prev.x0 - 2:
            return False
        if prev.weight and cur.weight and abs(prev.weight - cur.weight) >= 200:
            return False        # a bold heading the size of the body text, and the text under it
        return not BULLET.match(cur.text)


def _kind(lines, stats) -> str:
    first = lines[0]
    if BULLET.match(first.text):
        return "list_item"
    if len(lines) <= 3 and first.h >= 1.2 * stats.body_h and sum(len(ln.text) for ln in lines) < 200:
        return "heading"
    if (len(lines) == 1 and (first.weight or 0) >= 600 and len(first.text) < 80
            and first.text[-1:] not in ".,;" and (stats.body_weight or 400) < 600):
        return "heading"        # a bold line on its own, in body-sized type
    return "paragraph"


def _runs_on(prev, cur) -> bool:
    """``cur`` carries on ``prev``'s unfinished sentence (same size, starts lower case)."""
    return (abs(prev.h - cur.h) < 0.2 * cur.h and cur.text[:1].islower()
            and prev.text[-1:] not in ".!?:;" and not BULLET.match(cur.text))


def build_blocks(pages: dict, heights: dict, source) -> list:
    """Blocks in reading order for items grouped by page (reading order within a page): lines,
    and tables (objects with ``is_table`` whose ``blocks(stats, source)`` gives their cells)."""
    only_lines = {p: [ln for ln in items if not getattr(ln, "is_table", False)]
                  for p, items in pages.items()}
    running = find_running(only_lines, heights)
    taken = set()
    for _, occurrences in running:
        for occ in occurrences:
            taken.update(id(ln) for ln in occ)
    body = {p: [ln for ln in lines if id(ln) not in taken] for p, lines in pages.items()}
    stats = _Stats({p: [ln for ln in lines if not getattr(ln, "is_table", False)]
                    for p, lines in body.items()})
    entries: list = []          # (lines, kind) or (table, None), in reading order
    para: list = []

    def flush(kind=None):
        if para:
            entries.append((list(para), kind or _kind(para, stats)))
            para.clear()

    for p in sorted(pages):
        lines = body[p]
        for i, ln in enumerate(lines):
            if getattr(ln, "is_table", False):
                flush()
                entries.append((ln, None))
                continue
            if para:
                prev = para[-1]
                if len(para) == 1 and prev.page == ln.page and heads_paragraph(prev, ln):
                    flush("heading")        # "4.1 Entitlement" in body type, over its text
                    para.append(ln)
                    continue
                if prev.page == ln.page:
                    ok = stats.continues(prev, ln) or (
                        # a sentence running on from the foot of one column to the next
                        ln.top < prev.top - prev.h and ln.x0 > prev.x1 - 5 and _runs_on(prev, ln))
                else:   # a sentence running on over a page break
                    ok = i == 0 and _runs_on(prev, ln)
                if not ok:
                    flush()
            para.append(ln)
        if para and para[-1].text[-1:] in ".!?:;":
            flush()
    flush()
    blocks = _with_sections(entries, stats, source)
    return _place_running(blocks, [_running_block(kind, occ, source) for kind, occ in running])


def _place_running(blocks, running) -> list:
    """Headers before the first body block of their first page, footers after its last."""
    pages = [b.location.page or 0 for b in blocks]      # body blocks come in page order
    before: dict = {}
    for rb in sorted(running, key=lambda b: (b.location.page, b.kind != "header")):
        page = rb.location.page
        i = bisect.bisect_left(pages, page) if rb.kind == "header" else bisect.bisect_right(pages, page)
        before.setdefault(i, []).append(rb)
    if not before:
        return list(blocks)
    out: list = []
    for k, b in enumerate(blocks):
        out.extend(before.get(k, ()))
        out.append(b)
    out.extend(before.get(len(blocks), ()))
    return out


def _with_sections(entries, stats, source) -> list:
    """Blocks for the entries, each with the path of the headings above it."""
    heads = [(lines[0].text, lines[0].h) for lines, kind in entries if kind == "heading"]
    level = iter(levels(heads))
    sections = Sections()
    blocks: list = []
    for lines, kind in entries:
        if kind is None:            # a table
            blocks.extend(lines.blocks(stats, source, sections.path))
            continue
        text, seg = join_lines(lines)
        if kind == "heading":
            sections.push(next(level), text)
        first_page = lines[0].page
        loc = Location(page=first_page, line=lines[0].number, heading=sections.path,
                       bbox=union(ln.box for ln in lines if ln.page == first_page))
        blocks.append(Block(text=text, kind=kind, location=loc, locator=source.locate,
                            meta={"pdf_segments": seg}))
    return blocks


def _running_block(kind, occurrences, source) -> Block:
    first = occurrences[0]
    text, seg = join_lines(first)
    pages = tuple(sorted(occ[0].page for occ in occurrences))
    loc = Location(page=pages[0], pages=pages, part=kind, line=first[0].number,
                   bbox=union(ln.box for ln in first))
    others = []
    for occ in occurrences[1:]:
        t2, s2 = join_lines(occ)
        if len(t2) == len(text):
            others.append(s2)
    return Block(text=text, kind=kind, location=loc, locator=source.locate,
                 meta={"pdf_segments": seg, "pdf_occurrences": others})
