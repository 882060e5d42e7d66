"""The opt-in warm server (INCLUSIVE_LINT_SERVER=1): same output and exit code as a direct
run, standard input and the caller's folder honoured, and it stops when its socket goes."""
import os
import time
from pathlib import Path

TEXT = "# Leave\n\nEach employee must tell his manager. Please give your next of kin.\n"


def _socket(runtime: Path) -> Path:
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-c", "from inclusive_lint.server import socket_path; print(socket_path())"],
                         env={**os.environ, "XDG_RUNTIME_DIR": str(runtime)}, capture_output=True, text=True)
    return Path(out.stdout.strip())


def _wait_for_socket(sock: Path, seconds=90):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if sock.exists():
            return sock
        time.sleep(0.5)
    raise AssertionError("the server did not start")


def test_server_gives_the_same_results(cli, tmp_path):
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    work = tmp_path / "work"
    work.mkdir()
    (work / "policy.md").write_text(TEXT, encoding="utf-8")
    (work / ".inclusive-lint.yaml").write_text("fail-level: error\n", encoding="utf-8")
    env = {"INCLUSIVE_LINT_SERVER": "1", "XDG_RUNTIME_DIR": str(runtime),
           "INCLUSIVE_LINT_SERVER_IDLE": "60", "INCLUSIVE_LINT_CACHE_DIR": str(tmp_path / "cache")}
    direct = cli("policy.md", "--format", "json", "--no-cache", cwd=work)
    first = cli("policy.md", "--format", "json", "--no-cache", cwd=work, env=env)   # starts a server
    sock = _wait_for_socket(_socket(runtime))
    try:
        time.sleep(1)
        served = cli("policy.md", "--format", "json", "--no-cache", cwd=work, env=env)
        assert served.stdout == first.stdout == direct.stdout
        assert served.returncode == direct.returncode == 0          # the project config is honoured
        text = cli("policy.md", "--no-cache", "--fail-level", "info", cwd=work, env=env)
        assert text.returncode == 1 and "policy.md:3:" in text.stdout
        piped = cli("-", "--stdin-filename", "piped.md", "--no-cache", input=TEXT, cwd=work, env=env)
        assert "piped.md:3:" in piped.stdout
        many = tmp_path / "many"
        many.mkdir()
        for i in range(6):
            (many / f"p{i}.md").write_text(TEXT, encoding="utf-8")
        folder_direct = cli(many, "--format", "json", "--no-cache", "-j", "2", cwd=work)
        folder_served = cli(many, "--format", "json", "--no-cache", "-j", "2", cwd=work, env=env)
        assert folder_served.stdout == folder_direct.stdout
        assert folder_served.returncode == folder_direct.returncode == 0
        bad = cli("missing.md", cwd=work, env=env)
        assert bad.returncode == 2 and "missing.md" in bad.stdout + bad.stderr
        assert "Traceback" not in served.stderr + text.stderr + piped.stderr + bad.stderr
    finally:
        sock.unlink()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and sock.exists():
        time.sleep(0.5)
    # with the socket gone, the command simply runs here again
    after = cli("policy.md", "--format", "json", "--no-cache", cwd=work,
                env={**env, "INCLUSIVE_LINT_SERVER": "", "XDG_RUNTIME_DIR": str(runtime)})
    assert after.stdout == direct.stdout


def test_a_folder_others_can_open_is_not_used(tmp_path, monkeypatch):
    from inclusive_lint import server

    import tempfile

    runtime = Path(tempfile.mkdtemp(prefix="il-", dir="/tmp"))      # short: used as it is
    (runtime / "inclusive-lint").mkdir(parents=True)
    os.chmod(runtime / "inclusive-lint", 0o777)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    spawned = []
    monkeypatch.setattr(server, "_spawn_server", lambda: spawned.append(1))
    try:
        assert server.run_via_server(["policy.md"]) is None
        assert spawned == []
    finally:
        import shutil

        shutil.rmtree(runtime)
