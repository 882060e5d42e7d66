"""The README's test command says what the browser tests need (issue 15, item 9), and with CI
set those tests cannot skip."""
import re
from pathlib import Path

import pytest

import test_report_support as support

ROOT = Path(__file__).resolve().parent.parent


def test_readme_says_what_to_install_for_the_browser_tests():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.index("pip install '.[test]' && python -m pytest")
    after = readme[block:readme.index("## ", block)]
    line = next(x for x in re.split(r"(?<=\.)\s", " ".join(after.split())) if "npm ci --prefix tests/browser" in x)
    assert "Chromium" in line
    assert "CI" in after and "fail" in after
    ci_run = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "npm ci --prefix tests/browser" in ci_run and "chromium" in ci_run


def test_browser_tests_skip_with_the_install_command_but_fail_under_ci(tmp_path, monkeypatch):
    monkeypatch.setattr(support, "BROWSER_DIR", tmp_path)      # no node_modules here
    ok, reason = support.browser_ready()
    assert not ok
    if "chromium or node" not in reason:
        assert "npm ci --prefix tests/browser" in reason
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception):
        support.need_browser()
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="must run under CI"):
        support.need_browser()
