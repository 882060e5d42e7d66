"""Document types inclusive-lint cannot read (yet): extension -> (what it is, what to do).

This table is the one place that knows them. Discovery lists a file of these types found in a
folder as *not read* (the run is then incomplete), and naming one on the command line is an
error with the same advice. When a reader for a type is added, delete its row here.
Everything else discovery passes over (images, code, data) is not a document: ``--verbose``
lists those.
"""
from __future__ import annotations

import os

_SAVE_DOCX = "save it as .docx (or PDF) and lint that"

# .doc .dot .rtf .wpd (through LibreOffice) and .odt .ott .fodt have readers: not listed here.
NOT_READ = {
    ".wps": ("Microsoft Works document", _SAVE_DOCX),
    ".pages": ("Apple Pages document", "export it to .docx or PDF and lint that"),
    ".ods": ("OpenDocument spreadsheet", "export the sheets with text to PDF and lint that"),
    ".xls": ("old Excel workbook", "export the sheets with text to PDF and lint that"),
    ".xlsx": ("Excel workbook", "export the sheets with text to PDF and lint that"),
    ".xlsm": ("Excel workbook", "export the sheets with text to PDF and lint that"),
    ".numbers": ("Apple Numbers spreadsheet", "export it to PDF and lint that"),
    ".odp": ("OpenDocument presentation", "export it to PDF and lint that"),
    ".ppt": ("old PowerPoint presentation", "export it to PDF and lint that"),
    ".pptx": ("PowerPoint presentation", "export it to PDF and lint that"),
    ".pptm": ("PowerPoint presentation", "export it to PDF and lint that"),
    ".key": ("Apple Keynote presentation", "export it to PDF and lint that"),
    ".epub": ("EPUB e-book", "export it to PDF or .docx and lint that"),
    ".xps": ("XPS document", "print it to PDF and lint that"),
    ".oxps": ("XPS document", "print it to PDF and lint that"),
}


def not_read(path: str):
    """(what, advice) when ``path`` is a document type that cannot be read, else None."""
    return NOT_READ.get(os.path.splitext(path)[1].lower())


def message(path: str) -> str:
    """One line: "old binary Word .doc file; save it as .docx (or PDF) and lint that"."""
    what, advice = not_read(path)
    return f"{what}; {advice}"
