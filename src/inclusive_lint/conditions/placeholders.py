"""Placeholders in a template that stand for whoever the text is filled in for: a letter's "[FIRST NAME]",
a title before a blank ("Dr. ______"), a goal template's blank as the subject ("When _____ becomes upset, he
will ..."). Read by the pronoun rules' candidate finder (``pronouns.py``)."""
from __future__ import annotations

import re

from .named_people import _NAMED

# a template's "[FIRST NAME]", a title before a blank ("Dr. ______", "Mr/Ms ____"), a blank as subject ("When _____ becomes upset")
_PLACEHOLDER = re.compile(r"[\[<{]\s*(?:[\w.]+\s+){0,3}?(?:NAME|[Nn]ame)\b[^\]>}\n]{0,40}[\]>}]"
                          r"|\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor)\.?(?:/(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?)*\s*(?:_{3,}|\.{4,}|\u2026)"
                          r"|(?P<blank>\b(?i:when|if|whenever|unless)\s_{3,})(?=\s(?:becomes|feels|gets|uses|needs|wants|arrives|returns|starts|will|can|does|is\s(?!being\b)[a-z]+(?<!ed))\b)")


def placeholders(window: str) -> list:
    """The template placeholders of ``window``; a blank as a subject ("When _____ becomes upset") only where
    no one is named before it (not "Dr Lewis ... If ______ shows a raised level, he ...")."""
    return [m for m in _PLACEHOLDER.finditer(window) if not (m.group("blank") and _NAMED.search(window, 0, m.start()))]
