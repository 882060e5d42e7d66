"""Ruled tables on a PDF page: PDFium's drawn lines, pdfplumber's table finder.

The drawn lines and rectangles come from PDFium's page objects (the page is already open,
and PDFium reads them many times faster than pdfminer). They become edges in pdfplumber's
own format and go through pdfplumber's table finder (snap and join the edges, find their
crossings, the cells the crossings enclose, and the tables the cells form), so pdfplumber
stays a runtime dependency of the PDF reader.

Only pages whose text suggests a grid are searched (see :func:`suggests_grid`): most pages
of a long policy are prose, and they cost nothing here. Small drawn squares are tick boxes,
not table rulings: they are returned apart.

Boxes are ``(x0, top, x1, bottom)`` from the top-left of the media box, like the text's.
"""
from __future__ import annotations

import ctypes
import statistics

SNAP = JOIN = INTERSECT = 3      # pdfplumber's default tolerances, in points
MIN_EDGE = 3
THIN = 3.0                       # a path thinner than this is a ruling line
MAX_OBJECTS = 20000
MAX_SEGMENTS = 400
TICK_BOX = (4.0, 16.0)           # side of a drawn square that is a tick box


def suggests_grid(lines) -> bool:
    """Do a page's lines suggest cells: lines side by side on two rows, or a line whose words are spread
    wide (a table row read as one line), or a tick-box glyph?"""
    from .words import has_box_glyph

    if len(lines) < 2:
        return False
    numbers, shared = set(), set()
    widths = []
    for ln in lines:
        if ln.number in numbers:
            shared.add(ln.number)
            if len(shared) >= 2:        # two rows of lines side by side
                return True
        numbers.add(ln.number)
        if len(ln.text) >= 3:
            widths.append((ln.x1 - ln.x0) / len(ln.text))
        if has_box_glyph(ln.text):
            return True
    if len(widths) < 2:
        return False
    typical = statistics.median(widths)
    return any(w > 2.2 * typical for w in widths)


