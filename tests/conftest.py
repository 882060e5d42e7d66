import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
REAL = DATA / "real"                      # small real files kept in the repository (SOURCES.md)
CORPUS_ENV = "INCLUSIVE_LINT_CORPUS"      # the whole real-world corpus: the extended suite


def run_cli(*args, input=None, cwd=None, env=None):
    """Run the installed command line in a subprocess; returns CompletedProcess (text)."""
    full_env = dict(os.environ)
    full_env.pop("GITHUB_ACTIONS", None)
    full_env.update(env or {})
    return subprocess.run([sys.executable, "-m", "inclusive_lint", *map(str, args)], input=input,
                          capture_output=True, text=True, cwd=cwd, env=full_env, timeout=600)


def pytest_make_parametrize_id(config, val, argname):
    """Bytes parameters are named by their length, not their contents: the ids stay short, and a
    value built at collection time (a zip with a timestamp) cannot give two xdist workers two
    different test lists."""
    if isinstance(val, (bytes, bytearray)):
        return f"{argname}-{len(val)}B"
    return None


@pytest.fixture
def cli():
    return run_cli


@pytest.fixture(scope="session")
def settings():
    from inclusive_lint.api import build_settings
    from inclusive_lint.config import load_config

    return build_settings(load_config(use_project=False))


@pytest.fixture
def lint(settings):
    from inclusive_lint.api import lint_text

    def _lint(text, filename="case.txt"):
        return lint_text(text, filename=filename, settings=settings)
    return _lint


@pytest.fixture(scope="session")
def real():
    """tests/data/real: real files from other projects' test suites, always present."""
    return REAL


EXTENDED = []    # node ids of the extended-suite tests left out of this run (INCLUSIVE_LINT_CORPUS unset)


def pytest_collection_modifyitems(config, items):
    """Without INCLUSIVE_LINT_CORPUS the tests that take the ``corpus`` fixture are deselected, and
    tests/test_extended_suite.py reports them in ONE skip line naming the variable."""
    if os.environ.get(CORPUS_ENV):
        return
    extended = [item for item in items if "corpus" in getattr(item, "fixturenames", ())]
    if extended:
        EXTENDED[:] = [item.nodeid for item in extended]
        items[:] = [item for item in items if item not in extended]
        config.hook.pytest_deselected(items=extended)


@pytest.fixture(scope="session")
def corpus():
    """The real-world corpus folder (with real/ and policies/) named by INCLUSIVE_LINT_CORPUS.
    Unset: every test that uses it is skipped with this one reason. Set but wrong: a failure."""
    value = os.environ.get(CORPUS_ENV)
    if not value:
        pytest.skip(f"extended suite: set {CORPUS_ENV}=DIR (the real-world corpus) to run it")
    path = Path(value).expanduser().resolve()
    if not (path / "real").is_dir() or not (path / "policies").is_dir():
        pytest.fail(f"{CORPUS_ENV}={value}: expected a folder with real/ and policies/ in it")
    return path


@pytest.fixture(scope="session")
def long_handbook(tmp_path_factory):
    """A generated Word handbook the size of the corpus's 872-page one (tests/large_fixtures.py)."""
    from large_fixtures import long_handbook as make

    return make(tmp_path_factory.mktemp("large") / "handbook-long.docx")
