"""One page image in, its words out: Tesseract (LSTM engine, automatic page layout).

The image goes to Tesseract as an uncompressed greyscale PNM in a private temporary folder
(PNG encoding costs more than it saves), with one thread (``OMP_THREAD_LIMIT=1``): the
linter runs one worker per core, and Tesseract's own threads would only fight them.
"""
from __future__ import annotations

import io
import os
import tempfile
from dataclasses import dataclass

from ..atomic import atomic_write
from ..errors import InputError

CONFIG = "--oem 1 --psm 3 -c tessedit_do_invert=0"


@dataclass
class OcrWord:
    text: str
    conf: float             # 0-100, Tesseract's confidence in the word
    box: tuple              # (x0, top, x1, bottom) in image pixels
    line: tuple             # (block, paragraph, line) numbers from Tesseract's layout


def read_words(image, timeout: float | None = None) -> list:
    """The words Tesseract reads on ``image`` (a PIL image), in its reading order."""
    import pytesseract

    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    if image.mode != "L":
        image = image.convert("L")
    buf = io.BytesIO()
    image.save(buf, format="PPM")          # greyscale: a PGM
    with tempfile.TemporaryDirectory(prefix="inclusive-lint-ocr-") as tmp:
        path = os.path.join(tmp, "page.pnm")
        atomic_write(path, buf.getvalue())
        try:
            data = pytesseract.image_to_data(path, lang="eng", config=CONFIG,
                                             output_type=pytesseract.Output.DICT,
                                             timeout=timeout or 0)
        except RuntimeError as exc:     # pytesseract's timeout
            raise InputError("timeout", f"OCR took too long on a page ({exc})") from None
        except pytesseract.TesseractError as exc:
            raise InputError("unreadable", f"Tesseract could not read a page: {exc}"[:300]) from None
    words = []
    for i, text in enumerate(data["text"]):
        text = (text or "").strip()
        if not text:
            continue
        left, top = data["left"][i], data["top"][i]
        words.append(OcrWord(text, float(data["conf"][i]),
                             (left, top, left + data["width"][i], top + data["height"][i]),
                             (data["block_num"][i], data["par_num"][i], data["line_num"][i])))
    return words
