"""Conditions shared by many rules: quotation, legislation, mention, allow-list (names and titles
are in ``names.py``).

Every prose rule gets ``in-quotation``, ``cites-legislation``, ``mention-not-use`` and
``allowed-phrase`` as exceptions unless it opts out. They look at the sentence or a short
window around the match with plain regexes, so they stay cheap on long documents.
"""
from __future__ import annotations

import re

from . import condition
from .blockfacts import lacks_all
from .clause_index import clause_after
from .law_gate import Gate
from .mention_gate import piece_facts, tail_may_open
from .law_block import block_cites
from .law_text import _LEGISLATION, _DASH_ITEMS, _DATED_LAW, OWN_RULES, _sentence_cites, own_rules_blanked
from .law_title import under_law_title
from .mention_kinds import follows_cited_law, term_discussed, text_table_header_cue
from .mention_lists import NAMED_AS_CUE, NAMED_SUBJECT as _NAMED_SUBJECT, OWNER_AFTER as _OWNER_AFTER, SUBJECT_PRONOUN as _SUBJECT_PRONOUN, glossary_head, glossary_pair, listed_as_terms, under_term_heading
from .quotes import (OPENS_QUOTE as _OPENS_QUOTE, QUOTED, REPORTED, quoted_after_lead_in, quoted_spans, reported_before, scripted as _scripted,
                     sentence_quotes)
from .span_search import search_between
from .table_header import block_lead_in




# a paragraph that is one quotation from its first character to its last (its full stop may follow: '... existing rules".')
_WHOLE_BLOCK_QUOTED = re.compile(r"""^\s*(?:(["'\u2018\u201c])[^\n]{20,1500}?(?<![A-Za-z])["'\u2019\u201d]?[.!?]?["'\u2019\u201d]|["\u201c][^\n"\u201d]{20,1500}(?<=[A-Za-z])["\u201d][.!?])\s*$""")


def per_piece(ctx, name: str, fn):
    """``fn(text)`` for the match's piece of text, worked out once per piece, not per match."""
    last = ctx.doc_cache.get(name)
    if last is None or last[0] is not ctx.text:
        last = ctx.doc_cache[name] = (ctx.text, fn(ctx.text))
    return last[1]


def _whole_block_quoted(ctx) -> bool:
    return per_piece(ctx, "whole-quoted", lambda text: _WHOLE_BLOCK_QUOTED.match(text) is not None)


@condition("in-quotation")
def in_quotation(ctx) -> bool:
    """The match sits inside quotation marks, a block quote, or speech reported from someone
    else ("a visitor called her a …", "one patient said the …")."""
    if getattr(ctx.block, "kind", "") != "quote" and lacks_all(ctx, "in-quotation", _quotation_needs):
        return False        # no quotation mark nor reporting verb anywhere in the block (blockfacts)
    if getattr(ctx.block, "kind", "") == "quote" or _whole_block_quoted(ctx) or quoted_after_lead_in(ctx):
        return True
    s = ctx.sentence
    off = ctx.start - ctx.sent_start
    end = ctx.end - ctx.sent_start
    for a, b in sentence_quotes(s):
        if a <= off and end <= b:
            return not _scripted(ctx.text, ctx.sent_start + a)
    # the paragraph may hold a quotation that spans sentences (spans found once per block)
    for a, b in per_piece(ctx, "quoted-spans", quoted_spans):
        if a <= ctx.start and ctx.end <= b and (b - a) < 600:
            return not _scripted(ctx.text, a, per_piece(ctx, "quoted-spans", quoted_spans))
    # a quotation opening the sentence and attributed after it ("“... transsexual people ...,” explains
    # Byrne."), even where the closing mark was lost in copying
    if _OPENS_QUOTE.match(ctx.text, ctx.sent_start) and _ATTRIBUTED.match(ctx.text, ctx.end, ctx.sent_end + 60):
        return True
    # reported speech: "a visitor called her a …", "one patient said the …"
    return reported_before(ctx.text[ctx.sent_start:ctx.start].replace("\n", " "))


def _quotation_needs():
    """Every pattern by which ``in-quotation`` can answer yes (for its block gate)."""
    return _WHOLE_BLOCK_QUOTED, QUOTED, _OPENS_QUOTE, REPORTED


