"""More ways a term is talked about rather than used (principle 2, mention versus use), and
legal text reproduced after a citation.

- a list of names for something: "other terms include A, B and C", "also known as X";
- a question that introduces an explanation of the term: "What is X?" on its own line;
- the definition half of a glossary entry that explains a word by another word
  ("Term: an old word for ..."), where the words in the definition are being glossed too;
- text that follows a citation and a colon ("Section 4 of the Constitution: ...") is the law
  itself, reproduced, for the rest of its paragraph;
- list items under a lead-in that reports what a law says ("The Act has five principles, which
  are:") or that is itself drafted as statute ("The registered person shall not ... unless -").
"""
from __future__ import annotations

import re

from .blockfacts import lacks_text
from .law_gate import Gate
from .span_search import search_between
from .wrap import rx

_ITEM = r"(?:['\"]?[\w-]+(?: [\w-]+){0,2}['\"]?(?:\[\d+\])*(?:,| or| and|/)\s*)"
_NAMES_LIST = rx(
    r"(?:\b(?:other|alternative|older|earlier|related|common|different) (?:terms?|names?|words?|labels?)"
    r"(?: for (?:it|this|them|the (?:procedure|condition|surgery|operation)))? (?:include|includes|included|are|were)"
    r"|\balso (?:known as|called|termed|referred to as)|\b(?:is|are|was|were) (?:also )?(?:known|called) (?:as )?"
    r"(?:either )?)[\s:,]{0,3}" + _ITEM + r"{0,6}['\"(]?\s*(?:an? |the )?$",
    re.I,
)
_WHAT_IS = rx(r"^[^\S\n]*(?:what|who|how) (?:is|are|was|were|does|do) (?:an? |the )?(?:term |word )?['\"]?$", re.I | re.M)
_QUESTION_END = re.compile(r"^['\"]?[^\S\n]*(?:mean|defined|meant|described)?[^\S\n]*\?")
_GLOSS_LINE = rx(
    r"^[^\S\n]*[\w' -]{2,40}:[^\S\n]*(?:an? |the )?(?:\w+ ){0,2}(?:synonym|term|word|name|label|expression)s?"
    r" (?:for|of|applied to|used for|used to describe|often applied to)\b",
    re.I,
)
_CITATION_COLON = rx(
    r"\b(?:[Ss]ection|[Ss]chedule|[Aa]rticle|[Rr]egulation|[Cc]lause|[Rr]ule|[Pp]aragraph) \d+[A-Z]?(?:\(\w+\))*"
    r" (?:of|to|under) (?:the )?[A-Z][^:\n]{0,80}:\s"
    # the Act first: "Housing Act 1996, section 202(1): ..."
    r"|\b(?:[A-Z][A-Za-z()']+ )+(?:Act|Regulations|Order) (?:1[89]|20)\d\d,? (?:[Ss]ection|[Ss]chedule|[Rr]egulation|"
    r"[Aa]rticle|s\.?) ?\d+[A-Z]?(?:\(\w+\))*:\s",
)
# a subsection's pinpoint in brackets before the colon: "... only by the Crown Court, and if (s41(1)): ...",
# "(section 2(2)):", "(MHA 1983, s.26(3)):" (not a club's own "(r 4):" or an article of its own "(art 18(1)):");
# apart from _CITATION_COLON, whose every choice opens on a word boundary (span_search answers it from an index)
_PINPOINT_COLON = rx(r"\((?:[A-Z]{2,6} (?:1[89]|20)\d\d, )?(?:ss?\.?|section) ?\d+[A-Z]?(?:\(\w+\))+\):\s")


