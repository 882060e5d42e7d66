"""Word forms for the PDF layout tests, written with python-docx, and their PDF made by LibreOffice.

Three forms laid out the ways patient forms are: a registration form as a ruled table, tick-box
lines ("Title: ☐ Mr ☐ Mrs"), and a vertical form with each question above its options. Each
carries prose with wording the language rules flag, so the language findings can be compared too.
"""
from __future__ import annotations

import os
from pathlib import Path

from soffice import convert

BOX = "\u2610"


def to_pdf(paths, outdir) -> list:
    """Convert .docx files to PDF with one LibreOffice run; the PDF paths, in order."""
    outdir = Path(os.path.abspath(str(outdir)))
    convert(paths, "pdf", outdir, outdir / "lo-profile")
    return [os.path.join(str(outdir), os.path.splitext(os.path.basename(str(p)))[0] + ".pdf") for p in paths]


def _intro(doc, title: str) -> None:
    doc.add_heading(title, level=1)
    doc.add_paragraph("Please fill in this form before your first appointment. The doctor will "
                      "ask each patient about his medical history.")


def registration_table(path) -> None:
    """A registration form as a ruled two-column table: label cell, options cell."""
    from docx import Document

    doc = Document()
    _intro(doc, "Patient registration")
    rows = [("Surname", ""), ("Title", "Mr / Mrs / Miss / Ms"), ("Sex", f"{BOX} Male {BOX} Female"),
            ("Marital status", "Single / Married / Divorced / Widowed"), ("Next of kin", ""),
            ("Relationship to patient", f"{BOX} Husband {BOX} Wife {BOX} Mother {BOX} Father")]
    table = doc.add_table(rows=len(rows), cols=2)
    table.style = "Table Grid"
    for tr, (label, options) in zip(table.rows, rows):
        tr.cells[0].text = label
        tr.cells[1].text = options
    doc.add_paragraph("Staff must check the form with the patient or his wife before admission.")
    doc.save(str(path))


def tick_box_lines(path) -> None:
    """Questions as lines of text with tick boxes after the label."""
    from docx import Document

    doc = Document()
    _intro(doc, "About you")
    for line in (f"Title: {BOX} Mr {BOX} Mrs {BOX} Miss {BOX} Ms",
                 f"Sex: {BOX} Male {BOX} Female",
                 f"Marital status: {BOX} Single {BOX} Married {BOX} Divorced {BOX} Widowed",
                 f"Relationship to you: {BOX} Husband {BOX} Wife {BOX} Son {BOX} Daughter"):
        doc.add_paragraph(line)
    doc.add_paragraph("Each mother and father may bring a partner, a husband or wife, to the clinic.")
    doc.save(str(path))


def vertical_form(path) -> None:
    """Each question on its own line, its options one to a line under it."""
    from docx import Document

    doc = Document()
    _intro(doc, "Equality monitoring")
    for label, options in (("Title", ["Mr", "Mrs", "Miss", "Ms"]), ("Sex", ["Male", "Female"]),
                           ("Marital status", ["Single", "Married", "Divorced", "Widowed"])):
        doc.add_paragraph(label)
        for option in options:
            doc.add_paragraph(f"{BOX} {option}")
    doc.add_paragraph("Thank you. A transsexual patient can ask for a private room.")
    doc.save(str(path))


FORMS = {"registration-table": registration_table, "tick-box-lines": tick_box_lines,
         "vertical-form": vertical_form}