class _Matrix:
    __slots__ = ("a", "b", "c", "d", "e", "f")

    def __init__(self, a=1.0, b=0.0, c=0.0, d=1.0, e=0.0, f=0.0):
        self.a, self.b, self.c, self.d, self.e, self.f = a, b, c, d, e, f

    def then(self, o: "_Matrix") -> "_Matrix":
        """This transform followed by ``o``."""
        return _Matrix(self.a * o.a + self.b * o.c, self.a * o.b + self.b * o.d,
                       self.c * o.a + self.d * o.c, self.c * o.b + self.d * o.d,
                       self.e * o.a + self.f * o.c + o.e, self.e * o.b + self.f * o.d + o.f)

    def apply(self, x, y) -> tuple:
        return (self.a * x + self.c * y + self.e, self.b * x + self.d * y + self.f)

    @property
    def identity(self) -> bool:
        return (self.a, self.b, self.c, self.d, self.e, self.f) == (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def _edge(x0, top, x1, bottom, orientation) -> dict:
    return {"x0": x0, "x1": x1, "top": top, "bottom": bottom, "doctop": top,
            "width": x1 - x0, "height": bottom - top, "orientation": orientation,
            "object_type": "line"}


class _Collector:
    def __init__(self, raw, origin):
        self.raw = raw
        self.ox, self.oy = origin
        self.edges: list = []
        self.squares: list = []
        self.count = 0
        self.rect = [ctypes.c_float() for _ in range(4)]
        self.refs = [ctypes.byref(v) for v in self.rect]
        self.fm = raw.FS_MATRIX()
        self.pt = (ctypes.c_float(), ctypes.c_float())

    def _bounds(self, obj, m: _Matrix):
        if not self.raw.FPDFPageObj_GetBounds(obj, *self.refs):
            return None
        left, bottom, right, top = (v.value for v in self.rect)
        if not m.identity:
            xs, ys = zip(*(m.apply(x, y) for x in (left, right) for y in (bottom, top)))
            left, right, bottom, top = min(xs), max(xs), min(ys), max(ys)
        return (left - self.ox, self.oy - top, right - self.ox, self.oy - bottom)

    def _matrix(self, obj) -> _Matrix:
        if not self.raw.FPDFPageObj_GetMatrix(obj, ctypes.byref(self.fm)):
            return _Matrix()
        f = self.fm
        return _Matrix(f.a, f.b, f.c, f.d, f.e, f.f)

    def walk(self, count, get, m: _Matrix, depth: int = 0) -> None:
        raw = self.raw
        for k in range(count):
            self.count += 1
            if self.count > MAX_OBJECTS:
                return
            obj = get(k)
            kind = raw.FPDFPageObj_GetType(obj)
            if kind == raw.FPDF_PAGEOBJ_PATH:
                self.path(obj, m)
            elif kind == raw.FPDF_PAGEOBJ_FORM and depth < 4:
                inner = self._matrix(obj).then(m)
                self.walk(raw.FPDFFormObj_CountObjects(obj),
                          lambda i, o=obj: raw.FPDFFormObj_GetObject(o, i), inner, depth + 1)

    def path(self, obj, m: _Matrix) -> None:
        box = self._bounds(obj, m)
        if box is None:
            return
        x0, top, x1, bottom = box
        w, h = x1 - x0, bottom - top
        if w < THIN and h < THIN:
            return
        if w < THIN:
            self.edges.append(_edge((x0 + x1) / 2, top, (x0 + x1) / 2, bottom, "v"))
            return
        if h < THIN:
            self.edges.append(_edge(x0, (top + bottom) / 2, x1, (top + bottom) / 2, "h"))
            return
        n = self.raw.FPDFPath_CountSegments(obj)
        if n <= 0 or n > MAX_SEGMENTS:
            return
        if n <= 5 and self._is_rect(obj, n):
            if TICK_BOX[0] <= w <= TICK_BOX[1] and TICK_BOX[0] <= h <= TICK_BOX[1] and abs(w - h) < 2.5:
                self.squares.append(box)
                return
            self.edges += [_edge(x0, top, x1, top, "h"), _edge(x0, bottom, x1, bottom, "h"),
                           _edge(x0, top, x0, bottom, "v"), _edge(x1, top, x1, bottom, "v")]
            return
        self._segments(obj, n, self._matrix(obj).then(m))

    def _points(self, obj, n):
        raw = self.raw
        px, py = self.pt
        for i in range(n):
            seg = raw.FPDFPath_GetPathSegment(obj, i)
            if not seg or not raw.FPDFPathSegment_GetPoint(seg, ctypes.byref(px), ctypes.byref(py)):
                yield None
                continue
            yield raw.FPDFPathSegment_GetType(seg), px.value, py.value

    def _is_rect(self, obj, n) -> bool:
        pts = list(self._points(obj, n))
        if any(p is None or p[0] == self.raw.FPDF_SEGMENT_BEZIERTO for p in pts):
            return False
        xs = {round(p[1], 1) for p in pts}
        ys = {round(p[2], 1) for p in pts}
        return len(xs) == 2 and len(ys) == 2

    def _segments(self, obj, n, m: _Matrix) -> None:
        prev = None
        raw = self.raw
        for p in self._points(obj, n):
            if p is None:
                prev = None
                continue
            kind, x, y = p
            x, y = m.apply(x, y)
            x, y = x - self.ox, self.oy - y
            if kind == raw.FPDF_SEGMENT_LINETO and prev is not None:
                px, py = prev
                if abs(py - y) < 0.5 and abs(px - x) >= MIN_EDGE:
                    self.edges.append(_edge(min(px, x), y, max(px, x), y, "h"))
                elif abs(px - x) < 0.5 and abs(py - y) >= MIN_EDGE:
                    self.edges.append(_edge(x, min(py, y), x, max(py, y), "v"))
            prev = (x, y)


def page_rulings(page, raw, origin) -> tuple:
    """(edges, tick-box squares) drawn on the page."""
    handle = getattr(page, "raw", page)
    col = _Collector(raw, origin)
    col.walk(raw.FPDFPage_CountObjects(handle), lambda i: raw.FPDFPage_GetObject(handle, i),
             _Matrix())
    return col.edges, col.squares


def find_tables(edges) -> list:
    """Tables as lists of rows, each row a list of cell boxes (None where a merged cell
    spans the column), found by pdfplumber's table finder from the edges."""
    if len(edges) < 4:
        return []
    from pdfplumber import table as pt
    from pdfplumber.utils import filter_edges

    edges = filter_edges(edges, min_length=1)
    edges = pt.merge_edges(edges, SNAP, SNAP, JOIN, JOIN)
    edges = filter_edges(edges, min_length=MIN_EDGE)
    if sum(e["orientation"] == "v" for e in edges) < 2 or sum(e["orientation"] == "h" for e in edges) < 2:
        return []
    points = pt.edges_to_intersections(edges, INTERSECT, INTERSECT)
    if len(points) > 4000:      # a dense drawing, not a table a person fills in
        return []
    cells = pt.intersections_to_cells(points)
    out = []
    for group in pt.cells_to_tables(cells):
        table = pt.Table(None, group)
        out.append([list(row.cells) for row in table.rows])
    return out
