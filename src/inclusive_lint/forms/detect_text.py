"""Questions written as text: 'Sex: Male / Female', '☐ Mr ☐ Mrs', an option list under a question.

Works on any reader's blocks (text, Markdown, HTML paragraphs, Word paragraphs and
cells, PDF text). A question must start a line (or a field on a line); an option
list must be the rest of that line or the lines that follow. Prose is not a form:
a field that reads like a sentence is left alone.
"""
from __future__ import annotations

import re

from . import options as opts_mod
from .candidate import make
from .lines import JOIN_KINDS, block_lines, classify, fields, label_kind_ok, words
from .vocab import BARE_WORDS, is_free_text, is_opt_out, norm

SKIP_KINDS = {"code", "comment", "quote", "footnote", "endnote", "header", "footer"}
MAX_OPTION_LINES = 16


def detect(document) -> list:
    """Candidates from every block's text."""
    stream = []   # (Line, kind)
    for bi, block in enumerate(document.blocks):
        if block.kind in SKIP_KINDS or not block.text.strip():
            continue
        for line in block_lines(document, bi, block):
            stream.append((line, block.kind))
    found = []
    i = 0
    while i < len(stream):
        i = _at(document, stream, i, found)
    return found


def _text(document, line) -> str:
    return document.blocks[line.bi].text


def _segment(document, line) -> str:
    return document.blocks[line.bi].text[line.s:line.e]


def _joinable(stream, a: int, b: int) -> bool:
    """May line b (the line after a) continue the question that line a is part of?"""
    la, ka = stream[a]
    lb, kb = stream[b]
    if la.bi == lb.bi:
        return True
    return lb.bi == la.bi + 1 and ka in JOIN_KINDS and kb in JOIN_KINDS and kb != "heading"


def _at(document, stream, i: int, found: list) -> int:
    line, kind = stream[i]
    text = _text(document, line)
    spans = fields(text, line.s, line.e)
    results = [classify(text, a, b, table=False) for a, b in spans]
    if len(results) == 1 and results[0].kind in ("label", "text") and label_kind_ok(kind):
        lab = _label_line(text, line, results[0])
        if lab is not None:
            j, opts, bare = _collect(document, stream, i + 1, explicit_only=lab[2])
            if bare and (_BY_SEX.search(text, lab[0], lab[1]) or _figures_below(document, stream, j - 1)):
                opts = []       # "Patients by sex" over "Male", "Female" and a row of figures: a table
            if len(opts) >= 2:
                label, spans = text[lab[0]:lab[1]], [(line.bi, lab[0], lab[1])]
                if _ASKS_TO_CHOOSE.fullmatch(label):       # "Gender Option set Mandatory" / "Choose between:" / "• Male"
                    above, lspan = _previous_label(document, stream, i)
                    label, spans = (above, [lspan] + spans) if lspan else (label, spans)
                found.append(make(label, [o.text for _, o in opts], spans + [(bi, o.start, o.end) for bi, o in opts]))
                return j
    if kind == "heading":
        return i + 1
    for (fs, _), f in zip(spans, results):
        if f.kind == "question" and _figures_below(document, stream, i):
            continue        # "Sex Male Female" over "2023 4,210 4,388": a table of figures, not a form
        if f.kind == "question":
            found.append(make(text[f.label[0]:f.label[1]], [o.text for o in f.options],
                              [(line.bi, f.label[0], f.end)]))
        elif f.kind == "write_in" and f.label:
            found.append(make(text[f.label[0]:f.label[1]], [], [(line.bi, f.label[0], f.end)], write_in=True))
        elif f.kind == "options" and len(results) == 1 and not one_answer(f.options):
            label, lspan = _previous_label(document, stream, i)
            found.append(make(label, [o.text for o in f.options], ([lspan] if lspan else []) + [(line.bi, fs, f.end)]))
    return i + 1


# answers that may follow "Male" and "Female" in a bare list
_ANSWER = (r"(?:non[-\s]?binary|intersex|trans(?:gender)?(?:\s+(?:man|woman|male|female|person))?|unknown|not\s+(?:known|stated)|"
           r"indeterminate|other|another|x|(?:i\s+)?prefer\s+not\s+to\s+say|rather\s+not\s+say|(?:prefer\s+to\s+)?self[-\s]describe|"
           r"i\s+describe\s+myself\s+(?:in\s+)?another\s+way|other\s*\([^)]*\)|other\s*[-\u2013:]\s*_*|(?:please\s+)?specify)")
_MORE_ANSWERS = re.compile(_ANSWER + r"(?:\s*/\s*" + _ANSWER + r")*", re.I)
_PROMPT = re.compile(r"\s*-*\s*(?:please\s+)?(?:select|choose)(?:\s+(?:one|an?\s+option|title))?\s*(?:\.{3}|\u2026)?\s*-*\s*", re.I)
# a label that only asks for a choice, the field's name on the line above it
_ASKS_TO_CHOOSE = re.compile(r"\s*(?:please\s+)?(?:choose|select|pick)\s+(?:between|from|one(?:\s+of)?)|\s*(?:the\s+)?options\s+are", re.I)
_BY_SEX = re.compile(r"\bby\s+(?:sex|gender)\b", re.I)
_FIGURES = re.compile(r"[^\S\n]*[|]?[^\S\n]*(?:[A-Za-z][\w ]{0,20}?[^\S\n]*[|:]?[^\S\n]*)?"
                      r"(?:\d[\d,.%]*[^\S\n]*[|\t ][^\S\n]*)+\d[\d,.%]*[^\S\n]*[|]?[^\S\n]*")


