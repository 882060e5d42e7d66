"""Words and marks that forms use: tick-box glyphs, write-in lines, opt-outs, free text.

Everything here is a compiled regex or a small set, so detection stays cheap.
"""
from __future__ import annotations

import re

# Tick boxes and radio buttons as they appear in text, Word and PDF text layers
# (U+F0A8 / U+F06F … are Wingdings check boxes seen in PDF text layers).
GLYPHS = "\u2610\u2611\u2612\u25a1\u25a2\u25a3\u25cb\u25cf\u25ef\u25fb\u25fc\u25fd\u25fe\u274f\u2750" \
         "\u2751\u2752\u25a0\u2b1c\u2b1b\u2713\u2714\u2717\u2718\u26aa\u26ab\uf06f\uf0a8\uf071\uf0fe\uf0a1"
GLYPH_CHARS = frozenset(GLYPHS)
# a glyph, or an ASCII box: [ ], [x], ( ), (x), [  ]. Written as the character a box starts
# with, then which box that character starts (the same matches as the plain choice of the
# four), so that a search skips the text between those characters at the regex engine's
# fastest: a pattern that opens with a character class is scanned for it before being tried
BOX = re.compile(r"[" + GLYPHS + r"\[(](?:(?<=[" + GLYPHS + r"])|(?<=\[)\s{0,3}[xX\u2713]?\s{0,3}\]"
                 r"|(?<=\()\s{1,3}\)|(?<=\()[xX]\))")
# a survey's answer code before the box: "3[ ]Widowed"
CODED_BOX = re.compile(r"\d{1,2}[ \t]*" + BOX.pattern)

# A write-in line: underscores, dots or a run of spaces inside brackets. The same matches as
# ``_{3,}|\.{4,}|\u2026{2,}|\[\s{4,}\]``, spelt so that every choice opens with its character:
# a search then skips to those four characters at the regex engine's fastest (the repeat-first
# spelling is tried at every position of a line).
WRITE_IN = re.compile(r"___+|\.\.\.\.+|\u2026\u2026+|\[\s{4,}\]")

# Option separators in a run of options on one line.
SLASH_SPLIT = re.compile(r"\s*[/|]\s*")

# "(optional)", "optional:" in a label, or a note that the question may be skipped.
OPTIONAL = re.compile(r"\boptional\b|\bif you (wish|want|like)\b|\byou (do not|don't|need not) have to (answer|say|tell)"
                      r"|\bnot (compulsory|mandatory|required)\b|\bvoluntary\b", re.I)

# Opt-out answers.
OPT_OUT = re.compile(
    r"\bprefer(s|red)? not to (say|answer|disclose|state|tell|specify)|\brather not (say|answer)"
    r"|\bnot stated\b|\bnot disclosed\b|\bdecline[sd]? to (answer|say|state|disclose)|\bi decline\b"
    r"|\b(do not|don't) (wish|want) to (say|answer|disclose|state|tell)|\bwithheld\b"
    r"|\bno answer\b|\bskip (this )?question\b", re.I)

# Options that let people describe themselves.
FREE_TEXT = re.compile(
    r"^(?:any |an |some )?(?:other|another)\b(?!\s+(?:relatives?|family|relations?|family members?|"
    r"next of kin|parents?|guardians?|children|child)\b)"
    r"|\bplease (specify|say|state|describe|write|give|tell|explain)\b|\bself[- ]describe\b|\bdescribe\b"
    r"|\bwrite (it )?in\b|\bnot listed\b|\bsomething else\b|\bin another way\b|\bin your own words\b|\bnone of (the|these)\b|\bno title\b"
    r"|\bi use (a different|another|no) title\b|\bdifferent (title|term|word)\b|\bspecify\b", re.I)

# Instructions that trail an option list: "(please circle)", "(tick one)".
INSTRUCTION = re.compile(
    r"\s*[\(\[][^()\[\]]{0,40}\b(please|circle|tick|delete|select|choose|one|all that apply|as appropriate|"
    r"underline|cross|mark|required|optional)\b[^()\[\]]{0,40}[\)\]]\s*\.?$", re.I)

# Lead-ins that make a line a bullet or a numbered item.
BULLET = re.compile(r"^\s*(?:[-*+\u2022\u25aa\u25e6\u2023\u2043\u2219]|\(?[a-z0-9]{1,2}[.)])\s+", re.I)

# Single-word answers a form may list with nothing but spaces between them.
BARE_WORDS = frozenset({"mr", "mrs", "miss", "ms", "mx", "dr", "male", "female", "m", "f", "yes", "no",
                        "prof", "rev", "sir"})

# Labels that never head a form question, even if options follow.
NOT_LABEL = re.compile(r"^(e\.?g|i\.?e|for example|example|note|see|tip|warning|answer|options?|for instance)$",
                       re.I)


def norm(text: str) -> str:
    """Lower-case, glyphs and outer punctuation removed, inner spaces collapsed."""
    text = BOX.sub(" ", text)
    text = " ".join(text.split()).strip(" .;,:*-\u2013\u2014").lower()
    return text


def is_free_text(option: str) -> bool:
    return bool(FREE_TEXT.search(norm(option)) or WRITE_IN.search(option))


def is_opt_out(option: str) -> bool:
    return bool(OPT_OUT.search(option))
