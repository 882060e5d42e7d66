"""The Markdown reader's shortcut for inline text with no inline syntax (readers/markdown.parse)
gives the blocks markdown-it's own inline parse gives: same text, kind, start and offset map."""
from __future__ import annotations

import glob
import os

import pytest
from hypothesis import HealthCheck, given, settings as hsettings, strategies as st

from inclusive_lint.readers import markdown

HERE = os.path.dirname(__file__)


def _blocks(text: str, fast: bool, monkeypatch):
    with monkeypatch.context() as m:
        if not fast:
            m.setattr(markdown, "parse", lambda body: markdown._md().parse(body))
        doc = markdown.read(text.encode("utf-8"), "x.md", {})
    return [(b.text, b.kind, b.start, b.offsets) for b in doc.blocks], doc.meta["code_lines"]


TRICKY = [
    "Line one  \nline two\n   line three \n\tline four\t\nlast",
    "# Heading with trailing spaces   \n\nPara one\n    indented continuation\n",
    "Text with a single trailing space \nand a tab\t\nnext",
    "| a | b |\n|---|---|\n| his  | her |\n| next of kin | x |\n",
    "> quoted line\n> another  \n\n- item one\n- item two  \n  continued\n",
    "Mixed *emphasis* and `code` and [link](http://x) and &amp; here\nsecond line",
    "Setext heading\n===\n\nSpaces only line follows\n   \nend",
    "Ends with two spaces  ",
    "    indented code\n\nAfter code\n",
    "A line\r\nwith CRLF  \r\nbreaks\r\n",
    "Unicode \u00a0non-breaking\u00a0 \nand\u2003em space\n",
    "Line with $ % + - : = @ ^ { } ~ # characters\nand more",
]


@pytest.mark.parametrize("text", TRICKY)
def test_tricky_markdown_reads_the_same(text, monkeypatch):
    assert _blocks(text, True, monkeypatch) == _blocks(text, False, monkeypatch)


def test_fixture_markdown_reads_the_same(monkeypatch):
    files = sorted(glob.glob(os.path.join(HERE, "data", "**", "*.md"), recursive=True)
                   + glob.glob(os.path.join(HERE, "..", "examples", "**", "*.md"), recursive=True)
                   + glob.glob(os.path.join(HERE, "..", "README.md")))
    assert files
    for path in files:
        with open(path, encoding="utf-8", errors="replace") as fh:
            text = fh.read()
        assert _blocks(text, True, monkeypatch) == _blocks(text, False, monkeypatch), path


def test_bench_corpora_read_the_same(monkeypatch):
    import sys

    sys.path.insert(0, os.path.join(HERE, "..", "bench"))
    from make_corpus import generate
    from make_rich import rich

    for text in (generate(0.1, seed=2), rich(0.1, seed=4)):
        fast, _ = _blocks(text, True, monkeypatch)
        assert fast == _blocks(text, False, monkeypatch)[0] and len(fast) > 100


_ALPHABET = st.sampled_from(list("ab his her  \t\t\n\n\n#>-*_`[]()!<&\\|:.1\u00a0") + ["  \n", "\n\n", "    "])


@hsettings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(_ALPHABET, max_size=60).map("".join))
def test_any_markdown_reads_the_same(monkeypatch, text):
    assert _blocks(text, True, monkeypatch) == _blocks(text, False, monkeypatch)
