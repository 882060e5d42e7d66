"""Names and titles: a term that is part of a proper noun (a place, a surname, an organisation or
service), of the title of a document, law or reported case, or of a cited publication is quoted
as it stands, not the writer's own word."""
from __future__ import annotations

import re

from . import condition
from .law_text import CASE_PARTIES


# --- proper nouns ---------------------------------------------------------------------------

_KNOWN_NAMES = re.compile(
    r"\bIsle of Man\b|\bManchester\b|\bMothers'? Union\b|\bMen'?s Sheds?\b|\bWomen'?s Institute\b"
    r"|\bLadies'? Day\b|\bBoys'? Brigade\b|\bGirl(?:s'?)? Guid(?:es?|ing)\b|\bBrotherhood of\b",
)
_NAME_HEAD = (
    r"(?:Unit|Units|Union|Centre|Center|Service|Services|Clinic|Trust|Hospital|Group|Society|Association|"
    r"Network|Foundation|Team|Ward|Suite|House|Home|Street|Road|Lane|Way|Avenue|Close|Square|Court|School|"
    r"College|University|Day|Week|Month|Award|Awards|Club|Project|Programme|Forum|Hub|Institute|Charity|"
    r"Campaign|Alliance|Partnership|Board|Council|Committee|Department|Practice|Surgery|Wing|Building|Block|"
    r"Centre|Festival|Choir|Café|Cafe|Network|Fund|Trophy|Prize|Lecture|Report|Review|Strategy|Plan|Sheds?|"
    r"Institute|Brigade|Guides?|Inn|Arms|Hall|Library|Company|Ltd|Limited|plc|LLP|Partners|Organi[sz]ation|Collective|"
    r"Coalition|Papers|Collection|Archives?|Cathedral|Mosque|Synagogue|Gurdwara|Diocese|Academy)"
)
_NAME_HEAD_RX = re.compile(r"\b" + _NAME_HEAD + r"\b")
NAME_HEAD_END = re.compile(r"\b" + _NAME_HEAD + r"$")     # the last word of a run is a name head
_TITLE_WORD = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sister|Nurse|Sir|Dame|Lord|Lady|Rev|Revd|Cllr|Councillor)\.?"
_NOT_FIRST_NAME = re.compile(
    r"(?:The|A|An|Our|Your|Their|Its|This|That|These|Each|Every|Any|Both|Either|Neither|Only|Vice|Deputy|Acting|Interim|Senior|Junior|"
    r"Ward|Lead|Chief|Head|Assistant|Joint|Co|Honorary|Executive|Non|Board|Trust|Committee|Council|Clinical|"
    r"Medical|Nursing|Night|Day|Duty|Theatre|Sector|Team|Site|Service|Office|Practice|Health|Care|Staff|"
    r"Dear|Hello|Hi|For|To|If|When|Where|Please|Note|All|New|Former|Retired|Local|Regional|National|Area|"
    r"District|Parish|Borough|County|City|Town|Shop|Union|Safety|Fire|Police|Security|Building|Site|General|Project|Works|"
    # heading words run into the sentence below them: "Rainbow Ward Welcome Mum and dad can stay"
    r"Welcome|About|Contact|Contacts|Information|Introduction|Overview|Summary|Notes?|Update|News|Background|"
    r"Purpose|Scope|Eligibility|Benefits|Visiting|Guidance|Advice|Support|Details)[-\u2010]?$"
    # a possessive is no first name: "the Trust's Chairman"
    r"|.+['\u2019]s$"
)
# role nouns that are not surnames too (Foreman, Chapman and Workman are): the word before them is no first name
_NOT_SURNAME = re.compile(r"(?:vice-)?chair(?:man|woman|men|women)|spokes(?:man|woman)|head(?:master|mistress)", re.I)
_GROUP_APPOSITION = re.compile(r",\s+an?\s+(?:[\w-]+\s+){0,3}(?:group|charity|organi[sz]ation|campaign|network|"
                               r"society|magazine|newsletter|journal|film|book|band|club)\b")
