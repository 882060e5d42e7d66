"""Small cache files that tell when they are not what they claim: a header line naming the kind
of file, a CRC-32 of the body, and the body in ``marshal`` form (the format Python's own
bytecode cache uses; fast to read, and it holds only plain values: no code runs on loading).
Used by the start-up caches (rxcache, memostore, packs.parsed), which treat any ValueError
as "not cached"."""
from __future__ import annotations

import marshal
import os
import zlib


def seal(kind: bytes, value) -> bytes:
    """The file's bytes for ``value`` (ValueError when marshal cannot hold it)."""
    body = marshal.dumps(value)
    return kind + zlib.crc32(body).to_bytes(4, "big") + body


def unseal(kind: bytes, data: bytes):
    """The value in a file's bytes; ValueError when they are not a whole, undamaged file of
    this kind."""
    if not data.startswith(kind) or len(data) < len(kind) + 4:
        raise ValueError("not a cache file of this kind")
    body = data[len(kind) + 4:]
    if zlib.crc32(body).to_bytes(4, "big") != data[len(kind):len(kind) + 4]:
        raise ValueError("checksum mismatch")
    try:
        return marshal.loads(body)
    except (EOFError, TypeError) as exc:
        raise ValueError(f"bad data: {exc}") from None


def read(kind: bytes, path: str):
    """``unseal`` of a file; OSError or ValueError when it cannot be read or is damaged."""
    with open(path, "rb") as fh:
        return unseal(kind, fh.read())


def write(path: str, kind: bytes, value) -> bool:
    """Write atomically, creating the folder; False (never an exception) when it cannot be
    done: marshal cannot hold the value, or the folder cannot be written."""
    try:
        data = seal(kind, value)
        from .atomic import atomic_write

        os.makedirs(os.path.dirname(path), exist_ok=True)
        atomic_write(path, data)
        return True
    except Exception:
        return False