def term_discussed(ctx) -> bool:
    """The match is one of several names listed for a thing, the subject of a "What is X?"
    question, or inside the definition of a glossary entry that glosses a word."""
    before = ctx.text[max(ctx.sent_start, ctx.start - 120):ctx.start].replace("\n", " ")
    if _NAMES_LIST.search(before):
        return True
    line_start = ctx.text.rfind("\n", 0, ctx.start) + 1
    if _WHAT_IS.match(ctx.text[line_start:ctx.start]) and _QUESTION_END.match(ctx.text[ctx.end:ctx.end + 10]):
        return True
    if _GLOSS_LINE.match(ctx.text[line_start:ctx.start]) is not None:
        return True
    # a usage example marked wrong: "INCORRECT: He is transgendered.", "Avoid: a transsexual"
    if _WRONG_LABEL.match(ctx.text, line_start, ctx.start):
        return True
    # a glossary headword, then a definition opening on the same word: "Hermaphrodite: Hermaphroditism is ..."
    head = _HEADWORD.fullmatch(ctx.text, line_start, ctx.start)
    if head is not None and head.group(1)[:6].lower() == ctx.match_text[:6].lower():
        return True
    # the sentence defines the term: "1.1 A transsexual person is someone who ..."
    if _DEFINED_SUBJECT.fullmatch(ctx.text, ctx.sent_start, ctx.start) is not None \
            and _DEFINED_AS.match(ctx.text, ctx.end, ctx.end + 60) is not None:
        return True
    # one of the groups a quoted umbrella word covers: "'Trans' can include cross-dressers, ... and transsexual people"
    if _QUOTED_WORD_COVERS.match(ctx.text, ctx.sent_start, ctx.start) is not None:
        return True
    # a glossary headword opening its line, then its definition: "Transgendered or Trans  It is used ..."
    return (_HEADWORD_BEFORE.fullmatch(ctx.text, line_start, ctx.start) is not None
            and _DEFINITION_AFTER.match(ctx.text, ctx.end, ctx.end + 90) is not None)


_QUOTED_WORD_COVERS = rx(r"\s*['\"\u2018\u201c][A-Za-z][\w -]{0,30}['\"\u2019\u201d]\s+(?:can |may |also |often )*"
                         r"(?:includes?|covers?|refers? to|describes?|is used (?:to describe|for)|is an umbrella (?:term|word))\b[^.;]*$")
_WRONG_LABEL = re.compile(r"[^\S\n]*(?:[-*\u2022][^\S\n]*)?(?:INCORRECT|[Ii]ncorrect|WRONG|[Ww]rong|AVOID|[Aa]void|"
                          r"[Dd]on'?t (?:say|use|write)|DON'?T|[Dd]o not (?:say|use|write)|[Nn]ot OK|[Oo]utdated|[Oo]ffensive)"
                          r"[^\S\n]*[:\-\u2013\u2014][^\n]*$")
_HEADWORD = re.compile(r"[^\S\n]*([A-Za-z][\w'-]{3,40})[^\S\n]*:[^\S\n]*")
_DEFINED_SUBJECT = re.compile(r"\s*(?:\d+(?:\.\d+)*\.?\s*)?(?:(?:An?|The)\s+)?")
_DEFINED_AS = re.compile(r"(?:\s+(?:person|people|individuals?))?\s+(?:is|are)\s+(?:an?\s+)?(?:someone|somebody|person|people|"
                         r"individuals?|anyone|those)\s+(?:who|whose|that)\b", re.I)


_HEADWORD_BEFORE = re.compile(r"[^\S\n]*(?:[\w'-]+[^\S\n]+(?:or|and)[^\S\n]+|[\w'-]+[^\S\n]*/[^\S\n]*)?")
_DEFINITION_AFTER = re.compile(
    r"(?:[^\S\n]+(?:or|and)[^\S\n]+[\w'-]+|[^\S\n]*/[^\S\n]*[\w'-]+)?(?:[^\S\n]*\([a-z .]{1,15}\))?"
    r"[^\S\n]*[:\-\u2013\u2014]?\s*"
    r"(?:it|this|the term|a term|an? (?:[\w-]+ )?term|the (?:sex|gender|term|word)|is an? (?:[\w-]+ )?(?:term|word|label)|refers? to|describes?|"
    r"means?|is used|can be used|used to|is often used|is an? (?:older|outdated|dated|old-fashioned))\b", re.I)


_LIST_BELOW = re.compile(r"\b(?:list|order|table) (?:below|that follows)\b|\bas follows\b|\bbelow\b[^:]{0,30}:$", re.I)


