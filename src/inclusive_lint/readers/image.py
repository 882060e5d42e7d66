"""Images that policies are scanned to (.png, .jpg, .tif/.tiff, multi-page TIFF), read by OCR.

With OCR on (``--ocr``), each frame of the image is a page read by Tesseract, located by
page and box (points at the image's resolution, 300 dpi when it does not say). Without it,
the image is a notice: its words were not checked, and ``--ocr`` would read them.
"""
from __future__ import annotations

import io

from ..errors import InputError
from ..model import Document, Notice, page_ranges

DEFAULT_DPI = 300.0
MAX_FRAMES = 2000
MAX_PIXELS = 40_000_000          # per frame: an A4 page at 600 dpi is 35 million


def _phrase(pages) -> str:
    return ("page " if len(pages) == 1 else "pages ") + page_ranges(pages)


def read(data: bytes, path: str, options: dict) -> Document:
    if not options.get("ocr"):
        return Document(path=path, format="image", notices=[Notice(
            "image-no-text", "an image: its words were not checked; run with --ocr to read them")])
    from PIL import Image, ImageSequence, UnidentifiedImageError

    from ..ocr import read_page
    from ..ocr.blocks import PageStats, notice_text

    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    try:
        image = Image.open(io.BytesIO(data))
        image.load()
    except Image.DecompressionBombError:
        raise InputError("too-large", f"image over {MAX_PIXELS // 1_000_000} million pixels: "
                         "too large to read") from None
    except UnidentifiedImageError:
        raise InputError("corrupt", "damaged or unknown image: cannot be read") from None
    except (OSError, ValueError, SyntaxError) as exc:
        raise InputError("corrupt", f"damaged image: cannot be read ({exc})"[:200]) from None
    blocks, stats, pages = [], PageStats(), []
    try:
        for n, frame in enumerate(ImageSequence.Iterator(image), 1):
            if n > MAX_FRAMES:
                raise InputError("too-large", f"more than {MAX_FRAMES} pages in one image")
            dpi = frame.info.get("dpi") or image.info.get("dpi") or (DEFAULT_DPI, DEFAULT_DPI)
            dpi = float(dpi[0]) if dpi and float(dpi[0]) >= 50 else DEFAULT_DPI
            blocks.extend(read_page(frame.convert("L"), n, dpi, stats))
            pages.append(n)
    except (OSError, ValueError, EOFError) as exc:
        raise InputError("corrupt", f"damaged image: page {len(pages) + 1} cannot be read "
                         f"({exc})"[:200]) from None
    notice = Notice("ocr", notice_text(pages, stats, options.get("ocr_engine") or "Tesseract", _phrase))
    return Document(path=path, format="image", blocks=blocks, notices=[notice], meta={"pages": len(pages)})
