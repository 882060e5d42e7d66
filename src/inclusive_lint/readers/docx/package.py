"""Safe access to a Word package: sniff the container, refuse zip bombs, parse XML safely.

We open the zip ourselves rather than through python-docx, because python-docx inflates
every part while loading; here each part's declared size and compression ratio are checked
before anything is inflated, and every read is capped as it streams.
"""
from __future__ import annotations

import io
import posixpath
import zipfile

from ...errors import InputError

MAX_ENTRIES = 5000
MAX_PART_BYTES = 128 * 1024 * 1024          # one XML part, inflated
MAX_TOTAL_BYTES = 512 * 1024 * 1024         # every part we might read, inflated
MAX_RATIO = 200                             # inflated / compressed, for parts over RATIO_FLOOR
RATIO_FLOOR = 4 * 1024 * 1024

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

_PARSER = None


def parser():
    """One lxml parser for every part: no entity expansion, no network, no DTD, normal limits."""
    global _PARSER
    if _PARSER is None:
        from lxml import etree

        _PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False,
                                  load_dtd=False, dtd_validation=False, remove_pis=True)
    return _PARSER


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


class Package:
    """The zip, its part names and relationships; parts are read with size caps."""

    def __init__(self, data: bytes):
        sniff(data)
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self.zip.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, OSError) as exc:
            raise InputError("corrupt", f"damaged .docx: the zip container cannot be opened ({exc}); "
                             "open it in Word to repair it and save a new copy") from None
        if len(infos) > MAX_ENTRIES:
            raise InputError("too-large", f"the package has {len(infos)} parts (limit {MAX_ENTRIES}): "
                             "refused as a possible zip bomb")
        self.infos = {}
        for info in infos:
            self.infos.setdefault(info.filename.lstrip("/"), info)
        self.lower = {name.lower(): name for name in self.infos}
        self.budget = MAX_TOTAL_BYTES
        self.damaged: list = []       # optional parts that could not be parsed

    def check_all(self) -> None:
        """Refuse the whole package if any part is a possible bomb (before a library inflates it)."""
        total = 0
        for name, info in self.infos.items():
            total += info.file_size
            if (info.file_size > MAX_PART_BYTES or total > MAX_TOTAL_BYTES
                    or (info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(1, info.compress_size))):
                raise InputError("too-large", f"part {name} declares {info.file_size // (1024 * 1024)} MB "
                                 "uncompressed: refused as a possible zip bomb")

    def find(self, name: str):
        name = name.lstrip("/")
        if name in self.infos:
            return name
        return self.lower.get(name.lower())

    def read(self, name: str, cap: int | None = None) -> bytes | None:
        """The inflated bytes of part ``name`` (None when absent), refusing bombs before inflating."""
        cap = MAX_PART_BYTES if cap is None else cap
        real = self.find(name)
        if real is None:
            return None
        info = self.infos[real]
        if info.file_size > cap or info.file_size > self.budget:
            raise InputError("too-large", f"part {real} declares {info.file_size // (1024 * 1024)} MB "
                             f"uncompressed, over the {cap // (1024 * 1024)} MB limit: refused as a "
                             "possible zip bomb")
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(1, info.compress_size):
            raise InputError("too-large", f"part {real} would inflate {info.file_size // max(1, info.compress_size)}"
                             " times: refused as a possible zip bomb")
        if info.flag_bits & 0x1:
            raise InputError("encrypted", f"part {real} is encrypted inside the zip: remove the "
                             "protection in Word and save a new copy")
        chunks, total = [], 0
        try:
            with self.zip.open(info) as fh:
                while True:
                    chunk = fh.read(1024 * 1024)
                    if not chunk:
                        break
                    total += len(chunk)
                    if total > cap or total > self.budget:
                        raise InputError("too-large", f"part {real} inflates past the "
                                         f"{cap // (1024 * 1024)} MB limit: refused as a possible zip bomb")
                    chunks.append(chunk)
        except InputError:
            raise
        except (zipfile.BadZipFile, EOFError, OSError, ValueError, NotImplementedError, RuntimeError) as exc:
            raise InputError("corrupt", f"damaged .docx: part {real} cannot be unpacked ({exc}); "
                             "open it in Word to repair it and save a new copy") from None
        except Exception as exc:   # zlib.error and friends
            raise InputError("corrupt", f"damaged .docx: part {real} cannot be unpacked "
                             f"({type(exc).__name__}: {exc})") from None
        self.budget -= total
        return b"".join(chunks)

    def xml(self, name: str, required: bool = False):
        """Parse part ``name`` safely; None when absent (or InputError when ``required``)."""
        from lxml import etree

        data = self.read(name)
        if data is None:
            if required:
                raise InputError("corrupt", f"not a complete Word document: part {name} is missing")
            return None
        if b"purl.oclc.org/ooxml" in data[:4096]:
            for strict, transitional in STRICT_SWAPS:
                data = data.replace(strict, transitional)
        try:
            root = etree.fromstring(data, parser())
        except etree.XMLSyntaxError as exc:
            if not required:
                self.damaged.append(name)
                return None
            text = str(exc)
            if "depth" in text.lower():
                raise InputError("corrupt", f"refused: {name} nests its XML more than 256 levels deep "
                                 "(a damaged or hostile file); open it in Word and save a new copy") from None
            if "huge" in text.lower():
                raise InputError("too-large", f"refused: {name} has a single text run over 10 MB "
                                 "(a damaged or hostile file)") from None
            text = text.split(" (<string>")[0]
            raise InputError("corrupt", f"damaged .docx: {name} is not well-formed XML ({text}); "
                             "open it in Word to repair it") from None
        return root

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