_ATTRIBUTED = re.compile(r"[^\"\u201c\n]{0,400}?[,.?!\"\u201d\u2019]\s*(?:says|said|explains|explained|adds|added|notes|"
                         r"noted|continues|continued|writes|wrote|argues|argued|told \w+)\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}\s*[.,]")


def _has(ctx, name: str, rx) -> bool:
    """Does the piece of text hold ``rx`` anywhere? Worked out once per piece."""
    return per_piece(ctx, ("has", name), lambda text: rx.search(text) is not None)


@condition("cites-legislation")
def cites_legislation(ctx) -> bool:
    """The sentence cites or reproduces legislation (an Act, section, regulation, Schedule), or
    sits in a numbered provision laid out as statute ("G1.-(1) Subject to paragraph (2), ...")."""
    sentence = own_rules_blanked(ctx.sentence, _has(ctx, "own-rules", OWN_RULES), _has(ctx, "dated-law", _DATED_LAW))
    if _sentence_cites(sentence) and not _own_consequence(ctx):
        return True
    if block_cites(ctx, _LEGISLATION):
        return True              # laid out as statute, a published statute, under a law's lead-in ... (law_block.py)
    opening = ctx.sent_start - (ctx.text[ctx.sent_start - 1:ctx.sent_start] == "(")     # (the splitter may leave "(" behind)
    if _PROVISION_OPEN.match(ctx.text, opening) and ctx.prev_start < opening \
            and _INTRODUCES.search(ctx.text, ctx.prev_start, opening) and not _STAFF_DUTY.search(ctx.sentence) \
            and _sentence_cites(ctx.text[ctx.prev_start:opening]):
        return True              # "... 42 C.F.R. 483.10(f) provides that ... (4) The resident has a right to ..."
    if _has(ctx, "dash-items", _DASH_ITEMS) and _DASH_ITEMS.search(ctx.text, max(0, ctx.start - 600), ctx.start):
        return True
    return follows_cited_law(ctx, _LEGISLATION) or under_law_title(ctx)


_PROVISION_OPEN = re.compile(r"\s*\(\d{1,2}[A-Z]?\)\s+[A-Z]")
# the citing sentence sets the law's text out ("provides that", "states:"); the item is not a duty of the document's own
_INTRODUCES = re.compile(r"\b(?:provides?|states?|reads?|says?)\s*(?:that\b|:)")
_STAFF_DUTY = re.compile(r"\b(?:must|should)\b")
_SO = re.compile(r",\s+(?:and\s+)?(?:so|therefore|which means)\s+")


def _own_consequence(ctx) -> bool:
    """"Under section 5 of the Act a tenant needs consent, so he should ask in writing": the
    clause after ", so" is the document's own advice, whatever the clause before it restates."""
    cut = None
    for cut in _SO.finditer(ctx.text, ctx.sent_start, ctx.start):
        pass
    return cut is not None and not _sentence_cites(ctx.text[cut.end():ctx.sent_end])


