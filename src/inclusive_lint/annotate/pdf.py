"""Annotated copies of PDFs: a highlight over each finding's words with a popup note.

pypdf writes the copy because it links a Popup to its Highlight (``/Popup`` and
``/Parent``), which PDFium's annotation API cannot do; the boxes come from the reader
(PDFium char boxes, one quadrilateral per line of the flagged words). If pypdf cannot
rewrite a damaged file that PDFium could read, PDFium writes the copy instead, with
the note as the highlight's contents (viewers show it when the highlight is clicked).

The input is opened read-only and never written; the copy is written atomically.
"""
from __future__ import annotations

import io

from ..atomic import atomic_write
from ..errors import InputError

AUTHOR = "inclusive-lint"
COLOURS = {"error": "ff6f6f", "warning": "ffd23f", "info": "8fd3ff"}


def note_text(f) -> str:
    lines = [f"{f.rule_id} ({f.severity}): {f.message}"]
    if f.suggestions:
        lines.append("Suggestion: " + "; ".join(f.suggestions))
    if f.link:
        lines.append(f.link)
    return "\n".join(lines)


def finding_rects(result, f) -> list:
    """[(page, (x0, top, x1, bottom))] boxes to highlight for finding ``f``."""
    doc = result.document
    source = doc.meta.get("pdf") if doc is not None else None
    rects = []
    if source is not None and 0 <= f.block_index < len(doc.blocks) and f.block_span:
        block = doc.blocks[f.block_index]
        rects = [(p, box) for p, _, box in source.span_rects(block, *f.block_span) if box]
    if not rects and f.location.page and f.location.bbox:
        rects = [(f.location.page, f.location.bbox)]
    return rects


def _marks(result) -> list:
    """[(page, [boxes], finding)]: one mark per finding per page it shows on."""
    marks = []
    for f in result.findings:
        if f.waived:
            continue
        by_page: dict = {}
        for page, box in finding_rects(result, f):
            by_page.setdefault(page, []).append(box)
        for page in sorted(by_page):
            marks.append((page, by_page[page], f))
    return marks


def annotate(result, src_path: str, out_path: str) -> int:
    doc = result.document
    source = doc.meta.get("pdf") if doc is not None else None
    if source is None:
        raise InputError("unsupported", "no PDF reading to annotate")
    marks = _marks(result)
    try:
        with _quiet():
            data = _with_pypdf(src_path, source, marks)
    except InputError:
        raise
    except Exception:
        data = _with_pdfium(source, marks)
    atomic_write(out_path, data)
    return len(marks)


class _quiet:
    """pypdf logs its repairs of damaged files ("incorrect startxref pointer"): the
    reviewer needs the annotated copy, not those."""

    def __enter__(self):
        import logging
        import warnings

        self.log = logging.getLogger("pypdf")
        self.level = self.log.level
        self.log.setLevel(logging.CRITICAL)
        self.warnings = warnings.catch_warnings()
        self.warnings.__enter__()
        warnings.simplefilter("ignore")
        return self

    def __exit__(self, *exc):
        self.warnings.__exit__(*exc)
        self.log.setLevel(self.level)
        return False


def _to_pdf(source, page, box) -> tuple:
    """Top-left-origin box -> PDF user space (x0, y0, x1, y1)."""
    ox, oy = source.origins.get(page, (0.0, 0.0))
    x0, top, x1, bottom = box
    return (x0 + ox, oy - bottom, x1 + ox, oy - top)


