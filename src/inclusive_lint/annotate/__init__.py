"""Annotated copies of documents: Word comments in .docx, OpenDocument comments in .odt,
highlight notes in .pdf.

One module per format (``annotate/docx.py``, ``annotate/odt.py``, ``annotate/pdf.py``), each with
``annotate(result, src_path: str, out_path: str) -> int`` returning the number of
annotations written. Inputs are never written: callers refuse an output path that is
the input.
"""
from __future__ import annotations

import importlib
import os

from ..errors import InputError

MODULES = {"docx": "docx", "pdf": "pdf", "odt": "odt"}


def annotate(result, src_path: str, out_path: str) -> int:
    if os.path.exists(out_path) and os.path.samefile(src_path, out_path):
        raise InputError("usage", f"{out_path}: refusing to annotate onto the input file")
    module = MODULES.get(result.format)
    if module is None:
        raise InputError("unsupported", f"annotated copies are made for .docx, .odt and .pdf files, not {result.format or 'this type'}")
    try:
        mod = importlib.import_module(f"{__name__}.{module}")
    except ModuleNotFoundError:
        raise InputError("unsupported", f"annotated copies of {result.format} files are not available in this version") from None
    return mod.annotate(result, src_path, out_path)
