"""PDF reader: page text in reading order with page numbers, boxes and lines.

``read(data, path, options)`` opens the file with pypdfium2 (imported here, lazily),
splits each page into located lines (``text.py``), pulls out running headers and
footers and joins the rest into paragraph blocks (``layout.py``), reads AcroForm
fields into FormQuestions (``forms.py``), and reports pages without a text layer and
XFA-only forms as notices. Files it cannot read end in an InputError (``errors.py``).
"""
from __future__ import annotations

from ...errors import InputError
from ...model import Document, Notice, page_ranges
from .errors import MAX_TEXT_CHARS, check_page_count, open_document

OCR_DPI = 200       # scans are commonly 200-300 dpi; 200 reads body text well at half the cost


def _pages_phrase(pages) -> str:
    return ("page " if len(pages) == 1 else "pages ") + page_ranges(pages)


def _init_forms(doc) -> None:
    """Start PDFium's form environment (needed to read fields), quietly: pypdfium2 logs a
    warning for XFA-foreground forms, whose AcroForm fields are all we need."""
    import logging

    log = logging.getLogger("pypdfium2")
    level, log.level = log.level, logging.CRITICAL
    try:
        doc.init_forms()
    except Exception:
        pass
    finally:
        log.setLevel(level)


def _looks_scanned(page, raw, box) -> bool:
    """A page with no text whose content is images only, or which images cover at least
    half of: a scan, or text drawn as pictures. A blank page, or an illustrated cover
    (drawings with a picture), is not reported."""
    x0, y0, x1, y1 = box
    area = (x1 - x0) * (y1 - y0)
    if raw.FPDFPage_CountObjects(page) <= 0 or area <= 0:
        return False
    covered, images, drawings = 0.0, 0, 0
    try:
        for n, obj in enumerate(page.get_objects(max_depth=4)):
            if n > 20000:
                break
            if obj.type == raw.FPDF_PAGEOBJ_IMAGE:
                images += 1
                bounds = obj.get_bounds() if hasattr(obj, "get_bounds") else obj.get_pos()
                left, bottom, right, top = bounds
                w = max(0.0, min(x1, max(left, right)) - max(x0, min(left, right)))
                h = max(0.0, min(y1, max(top, bottom)) - max(y0, min(top, bottom)))
                covered += w * h
            elif obj.type in (raw.FPDF_PAGEOBJ_PATH, raw.FPDF_PAGEOBJ_SHADING):
                drawings += 1
    except Exception:
        return True     # cannot tell: say so rather than pass the page as checked
    return images > 0 and (covered >= 0.5 * area or drawings == 0)


def _with_ocr(blocks, ocr_blocks) -> list:
    """The OCR'd pages' blocks in page order among the text pages' blocks."""
    out = list(blocks)
    for p in sorted(ocr_blocks, reverse=True):
        i = next((k for k, b in enumerate(out) if (b.location.page or 0) > p), len(out))
        out[i:i] = ocr_blocks[p]
    return out


def read(data: bytes, path: str, options: dict) -> Document:
    password = options.get("password") or None
    doc = open_document(data, password)
    try:
        return _read(doc, data, path, options, password)
    finally:
        try:
            doc.close()
        except Exception:
            pass


