"""The real pre-commit hooks from .pre-commit-hooks.yaml, installed from THIS working tree.

The package files of the tree (tracked and untracked, not ignored) are committed into a throwaway repo in
pytest's cache with fixed dates and author, so the commit id depends only on the content.
``pre-commit try-repo`` always installs into a temporary store (it ignores PRE_COMMIT_HOME);
``pre-commit run`` with a config naming that commit reuses the hook environment kept in
``PRE_COMMIT_HOME`` (also in pytest's cache) while the tree is unchanged. The time each
step took is stored under the pytest cache key ``precommit/timings``.
"""
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GIT_ENV = {"GIT_AUTHOR_NAME": "inclusive-lint tests", "GIT_AUTHOR_EMAIL": "tests@example.invalid",
           "GIT_COMMITTER_NAME": "inclusive-lint tests", "GIT_COMMITTER_EMAIL": "tests@example.invalid",
           "GIT_AUTHOR_DATE": "2000-01-01T00:00:00+0000", "GIT_COMMITTER_DATE": "2000-01-01T00:00:00+0000",
           "GIT_CONFIG_NOSYSTEM": "1"}
# What pre-commit installs from: the hook manifest and the package (tests, docs and benches
# are left out, so the snapshot's commit id, and the kept hook environment, change only
# when the package does).
PACKAGE_FILES = {".pre-commit-hooks.yaml", "pyproject.toml", "README.md", "LICENSE", "MANIFEST.in",
                 "setup.py", "setup.cfg"}
PACKAGE_DIRS = ("src/", "rules/")



def test_manifest_is_valid_and_selects_the_document_types():
    import re

    from pre_commit.clientlib import load_manifest

    hooks = {h["id"]: h for h in load_manifest(str(ROOT / ".pre-commit-hooks.yaml"))}
    assert set(hooks) == {"inclusive-lint", "inclusive-lint-fix"}
    for hook in hooks.values():
        assert hook["language"] == "python" and hook["require_serial"] is True
        files = re.compile(hook["files"])
        for name in ("a.docx", "b/c.PDF", "d.md", "e.markdown", "f.txt", "g.html", "h.HTM"):
            assert files.search(name), (hook["id"], name)
        for name in ("a.py", "b.yaml", "c.docx.bak", "md", "x.html5"):
            assert not files.search(name), (hook["id"], name)
    assert hooks["inclusive-lint"]["entry"] == "inclusive-lint"
    assert hooks["inclusive-lint-fix"]["entry"] == "inclusive-lint --fix"


def git(*args, cwd, env=None):
    return subprocess.run(["git", *args], cwd=cwd, env={**os.environ, **GIT_ENV, **(env or {})},
                          check=True, capture_output=True, text=True).stdout.strip()


def cache_dir(request, name: str) -> Path:
    """A folder in pytest's cache (kept between runs); a temporary one with -p no:cacheprovider."""
    cache = getattr(request.config, "cache", None)
    if cache is not None:
        return Path(cache.mkdir(name))
    return request.getfixturevalue("tmp_path_factory").mktemp(name)


def _package_files() -> list:
    listed = git("ls-files", "-z", "--cached", "--others", "--exclude-standard", cwd=ROOT)
    out = []
    for rel in set(filter(None, listed.split("\0"))):
        path = ROOT / rel
        if (rel in PACKAGE_FILES or rel.startswith(PACKAGE_DIRS)) and (path.is_symlink() or path.is_file()):
            out.append(rel)
    return sorted(out)


def _prune(folder: Path, keep: str, age: float = 3600) -> None:
    """Remove other entries older than ``age`` seconds (other pytest runs may still use newer ones)."""
    for child in folder.iterdir():
        if child.name != keep and time.time() - child.stat().st_mtime > age:
            shutil.rmtree(child, ignore_errors=True)


