"""Scanned copies of a PDF for the OCR tests: its pages rasterised and rebuilt with no text layer.

    python tests/make_scanned.py policy.pdf scanned.pdf [--dpi 200]     # image-only PDF
    python tests/make_scanned.py policy.pdf scanned.tif --dpi 300       # multi-page TIFF

PDFium renders each page in greys at the given resolution; Pillow writes the pages as an
image-only PDF (page size kept: pixels x 72 / dpi) or as one multi-page TIFF (deflate, with
its resolution recorded), as a scanner would.
"""
from __future__ import annotations

import argparse
import os


def pages(pdf_path, dpi: int) -> list:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf_path))
    try:
        return [doc[i].render(scale=dpi / 72, grayscale=True).to_pil().convert("L") for i in range(len(doc))]
    finally:
        doc.close()


def scanned_pdf(pdf_path, out_path, dpi: int = 200, repeat: int = 1) -> str:
    """An image-only PDF of ``pdf_path``'s pages (``repeat`` times over, for benchmarks)."""
    images = pages(pdf_path, dpi) * repeat
    images[0].save(str(out_path), "PDF", resolution=float(dpi), save_all=True, append_images=images[1:])
    return str(out_path)


def scanned_tiff(pdf_path, out_path, dpi: int = 300) -> str:
    """A multi-page TIFF of ``pdf_path``'s pages."""
    images = pages(pdf_path, dpi)
    images[0].save(str(out_path), "TIFF", dpi=(dpi, dpi), compression="tiff_deflate", save_all=True,
                   append_images=images[1:])
    return str(out_path)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pdf")
    ap.add_argument("out", help="an image-only .pdf, or a .tif/.tiff")
    ap.add_argument("--dpi", type=int, default=200)
    ap.add_argument("--repeat", type=int, default=1, help="copies of the pages (PDF only)")
    args = ap.parse_args()
    if os.path.splitext(args.out)[1].lower() in (".tif", ".tiff"):
        scanned_tiff(args.pdf, args.out, args.dpi)
    else:
        scanned_pdf(args.pdf, args.out, args.dpi, args.repeat)


if __name__ == "__main__":
    main()