def follows_cited_law(ctx, cites) -> bool:
    """Earlier in the paragraph a citation ends in a colon ("Section 4 of the Act: ..."), or a
    sentence that cites a law and reports it ends in one ("... the Local Government Act 1972,
    which sets out, for example:"): what follows reproduces or reports the law."""
    if _after_citing_block(ctx, cites) or _restates_citation(ctx, cites):
        return True
    if lacks_text(ctx, ":") or _no_law_in(ctx, cites):
        return False        # both ways below need a colon in the block (blockfacts) and a citation
    para_start = ctx.text.rfind("\n\n", 0, ctx.start)
    para_start = 0 if para_start == -1 else para_start
    if search_between(_CITATION_COLON, ctx.text, para_start, ctx.start, ctx.doc_cache):
        return True
    colon = ctx.text.rfind(":", para_start, ctx.start)
    if colon == -1:
        return False
    lead = ctx.text[max(para_start, colon - 400):colon + 1]
    cut = max(lead.rfind(". "), lead.rfind(".\n"))
    if _LAW_REPORTED.search(lead, cut + 1) is not None:
        return cites.search(lead, cut + 1) is not None
    # "This is set by the Mental Health Act ... The nearest relative is whoever comes first in the list below:"
    cut2 = max(lead.rfind(". ", 0, max(cut, 0)), lead.rfind(".\n", 0, max(cut, 0)))
    return cut > 0 and _LIST_BELOW.search(lead, cut + 1) is not None and cites.search(lead, cut2 + 1, cut + 1) is not None


# the sentence reports what the law just cited says: "Section 87 of the Housing Act 1985 sets out who may succeed. /
# This states that a person is qualified if he or she ..." (not "It says", which may be a leaflet's)
_LAW_PART = r"(?:[Ss]ection|[Ss]ubsection|[Rr]egulation|provision|Act|[Aa]rticle)"
_RESTATES = re.compile(r"\s*(?:This(?:\s" + _LAW_PART + r")?|(?:The|That|Its)\s" + _LAW_PART + r")\s"
                       r"(?:states|says|provides|specifies|stipulates)\s(?:that\b|:)")
# a document of one's own in the sentence before: "This" may be it ("Our policy follows the Equality Act 2010. This states ...")
_OWN_DOC = re.compile(r"\b(?:our|we|your|policy|leaflet|charter|contract|handbook|guide|booklet|code|procedure|agreement|rules|"
                      r"terms|standards|module|document|plan|strategy|statement|toolkit|course|guidance)\b", re.I)


def _restates_citation(ctx, cites) -> bool:
    """The sentence opens "This states that ..." (``_RESTATES``) right after a sentence, or a block, that cites a law
    and names no document of one's own."""
    if _RESTATES.match(ctx.text, ctx.sent_start) is None:
        return False
    prior = ctx.text[ctx.prev_start:ctx.sent_start]
    if not prior.strip() and ctx.block_index > 0:
        prior = ctx.document.blocks[ctx.block_index - 1].text[-400:]
        prior = prior[max(prior.rfind(". "), prior.rfind("\n")) + 1:]
    return cites.search(prior) is not None and _OWN_DOC.search(prior) is None


def _after_citing_block(ctx, cites) -> bool:
    """The first paragraph under a block that cites a law and ends in a colon ("Section 191(1) of the Housing
    Act 1996 provides:" over "A person is homeless intentionally if he ...")."""
    if ctx.block_index == 0 or ctx.text.find("\n\n", 0, ctx.start) != -1:
        return False
    key = ("after-citing-block", id(cites))      # (the same answer for every match in the block's first paragraph)
    last = ctx.doc_cache.get(key)
    if last is None or last[0] is not ctx.text or last[1] != ctx.block_index:
        last = ctx.doc_cache[key] = (ctx.text, ctx.block_index, _block_after_citing(ctx, cites))
    return last[2]


def _block_after_citing(ctx, cites) -> bool:
    blocks, i = ctx.document.blocks, ctx.block_index
    prev = blocks[i - 1].text.rstrip()
    if prev.endswith(":") and len(prev) <= 400 and (_CITATION_COLON.search(prev + " ") is not None
                                                    or _PINPOINT_COLON.search(prev + " ") is not None or (
            _LAW_REPORTED.search(prev) is not None and cites.search(prev) is not None)):
        return True
    # the law's own words may go on for more paragraphs, each an item of it ("... unless it appears that:" /
    # "(a) ... and" / "ii. ..."), under a lead that says the law reads so ("s25 of the Children Act 1989 states:")
    for k in range(1, 4):       # (block numbers as ctx.block_index - k: the language server notes how each is read)
        prev = blocks[i - k].text.rstrip()
        item = blocks[i - k + 1].text if k > 1 else ctx.text
        if len(prev) > 400 or not (prev.endswith(":") or _ITEM_GOES_ON.search(prev)) or i - k - 1 < 0 or not (
                _ITEM_OPENS.match(item) or (_BULLET.match(item) and _LAW_GOES_ON.search(prev) and not _OWN_VOICE.search(prev))):
            return False
        lead = blocks[i - k - 1].text.rstrip()
        if lead.endswith(":") and len(lead) <= 400 and _SETS_OUT.search(lead) and cites.search(lead) \
                and not _OWN_DUTY_LEAD.search(lead):
            return True
    return False