_AND_RUN = re.compile(r"\s+(?:and|&)\s")
_ROLE_NOUN = re.compile(r"(?:man|men|woman|women|lady|ladies)$", re.I)
_OFFICE_OF = re.compile(r"\s+of\s+(?:the\s+|a\s+|an\s+)?[A-Z]")
_HOLDER_NAMED = re.compile(r"\b" + _TITLE_WORD + r"\s+[A-Z]")       # "... of the Trust Mr James Brent"
_CAP_WORDS = re.compile(r"((?:[A-Z][\w'\u2019-]*\s+(?:(?:and|of|for|the|&)\s+)?){1,6})$")
# a person's name in apposition: "Tom Hughes, chairman of ...", "Ann Lee, 54, former chairman"; or the
# name right after the role: "chairman Tom Hughes said"
_NAME_BEFORE = re.compile(r"(?<![\w'\u2019])([A-Z][a-z'\u2019-]+)(?:\s+[A-Z]\.)?\s+(?:(?:Mc|Mac|O')?[A-Z][a-z'\u2019-]+)"
                          r"(?:,\s*\d{1,3})?,\s+(?:(?:the|a|an|former|deputy|vice|acting|interim|then)[\s-]+)*"
                          r"(?:(?!and\b|or\b|who\b|whose\b|whom\b)[a-z]+[\s-]+)?$")      # "Andrew Hetherington, a retired clergyman"
# an office in a list of offices is no surname: "the Hall Secretary, Chairman or Treasurer"
_OFFICE_WORD = re.compile(r"^\S+\s+(?:Secretary|Treasurer|Officer|Manager|Director|Chair(?:person)?|President|Governor|"
                          r"Trustee|Co-?ordinator|Administrator|Captain|Member|Convenor|Caretaker)\b")       # (not Steward, Warden: surnames too)
_NAME_AFTER = re.compile(r"\s+([A-Z][a-z'\u2019-]+)\s+(?:(?:Mc|Mac|O')?[A-Z][a-z'\u2019-]+)\b(?!\s+[A-Z])")


def _named_holder(text: str, start: int, end: int) -> bool:
    """A role noun given as a named person's title, in apposition or right before the name."""
    m = _NAME_BEFORE.search(text, max(0, start - 60), start)
    if m is not None and not _NOT_FIRST_NAME.match(m.group(1)) and not _OFFICE_WORD.search(m.group(0)):
        return True
    m = _NAME_AFTER.match(text, end)
    return m is not None and not _NOT_FIRST_NAME.match(m.group(1)) \
        and _NAME_HEAD_RX.search(m.group(0)) is None


@condition("proper-noun")
def proper_noun(ctx) -> bool:
    """The match is (part of) a name: a place (Isle of Man, Manchester), a surname (Dr Manning,
    Ms Foreman, Sarah Chapman), or an organisation, service, building or event name written in
    capitals ("Women's Health Unit", "Mother and Baby Unit", "Mothers' Union")."""
    text = ctx.text
    lo, hi = max(0, ctx.start - 60), min(len(text), ctx.end + 60)
    for m in _KNOWN_NAMES.finditer(text, lo, hi):
        if m.start() < ctx.end and ctx.start < m.end():
            return True
    word = ctx.match_text
    if _ROLE_NOUN.search(word) and _named_holder(text, ctx.start, ctx.end):
        return True         # "Tom Hughes, chairman of the Friends", "said chairman Tom Hughes"
    if not word[:1].isupper() or (word.isupper() and len(word) > 3):
        return False
    if re.fullmatch(r"[A-Z][a-z]+[A-Z][A-Za-z]*", word):
        return True         # a capital inside the word is a brand's or a charity's spelling: "ManKind"
    if _ROLE_NOUN.search(word) and _OFFICE_OF.match(text, ctx.end) \
            and not _HOLDER_NAMED.search(text, ctx.end, ctx.end + 60):
        return False        # "Chairman of Governors": the name of an office, the role noun still in use
        #                     (not an office holder named with it: "the Chairman of the Trust Mr James Brent")
    before = text[lo:ctx.start]
    if re.search(r"(?:\b" + _TITLE_WORD + r"|(?<![\w.])[A-Z]\.)\s+$", before):
        return True                                         # Dr Manning, Ms Foreman, J. Foreman
    # capitalised words right after the match, up to a name head ("... Baby Unit")
    after = re.match(r"(?:['\u2019]s?)?(?:\s+(?:(?:and|of|for|&)\s+)?[A-Z][\w'\u2019-]*){0,5}", text[ctx.end:hi])
    lead = _CAP_WORDS.search(before)
    tail = after.group(0) if after else ""
    if _NAME_HEAD_RX.search(word + tail) and (
            not _AND_RUN.match(tail) or NAME_HEAD_END.search(tail)):
        return True                                         # Women's Health Unit, Chairman's Award,
        #                                                     Mother and Baby Unit (not "Chairmen and Practice Managers")
    if _GROUP_APPOSITION.match(text, ctx.end + len(tail)):
        return True                                         # "the Transsexual Menace, a 1990s direct-action group"
    if word.lower().endswith("men") and word.lower() not in ("women", "men"):
        return False        # "Review Panel Chairmen", "NHS Trusts Chairmen": a plural is no one's title
    if lead:
        prev = lead.group(1).split()[-1]        # a first name right before it, not "... Issues for"
        if prev[0].isupper() and not _NOT_FIRST_NAME.match(prev) and prev[1:].islower() and len(prev) > 1 \
                and not _NOT_SURNAME.fullmatch(word):
            return True                                     # Sarah Chapman
    return _in_title(ctx, split_at_pairs=_ROLE_NOUN.search(word) is not None)


