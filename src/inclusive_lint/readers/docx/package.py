"""Safe access to a Word package: sniff the container, then read parts through SafeZip.

We open the zip ourselves rather than through python-docx, because python-docx inflates
every part while loading; ``readers/safezip.py`` checks each part's declared size and
compression ratio before anything is inflated and caps every read as it streams.
"""
from __future__ import annotations

import posixpath

from ...errors import InputError
from ..safezip import SafeZip

OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
STRICT_SWAPS = (
    (b"http://purl.oclc.org/ooxml/wordprocessingml/main",
     b"http://schemas.openxmlformats.org/wordprocessingml/2006/main"),
    (b"http://purl.oclc.org/ooxml/officeDocument/relationships",
     b"http://schemas.openxmlformats.org/officeDocument/2006/relationships"),
    (b"http://purl.oclc.org/ooxml/drawingml/main",
     b"http://schemas.openxmlformats.org/drawingml/2006/main"),
)


def sniff(data: bytes) -> None:
    """Raise a clear InputError for things that are not a zip-based Word document."""
    head = data[:8]
    if not data:
        raise InputError("corrupt", "empty file (0 bytes): not a Word document")
    if head == OLE_SIGNATURE:
        if _utf16(b"EncryptionInfo") in data or _utf16(b"EncryptedPackage") in data:
            raise InputError("encrypted", "password-protected (encrypted) Word document: open it in "
                             "Word, remove the password (File > Info > Protect Document > Encrypt "
                             "with Password) and lint the saved copy")
        if _utf16(b"WordDocument") in data:
            raise InputError("unsupported", "old binary Word .doc format (Word 97-2003), whatever its "
                             "name says: open it in Word or LibreOffice, save it as .docx and lint that")
        raise InputError("unsupported", "an OLE compound file, not a .docx (zip) package: save it "
                         "from Word as .docx")
    if head.startswith(b"{\\rtf"):
        raise InputError("unsupported", "an RTF file with a Word extension: save it as .docx")
    if head.startswith(b"%PDF"):
        raise InputError("unsupported", "a PDF file with a Word extension: rename it to .pdf")
    if not head.startswith(b"PK"):
        raise InputError("corrupt", "not a Word document (no zip signature): open it in Word and "
                         "save it again as .docx")


def _utf16(name: bytes) -> bytes:
    return name.decode("ascii").encode("utf-16-le")


class Package(SafeZip):
    """The Word package: its parts (read with size caps) and relationships."""

    def __init__(self, data: bytes):
        sniff(data)
        super().__init__(data)

    def prepare(self, data: bytes) -> bytes:
        if b"purl.oclc.org/ooxml" in data[:4096]:
            for strict, transitional in STRICT_SWAPS:
                data = data.replace(strict, transitional)
        return data

    def rels(self, part: str) -> dict:
        """Relationships of ``part``: id -> (type suffix, absolute target part name or URL, external)."""
        folder, base = posixpath.split(part.lstrip("/"))
        root = self.xml(posixpath.join(folder, "_rels", base + ".rels"))
        out: dict = {}
        if root is None:
            return out
        for rel in root:
            if not isinstance(rel.tag, str) or not rel.tag.endswith("Relationship"):
                continue
            rid, rtype, target = rel.get("Id"), rel.get("Type") or "", rel.get("Target") or ""
            external = (rel.get("TargetMode") or "").lower() == "external"
            if not external:
                if target.startswith("/"):
                    target = target.lstrip("/")
                else:
                    target = posixpath.normpath(posixpath.join(folder, target))
            out[rid] = (rtype.rsplit("/", 1)[-1], target, external)
        return out

    def main_part(self) -> str:
        """The main document part, following the package relationships."""
        for rtype, target, external in self.rels("").values():
            if rtype == "officeDocument" and not external and self.find(target):
                return self.find(target)
        for guess in ("word/document.xml", "word/document2.xml"):
            if self.find(guess):
                return self.find(guess)
        if self.find("content.xml") and self.find("mimetype"):
            raise InputError("unsupported", "an OpenDocument (.odt) file with a Word extension: "
                             "save it as .docx")
        raise InputError("corrupt", "a zip file but not a Word document (no main document part): "
                         "open it in Word and save it as .docx")
