"""Page text and geometry from pypdfium2.

PDFium gives each page's characters in content order with generated line breaks
(``\\r\\n``) and marks a word hyphenated at a line end with U+FFFE (it has already
joined the two lines). We split the page into :class:`Line` records with a box built
from the loose boxes of the line's first and last characters: two PDFium calls a
line, not one a character. Exact boxes for a flagged span are computed later, and
only for spans that become findings (:class:`PdfSource`).

Boxes are ``(x0, top, x1, bottom)`` in points from the top-left corner of the page's
media box (unrotated), like pdfplumber's.
"""
from __future__ import annotations

import bisect
import ctypes
import re

BREAK = re.compile("\r\n|\r|\n|\ufffe")
HYPHEN_MARK = "\ufffe"
SOFT_HYPHENS = ("\u00ad", "\x02")


class Line:
    """One visual line of text on a page: chars ``a``..``b`` (exclusive) of the page."""

    __slots__ = ("page", "a", "b", "text", "x0", "top", "x1", "bottom", "h", "hyph", "number",
                 "weight", "idx")

    def __init__(self, page, a, b, text, box, hyph, weight=None, idx=None):
        self.page = page
        self.a, self.b, self.text = a, b, text
        self.x0, self.top, self.x1, self.bottom = box
        self.h = max(0.1, self.bottom - self.top)
        self.hyph = hyph            # PDFium joined a word hyphenated at this line's end
        self.number = 0             # line on the page, counted from the top
        self.weight = weight        # font weight when the line starts and ends in one weight
        self.idx = idx              # page char index of each char of ``text`` when the line was
                                    # rebuilt in visual order (words moved), else None: a..b

    @property
    def box(self) -> tuple:
        return (self.x0, self.top, self.x1, self.bottom)

    def __repr__(self):
        return f"Line(p{self.page} #{self.number} {self.text[:30]!r} {self.box})"


def page_text(textpage, raw) -> str:
    """The page's characters, exactly one Python character per PDFium char index."""
    n = raw.FPDFText_CountChars(textpage)
    if n <= 0:
        return ""
    try:
        text = textpage.get_text_range()
    except Exception:
        text = ""
    if len(text) == n:
        return text
    out = []   # rare: PDFium left out or added characters; read them one by one
    for i in range(n):
        u = raw.FPDFText_GetUnicode(textpage, i)
        out.append(chr(u) if 0 < u < 0x110000 and not 0xD800 <= u < 0xE000 else " ")
    return "".join(out)


class PageGeometry:
    """Turns PDFium char boxes into top-left-origin boxes for one page."""

    def __init__(self, textpage, raw, origin):
        self.textpage = textpage                        # keeps the text page open
        self.tp = getattr(textpage, "raw", textpage)    # the raw handle: no wrapper lookup a call
        self.raw = raw
        self.ox, self.oy = origin        # media box x0 and y1 (top)
        self.rect = raw.FS_RECTF()
        self.ref = ctypes.byref(self.rect)
        self.name = ctypes.create_string_buffer(64)
        self.flags = ctypes.byref(ctypes.c_int())
        self.names: dict = {}            # font name -> weight it says

    def _weight(self, i: int) -> int:
        w = self.raw.FPDFText_GetFontWeight(self.tp, i)
        return w if w > 0 else self._named(i, 0)

    def _named(self, i: int, w: int) -> int:
        """The weight the font's name says ("…-Bold": 700), for fonts without /FontWeight
        (the base-14 fonts, many subsets) and for regular weights that the name contradicts
        (LibreOffice writes 400 for "DejaVuSans-Bold")."""
        n = self.raw.FPDFText_GetFontInfo(self.tp, i, self.name, 64, self.flags)
        if n <= 0:
            return w
        name = self.name.value
        got = self.names.get(name)
        if got is None:
            low = name.lower()
            got = self.names[name] = 700 if (b"bold" in low or b"black" in low or b"heavy" in low) else 400
        return max(got, w)

    def weight(self, a: int, b: int, named: bool = False):
        """The font weight of chars a and b when they agree (400 regular, 700 bold), else None.
        ``named``: trust the font's name over a regular weight (short lines: the ones that may
        be headings); the name is read for char b only when char a's says bold."""
        wa = self._weight(a)
        if named and wa < 600:
            wa = self._named(a, wa)
            if wa >= 600:
                return wa if a == b or self._named(b, self._weight(b)) == wa else None
        return wa if wa > 0 and (a == b or self._weight(b) == wa) else None

    def box(self, i):
        """Loose box of char ``i``, or None for a char with no area (generated spaces)."""
        if not self.raw.FPDFText_GetLooseCharBox(self.tp, i, self.ref):
            return None
        r = self.rect
        if r.right - r.left <= 0.01 and abs(r.top - r.bottom) <= 0.01:
            return None
        left, right = (r.left, r.right) if r.left <= r.right else (r.right, r.left)
        top, bottom = (r.top, r.bottom) if r.top >= r.bottom else (r.bottom, r.top)
        return (left - self.ox, self.oy - top, right - self.ox, self.oy - bottom)