# Cues that the term right after them is being talked about rather than used.
_MENTION_CUE = (
    r"(?P<cue>\brather than|\binstead of|\bin place of|\bnot\b|\bavoid(?:s|ing|ed)?|\bdiscourag\w+|\bstop(?:ped)? using"
    r"|\b(?:do not|don't|never|not to|no longer|shouldn't|should not|must not|mustn't)"
    r" (?:use|say|write|call|describe|refer|label)\w*(?: to)?(?: (?:people|someone|anyone|them|patients|colleagues|"
    r"a person|a patient|anybody|yourself|themselves))?(?: as)?"
    r"|\b(?:outdated|older|old-fashioned|offensive|legacy|dated|derogatory|discredited|stigmatising|problematic)"
    r" (?:terms?|labels?|words?|language|phrases?|forms?|usage)(?:,)?(?: such as| like| including)?"
    r"|\b(?:terms?|words?|phrases?|labels?|expressions?|language) (?:such as|like|including)|\bdefinitions? of"
    r"|\bthe (?:terms?|words?|phrases?|labels?|expressions?|title|codes?|values?|pronouns?)|\bwords? like"
    # a document's past wording: "until 1992 the guidance referred to X", "earlier surveys spoke of X"
    r"|\b(?:guidance|reports?|documents?|polic(?:y|ies)|surveys?|forms?|leaflets?|literature|papers?|"
    r"textbooks?|records?|manuals?|editions?|versions?)\b[^.;]{0,40}?\b(?:referred to|spoke of|talked of)"
    r"|\breplac(?:e|es|ed|ing)|\bsometimes called|\bused to be called"
    r"|\b(?:formerly|previously|earlier|originally|once|historically|commonly|popularly|colloquially|sometimes|often)"
    r" (?:called|known as|used|referred to as|described as|termed|labelled)"
    r"|\bwhat was once called|\bglossary|\bsay\b[^.]{0,30}\bnot"
    # a short form given for a term: "may be shortened to X", "an abbreviation for X"
    r"|\b(?:shortened|abbreviated) (?:to|as)(?: [\w-]+(?: [\w-]+)?,? or)?|\ban abbreviation (?:for|of)"
    # naming: "clinically called a X", "people who are referred to as X"
    r"|\b(?:\w+ly )?(?:called|termed|referred to as|labelled|labeled)"
    r"|\bterms (?:that|which) [^.;]{0,40}?\b(?:are|include)"      # "other terms that can mean the same are X"
    r"|\b(?:umbrella )?term (?:that|which) (?:can |may |also )?(?:includes?|covers?|encompass\w*)"
    r"(?: (?:people|those|anyone) who (?:are|identify as))?"
    r"|\b(?:describe[sd]?|describing|call(?:s|ed|ing)?|identif(?:y|ies|ied|ying)|refer(?:s|red|ring)? to)"
    r" (?:themselves|themself|himself|herself|yourself|ourselves|myself) as"
    r"|\bwe (?:now )?(?:say|use|write)\b[^.]{0,30}\b(?:not|instead)"
    # naming people with the term: "we will keep calling them X", "staff may refer to them as X"
    r"|\b(?:call|calls|calling|called) (?:them|us|people|patients|everyone|service users|women|men|parents) (?:as )?"
    r"|\b(?:refer to|refers to|referring to|describe|describes|describing|address|addressing)"     # (only "call" names without
    r" (?:them|us|people|patients|everyone|service users|women|men|parents) as "     # "as": "describe people who are X")
    r"|\bavoid\w* (?:identifying|describing|calling|labell?ing|referring to) [^.;]{0,40}? as"
    r"|\bsuch as|\be\.g\.|\beg\.|\bfor example"
    # "Trans ... is generally a preferred term over transsexual"
    r"|\b(?:preferred|better|more (?:acceptable|accepted|accurate|inclusive|respectful))\s+(?:terms?|words?|labels?)\s+(?:over|to|than))"
)
# between the cue and the term: nothing, a quote mark, or "using", "the term", "words like"
_MENTION_BEFORE = re.compile(
    _MENTION_CUE + r"[\s:,]{0,3}(?:using |saying |calling \w+ |the (?:terms?|words?|phrases?) |(?:is|was|are|were) )?"
    r"(?:['\"]?[\w-]+(?: [\w-]+){0,2}(?: \([\w-]+\))?['\"]?(?:,| or| and|/| \(or| \(and| \()\s*){0,4}['\"(]?\s*(?:an? |the |not )?$",
    re.I,
)
# a told-not-to naming verb, and an object, possessive or reflexive pair right after it: the pair is a person
# ("never describe his or her behaviour as ..."), where a subject pair is a word ("do not label he/she as inclusive")
_NAMING_VERB = re.compile(r"^(?:do not|don't|never|shouldn't|should not|must not|mustn't) (?:call|label|describe|refer)\w*(?: to)?$", re.I)
_OBJECT_PRONOUN = re.compile(r"(?:him|her|his|himself|herself)\s*(?:or|/)\s*(?:him|her|his|himself|herself)\b", re.I)
_MENTION_GATE = Gate((_MENTION_BEFORE,))      # a stretch with no word a cue needs is not searched (law_gate.py)
# cues that need the term to be quoted or to come straight after them
_WEAK_CUE = re.compile(r"not|such as|e\.g\.|eg\.|for example")
_MENTION_AFTER = re.compile(
    r"^['\"]?\W{0,3}(?:is|are|was|were)(?: now| still)? (?:an? |being )?(?:outdated|offensive|no longer (?:used|acceptable)|"
    r"not used|considered (?:offensive|outdated)|a slur|old-fashioned|dated|derogatory|discouraged|an older term|"
    r"now seen as|regarded as|widely seen as|(?:once|formerly|previously) used|(?:now )?(?:called|known as|"
    r"referred to as|described as|renamed|replaced by)|(?:a |an )?(?:outdated|older|dated|offensive) (?:term|word|label))"
    r"|^['\"]?\W{0,3}(?:[\w-]+\s+){0,2}?(?:is|are|was|were|has been|have been) (?:now )?(?:called|known as|"
    r"referred to as|renamed|replaced by|outdated|considered offensive|no longer used)\b"
    # a usage note on the term: "X is acceptable in all references", "X is fine if ..."
    r"|^['\"]?\W{0,3}(?:is|are) (?:(?:also|still|now|usually|generally|perfectly) )?(?:acceptable|preferred|preferable|"
    # (not a person found suitable: "... he or she is appropriate for a weight management programme")
    r"fine|appropriate|correct) (?:in|for(?! (?:a|an|the|this|that|these|their|his|her|referral|treatment)\b)|when|if|as|where|to use)\b"
    r"|^['\"]?\W{0,3}(?:may|might|can) (?:still )?be (?:preferred|used|acceptable|appropriate) (?:by|when|for|in|if)\b"
    # a clinical code list's concept name: "transsexual (finding) 76102007"
    r"|^\s*\((?:finding|disorder|situation|observable entity|qualifier value|procedure)\)"
    # a quoted term defined as a statute defines it: "\u201cChairman\u201d, in relation to the Committee, means ..."
    r"|^['\"\u2019\u201d],?\s+(?:in relation to [^,.;]{1,80},\s+)?(?:means|includes|has the (?:same )?meaning)\b"
    # "X is the term used for ...", "X usually refers to ..."
    r"|^['\"]?\W{0,3}(?:is|are) (?:the|a|an) (?:\w+ )?(?:term|word|name|label)\b|^['\"]?\W{0,3}(?:usually|often|generally|normally|commonly|typically) (?:refers? to|means)\b"
    # one of a list of words called terms: "A, B, C and D are terms used to describe ..."
    r"|^['\"]?(?:(?:,|,?\s(?:and|or))\s+[\w/-]+(?:\s[\w/-]+){0,2}){0,6}['\"]?\s+(?:are|were) (?:(?!the\b|our\b|your\b|their\b)\w+ ){0,2}"
    r"(?:terms|words|labels|names (?:used|for|given))\b"
    # told apart from another term as a term: "X is not to be confused with Y, as the former refers to"
    r"|^['\"]?\W{0,3}(?:(?:is|are|should|must) )?not (?:to )?be confused with\b[^.]{0,80}\bthe (?:former|latter|terms?|words?)\b"
    r"|^['\"]?,?\s(?:an?|the) (?:outdated|older|offensive|derogatory|dated|archaic|pejorative|old-fashioned) (?:term|word|label)\b"
    r"|^['\"]?\W{0,3}(?:should|must) (?:not|never) be used|^['\"]?\s*(?:\(|-|\|)\s*(?:avoid|outdated|do not use|don't use|dated|offensive)"
    r"|^['\"]?\s*(?:\(|,)?\s*(?:which|that) (?:is|was|are|were) (?:once |formerly |previously )?(?:used|common|outdated)"
    r"|^(?:,\s*[\w/-]+){0,6},?\s+and other (?:[\w-]+ )?(?:terms|words|phrases|labels)\b",   # "X, Y and other relationship terms"
    re.I,
)
# the term glossed straight away: "X people, that is, individuals who ..." (never a pronoun: "imputed to him/her, i.e.,
# the employee's spouse" goes on with the sentence)
_GLOSSED = re.compile(r"^['\"]?\W{0,3}(?:(?:people|persons?|individuals?|men|women)\W{0,2})?(?:that is|i\.e\.|meaning)\W", re.I)
_PRONOUN_FORM = re.compile(r"\(?s?\)?\s*/?\s*(?:he|she|his|hers?|him|himself|herself)(?![\w-])", re.I)
_GLOSSED_AS_WORDS = re.compile(r"^\W{0,3}(?:that is|i\.e\.|meaning)\W+(?:(?:an?|the)\s+)?(?:[\w-]+\s+)?(?:pair|terms?|words?|forms?|pronouns?|slurs?|labels?)\b", re.I)
_PURPOSE_AVOID = re.compile(r"(?:^|[.;:]\s*|\b(?:and|but)\s+)[Tt]o avoid$")
# a weak cue ("e.g.", "such as") counts when advice about wording leads into it
_ADVICE_LEAD = re.compile(
    r"\b(?:avoid\w*|do not use|don't use|never use|not to use|stop using|no longer use|outdated|offensive|"
    r"derogatory|old-fashioned|dated|exclusionary|non-inclusive|gendered|gender-specific|sexist|biased|"
    r"stereotyp\w*)\b[^.;]{0,50}\b(?:language|terms?|words?|"
    r"phrases?|expressions?|greetings?|salutations?|titles?|labels?|pronouns?|forms? of address|wording)"
    r"(?: (?:for|about|referring to|describing|used for) [^.;]{0,40}?)?\W{0,3}$", re.I)