def _figures_below(document, stream, i: int) -> bool:
    """The next line is a row of figures (a year or label, then numbers)."""
    if i + 1 >= len(stream) or not _joinable(stream, i, i + 1):
        return False
    nxt = stream[i + 1][0]
    return _FIGURES.fullmatch(_text(document, nxt)[nxt.s:nxt.e]) is not None


def _label_line(text: str, line, f):
    """(start, end, explicit_only) if this line can head an option list below it."""
    if f.kind == "label" and f.sep:
        return f.label[0], f.label[1], False
    seg = text[line.s:line.e].rstrip(" *")      # (a required field's asterisk: "Title *")
    if f.kind == "text" and seg and (seg[-1].isalnum() or seg.endswith(")")) and 0 < words(seg, 6) <= 5:
        return line.s, line.e, True
    return None


def _collect(document, stream, j: int, explicit_only: bool):
    """Option lines from stream[j:], one or several options per line."""
    got, bare, codes, coded, marked = [], False, 0, False, False
    if j < len(stream) and _joinable(stream, j - 1, j) and _PROMPT.fullmatch(_segment(document, stream[j][0])):
        j += 1      # a drop-down's prompt before its answers: "-Select-", "Please select"
    while j < len(stream) and len(got) < MAX_OPTION_LINES and _joinable(stream, j - 1, j):
        line, kind = stream[j]
        text = _text(document, line)
        seg = text[line.s:line.e]
        if seg == chr(65 + codes) and (codes or not got) and j + 1 < len(stream) and _joinable(stream, j, j + 1):
            j += 1      # an answer's letter on a line of its own before it, from the first: "A" / "Male" / "B" / "Female"
            codes, coded = codes + 1, True
            continue
        if codes and not coded and not (is_opt_out(seg) or is_free_text(seg) or _MORE_ANSWERS.fullmatch(norm(seg))):
            break       # (each answer of a lettered list has its letter, bar "Other" or "Prefer not to say" after them)
        coded = False
        if marked and not line.marker and not (is_opt_out(seg) or is_free_text(seg) or _MORE_ANSWERS.fullmatch(norm(seg))):
            break       # a bulleted or boxed list ends at a plain line (the next field: "Marital Status Option set")
        marked = marked or line.marker
        if explicit_only and not line.marker:
            # a bare answer word alone on its line needs no box ("Gender" over "Male" and "Female"), and
            # short lines after it are the rest of the list ("Non-binary/Prefer not to say")
            if norm(seg) in BARE_WORDS:
                bare = True
            elif not bare or not (is_opt_out(seg) or _MORE_ANSWERS.fullmatch(norm(seg))):
                break       # (not the next field: "Address")
        f = classify(text, line.s, line.e)
        if f.kind == "options" and one_answer(f.options):
            got.append((line.bi, opts_mod.Opt(f.options[0].text, f.options[0].start, f.options[-1].end)))
        elif f.kind == "options":
            got.extend((line.bi, o) for o in f.options)
        else:
            if f.kind in ("question", "label", "write_in") and not is_free_text(_label_text(text, f, seg)):
                break       # the next field ("Date of birth: ______"), not a write-in answer ("Other: ______")
            o = opts_mod.single(text, line.s, line.e)
            if o is None and bare and _MORE_ANSWERS.fullmatch(norm(seg)):     # "Other:" closing a bare list
                o = opts_mod.Opt(seg.rstrip(" :"), line.s, line.s + len(seg.rstrip(" :")))
            if o is None:
                break
            got.append((line.bi, _first_of_one_answer(o)))
        j += 1
    return j, got, bare


_SEXES = ({"woman", "female", "f", "girl"}, {"man", "male", "m", "boy"})


def one_answer(options: list) -> bool:
    """Two words for the same answer on one line ("Woman/female", "Man/male"), not two answers."""
    words = {norm(o.text) for o in options}
    return len(options) >= 2 and any(words <= sex for sex in _SEXES)


def _label_text(text: str, f, seg: str) -> str:
    """A field's label if it has one ("Date of birth" of "Date of birth: ____"), else the whole line."""
    return text[f.label[0]:f.label[1]] if f.label else seg


def _first_of_one_answer(o):
    """A boxed answer written two ways ("\u2610 Woman/female") is its first word, as one answer."""
    words = [w.strip() for w in o.text.split("/")]
    if len(words) == 2 and one_answer([opts_mod.Opt(w, o.start, o.end) for w in words]):
        return opts_mod.Opt(words[0], o.start, o.end)
    return o


_CODED_ROW = re.compile(r"[ \t]*(?:a|1)[).][ \t][^\n]*?[ \t](?:b|2)[).][ \t]")     # a numbered row of answers: "1. Never Married 2. Married"


def _previous_label(document, stream, i: int):
    """A short line just above an unlabelled option row ('Title' over '\u2610 Mr \u2610 Mrs')."""
    if i == 0 or not _joinable(stream, i - 1, i):
        return "", None
    prev, kind = stream[i - 1]
    text = _text(document, prev)
    seg = text[prev.s:prev.e]
    body = seg.rstrip(" :?")
    if label_kind_ok(kind) and 0 < words(body) <= 8 and not any(c in body for c in ".!;/|:_"):
        return body, (prev.bi, prev.s, prev.s + len(body))
    row = stream[i][0]
    if label_kind_ok(kind) and seg.rstrip().endswith(":") and 0 < words(body, 26) <= 25 and not any(c in body for c in ".!;/|:_?") \
            and _CODED_ROW.match(_text(document, row), row.s):
        return body, (prev.bi, prev.s, prev.s + len(body))      # an instruction over the row: "Choose the answer that
        #                                                          best describes the resident's marital status:"
    return "", None
