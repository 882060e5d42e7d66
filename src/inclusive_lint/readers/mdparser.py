"""The Markdown reader's parser (markdown-it-py, CommonMark with tables), and the same parser
split in two: the block structure, and the stages after it (the inline parse) to run on the
inline tokens that need them (readers/markdown.py, readers/markdown_memo.py)."""
from __future__ import annotations

from functools import lru_cache


def full_parser():
    from markdown_it import MarkdownIt
    return MarkdownIt("commonmark").enable("table")


@lru_cache(maxsize=None)
def block_parser():
    """The parser with the stages after the block structure left out, and those stages (the
    inline parse and what follows it) to run on chosen tokens."""
    md = full_parser()
    rules = [r for r in md.core.ruler.__rules__ if r.enabled]
    after = [r for r in rules[[r.name for r in rules].index("block") + 1:]]
    md.core.ruler.disable([r.name for r in after])
    return md, [r.fn for r in after]