# a form label's blank answer: "Maiden name: ______", "Title: [ ]", or nothing after the colon
_BLANK_FIELD = re.compile(r"^['\"]?\s*:\s*(?:[_.\u2026\[\]()\u2610 \t*-]*$|[_.\u2026]{2,}|\[|\u2610|/"
                          r"|(?i:please|give|enter|write|tick|state|list|provide)\b"
                          # an office in a body's make-up, and how it is filled: "Chairman : To be nominated by the Dean"
                          r"|(?i:to be (?:nominated|appointed|elected|chosen|selected)|(?:nominated|appointed|elected|chosen) by|vacant)\b"
                          # a section label whose "definition" is more fields: "NEXT OF KIN: Name:...... Address:"
                          r"|[A-Z][\w ()/'-]{0,30}:\s*(?:[_.\u2026]{2,}|$)"
                          # answers to choose from: "Sexual preference: Heterosexual / Gay / Lesbian / ..."
                          r"|(?:[\w'-]+(?: [\w'-]+){0,3} ?/ ?){2,}[\w'-])", re.M)
_GLOSSARY_HEAD = re.compile(r"^[\s*\-\u2022>#\d.)]*['\"]?$")
# a headword, or a pair of them, then a dash: "Chairman / chairwoman - not used" (after a pair, a
# colon is more often a form label: "Mother / Father: ...")
_GLOSSARY_PAIR = re.compile(r"^[\s*\-\u2022>#\d.)]*['\"]?(?:[\w'-]+(?: [\w'-]+)?['\"]?[ \t]*(?:/|\bor\b)[ \t]*['\"]?)?$")
_DASH_TAIL = re.compile(r"^['\"]?(?:[ \t]*(?:/|\bor\b)[ \t]*['\"]?[\w'-]+(?: [\w'-]+)?['\"]?)?[ \t]+[-\u2013\u2014]\s")
_GLOSSARY_TAIL = re.compile(r"^['\"]?[ \t]*(?::|[ \t][-\u2013\u2014]\s|\s*\((?:n|adj|noun|adjective|outdated|dated)\b)")
# an abbreviation's expansion in brackets, then the colon: "FTM (female to male): ..."
_ABBREVIATION_TAIL = re.compile(r"^[ \t]*\([^()\n]{1,40}\)[ \t]*:")
# the expansion itself: "FTM (" before it, "):" after it
_EXPANSION_HEAD = re.compile(r"^[\s*\-\u2022>#\d.)]*['\"]?[A-Z]{2,6}[ \t]*\($")
_EXPANSION_TAIL = re.compile(r"^\)[ \t]*:")


