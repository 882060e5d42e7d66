"""Build examples/policy.docx: a realistic (invented) NHS trust policy for the README.

It has what policy writers' documents have: a title, numbered headings, body text, a bulleted
list, a table-based registration form with check-box glyphs, a header, a footer and a footnote
(python-docx cannot add footnotes, so a footnotes part is added with a few lxml edits).

    python examples/make_policy_docx.py            # writes examples/policy.docx
    inclusive-lint examples/policy.docx > examples/policy.docx.txt
    inclusive-lint examples/policy.docx --annotate examples/policy-annotated.docx

The output is byte-for-byte reproducible: fixed core properties and zip timestamps.
"""
from __future__ import annotations

import datetime as dt
import io
import sys
import zipfile
from pathlib import Path

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
BOX = "\u2610"   # ☐

FOOTNOTES_XML = (
    f'<w:footnotes {nsdecls("w")}>'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
    '</w:r></w:p></w:footnote>'
    '<w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
    '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
    '<w:r><w:t xml:space="preserve"> A close relative is an employee\'s husband or wife, parent, '
    'child or sibling. Evidence of the relationship, such as a marriage certificate, may be '
    'requested.</w:t></w:r></w:p></w:footnote>'
    '</w:footnotes>'
)
FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"


def add_footnote_reference(paragraph, note_id: int) -> None:
    run = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    va = OxmlElement("w:vertAlign")
    va.set(qn("w:val"), "superscript")
    rpr.append(va)
    run.append(rpr)
    ref = OxmlElement("w:footnoteReference")
    ref.set(qn("w:id"), str(note_id))
    run.append(ref)
    paragraph._p.append(run)


def add_footnotes_part(document) -> None:
    part = Part(PackURI("/word/footnotes.xml"), FOOTNOTES_CT, FOOTNOTES_XML.encode("utf-8"),
                document.part.package)
    document.part.relate_to(part, RT.FOOTNOTES)


def form_table(document) -> None:
    rows = [
        ("Patient name", ""),
        ("Title", f"{BOX} Mr   {BOX} Mrs   {BOX} Miss   {BOX} Ms"),
        ("Sex", f"{BOX} Male   {BOX} Female"),
        ("Marital status", f"{BOX} Single   {BOX} Married   {BOX} Divorced   {BOX} Widowed"),
        ("Next of kin", ""),
        ("Relationship to patient", f"{BOX} Husband   {BOX} Wife   {BOX} Mother   {BOX} Father"),
    ]
    table = document.add_table(rows=len(rows), cols=2)
    table.style = "Table Grid"
    for row, (label, options) in zip(table.rows, rows):
        row.cells[0].text = label
        row.cells[0].paragraphs[0].runs[0].bold = True
        row.cells[1].text = options


def build() -> bytes:
    d = docx.Document()
    d.core_properties.author = "Northfield Community NHS Foundation Trust"
    d.core_properties.title = "Family and Carer Leave Policy"
    fixed = dt.datetime(2026, 1, 5, 9, 0, 0)
    d.core_properties.created = d.core_properties.modified = fixed
    d.core_properties.last_modified_by = "Policy team"
    d.core_properties.revision = 1
    d.styles["Normal"].font.size = Pt(11)

    section = d.sections[0]
    section.header.paragraphs[0].text = "Northfield Community NHS Foundation Trust \u2014 HR-014 Family and Carer Leave"
    section.footer.paragraphs[0].text = ("Version 3.2. Approved by the People Committee, January 2026. "
                                         "Review date: January 2028.")

    d.add_heading("Family and Carer Leave Policy", level=0)
    d.add_heading("1 Purpose", level=1)
    d.add_paragraph(
        "This policy sets out the leave available to staff who care for family members or who "
        "are bereaved. A manager must make sure that each employee knows his entitlement before "
        "he or she takes leave.")
    d.add_heading("2 Scope", level=1)
    d.add_paragraph("The policy applies to all staff employed by the Trust, including:")
    for item in ("permanent and fixed-term employees;", "bank staff, where stated;",
                 "a member of staff and his/her dependants on secondment."):
        d.add_paragraph(item, style="List Bullet")
    d.add_heading("3 Leave", level=1)
    d.add_heading("3.1 Maternity and paternity leave", level=2)
    d.add_paragraph(
        "An expectant mother may take up to 52 weeks' maternity leave. The father may take two "
        "weeks' paternity leave after the birth.")
    d.add_heading("3.2 Bereavement leave", level=2)
    p = d.add_paragraph(
        "Each employee is entitled to five days' paid leave on the death of a close relative.")
    add_footnote_reference(p, 1)
    d.add_paragraph(
        "Staff who are transgender should speak to HR in confidence about any records held in a "
        "previous name. Where an employee has had a sex change, HR will update the record.")
    d.add_heading("3.3 Carer leave", level=2)
    d.add_paragraph(
        "Staff caring for a dependant may take up to five days' unpaid carer leave a year. "
        "Staff can name anyone they choose as their emergency contact.")
    d.add_heading("4 Registration form", level=1)
    d.add_paragraph("Complete this form when a patient is admitted to a ward.")
    form_table(d)
    d.add_paragraph("The ward clerk checks the patient's details with the patient or his next of kin.")
    add_footnotes_part(d)

    buf = io.BytesIO()
    d.save(buf)
    return _normalise_zip(buf.getvalue())


def _normalise_zip(data: bytes) -> bytes:
    """Same bytes on every run: sorted entries, fixed timestamps."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        names = src.namelist()
        first = [n for n in names if n == "[Content_Types].xml"]
        for name in first + sorted(n for n in names if n not in first):
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 5, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, src.read(name))
    return out.getvalue()


def main(argv=None) -> int:
    target = Path(argv[0]) if argv else HERE / "policy.docx"
    target.write_bytes(build())
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
