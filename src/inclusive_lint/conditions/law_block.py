"""The parts of ``cites-legislation`` (``common.py``) that read the match's block, not the match.

Five of its ways to answer yes look only at the block, its neighbours and the document: the
block is laid out as statute ("G1.-(1) Subject to paragraph (2), ..."), carries a published
statute's marks, has a code's source note right after it, is an item under a lead-in that
reproduces law, or carries on a provision whose number stands alone on the line above. Asked
once per match, they cost five calls for every finding of a finding-dense paragraph; their
answer is the same for every match in the block, so it is worked out once per piece of text
(kept by block number and by the text itself: the pieces of one long block differ).
"""
from __future__ import annotations

import re

from .law_text import (OWN_BODY as _OWN_BODY, SHALL as _SHALL, _ENACTING, SI_LAYOUT, DRAFTED_LEAD, HISTORY_NOTE, _STATUTE_LAYOUT,
                       _STATUTE_START, _STATUTE_WORD, _REPRODUCES, after_provision_number, continues_statute, published_statute)
from .mention_kinds import item_under_provision_lead, under_law_lead_in


def block_cites(ctx, legislation) -> bool:
    """Does the match's block cite or reproduce legislation as a whole (see the module notes), or is the match's line an
    item under a line of its block naming the provision? ``legislation`` is the pattern of citations (``law_text._LEGISLATION``)."""
    key = ("cites-block", ctx.block_index)
    last = ctx.doc_cache.get(key)
    if last is None or last[0] is not ctx.text:
        last = ctx.doc_cache[key] = (ctx.text, _block_cites(ctx, legislation))
    return last[1] or item_under_provision_lead(ctx.text, ctx.start)


def _block_cites(ctx, legislation) -> bool:
    text = ctx.text
    if (_STATUTE_START.match(text) and _STATUTE_LAYOUT.search(text[:2000])) or continues_statute(ctx):
        return True
    if ((_STATUTE_START.match(text) and _ACT_SELF.search(text, 0, 2000) and " should " not in text[:2000]) or _explains_provision(text)) \
            and _OWN_BODY.search(text, 0, 2000) is None and _OWN_VOICE.search(text, 0, 2000) is None:
        return True              # a numbered subsection naming the Act it is part of: "(1) The sheriff may ... (in this Act ...)";
        #                          an explanatory note on one provision: "103.Subsection (4) requires the researcher to ..."
    if published_statute(text) or _history_below(ctx) or _code_section(ctx):
        return True              # a paragraph of a published statute: its amendment marks or source note, a code's section
    # (the paragraph's own words first: the next paragraph is read by its number, which a paragraph moved in an
    # editor does not keep, so the language server reuses fewer judgements when it is read)
    if _OWN_BODY.search(text, 0, 2000) is None and _OWN_RULE.search(text, 0, 2000) is None \
            and (_LAW_WORDING.search(text, 0, 2000) is not None or _LAW_WORDING.search(_block_above(ctx)[-200:]) is not None) \
            and _attributed_to_act(ctx):
        return True              # "... hinders him or her from ... (Education Act 1996)" (a heading's question may stand above)
    if _titled_provision(ctx) and _OWN_VOICE.search(text, 0, 2000) is None and _OWN_BODY.search(text, 0, 2000) is None \
            and _IN_HOUSE.search(text, 0, 2000) is None:
        return True              # "The Primary Care Trusts (...) Regulations 2000\n4. Every question ... shall be ..."
    if _numbered_run_drafted(text) or (_DASHED_HEAD.match(text) and _SHALL.search(text) and _OWN_BODY.search(text) is None
                                       and (_STATUTE_MARK.search(text) or (_PUBLIC_PARTY.search(text) and _act_title_above(ctx)))
                                       and not _PRIVATE_PARTY.search(text)):
        return True              # (the second: one provision numbered as old statute prints it, "120.- [The Governor] shall")
    if _SHALL.search(text) and _LAW_SELF.search(text) and _OWN_BODY.search(text) is None:
        return True              # a provision naming the law it is part of: "... notified of the provisions of this law"
    return under_law_lead_in(ctx, legislation, DRAFTED_LEAD) or after_provision_number(ctx)


