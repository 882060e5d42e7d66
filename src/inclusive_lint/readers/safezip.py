"""Safe access to zip-based office documents (.docx, .odt): refuse zip bombs, parse XML safely.

Each part's declared size and compression ratio are checked before anything is inflated, and
every read is capped as it streams. XML is parsed with entities left unexpanded, no network,
no DTD and lxml's normal depth limit (256 levels). Readers subclass :class:`SafeZip` and name
their document kind and repair application, so messages say ".odt" and "LibreOffice" where
they should.
"""
from __future__ import annotations

import io
import zipfile

from ..errors import InputError

MAX_ENTRIES = 5000
MAX_PART_BYTES = 128 * 1024 * 1024          # one XML part, inflated
MAX_TOTAL_BYTES = 512 * 1024 * 1024         # every part we might read, inflated
MAX_RATIO = 200                             # inflated / compressed, for parts over RATIO_FLOOR
RATIO_FLOOR = 4 * 1024 * 1024
MB = 1024 * 1024

_PARSER = None


def parser():
    """One lxml parser for every part: no entity expansion, no network, no DTD, normal limits."""
    global _PARSER
    if _PARSER is None:
        from lxml import etree

        _PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False,
                                  load_dtd=False, dtd_validation=False, remove_pis=True)
    return _PARSER


def _bomb(info) -> bool:
    return info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(1, info.compress_size)


class SafeZip:
    """The zip and its part names; parts are read with size caps."""

    NAME = ".docx"              # how messages name the file type
    KIND = "Word document"
    APP = "Word"                # where a user repairs or re-saves the file

    def __init__(self, data: bytes):
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self.zip.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, OSError) as exc:
            raise InputError("corrupt", f"damaged {self.NAME}: the zip container cannot be opened "
                             f"({exc}); open it in {self.APP} to repair it and save a new copy") from None
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
            if info.file_size > MAX_PART_BYTES or total > MAX_TOTAL_BYTES or _bomb(info):
                raise InputError("too-large", f"part {name} declares {info.file_size // MB} MB "
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
            raise InputError("too-large", f"part {real} declares {info.file_size // MB} MB "
                             f"uncompressed, over the {cap // MB} MB limit: refused as a "
                             "possible zip bomb")
        if _bomb(info):
            ratio = info.file_size // max(1, info.compress_size)
            raise InputError("too-large", f"part {real} would inflate {ratio} times: refused as a "
                             "possible zip bomb")
        if info.flag_bits & 0x1:
            raise InputError("encrypted", f"part {real} is encrypted inside the zip: remove the "
                             f"protection in {self.APP} and save a new copy")
        chunks, total = [], 0
        try:
            with self.zip.open(info) as fh:
                while True:
                    chunk = fh.read(MB)
                    if not chunk:
                        break
                    total += len(chunk)
                    if total > cap or total > self.budget:
                        raise InputError("too-large", f"part {real} inflates past the "
                                         f"{cap // MB} MB limit: refused as a possible zip bomb")
                    chunks.append(chunk)
        except InputError:
            raise
        except (zipfile.BadZipFile, EOFError, OSError, ValueError, NotImplementedError, RuntimeError) as exc:
            raise InputError("corrupt", f"damaged {self.NAME}: part {real} cannot be unpacked ({exc}); "
                             f"open it in {self.APP} to repair it and save a new copy") from None
        except Exception as exc:   # zlib.error and friends
            raise InputError("corrupt", f"damaged {self.NAME}: part {real} cannot be unpacked "
                             f"({type(exc).__name__}: {exc})") from None
        self.budget -= total
        return b"".join(chunks)

    def prepare(self, data: bytes) -> bytes:
        """Hook for a reader to adjust a part's bytes before parsing (e.g. Strict Open XML)."""
        return data

    def xml(self, name: str, required: bool = False):
        """Parse part ``name`` safely; None when absent (or InputError when ``required``)."""
        data = self.read(name)
        if data is None:
            if required:
                raise InputError("corrupt", f"not a complete {self.KIND}: part {name} is missing")
            return None
        return self.parse(name, self.prepare(data), required)

    def parse(self, name: str, data: bytes, required: bool = True):
        from lxml import etree

        try:
            return etree.fromstring(data, parser())
        except etree.XMLSyntaxError as exc:
            if not required:
                self.damaged.append(name)
                return None
            text = str(exc)
            if "depth" in text.lower():
                raise InputError("corrupt", f"refused: {name} nests its XML more than 256 levels "
                                 f"deep (a damaged or hostile file); open it in {self.APP} and save "
                                 "a new copy") from None
            if "huge" in text.lower():
                raise InputError("too-large", f"refused: {name} has a single text run over 10 MB "
                                 "(a damaged or hostile file)") from None
            text = text.split(" (<string>")[0]
            raise InputError("corrupt", f"damaged {self.NAME}: {name} is not well-formed XML ({text}); "
                             f"open it in {self.APP} to repair it") from None
