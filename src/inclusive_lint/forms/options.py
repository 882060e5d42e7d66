"""Split a run of text into form options, keeping where each option sits.

Three layouts are recognised: tick boxes ("☐ Mr ☐ Mrs", "[ ] Male [ ] Female"),
separators ("Male / Female", "Male | Female") and bare single words separated by
spaces ("Mr  Mrs  Miss  Ms"). Comma lists are accepted only when the caller says
so (a labelled field whose whole remainder is the list). Anything that reads like
a sentence is refused: prose is not a form.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .vocab import BARE_WORDS, BOX, CODED_BOX, FREE_TEXT, GLYPHS, INSTRUCTION, WRITE_IN, is_free_text, is_opt_out, norm

MAX_WORDS = 8
MAX_CHARS = 70
_INSTRUCTION_LINE = re.compile(r"^\W*(?:if|when)\b|\bplease\b", re.I)
_UNSURE = re.compile(r"\b(?:not sure|unsure|(?:do|does|did) not know|don't know|not known)\b", re.I)
_SENTENCE_BREAK = re.compile(r"[.!?;]\s+(?=[A-Z(\"'])")
_COMMA_SPLIT = re.compile(r"\s*,\s*")
_QUOTE_EDGE = re.compile(r"(?:^|\s)['\"\u2018\u201c]|['\"\u2019\u201d](?:\s|$)")
_COMMENT_DASH = re.compile(r"\s[-\u2013\u2014]\s|\s?[\u2013\u2014]\s?")
_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")
_DATEISH = re.compile(r"^[\d\s.:-]*$")
# (a run of them with empty cells or lone boxes between is one: a table row flattened as "Male / \u2610 / Female")
_SEPARATOR = re.compile(r"\s*[/|](?:[ \t]*[" + GLYPHS + r"]?[ \t]*[/|])*\s*")
_SLASH_WORDS = re.compile(r"\b(?:and/or|or/and|s/he|he/she|she/he|his/her|her/his|him/her|her/him|"
                          r"n/a|w/c|c/o|24/7|either/or)\b", re.I)


_SLASH_LEFT = 6        # the longest word before the '/' of a _SLASH_WORDS choice ("either")


def _has_slash_word(seg: str) -> bool:
    """``_SLASH_WORDS.search(seg)`` as a yes or no: each of its matches holds one '/' and starts
    at most _SLASH_LEFT characters before it, so it is tried only there (the regex engine
    would try its 14 choices at every position of a long line)."""
    match = _SLASH_WORDS.match
    q = seg.find("/")
    while q != -1:
        for a in range(max(0, q - _SLASH_LEFT), q):
            if match(seg, a):
                return True
        q = seg.find("/", q + 1)
    return False


@dataclass
class Opt:
    text: str
    start: int     # span inside the block text
    end: int


def _words(s: str) -> int:
    return len(_WORD.findall(s))


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and (text[s].isspace() or text[s] in "/|,;\u2013\u2014-*:\u2022\u25aa\u25e6\u2023\u2043\u2219"):   # and bullets
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in "/|,;"):
        e -= 1
    return s, e


_GLUED_BLANK = re.compile(r"[A-Za-z]{1,8}(_{3,})$")     # "F__________": an answer run into the blank after it


def _make(text: str, s: int, e: int, last: bool) -> Opt | None:
    s, e = _trim(text, s, e)
    if s >= e:
        return None
    piece = text[s:e]
    glued = _GLUED_BLANK.fullmatch(piece)
    if glued and not FREE_TEXT.search(norm(piece[:glued.start(1)])):     # (not "Other____")
        e -= len(glued.group(1))
        piece = text[s:e]
    if last:
        dash = _COMMENT_DASH.search(piece)
        if dash and _words(piece[dash.end():]) >= 3 and not is_free_text(piece[dash.end():]):
            return None     # "Ms - this reveals marital status": commentary, not a form
        cut = _SENTENCE_BREAK.search(piece)
        if cut:
            e = s + cut.start()
            piece = text[s:e]
        if not is_free_text(piece):
            m = INSTRUCTION.search(piece)
            if m and m.start() > 0:
                e = s + m.start()
                piece = text[s:e]
        while e > s and text[e - 1] in ". ":
            e -= 1
        piece = text[s:e]
    if not norm(piece):
        return None
    return Opt(piece, s, e)


def _valid(opts: list, strict: bool) -> bool:
    if len(opts) < 2:
        return False
    limit = 4 if strict else MAX_WORDS
    for o in opts:
        body = WRITE_IN.sub(" ", o.text)
        n = _words(body)
        if n == 0 and not WRITE_IN.search(o.text):
            return False
        if n > limit or len(body.strip()) > MAX_CHARS:
            return False
        if _SENTENCE_BREAK.search(o.text) or _DATEISH.match(body) or _QUOTE_EDGE.search(o.text):
            return False
        if strict and ":" in body:
            return False
    return True


def boxed(text: str, start: int, end: int) -> list | None:
    """Options each led by a tick box: '☐ Male ☐ Female'. Text before the first box is refused."""
    boxes = [m for m in BOX.finditer(text, start, end)]
    if not boxes or text[start:boxes[0].start()].strip():
        return None
    opts = []
    for i, m in enumerate(boxes):
        stop = boxes[i + 1].start() if i + 1 < len(boxes) else end
        o = _make(text, m.end(), stop, i + 1 == len(boxes))
        if o is None:
            return None
        opts.append(o)
    return opts


def boxed_after(text: str, start: int, end: int) -> list | None:
    """Options each followed by a tick box: 'Male ☐  Female ☐'."""
    s, e = _trim(text, start, end)
    boxes = [m for m in BOX.finditer(text, s, e)]
    if len(boxes) < 2 or text[boxes[-1].end():e].strip():
        return None
    opts, pos = [], s
    for m in boxes:
        o = _make(text, pos, m.start(), False)
        if o is None:
            return None
        opts.append(o)
        pos = m.end()
    return opts if _valid(opts, True) else None


def separated(text: str, start: int, end: int, strict: bool = False, commas: bool = False) -> list | None:
    """Options split by '/' or '|' (or commas and a final 'or', when ``commas``)."""
    seg = text[start:end]
    slash = "/" in seg
    if slash and _has_slash_word(seg):
        return None
    parts = []
    pos = start
    if slash or "|" in seg:
        for m in _SEPARATOR.finditer(seg):
            parts.append((pos, start + m.start()))
            pos = start + m.end()
    parts.append((pos, end))
    if len(parts) < 2:
        if not commas:
            return None
        parts = _comma_parts(text, start, end)
        if parts is None:
            return None
        strict = True
    if any(_words(text[a:b]) > MAX_WORDS + 4 for a, b in parts[:-1]):
        return None
    opts = []
    for i, (s, e) in enumerate(parts):
        o = _make(text, s, e, i + 1 == len(parts))
        if o is None:
            return None
        opts.append(o)
    return opts if _valid(opts, strict) else None


def _comma_parts(text: str, start: int, end: int):
    seg = text[start:end].rstrip(" .")
    if seg.count(",") < 2 or _SENTENCE_BREAK.search(seg) or re.search(r"\b(and|or)\b", seg, re.I):
        return None
    parts, pos = [], start
    for m in _COMMA_SPLIT.finditer(seg):
        parts.append((pos, start + m.start()))
        pos = start + m.end()
    parts.append((pos, start + len(seg)))
    return parts


def bare(text: str, start: int, end: int) -> list | None:
    """'Mr  Mrs  Miss  Ms': every word a known single-word answer."""
    words = []
    for w in re.finditer(r"\S+", text[start:end]):      # stop at the first word that is not one
        if w.group(0).lower().rstrip(".") not in BARE_WORDS:
            return None
        words.append(w)
    if len(words) < 2:
        return None
    return [Opt(w.group(0).rstrip("."), start + w.start(), start + w.start() + len(w.group(0).rstrip(".")))
            for w in words]


def parse(text: str, start: int, end: int, strict: bool = False, commas: bool = False) -> list | None:
    """The options in text[start:end], or None when it is not an option list."""
    s, e = _trim(text, start, end)
    if s >= e:
        return None
    if BOX.match(text, s):
        opts = boxed(text, s, e)
        if opts and _valid(opts, strict):
            return opts
        return None
    return separated(text, s, e, strict, commas) or bare(text, s, e) or lettered(text, s, e)


# an answer's code: "a)", "(a)", "1." or a bare letter before a tick box ("a \u25a0 Male b \u25a0 Female")
_CODE = re.compile(r"\(?([a-h]|[1-9])(?:[).]|[ \t]*[" + GLYPHS + r"])(?=[ \t]*[A-Za-z])")


def lettered(text: str, s: int, e: int) -> list | None:
    """Options each led by a letter or number in order: 'a) Male b) Female', '(a)Male (b)Female', '1. Yes 2. No',
    'a \u25a0 Male b \u25a0 Female'."""
    codes = [m for m in _CODE.finditer(text, s, e) if m.start() == s or text[m.start() - 1] in " \t"]
    if len(codes) < 2 or codes[0].start() != s:
        return None
    first = codes[0].group(1)
    if first not in "a1" or [m.group(1) for m in codes] != [chr(ord(first) + i) for i in range(len(codes))]:
        return None
    opts = []
    for i, m in enumerate(codes):
        o = _make(text, m.end(), codes[i + 1].start() if i + 1 < len(codes) else e, i + 1 == len(codes))
        if o is None:
            return None
        opts.append(o)
    return opts if _valid(opts, True) else None


# an answer's code before its words: "(2)", "2.", "b)"; after a box a bare number too ("[] 1 Male")
_ANSWER_CODE_RX = r"\s*(?:\(\d{{1,2}}\)|\d{{1,2}}[.)]{}|\(?[a-z]\))[ \t]+(?=[A-Za-z])"
_ANSWER_CODE, _BOXED_CODE = re.compile(_ANSWER_CODE_RX.format("")), re.compile(_ANSWER_CODE_RX.format("?"))
_LETTER_CODE = re.compile(r"[A-Z][.)][ \t]+(?=[A-Z][a-z]+)")


def single(text: str, start: int, end: int) -> Opt | None:
    """One option on a line of its own ('☐ Male', '- Female', 'Prefer not to say')."""
    s, e = _trim(text, start, end)
    letter = _LETTER_CODE.match(text, s, e)   # a standard's answer letter: "Z. Not stated (person asked but declined ...)"
    if letter:
        s = letter.end()
    m = BOX.match(text, s) or CODED_BOX.match(text, s, e)
    if m:
        s = m.end()
    code = (_BOXED_CODE if m else _ANSWER_CODE).match(text, s, e)   # an answer's code: "[] 1 Male", "(2) Female", "b) Other"
    if code:
        s = code.end()
    o = _make(text, s, e, True)
    n = _words(WRITE_IN.sub(" ", o.text)) if o is not None else 0
    # a standard's longer answers: "Person asked and does not know or is not sure", "Not stated (person asked but declined ...)"
    limit = 12 if o is not None and (is_opt_out(o.text) or _UNSURE.search(o.text)) and not _INSTRUCTION_LINE.search(o.text) else 6
    if o is None or n > limit or len(o.text) > MAX_CHARS or (n == 0 and not WRITE_IN.search(o.text)):
        return None
    if _SENTENCE_BREAK.search(o.text) or o.text.rstrip().endswith((":", "?")):
        return None
    return o