# words that tell the reader not to use the terms that follow
_AVOID_WORDS = (r"avoid\w*|outdated|out of date|old-fashioned|offensive|derogatory|do not use|don't use|never use|"
                r"no longer (?:use|say)|not (?:acceptable|appropriate)|instead of|rather than|replace\w*")
_LEAD_IN_CUE = re.compile(
    r"\b(?:" + _AVOID_WORDS + r"|terms?|words?|phrases?|language|"
    r"glossary|definitions?|terminology|say instead|use instead|" + NAMED_AS_CUE + r")\b", re.I)


# earlier terms of the same line after the colon, each a few words ("transsexual, sex change")
_TERM_RUN = re.compile(r"(?:[^\S\n]*['\"\u2018\u201c]?[\w'\u2019-]+(?:[^\S\n][\w'\u2019-]+){0,2}['\"\u2019\u201d]?[^\S\n]*(?:,|;|/|[^\S\n]or\b|[^\S\n]and\b))+[^\S\n]*(?:(?:an?|the)[^\S\n]+)?")
# (only after a cue that the terms are to be avoided: not "Terms of booking: the hirer, his or her guests")
_AVOID_CUE = re.compile(r"\b(?:" + _AVOID_WORDS + r"|no longer used|hurt\w*|harm\w*|offend\w*|retired|withdrawn|dropped|stopped using|problematic|"
                        r"stigmati[sz]\w*|slurs?)\b", re.I)