@condition("law-or-case-title")
def law_or_case_title(ctx) -> bool:
    """The match is part of the title of a law ("the Transgenders persons (Protection of Rights)
    Act, 2019") or of a reported case ("Re Kevin (Validity of Marriage of a Transsexual) [2001]
    FamCA 1074"): a name quoted as it stands, not the writer's own word."""
    text = ctx.text
    if _LAW_TITLE_AFTER.match(text, ctx.end, min(len(text), ctx.end + 100)):
        return True
    a, b = text.rfind("\n", 0, ctx.start) + 1, text.find("\n", ctx.end)
    line = text[a:b if b != -1 else len(text)]
    return _LAW_REPORT.search(line) is not None and _CASE_NAME.search(line) is not None


# a law report's citation on the line, and a case name: "Corbett v Corbett [1971] P 83", "In Re Kevin ..."
_LAW_REPORT = re.compile(r"\[(?:1[89]|20)\d\d\]\s*\d*\s*[A-Z]|\((?:1[89]|I9|20)\d\d\)\s*\d+\s*[A-Z]")
_CASE_NAME = re.compile(r"\b" + CASE_PARTIES + r"|\b(?:In [Rr]e|Re|Ex parte) [A-Z]")
@condition("cited-publication-title")
def cited_publication_title(ctx) -> bool:
    """The match is in the title of a cited publication: a reference line ("... in transsexual
    subjects. Clin Endocrinol. 1997;47(3):337-42. doi: ..."), or a short title standing right
    above one. The title is quoted as published, not the writer's own word."""
    text = ctx.text
    b = text.find("\n", ctx.end)
    line_end = b if b != -1 else len(text)
    line_start = text.rfind("\n", 0, ctx.start) + 1
    if _reference_line(text, line_start, line_end) or (ctx.match_text[:1].isupper() and _CREDITS_AFTER.match(text, ctx.end, line_end)):
        return True
    ref = _HARVARD_REF.match(text, line_start, ctx.start)
    if ref is not None and ref.end() <= ctx.start:
        return True         # a reference-list entry: "10. UNICEF (2014) Having meaningful conversations with mothers."
    if ctx.match_text[:1].isupper() and _NAMED_WORK.search(text, max(0, ctx.start - 80), ctx.start):
        return True         # "the 2007 leaflet Caring for Transgendered Patients", "his book The X Phenomenon"
    if ctx.match_text.split()[-1][:1].isupper() and _TITLE_YEAR.match(text, ctx.end) and _CAP_BEFORE.search(text, max(0, ctx.start - 40), ctx.start):
        return True         # a dated title: "its first report, Caring for the Homosexual Patient (1964), is ..."
    if (_LINK_NOTE.match(text, ctx.end, line_end) and _title_only(text, line_start, ctx.start, ctx.end, line_end)) or (
            ctx.match_text[:1].isupper() and _INSTRUMENT.search(text, line_start, ctx.start)):
        return True         # a document linked by its title ("Care of transsexual detainees (231KB opens in a new window)"),
        #                     or named after its number ("PSI 07/2011 The Care & Management of Transsexual Offenders")
    if ctx.match_text[:1].isupper() and (note := _LINK_NOTE.match(text, ctx.end, line_end)) \
            and (run := _TITLE_RUN.search(text, max(line_start, ctx.start - 100), ctx.start)) \
            and (tail := _TITLE_TAIL.fullmatch(text, ctx.end, note.start("note"))) and len(_CAPITAL.findall(run.group(0) + tail.group(0))) >= 2:
        return True         # a linked file's title in a sentence: "available in Policy for the Management of Transsexual Personnel (PDF, 352KB)"
    if ctx.match_text[:1].isupper() and _in_named_run(text, ctx.start, ctx.end, line_start, line_end):
        return True         # "Standards of Care for the Health of Transsexual, Transgender, and ... People" in prose
    if len(text) > 300 or _SENTENCE_END.search(text[:line_end]):
        return False        # a passage of prose, not a title line
    rest = text[line_end:line_end + 300]
    if not rest.strip():
        blocks, i = ctx.document.blocks, ctx.block_index + 1
        rest = blocks[i].text[:300] if i < len(blocks) else ""
    return _BIBLIO.search(rest) is not None


