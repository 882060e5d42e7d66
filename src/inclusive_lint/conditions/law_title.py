"""A provision set out under the title of the law it comes from (read by ``cites-legislation`` in
``common.py``): the law's title line, the provision lines under it, and how far apart they may be."""
from __future__ import annotations

import re

from .law_text import _PROVISION_NUMBER, _STATUTE_WORD


_TITLE_WORDS = r"(?:[A-Z(][\w()'\u2019,-]*[ \t]+(?:(?:of|and|for|the|in)[ \t]+)?){0,8}"
# a law's title, or a section heading of one, alone on its line: "Mental Capacity Act 2005",
# "Police and Criminal Evidence Act 1984, section 58", "The Prison Rules 1999 (extract)", "Sec. 14-27. Loitering."
# (rules, regulations and orders with "The", as statutory instruments are titled: not "Allotment Rules 2023")
_LAW_TITLE_LINE = re.compile(
    r"[ \t]*(?:The[ \t]+" + _TITLE_WORDS + r"(?:Rules|Regulations|Order)|(?:The[ \t]+)?" + _TITLE_WORDS
    + r"(?:Act|Code|Ordinance|Statute))[ \t]+(?:1[89]|20)\d\d"
    r"(?:[ \t]*\((?:extract|excerpt)\))?(?:,?[ \t]+(?:[Ss]ection|[Ss]\.|[Ss]ec\.|[Rr]egulation|[Rr]ule|[Aa]rticle|[Ss]chedule)"
    r"[ \t]*[\d.-]+\w*)?[ \t]*[:.]?[ \t]*"
    r"|[ \t]*(?:Sec(?:tion|\.)|\u00a7)[ \t]*\d[\d.-]*\.?(?:[ \t]+[A-Z][^\n]{0,60})?")
# a section's number and its short title in lower case after a dash, ending in a full stop: "Section 136 \u2013 removal of
# mentally disordered persons without warrant." (not a policy's "Section 3 - Roles", "Section 4 \u2013 duties of the
# ward manager"; and only over a provision not in an organisation's voice)
_DASHED_SECTION = re.compile(r"[ \t]*Section[ \t]+\d+[A-Z]?[ \t]*[-\u2013\u2014][ \t]*(?!(?:roles?|responsibilit\w*|duties|scope|purpose|"
                             r"procedures?|polic\w*|conduct|who|what|how|when|introduction|definitions|aims?)\b)[a-z][^\n]{0,110}\.[ \t]*")
# a provision's first line: "(2) A person must ...", "(a) Every tenant ...", "Sec. 5-102. (a) ...", a rule's
# number before its first paragraph as UK statutory instruments print it ("35.\u2014(1) The medical practitioner ...")
_PROVISION_LINE = re.compile(r"[ \t]*(?:(?:\d{1,3}[A-Z]?\.[ \t]?[-\u2013\u2014]{1,2}[ \t]?)?\(\d{1,3}[A-Z]?\)|\([a-z]{1,4}\)|\([A-Z]\)|(?:Sec(?:tion|\.)|\u00a7)[ \t]*\d[\d.-]*\.)"
                             r"(?![ \t]*(?:[A-Z][\w'\u2019.-]*[ \t]+){1,4}asked\b)")     # (Hansard: "\u00a7 15. Miss X asked the Minister")
# a plain number opening the line, "1.  The subject's ...": a provision only right under a law's title
_NUMBERED_LINE = re.compile(r"[ \t]*\d{1,3}\.[ \t]+[A-Z]")
_OWN_VOICE = re.compile(r"\b(?:[Yy]ou|[Yy]our|[Ww]e|[Oo]ur|us|[Pp]olicy|[Pp]rocedure|[Pp]osts?|[Pp]ostholder|should|will|forms?|Trust|"
                        r"staff|[Mm]anager)\b"
                        # a summary of the law, in the writer's words: "Care Act 2014 / Key points / 1. ..."
                        r"|^\s*(?:Key\s+(?:points|facts|messages)|Summary|Overview|In\s+brief|At\s+a\s+glance|What\s+(?:this|it)\s+means)\b")
_CAP_PROVISION = re.compile(r"[ \t]*\([A-Z]\)")


# a line that carries on the one above it mid-sentence, as hard-wrapped text does ("... Every\nperson has a right to")
_CARRIED_ON = re.compile(r"[ \t]*[a-z]")
_DASHED_CODE = re.compile(r"(?m)^[ \t]*(?:Sec\.|\u00a7)[ \t]*\d[\d.-]*\.[ \t]+[A-Z][^\n.]{0,80}\.[ \t]*[-\u2013\u2014]")
_ENDS_SENTENCE = re.compile(r"[.:;!?][\s\"'\u2019\u201d)]*$")


