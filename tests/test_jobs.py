"""--jobs: worker processes, deterministic order, per-file time limit, crashed workers, progress."""
import io
import json
import os
import time

import pytest

from inclusive_lint.api import lint_paths
from inclusive_lint.progress import Progress

TEXT = "Each employee must tell his manager. Please give your next of kin.\n"


def _folder(tmp_path, n=12):
    d = tmp_path / "docs"
    d.mkdir()
    for i in range(n):
        body = TEXT if i % 3 else "Nothing to report here. " + TEXT
        (d / f"f{i:02d}.md").write_text(f"# Policy {i}\n\n{body}", encoding="utf-8")
    (d / "broken.docx").write_bytes(b"not a zip")
    return d


def test_jobs_output_is_identical_and_in_input_order(cli, tmp_path):
    d = _folder(tmp_path)
    one = cli(d, "--format", "json", "--no-cache", "-j", "1", "--timeout", "0")
    two = cli(d, "--format", "json", "--no-cache", "-j", "2")
    four = cli(d, "--format", "json", "--no-cache", "-j", "4")
    assert one.returncode == two.returncode == four.returncode == 2
    assert one.stdout == two.stdout == four.stdout
    paths = [f["path"] for f in json.loads(two.stdout)["files"]]
    assert paths == sorted(paths)
    text1 = cli(d, "--no-cache", "-j", "1", "--timeout", "0")
    text2 = cli(d, "--no-cache", "-j", "2")
    assert text1.stdout == text2.stdout
    assert "    Each employee must tell his manager." in text2.stdout      # source lines survive workers


def _slow_reader(monkeypatch):
    """Files whose name starts with 'y-slow' hang, 'crash' kill their process: a hostile reader.
    Workers are forked, so they inherit the patch."""
    from inclusive_lint.readers import markdown

    real = markdown.read

    def read(data, path, options):
        name = os.path.basename(path)
        if name.startswith("y-slow"):
            time.sleep(60)
        if name.startswith("crash"):
            os._exit(9)
        if name.startswith("hog"):
            hog = bytearray(3 * 1024 ** 3)          # over the 1 GB cap the test sets
            hog[::4096] = b"x" * len(hog[::4096])
        return real(data, path, options)

    monkeypatch.setattr(markdown, "read", read)


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_hanging_file_times_out_and_the_rest_are_linted(tmp_path, monkeypatch, settings, jobs):
    _slow_reader(monkeypatch)
    from inclusive_lint.parallel import WorkerPool

    monkeypatch.setattr(WorkerPool, "FIRST_FILE_GRACE", 8.0)
    d = _folder(tmp_path, 5)
    (d / "y-slow.md").write_text(TEXT, encoding="utf-8")
    (d / "z.md").write_text(TEXT, encoding="utf-8")
    started = time.monotonic()
    report = lint_paths([str(d)], settings=settings, jobs=jobs, timeout=2, keep_documents=False)
    assert time.monotonic() - started < 40
    by_name = {os.path.basename(r.path): r for r in report.files}
    slow = by_name["y-slow.md"]
    assert [e.category for e in slow.errors] == ["timeout"]
    assert "2 s" in slow.errors[0].message
    assert [f.rule_id for f in by_name["z.md"].findings]           # linted after the stuck worker
    assert sum(1 for r in report.files if not r.errors) == 6, " | ".join(f"{n}: {r.errors[0].category} {r.errors[0].message[:80]}" for n, r in by_name.items() if r.errors)
    assert report.exit_code() == 2


def test_timeout_in_process_when_documents_are_needed(tmp_path, monkeypatch, settings):
    _slow_reader(monkeypatch)
    d = _folder(tmp_path, 2)
    (d / "y-slow.md").write_text(TEXT, encoding="utf-8")
    report = lint_paths([str(d)], settings=settings, jobs=1, timeout=1, keep_documents=True)
    by_name = {os.path.basename(r.path): r for r in report.files}
    assert by_name["y-slow.md"].errors[0].category == "timeout"
    assert by_name["f01.md"].document is not None                    # kept for --annotate / --fix


def test_a_crashing_worker_costs_one_file(tmp_path, monkeypatch, settings):
    _slow_reader(monkeypatch)
    d = _folder(tmp_path, 4)
    (d / "crash.md").write_text(TEXT, encoding="utf-8")
    report = lint_paths([str(d)], settings=settings, jobs=2, timeout=60)
    by_name = {os.path.basename(r.path): r for r in report.files}
    err = by_name["crash.md"].errors[0]
    assert err.category == "crashed" and "exit code" in err.message
    assert all(not r.errors for n, r in by_name.items() if n.endswith(".md") and n != "crash.md")


