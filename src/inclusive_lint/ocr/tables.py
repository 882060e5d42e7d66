"""Ruled tables on a scanned page: rulings found in the pixels, cells as in the PDF reader.

A ruling is a run of dark pixels at least half an inch long (across) or a sixth of an inch
(down: a one-row table is short); text strokes are shorter at any body size. The runs go
through the same table finder as a PDF's drawn lines (``readers/pdf/grid.py``), and each
OCR word goes to the cell its centre is in, so a scanned registration form gives the
table rows, and so the questions, that its PDF gives.
"""
from __future__ import annotations

MAX_RUNS = 20000        # a photograph or a black area, not rulings


def _runs(dark, min_len: int) -> list:
    """(row, start, end) runs of True at least ``min_len`` long in each row of ``dark``."""
    import numpy as np

    edges = np.diff(np.pad(dark.astype(np.int8), ((0, 0), (1, 1))), axis=1)
    starts = np.argwhere(edges == 1)
    ends = np.argwhere(edges == -1)
    keep = (ends[:, 1] - starts[:, 1]) >= min_len
    if keep.sum() > MAX_RUNS:
        return []
    return [(int(r), int(a), int(b)) for (r, a), (_, b) in zip(starts[keep], ends[keep])]


def rulings(image, dpi: float) -> list:
    """Edges (in points, top-left origin) of the long straight dark runs on a greyscale image."""
    import numpy as np

    from ..readers.pdf.grid import edge

    dark = np.asarray(image) < 128
    scale = 72.0 / dpi
    out = []
    for row, a, b in _runs(dark, int(dpi / 2)):
        out.append(edge(a * scale, row * scale, b * scale, row * scale, "h"))
    for col, a, b in _runs(dark.T, int(dpi / 6)):
        out.append(edge(col * scale, a * scale, col * scale, b * scale, "v"))
    return out


class _Placed:
    """An OCR word with its box in points, for grouping into rows."""

    __slots__ = ("word", "box")

    def __init__(self, word, box):
        self.word, self.box = word, box

    @property
    def centre(self) -> tuple:
        return (self.box[0] + self.box[2]) / 2, (self.box[1] + self.box[3]) / 2


def split_tables(words, image, dpi: float) -> tuple:
    """(words outside tables, [[(row, column, cell box, [rows of words])]] per table)."""
    from ..readers.pdf.grid import find_tables
    from ..readers.pdf.words import rows

    tables = find_tables(rulings(image, dpi))
    if not tables:
        return words, []
    scale = 72.0 / dpi
    cells = [[(r, c, box, []) for r, row in enumerate(t, 1) for c, box in enumerate(row, 1) if box]
             for t in tables]
    outside = []
    for w in words:
        p = _Placed(w, tuple(v * scale for v in w.box))
        x, y = p.centre
        hit = next((cell for table in cells for cell in table
                    if cell[2][0] <= x <= cell[2][2] and cell[2][1] <= y <= cell[2][3]), None)
        if hit is None:
            outside.append(w)
        else:
            hit[3].append(p)
    out = []
    for table in cells:
        if any(cell[3] for cell in table):
            out.append([(r, c, box, [[p.word for p in line] for line in rows(ws)])
                        for r, c, box, ws in table])
    return outside, out


def tick_boxes(image, dpi: float) -> list:
    """Boxes (in pixels) of the printed, empty tick boxes on a greyscale page: hollow squares
    a twenty-fifth to a sixth of an inch across, found from their straight top and bottom
    edges and checked for their sides. Tesseract drops them or reads them as a letter."""
    import numpy as np

    dark = np.asarray(image) < 128
    lo, hi = max(4, int(dpi / 25)), int(dpi / 6)
    edges = np.diff(np.pad(dark.astype(np.int8), ((0, 0), (1, 1))), axis=1)
    starts, ends = np.argwhere(edges == 1), np.argwhere(edges == -1)
    length = ends[:, 1] - starts[:, 1]
    keep = (length >= lo) & (length <= hi)
    if keep.sum() > MAX_RUNS * 5:
        return []
    by_span: dict = {}
    for (r, a), (_, b) in zip(starts[keep].tolist(), ends[keep].tolist()):
        by_span.setdefault((a, b), []).append(r)
    found = []
    for (a, b), tops in by_span.items():
        side = b - a
        for r in tops:
            if any(abs(r - fr) <= side and abs(a - fa) <= 2 for fa, fr, _, _ in found):
                continue
            bottom = next((r2 for da in (0, -1, 1, -2, 2) for db in (0, -1, 1, -2, 2)
                           for r2 in by_span.get((a + da, b + db), ())
                           if 0.75 * side <= r2 - r <= 1.3 * side), None)
            if bottom is None or not 0.8 * side <= bottom + 1 - r <= 1.25 * side:
                continue        # not square
            band = dark[r:bottom + 1]
            t = max(2, side // 8)
            if not (band[:, a:a + t].any(axis=1).all() and band[:, b - t:b].any(axis=1).all()):
                continue
            inside = dark[r + t:bottom - t + 1, a + t:b - t]
            if inside.size and inside.mean() < 0.1:       # hollow: an empty box
                found.append((a, r, b, bottom + 1))
    return found


LOOKALIKES = "O0oDQ[(|C"


def _overlap(word, box) -> float:
    """How much of ``word``'s box lies inside ``box`` (0 to 1)."""
    w = max(0, min(word[2], box[2]) - max(word[0], box[0]))
    h = max(0, min(word[3], box[3]) - max(word[1], box[1]))
    area = max(1, (word[2] - word[0]) * (word[3] - word[1]))
    return w * h / area     # what Tesseract makes of a box glued to the word after it


def with_boxes(words: list, boxes: list) -> list:
    """``words`` with a "☐" word for each tick box, before the word to its right on the same
    row (or after the word to its left: "Male ☐"). What Tesseract read from the box goes: a
    word lying mostly inside it ("O", "[]"), or a letter at the start of the next ("OMr")."""
    from .tesseract import OcrWord

    out = list(words)
    for box in sorted(boxes):
        x0, top, x1, bottom = box
        side = x1 - x0
        out = [w for w in out if _overlap(w.box, box) < 0.5]     # the box read as "O", "[]", "11"
        cy = (top + bottom) / 2
        row = [w for w in out if w.box[1] <= cy <= w.box[3] and w.text != "\u2610"]
        right = [w for w in row if w.box[2] > x1 and w.box[0] >= x0 - side / 2 and w.box[0] - x1 < 4 * side]
        left = [w for w in row if w.box[2] <= x0 + side / 2 and x0 - w.box[2] < 4 * side]
        if right:
            after = min(right, key=lambda w: w.box[0])
            if after.box[0] < x1 - side / 3 and len(after.text) > 1 and after.text[0] in LOOKALIKES:
                after.text = after.text[1:]
                after.box = (x1, after.box[1], after.box[2], after.box[3])
            out.insert(out.index(after), OcrWord("\u2610", 100.0, box, after.line))
        elif left:
            before = max(left, key=lambda w: w.box[2])
            out.insert(out.index(before) + 1, OcrWord("\u2610", 100.0, box, before.line))
    return out
