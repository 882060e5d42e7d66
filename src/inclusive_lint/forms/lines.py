"""Lines and fields of a block, and what each field looks like (label, options, write-in).

A *line* is a span of a block's text between line breaks (a Markdown soft break
counts, since the reader turns it into a space). A line may hold several *fields*
("Mother's name: ____   Father's name: ____"). Each field is classified by
:func:`classify`.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from . import options as opts_mod
from .vocab import BOX, BULLET, CODED_BOX, NOT_LABEL, WRITE_IN

# (after a blank, a label that has a blank of its own and no colon: "Sex: M/F_____ Birth date_____")
_FIELD_SPLIT = re.compile(r"(?:\t+| {3,}|(?:(?<=_)|(?<=\.\.)|(?<=\u2026)|(?<=\]))\s+)(?=(?:[A-Z][^:?\n\t]{0,40}[:?](?:\s|$)))"
                          r"|(?<=_{3})\s+(?=[A-Z][^:?\n\t_]{0,30}_{3,})")
NUMBERING = re.compile(r"^(?:(?:Q(?:uestion)?\s*)?\d{1,2}(?:\.\d{1,2})*[.)]?\s+|[a-z][.)]\s+)")     # "1.3. Sex : ..."
_COLON_LABEL = re.compile(r"[^:?\n]{1,80}?:(?!//)")
_QUESTION_LABEL = re.compile(r"[^?\n]{1,160}?\?")
_SENTENCE_IN_LABEL = re.compile(r"[.!;]\s+[A-Z]")
_WORDS = re.compile(r"[^\W_][\w'\u2019-]*")
_MD_BULLET = re.compile(r"(?:^|\n)[ \t>]*(?:[-*+]|\d{1,3}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?$")
# a label that talks about a question rather than asking it: "Don't ask 'Title: ...'"
_MENTION = re.compile(r"(?:^|\s)['\"\u2018\u201c]|\b(?:avoid|don't|do not|never|instead of|rather than|such as|"
                      r"e\.g|for example|like this|not this|bad example|wrong)\b", re.I)
_SHORT_LABEL = re.compile(r"(?<=\S)()\s+(?=\S)")
_BRACKET = re.compile(r"\(([^()/\n]{1,25}(?:/[^()/\n]{1,25})+)\)")
_NEWLINE = re.compile("\n")
_LONE_BOX = re.compile(r"[qo\u00a8]|" + BOX.pattern)
_SPACE = re.compile(" ")
_FORMISH = re.compile(r"[:?/|_\u2026]")       # or "....": see _formish
_LABEL_KINDS = {"paragraph", "list_item", "form_label", "form_option", "form_field", "text_box", "heading",
                "table_cell"}
JOIN_KINDS = {"paragraph", "list_item", "form_label", "form_option", "form_field", "text_box", "heading"}


@dataclass
class Line:
    bi: int
    s: int
    e: int
    marker: bool   # starts with a tick box or bullet, or is a list item


@dataclass
class Field:
    kind: str                  # "question", "label", "options", "write_in", "text"
    label: tuple = ()          # (start, end) of the label in the block
    options: list = None       # [Opt]
    sep: str = ""              # ":" or "?" after the label, "" for a bare label before boxes
    end: int = 0


def words(s: str, cap: int = 23) -> int:
    """Words in ``s``, counted up to ``cap``: callers compare with small numbers (22 at most,
    so the count is exact wherever it matters), and a 50 MB line must not become millions of
    strings."""
    return len(list(itertools.islice(_WORDS.finditer(s), cap)))


def block_lines(document, bi: int, block) -> list:
    """Non-blank lines of a block with their spans."""
    text = block.text
    breaks = [m.start() for m in _NEWLINE.finditer(text)]
    src = document.source_text
    if document.format == "markdown" and src is not None:
        n = len(src)
        if block.offsets is None:     # a verbatim slice: find the source's line breaks directly
            base, stop = block.start, min(n, block.start + len(text))
            j = src.find("\n", base, stop)
            while j != -1:
                if text[j - base] == " ":
                    breaks.append(j - base)
                j = src.find("\n", j + 1, stop)
        else:
            breaks += [m.start() for m in _SPACE.finditer(text) if block.source_offset(m.start()) < n
                       and src[block.source_offset(m.start())] == "\n"]
        breaks.sort()
    seg = (block.meta or {}).get("pdf_segments")
    if seg is not None:
        breaks = sorted(set(breaks) | set(_pdf_breaks(text, seg)))
    joins = (block.meta or {}).get("line_breaks")    # readers that join lines with a space (OCR)
    if joins:
        breaks = sorted(set(breaks) | set(joins))
    out, pos = [], 0
    for b in breaks + [len(text)]:
        s, e = pos, b
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            marker = bool(BOX.match(text, s) or BULLET.match(text[s:e]) or block.kind in ("list_item", "form_option")
                          or (text[s].isdigit() and CODED_BOX.match(text, s)))
            if not marker and s == 0 and src is not None and document.format == "markdown":
                at = block.source_offset(0)
                marker = bool(_MD_BULLET.search(src[max(0, at - 12):at]))
            out.append(Line(bi, s, e, marker))
        pos = b + 1
    return _boxes_joined(text, out)


def _boxes_joined(text: str, lines: list) -> list:
    """A tick box alone on its line belongs to an answer: a PDF's text layer often breaks "\u2610 Male"
    in two, and a Wingdings box whose font was lost reads as a bare "q", "o" or "\u00a8". Where the
    block ends on a box, the boxes stand after their answers ("Male / \u2610 / Female / \u2610");
    otherwise before them ("Sex: / q / Male / q / Female")."""
    lone = [_LONE_BOX.fullmatch(text, line.s, line.e) is not None for line in lines]
    if not any(lone):
        return lines
    after = lone[-1]
    out = []
    for i, line in enumerate(lines):
        if lone[i]:
            continue
        if (lone[i + 1] if after and i + 1 < len(lines) else not after and i > 0 and lone[i - 1]):
            line.marker = True
        out.append(line)
    return out


def fields(text: str, s: int, e: int) -> list:
    """Spans of the fields on one line."""
    seg = text[s:e]
    if ":" not in seg and "?" not in seg:
        return [(s, e)]
    cuts = [s] + [s + m.end() for m in _FIELD_SPLIT.finditer(seg) if m.end() > 0] + [e] \
        if _may_split(seg) else [s, e]
    out = []
    for a, b in zip(cuts, cuts[1:]):
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            out.append((a, b))
    return out


def _may_split(seg: str) -> bool:
    """Can ``_FIELD_SPLIT`` match in ``seg``? Each of its matches is a tab, three spaces, or
    white space after '_', '..', an ellipsis or ']' (prose with none of these is one field)."""
    return "\t" in seg or "   " in seg or "_" in seg or ".." in seg or "\u2026" in seg or "]" in seg


def _formish(seg: str) -> bool:
    """A mark forms use (``:?/|_``, an ellipsis, four dots): one character class, which the
    regex engine scans for fastest, and a substring test."""
    return _FORMISH.search(seg) is not None or "...." in seg


def _label_ok(label: str, sep: str) -> bool:
    body = NUMBERING.sub("", label.strip())
    n = words(body)
    if n == 0 or NOT_LABEL.match(body.strip(" :?")) or _MENTION.search(body):
        return False
    if sep == "?":
        return n <= 22 and not _SENTENCE_IN_LABEL.search(body)
    return n <= 7 and not _SENTENCE_IN_LABEL.search(body) and not re.search(r"[.!]$", body.strip())


_LABEL_REACH = {":": 81, "?": 161}      # how far _COLON_LABEL and _QUESTION_LABEL reach for their mark


def label_match(rx, sep: str, text: str, at: int, e: int):
    """``rx.match(text, at, e)`` for the two label patterns, which end at their mark ``sep``
    within ``_LABEL_REACH`` characters: with no mark there it cannot match, so it is not tried
    (on a long prose line the lazy repeat would step through all of them)."""
    if text.find(sep, at, min(e, at + _LABEL_REACH[sep])) == -1:
        return None
    return rx.match(text, at, e)


_FIRST_CODE = re.compile(r"\(?(?:a|1)[).]?[ \t]")


def classify(text: str, s: int, e: int, table: bool = False) -> Field:
    """What the field text[s:e] is."""
    seg = text[s:e]
    if not _formish(seg) and not BOX.search(seg) and words(seg, 8) > 7:
        got = opts_mod.lettered(text, s, e) if _FIRST_CODE.match(seg) else None
        if got:     # numbered answers in a row: "1. Never Married 2. Married 3. Widowed 4. Separated"
            return Field("options", (), got, "", got[-1].end)
        return Field("text", (), None, "", e)      # a plain sentence: nothing form-like in it
    body_at = s + (NUMBERING.match(seg).end() if NUMBERING.match(seg) else 0)
    for rx, sep in ((_COLON_LABEL, ":"), (_QUESTION_LABEL, "?")):
        m = label_match(rx, sep, text, body_at, e)
        if m and _label_ok(text[s:m.end()], sep):
            return _after_label(text, s, m.end(), e, sep)
    box = BOX.search(text, s, e)
    if box and box.start() > s:
        lab = text[s:box.start()]
        if words(lab) <= 5 and not re.search(r"[.,;!]", lab.strip()) and not WRITE_IN.search(lab):
            got = opts_mod.parse(text, box.start(), e)
            if got:
                return Field("question", (s, box.start()), got, "", got[-1].end)
    got = opts_mod.parse(text, s, e, strict=True)
    if got:
        return Field("options", (), got, "", got[-1].end)
    heads = itertools.islice(_SHORT_LABEL.finditer(seg), 3)
    for m in heads:     # "Title  Mr  Mrs  Miss  Ms" (a row in a PDF or plain-text form)
        got = opts_mod.bare(text, s + m.end(), e)
        if got and len(got) >= 2:
            return Field("question", (s, s + m.end(1)), got, "", got[-1].end)
    got = opts_mod.boxed_after(text, s, e)
    if got:
        return Field("options", (), got, "", e)
    if WRITE_IN.search(seg) and not WRITE_IN.sub("", seg).strip(" :"):
        return Field("write_in", (), None, "", e)
    if table and words(seg) <= 7 and not re.search(r"[.!;]\s", seg):
        return Field("label", (s, e), None, "", e)
    return Field("text", (), None, "", e)


def _after_label(text: str, s: int, lab_end: int, e: int, sep: str) -> Field:
    label = (s, lab_end - 1 if sep == ":" else lab_end)
    rest_s = lab_end
    while rest_s < e and text[rest_s].isspace():
        rest_s += 1
    br = _BRACKET.search(text, s, e)
    if br is not None and not WRITE_IN.sub("", text[lab_end:e].replace(br.group(0), "")).strip(" .:"):
        got = opts_mod.separated(text, br.start(1), br.end(1), strict=True)
        if got:   # "Title (Mr/Mrs/Miss/Ms): ____", "Sex: ____ (M/F)": write one of these
            return Field("question", label, got, sep, max(e, br.end()))
    if rest_s >= e:
        return Field("label", label, None, sep, lab_end)
    rest = text[rest_s:e]
    if WRITE_IN.match(rest) and not WRITE_IN.sub("", rest).strip(" .:"):
        return Field("write_in", label, [], sep, e)
    got = opts_mod.parse(text, rest_s, e, commas=(sep == ":"))
    if got:
        return Field("question", label, got, sep, got[-1].end)
    got = opts_mod.boxed_after(text, rest_s, e)
    if got:
        return Field("question", label, got, sep, e)
    return Field("text", label, None, sep, e)


def label_kind_ok(kind: str) -> bool:
    return kind in _LABEL_KINDS


def _pdf_breaks(text: str, seg) -> list:
    """PDF blocks join their lines with an inserted space: those spaces are line breaks."""
    try:
        return [start for start, run in zip(seg.starts, seg.runs)
                if run[1] < 0 and run[2] == 1 and start < len(text) and text[start] == " "]
    except (AttributeError, TypeError, IndexError):
        return []
