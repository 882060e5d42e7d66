"""Write output files atomically: a temporary file in the same folder, then rename."""
from __future__ import annotations

import os
import tempfile


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def atomic_write(path: str, data, encoding: str = "utf-8", mode: int | None = None) -> None:
    """Write ``data`` (text, bytes, or an iterable of either, written piece by piece) to
    ``path`` via a temporary file and a rename. The file gets ``mode``
    (default: the existing file's mode, else 0o666 less the umask, as ``open`` would)."""
    folder = os.path.dirname(os.path.abspath(path)) or "."
    if mode is None:
        try:
            mode = os.stat(path).st_mode & 0o7777
        except OSError:
            mode = 0o666 & ~_umask()
    fd, tmp = tempfile.mkstemp(prefix=".inclusive-lint-", suffix=".tmp", dir=folder)
    try:
        os.chmod(tmp, mode)
        with os.fdopen(fd, "wb") as fh:
            if isinstance(data, (str, bytes, bytearray, memoryview)):
                fh.write(data.encode(encoding) if isinstance(data, str) else data)
            else:                           # pieces of text, written as they come
                for piece in data:
                    fh.write(piece.encode(encoding) if isinstance(piece, str) else piece)
        os.chmod(tmp, _mode_for(path))      # mkstemp makes 0600; keep the file's own mode
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _mode_for(path: str) -> int:
    """The mode of the file being replaced, or what a new file gets under the umask."""
    try:
        return os.stat(path).st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
