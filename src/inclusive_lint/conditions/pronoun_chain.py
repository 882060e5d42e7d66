"""Who a pronoun can mean, from the rest of the text (used by ``pronouns.py``): a pronoun that carries
on a chain across sentences ("... for your husband to understand. It is important that he sees how it
affects your child. Chances are he will be ...": the last "he" is the husband, not the child named
between them), and a role the text itself gives the other sex ("the clerk said she ...")."""
from __future__ import annotations

import re

from .pronoun_words import _FEM, _FEMALE_NOUN, _MALE_NOUN, _MASC


def chained_person(text: str, prev_start: int, start: int, best, pronoun: str, candidates):
    """(kind, noun, "") of the named or gendered person that an earlier, same pronoun in the window
    (this and the previous sentence) points back to, when the generic candidate ``best`` comes after
    that pronoun and nobody is named before it in the window; else None. ``candidates(window)`` lists
    the candidate antecedents of a stretch of text, as (end, start, kind, noun, det, possessive)."""
    window = text[prev_start:start]
    same = _MASC if pronoun.lower() in ("he", "his", "him", "himself") else _FEM
    earlier = None
    for earlier in same.finditer(window, 0, best[1]):
        pass
    if earlier is None or any(c[0] <= earlier.start() for c in candidates(window)):
        return None             # no earlier pronoun, or someone named before it: decided within the window
    before = candidates(text[max(0, prev_start - 300):prev_start + earlier.start()])
    if not before:
        return None
    last = max(before, key=lambda c: c[0])
    other = _FEMALE_NOUN if same is _MASC else _MALE_NOUN
    if last[2] in ("named", "gendered") and not other.search(last[3]):
        return (last[2], last[3], "")
    return None


def gendered_by_text(text: str, cand, pronoun: str) -> bool:
    """The text itself gives the candidate role the other sex: "the clerk said she did not know" is
    a woman, so a later "he" ("asked the clerk if he could") means someone else. Only a 'the' role
    followed within three words by the other pronoun on its own (not "she or he", "she/he")."""
    if cand[2] != "generic" or cand[4] != "the":
        return False
    other = r"(?:she|her)" if pronoun.lower() in ("he", "his", "him", "himself") else r"(?:he|his|him)"
    return re.search(r"\bthe\s+" + re.escape(cand[3]) + r"\s+(?:[a-z]+\s+){0,3}?" + other + r"\b(?!\s*(?:/|or\b))",
                     text, re.I) is not None


def ruled_out(text: str, sent_off: int, cand, pronoun: str) -> bool:
    """The candidate cannot be what the pronoun means: a role the text gives the other sex
    (``gendered_by_text``), or "nobody" / "no one" in an earlier sentence ("nobody wanted the job.
    He's efficient": a negative antecedes nothing past its own sentence). ``sent_off`` is where the
    pronoun's sentence starts in the window the candidate's offsets count from."""
    if cand[3].lower() in ("nobody", "no one", "no-one") and cand[0] <= sent_off:
        return True
    return gendered_by_text(text, cand, pronoun)