# a lead that says the law's words follow ("states:", "provides that:"), not one ending on the document's own duty
# (or that the law itself defines a term so: "The Children Act 1989 Section 66 defines a 'privately fostered child' as:")
_SETS_OUT = re.compile(r"\b(?:provides?|reads?|states?|says?)(?:\s+(?:that|as\s+follows))?\s*:$|(?:\bAct(?:\s+\d{4})?|\bRegulations(?:\s+\d{4})?|"
                       r"\b[Ss]ection\s+\d+[A-Z]?(?:\(\w+\))*)\s+defines\s[^:\n]{1,80}\sas(?:\s+follows)?\s*:$")
_OWN_DUTY_LEAD = re.compile(r"\b(?:must|should|will|shall|need\s+to|are\s+to)\s*:$")


# a paragraph that carries on into the next one ("... any other description of accommodation and"), and one
# opening as a quoted text or an item of one does ("'a child who ...", "(a) He has ...", "ii. If he ...")
_ITEM_GOES_ON = re.compile(r"(?:[;,]|\b(?:and|or))$")
# a bullet, only under a line that breaks off the law's own sentence ("... by someone other than:" over "• his or her
# parent"), not under the document's own words ("In our homes this means:")
_BULLET = re.compile(r"\s*[\u2022\u25aa\u2013*-]\s")
_LAW_GOES_ON = re.compile(r"\b(?:who|which|if|unless|where|to|that|not|of|by|than|as|whom|whose)\s*:$")
_OWN_VOICE = re.compile(r"\b(?:[Oo]ur|[Ww]e|[Tt]his\s+means|staff|[Tt]he\s+(?:Trust|[Cc]ouncil|[Pp]ractice|[Hh]ome|[Ss]ervice))\b")
_ITEM_OPENS = re.compile(r"\s*(?:['\"\u2018\u201c]|\((?:[a-z]{1,4}|\d{1,2})\)\s|(?:[ivx]{1,4}|[a-h]|\d{1,2})[.)]\s)")


def _no_law_in(ctx, cites) -> bool:
    """Neither way of ``follows_cited_law`` can find anything in the match's piece of text: the
    first needs a match of ``_CITATION_COLON`` in it, the second one of ``cites``, and the piece
    holds no digit and none of the words either needs (``law_gate``). Worked out once per piece,
    from its second question on (most paragraphs are asked once or twice, a finding-dense one
    many times: on the first the test would cost more than it saves)."""
    key = ("no-law-in", id(cites))
    last = ctx.doc_cache.get(key)
    if last is None or last[0] is not ctx.text:
        ctx.doc_cache[key] = (ctx.text, None)
        return False            # (not known: the searches answer)
    if last[1] is None:
        gate = _GATES.get(cites)
        if gate is None:
            gate = _GATES[cites] = Gate((_CITATION_COLON, cites))
        last = ctx.doc_cache[key] = (ctx.text, not gate.may_match(ctx.text))
    return last[1]


_GATES: dict = {}           # the pattern of citations -> its Gate with _CITATION_COLON


