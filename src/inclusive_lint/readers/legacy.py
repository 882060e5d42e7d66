"""Legacy word-processor files (.doc, .dot, .rtf, .wpd), read through LibreOffice.

The file is copied into a private temporary folder and converted there with ``soffice
--headless --convert-to docx``, using a user profile made for this conversion (macros
disabled, no other LibreOffice window or profile touched) and a time limit; the Word reader
then reads the converted copy. The input itself is never opened for writing. Every location
carries ``converted_from`` (".doc"), so findings say "(converted from .doc)", and the document
gets a notice saying it was converted.

A .docx or .odt that only has an old name is read directly, without LibreOffice. Without
LibreOffice installed the file is not read: one error naming what to install (category
"missing", which the cache never keeps, so installing LibreOffice is enough).
"""
from __future__ import annotations

import dataclasses
import io
import os
import shutil
import signal
import subprocess
import tempfile
import zipfile
from pathlib import Path

from ..atomic import atomic_write
from ..errors import InputError
from ..model import Notice

TIME_LIMIT = 120          # seconds for one conversion
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
INSTALL = ("install LibreOffice (Debian/Ubuntu: apt-get install libreoffice-writer-nogui; macOS: "
           "brew install --cask libreoffice; Windows: libreoffice.org) or save it as .docx")
# A fresh profile with macros off: security level "very high" and macro execution disabled.
PROFILE = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema">
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="MacroSecurityLevel" oor:op="fuse"><value>3</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="DisableMacrosExecution" oor:op="fuse"><value>true</value></prop></item>
</oor:items>
"""


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def zip_kind(data: bytes) -> str | None:
    """'odt' or 'docx' for a zip package under another name, else None."""
    if data[:2] != b"PK":
        return None
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            names = set(z.namelist())
            if "mimetype" in names and z.getinfo("mimetype").file_size < 256 \
                    and z.read("mimetype").startswith(b"application/vnd.oasis.opendocument.text"):
                return "odt"
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
        return "docx"            # let the Word reader say what is wrong with it
    return "docx"


def read(data: bytes, path: str, options: dict):
    from . import docx, odf

    ext = os.path.splitext(path)[1].lower() or ".doc"
    kind = zip_kind(data)
    if kind == "odt":
        return odf.read(data, path, options)
    if kind == "docx":
        return docx.read(data, path, options)
    _check(data, ext)
    converted = convert(data, ext)
    doc = docx.read(converted, path, options)
    mark_converted(doc, ext)
    return doc


def _check(data: bytes, ext: str) -> None:
    if not data:
        raise InputError("corrupt", f"empty file (0 bytes): not a {ext} document")
    if data[:8] == OLE_SIGNATURE and ("EncryptionInfo".encode("utf-16-le") in data
                                      or "EncryptedPackage".encode("utf-16-le") in data
                                      or _fib_encrypted(data)):
        raise InputError("encrypted", "password-protected (encrypted) Word document: open it in Word or "
                         "LibreOffice, remove the password and lint the saved copy")
    if ext == ".rtf" and not data.lstrip()[:5] == b"{\\rtf":
        raise InputError("corrupt", "not an RTF file (it does not start with {\\rtf): open it and save "
                         "it again as .rtf or .docx")


def _fib_encrypted(data: bytes) -> bool:
    """The Word 97+ file information block (the first sector of the WordDocument stream that
    starts with its 0xA5EC signature) has its fEncrypted flag set."""
    for off in range(512, min(len(data) - 12, 512 * 2048), 512):
        if data[off:off + 2] == b"\xec\xa5":
            return bool(int.from_bytes(data[off + 10:off + 12], "little") & 0x0100)
    return False


def convert(data: bytes, ext: str) -> bytes:
    """The bytes of a .docx that LibreOffice makes from ``data`` (a ``ext`` file)."""
    exe = soffice()
    if exe is None:
        raise InputError("missing", f"reading {ext} files needs LibreOffice (soffice), which is not "
                         f"installed: {INSTALL}")
    with tempfile.TemporaryDirectory(prefix="inclusive-lint-convert-") as tmp:
        src = os.path.join(tmp, "document" + ext)      # a private copy: soffice never sees the input
        atomic_write(src, data)
        profile = os.path.join(tmp, "profile")
        os.makedirs(os.path.join(profile, "user"))
        atomic_write(os.path.join(profile, "user", "registrymodifications.xcu"), PROFILE)
        out = os.path.join(tmp, "out")
        cmd = [exe, "--headless", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
               f"-env:UserInstallation={Path(profile).as_uri()}",
               "--convert-to", "docx:MS Word 2007 XML", "--outdir", out, src]
        env = dict(os.environ, HOME=tmp)
        err = _run(cmd, env, ext)
        result = os.path.join(out, "document.docx")
        if not os.path.exists(result):
            detail = f" ({err})" if err else ""
            raise InputError("corrupt", f"LibreOffice could not convert this {ext} file{detail}: it may "
                             "be damaged or password-protected; open it in Word or LibreOffice and save "
                             "it as .docx")
        with open(result, "rb") as fh:
            return fh.read()


def _run(cmd, env, ext) -> str:
    """Run soffice in its own process group; kill the group after the time limit."""
    try:
        proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, env=env, start_new_session=True)
    except OSError as exc:
        raise InputError("missing", f"LibreOffice (soffice) could not be started ({exc.strerror or exc}): "
                         f"{INSTALL}") from None
    try:
        _, stderr = proc.communicate(timeout=TIME_LIMIT)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except OSError:
            pass
        proc.communicate()
        raise InputError("timeout", f"LibreOffice took more than {TIME_LIMIT} s to convert this {ext} "
                         "file and was stopped: save it as .docx and lint that") from None
    lines = [ln.strip() for ln in stderr.decode("utf-8", "replace").splitlines() if ln.strip()]
    return lines[-1][:200] if lines else ""


def mark_converted(doc, ext: str) -> None:
    """Every location says the text was converted from ``ext``; the document says so too."""
    tag = ("converted_from", ext)

    def mark(loc):
        return dataclasses.replace(loc, extra=tuple(loc.extra or ()) + (tag,))
    for b in doc.blocks:
        b.location = mark(b.location)
    for q in doc.questions:
        q.location = mark(q.location)
    doc.meta["converted_from"] = ext
    doc.notices.append(Notice("converted", f"converted from {ext} to .docx by LibreOffice before "
                              "reading; the original file was not changed"))
