"""Spans of text inside straight quotation marks, for ``in-quotation`` (``common.py``)."""
from __future__ import annotations

import functools
import re

# (a closing mark may carry a footnote number: '"... for which he is liable in damages."3', '"... a duty"14.')
_CLOSED = r"""(?:(?![A-Za-z0-9])|(?<=[.!?,;]")(?=\d{1,3}(?!\w))|(?=\d{1,3}[.,;](?:\s|$)))"""
QUOTED = re.compile(
    r'(?<![A-Za-z0-9])"[^"]{1,300}?"' + _CLOSED +
    r"""|(?<![A-Za-z0-9])'[^']{1,400}?'(?![A-Za-z])"""
    # an apostrophe inside a word is no closing mark, within one sentence ("'... the incapacitated adult's right
    # to ...'"; not from "the '90s" on to a later "members' ")
    r"""|(?<![A-Za-z0-9])'(?!\d)(?:[^'.!?]|(?<=[A-Za-z])'(?=[a-z])|[.!?](?!\s)){1,400}?'(?![A-Za-z])"""
    # a longer quotation set out after a colon or a verb of saying: 'They further stated:- "the Court finds ..."',
    # 'which defines PII as "[i]nformation which ..."'
    r"""|(?:(?<=:)-?|(?<=\bas)|(?<=\bstates)|(?<=\bstated)|(?<=\breads)|(?<=\bsays)|(?<=\bsaid))[ \t]*"[^"\n]{300,700}?""" '"' + _CLOSED +
    # or set out from the next line, over several, after someone else's words are announced: 'the Prophet said:\n"..."'
    # (not words given to the reader, "say:", "use this wording:", nor a document's own, "Our letter reads:")
    r"""|(?:(?<=\bsaid:)|(?<=\bstated:)|(?<=\bwrote:))[ \t]*\n[ \t]*"[^"]{300,700}?""" '"' + _CLOSED
)
# a quotation set out after a colon and running to the end of the text, its closing mark lost or
# beyond it: 'the court put it as below:\n"The tenant must ... He must ...' (looked for in the tail only)
_RUNS_TO_END = re.compile(r"""(?<=:)[ \t\n]*"[^"]{1,600}\Z""")


def quoted_spans(text: str):
    spans = [(m.start(), m.end()) for m in QUOTED.finditer(text)]
    tail = _RUNS_TO_END.search(text, max(0, len(text) - 700))
    if tail is not None and not any(a <= tail.start() < b for a, b in spans):
        spans.append((tail.start(), tail.end()))
    return spans


# speech reported from someone else: "a visitor called her a ...", "one patient said the ...", "Lord Scarman said: ..."
REPORTED = re.compile(
    r"\b(?:he|she|they|patients?|visitors?|relatives?|callers?|residents?|clients?|man|woman|someone|"
    r"one|porter|member of the public|neighbour|partner|parent|child|colleague)\s+(?:had\s+|has\s+)?"
    r"(?:said|says|told (?!(?:of|about|to|by|in|at|on|that|when|if|whether|how|what|where|why)\b)\w+|wrote|writes|shouted|yelled|called \w+(?: \w+)?|described \w+ as|"
    r"referred to \w+ as)\b"
    # a judge's or another titled speaker's words after a colon: "Lord Scarman said:", "Munby LJ observed:", "Baroness Hale
    # stated in Re B:"
    r"|(?-i:\b(?:(?:Lord|Lady|Baroness|Baron|Justice|Judge|Dr|Mr|Mrs|Ms|Professor|Prof|Sir|Dame)\.?(?: [A-Z][\w'-]+){1,3}"
    r"|[A-Z][\w'-]+ (?:LJ|J|MR|JSC|P))) (?:said|says|wrote|stated|held|observed|ruled)(?: in [^:.;]{1,40})?:",
    re.I,
)
# (not a relative clause: "what she told you will not change ...", "record what the patient told you in his own words")
_RELATIVE_BEFORE = re.compile(r"\b(?:what|whatever|anything|everything|all|something)\s+(?:(?:the|a|an|this|that|your|our|any)\s+)?$", re.I)


def reported_before(span: str) -> bool:
    """``span`` (a sentence up to the match) reports someone else's speech, not in a relative clause."""
    return any(_RELATIVE_BEFORE.search(span, max(0, m.start() - 24), m.start()) is None for m in REPORTED.finditer(span))


@functools.lru_cache(maxsize=1024)     # the sentence of several matches, and repeated boilerplate
def sentence_quotes(sentence: str) -> tuple:
    return tuple(quoted_spans(sentence))


