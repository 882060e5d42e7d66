"""Ruled tables on a PDF page: PDFium's drawn lines, and the table finder pdfplumber uses.

The drawn lines and rectangles come from PDFium's page objects (the page is already open,
and PDFium reads them many times faster than pdfminer). They go through the method of
pdfplumber's table finder (snap and join the edges, find their crossings, the cells the
crossings enclose, and the tables the cells form), re-done here on plain tuples: importing
pdfplumber takes 0.15-0.25 s, more than the whole reader spends on a long policy.

Only pages whose text suggests a grid are searched (see :func:`suggests_grid`): most pages
of a long policy are prose, and they cost nothing here. Small drawn squares are tick boxes,
not table rulings: they are returned apart.

Boxes are ``(x0, top, x1, bottom)`` from the top-left of the media box, like the text's.
"""
from __future__ import annotations

import ctypes

SNAP = JOIN = INTERSECT = 3      # pdfplumber's default tolerances, in points
MIN_EDGE = 3
THIN = 3.0                       # a path thinner than this is a ruling line
MAX_OBJECTS = 20000
MAX_SEGMENTS = 400
TICK_BOX = (4.0, 16.0)           # side of a drawn square that is a tick box


def suggests_grid(lines, text: str) -> bool:
    """Do a page's lines (and ``text``, the page's text) suggest cells: a tick-box glyph,
    lines side by side on two rows, or a line whose words are spread far wider than the
    page's usual line (a table row read as one line)? (Reading the drawn objects of every
    page would cost a third of the reader's time on a long policy.)"""
    from .words import has_box_glyph

    if len(lines) < 2:
        return False
    if has_box_glyph(text):
        return True
    seen, shared = set(), 0
    widths = []
    for ln in lines:
        if ln.number in seen:
            shared += 1
            if shared >= 2:         # (two lines beside others, as in two rows of a table)
                return True
        seen.add(ln.number)
        n = ln.b - ln.a
        if n >= 3:
            widths.append((ln.x1 - ln.x0) / n)
    if len(widths) < 2:
        return False
    widths.sort()
    return widths[-1] > 1.7 * widths[(len(widths) - 1) // 2]


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


def edge(x0, top, x1, bottom, orientation) -> dict:
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
            self.edges.append(edge((x0 + x1) / 2, top, (x0 + x1) / 2, bottom, "v"))
            return
        if h < THIN:
            self.edges.append(edge(x0, (top + bottom) / 2, x1, (top + bottom) / 2, "h"))
            return
        n = self.raw.FPDFPath_CountSegments(obj)
        if n <= 0 or n > MAX_SEGMENTS:
            return
        if n <= 5 and self._is_rect(obj, n):
            if TICK_BOX[0] <= w <= TICK_BOX[1] and TICK_BOX[0] <= h <= TICK_BOX[1] and abs(w - h) < 2.5:
                self.squares.append(box)
                return
            self.edges += [edge(x0, top, x1, top, "h"), edge(x0, bottom, x1, bottom, "h"),
                           edge(x0, top, x0, bottom, "v"), edge(x1, top, x1, bottom, "v")]
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
                    self.edges.append(edge(min(px, x), y, max(px, x), y, "h"))
                elif abs(px - x) < 0.5 and abs(py - y) >= MIN_EDGE:
                    self.edges.append(edge(x, min(py, y), x, max(py, y), "v"))
            prev = (x, y)


def page_rulings(page, raw, origin) -> tuple:
    """(edges, tick-box squares) drawn on the page."""
    handle = getattr(page, "raw", page)
    col = _Collector(raw, origin)
    col.walk(raw.FPDFPage_CountObjects(handle), lambda i: raw.FPDFPage_GetObject(handle, i),
             _Matrix())
    return col.edges, col.squares


def _snap(values, tol):
    """{value: the mean of its cluster} for values within ``tol`` of their neighbour."""
    out = {}
    group: list = []
    for v in sorted(set(values)):
        if group and v - group[-1] > tol:
            mean = sum(group) / len(group)
            out.update((g, mean) for g in group)
            group = []
        group.append(v)
    if group:
        mean = sum(group) / len(group)
        out.update((g, mean) for g in group)
    return out


def _join(segments, tol) -> dict:
    """{position: [(start, end)]}: collinear segments joined where they touch or overlap."""
    lines: dict = {}
    for pos, a, b in sorted(segments):
        runs = lines.setdefault(pos, [])
        if runs and a <= runs[-1][1] + tol:
            runs[-1] = (runs[-1][0], max(runs[-1][1], b))
        else:
            runs.append((a, b))
    return {pos: [r for r in runs if r[1] - r[0] >= MIN_EDGE] for pos, runs in lines.items()}


def _covers(runs, a, b, tol=INTERSECT) -> bool:
    return any(s - tol <= a and b <= e + tol for s, e in runs)


def find_tables(edges) -> list:
    """Tables as lists of rows, each row a list of cell boxes (None where a merged cell spans
    the column). The method is pdfplumber's table finder (Nurminen's, after Tabula): snap
    and join the rulings, take their crossings, close each crossing's smallest cell, and
    group cells that share corners into tables; written here over plain tuples, since
    importing pdfplumber costs more than reading a page."""
    hs = [e for e in edges if e["orientation"] == "h"]
    vs = [e for e in edges if e["orientation"] == "v"]
    if len(hs) < 2 or len(vs) < 2:
        return []
    ys = _snap([e["top"] for e in hs], SNAP)
    xs = _snap([e["x0"] for e in vs], SNAP)
    hlines = _join([(ys[e["top"]], e["x0"], e["x1"]) for e in hs], JOIN)
    vlines = _join([(xs[e["x0"]], e["top"], e["bottom"]) for e in vs], JOIN)
    points = set()
    for x, vruns in vlines.items():
        for y, hruns in hlines.items():
            if _covers(vruns, y, y) and _covers(hruns, x, x):
                points.add((x, y))
    if len(points) > 4000:      # a dense drawing, not a table a person fills in
        return []
    cells = []
    by_x: dict = {}
    by_y: dict = {}
    for x, y in sorted(points):
        by_x.setdefault(x, []).append(y)
        by_y.setdefault(y, []).append(x)
    for x, y in sorted(points):
        cell = _smallest_cell(x, y, by_x, by_y, points, hlines, vlines)
        if cell is not None:
            cells.append(cell)
    return [_rows(group) for group in _tables(cells)]


def _smallest_cell(x, y, by_x, by_y, points, hlines, vlines):
    for y2 in (v for v in by_x[x] if v > y):
        if not _covers(vlines[x], y, y2):
            continue
        for x2 in (v for v in by_y[y] if v > x):
            if not _covers(hlines[y], x, x2):
                continue
            if ((x2, y2) in points and _covers(vlines[x2], y, y2) and _covers(hlines[y2], x, x2)):
                return (x, y, x2, y2)
    return None


def _tables(cells) -> list:
    """Cells grouped into tables by shared corners, top to bottom; single cells dropped."""
    corners = [{(c[0], c[1]), (c[0], c[3]), (c[2], c[1]), (c[2], c[3])} for c in cells]
    owner: dict = {}
    groups: list = []
    for k, cs in enumerate(corners):
        hit = {owner[p] for p in cs if p in owner}
        if not hit:
            gid = len(groups)
            groups.append([k])
        else:
            gid = min(hit)
            for other in sorted(hit - {gid}):
                for j in groups[other]:
                    groups[gid].append(j)
                    owner.update((p, gid) for p in corners[j])
                groups[other] = []
            groups[gid].append(k)
        owner.update((p, gid) for p in cs)
    tables = [[cells[k] for k in g] for g in groups if len(g) > 1]
    return sorted(tables, key=lambda t: min((c[1], c[0]) for c in t))


def _rows(cells) -> list:
    xs = sorted({c[0] for c in cells})
    rows: dict = {}
    for c in cells:
        rows.setdefault(c[1], {})[c[0]] = c
    return [[row.get(x) for x in xs] for _, row in sorted(rows.items())]
