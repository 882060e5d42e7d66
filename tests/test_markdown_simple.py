"""Markdown of ATX headings and paragraphs only gets its block structure without markdown-it's
block parser (readers/md_simple.py): the same tokens (type, line map, inline content) as
markdown-it gives, and None (markdown-it as before) for any text where a line could open or end
another kind of block."""
from __future__ import annotations

import os
import sys

import pytest
from hypothesis import HealthCheck, given, settings as hsettings, strategies as st

from inclusive_lint.readers.md_simple import simple_blocks
from inclusive_lint.readers.mdparser import block_parser

HERE = os.path.dirname(__file__)


def _shape(tokens):
    return [(t.type, t.map if t.type == "inline" or t.type.endswith("_open") else None,
             t.content if t.type == "inline" else "") for t in tokens]


def _markdown_it(body: str):
    md, _ = block_parser()
    return _shape(md.parse(body, {}))


SIMPLE = [
    "# Title\n\nA paragraph\nover two lines.\n\n## Section ##\nRight after a heading.\n",
    "#\n##   \n### closing ###   \n#### not closing#\n##### tab\theading\t#\t\n###### six\n",
    "Paragraph\n# heading ends it\nand a new one starts   \n\n\t \n",
    "no trailing newline",
    "Trailing spaces and tabs \t\nkept inside, trimmed at the end  \t ",
    "Some *emphasis*, `code` & [brackets] inside lines\nare inline syntax, not blocks",
    "\n\n\nBlank lines first\n\n\n",
]
NOT_SIMPLE = [
    "- a list", "* rule or list", "+ list", "1. ordered", "2) ordered", "> quote", "<div>html</div>",
    "[ref]: http://x", "| a | b |\n|---|---|", "Setext\n===", "Setext\n---", "```\ncode\n```",
    "~~~\ncode", "    indented code", "\tindented", " one space", "####### seven", "#hashtag",
    "para\n  indented continuation", "ends in a no-break space\u00a0", "\u3000ideographic space first",
    "nul \0 char", "", "para\n_rule_",
]


@pytest.mark.parametrize("body", SIMPLE)
def test_headings_and_paragraphs_give_markdown_its_tokens(body):
    got = simple_blocks(body)
    assert got is not None
    assert _shape(got) == _markdown_it(body)


@pytest.mark.parametrize("body", NOT_SIMPLE)
def test_any_other_block_is_left_to_markdown_it(body):
    assert simple_blocks(body) is None


@hsettings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(["# H", "## H ##", "#", "###### x #", "####### no", "#x", "# a#",
                                 "#\t t \t#\t", "word", "Word  ", "a\u00a0", "text\t", "", " ", "\t",
                                 "x \\", "end.", "* a", "- b", "1. c", "> q", "<b>", "[x]: y", "|a|",
                                 ":x", "=", "---", "```", "\u3000x", "a & b", "Hi *there*", "x\u2003",
                                 "\u200bz", "p#", "# #", "#  #  ", "# \u00a0x", "\x0cff", "v\x0b"]),
                max_size=10),
       st.sampled_from(["", "\n", "\n\n", " \n"]))
def test_whenever_it_answers_it_is_markdown_its_answer(lines, end):
    body = "\n".join(lines) + end
    got = simple_blocks(body)
    if got is not None:
        assert _shape(got) == _markdown_it(body)


def test_the_bench_corpora_take_the_short_way():
    sys.path.insert(0, os.path.join(HERE, "..", "bench"))
    from make_corpus import generate
    from make_rich import dense, rich

    for body in (generate(0.05), rich(0.05), dense(0.05)):
        got = simple_blocks(body)
        assert got is not None and _shape(got) == _markdown_it(body)