# the document defining its own term, whose meaning follows the colon: "The term 'immediate family' shall mean:"
_DEFINED_TERM = re.compile(r"\b(?:term|word|phrase)\s+(?:['\"\u2018\u201c][^'\"\u2019\u201d\n]{1,40}['\"\u2019\u201d]|[\w-]+(?:\s[\w-]+){0,2})\s+"
                           r"(?:shall\s+(?:mean|include)|means|includes|is\s+defined\s+as|refers\s+to|covers)\s*$", re.I)


def _lead_in_mentions(ctx) -> bool:
    """The match is an item under a lead-in that lists terms to avoid ("Terms to avoid:" then
    a list, or a table column headed "Avoid")."""
    text = ctx.text
    pipe, table = block_lead_in(ctx, _LEAD_IN_CUE)
    if pipe and text_table_header_cue(ctx, _LEAD_IN_CUE):
        return True                 # "Words to avoid | Use instead" over the rows of a text table
    colon = text.rfind(":", max(0, ctx.start - 300), ctx.start)
    if colon != -1:
        line_start = text.rfind("\n", 0, colon) + 1
        item_start = text.rfind("\n", 0, ctx.start) + 1
        at_item_start = not text[max(item_start, colon + 1):ctx.start].strip(" \t-*\u2022>#0123456789.)") or (
            _TERM_RUN.fullmatch(text, max(item_start, colon + 1), ctx.start) is not None     # "Outdated terms: transsexual, sex change"
            and _AVOID_CUE.search(text, max(line_start, colon - 80), colon) is not None)
        if at_item_start:
            line_end = text.find("\n", ctx.start)
            # "Note on language: in this procedure, words ... include ...": a whole clause after the colon,
            # a sentence, not a term or a list of terms (clause_index.py)
            at_item_start = not clause_after(text, ctx.start, line_end if line_end != -1 else len(text), ctx.doc_cache)
        # the lead-in is the label right before the colon ("Words to avoid:"), not earlier fields of a
        # flattened form line ("... Speech and Language Therapy Service Child's first name : Surname:")
        lead_from = max(line_start, text.rfind(":", line_start, colon) + 1)
        if at_item_start and text.count("\n", colon, ctx.start) <= 8 \
                and search_between(_LEAD_IN_CUE, text, lead_from, colon, ctx.doc_cache, stop_before_nonword=True) \
                and not _DEFINED_TERM.search(text, lead_from, colon):
            return True
    if table is not None:
        return table
    bi = ctx.block_index
    if colon == -1 and bi > 0 and _items_only(text, ctx.start):
        # a list item right under a lead-in paragraph or earlier items
        blocks = getattr(ctx.document, "blocks", None) or []
        for j in range(bi - 1, max(-1, bi - 12), -1):
            prev = blocks[j].text.rstrip()
            if prev.endswith(":"):
                return _LEAD_IN_CUE.search(prev[-200:]) is not None
            if len(prev) > 120 or prev.endswith((".", "!", "?")):
                break
    return False


