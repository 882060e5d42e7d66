"""Ruled tables in PDFs: drawn lines found by PDFium, cells found by pdfplumber's method
(checked against pdfplumber itself), and table rows judged as form questions."""
import pytest

from test_pdf_maker import PAGE_H, make_pdf, text, width


def hline(x0, x1, top, w=0.5):
    return f"{w} w {x0} {PAGE_H - top} m {x1} {PAGE_H - top} l S\n"


def vline(x, top, bottom, w=0.5):
    return f"{w} w {x} {PAGE_H - top} m {x} {PAGE_H - bottom} l S\n"


def grid(xs, tops):
    """Rulings of a table with column edges ``xs`` and row edges ``tops``."""
    out = "".join(hline(xs[0], xs[-1], t) for t in tops)
    return out + "".join(vline(x, tops[0], tops[-1]) for x in xs)


def rect(x0, top, x1, bottom):
    return f"0.5 w {x0} {PAGE_H - bottom} {x1 - x0} {bottom - top} re S\n"


LAYOUTS = {
    "lines 3x2": grid([72, 200, 400], [100, 120, 140, 160]),
    "rectangles": "".join(rect(x, t, x + 120, t + 20) for x in (72, 192) for t in (100, 120, 140)),
    "merged cell": grid([72, 200, 400], [100, 120, 140]) .replace(vline(200, 100, 140), vline(200, 120, 140)),
    "two tables": grid([72, 150, 300], [100, 120, 140]) + grid([72, 250, 400], [300, 320, 340, 360]),
    "one box": rect(72, 100, 400, 200),
    "tick boxes": rect(72, 100, 82, 110) + rect(150, 100, 160, 110) + hline(72, 400, 130),
}


def _rulings(content):
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    from inclusive_lint.readers.pdf import grid as g
    doc = pdfium.PdfDocument(make_pdf([content + text(300, 700, "page", 9)]))
    page = doc[0]
    x0, _, _, y1 = page.get_mediabox()
    return g.page_rulings(page, raw, (x0, y1))


def _pdfplumber_tables(edges):
    pt = pytest.importorskip("pdfplumber.table")     # the reference: in the test extra
    from pdfplumber.utils import filter_edges
    edges = pt.merge_edges(filter_edges([dict(e) for e in edges], min_length=1), 3, 3, 3, 3)
    points = pt.edges_to_intersections(filter_edges(edges, min_length=3), 3, 3)
    groups = pt.cells_to_tables(pt.intersections_to_cells(points))
    return [[list(row.cells) for row in pt.Table(None, g).rows] for g in groups]


def _rounded(tables):
    return [[[tuple(round(v) for v in c) if c else None for c in row] for row in t] for t in tables]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_tables_match_pdfplumbers_finder(layout):
    from inclusive_lint.readers.pdf.grid import find_tables
    edges, _ = _rulings(LAYOUTS[layout])
    mine = find_tables(edges)
    assert _rounded(mine) == _rounded(_pdfplumber_tables(edges))
    shapes = [(len(t), len(t[0])) for t in mine]
    assert shapes == {"lines 3x2": [(3, 2)], "rectangles": [(3, 2)], "merged cell": [(2, 2)],
                      "two tables": [(2, 2), (3, 2)], "one box": [], "tick boxes": []}[layout]


def test_merged_cell_is_one_cell_over_two_columns():
    from inclusive_lint.readers.pdf.grid import find_tables
    (table,) = find_tables(_rulings(LAYOUTS["merged cell"])[0])
    assert table[0][1] is None and table[0][0] == pytest.approx((72, 100, 400, 120), abs=1)
    assert table[1][0] == pytest.approx((72, 120, 200, 140), abs=1)


def test_small_squares_are_tick_boxes_not_rulings():
    edges, squares = _rulings(LAYOUTS["tick boxes"])
    assert [tuple(round(v) for v in s) for s in squares] == [(72, 100, 82, 110), (150, 100, 160, 110)]
    assert len(edges) == 1 and edges[0]["orientation"] == "h"


def test_a_ruled_table_row_is_a_form_question(tmp_path, settings):
    from inclusive_lint.api import lint_file
    page = (text(72, 60, "Please tell us about yourself before your visit.", 11)
            + grid([72, 200, 450], [100, 120, 140, 160])
            + text(76, 104, "Sex", 11) + text(204, 104, "Male / Female", 11)
            + text(76, 124, "Title", 11) + text(204, 124, "Mr / Mrs / Miss / Ms", 11)
            + text(76, 144, "Next of kin", 11))
    path = tmp_path / "grid.pdf"
    path.write_bytes(make_pdf([page]))
    result = lint_file(str(path), settings)
    got = {f.rule_id: f for f in result.findings if f.rule_id.startswith("FRM-")}
    assert sorted(got) == ["FRM-001", "FRM-004", "FRM-015"]
    sex = got["FRM-001"].location
    assert (sex.page, sex.table, sex.row, sex.cell) == (1, 1, 1, 1)
    assert sex.describe() == "page 1: table 1 row 1 column 1"
    assert got["FRM-015"].location.row == 3


def test_prose_pages_do_not_look_for_rulings():
    from inclusive_lint.readers.pdf.grid import suggests_grid
    from inclusive_lint.readers.pdf.text import Line

    def line(n, s, x0=72, x1=None):
        top = 100 + 14 * n
        ln = Line(1, 0, len(s), s, (x0, top, x1 or x0 + 5.5 * len(s), top + 11), False)
        ln.number = n
        return ln
    def page(lines):
        return suggests_grid(lines, "\n".join(ln.text for ln in lines))
    prose = [line(n, "Staff may take leave to care for a dependant, with pay") for n in range(1, 6)]
    assert not page(prose)
    assert page(prose + [line(6, "Sex Male Female", x1=400)])          # words spread wide
    assert page(prose + [line(6, "Title \u2610 Mr \u2610 Mrs")])       # tick boxes
    beside = [line(6, "Name"), line(6, "Date", x0=300), line(7, "Ward"), line(7, "Bed", x0=300)]
    assert page(prose + beside) and not page(prose + beside[:2])         # two rows side by side


def test_tick_boxes_drawn_as_squares_read_before_their_options(tmp_path, settings):
    """No box glyph in the text: small squares drawn beside the options are tick boxes."""
    from inclusive_lint.api import lint_file
    from inclusive_lint.readers import read_document
    page = "".join(text(72, 20 + 14 * k, "Please tell us about yourself: all answers are optional.", 11)
                   for k in range(5))
    for top, label, options in ((100, "Title", ["Mr", "Mrs", "Miss", "Ms"]), (130, "Sex", ["Male", "Female"])):
        page += text(72, top, label, 11)
        for k, option in enumerate(options):
            x = 160 + 70 * k
            page += rect(x, top + 1, x + 9, top + 10) + text(x + 14, top, option, 11)
    path = tmp_path / "boxes.pdf"
    path.write_bytes(make_pdf([page]))
    doc = read_document(str(path), path.read_bytes())
    text_read = "\n".join(b.text for b in doc.blocks)
    assert "Title \u2610 Mr \u2610 Mrs \u2610 Miss \u2610 Ms" in text_read and "Sex \u2610 Male \u2610 Female" in text_read
    found = {f.rule_id: f for f in lint_file(str(path), settings).findings}
    assert "FRM-004" in found and "FRM-001" in found
    x0, top, x1, bottom = found["FRM-001"].location.bbox      # the located words, boxes aside
    assert x0 == pytest.approx(72, abs=1) and x1 == pytest.approx(244 + width("Female"), abs=1)
