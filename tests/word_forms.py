"""Word forms for the PDF layout tests, written with python-docx, and their PDF made by LibreOffice.

Three forms laid out the ways patient forms are: a registration form as a ruled table, tick-box
lines ("Title: ☐ Mr ☐ Mrs"), and a vertical form with each question above its options. Each
carries prose with wording the language rules flag, so the language findings can be compared too.
"""
from __future__ import annotations

import os
import shutil
import subprocess

import pytest

BOX = "\u2610"


def soffice() -> str:
    """The LibreOffice command; skip without it, except under CI (where it must be present)."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        if os.environ.get("CI"):
            pytest.fail("LibreOffice (soffice) must be installed under CI: .ci/run installs "
                        "libreoffice-writer-nogui")
        pytest.skip("LibreOffice (soffice) is not installed here; CI installs it")
    return exe


def to_pdf(paths, outdir) -> list:
    """Convert .docx files to PDF with one LibreOffice run; the PDF paths, in order."""
    exe = soffice()
    outdir = os.path.abspath(str(outdir))
    profile = os.path.join(outdir, "lo-profile")
    proc = subprocess.run([exe, "--headless", "--norestore", f"-env:UserInstallation=file://{profile}",
                           "--convert-to", "pdf", "--outdir", outdir, *map(str, paths)],
                          capture_output=True, text=True, timeout=300)
    out = [os.path.join(outdir, os.path.splitext(os.path.basename(str(p)))[0] + ".pdf") for p in paths]
    missing = [p for p in out if not os.path.exists(p)]
    assert not missing, f"soffice made no PDF for {missing}: {proc.stderr[-500:]}"
    return out


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