# a code's section number and heading ("§ 452.87 Dues paid by checkoff."), alone above or opening the paragraph
# (numbered as codes number them, "§ 452.87", "§ 3603", "§ 6.08.040", "§ 20-157"; not a handbook's own "§ 4", "§ 7.3")
_SECTION_HEADING = re.compile(r"\W{0,2}\u00a7\s?(?:\d{3,5}(?:[.-]\d{1,4})*|\d{1,2}(?:[.-]\d{1,4}){2,}|\d{1,2}-\d{1,4})\.?\s+[A-Z][\w ,'\u2019-]{2,80}\.?")
_DUTY_OF_OWN = re.compile(r"\b(?:must|should|will)\b", re.I)


def _code_section(ctx) -> bool:
    """A provision under its code's section heading, with no voice, body or staff of the writer's own (the paragraph's own words
    first: the one above is read only for a heading)."""
    text = ctx.text
    if _OWN_VOICE.search(text, 0, 2000) is not None or _OWN_BODY.search(text, 0, 2000) is not None \
            or _IN_HOUSE.search(text, 0, 2000) is not None or _DUTY_OF_OWN.search(text, 0, 2000) is not None:
        return False            # (not a council's own personnel code: "§ 244.13 DEATH LEAVE. ... an employee's ...", nor a duty)
    if "\u00a7" in text[:4] and _SECTION_HEADING.match(text) and _STATUTE_WORD.search(text, 0, 2000):
        return True
    above = _block_above(ctx)
    return "\u00a7" in above[:4] and _SECTION_HEADING.fullmatch(above.strip()) is not None


def _explains_provision(text: str) -> bool:
    """A paragraph of explanatory notes on one provision: its note number glued to a subsection numbered as statute
    numbers it ("57.Subsection (2) requires ..."), or a verb only such notes use ("12. Section 3 amends ...")."""
    head = _NOTE_HEAD.match(text)
    return head is not None and ((head.group("sub") is not None and _REPRODUCES.search(text, 0, 300) is not None)
                                 or _NOTES_VERB.match(text, head.end()) is not None)


def _act_title_above(ctx):
    """The nearest of the three paragraphs above that is a law's title alone ("Data Protection Act, 1988"),
    as its match, else None: the provisions under it are that law's."""
    blocks = getattr(ctx.document, "blocks", None) or []
    for i in range(min(ctx.block_index, len(blocks)) - 1, max(0, ctx.block_index - 3) - 1, -1):
        title = _ACT_TITLE.fullmatch(blocks[i].text)
        if title:
            return title
    return None


def _attributed_to_act(ctx) -> bool:
    """The paragraph ends on a bracketed Act of its own after its last sentence ("... in the LEA's area.
    (Education Act 1996)"), or the paragraph right after is only that: what stands above is the Act's text."""
    if _ATTRIBUTION.search(ctx.text[-200:]):
        return True
    blocks = getattr(ctx.document, "blocks", None) or []
    nxt = ctx.block_index + 1
    return nxt < len(blocks) and _ATTRIBUTION.fullmatch(blocks[nxt].text.strip()) is not None


def _block_above(ctx) -> str:
    return "" if ctx.block_index < 1 else ctx.document.blocks[ctx.block_index - 1].text


def _titled_provision(ctx) -> bool:
    """A numbered provision that "shall", under a law's title alone on the line or in one of the three
    paragraphs above ("The Primary Care Trusts (...) Regulations 2000\n4. Every question at a meeting shall be ...")."""
    text = ctx.text
    if _SHALL.search(text, 0, 2000) is None:
        return False
    line_end = text.find("\n")
    title = (_PROVISION_LINE.match(text) is not None and _act_title_above(ctx)) or (
        line_end > 0 and _PROVISION_LINE.match(text, line_end + 1) is not None and _ACT_TITLE.fullmatch(text, 0, line_end))
    # (under an Act's bare name, a sign of statute too: an organisation's own rule may sit under it as a heading)
    return bool(title) and ("Act" not in title.group(0) or _STATUTE_MARK.search(text) is not None
                            or _PUBLIC_PARTY.search(text) is not None)


