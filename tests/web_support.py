"""Start ``inclusive-lint serve`` in a subprocess on a free loopback port for the web tests, with
its own TMPDIR so a test can see that uploads never outlive their request."""
import contextlib
import os
import signal
import socket
import subprocess
import sys
import time

import pytest


def need_web():
    for mod in ("starlette", "uvicorn", "python_multipart", "httpx"):
        try:
            __import__(mod)
        except ImportError:
            if os.environ.get("CI"):
                pytest.fail(f"the web extra must be installed under CI ({mod} missing)")
            pytest.skip(f"the web extra is not installed ({mod} missing)")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def server(tmp_path, *args, env=None):
    """Yield (base_url, private temp root, process)."""
    need_web()
    port = free_port()
    tmp = tmp_path / "server-tmp"
    tmp.mkdir()
    full_env = dict(os.environ, TMPDIR=str(tmp), **(env or {}))
    proc = subprocess.Popen([sys.executable, "-m", "inclusive_lint", "serve", "--port", str(port), *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=full_env)
    base = f"http://127.0.0.1:{port}"
    import httpx

    try:
        deadline = time.monotonic() + 120
        while True:
            if proc.poll() is not None:
                raise AssertionError(f"server exited: {proc.stderr.read()}")
            try:
                if httpx.get(base + "/", timeout=5).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise AssertionError("server did not start in 120 s")
            time.sleep(0.3)
        roots = list(tmp.glob("inclusive-lint-web-*"))
        assert len(roots) == 1, roots
        yield base, roots[0], proc
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)
