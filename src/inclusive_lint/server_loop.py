"""The warm server's loop (``python -m inclusive_lint.server_loop``): loads everything once,
then runs each request's command line in a forked child. See ``server`` for the client side.
"""
from __future__ import annotations

import json
import os
import socket
import struct
import sys
import time

from .server import _MAX_MESSAGE, _recv_exact, socket_path


def serve() -> None:
    """Load everything, then answer requests until idle; one forked child per request."""
    import select
    import signal

    from .api import build_settings
    from .config import load_config

    path = socket_path()
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        listener.bind(path + f".{os.getpid()}")
        os.replace(path + f".{os.getpid()}", path)        # the newest server wins the name
    except OSError:
        return
    listener.listen(16)
    mine = os.stat(path).st_ino
    from .engine.nlp import get_nlp

    get_nlp()          # a request whose packs need spaCy's Matcher then starts warm too
    settings = build_settings(load_config(use_project=False))
    settings.ruleset.backend().warm()
    from .api import lint_file

    for name in ("warm-up.md", "warm-up.txt", "warm-up.html"):     # import the lazy modules once
        lint_file(name, settings, data=b"Each employee must tell his manager. Sex: Male / Female\n")
    from . import cli  # noqa: F401  (and the lint command with it)
    from .commands import lint  # noqa: F401

    signal.signal(signal.SIGCHLD, signal.SIG_IGN)          # children are reaped automatically
    idle = float(os.environ.get("INCLUSIVE_LINT_SERVER_IDLE", "1800"))
    last = time.monotonic()
    try:
        while True:
            ready, _, _ = select.select([listener], [], [], min(idle, 5.0))
            if not _still_mine(path, mine):
                return                                      # socket replaced or removed: stop
            if not ready:
                if time.monotonic() - last > idle:
                    return
                continue
            last = time.monotonic()
            conn, _ = listener.accept()
            if os.fork() == 0:
                listener.close()
                _child(conn)
            conn.close()
    finally:
        listener.close()
        if _still_mine(path, mine):
            try:
                os.unlink(path)
            except OSError:
                pass


def _still_mine(path: str, inode: int) -> bool:
    try:
        return os.stat(path).st_ino == inode
    except OSError:
        return False


def _child(conn) -> None:
    import signal

    signal.signal(signal.SIGCHLD, signal.SIG_DFL)    # the command waits for its own workers
    code = 2
    try:
        header, fds, _, _ = socket.recv_fds(conn, 4, 3)
        (size,) = struct.unpack("!I", header)
        if size > _MAX_MESSAGE or len(fds) != 3:
            os._exit(2)
        request = json.loads(_recv_exact(conn, size))
        for target, fd in enumerate(fds):
            os.dup2(fd, target)
            os.close(fd)
        os.chdir(request["cwd"])
        os.environ.clear()
        os.environ.update(request["env"])
        os.environ.pop("INCLUSIVE_LINT_SERVER", None)
        sys.stdin = open(0, "r", closefd=False)
        sys.stdout = open(1, "w", closefd=False)
        sys.stderr = open(2, "w", closefd=False)
        from .cli import main

        try:
            main(request["argv"])
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
    except BaseException:           # never let a child fall back into the server loop
        code = 2
    finally:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        except OSError:
            pass
        try:
            conn.sendall(struct.pack("!i", code))
        except OSError:
            pass
        os._exit(code)


if __name__ == "__main__":
    serve()