# a linked file's title in a sentence: capitalised words (small words between them) up to the match ...
_TITLE_RUN = re.compile(r"(?:[A-Z][\w'\u2019-]*\s+(?:(?:of|and|the|for|in|on|to|with|&|a|an|as|at|by|from|about)\s+){0,2}){1,}$")
# ... and from the match to the file's note: capitalised words and small ones (a typo's too: "int eh"), no colon
_TITLE_TAIL = re.compile(r"(?:\s+(?:[A-Z][\w'\u2019-]*|[a-z]{1,3}|about|from|with))*\s*")
_CAPITAL = re.compile(r"\b[A-Z]")
# the size or format of a linked file after its title, or a link's note, on the same line
_LINK_NOTE = re.compile(r"[^\n.;]{0,120}?(?P<note>[(\[](?:PDF|pdf|Word|DOCX?|docx?|ODT|odt)?[, ]*\d+(?:\.\d+)?\s?(?:KB|MB|kb|Kb|mb)\b"
                        r"|\s[-\u2013]\s(?:PDF|Word|ODT),?\s\d+(?:\.\d+)?\s?(?:KB|MB)\b|\[PDF\]|\((?:external link|PDF)\)"
                        r"|\b[Oo]pens in (?:a )?new (?:window|tab)\b)")
# an official instrument's number, then its capitalised title up to the match: "PSI 07/2011 The Care & Management of ",
# "PSO 2300 The Care of " (a numbered series, not a policy's own "PART 4" or "Policy HR 12:")
_INSTRUMENT = re.compile(r"(?:\b[A-Z]{2,5}\s?\d{1,4}/\d{2,4}|\b(?:PSI|PSO|PI|HSC|HSG|DSO|LAC|CMO|HSD)\s?\d{1,4})\s*[-\u2013]?\s+"
                         r"(?:(?:[A-Z][\w'\u2019-]*|of|and|the|for|in|on|to|with|&)\s+)*$")
_CLAUSE_WORD = re.compile(r"\b(?:you|your|we|our|us|is|are|was|were|has|have|had|must|should|will|can|may|could|contact|see|"
                          r"please|if|when)\b", re.I)


def _title_only(text: str, line_start: int, start: int, end: int, line_end: int) -> bool:
    """The line is a linked title and nothing else: fifteen words at most before its note, and no word of a
    sentence (a verb, "you", "our", "if") in it."""
    note = _LINK_NOTE.match(text, end, line_end)
    head = text[line_start:note.start("note")]
    return len(head.split()) <= 15 and _CLAUSE_WORD.search(head) is None


_CAP_RUN_WORD = r"(?:[A-Z][\w'\u2019-]*|of|and|the|for|in|on|to|with|into|from|about|by|upon|at|&)"
_RUN_BEFORE = re.compile(r"(?:" + _CAP_RUN_WORD + r",?\s+)+$")
_RUN_AFTER = re.compile(r"(?:,?\s+" + _CAP_RUN_WORD + r")+")
_LOWER_WORD = re.compile(r"(?<![\w'\u2019-])[a-z][a-z'\u2019-]{2,}\b")


