"""One person's first name on its own: "we call the client Steve (not his real name)", "Example -
Ivy had been claiming ...". A capitalised word that is a common first name (``given_names.txt``)
names someone specific when it opens a past account or is given to someone (``first_names``), not
when it is part of a longer name or title ("Florence Nightingale Ward", "St Helen's"), follows an
article ("a Christian") or a preposition of place ("in Preston"), stands beside a date, or is glued
into an address or file name."""
from __future__ import annotations

import functools
import re
from importlib import resources

_WORD = re.compile(r"(?<![\w'\u2019@./\\-])[A-Z][a-z]{2,}\b(?![@\w]|[./-]\w)")
# a capitalised word or an article, determiner or preposition of place right before it
_NOT_AFTER = re.compile(
    r"(?:(?<![\w'\u2019-])(?:(?!(?:When|If|Where|Whenever|As|After|Before|Once|While|Whilst|Because|Although|Though|Since|Until|Unless|"
    r"Ask|Tell|Call|Contact|Dear|Hello|Hi|Thanks|Thank|Example|For|So|But|And|Then|Now|Today|Yesterday)\b)[A-Z][\w'\u2019-]*|the|a|an|each|every|any|your|our|their|its|this|that|no|in|at|from|"
    r"near|into|across|around|within|throughout|outside|inside|via)|&)[ \t]+$")
# another capitalised word right after it, or a possessive: "Mary Seacole", "Sophie's team" (a pronoun after
# "Each volunteer in Sophie's team must ..." is the volunteer's)
_NOT_BEFORE = re.compile(r"['\u2019]s\b|[ \t]+[A-Z]|-[A-Z]")