# statutory drafting: a duty laid on a body or office holder with "shall", as regulations write it
DRAFTING = rx(
    r"\b(?:registered (?:person|provider|manager)|Secretary of State|appropriate (?:authority|person|body)|"
    r"(?:local|responsible|regulatory|registration|supervisory|health) (?:social services )?authority|"
    r"the Minister|the Welsh Ministers|the Scottish Ministers)s? shall\b"
    r"|(?-i:(?:^|[.:;]\s+)Provided that\b)"       # a proviso
    # a statute's formula for what regulations will fill in, closing a duty: "shall keep his registers in such form as
    # may be prescribed by regulations." (not an organisation's own: "as may be prescribed by the Trust", "by
    # regulations made by the University Council")
    r"|\b(?:shall|must)\b[^.;]{0,160}\bin such (?:form and manner|manner and form|form|manner) as may be prescribed(?: by regulations)?\s*(?:[.;,]|$)"
    r"|\b(?:any|every|no) such (?:person|individual|minor|child|officer|member(?![^.;]{0,120}\b(?:Honorary|Committee|[Cc]lub|"
    r"[Cc]onstitution|expel\w*|subscriptions?)\b))\b[^.;]{0,80}\bshall\b"      # (not a club's own rule: "before any such member is
    #                                                                            expelled, the Honorary Secretary shall ...")
    # a code's own cross-references and section signs: "as defined by subdivision twenty-nine of section ... of this
    # chapter", "Ala. Code \u00a7 41-1-5 | No officer ... shall"
    r"|\b(?:sub)?(?:section|division|subdivision|paragraph|article)\s[^.;]{0,60}\bof this (?:chapter|title|article|subchapter|code)\b"
    r"|\u00a7+\s?\d[\d.-]*[^.;]{0,200}\bshall\b"
    # a relationship defined in statute's words: "(whether of the full blood or half blood or by marriage)"
    r"|\b(?:whole|full) blood(?:,| or) (?:of )?(?:the )?half[- ]blood\b"
    # a statute's cross-reference to its own subsections ("given to him in writing under subsection (1) above"), and
    # the Mental Health Act's test ("that the patient is suffering from mental disorder to such a degree that ...")
    r"|\bsub-?sections?\s\(\d+[A-Z]?\)(?:\s?\(\w{1,4}\))*\s(?:above|below)\b|\((?:[a-h]|i{1,3}|iv)\)\s+that\s+(?:the\s+)?(?:patient|person|he|she)\s+is\s+suffering\s+from\s+mental\s+disorder\b",
    re.I,
)
_LAW_REPORTED = rx(
    r"\bstatutory (?:principles?|provisions?|duties|requirements|criteria)\b|"
    r"\b(?:principles?|provisions?|sections?|duties|conditions|requirements|criteria)\b[^:\n]{0,40}\b(?:which|that) "
    r"(?:are|is|say|says|state|states)\b|\b(?:says|states|provides|reads|sets out|lists|defines|define|provide)(?: that)?\b|\bas follows\b"
    # a law codifying rules, the law its subject: "Public Health Law \u00a7 2504 codifies the rules on consent by minors:"
    r"|(?<!our )(?<!this )\b(?:Law|Act|Code|Statute)\s(?:[\w\u00a7~.-]+\s){0,3}codif(?:y|ies|ied)\b",
    re.I,
)
# statute's lead-in: a dash glued to the last word ("unless\u2014", "each service user\u2014")
_DASH_LEAD = re.compile(r"\w[-\u2014\u2013]$")        # dashes arrive folded to "-"
_SPACED_DASH_LEAD = re.compile(r"\w [-\u2014\u2013]$")
# a numbered provision reported by what it says: "Article 40 states that ... in any case where -"
_PROVISION_REPORTED = re.compile(r"\b(?:[Ss]ection|[Rr]egulation|[Aa]rticle|[Ss]chedule|[Pp]aragraph) \d+[A-Z]?(?:\(\w+\))* (?:provides|states|says|requires|reads)\b")
_LETTERED = re.compile(r"^\s*\([a-z0-9]{1,4}\)")
# "under Section 80 of the Local Government Act 1972, a person is disqualified if he/she:"
_SECTION_OF = rx(r"\b(?:[Ss]ection|[Ss]chedule|[Aa]rticle|[Rr]egulation|[Ss]\.) ?\d+[A-Z]?(?: ?\(\w+\))* (?:of|to|under) (?:the )?[A-Z]")
# an item or provision opens with a marker ("(a)", "1.", "-") or carries on a sentence (lower case)
_PROVISION_START = re.compile(r"^\s*(?:\(?[a-z0-9]{1,5}[.)]|[-*\u2022\u2013]|[a-z])")
# a lead-in naming the numbered provision its items are: "is defined in the RRO Part 1 Article 3 as:", "Conditions listed in
# section 5(2A) include that the accused:"
_PROVISION_LEAD = re.compile(r"\b(?:defined|listed|set\sout|specified|prescribed)\s(?:in|by|under)\s[^.:;]{0,80}?\b(?:[Aa]rticle|[Ss]ection|"
                             r"[Rr]egulation|[Ss]chedule|[Pp]aragraph|s\.)\s?\d+[A-Z]?(?:\.\d+)*(?:\s?\(\w+\))*\s(?:as|includes?|are)\b[^.:;]{0,30}:\s*$")