def _in_named_run(text: str, start: int, end: int, line_start: int, line_end: int) -> bool:
    """The match is inside a long run of capitalised words (at least six, joined only by "of",
    "and", "the", "for" and the like) on a line that also holds ordinary lower-case prose: the
    name of a published work or a body, quoted in running text (a heading of the writer's own
    is a whole line in capitals and is not matched)."""
    b = _RUN_BEFORE.search(text, max(line_start, start - 120), start)
    a = _RUN_AFTER.match(text, end, min(line_end, end + 120))
    lo = b.start() if b else start
    hi = a.end() if a else end
    run = text[lo:hi]
    if sum(1 for w in run.split() if w[:1].isupper()) < 6:
        return False
    if _EDITION_AFTER.search(text, hi - 12 if hi - 12 > end else end, line_end) and not _OWN_TEXT_NEXT.match(text, line_end):
        return True         # a publication named with its version, closing the line: "..., Version 7", "(3rd edition)"
    outside = text[line_start:lo] + " " + text[hi:line_end]
    return len(_LOWER_WORD.findall(outside)) >= 2


# the line after opens the document's own text ("This leaflet explains ..."): the title is its own
_OWN_TEXT_NEXT = re.compile(r"\s*(?:This|These|We|You|Our|It)\b")
_EDITION_AFTER = re.compile(r"(?:[,:]\s*|\s\()(?:[Vv]ersion|[Vv]ol(?:ume|\.)?|[Ee]dition|[Rr]evision|\d+(?:st|nd|rd|th)\s+[Ee]dition)(?:\s*\d[\w.]*)?\)?\.?[ \t]*$")


# a bibliographic reference: "1997 Sep;47(3):337-42", "doi: 10.1046/...", "Smith et al. (2004)"
_BIBLIO = re.compile(r"\b(?:1[89]|20)\d\d\b[^\n;]{0,12};\s*\d+\s*\(\w+\)\s*:\s*\d+|\bdoi:?\s*10\.\d{4}"
                     r"|\bet al\.,?\s*\(?(?:1[89]|20)\d\d"
                     # a book: "... Baltimore: Williams & Wilkins; 1937."
                     r"|:\s*[A-Z][\w&.' ]{2,40};\s*(?:1[89]|20)\d\d\.?\s*$")
def _reference_line(text: str, a: int, b: int) -> bool:
    """The line holds a reference's citation, not only in-text ones: "... may be heterosexual, homosexual,
    bisexual or asexual (Schilder et al., 2001)." is prose that cites, not a reference-list entry."""
    prose = not _READING_LIST.search(text, 0, a)
    return any(not (prose and ((_IN_TEXT.search(text, max(a, m.start() - 120), m.start()) and _CLOSES_SENTENCE.match(text, m.end()))
                               or _NARRATIVE_CITE.match(text, m.end())))
               for m in _BIBLIO.finditer(text, a, b))


# "... 2001)." or "... 2004), which", or the bracket's next citation "...; ", a page after it ("2018, p. 44).")
_CLOSES_SENTENCE = re.compile(r"[a-z]?(?:,\s*pp?\.\s*\d+(?:[-\u2013]\d+)?)?(?:[)\]](?:[.;]|,\s+[a-z])|;\s)")
# a heading over a list of works: the lines under it are references, whatever their brackets
_READING_LIST = re.compile(r"(?im)^\W*(?:references|bibliography|(?:further|suggested|recommended)\s+reading|reading\s+list|sources|resources)\b")
# the opening of a bracketed in-text citation up to the author's name: "(Schilder ", "[see Van der Berg ",
# "(Lee et al., 2001; Marsh "
_IN_TEXT = re.compile(r"[(\[](?:see also |see, for example, |see |e\.g\.,? |cf\. |as reviewed by |reviewed in )?(?:[^()\[\]\n;]{1,60}?(?:1[89]|20)\d\d[a-z]?; )*(?:(?:[Vv]an|[Dd]er|[Dd]e|[Vv]on|[Ll]e|[Ll]a|[Dd]u) )*"
                      r"[A-Z][\w'\u2019-]+(?: (?:and|&) [A-Z][\w'\u2019-]+)? $")
# a citation told in the sentence, then what it found: "Marsh et al. (2004) found that ..."
_NARRATIVE_CITE = re.compile(r"[a-z]?\)\s+(?:(?:also|further|have|has|later)\s+)?(?:finds?|found|reports?|reported|shows?|showed|"
                             r"shown|suggests?|suggested|notes?|noted|describes?|described|argues?|argued|concludes?|concluded|"
                             r"observes?|observed|identifie[sd]|estimates?|estimated|recommends?|recommended)\b")
