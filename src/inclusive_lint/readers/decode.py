"""Decode text files: BOMs, declared charsets, and a lossless-enough fallback."""
from __future__ import annotations

import codecs

from ..model import Notice

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"),
         (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))


def decode(data: bytes, declared: str | None = None) -> tuple[str, list]:
    """Return (text, notices). Invalid UTF-8 falls back to cp1252/latin-1 with a notice."""
    notices = []
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return data.decode(enc, errors="replace"), notices
    if declared:
        try:
            codecs.lookup(declared)
            return data.decode(declared, errors="replace"), notices
        except LookupError:
            notices.append(Notice("unknown-charset", f"declared charset '{declared}' is unknown; read as UTF-8"))
    try:
        return data.decode("utf-8"), notices
    except UnicodeDecodeError as exc:
        notices.append(Notice("invalid-utf8", f"not valid UTF-8 (byte {exc.start}); read as Windows-1252"))
        return data.decode("cp1252", errors="replace"), notices
