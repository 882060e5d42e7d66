"""Terms named in a list as terms: the items after "slurs such as", a list of a condition's
older names, a glossary line with two headwords, and a column of short term cells under a
heading such as "Use instead". Each is a mention, whichever item of the list the match is.
"""
from __future__ import annotations

import re

from .wrap import rx

# nouns for words: "insults such as ...", "labels like ..."
# (not a person's own name on a form: "the full name, occupation and address of the deceased, including")
_WORD_NOUNS = (r"(?:slurs?|insults?|epithets?|terms?|words?|labels?|phrases?|expressions?|"
               r"(?<!full )(?<!first )(?<!last )(?<!given )(?<!maiden )(?<!family )(?<!legal )(?<!middle )(?<!birth )"
               r"(?<!married )(?<!preferred )(?<!chosen )(?<!your )(?<!their )(?<!his )(?<!her )names?|nicknames?|taunts?|language)")
# a name the thing was or is also given: "The condition has also been called:"
NAMED_AS_CUE = (r"(?:also|formerly|previously|sometimes|once|historically|earlier|originally|commonly|still)\s"
                r"(?:sometimes\s)?(?:been\s)?(?:called|known\sas|referred\sto\sas|described\sas|named)")
# (for common.mention_not_use) the term owns what follows: "the X person's", "X people's" (never a word talked about)
OWNER_AFTER = re.compile(r"\s(?:person|people|man|men|woman|women|individual|patient|colleague)s?['\u2019]s?\s")
# an unquoted pronoun as the subject of a naming verb
NAMED_SUBJECT = re.compile(r"\s(?:is|are|was|were)\s(?:then\s|also\s)?(?:(?:referred\sto|called|known|described)\sas|called)\b"
                           r"(?!\s(?:an?\s|the\s)?(?:[\w-]+\s)?(?:forms?|terms?|words?|pronouns?|labels?|outdated|offensive|dated)\b)")
SUBJECT_PRONOUN = re.compile(r"s/he|\(s\)he|he|she", re.I)     # (one pronoun: "he or she is described as the safe choice" is a word)
# a glossary line of two headwords: "Shemale, Tranny: slang for ..." (the definition must follow)
_DEFINITION = r"(?:(?:an?\s|the\s)?(?:[\w-]+\s){0,2}?(?:terms?|words?|names?|slang|labels?)\b|used\b|refers?\b)"
_PAIR_AFTER = rx(r"(?:[ \t]*\([\w .'-]{1,15}\))?,[ \t]*['\"]?[\w'-]+(?: [\w'-]+)?['\"]?[ \t]*:[ \t]*" + _DEFINITION, re.I)
_PAIR_BEFORE = rx(r"[\s*\-\u2022>#\d.)]*['\"]?[\w'-]+(?: [\w'-]+)?(?: \([\w .'-]{1,15}\))?,[ \t]*['\"]?")
_DEFINITION_COLON = rx(r"['\"]?[ \t]*:[ \t]*" + _DEFINITION, re.I)
# a short heading over a column of terms
_HEADING_CUE = rx(r"\b(?:avoid\w*|outdated|out of date|old-fashioned|offensive|derogatory|do not use|don't use|"
                  r"never use|instead|preferred (?:terms?|words?|language)|replace\w*|not acceptable|dated|incorrect|wrong)\b", re.I)
_SENTENCE_END = rx(r"[.!?](?:\s|$)")
_FORM_FIELD = rx(r"_{2,}|\.{3,}|\u2026|:[ \t]*$|\[[ \t]*\]|\u2610")


# a glossary entry's start: its line's bullet or number, then perhaps one capitalised word of the headword
# ("Pre-op transsexual: a person before surgery"); entries run together after a full stop count too
# ("... the opposite sex.Pre-op transsexual: ...", as pages lose their line breaks)
_ENTRY_HEAD = rx(r"[\s*\-\u2022>#\d.)]*['\"]?(?:[A-Z][\w'-]*[ \t]+)?")
_GLUED_STOP = rx(r"[a-z)]\.(?=[A-Z])")


