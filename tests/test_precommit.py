"""The real pre-commit hooks from .pre-commit-hooks.yaml, installed from THIS working tree.

The tree (tracked and untracked, not ignored files) is committed into a throwaway repo in
pytest's cache with fixed dates and author, so the commit id depends only on the content.
``pre-commit try-repo`` always installs into a temporary store (it ignores PRE_COMMIT_HOME);
``pre-commit run`` with a config naming that commit reuses the hook environment kept in
``PRE_COMMIT_HOME`` (also in pytest's cache) while the tree is unchanged. The time each
step took is stored under the pytest cache key ``precommit/timings``.
"""
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GIT_ENV = {"GIT_AUTHOR_NAME": "inclusive-lint tests", "GIT_AUTHOR_EMAIL": "tests@example.invalid",
           "GIT_COMMITTER_NAME": "inclusive-lint tests", "GIT_COMMITTER_EMAIL": "tests@example.invalid",
           "GIT_AUTHOR_DATE": "2000-01-01T00:00:00+0000", "GIT_COMMITTER_DATE": "2000-01-01T00:00:00+0000",
           "GIT_CONFIG_NOSYSTEM": "1"}

pytestmark = pytest.mark.slow


def git(*args, cwd, env=None):
    return subprocess.run(["git", *args], cwd=cwd, env={**os.environ, **GIT_ENV, **(env or {})},
                          check=True, capture_output=True, text=True).stdout.strip()


@pytest.fixture(scope="module")
def hook_repo(request):
    """(path, commit) of a deterministic snapshot of the working tree."""
    if shutil.which("git") is None:
        pytest.fail("git is needed for the pre-commit test")
    snap = Path(request.config.cache.mkdir("precommit-hook-repo"))
    for child in snap.iterdir():
        shutil.rmtree(child) if child.is_dir() and not child.is_symlink() else child.unlink()
    listed = git("ls-files", "-z", "--cached", "--others", "--exclude-standard", cwd=ROOT)
    for rel in sorted(set(filter(None, listed.split("\0")))):
        src = ROOT / rel
        if not os.path.lexists(src) or rel.startswith("tests/browser/"):
            continue
        dst = snap / rel
        dst.parent.mkdir(parents=True, exist_ok=True)
        if src.is_symlink():
            os.symlink(os.readlink(src), dst)
        elif src.is_file():
            shutil.copy2(src, dst)
    git("init", "-q", cwd=snap)
    git("add", "-A", cwd=snap)
    git("-c", "commit.gpgsign=false", "commit", "-q", "-m", "snapshot for the pre-commit test", cwd=snap)
    return snap, git("rev-parse", "HEAD", cwd=snap)


@pytest.fixture(scope="module")
def env(request, tmp_path_factory):
    home = request.config.cache.mkdir("pre-commit-home")
    return {**os.environ, **GIT_ENV, "PRE_COMMIT_HOME": str(home), "PRE_COMMIT_COLOR": "never",
            "XDG_CACHE_HOME": str(tmp_path_factory.mktemp("xdg")), "NO_COLOR": "1"}


def timed(request, name, args, cwd, env):
    start = time.monotonic()
    res = subprocess.run([sys.executable, "-m", "pre_commit", *args], cwd=cwd, env=env,
                         capture_output=True, text=True, timeout=900)
    took = round(time.monotonic() - start, 1)
    timings = request.config.cache.get("precommit/timings", {})
    timings[name] = took
    request.config.cache.set("precommit/timings", timings)
    print(f"pre-commit {name}: {took} s")
    return res


def make_docx(path, *paragraphs):
    import docx

    d = docx.Document()
    for p in paragraphs:
        d.add_paragraph(p)
    d.save(path)


def new_repo(path):
    path.mkdir()
    git("init", "-q", cwd=path)
    return path


def test_try_repo_rejects_non_inclusive_md_and_docx_naming_both(request, hook_repo, env, tmp_path):
    snap, rev = hook_repo
    repo = new_repo(tmp_path / "docs")
    (repo / "leave-policy.md").write_text("# Leave\n\nThe chairman approves compassionate leave.\n")
    make_docx(repo / "consent-form.docx", "Consent", "We support transgendered patients.")
    (repo / "clean-note.txt").write_text("The chair approves leave.\n")
    git("add", ".", cwd=repo)
    res = timed(request, "try-repo (fresh hook environment)",
                ["try-repo", str(snap), "inclusive-lint", "--ref", rev, "--all-files"], repo, env)
    out = res.stdout + res.stderr
    assert res.returncode == 1, out
    assert "inclusive-lint" in out and "Failed" in out
    assert "leave-policy.md:3:5: warning [ROL-001]" in out
    assert "consent-form.docx" in out and "[TRM-001]" in out
    assert "clean-note.txt:" not in out
    assert "2 findings" in out and "in 3 files" in out
    assert "Traceback" not in out


def test_hooks_pass_a_clean_repo_and_the_fix_hook_fixes(request, hook_repo, env, tmp_path):
    snap, rev = hook_repo
    repo = new_repo(tmp_path / "docs")
    (repo / "leave-policy.md").write_text("# Leave\n\nThe chair approves compassionate leave.\n")
    make_docx(repo / "consent-form.docx", "Consent", "We support transgender patients.")
    (repo / "page.html").write_text("<p>Ask the person you would like us to contact.</p>\n")
    (repo / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {snap}\n    rev: {rev}\n    hooks:\n"
        "      - id: inclusive-lint\n      - id: inclusive-lint-fix\n")
    git("add", ".", cwd=repo)
    res = timed(request, "run clean repo (environment from PRE_COMMIT_HOME if kept)",
                ["run", "--all-files"], repo, env)
    out = res.stdout + res.stderr
    assert res.returncode == 0, out
    assert out.count("Passed") == 2, out

    (repo / "minutes.md").write_text("The Chairman opened the meeting.\n")
    git("add", "minutes.md", cwd=repo)
    fix = timed(request, "run fix hook (environment reused)",
                ["run", "inclusive-lint-fix", "--files", "minutes.md"], repo, env)
    out = fix.stdout + fix.stderr
    assert fix.returncode == 1, out
    assert "files were modified by this hook" in out
    assert (repo / "minutes.md").read_text() == "The Chair opened the meeting.\n"
    again = timed(request, "run both hooks after the fix", ["run", "--files", "minutes.md"], repo, env)
    assert again.returncode == 0, again.stdout + again.stderr