def _history_below(ctx) -> bool:
    """The paragraph right after is a code's source or history note ("Source: Laws 1879, ...")."""
    if _SHALL.search(ctx.text) is None:
        return False            # only statute drafting has one
    blocks = getattr(ctx.document, "blocks", None) or []
    nxt = ctx.block_index + 1
    return nxt < len(blocks) and HISTORY_NOTE.match(blocks[nxt].text) is not None


# a provision's number opening a line: "24. ", "27.-(1) ", "(4)\n"
_HEAD = re.compile(r"^[^\S\n]*(?:(\d{1,3})\.(?:[^\S\n]?-{1,2}[^\S\n]?\(\d{1,2}\))?|\((\d{1,2})\))(?=\s)", re.M)


def _numbered_run_drafted(text: str) -> bool:
    """A paragraph of provisions numbered in order, one a line ("24. The Secretary of State shall ...
    / 25. The medical officer shall attend ... as he judges necessary"), every one of them with
    "shall" and one drafted as law (a statutory instrument's "27.-(1)", an enacting formula, a
    statutory office that "shall" or "may"): the others are the same statute's, not a policy's own rules."""
    if "shall" not in text:
        return False
    heads = list(_HEAD.finditer(text[:4000]))
    if len(heads) < 2 or text[:heads[0].start()].strip():
        return False
    numbers = [int(h.group(1) or h.group(2)) for h in heads]
    if any(b != a + 1 for a, b in zip(numbers, numbers[1:])):
        return False
    parts = [text[h.start():(heads[i + 1].start() if i + 1 < len(heads) else 4000)] for i, h in enumerate(heads)]
    if not all(_SHALL.search(part) for part in parts):
        return False
    if any(SI_LAYOUT.search(part) for part in parts):
        return True
    # (an enacting formula or a statutory office only with no body of an organisation's own in the run: not "12. It
    # shall be lawful for the Committee to expel ...", "2. The Trust shall make sure ...")
    return any(_ENACTING.search(part) or _OFFICE_ENACTS.search(part) for part in parts) and _OWN_BODY.search(text, 0, 4000) is None


# a provision's number with a dash after its full stop, as statutes and statutory rules print it: "120.- ", "4.-[The"
_DASHED_HEAD = re.compile(r"\s*\d{1,3}[A-Z]?\.\s?[-\u2013\u2014]{1,2}\s?(?=[\[A-Z])")
# ... with a second mark of statute (an editor's bracketed insert, "this Act", a public office), no private agreement's party
_STATUTE_MARK = re.compile(r"^\s*\d{1,3}[A-Z]?\.\s?[-\u2013\u2014]{1,2}\s?\[[A-Z]|\b(?:this\s(?:Act|Part)|justices?\sof\sthe\speace|"
                           r"Secretary\sof\sState|local\sauthority)\b")
# an Act's name alone ("Data Protection Act, 1988"); not a guide's or a list's ("A Staff Guide to the ... Act 2005")
_ACT_TITLE = re.compile(r"\s*(?:The\s+)?(?!(?:A|An|Our|Your|This)\s)(?:(?!(?:Guide|Policy|Procedure|Handbook|Rules|Code|Leaflet|Summary|"
                        r"Introduction|Overview|Notes|Guidance|Club|University|College|School|Society|Hall|Association|League|Union|Company|"
                        r"Church|Academy)\b)(?:\([A-Z][^()\n]{1,80}\)|[A-Z(][\w()'\u2019-]*|of|to|and|for|the|on|in)\s+){1,12}"
                        # (Regulations or an Order with a bracketed subject, as statutory instruments are named: not a hall's
                        # "Hire Regulations 2024")
                        r"(?:Act|(?<=\)\s)(?:Regulations|Order)),?\s+\d{4}\s*")