# (naming a law, or a provision only laws number so: "section 5(2A)", "Article 3"; not a policy's own "section 5", nor in
# the writer's own voice)
_LAW_IN_LEAD = re.compile(r"\b(?:Act|Order|Regulations|Code|Directive|Convention|Statute)\b|\b(?:[Ss]ection|[Rr]egulation)\s?\d+[A-Z]?\s?\(\w+\)"
                          r"|\bArticle\s\d")
_LEAD_VOICE = re.compile(r"\b(?:we|our|us|you|your)\b|\bthis\s(?:policy|procedure|document|handbook|guide|scheme)\b", re.I)


def _provision_lead(line: str) -> bool:
    tail = line[max(0, len(line) - 300):]
    return _PROVISION_LEAD.search(tail) is not None and _LAW_IN_LEAD.search(tail) is not None and _LEAD_VOICE.search(tail) is None


_LEAD_END = re.compile(r"(?::|[-\u2013\u2014]|\b(?:states|says|provides|reads|defines \w+ as))\s*$")


def item_under_provision_lead(text: str, at: int) -> bool:
    """The match's line is an item ("- the employer, if ... under his control;") below a line in its own paragraph that
    names the provision the items are (``_PROVISION_LEAD``), with only items between (asked of each match: the answer
    is the match's line's, not its paragraph's)."""
    end = text.rfind("\n", 0, at)
    if end < 0 or text.find(":", 0, end) < 0 or not _PROVISION_START.match(text[end + 1:end + 12]):
        return False
    for _ in range(8):
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if _provision_lead(line):
            return True
        if start == 0 or not _PROVISION_START.match(line):
            return False
        end = start - 1
    return False


def under_law_lead_in(ctx, cites, layout) -> bool:
    """The match is in a list item (or a lettered paragraph) under a lead-in that reproduces
    law: a lead-in that cites a law (``cites``) and reports what it says, or one drafted as
    statute (``layout``: numbered provisions, "subject to paragraph (2)"). Up to eight short blocks may sit between them (other items, bare letters)."""
    if getattr(ctx.block, "kind", "") != "list_item" and not _PROVISION_START.match(ctx.text) \
            and not ctx.text.rstrip().endswith(";"):
        return False        # an ordinary paragraph ("Each nurse will ..."), not an item or provision
    blocks = getattr(ctx.document, "blocks", None) or []
    bi = ctx.block_index
    for j in range(bi - 1, max(-1, bi - 9), -1):
        prev = blocks[j].text.rstrip()
        if _LEAD_END.search(prev):
            if DRAFTING.search(prev) or layout.search(prev) or _provision_lead(prev) \
                    or (_DASH_LEAD.search(prev) and _LETTERED.match(ctx.text)) or (
                    _SPACED_DASH_LEAD.search(prev) and _LETTERED.match(ctx.text) and _PROVISION_REPORTED.search(prev)):
                return True
            return cites.search(prev) is not None and (_LAW_REPORTED.search(prev) is not None
                                                       or _SECTION_OF.search(prev) is not None)
        if len(prev) > 300 or (prev.endswith((".", "!", "?")) and blocks[j].kind != "list_item"):
            return False
    return False


def text_table_header_cue(ctx, cue) -> bool:
    """The match is in a table laid out in plain text ("Words to avoid | Use instead" then rows
    of "term | better term") and the header cell over its column says the column lists terms."""
    text = ctx.text
    line_start = text.rfind("\n", 0, ctx.start) + 1
    line_end = text.find("\n", ctx.end)
    if text.find("|", line_start, line_end if line_end != -1 else len(text)) == -1:
        return False                       # (asked for every match: no slice of the line)
    column = text.count("|", line_start, ctx.start)
    header, start = None, line_start
    for _ in range(40):                    # up through the rows above, to the first of the table
        if start == 0:
            break
        prev_start = text.rfind("\n", 0, start - 1) + 1
        prev = text[prev_start:start - 1]
        if "|" not in prev:
            break
        header, start = prev, prev_start
    if header is None:
        return False
    cells = header.split("|")
    return column < len(cells) and cue.search(cells[column]) is not None
