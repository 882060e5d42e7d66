"""An opt-in warm server for instant start-up: ``INCLUSIVE_LINT_SERVER=1``.

Importing spaCy costs about 0.65 s of CPU, more than a whole pre-commit run should take. With
``INCLUSIVE_LINT_SERVER=1`` the command first tries a server that has spaCy and the rule packs
loaded already: it passes its arguments, working folder, environment and its standard input,
output and error (the file descriptors themselves) over a Unix socket; the server forks a child
that runs the command exactly as the command line would, writing straight to the caller's
terminal or pipes, and sends back the exit code. If no server answers, the command runs as
usual and starts one in the background for next time.

The socket lives in a folder only this user can open, and its name carries a hash of the
installed code, so an upgraded or edited install never talks to an old server. A server exits
after ``INCLUSIVE_LINT_SERVER_IDLE`` seconds without a request (default 1800), or within five
seconds of its socket being removed.

This module is the client side (the command line imports it); the server's own loop, which
runs the command line in its children, is ``server_loop``.
"""
from __future__ import annotations

import json
import os
import socket
import struct
import sys

_MAX_MESSAGE = 1 << 20


def enabled() -> bool:
    return os.environ.get("INCLUSIVE_LINT_SERVER", "") in ("1", "true", "yes")


def socket_path() -> str:
    from .cache import _code_fingerprint

    base = os.environ.get("XDG_RUNTIME_DIR") or os.path.join("/tmp", f"inclusive-lint-{os.getuid()}")
    folder = os.path.join(base, "inclusive-lint")
    if len(folder) > 60:          # socket paths are limited to about 100 bytes
        import hashlib

        short = hashlib.sha256(folder.encode()).hexdigest()[:12]
        _private(os.path.join("/tmp", f"inclusive-lint-{os.getuid()}"))
        folder = os.path.join("/tmp", f"inclusive-lint-{os.getuid()}", short)
    _private(folder)
    return os.path.join(folder, f"server-{_code_fingerprint()[:16]}.sock")


def _private(folder: str) -> None:
    os.makedirs(folder, mode=0o700, exist_ok=True)
    st = os.stat(folder)
    if st.st_uid != os.getuid() or st.st_mode & 0o077:
        raise OSError(f"{folder} is not private to this user")


def _send(sock, payload: bytes, fds=()) -> None:
    header = struct.pack("!I", len(payload))
    if fds:
        socket.send_fds(sock, [header + payload], list(fds))
    else:
        sock.sendall(header + payload)


def _recv_exact(sock, n: int) -> bytes:
    buf = b""
    while len(buf) < n:
        chunk = sock.recv(n - len(buf))
        if not chunk:
            raise ConnectionError("closed")
        buf += chunk
    return buf


def run_via_server(argv) -> int | None:
    """The exit code of ``argv`` run by a warm server, or None (then run here as usual)."""
    try:
        path = socket_path()
    except OSError:
        return None
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        sock.connect(path)
    except OSError:
        sock.close()
        _spawn_server()
        return None
    try:
        sys.stdout.flush()
        sys.stderr.flush()
        message = json.dumps({"argv": list(argv), "cwd": os.getcwd(), "env": dict(os.environ)}).encode()
        _send(sock, message, fds=(0, 1, 2))
        return struct.unpack("!i", _recv_exact(sock, 4))[0]
    except (OSError, ConnectionError, struct.error):
        return None
    finally:
        sock.close()


def _spawn_server() -> None:
    import subprocess

    try:
        subprocess.Popen([sys.executable, "-m", "inclusive_lint.server_loop"], stdin=subprocess.DEVNULL,
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
                         close_fds=True)
    except OSError:
        pass