# words the document gives its reader to say: "Begin the interview by saying \u201c...\u201d", "Then ask, \u201c...\u201d"
# (an instruction to the reader, not a patient who asks: "Parents often ask, \u201c...\u201d", nor "to speak to his nurse and say, \u201c...\u201d")
_SCRIPTED = re.compile(
    # "Begin the interview by saying": an instruction opening the sentence (not "The Minister opened the debate by saying")
    r"(?:(?:^|[.!?:]\s+)(?:Begin|Start|Open|End|Finish|Close|Respond|Reply|Introduce|Greet)\b[^.!?\n\"\u201c]{0,60}\bby saying"
    # "Say:", "Then ask a general question,", "Ask the parent," (not "Ask yourself:", "Ask Sam why and he says:")
    # (not a script reported: "Until 2019 the script read: Say, ...")
    # (or after the answer that leads to it: 'If the answer is "Yes" ask again "Is ...?"', 'If "No", go on to ask ...')
    r"|(?:^|[.!?]\s+|[,\"\u201d]\s*(?:and\s+)?then\s+|\b[Ii]f\s+(?:(?:the\s+answer\s+is|they\s+(?:say|answer))\s+)?(?:[\"\u201c][^\"\u201d\n]{1,12}[\"\u201d]|yes|no),?\s+"
    r"(?:then\s+|go\s+on\s+to\s+)?|\b(?:Then|[Pp]lease)\s+)(?:[Ss]ay|[Aa]sk|[Cc]omment|[Tt]ell (?:them|the (?:parent|child|patient|person|carer|family|client)s?))\b"
    r"(?:\s+(?:them|the (?:parent|child|patient|person|carer|family|client)s?|(?:a|an|one|this|some) (?:[a-z]+ )?questions?))?(?:\s+again)?)[:,]?\s*[\"\u201c\u2018]?$")


def scripted(text: str, quote_at: int, spans=()) -> bool:
    """The quotation opening at ``quote_at`` is words the document tells its reader to say, or
    follows straight on from such a quotation (``spans``: the block's quotations)."""
    if _SCRIPTED.search(text, max(0, quote_at - 60), quote_at) is not None:
        return True
    before = [a for a, b in spans if b <= quote_at and not text[b:quote_at].strip(" \"\u201d\u2019")]
    return bool(before) and scripted(text, before[-1], spans)


# a block that opens on a quotation mark (block text has its curly marks folded to straight ones)
OPENS_QUOTE = re.compile(r"\s*[\"\u201c\u2018]")


def quoted_after_lead_in(ctx) -> bool:
    """The block opens on a quotation mark never closed in it, after a lead-in naming a law or a source and ending in
    a colon: a quotation set out under it, its closing mark lost ("... the Children Act 1989:" / "\u201cWhere a local
    authority ... his welfare ...")."""
    m = OPENS_QUOTE.match(ctx.text)
    return m is not None and ctx.block_index > 0 and '"' not in ctx.text[m.end():] \
        and _SOURCE_LEAD_IN.search(ctx.document.blocks[ctx.block_index - 1].text[-200:]) is not None


# a lead-in naming a law or a source whose words follow (not words staff are told to say: "Read this out, as the Code
# requires:")
_SOURCE_LEAD_IN = re.compile(r"^(?!\W*(?:Read|Say|Tell|Use|Give|Ask|Explain|Hand)\b)[^\n]*(?:\b(?:Act|[Ss]ections?|[Rr]egulations?|Code|Rules|Order|"
                             r"Convention|[Gg]uidance|[Gg]uidelines?|[Ss]tandards?|[Ss]tatute|[Ll]egislation|[Jj]udge?ment|[Jj]udge|[Cc]ourt)\b"
                             r"[^:\n]{0,80}|\b(?:states|stated|says|said|reads|provides|wrote|writes|put\s+it|recommends|defines)\b[^:\n]{0,20}):\s*$")


def still_quoted(text: str, at: int) -> bool:
    """``text`` opens on a double quotation mark that is not closed before ``at``: a speaker's words run on."""
    m = OPENS_QUOTE.match(text)
    return m is not None and '"' not in text[m.end():at]


# a quotation opened after a verb of saying: 'One person said, "When my husband died I ...'
_SAID_OPENS = re.compile(r"\b(?:said|says|told\s+(?:us|me|them)|explained|commented|wrote|writes|added|recalled|reflected|shared)"
                         r"\s*[,:]?\s*[\"\u201c]$")
# (not the organisation quoting itself: 'we wrote, "...', 'our newsletter says: "...')
_ORG_SPEAKS = re.compile(r"\b(?:[Ww]e|[Oo]ur\s+(?:[\w-]+\s+){0,3}?(?:policy|procedure|statement|handbook|code|guidance|leaflet|"
                         r"newsletter|website|charter))\s+(?:[\w-]+\s+)?(?:said|says|wrote|writes|explained|added)\s*[,:]?\s*[\"\u201c]$")
# the speaker's own first person in quoted words (read here and by antecedent_cues)
SPEAKER_SELF = re.compile(r"\b(?:I|[Mm]e|[Mm]y|[Ww]e|[Uu]s|[Oo]ur)\b")


def speaker_account(text: str, at: int, sentence: str) -> bool:
    """``at`` is inside a quotation opened after a verb of saying and not yet closed, and its ``sentence``
    speaks in the first person: the speaker's own account ('One person said, "... I've found her really
    useful'), which sets no rule."""
    q = max(text.rfind('"', 0, at), text.rfind("\u201c", 0, at))
    return q != -1 and _SAID_OPENS.search(text, max(0, q - 40), q + 1) is not None \
        and _ORG_SPEAKS.search(text, max(0, q - 60), q + 1) is None and SPEAKER_SELF.search(sentence) is not None
