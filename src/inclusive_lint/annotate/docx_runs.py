"""Split Word runs so a comment range covers exactly the flagged characters.

The reader records, for each block, which ``w:t`` element (by its index among the part's
``w:t`` elements in document order) holds which characters. Splitting a run moves the text
after the cut, and every run child after it, into a new run with a copy of the run's
properties, so formatting is kept. Because one ``w:t`` may be cut several times (several
findings in one run), :class:`Pieces` remembers where each original element's characters
now live.
"""
from __future__ import annotations

import copy

XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


class Pieces:
    """Original w:t index -> [(element, offset of its first character in the original text)]."""

    def __init__(self, ts: list, qn):
        self.ts = ts
        self.qn = qn
        self.map: dict = {}

    def find(self, t_index: int, offset: int, at_end: bool = False):
        """(element, local offset) holding character ``offset`` of original element ``t_index``;
        with ``at_end`` the position just after character ``offset - 1``."""
        pieces = self.map.get(t_index)
        if pieces is None:
            if t_index >= len(self.ts):
                return None
            pieces = self.map[t_index] = [(self.ts[t_index], 0)]
        probe = offset - 1 if at_end and offset > 0 else offset
        chosen = pieces[0]
        for el, base in pieces:
            if base <= probe:
                chosen = (el, base)
        el, base = chosen
        return el, offset - base

    def record(self, t_index: int, new_el, base: int) -> None:
        pieces = self.map[t_index]
        pieces.append((new_el, base))
        pieces.sort(key=lambda p: p[1])


def _content_children(r, rpr_tag):
    return [c for c in r if c.tag != rpr_tag]


def split_run(t, k: int, qn, on_new_text=None):
    """Cut the run holding w:t ``t`` before character ``k`` of ``t``.

    Returns (left run or None, right run or None): the run ending just before the cut and
    the run starting at it. ``on_new_text(new_t, k)`` is told when text moves to a new w:t.
    """
    from docx.oxml import OxmlElement

    r = t.getparent()
    if r is None or r.tag != qn("w:r"):
        return None, None
    rpr_tag = qn("w:rPr")
    text = t.text or ""
    content = _content_children(r, rpr_tag)
    pos = content.index(t)
    if k <= 0 and pos == 0:
        prev = r.getprevious()
        return (prev if prev is not None and prev.tag == qn("w:r") else None), r
    if k >= len(text) and pos == len(content) - 1:
        nxt = r.getnext()
        return r, (nxt if nxt is not None and nxt.tag == qn("w:r") else None)
    new_r = OxmlElement("w:r")
    for key, value in r.attrib.items():
        new_r.set(key, value)
    rpr = r.find(rpr_tag)
    if rpr is not None:
        new_r.append(copy.deepcopy(rpr))
    if 0 < k < len(text):
        new_t = OxmlElement("w:t")
        new_t.text = text[k:]
        new_t.set(XML_SPACE, "preserve")
        t.text = text[:k]
        t.set(XML_SPACE, "preserve")
        new_r.append(new_t)
        moving = content[pos + 1:]
        if on_new_text is not None:
            on_new_text(new_t, k)
    elif k <= 0:
        moving = content[pos:]
    else:
        moving = content[pos + 1:]
    for child in moving:
        new_r.append(child)     # lxml moves the element
    r.addnext(new_r)
    return r, new_r


def isolate(pieces: Pieces, first: tuple, last: tuple, qn):
    """Split runs so that characters from ``first`` = (t_index, offset) up to ``last`` =
    (t_index, end offset, exclusive) are whole runs; returns (start run, end run) or None."""
    ti, si = first
    tj, ej = last
    # the end first, so the start cut does not move the end's element
    found = pieces.find(tj, ej, at_end=True)
    if found is None:
        return None
    el, local = found
    base_j = ej - local
    left, _ = split_run(el, local, qn, lambda new_t, k: pieces.record(tj, new_t, base_j + k))
    end_run = left
    found = pieces.find(ti, si)
    if found is None:
        return None
    el, local = found
    base_i = si - local
    end_parent_before = end_run
    _, right = split_run(el, local, qn, lambda new_t, k: pieces.record(ti, new_t, base_i + k))
    start_run = right
    if start_run is None or end_run is None:
        return None
    # if the start cut moved the end element into the new run, the end run is that run
    end_el, _ = pieces.find(tj, ej, at_end=True)
    end_run = end_el.getparent()
    if end_run is None or end_parent_before is None:
        return None
    return start_run, end_run