def _read(doc, data, path, options, password) -> Document:
    import pypdfium2.raw as raw

    from . import comments, forms
    from .layout import build_blocks
    from .tables import reading_order
    from .text import CharIndex, PageGeometry, PdfSource, page_lines, page_text

    n = len(doc)
    check_page_count(n, options.get("pdf_max_pages"))
    notices = []
    formtype = doc.get_formtype()
    if formtype == raw.FORMTYPE_XFA_FULL:
        notices.append(Notice("pdf-xfa", "this is an XFA form: its questions and answer options "
                                          "cannot be read, only the text printed on its pages "
                                          "(export it as a standard PDF form to check them)"))
    elif formtype != raw.FORMTYPE_NONE:
        _init_forms(doc)
    has_forms = getattr(doc, "formenv", None) is not None

    ocr, ocr_blocks, ocr_stats = None, {}, None
    if options.get("ocr"):      # pages without a text layer are read by Tesseract
        from ... import ocr
        from ...ocr.blocks import PageStats

        ocr_stats = PageStats()
    lines_by_page: dict = {}
    items_by_page: dict = {}    # lines and tables in reading order, for the blocks
    origins: dict = {}
    heights: dict = {}
    widgets: list = []
    page_texts: dict = {}
    no_text, bad_pages = [], []
    allows: list = []           # "inclusive-lint: allow …" comments on the pages
    total = 0
    for i in range(n):
        p = i + 1
        try:
            page = doc[i]
        except Exception:
            bad_pages.append(p)
            continue
        try:
            x0, y0, x1, y1 = page.get_mediabox()
            origins[p] = (x0, y1)
            heights[p] = abs(y1 - y0) or 792.0
            tp = page.get_textpage()
            text = page_text(tp, raw)
            total += len(text)
            if total > MAX_TEXT_CHARS:
                raise InputError("too-large", f"more than {MAX_TEXT_CHARS // 1_000_000} million "
                                 "characters of text: too large to lint as one PDF")
            if not text.strip():
                lines_by_page[p] = []
                if _looks_scanned(page, raw, (x0, y0, x1, y1)):
                    if ocr is not None:
                        ocr_blocks[p] = ocr.read_page(page.render(scale=OCR_DPI / 72, grayscale=True)
                                                      .to_pil(), p, OCR_DPI, ocr_stats)
                    else:
                        no_text.append(p)
            else:
                geom = PageGeometry(tp, raw, origins[p])
                lines_by_page[p] = page_lines(text, geom, p)
                items_by_page[p] = reading_order(page, raw, geom, text, lines_by_page[p], p,
                                                 origins[p])
                if raw.FPDFPage_GetAnnotCount(page) > 0:
                    allows.extend(comments.page_allows(page, p, raw, geom, lines_by_page[p]))
            if has_forms:
                geom = PageGeometry(tp, raw, origins[p])
                widgets.extend(forms.page_widgets(doc, page, p, raw, geom, lines_by_page[p]))
                page_texts[p] = text
            tp.close()
        except InputError:
            raise
        except Exception:
            bad_pages.append(p)
            lines_by_page.pop(p, None)
            items_by_page.pop(p, None)
        finally:
            page.close()
    if len(bad_pages) == n:
        raise InputError("corrupt", "damaged PDF: none of its pages can be read")

    source = PdfSource(data, password, origins, lines_by_page)
    blocks = build_blocks({p: items_by_page[p] for p, ls in lines_by_page.items()
                           if ls and items_by_page.get(p)}, heights, source)
    if ocr_blocks:
        blocks = _with_ocr(blocks, ocr_blocks)
    questions = []
    if widgets:
        questions, form_blocks, printed = forms.questions(widgets, page_texts)
        index = CharIndex(blocks)
        for q, page, ranges in printed:
            span = index.span(page, ranges)
            if span is not None:
                q.block_index, q.start, q.end = span
        for q, block in form_blocks:
            q.block_index = len(blocks)
            q.start, q.end = 0, len(block.text)
            blocks.append(block)

    if ocr_blocks:
        from ...ocr.blocks import notice_text

        notices.append(Notice("ocr", notice_text(sorted(ocr_blocks), ocr_stats, options.get("ocr_engine")
                                                 or "Tesseract", _pages_phrase)))
    if no_text:
        if len(no_text) == n:
            notices.append(Notice("pdf-no-text", "no page has a text layer (scanned images?): "
                                                 "nothing could be checked; run with --ocr to read them",
                                  scope=_pages_phrase(no_text)))
        else:
            verb = "has" if len(no_text) == 1 else "have"
            notices.append(Notice("pdf-no-text", f"{_pages_phrase(no_text)} {verb} no text layer "
                                                 "(scanned?): not checked; run with --ocr to read them",
                                  scope=_pages_phrase(no_text)))
    if bad_pages:
        notices.append(Notice("pdf-bad-page", f"{_pages_phrase(bad_pages)} could not be read "
                                              "(damaged): skipped", scope=_pages_phrase(bad_pages)))
    meta = {"pdf": source, "pages": n}
    if allows:
        meta["comment_allows"] = comments.to_block_allows(allows, blocks)
    return Document(path=path, format="pdf", blocks=blocks, questions=questions, notices=notices,
                    meta=meta)
