"""Reader registry: one reader per format, imported only when a file needs it.

A reader is a module with ``read(data: bytes, path: str, options: dict) -> Document``.
It raises :class:`inclusive_lint.errors.InputError` for files it cannot read.
"""
from __future__ import annotations

import importlib
import os

from ..errors import InputError
from ..unsupported import NOT_READ

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
    ".odt": ("odt", "odf"),
    ".ott": ("odt", "odf"),
    ".fodt": ("odt", "odf"),
    ".doc": ("doc", "legacy"),      # through LibreOffice, unless a .docx or .odt by another name
    ".dot": ("doc", "legacy"),
    ".rtf": ("rtf", "legacy"),
    ".wpd": ("wpd", "legacy"),
    ".png": ("image", "image"),
    ".jpg": ("image", "image"),
    ".jpeg": ("image", "image"),
    ".tif": ("image", "image"),
    ".tiff": ("image", "image"),
}
# images are read (with --ocr) when named, and found in folders only when OCR is on
IMAGE_EXTENSIONS = (".png", ".jpg", ".jpeg", ".tif", ".tiff")

# Formats we recognise but cannot read, with what to do instead: one table, in ..unsupported
# (a type with a reader above is read, whatever that table says).
UNSUPPORTED = {ext: f"{what}: not supported; {advice}" for ext, (what, advice) in NOT_READ.items()
               if ext not in READERS}


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
                         "lint .docx, .odt, .pdf, .md, .txt or .html files")
    return importlib.import_module(f"{__name__}.{entry[1]}")


def read_document(path: str, data: bytes, options: dict | None = None):
    """Read ``data`` (the bytes of ``path``) into a Document."""
    module = reader_for(path)
    return module.read(data, path, options or {})
