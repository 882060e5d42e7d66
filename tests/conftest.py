import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = (ROOT.parent / "shared").resolve()


def run_cli(*args, input=None, cwd=None, env=None):
    """Run the installed command line in a subprocess; returns CompletedProcess (text)."""
    full_env = dict(os.environ)
    full_env.pop("GITHUB_ACTIONS", None)
    full_env.update(env or {})
    return subprocess.run([sys.executable, "-m", "inclusive_lint", *map(str, args)], input=input,
                          capture_output=True, text=True, cwd=cwd, env=full_env, timeout=600)


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
def shared():
    if not SHARED.is_dir():
        pytest.fail(f"../shared not found at {SHARED}")
    return SHARED