# an Act named alone in brackets after a paragraph's last sentence, with its section: "(Children Act 1989, Section 17 (11))."
_ATTRIBUTION = re.compile(r"(?:(?<=[.;:])\s*|^\s*)\((?:the\s+)?[A-Z](?:[\w'\u2019]*\s+(?:(?:and|of|for|to|on|in|the)\s+)?[A-Z]){0,8}[\w'\u2019]*\s+Act,?\s+\d{4}"
                          r"(?:,?\s+(?:[Ss]ection|[Ss]s?\.|[Ss]chedule|[Pp]art)\s*\d{1,3}[A-Z]?(?:\s*\(\w{1,4}\))*)?\)\.?\s*$")
# a provision's number opening the line: "4.  Every question", "(2) The chairman"
_PROVISION_LINE = re.compile(r"[^\S\n]*(?:\d{1,3}[A-Z]?\.|\(\d{1,2}\))\s+[A-Z]")
_PRIVATE_PARTY = re.compile(r"\b(?:Employee|Employer|Tenant|Landlord|Applicant|Member|Hirer|Licensee|Resident|Warden|Treasurer)\b|_{3,}")
# a paragraph of explanatory notes opening on the provision it explains: "103.Subsection (4) requires ...", "12. Section 3
# amends ..."; the writer's own voice ("you", "we", "this policy", a question, a form's "Yes / No"; and for a
# subsection naming its Act, "should": advice, not the Act's own "may" and "shall")
_NOTE_HEAD = re.compile(r"\s*\d{1,4}\.\s?(?:(?P<sub>Sub-?sections?\s+\(\d{1,3}[A-Z]?\))|"
                        r"(?:Section|Regulation|Article|Schedule|Paragraph)s?\s+\d{1,3}[A-Z]?)(?:\(\w+\))*")
_NOTES_VERB = re.compile(r"\s+(?:ensures|amends|inserts|repeals|revokes|substitutes|gives\s+effect|makes\s+provision|confers|imposes)\b")
_OWN_VOICE = re.compile(r"\b(?:you|your|please|we|our|us)\b|\bthis\s+(?:policy|procedure|guidance|leaflet|document|handbook|guide|"
                        r"form|plan)\b|\?|\bYes\s*/\s*No\b", re.I)
# a paragraph's own rule or form, not a law's text: a duty or promise ("must", "should", "will"), the reader, a field
_OWN_RULE = re.compile(r"\b(?:you|your|please|we|our|must|should|will)\b|:[^\S\n]*(?:\n|$)", re.I)
# worded as law: a condition or definition ("is disabled if he ...", "means"), "shall", "a person who"
_LAW_WORDING = re.compile(r"\b(?:if|where|unless|shall|means|includes)\b|\b(?:a|an|any|no)\s+(?:person|child|individual)\b", re.I)
# an organisation's own people in a numbered rule ("Each department shall appoint a first aider")
_IN_HOUSE = re.compile(r"\b(?:department|staff|employees?|managers?|nurses?|ward|volunteers?|first\s+aiders?|hirers?|tenants?|"
                       r"students?|pupils?|competitors?|players?)\b", re.I)
# the public or a public office, as a provision of law speaks of them: "a person who believes ...", "any court"
_PUBLIC_PARTY = re.compile(r"\b(?:[Aa]n?|[Aa]ny|[Ee]very|[Nn]o)\s+(?:person|individual|court|justice|inspector|registrar|constable|"
                           r"medical\s+practitioner)\b")
# the law's words for itself, as only its own provisions use them
_ACT_SELF = re.compile(r"\b(?:in|of|under|by) this Act\b")
_LAW_SELF = re.compile(r"\bprovisions? of this (?:law|statute)\b", re.I)
# a statutory office given a duty or power ("The Secretary of State shall ..."); not what an organisation's own
# rules say of themselves ("The registered manager shall", "Provided that", "These Regulations shall apply")
_OFFICE_ENACTS = re.compile(r"\b[Tt]he (?:Secretary of State|Minister|Welsh Ministers|Scottish Ministers|Lord Chancellor) (?:shall|may)\b")