def _items_only(text: str, start: int) -> bool:
    """Nothing before ``start`` in its paragraph but list items of a few words each, and the
    bullet of the match's own item (that is looked at first: no copy of the paragraph's head)."""
    item_start = text.rfind("\n", 0, start) + 1
    if text[item_start:start].strip(" \t-*\u2022"):
        return False
    *items, own = text[:start].split("\n")
    return not own.strip(" \t-*\u2022") and all(len(i.split()) <= 6 and not i.rstrip().endswith((".", ":")) for i in items)


@condition("mention-not-use")
def mention_not_use(ctx) -> bool:
    """The term is being discussed as a term (avoid X, instead of X, the term X, a glossary
    entry 'X: meaning') rather than used."""
    # "eg." ends a sentence for the splitter (as for spaCy's): the examples it gives belong to the sentence before
    lo = ctx.prev_start if ctx.text.endswith(("eg. ", "Eg. "), 0, ctx.sent_start) else ctx.sent_start
    before = ctx.text[max(lo, ctx.start - 80):ctx.start].replace("\n", " ")
    m = _MENTION_BEFORE.search(before) if _MENTION_GATE.may_match(before) else None
    if m and _PURPOSE_AVOID.search(before, 0, m.end("cue")) and "," in before[m.end("cue"):]:
        m = None              # "To avoid problems with edits, transsexuals ...": a purpose, then the sentence
    # "don't label him or her a nut case", "do not refer to the X person's name": who is named, or a person's, not a word
    if m and ((_NAMING_VERB.match(m.group("cue").strip()) and _OBJECT_PRONOUN.match(ctx.match_text) and not before[m.end("cue"):].strip())
              or _OWNER_AFTER.match(ctx.text, ctx.end)):
        m = None
    if m:
        quoted = before.rstrip().endswith(("'", '"', "("))
        if quoted or not _WEAK_CUE.fullmatch(m.group("cue").lower()):
            return True
        lead = ctx.text[max(lo, ctx.start - 200):ctx.start - len(before) + m.start("cue")]
        if _ADVICE_LEAD.search(lead.replace("\n", " ")):
            return True       # "avoid gendered language, e.g. sir, ..."
    use_of = _USE_OF.search(before) if "of " in before else None
    if use_of and not _NOT_A_WORD.match(ctx.match_text) and (use_of.group(1) or _PAIRED_TERM.search(ctx.match_text)):
        return True           # words as words: "the use of significant other, spouse, wife or husband"
    after = ctx.window_after(120)
    # ("s/he is referred to as the entitled spouse": an unquoted pronoun named is who is named, not a word)
    if not (_NAMED_SUBJECT.match(after) and _SUBJECT_PRONOUN.fullmatch(ctx.match_text) and not before.rstrip().endswith(("'", '"'))) and (
            _MENTION_AFTER.search(after.replace("\n", " ")) or (_GLOSSED.match(after) and (not _PRONOUN_FORM.match(ctx.match_text) or _GLOSSED_AS_WORDS.match(after)))):
        return True
    if tail_may_open(after) and _glossary_tail(ctx, after):
        return True           # "Term: what it means", "FTM (female to male): ..." (mention_gate.py)
    umbrella, term_for, word_class, term_words, belief = piece_facts(ctx, _UMBRELLA, _TERM_FOR, _WORD_CLASS, _TERM_WORDS, _BELIEF)
    if (umbrella and _UMBRELLA.search(ctx.text, ctx.sent_start, ctx.start)) \
            or (term_for and _TERM_FOR.search(ctx.text, max(ctx.sent_start, ctx.start - 300), ctx.start)):
        return True           # "trans as an umbrella term for ... transsexual", "'Trans' is a term used to refer to ..."
    seg = ctx.text[max(ctx.sent_start, ctx.start - 80):ctx.start] if term_words else ""
    if any(w in seg for w in _TERM_WORDS) and _TERM_NAMED.search(seg):
        return True           # "The term Living Together as Husband and Wife was introduced in 1977"
    if word_class:
        return True           # a usage table: "Transgender(s) as a noun, transgendered / Transgender person / ..."
    if belief and _BELIEF.search(ctx.sentence) and _REFUTED.match(ctx.text, ctx.sent_end, ctx.sent_end + 160):
        return True           # "Some people believe next of kin must be a husband or wife. This is not true"
    if glossary_pair(ctx.text, ctx.start, ctx.end) or under_term_heading(ctx.text, ctx.start, ctx.end) \
            or listed_as_terms(ctx.text, ctx.sent_start, ctx.start):
        return True           # "Shemale, Tranny: slang for ...", a column of terms under "Use instead"
    return _lead_in_mentions(ctx) or term_discussed(ctx)


