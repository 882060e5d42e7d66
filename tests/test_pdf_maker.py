"""A tiny PDF writer for the PDF tests: known text at known places on known pages.

Text uses the base-14 Helvetica font (no embedding), so every PDF reader knows its
widths. Coordinates given to :func:`text` are from the top-left corner of the page
(like the reader's ``bbox``), in points. Also writes AcroForm fields (radio groups,
check boxes, choice lists, text fields) with minimal appearance streams.
"""
from __future__ import annotations

import zlib

PAGE_W, PAGE_H = 612, 792


_WINANSI = str.maketrans({"\u2022": "\x95", "\u201c": "\x93", "\u201d": "\x94", "\u2013": "\x96"})


def _esc(s: str) -> str:
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _lit(s: str) -> str:
    """A PDF string: literal for WinAnsi text (bullet and curly quotes mapped), UTF-16BE
    hex otherwise."""
    s = s.translate(_WINANSI)
    try:
        s.encode("latin-1")
        return "(" + _esc(s) + ")"
    except UnicodeEncodeError:
        return "<FEFF" + s.encode("utf-16-be").hex().upper() + ">"


def text(x: float, top: float, s: str, size: float = 11, bold: bool = False) -> str:
    """Content-stream operators drawing ``s`` with its baseline ``size`` below ``top``."""
    y = PAGE_H - top - size
    return f"BT /{'F2' if bold else 'F1'} {size} Tf {x:.2f} {y:.2f} Td {_lit(s)} Tj ET\n"


def pieces(x: float, top: float, parts, size: float = 11) -> str:
    """Draw text as separately positioned pieces, as some generators do:
    ``parts`` is a list of (string, x) pairs on one baseline."""
    y = PAGE_H - top - size
    out = ""
    for s, px in parts:
        out += f"BT /F1 {size} Tf {px:.2f} {y:.2f} Td {_lit(s)} Tj ET\n"
    return out


def width(s: str, size: float = 11) -> float:
    """Helvetica advance width of ``s`` (the letters the tests use)."""
    return sum(_HELV.get(c, 556) for c in s) * size / 1000   # digits are 556 too


_HELV = dict(zip("abcdefghijklmnopqrstuvwxyz",
                 [556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556,
                  556, 333, 500, 278, 556, 500, 722, 500, 500, 500]))
_HELV.update(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                 [667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667,
                  778, 722, 667, 611, 722, 667, 944, 667, 667, 611]))
_HELV.update({" ": 278, "-": 333, ".": 278, ",": 278, ":": 278, ";": 278, "(": 333, ")": 333,
              "'": 191, "/": 278, "?": 556, "!": 278})


def image_page() -> str:
    """Content for a page that is only an image (a scan with no text layer)."""
    return "q 200 0 0 200 100 400 cm /Im1 Do Q\n"


