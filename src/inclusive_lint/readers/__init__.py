"""Reader registry: one reader per format, imported only when a file needs it.

A reader is a module with ``read(data: bytes, path: str, options: dict) -> Document``.
It raises :class:`inclusive_lint.errors.InputError` for files it cannot read.
"""
from __future__ import annotations

import importlib
import os

from ..errors import InputError

# extension -> (format name, module)
READERS = {
    ".txt": ("text", "text"),
    ".text": ("text", "text"),
    ".md": ("markdown", "markdown"),
    ".markdown": ("markdown", "markdown"),
    ".html": ("html", "html"),
    ".htm": ("html", "html"),
    ".docx": ("docx", "docx"),
    ".docm": ("docx", "docx"),
    ".dotx": ("docx", "docx"),
    ".dotm": ("docx", "docx"),
    ".pdf": ("pdf", "pdf"),
    ".png": ("image", "image"),
    ".jpg": ("image", "image"),
    ".jpeg": ("image", "image"),
    ".tif": ("image", "image"),
    ".tiff": ("image", "image"),
}
# images are read (with --ocr) when named, and found in folders only when OCR is on
IMAGE_EXTENSIONS = (".png", ".jpg", ".jpeg", ".tif", ".tiff")

# Formats we recognise but cannot read, with what to do instead.
UNSUPPORTED = {
    ".doc": "old binary Word .doc format is not supported: save it as .docx and lint that",
    ".dot": "old binary Word template: save it as .dotx",
    ".odt": "OpenDocument .odt is not supported yet: save it as .docx or PDF",
    ".rtf": "RTF is not supported: save it as .docx",
    ".pages": "Apple Pages files are not supported: export to .docx or PDF",
}


def format_for(path: str) -> str | None:
    ext = os.path.splitext(path)[1].lower()
    entry = READERS.get(ext)
    return entry[0] if entry else None


def reader_for(path: str):
    ext = os.path.splitext(path)[1].lower()
    if ext in UNSUPPORTED:
        raise InputError("unsupported", UNSUPPORTED[ext])
    entry = READERS.get(ext)
    if entry is None:
        raise InputError("unsupported", f"unsupported file type '{ext or '(none)'}': "
                         "lint .docx, .pdf, .md, .txt or .html files")
    return importlib.import_module(f"{__name__}.{entry[1]}")


def read_document(path: str, data: bytes, options: dict | None = None):
    """Read ``data`` (the bytes of ``path``) into a Document."""
    if os.path.splitext(path)[1].lower() in (".doc", ".dot") and data[:4] == b"PK\x03\x04":
        module = importlib.import_module(f"{__name__}.docx")    # a .docx under an old name
        return module.read(data, path, options or {})
    module = reader_for(path)
    return module.read(data, path, options or {})