def _with_pypdf(src_path, source, marks) -> bytes:
    from pypdf import PdfReader, PdfWriter
    from pypdf.annotations import Highlight, Popup
    from pypdf.generic import ArrayObject, FloatObject, NameObject, TextStringObject

    reader = PdfReader(src_path, strict=False)
    if reader.is_encrypted:
        if not reader.decrypt(source.password or ""):
            raise InputError("encrypted", "encrypted: needs a password (use --password)")
    writer = PdfWriter(clone_from=reader)
    for page, boxes, f in marks:
        if not 1 <= page <= len(writer.pages):
            continue
        quads, pdf_boxes = [], []
        for box in boxes:
            x0, y0, x1, y1 = _to_pdf(source, page, box)
            pdf_boxes.append((x0, y0, x1, y1))
            quads += [x0, y1, x1, y1, x0, y0, x1, y0]
        rect = (min(b[0] for b in pdf_boxes), min(b[1] for b in pdf_boxes),
                max(b[2] for b in pdf_boxes), max(b[3] for b in pdf_boxes))
        hl = Highlight(rect=rect, quad_points=ArrayObject(FloatObject(round(q, 2)) for q in quads),
                       highlight_color=COLOURS.get(f.severity, "ffd23f"), printing=True,
                       title_bar=AUTHOR)
        hl[NameObject("/Contents")] = TextStringObject(note_text(f))
        hl[NameObject("/Subj")] = TextStringObject(f.rule_id)
        added = writer.add_annotation(page - 1, hl)
        mb = writer.pages[page - 1].mediabox
        right = float(mb.right)
        popup_rect = (max(float(mb.left), right - 220), max(float(mb.bottom), rect[3] - 110),
                      right - 10, rect[3])
        writer.add_annotation(page - 1, Popup(rect=popup_rect, parent=added, open=False))
    if reader.is_encrypted:
        _encrypt_like(reader, writer, source.password or "")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _encrypt_like(reader, writer, password: str) -> None:
    """Encrypt the copy as the input was: same user password and permissions (the owner
    password is not known, so a random one keeps the restrictions in force)."""
    import secrets

    try:
        perms = int(reader.trailer["/Encrypt"].get_object()["/P"])
    except Exception:
        perms = -1
    writer.encrypt(user_password=password, owner_password=secrets.token_hex(16),
                   algorithm="AES-256", permissions_flag=perms)


def _with_pdfium(source, marks) -> bytes:
    import ctypes

    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    try:
        pdf = pdfium.PdfDocument(source.data, password=source.password)
    except pdfium.PdfiumError:
        raise InputError("corrupt", "could not write an annotated copy of this PDF") from None
    try:
        for page_no, boxes, f in marks:
            if not 1 <= page_no <= len(pdf):
                continue
            page = pdf[page_no - 1]
            annot = raw.FPDFPage_CreateAnnot(page, raw.FPDF_ANNOT_HIGHLIGHT)
            if not annot:
                continue
            colour = COLOURS.get(f.severity, "ffd23f")
            r, g, b = (int(colour[i:i + 2], 16) for i in (0, 2, 4))
            raw.FPDFAnnot_SetColor(annot, raw.FPDFANNOT_COLORTYPE_Color, r, g, b, 255)
            pdf_boxes = [_to_pdf(source, page_no, box) for box in boxes]
            for x0, y0, x1, y1 in pdf_boxes:
                quad = raw.FS_QUADPOINTSF(x0, y1, x1, y1, x0, y0, x1, y0)
                raw.FPDFAnnot_AppendAttachmentPoints(annot, ctypes.byref(quad))
            rect = raw.FS_RECTF(min(b[0] for b in pdf_boxes), max(b[3] for b in pdf_boxes),
                                max(b[2] for b in pdf_boxes), min(b[1] for b in pdf_boxes))
            raw.FPDFAnnot_SetRect(annot, ctypes.byref(rect))
            for key, value in (("Contents", note_text(f)), ("T", AUTHOR), ("Subj", f.rule_id)):
                buf = ctypes.create_string_buffer((value + "\x00").encode("utf-16-le"))
                raw.FPDFAnnot_SetStringValue(annot, key.encode("ascii"),
                                             ctypes.cast(buf, ctypes.POINTER(raw.FPDF_WCHAR)))
            raw.FPDFPage_CloseAnnot(annot)
            page.close()
        out = io.BytesIO()
        pdf.save(out)
        return out.getvalue()
    finally:
        pdf.close()