@pytest.fixture(scope="module")
def hook_repo(request):
    """(path, commit) of a deterministic snapshot of the working tree's package files.

    The snapshot lives in a folder named by a hash of those files, so pytest runs going on
    at the same time in this tree (other developers) never pull it from under each other."""
    if shutil.which("git") is None:
        pytest.fail("git is needed for the pre-commit test")
    files = _package_files()
    digest = hashlib.sha256()
    for rel in files:
        src = ROOT / rel
        data = os.readlink(src).encode() if src.is_symlink() else src.read_bytes()
        digest.update(f"{rel}\0{src.is_symlink()}\0{len(data)}\0".encode() + data)
    key = digest.hexdigest()[:16]
    base = cache_dir(request, "precommit-hook-repo")
    snap = base / key
    if not (snap / ".git").is_dir():
        tmp = Path(tempfile.mkdtemp(prefix=".tmp-", dir=base))
        for rel in files:
            src, dst = ROOT / rel, tmp / rel
            dst.parent.mkdir(parents=True, exist_ok=True)
            if src.is_symlink():
                os.symlink(os.readlink(src), dst)
            else:
                shutil.copy2(src, dst)
        git("init", "-q", cwd=tmp)
        git("add", "-A", cwd=tmp)
        git("-c", "commit.gpgsign=false", "commit", "-q", "-m", "snapshot for the pre-commit test", cwd=tmp)
        try:
            os.rename(tmp, snap)
        except OSError:              # another run made the same snapshot first
            shutil.rmtree(tmp, ignore_errors=True)
    os.utime(snap)
    _prune(base, keep=key)
    return snap, git("rev-parse", "HEAD", cwd=snap)


@pytest.fixture(scope="module")
def env(request, tmp_path_factory):
    home = cache_dir(request, "pre-commit-home")
    return {**os.environ, **GIT_ENV, "PRE_COMMIT_HOME": str(home), "PRE_COMMIT_COLOR": "never",
            "XDG_CACHE_HOME": str(tmp_path_factory.mktemp("xdg")), "NO_COLOR": "1"}


@pytest.fixture(scope="module")
def hook_config(request, hook_repo, env):
    """One config file, kept in pytest's cache, naming the current snapshot. ``pre-commit gc``
    then drops hook environments of older snapshots (each is a few hundred MB)."""
    snap, rev = hook_repo
    base = cache_dir(request, "pre-commit-config")
    (base / rev).mkdir(exist_ok=True)
    _prune(base, keep=rev)
    path = base / rev / ".pre-commit-config.yaml"
    path.write_text(f"repos:\n  - repo: {snap}\n    rev: {rev}\n    hooks:\n"
                    "      - id: inclusive-lint\n      - id: inclusive-lint-fix\n")
    subprocess.run([sys.executable, "-m", "pre_commit", "gc"], env=env, capture_output=True, timeout=300)
    return path


def timed(request, name, args, cwd, env):
    start = time.monotonic()
    res = subprocess.run([sys.executable, "-m", "pre_commit", *args], cwd=cwd, env=env,
                         capture_output=True, text=True, timeout=900)
    took = round(time.monotonic() - start, 1)
    cache = getattr(request.config, "cache", None)
    if cache is not None:
        timings = cache.get("precommit/timings", {})
        timings[name] = took
        cache.set("precommit/timings", timings)
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


@pytest.mark.slow
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
    assert "2 findings" in out and "3 documents checked" in out
    assert "Traceback" not in out


@pytest.mark.slow
def test_hooks_pass_a_clean_repo_and_the_fix_hook_fixes(request, hook_config, env, tmp_path):
    repo = new_repo(tmp_path / "docs")
    (repo / "leave-policy.md").write_text("# Leave\n\nThe chair approves compassionate leave.\n")
    make_docx(repo / "consent-form.docx", "Consent", "We support transgender patients.")
    (repo / "page.html").write_text("<p>Ask the person you would like us to contact.</p>\n")
    git("add", ".", cwd=repo)
    cfg = ["-c", str(hook_config)]
    res = timed(request, "run clean repo (environment from PRE_COMMIT_HOME if kept)",
                ["run", *cfg, "--all-files"], repo, env)
    out = res.stdout + res.stderr
    assert res.returncode == 0, out
    assert out.count("Passed") == 2, out

    (repo / "minutes.md").write_text("The Chairman opened the meeting.\n")
    git("add", "minutes.md", cwd=repo)
    fix = timed(request, "run fix hook (environment reused)",
                ["run", *cfg, "inclusive-lint-fix", "--files", "minutes.md"], repo, env)
    out = fix.stdout + fix.stderr
    assert fix.returncode == 1, out
    assert "files were modified by this hook" in out
    assert (repo / "minutes.md").read_text() == "The Chair opened the meeting.\n"
    again = timed(request, "run both hooks after the fix", ["run", *cfg, "--files", "minutes.md"], repo, env)
    assert again.returncode == 0, again.stdout + again.stderr
