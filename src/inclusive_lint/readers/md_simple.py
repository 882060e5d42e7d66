"""The block structure of Markdown that is only ATX headings and paragraphs, worked out without
markdown-it's block parser (which tries each of its eleven block rules at every line, in Python:
most of reading a long plain document, before anything else can start).

``simple_blocks`` gives the tokens the reader reads (type, line map, inline content) exactly as
markdown-it's CommonMark block parser does, or None for any text it does not vouch for: then
the reader parses it with markdown-it as before. It vouches only for text in which no line
could open or end any other kind of block: every line that is not blank (spaces and tabs only)
begins with a character that begins no block construct (not a space or tab, which could make
indented code or carry on a list; not ``* - + _ = ` ~ > < [ | :``, nor a digit, which open
lists, rules, fences, quotes, HTML, link definitions, setext underlines and tables) or is an
ATX heading (``# Title``); a line opening with ``#`` that is not a heading is left to
markdown-it. Such lines leave only two rules that can apply (heading and paragraph, a paragraph
running to the next blank line or heading), which are followed here step for step
(``heading``: level, closing ``#`` sequence; ``paragraph``: the lines as given, trimmed).
"""
from __future__ import annotations

_OPENERS = frozenset("*-+_=`~><[|:#")


class Tok:
    """The fields of a markdown-it ``Token`` the reader reads (and the inline stage writes)."""

    __slots__ = ("type", "tag", "map", "content", "children")

    def __init__(self, type_: str, tag: str, map_=None, content: str = "", children=None):
        self.type, self.tag, self.map, self.content, self.children = type_, tag, map_, content, children


def simple_blocks(body: str) -> list | None:
    """markdown-it's block tokens for ``body`` (headings, paragraphs), or None (see above)."""
    if not body or "\0" in body:          # markdown-it replaces NUL before parsing
        return None
    lines = body.split("\n")
    if body.endswith("\n"):
        lines.pop()
    out: list = []
    n = len(lines)
    i = 0
    while i < n:
        line = lines[i]
        if not line.strip(" \t"):
            i += 1
            continue
        if line[0] == "#":
            got = _heading(line)
            if got is None:
                return None
            level, content = got
            tag = "h" + str(level)
            out += (Tok("heading_open", tag, [i, i + 1]), Tok("inline", "", [i, i + 1], content, []),
                    Tok("heading_close", tag))
            i += 1
            continue
        if not _plain_start(line):
            return None
        j = i + 1
        while j < n:
            nxt = lines[j]
            if not nxt.strip(" \t"):
                break
            if nxt[0] == "#":
                if _heading(nxt) is None:
                    return None
                break               # a heading ends the paragraph
            if not _plain_start(nxt):
                return None
            j += 1
        content = _trim("\n".join(lines[i:j]))
        if content is None:
            return None
        out += (Tok("paragraph_open", "p", [i, j]), Tok("inline", "", [i, j], content, []), Tok("paragraph_close", "p"))
        i = j
    return out


def _plain_start(line: str) -> bool:
    c = line[0]
    return c not in _OPENERS and not c.isspace() and not c.isdigit()


def _trim(text: str) -> str | None:
    """markdown-it's ``mdTrim`` (CommonMark's whitespace at both ends) when the text's ends are
    spaces, tabs and line breaks before other characters that are not white space of any kind;
    None for anything else (left to markdown-it)."""
    text = text.strip(" \t\n")
    if text and (_odd_space(text[0]) or _odd_space(text[-1])):
        return None
    return text


def _odd_space(c: str) -> bool:
    return c.isspace() or c in "\u200b\ufeff"


def _heading(line: str):
    """(level, content) of an ATX heading line, as markdown-it's ``heading`` rule reads it, or
    None when the line is not one."""
    maximum = len(line)
    level, pos = 1, 1
    while pos < maximum and line[pos] == "#" and level <= 6:
        level += 1
        pos += 1
    if level > 6 or (pos < maximum and line[pos] not in " \t"):
        return None
    while maximum > pos and line[maximum - 1] in " \t":       # skipSpacesBack
        maximum -= 1
    tmp = maximum
    while tmp > pos and line[tmp - 1] == "#":                  # skipCharsStrBack
        tmp -= 1
    if tmp > pos and line[tmp - 1] in " \t":
        maximum = tmp
    content = _trim(line[pos:maximum])
    return None if content is None else (level, content)