def union(boxes):
    boxes = [b for b in boxes if b]
    if not boxes:
        return None
    return (min(b[0] for b in boxes), min(b[1] for b in boxes),
            max(b[2] for b in boxes), max(b[3] for b in boxes))


def page_lines(text: str, geom: PageGeometry, page_no: int) -> list:
    """Split a page's text into located lines (whitespace-only lines dropped)."""
    lines = []
    pos = 0
    n = len(text)
    box = geom.box
    matches = list(BREAK.finditer(text))
    matches.append(None)
    for m in matches:
        if m is None:
            a, b, hyph = pos, n, False
        else:
            a, b = pos, m.start()
            hyph = m.group() == HYPHEN_MARK
            pos = m.end()
        while a < b and (text[a] <= " " or text[a].isspace()):     # spaces and control chars
            a += 1
        while b > a and (text[b - 1] <= " " or text[b - 1].isspace()):
            b -= 1
        if a >= b:
            continue
        b0 = box(a)
        b1 = box(b - 1) if b - 1 > a else b0
        if b0 is not None and b1 is not None:
            lb = (min(b0[0], b1[0]), min(b0[1], b1[1]), max(b0[2], b1[2]), max(b0[3], b1[3]))
        else:
            # Odd chars at the ends (zero-width marks): look inward for real boxes.
            lb = union(box(i) for i in range(a, min(b, a + 50))) or (0.0, 0.0, 0.0, 0.0)
        # the font's name is read only for lines that may be headings: short, not ending a
        # clause, starting with a capital or a number
        named = b - a < 80 and text[b - 1] not in ".,;:" and (text[a].isupper() or text[a].isdigit())
        lines.append(Line(page_no, a, b, text[a:b], lb, hyph, geom.weight(a, b - 1, named)))
    number_lines(lines)
    return lines


def number_lines(lines) -> None:
    """Number lines from the top of the page; lines side by side share a number."""
    order = sorted(lines, key=lambda ln: (ln.top + ln.bottom) / 2)
    num = 0
    centre = None
    for ln in order:
        c = (ln.top + ln.bottom) / 2
        if centre is None or c - centre > 0.5 * ln.h:
            num += 1
            centre = c
        ln.number = num


class Segments:
    """Maps offsets in a block's text to (page, char index) runs on PDF pages."""

    __slots__ = ("starts", "runs")

    def __init__(self):
        self.starts: list = []     # block offset where each run starts
        self.runs: list = []       # (page, first char index or -1 for inserted text, length)

    def add(self, offset: int, page: int, char: int, length: int) -> None:
        if length <= 0:
            return
        if self.runs:
            p, c, ln = self.runs[-1]
            if p == page and c >= 0 and char == c + ln and self.starts[-1] + ln == offset:
                self.runs[-1] = (p, c, ln + length)
                return
        self.starts.append(offset)
        self.runs.append((page, char, length))

    def chars(self, s: int, e: int) -> list:
        """[(page, a, b)] char ranges covered by block span [s, e)."""
        out = []
        i = max(0, bisect.bisect_right(self.starts, s) - 1)
        while i < len(self.runs) and self.starts[i] < e:
            start = self.starts[i]
            page, char, length = self.runs[i]
            lo, hi = max(s, start), min(e, start + length)
            if char >= 0 and lo < hi:
                a, b = char + lo - start, char + hi - start
                if out and out[-1][0] == page and out[-1][2] == a:
                    out[-1] = (page, out[-1][1], b)
                else:
                    out.append((page, a, b))
            i += 1
        return out