# a title with its credits right after it: "... Transsexual People's Experiences of Discrimination Authors: Ann Lee, ..."
_CREDITS_AFTER = re.compile(r"(?:[ \t]+(?:[A-Z][\w'\u2019-]*|of|and|the|for|in|on|to|at|with|from|by|a|an|our|your|their|&|s)){0,12}[ \t]+(?:Authors?|Contributors|Editors?|Edited by|Written by)\s*:\s*[A-Z][a-z]+ [A-Z]")
# the kind of work, then its capitalised title up to the match
_NAMED_WORK = re.compile(
    r"\b(?:report|leaflet|book|booklet|guide|paper|article|study|film|play|documentary|pamphlet|handbook|journal|"
    r"series|exhibition|chapter|thesis|survey|newsletter)s?,?\s+(?:(?:called|titled|entitled|named)\s+)?[\"\u201c'\u2018]?"
    r"(?:[A-Z][\w'\u2019-]*:?\s+(?:(?:[A-Z][\w'\u2019-]*|of|and|the|for|in|on|to|a|an|as|with|at|from|by|about|after|into|your|our|my|&):?\s+)*)?$")
_TITLE_LINK = r"(?:of|and|the|for|in|on|to|with|&)"      # small words inside a dated title
_TITLE_YEAR = re.compile(r"(?:\s+(?:[A-Z][\w'\u2019-]*|" + _TITLE_LINK + r")){0,12}\s*\((?:1[5-9]|20)\d\d\)")
_CAP_BEFORE = re.compile(r"[A-Z][\w'\u2019-]*\s+(?:" + _TITLE_LINK + r"\s+)*$")
_SENTENCE_END = re.compile(r"[a-z]{2}[.!?](?:\s|$)")
# author or body, then the year in brackets, then the title: the opening of a reference-list line
_HARVARD_REF = re.compile(r"\s*(?:\[?\d{1,3}[.\]]\s*)?[A-Z][\w&.,'\u2019 -]{1,80}?\s\((?:1[89]|20)\d\d[a-z]?\)[.,]?\s+[A-Z\u2018\u201c'\"]")
_LAW_TITLE_AFTER = re.compile(r"[\w'\u2019 ()-]{0,60}?\b(?:Act|Bill|Regulations|Order)\b,?\s*(?:1[89]|20)\d\d\b")
_TITLE_WORD_RE = re.compile(r"[A-Za-z][\w'-]*")
_LINE_LEAD = re.compile(r"[\s\d.)(•*\u2022\u2013-]*|.*[.!?:;]\s+")     # nothing, or a number or bullet, or a sentence end
_TITLE_LINKS = {"to", "by", "of", "and", "or", "for", "the", "in", "on", "a", "an", "with", "&"}


def _in_title(ctx, split_at_pairs: bool = False) -> bool:
    """The match sits in a run of four or more capitalised words inside an ordinary sentence
    ("the Consent to Adoption by Mother or Father of Child form"): the title of a document or
    form, quoted by name."""
    s, e = ctx.sent_start, ctx.sent_end
    # a heading standing over the text ("Concerns for X" then a blank line) is not inside a sentence
    gap = ctx.text.rfind("\n\n", s, ctx.start)
    s = gap + 2 if gap != -1 else s
    gap = ctx.text.find("\n\n", ctx.end, e)
    e = gap if gap != -1 else e
    words = [(m.start(), m.end(), m.group(0)) for m in _TITLE_WORD_RE.finditer(ctx.text, s, e)]
    idx = [i for i, (a, b, _) in enumerate(words) if a < ctx.end and ctx.start < b]
    if not idx:
        return False

    def joins(k, m):        # words k and m (adjacent) are in one run: only spaces between
        w = words[m][2]
        gap = ctx.text[words[k][1]:words[m][0]]     # (a heading, on its line or set off by two spaces, is
        #                                             not part of the sentence after it)
        return (w[0].isupper() or w.lower() in _TITLE_LINKS) and not gap.strip() and "\n" not in gap and "  " not in gap
    i, j = idx[0], idx[-1]
    while i > 0 and joins(i - 1, i) and (words[i - 1][2][0].isupper() or words[i - 1][2].lower() in _TITLE_LINKS):
        i -= 1
    while j + 1 < len(words) and joins(j, j + 1):
        j += 1
    if split_at_pairs:      # "Either the Chairman or the Practice Senior Partner": two offices, not one title
        i = max([k + 1 for k in range(i, idx[0]) if words[k][2].lower() in ("and", "or")] or [i])
        j = min([k - 1 for k in range(idx[-1] + 1, j + 1) if words[k][2].lower() in ("and", "or")] or [j])
    run = words[i:j + 1]
    caps = sum(1 for w in run if w[2][0].isupper() and w[2].lower() not in _TITLE_LINKS)
    head = ctx.text[max(s, ctx.text.rfind("\n", 0, run[0][0]) + 1):run[0][0]]
    if run[0][2][0].isupper() and _LINE_LEAD.fullmatch(head):
        caps -= 1           # "3. Support the Chairman and the Chief Executive": a capital by position
    outside = len(words) - len(run)
    return caps >= 4 and outside >= 3 and any(w[2][0].islower() for w in words[:i] + words[j + 1:])