def glossary_head(text: str, line_start: int, start: int) -> bool:
    """Only a glossary entry's opening stands between the line (or a glued full stop) and the match."""
    if start - line_start <= 80 and _ENTRY_HEAD.fullmatch(text, line_start, start):
        return True
    glued = None
    for glued in _GLUED_STOP.finditer(text, max(line_start, start - 60), start):     # a headword is short
        pass
    return glued is not None and _ENTRY_HEAD.fullmatch(text, glued.end(), start) is not None


def glossary_pair(text: str, start: int, end: int) -> bool:
    """The match is one of two headwords opening a glossary line, before the colon and its
    definition: "Transvestite (TV), Tranny: a term for ..." (either headword)."""
    line_start = text.rfind("\n", 0, start) + 1
    if _PAIR_AFTER.match(text, end) is not None and not text[line_start:start].strip(" \t*-\u2022>#.)'\"0123456789"):
        return True
    return _PAIR_BEFORE.fullmatch(text, line_start, start) is not None and _DEFINITION_COLON.match(text, end) is not None


def _short_cell(line: str) -> bool:
    line = line.strip()
    return 0 < len(line) <= 80 and len(line.split()) <= 8 and _SENTENCE_END.search(line) is None \
        and _FORM_FIELD.search(line) is None        # not a form's label and its blank


def under_term_heading(text: str, start: int, end: int) -> bool:
    """The match sits in a column of short term cells (one per line, as a flattened table
    lays them out) under a short heading that names terms to avoid or to use instead."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = line_end if line_end != -1 else len(text)
    if line_end - line_start > 280 and not text[line_start:line_start + 100].isspace() \
            and not text[line_end - 100:line_end].isspace():
        return False          # over 80 characters between its first and last: not a short cell (not copied)
    if not _short_cell(text[line_start:line_end]):
        return False
    pos = line_start
    for _ in range(16):
        if pos == 0:
            return False
        prev_start = text.rfind("\n", 0, pos - 1) + 1
        prev = text[prev_start:pos - 1].strip()
        pos = prev_start
        if not prev:
            continue
        if _HEADING_CUE.search(prev) is not None and len(prev.split()) <= 6 and _SENTENCE_END.search(prev) is None:
            return True
        if not _short_cell(prev):
            return False
    return False


# what opens a list of words given as words: "slurs such as", "labels derived from ... such as",
# "known colloquially as", "has also been called"
_LIST_LEAD = rx(r"(?:\b" + _WORD_NOUNS + r"\b[^.;:!?\n]{0,60}?\s(?:such\sas|like|including|e\.g\.|for\sexample)"
                # a slang name explained: "known colloquially as"; identities named as such ("identities such as transgender, ...")
                r"|\bknown\s(?:colloquially|informally|locally|variously)\sas|\bidentities\ssuch\sas"
                # the other names of a condition, listed after a colon
                r"|\b" + NAMED_AS_CUE + r"\s*:)[\s,\u2013\u2014-]*", re.I)
# words every lead holds one of (a plain test before the pattern)
_LEAD_WORDS = ("such as", "like", "including", "e.g.", "example", "known", "called", "named", "described")
# items on one line, or bulleted lines
_LIST_SEP = rx(r"[^\S\n]*(?:,|;|/|\u2022|[^\S\n]-[^\S\n]|\n[^\S\n]*(?:[-*\u2022]|\d{1,2}[.)])[^\S\n]|\bor\b|\band\b)\s*", re.I)
_ITEM_BREAK = rx(r"[.!?:()\[\]\n]")


def listed_as_terms(text: str, sent_start: int, start: int) -> bool:
    """The match is an item of a list that its sentence introduces as words, not things:
    "specific slurs such as a, b, c and <match>", "also known as: a - b - <match>"."""
    lo = max(sent_start, start - 400)
    window = text[lo:start].lower()
    if not any(w in window for w in _LEAD_WORDS):
        return False              # no lead word at all (most windows): skip the pattern
    last = None
    for last in _LIST_LEAD.finditer(text, lo, start):
        pass
    if last is None:
        return False
    gap = text[last.end():start]
    for item in _LIST_SEP.split(gap):
        item = item.strip(" \t'\"\u2018\u2019\u201c\u201d")
        if item and (len(item.split()) > 4 or _ITEM_BREAK.search(item)):
            return False
    return True
