"""OCR for scanned pages and images: Tesseract through pytesseract (the ``ocr`` extra).

``engine()`` says which Tesseract will read (its version goes into the cache key) or
raises a UsageError saying how to install it; ``tesseract.read_words`` reads one page
image into words with boxes and confidences; ``blocks.page_blocks`` turns those words into
located Blocks. Readers call these only when the run asked for OCR (``--ocr``, or
``ocr: true`` in the config).
"""
from __future__ import annotations

from ..errors import UsageError

INSTALL = ("install Tesseract with English data (Debian/Ubuntu: apt install tesseract-ocr "
           "tesseract-ocr-eng) and the Python side with: pip install 'inclusive-lint[ocr]'")


def engine() -> str:
    """"tesseract 5.3.0" when Tesseract with English data can run here, else a UsageError."""
    try:
        import pytesseract
    except ImportError:
        raise UsageError(f"--ocr needs pytesseract, which is not installed: {INSTALL}") from None
    try:
        version = pytesseract.get_tesseract_version()
        languages = pytesseract.get_languages(config="")
    except (pytesseract.TesseractNotFoundError, OSError):
        raise UsageError(f"--ocr needs Tesseract, which was not found on PATH: {INSTALL}") from None
    except Exception as exc:      # a broken install: say so rather than fail each file
        raise UsageError(f"--ocr: Tesseract does not run ({type(exc).__name__}): {INSTALL}") from None
    if "eng" not in languages:
        raise UsageError(f"--ocr: Tesseract has no English data (eng): {INSTALL}")
    return f"tesseract {version}"


def read_page(image, page: int, dpi: float, stats) -> list:
    """Blocks for one page image (a PIL image scanned or rendered at ``dpi``)."""
    from .blocks import page_blocks
    from .tables import split_tables, tick_boxes, with_boxes
    from .tesseract import read_words

    if image.mode != "L":
        image = image.convert("L")
    words = with_boxes(read_words(image), tick_boxes(image, dpi))
    words, tables = split_tables(words, image, dpi)
    return page_blocks(words, tables, page, dpi, stats)