@functools.lru_cache(maxsize=1)
def _names() -> frozenset:
    text = resources.files(__package__).joinpath("given_names.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


# first names that are also words, left out of the list: a name only as the subject of a past verb right after it, or
# doing something now in a worked example ("Mark shared his advice", "Example: Bill has had to move in with his daughter")
_WORD_NAMES = frozenset("Mark Bill Will Grace Rose Hope Faith Joy Pat Sue Jack Frank Ray Dawn Guy Sandy Carol Holly Ivy Ruby "
                        "Amber Jade Robin Penny Pearl Daisy Heather Hazel Lily Iris Rob Bob Tom Harry Don Max Nick Gene Eve".split())


def known_first_name(word: str) -> bool:
    return word in _names()


# the name as the subject of a past account ("Maureen had been claiming", "Colin (not his real name)", "Leah* had": a
# name marked as changed, not a bold "**Karen**" nor a footnote mark on a contact), or given
# to someone ("we call the resident Gareth", "refer to the client as Steve"); not a name someone is sent to
# ("tell Karen in payroll if his ...") nor a staff member in a procedure ("Julie arranges cover and updates his ...")
_SUBJECT_AFTER = re.compile(r"[ \t]*\(|[ \t]*\[(?:name|not|pseudonym)|\*?[ \t]+(?:was|had|did|[a-z]{2,}ed)\b")
_NOT_DONE = re.compile(r"[ \t]+(?:was|had|did)n['\u2019]t\b")         # "Frankie didn't ...", opening its sentence
# opening its sentence with a past-tense clause about them: "Sarah, who started to foster five years ago with her
# partner, says" (not someone to contact: "speak to Sarah, who started the scheme, before he books")
_WHO_DID = re.compile(r",[ \t]+who[ \t]+(?:was|had|did|[a-z]{2,}ed)\b")
# a description set after the name opening its sentence: "Jason, a high-school junior with diabetes, has ..."
_DESCRIBED_AFTER = re.compile(r",[ \t]+(?:an?|the)[ \t]+[^,.;:!?\n]{2,60},")
# a name opening a worked example or one case ("Example: Mary works 17 hours", "In the case of Abby, a ..."), with
# what that person does now
# (also on its own line under "Example:")
_CASE_BEFORE = re.compile(r"(?:\b(?:Example|[Ff]or example|[Ff]or instance|[Ii]n the case of)[:,]?|\be\.g\.,?)\s*(?:[-\u2013][ \t]*)?$")
_DOES_NOW = re.compile(r"[ \t]+(?:works|lives|has|is|needs|wants|earns|gets|takes|receives|cares|uses|visits|attends|requires|owns|"
                       r"rents|pays|claims|applies)\b")
# a case given a name and told: "This is the made-up case of Pam, who has had to move into residential care"
_CASE_OF = re.compile(r"\bthe[ \t]+(?:(?:made-up|fictional|imaginary|hypothetical|following)[ \t]+)?case[ \t]+of[ \t]+$")
_WHO_AFTER = re.compile(r",[ \t]+who\b")
_OPENS = re.compile(r"(?:^|[.!?][\"\u201d\u2019)]?\s+|\n\s*)$")
_NAMING_BEFORE = re.compile(r"\b(?:as|call|calls|called|named|known\s+as|name\s+is)\s+(?:[\w-]+\s+){0,2}$", re.I)
_DATE_NEAR = re.compile(r"[ \t]*\d")
# a person's own abilities, health or progress ("Lily's abilities"), not a rule, a desk or a team named after them
_OWN_POSSESSIVE = re.compile(r"['\u2019]s[ \t]+(?:[a-z]+[ \t]+)?(?:abilit(?:y|ies)|progress|needs|behaviou?r|speech|language|health|"
                             r"development|condition|feelings|wishes|learning|reading|writing|skills?|confidence|mood|sleep|"
                             r"eating|weight|symptoms?|diagnosis|recovery|life|story|journey|experiences?|personality|wellbeing)\b")
_KIN = (r"(?:wife|husband|partner|mother|father|mum|dad|son|daughter|children|parents|"
        r"sister|brother|girlfriend|boyfriend|widow|widower|family|nan|gran|grandad|grandma|stepdad|stepmum|aunt|uncle|cousin)\b")
_KIN_POSSESSIVE = re.compile(r"['\u2019]s[ \t]+" + _KIN)
# the name opening its sentence with one person's own family: "Cassie and her dad never ..." (and where the window
# ends at the pronoun, "Cassie and ", the family word after it is checked in pronouns._of_its_sex)
_WITH_OWN_KIN = re.compile(r"[ \t]+and[ \t]+(?:his|her)[ \t]+" + _KIN)
_AND_AT_END = re.compile(r"[ \t]+and[ \t]+$")      # the window cut at the pronoun: "Cassie and " (her dad?)
KIN_AFTER = re.compile(r"[ \t]+" + _KIN)
_SENTENCE_END = re.compile(r"[.!?][\"\u201d\u2019)]?\s+[A-Z\"\u201c]")


def first_names(text: str) -> list:
    """Each (end, start, sex) of a first name standing alone in ``text``, as a subject or a name given; ``sex`` is
    "next", "he" or "she" where it is read only through the pronoun opening the next sentence (``_just_before_next``;
    "he" and "she": only a pronoun of that sex may mean it), "kin" where the window ends on "<Name> and " (only a
    pronoun with a family word after it may mean it: "Cassie and her dad"), else ""."""
    names = _names()
    found = []
    for m in _WORD.finditer(text):
        if m.group(0) not in names:
            if m.group(0) in _WORD_NAMES and not _NOT_AFTER.search(text, max(0, m.start() - 30), m.start()) and (
                    _SUBJECT_AFTER.match(text, m.end()) or (_CASE_BEFORE.search(text, max(0, m.start() - 24), m.start())
                                                           and _DOES_NOW.match(text, m.end()))):
                found.append((m.end(), m.start(), ""))      # "Mark shared his experience", "Example: Bill has had to ..."
            continue
        if _NOT_AFTER.search(text, max(0, m.start() - 30), m.start()) \
                or _DATE_NEAR.match(text, m.end()) or text[max(0, m.start() - 3):m.start()].strip().isdigit():
            continue        # (nor a month: "1 Jan 2020")
        if _NOT_BEFORE.match(text, m.end()):
            if _OWN_POSSESSIVE.match(text, m.end()) and len(_SENTENCE_END.findall(text, m.end())) == 1:     # (the next sentence)
                found.append((m.end(), m.start(), ""))     # "... about Lily's abilities. I praise her": a sentence on
            elif _KIN_POSSESSIVE.match(text, m.end()) and len(_SENTENCE_END.findall(text, m.end())) <= 1 \
                    and _OPENS.search(text, max(0, m.start() - 4), m.start()):
                found.append((m.end(), m.start(), ""))     # "Stephen's wife left him": one person's own family
            continue
        if _SUBJECT_AFTER.match(text, m.end()) or _NAMING_BEFORE.search(text, max(0, m.start() - 40), m.start()) \
                or ((_WHO_DID.match(text, m.end()) or _NOT_DONE.match(text, m.end()) or _WITH_OWN_KIN.match(text, m.end())
                     or _DESCRIBED_AFTER.match(text, m.end())) and _OPENS.search(text, max(0, m.start() - 4), m.start())) \
                or (_CASE_BEFORE.search(text, max(0, m.start() - 24), m.start()) and (_DESCRIBED_AFTER.match(text, m.end())
                                                                                 or _DOES_NOW.match(text, m.end()))) \
                or (_CASE_OF.search(text, max(0, m.start() - 40), m.start()) and _WHO_AFTER.match(text, m.end())):
            found.append((m.end(), m.start(), ""))
        elif _AND_AT_END.match(text, m.end()) and _OPENS.search(text, max(0, m.start() - 4), m.start()):
            found.append((m.end(), m.start(), "kin"))      # only if a family word follows the pronoun (pronouns.py)
        elif (sex := _just_before_next(text, m)) is not None:
            found.append((m.end(), m.start(), sex))
    return found


_PRONOUN_OPENS = re.compile(r"(?:He|She|His|Her)\b")
_ENDS_SENTENCE = re.compile(r"[.!?][\"\u201d\u2019)]?\s+$")


def _just_before_next(text: str, m):
    """The name opens the last whole sentence of ``text`` and the pronoun opens the next one ("Walter, for now, is not
    a worry. He knows"): "next" (a pronoun of either sex); or the next sentence opens on "He", "His", "She" or "Her" and the window
    (cut at the pronoun) ends inside it: "he" or "she", the only pronoun that may then mean the name ("... He knows
    help is there ... and his daughters", not "Priya runs the rota. Her job is to make sure he ..."). None otherwise."""
    if _OPENS.search(text, max(0, m.start() - 4), m.start()) is None:
        return None
    ends = list(_SENTENCE_END.finditer(text, m.end()))
    if not ends:
        return "next" if _ENDS_SENTENCE.search(text, len(text) - 4) is not None else None
    opening = _PRONOUN_OPENS.match(text, ends[0].end() - 1) if len(ends) == 1 else None
    if opening is None:
        return None
    return "he" if opening.group(0) in ("He", "His") else "she"