def make_pdf(pages, fields=(), info_title: str | None = None, compress: bool = False,
             notes=()) -> bytes:
    """Build a PDF. ``pages`` is a list of content strings (see :func:`text`).

    ``fields`` is a list of dicts:
      {"type": "radio", "name": "sex", "tu": "Sex", "page": 1,
       "options": [("Male", (x0, top, x1, bottom)), ...]}
      {"type": "checkbox", "name": "agree", "export": "Yes", "page": 1, "rect": (...)}
      {"type": "choice", "name": "title", "options": ["Mr", "Mrs"], "page": 1, "rect": (...),
       "combo": True, "edit": False}
      {"type": "text", "name": "name", "tu": "Full name", "page": 1, "rect": (...)}
    Rects are (x0, top, x1, bottom) from the top-left of the page.

    ``notes`` are comment annotations: {"page": 1, "subtype": "Highlight" (with QuadPoints
    over the rect) or "Text" (a sticky note), "rect": (...), "contents": "..."}.
    """
    objs: list = []   # index i holds object number i + 1

    def add(body) -> int:
        objs.append(body)
        return len(objs)

    def reserve() -> int:
        objs.append(None)
        return len(objs)

    catalog = reserve()
    pages_obj = reserve()
    font = add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    bold = add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    img_data = bytes([128]) * 16
    image = add(("<< /Type /XObject /Subtype /Image /Width 4 /Height 4 /ColorSpace /DeviceGray "
                 f"/BitsPerComponent 8 /Length {len(img_data)} >>", img_data))
    ap_on = add(("<< /Type /XObject /Subtype /Form /BBox [0 0 10 10] /Length 18 >>", b"0 g 2 2 6 6 re f\n"))
    ap_off = add(("<< /Type /XObject /Subtype /Form /BBox [0 0 10 10] /Length 0 >>", b""))
    page_ids = [reserve() for _ in pages]
    annots: dict = {i: [] for i in range(len(pages))}
    field_ids = []

    def rect(r):
        x0, top, x1, bottom = r
        return f"[{x0} {PAGE_H - bottom} {x1} {PAGE_H - top}]"

    for f in fields:
        p = f.get("page", 1) - 1
        tu = f" /TU {_lit(f['tu'])}" if f.get("tu") else ""
        if f["type"] == "radio":
            parent = reserve()
            kids = []
            for export, r in f["options"]:
                kid = add(f"<< /Type /Annot /Subtype /Widget /Parent {parent} 0 R /Rect {rect(r)} "
                          f"/P {page_ids[p]} 0 R /AS /Off /AP << /N << /{export} {ap_on} 0 R /Off {ap_off} 0 R >> >> "
                          "/MK << /CA (l) >> >>")
                kids.append(kid)
                annots[p].append(kid)
            objs[parent - 1] = (f"<< /FT /Btn /Ff {1 << 15} /T {_lit(f['name'])}{tu} /V /Off "
                                f"/Kids [{' '.join(f'{k} 0 R' for k in kids)}] >>")
            field_ids.append(parent)
        elif f["type"] == "checkbox":
            export = f.get("export", "Yes")
            obj = add(f"<< /Type /Annot /Subtype /Widget /FT /Btn /T {_lit(f['name'])}{tu} /Rect {rect(f['rect'])} "
                      f"/P {page_ids[p]} 0 R /V /Off /AS /Off /AP << /N << /{export} {ap_on} 0 R /Off {ap_off} 0 R >> >> >>")
            annots[p].append(obj)
            field_ids.append(obj)
        elif f["type"] == "choice":
            flags = (1 << 17 if f.get("combo", True) else 0) | (1 << 18 if f.get("edit") else 0)
            opts = " ".join(_lit(o) for o in f["options"])
            obj = add(f"<< /Type /Annot /Subtype /Widget /FT /Ch /Ff {flags} /T {_lit(f['name'])}{tu} "
                      f"/Rect {rect(f['rect'])} /P {page_ids[p]} 0 R /Opt [{opts}] /DA (/F1 10 Tf 0 g) >>")
            annots[p].append(obj)
            field_ids.append(obj)
        elif f["type"] == "text":
            obj = add(f"<< /Type /Annot /Subtype /Widget /FT /Tx /T {_lit(f['name'])}{tu} "
                      f"/Rect {rect(f['rect'])} /P {page_ids[p]} 0 R /DA (/F1 10 Tf 0 g) >>")
            annots[p].append(obj)
            field_ids.append(obj)
        else:
            raise ValueError(f["type"])

    for note in notes:
        p = note.get("page", 1) - 1
        x0, top, x1, bottom = note["rect"]
        quads = ""
        if note["subtype"] != "Text":
            yt, yb = PAGE_H - top, PAGE_H - bottom
            quads = f" /QuadPoints [{x0} {yt} {x1} {yt} {x0} {yb} {x1} {yb}]"
        annots[p].append(add(f"<< /Type /Annot /Subtype /{note['subtype']} /Rect {rect(note['rect'])}"
                             f"{quads} /Contents {_lit(note['contents'])} /T (Reviewer) /C [1 1 0] >>"))

    for i, content in enumerate(pages):
        data = content.encode("latin-1")
        if compress:
            data = zlib.compress(data)
            stream = add((f"<< /Length {len(data)} /Filter /FlateDecode >>", data))
        else:
            stream = add((f"<< /Length {len(data)} >>", data))
        annot_s = f" /Annots [{' '.join(f'{a} 0 R' for a in annots[i])}]" if annots[i] else ""
        objs[page_ids[i] - 1] = (f"<< /Type /Page /Parent {pages_obj} 0 R /MediaBox [0 0 {PAGE_W} {PAGE_H}] "
                                 f"/Resources << /Font << /F1 {font} 0 R /F2 {bold} 0 R >> /XObject << /Im1 {image} 0 R >> >> "
                                 f"/Contents {stream} 0 R{annot_s} >>")
    objs[pages_obj - 1] = (f"<< /Type /Pages /Kids [{' '.join(f'{p} 0 R' for p in page_ids)}] "
                           f"/Count {len(page_ids)} >>")
    acro = ""
    if field_ids:
        acro = (f" /AcroForm << /Fields [{' '.join(f'{f} 0 R' for f in field_ids)}] "
                f"/DA (/F1 10 Tf 0 g) /DR << /Font << /F1 {font} 0 R >> >> >>")
    objs[catalog - 1] = f"<< /Type /Catalog /Pages {pages_obj} 0 R{acro} >>"
    info = add(f"<< /Title {_lit(info_title)} >>") if info_title else None

    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objs, start=1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n".encode()
        if isinstance(body, tuple):
            out += body[0].encode("latin-1") + b"\nstream\n" + body[1] + b"\nendstream"
        else:
            out += body.encode("latin-1")
        out += b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    trailer = f"<< /Size {len(objs) + 1} /Root {catalog} 0 R" + (f" /Info {info} 0 R" if info else "") + " >>"
    out += f"trailer\n{trailer}\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def test_maker_writes_a_pdf_pdfium_reads():
    import pypdfium2 as pdfium

    data = make_pdf([text(72, 72, "Hello page one"), text(72, 72, "Hello page two")])
    doc = pdfium.PdfDocument(data)
    try:
        assert len(doc) == 2
        assert "Hello page two" in doc[1].get_textpage().get_text_range()
    finally:
        doc.close()