def _wrapped_line_start(text: str, line_start: int) -> int:
    """The first line of a hard-wrapped paragraph the line at ``line_start`` carries on (up to three lines up)."""
    for _ in range(3):
        if line_start == 0 or not _CARRIED_ON.match(text, line_start):
            break
        prev = text.rfind("\n", 0, line_start - 1) + 1
        above = text[prev:line_start - 1]
        if not above.strip() or _ENDS_SENTENCE.search(above):
            break
        line_start = prev
    return line_start


def under_law_title(ctx) -> bool:
    """The match sits in a numbered provision set out under the title of the law it comes from,
    within a few lines (a section heading and other provisions may come between)."""
    line_start = ctx.text.rfind("\n", 0, ctx.start) + 1
    wrapped = _wrapped_line_start(ctx.text, line_start)
    if wrapped != line_start and (_DASHED_CODE.search(ctx.text, max(0, wrapped - 2000), ctx.start) or any(
            _DASHED_CODE.search(ctx.document.blocks[k].text) for k in range(max(0, ctx.block_index - 3), ctx.block_index))):
        line_start = wrapped            # (only under a code's "Sec. 4. The Rights of Patients. - ...")
    before = ctx.text[max(0, line_start - 2000):line_start].split("\n")[:-1]    # the lines just above
    numbered = _NUMBERED_LINE.match(ctx.text, line_start) is not None
    if not numbered and not _PROVISION_LINE.match(ctx.text, line_start) and not (
            before and _PROVISION_NUMBER.fullmatch(before[-1].strip())):
        return False
    lines = [ctx.text[line_start:ctx.text.find("\n", line_start) % (len(ctx.text) + 1)]] + before[::-1]
    if len(lines) < 7 and ctx.block_index >= 1:
        for k in range(1, 4):            # a Word or ODF layout: one provision per paragraph
            if ctx.block_index - k < 0:
                break
            lines += ctx.document.blocks[ctx.block_index - k].text.split("\n")[::-1]
    if numbered:        # "1. The subject's legal representative ...": only right under the title and its headings
        above = [line for line in lines[1:] if line.strip()][:2]
        if any(_OWN_VOICE.search(line) for line in [lines[0]] + above):
            return False        # the organisation's own rules under a law's name ("Care Act 2014 / What we will do / 1. ...")
        return bool(above) and any(_SI_TITLE.fullmatch(line) or (_ACT_TITLE.fullmatch(line) and _STATUTE_CUE.search(lines[0]))
                                   for line in above) and all(
            _LAW_TITLE_LINE.fullmatch(line) or len(line.strip()) <= 40 for line in above)
    if _CAP_PROVISION.match(lines[0]) and not any(_CODE_SECTION.match(line) for line in lines[1:9]):
        return False            # "(B)" counts only under a code's section sign ("\u00a7 92.073 LIFEGUARDS' DUTIES.")
    for i, line in enumerate(lines[:9]):
        if _LAW_TITLE_LINE.fullmatch(line) or _CODE_SECTION.match(line) or (
                _DASHED_SECTION.fullmatch(line) and not _OWN_VOICE.search(lines[0])):
            return True
        if i and len(line) > 60 and not _PROVISION_LINE.match(line) and not (
                i + 1 < len(lines) and _PROVISION_NUMBER.fullmatch(lines[i + 1].strip())):
            return False                 # the document's own prose comes between
    return False


# a code's section number opening its line: "Sec. 5-102. (a) Every tenant shall ..."
_CODE_SECTION = re.compile(r"[ \t]*(?:Sec\.|\u00a7)[ \t]*\d[\d.-]*\.?[ \t]")
# an Act, or regulations, rules or an order with a bracketed part as statutory instruments have ("(Clinical Trials)",
# "(England)"): a plain numbered line under one is a provision (not under an organisation's "The Allotment Rules 2023")
_ACT_TITLE = re.compile(r"[ \t]*(?:The[ \t]+)?" + _TITLE_WORDS + r"Act[ \t]+(?:1[89]|20)\d\d[ \t]*")
_SI_TITLE = re.compile(r"[ \t]*The[ \t]+[^\n]*\([A-Z][^\n]*\)[^\n]*(?:Rules|Regulations|Order)[ \t]+(?:1[89]|20)\d\d[ \t]*")
# under an Act's title, the line itself must read as statute, in the words published_statute reads (law_text.py) or
# by a provision's number ("Mental Capacity Act 2005 / Best interests / 1. The decision maker must ... record his
# reasons" is a trust's summary)
_STATUTE_CUE = re.compile(_STATUTE_WORD.pattern + r"|\b(?:this\s+Schedule|(?:sub)?section\s+\d|regulation\s+\d|paragraph\s+\()")
