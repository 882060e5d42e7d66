"""Opening a PDF with pypdfium2, and turning PDFium's failures into one-line errors.

Only the pdf modules import pypdfium2, and only when a PDF is read.
"""
from __future__ import annotations

from ...errors import InputError

MAX_PAGES = 3000            # a per-document cap: bounds time and memory on hostile files
MAX_TEXT_CHARS = 20_000_000


def _password_bytes(password):
    return password if password is None else str(password)


def open_document(data: bytes, password=None):
    """A ``pypdfium2.PdfDocument`` for ``data``; raises InputError when it cannot be read.

    PDFium tries the empty user password itself, so files that are encrypted only to
    restrict printing or copying open without ``--password``.
    """
    if not data:
        raise InputError("corrupt", "empty file (0 bytes): not a PDF")
    import pypdfium2 as pdfium

    head = data[:1024]
    try:
        return pdfium.PdfDocument(data, password=_password_bytes(password))
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        if code == 4:   # FPDF_ERR_PASSWORD
            if password:
                raise InputError("encrypted", "encrypted: the password given with --password "
                                 "does not open it") from None
            raise InputError("encrypted", "encrypted: needs a password (use --password)") from None
        if code == 5:   # FPDF_ERR_SECURITY
            raise InputError("encrypted", "encrypted with a security handler that cannot be read") from None
        if b"%PDF" not in head:
            raise InputError("corrupt", "not a PDF file (no %PDF header): damaged, or another "
                             "format with a .pdf name") from None
        raise InputError("corrupt", "damaged PDF: its structure cannot be read "
                         "(try re-saving or printing it to a new PDF)") from None
    except (OSError, ValueError) as exc:
        raise InputError("corrupt", f"damaged PDF: {exc}"[:200]) from None


def check_page_count(n: int, limit: int | None = None) -> None:
    limit = limit or MAX_PAGES
    if n > limit:
        raise InputError("too-large", f"{n} pages, over the {limit}-page limit for one PDF: "
                         "split it, or lint the parts that matter")
    if n <= 0:
        raise InputError("corrupt", "the PDF has no pages it can read")