def test_timeout_option_from_the_command_line(cli, tmp_path):
    d = _folder(tmp_path, 2)
    r = cli(d, "--timeout", "-1")
    assert r.returncode == 2 and "Traceback" not in r.stderr
    ok = cli(d, "--timeout", "30", "-j", "2", "--no-cache")
    assert ok.returncode == 2 and "broken.docx" in ok.stdout


class _Clock:
    def __init__(self):
        self.t = 0.0

    def __call__(self):
        return self.t


class _Tty(io.StringIO):
    def isatty(self):
        return True


def test_progress_only_on_a_terminal_and_only_for_slow_runs():
    clock = _Clock()
    tty = _Tty()
    bar = Progress(100, stream=tty, clock=clock)
    bar.advance("a.md")
    assert tty.getvalue() == ""                       # a quick run never shows a bar
    clock.t = 1.0
    bar.advance("docs/b.md")
    assert "2/100" in tty.getvalue() and "b.md" in tty.getvalue()
    bar.close()
    assert tty.getvalue().endswith("\r")
    pipe = io.StringIO()
    quiet = Progress(100, stream=pipe, clock=clock)
    clock.t = 5.0
    quiet.advance("a.md")
    assert pipe.getvalue() == "" and not quiet.enabled


def test_a_file_that_eats_memory_is_stopped_by_the_worker_cap(tmp_path, monkeypatch, settings):
    _slow_reader(monkeypatch)
    monkeypatch.setenv("INCLUSIVE_LINT_MAX_MEMORY_MB", "1024")
    d = _folder(tmp_path, 2)
    (d / "hog.md").write_text(TEXT, encoding="utf-8")
    report = lint_paths([str(d)], settings=settings, jobs=2, timeout=60, keep_documents=False)
    by_name = {os.path.basename(r.path): r for r in report.files}
    assert by_name["hog.md"].errors[0].category in ("too-large", "crashed")
    assert [f.rule_id for f in by_name["f01.md"].findings]


def test_ctrl_c_stops_the_run_and_its_workers(tmp_path):
    import signal
    import subprocess
    import sys

    d = tmp_path / "docs"
    d.mkdir()
    sentence = "Each employee must tell his manager and give the name of a next of kin. "
    for i in range(2):
        (d / f"long{i}.txt").write_text(sentence * 60_000, encoding="utf-8")     # ~4 MB, one paragraph
    code = ("import signal, sys; signal.signal(signal.SIGINT, signal.default_int_handler); "
            "from inclusive_lint.cli import main; sys.argv = ['inclusive-lint'] + sys.argv[1:]; main()")
    proc = subprocess.Popen([sys.executable, "-c", code, str(d), "--no-cache", "-j", "2"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    time.sleep(4)
    proc.send_signal(signal.SIGINT)
    assert proc.wait(60) == 130
    err = proc.stderr.read()
    assert "interrupted" in err and "Traceback" not in err

    def running():
        out = []
        for pid in os.listdir("/proc"):
            try:
                with open(f"/proc/{pid}/cmdline", "rb") as fh:
                    if str(d).encode() in fh.read():
                        out.append(pid)
            except OSError:
                pass
        return out

    deadline = time.monotonic() + 10
    while running() and time.monotonic() < deadline:
        time.sleep(0.2)
    assert running() == []


def test_one_small_text_file_is_linted_in_this_process_under_the_time_limit(tmp_path, monkeypatch, settings):
    """No worker start-up for a single small Markdown file; the alarm still stops a hang."""
    from inclusive_lint import parallel

    def no_pool(*args, **kwargs):
        raise AssertionError("a worker pool was started for one small text file")

    monkeypatch.setattr(parallel, "WorkerPool", no_pool)
    good = tmp_path / "good.md"
    good.write_text(TEXT, encoding="utf-8")
    report = lint_paths([str(good)], settings=settings, jobs=1, timeout=30, keep_documents=False)
    assert [f.rule_id for f in report.files[0].findings] == ["PRN-001", "FAM-001"]
    _slow_reader(monkeypatch)
    slow = tmp_path / "y-slow.md"
    slow.write_text(TEXT, encoding="utf-8")
    started = time.monotonic()
    report = lint_paths([str(slow)], settings=settings, jobs=1, timeout=1, keep_documents=False)
    assert time.monotonic() - started < 20
    assert [e.category for e in report.files[0].errors] == ["timeout"]


def test_a_docx_still_goes_to_a_worker(tmp_path, monkeypatch, settings):
    from inclusive_lint import parallel

    started = []
    real = parallel.WorkerPool

    def spy(*args, **kwargs):
        started.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(parallel, "WorkerPool", spy)
    (tmp_path / "a.docx").write_bytes(b"not a zip")
    report = lint_paths([str(tmp_path / "a.docx")], settings=settings, jobs=1, timeout=30, keep_documents=False)
    assert started and report.files[0].errors[0].category == "corrupt"