def _glossary_tail(ctx, after: str) -> bool:
    """The match heads a glossary entry: "Term: what it means" (not a form label "Maiden name:
    ____"), "FTM (female to male): ...", the expansion itself, "Headmaster / headmistress - ..."."""
    line_start = ctx.text.rfind("\n", 0, ctx.start) + 1
    if _GLOSSARY_TAIL.match(after) and glossary_head(ctx.text, line_start, ctx.start) and not _BLANK_FIELD.match(after):
        return True
    if _GLOSSARY_HEAD.match(ctx.text[line_start:ctx.start]) and ctx.match_text.isupper() and _ABBREVIATION_TAIL.match(after):
        return True
    if _EXPANSION_TAIL.match(after) and _EXPANSION_HEAD.match(ctx.text[line_start:ctx.start]):
        return True
    return _DASH_TAIL.match(after) is not None and _GLOSSARY_PAIR.match(ctx.text[line_start:ctx.start]) is not None


# "use of" and a bare noun, or a list of them, before the term (not "the use of his or her own furniture",
# "use of male chaperones": a determiner or a modifier is no word talked about)
# (a single noun after it only when the term is a pair: "use of wife or husband is rising", not "the use of manpower")
_USE_OF = re.compile(r"\b(?:use|usage) of ((?:[\w-]+(?: [\w-]+)?(?:, | than (?:of )?| rather than (?:of )?| over )){1,4})?$", re.I)
_PAIRED_TERM = re.compile(r" (?:or|and) |/")
_NOT_A_WORD = re.compile(r"(?:an?|the|their|his|her|he|she|him|your|our|its|this|that|these|those|male|female|men|"
                         r"women|single|same|opposite|both)\b", re.I)


_BELIEF = re.compile(r"\b(?:(?:some|many|most) (?:people|staff|patients|families)|people (?:often|sometimes)|it is "
                     r"(?:often |commonly |widely )?(?:believed|assumed|thought))\b[^.]{0,20}\b(?:believe|think|assume|"
                     r"believed|assumed|thought)\b", re.I)
_REFUTED = re.compile(r"\W{0,3}(?:but\s)?(?:this|that|it)\s(?:is\s(?:not\s(?:true|so|the case|correct)|a myth|wrong|"
                      r"incorrect|untrue)|isn't\s(?:true|so|the case|correct))\b", re.I)


_UMBRELLA = re.compile(r"\bumbrella (?:term|word|label)\b", re.I)
# a word defined by the people it covers: "'Trans' is a term used to refer to transgender and transsexual people"
_TERM_FOR = re.compile(r"\b(?:is|are|was|were)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:terms?|words?|labels?)\s+(?:used\s+)?"
                       r"(?:to\s+(?:refer\s+to|describe|cover|include)|for)\b", re.I)
_TERM_NOUNS = ("term", "phrase", "expression", "label", "wording")
_TERM_WORDS = tuple(f"he {w} " for w in _TERM_NOUNS)        # a plain test before the pattern
_TERM_NAMED = re.compile(r"\b[Tt]he (?:" + "|".join(_TERM_NOUNS) + r") (?:[A-Z][\w'\u2019-]*\s+(?:(?:as|of|and|or|the|a|to|in|for)\s+)?){1,5}$")
# words talked about by their word class: a style guide's usage table
_WORD_CLASS = re.compile(r"\b(?:used )?as an? (?:noun|adjective|verb|adverb)\b", re.I)


@condition("allowed-phrase")
def allowed_phrase(ctx) -> bool:
    """The match lies inside a phrase the project allows (config ``allow``)."""
    allow = ctx.options.get("allow_re")
    if allow is None:
        return False
    for m in allow.finditer(ctx.text):
        if m.start() <= ctx.start and ctx.end <= m.end():
            return True
    return False