# a research abstract's headings, or a sentence reporting a study in its own terms
_ABSTRACT_HEAD = re.compile(r"(?:^|\n|\.\s+)(?:Objectives?|Aims?|Background|Methods?|Design|Results?|Conclusions?|"
                            r"Findings|Purpose)\s*:")
_STUDY = re.compile(r"\b(?:[Ww]e (?:assessed|studied|examined|investigated|compared|analy[sz]ed|report|describe|"
                    r"recruited|followed)|(?:this|the|a|our|(?:long-term )?follow-up|cohort|prospective|retrospective) "
                    r"(?:study|studies|cohort)\b|\b(?:subjects|participants) (?:were|who|receiving)\b"
                    # who took part: "we conducted group interviews with ...", "mothers and fathers were surveyed"
                    r"|\b[Ww]e (?:have )?(?:already )?(?:conducted|carried out|held) (?:\w+ )?(?:interviews|focus groups|surveys) with\b"
                    r"|\b(?:were|was) (?:surveyed|interviewed) (?:separately|individually|together|by|in|at|about|on|after|before)\b"
                    # a study's figures: "the decision was taken by the husband alone in 52% of the cases"
                    # (in the past tense: "rests with the husband in 25 percent of couples" is a claim about now)
                    r"|\b(?:was|were|had)\s[^.;]{0,80}?\b(?:in|for|of|by) \d{1,3}(?:\.\d+)?\s?(?:%|per ?cent) of (?:the )?"
                    r"(?:cases|respondents|participants|subjects|women|men|mothers|fathers|couples|patients|births|deliveries|"
                    r"families|households)\b)")


@condition("research-report")
def research_report(ctx) -> bool:
    """The match is in a research abstract (its "Objective:" / "Results:" headings) or in a
    sentence or title reporting a study in the words the study used ("mortality in transsexual
    subjects receiving hormones"): the researchers' term, cited, not the document's own."""
    return _ABSTRACT_HEAD.search(ctx.text) is not None or _STUDY.search(ctx.sentence) is not None


# a finding cited by its authors and year: "(Hanson et al, 1989)", "(Department for Education and Skills, 2006)"
_AUTHOR_YEAR = re.compile(r"\((?:see\s)?(?!(?:January|February|March|April|May|June|July|August|September|October|November|"
                          r"December|Updated|Revised|Reviewed|Published)\b)[A-Z][\w'\u2019-]*(?:,?\s(?:et\sal\.?|and|&|for|of|the|"
                          r"[A-Z][\w'\u2019-]*)){0,6},?\s(?:19|20)\d\d[a-z]?(?:[;,][^()]{0,80})?\)")
# a sentence that grants or restricts something is a rule, whatever it cites ("only the father may stay (Policy, 2024)")
_GRANTS = re.compile(r"\b(?:only|may|must|can|cannot|should|welcome\w*|allowed|invited|stay\w*|visit\w*)\b", re.I)


@condition("cited-finding")
def cited_finding(ctx) -> bool:
    """The sentence reports a published finding with its authors and year ("Teenage mothers ... are more likely to
    give birth early (Gupta et al, 2008)"): the group the study looked at, named as the study named it. Used by the
    perinatal info prompts only; a term rule still judges the document's own words beside a citation."""
    return "(" in ctx.sentence and _AUTHOR_YEAR.search(ctx.sentence) is not None and _GRANTS.search(ctx.sentence) is None