class CharIndex:
    """From page chars back to blocks: which block holds char ``i`` of page ``p``, where."""

    def __init__(self, blocks):
        runs: dict = {}       # page -> sorted [(first char, end char, block index, block offset)]
        for bi, block in enumerate(blocks):
            seg = block.meta.get("pdf_segments")
            if seg is None:
                continue
            for start, (page, char, length) in zip(seg.starts, seg.runs):
                if char >= 0:
                    runs.setdefault(page, []).append((char, char + length, bi, start))
        for r in runs.values():
            r.sort()
        self.runs = runs
        self.keys = {p: [r[0] for r in rs] for p, rs in runs.items()}

    def spans(self, page: int, ranges) -> dict:
        """{block index: (start, end)} covering the page char ranges."""
        runs, keys = self.runs.get(page) or [], self.keys.get(page) or []
        out: dict = {}
        for a, b in ranges:
            k = max(0, bisect.bisect_right(keys, a) - 1)
            while k < len(runs) and runs[k][0] < b:
                c0, c1, bi, off = runs[k]
                lo, hi = max(a, c0), min(b, c1)
                if lo < hi:
                    s, e = off + lo - c0, off + hi - c0
                    old = out.get(bi)
                    out[bi] = (min(s, old[0]), max(e, old[1])) if old else (s, e)
                k += 1
        return out

    def span(self, page: int, ranges):
        """(block index, start, end) of the first block the ranges fall in, or None."""
        found = self.spans(page, ranges)
        if not found:
            return None
        bi = min(found)
        return (bi,) + found[bi]


class PdfSource:
    """Lazy access to a PDF's char boxes for spans that became findings.

    The PDF is re-opened from its bytes on first use (the reader closes it when done),
    so a run over many files does not keep every document open.
    """

    def __init__(self, data: bytes, password, origins: dict, lines: dict):
        self.data = data
        self.password = password
        self.origins = origins          # page -> (x0, top) of the media box
        self.lines = lines              # page -> [Line] in content order
        self._starts = {p: sorted(ln.a for ln in ls) for p, ls in lines.items()}
        self._by_start = {p: {ln.a: ln for ln in ls} for p, ls in lines.items()}
        self._doc = None
        self._pages: dict = {}

    def _geometry(self, page: int):
        g = self._pages.get(page)
        if g is not None:
            return g
        import pypdfium2 as pdfium
        import pypdfium2.raw as raw

        if self._doc is None:
            self._doc = pdfium.PdfDocument(self.data, password=self.password)
        if len(self._pages) >= 8:           # keep a few pages' text open
            for old in list(self._pages)[:4]:
                self._pages.pop(old)
        pg = self._doc[page - 1]
        tp = pg.get_textpage()
        g = PageGeometry(tp, raw, self.origins[page])
        g.page_handle = pg                  # keep the page alive while its text page is used
        self._pages[page] = g
        return g

    def line_at(self, page: int, char: int):
        starts = self._starts.get(page) or []
        i = bisect.bisect_right(starts, char) - 1
        if i < 0:
            return None
        return self._by_start[page][starts[i]]

    def rects(self, segments: Segments, s: int, e: int) -> list:
        """[(page, line number, box)] for the span: one box per line piece."""
        out = []
        for page, a, b in segments.chars(s, e):
            try:
                geom = self._geometry(page)
            except Exception:
                geom = None
            pieces: dict = {}
            for i in range(a, b):
                ln = self.line_at(page, i)
                key = (ln.a, ln.number) if ln is not None else (-1, 0)
                box = geom.box(i) if geom is not None else None
                if box is None and ln is not None and geom is None:
                    box = ln.box
                if box is not None:
                    pieces.setdefault(key, []).append(box)
            for (_, num), boxes in pieces.items():
                out.append((page, num, union(boxes)))
        return out

    def locate(self, block, s: int, e: int):
        """The Location of span [s, e) of ``block``: its page, line and box."""
        from dataclasses import replace

        seg = block.meta.get("pdf_segments")
        rects = self.rects(seg, s, e) if seg is not None else []
        if not rects:
            return block.location
        page, num, _ = rects[0]
        bbox = union(r[2] for r in rects if r[0] == page)
        changes = {"page": page, "line": num or block.location.line, "bbox": bbox}
        spread = sorted({r[0] for r in rects})
        if len(spread) > 1 and not block.location.pages:     # words running over a page break
            changes["pages"] = tuple(range(spread[0], spread[-1] + 1))
        return replace(block.location, **changes)

    def span_rects(self, block, s: int, e: int) -> list:
        """Every (page, line, box) of the span, on every page a running header or footer
        repeats on: what an annotated copy highlights."""
        seg = block.meta.get("pdf_segments")
        if seg is None:
            return []
        out = self.rects(seg, s, e)
        for other in block.meta.get("pdf_occurrences") or ():
            out.extend(self.rects(other, s, e))
        return out

    def close(self) -> None:
        self._pages.clear()
        if self._doc is not None:
            try:
                self._doc.close()
            except Exception:
                pass
            self._doc = None
