"""What kind of writing a match sits in: service literature that addresses or instructs its
reader, or text that describes, defines, reports or narrates.

Several prompts only make sense where an organisation speaks to the people it serves or tells
its staff what to do: a leaflet, a policy, a form. A glossary entry, a news story, a research
summary, a legal explainer or somebody's own account describes the world; the same words there
are not the organisation's assumption about its reader.

- ``service-literature``: the document addresses the reader ("you", "please", an imperative),
  speaks as the organisation ("we will", "our midwives"), sets rules ("must", "should", "will
  be offered", "are welcome to") or is laid out as a form.
- ``next-of-kin-in-use``: the sentence uses "next of kin" as a person to record, contact or
  involve (a field, an instruction, what the service will do), rather than discussing what the
  term means or what rights it carries.
- ``describes-orientation-or-comparator``: "opposite sex" or "both sexes" inside a description of
  whom someone is attracted to, or of the comparator in a discrimination test, where the words
  define a concept rather than organise a service.
"""
from __future__ import annotations

import re

from . import condition
from .lead_in import lead_in_text
from .branches import occurs
from .wrap import rx

_ADDRESS = r"\byou(?:r|rs|rself|'ll|'re|'ve|'d)?\b|\bplease\b"
_ORGANISATION = (
    r"\bwe(?:'ll| will| can| may| offer| provide| run| ask| aim| encourage| welcome| support| are (?:able|happy|here))\b"
    r"|\bour (?:[\w-]+ ){0,2}(?:team|staff|service|services|midwives|nurses|doctors|clinics?|wards?|unit|practice|trust|"
    r"hospital|policy|organisation|school|council|centre|department|employees|colleagues|supporters|volunteers|"
    r"workers|advisers|specialists)\b"
    # a service as the subject of what it does: "antenatal classes help", "the team supports"
    r"|\b(?:class(?:es)?|clinics?|groups?|sessions?|team|midwi(?:fe|ves)|nurses?|staff|service|ward|unit|centre|"
    r"visitors?|supporters?|workers?|volunteers?) (?:\w+ )?(?:help|helps|offer|offers|provide|provides|run|runs|"
    r"support|supports|visit|visits|welcome|welcomes|cover|covers|give|gives|can|will)\b"
)
_RULES = (
    r"\b(?:must|should|shall)\b"
    r"|\bwill (?:be (?:\w+ly )?\w+ed|offer|provide|contact|visit|arrange|check|record|discuss|support|help|give)\b"
    r"|\b(?:is|are) (?:\w+ly )?(?:offered|invited|encouraged|expected|required|entitled|welcome|asked|eligible|"
    r"visited|seen|supported|given|cared for|looked after|open to|available (?:to|for|on|from|at|in))\b"
    r"|\b(?:may|can) (?:visit|stay|attend|book|ask|bring|come|join|request|apply|contact|call|use|speak|help|register|claim|receive|"
    r"be (?:offered|seen|referred|accompanied))\b"
    r"|\bthis (?:policy|procedure|leaflet|guidance|guideline|form|protocol|handbook|service)\b"
)
_IMPERATIVE = (
    r"(?:^|[.!?]\s+|\n[^\S\n]*(?:[-*\u2022]\s*|\d+[.)]\s*)?)(?:ask|bring|call|contact|tell|book|speak|talk|"
    r"make sure|remember|do not|don't|try|give|write|complete|tick|check|find out|let us|phone|email|"
    r"register|record|enter|read)\b"
)
_FORM_FIELD = r"(?m)^[^\S\n]*[A-Z][\w'() /-]{1,40}:[^\S\n]*(?:_{2,}|\.{4,}|\u2026|\[ ?\]|\u2610|$)"
_SERVICE = rx("|".join(f"(?:{p})" for p in (_ADDRESS, _ORGANISATION, _RULES, _IMPERATIVE)), re.I)
_FIELD = re.compile(_FORM_FIELD)


def is_service_text(text: str) -> bool:
    """The text addresses, instructs or sets rules for its readers, or is a form."""
    return _SERVICE.search(text) is not None or _FIELD.search(text) is not None


_DESCRIPTIVE = rx(
    # somebody's own account
    r"\bI(?:'m|'ve)?\b|\bmy (?:wife|husband|partner|son|daughter|baby|mum|dad|mother|father|family)\b"
    # a definition or glossary entry
    r"|\b(?:is|are) (?:a|the|an) (?:\w+ )?(?:type|kind|form|term|word) (?:of|for|used)\b|\brefers? to\b"
    r"|\b(?:is|are) defined as\b|\bdefinition\b|\bglossary\b|^\s*what (?:is|are)\b"
    # history
    r"|\bthere (?:once )?was a time\b|\buntil recently\b|\bin the past\b|\byears ago\b|\bhistorically\b"
    r"|\bin (?:the )?(?:1[89]|20)\d0s\b"
    # the law explained, research and news reported
    r"|\baccording to (?:the )?law\b|\bautomatically (?:considered|treated|regarded)\b"
    r"|\b(?:study|studies|researchers?|survey|trial|review|report) (?:found|finds|shows?|showed|suggests?|suggested)\b"
    r"|\b(?:said|told) (?:the|a|an|reporters?)\b"
    # an account in the past tense: what was done, found or decided ("The role of the fathers had been marginalised")
    r"|\b(?:was|were|had)\b",
    re.I | re.M,
)


def _doc_flag(ctx, name, fn) -> bool:
    key = ("genre", name)
    hit = ctx.doc_cache.get(key)
    if hit is None:
        hit = fn(ctx.document_text)
        ctx.doc_cache[key] = hit
    return hit


@condition("service-literature")
def service_literature(ctx) -> bool:
    """The document addresses or instructs its readers (see the module notes)."""
    return _doc_flag(ctx, "service", is_service_text)


@condition("descriptive-writing")
def descriptive_writing(ctx) -> bool:
    """The document neither addresses nor instructs anyone and reads as a definition, a
    personal account, history, a legal explainer, research or news."""
    return _doc_flag(ctx, "descriptive",
                     lambda text: not is_service_text(text) and _DESCRIPTIVE.search(text) is not None)


_NOK = r"(?:next[- ]of[- ]kin|NOK)"
_NOK_USE = rx(
    r"\b(?:will|must|should|shall|needs? to|has to|have to|would like)\b|\w'll\b"
    r"|\b(?:be|been|being|is|are) (?:\w+ly )?(?:contacted|informed|notified|asked|told|consulted|involved|recorded|"
    r"required|expected|given|shared|invited)\b"
    r"|\bplease\b|\bwe (?:\w+ )?(?:contact|ask|call|phone|ring|inform|tell|need|record|keep|update|involve)\b"
    r"|\b(?:who|what) (?:is|are) your " + _NOK + r"\b|\bdo you have (?:a |an )?" + _NOK + r"\b"
    # a verb of asking or recording with next of kin as its object
    r"|\b(?:ask(?:s|ed|ing)?(?: [\w']+){0,4} for|list(?:s|ed|ing)?|record(?:s|ed|ing)?|not(?:e|es|ed|ing)|"
    r"enter(?:s|ed|ing)?|provid(?:e|es|ed|ing)|giv(?:e|es|en|ing)(?: us)?|nominat(?:e|es|ed|ing)|updat(?:e|es|ed|ing)|"
    r"add(?:s|ed|ing)?|writ(?:e|es|ten|ing)(?: down)?|fill(?:s|ed|ing)? in|check(?:s|ed|ing)?|bring(?:s|ing)?|brought|"
    r"contact(?:s|ed|ing)?|inform(?:s|ed|ing)?|notif(?:y|ies|ied|ying)|phon(?:e|es|ed|ing)|call(?:s|ed|ing)?|"
    r"ring(?:s|ing)?|rang|tell(?:s|ing)?|told|consult(?:s|ed|ing)?|involv(?:e|es|ed|ing)|sought|obtained|agreed|"
    r"discuss(?:ed|es|ing)?)\b[^.;]{0,60}?\b" + _NOK
    + r"|\b(?:name|names|details|address|telephone|phone|number|contact details|relationship|information) "
    r"(?:of|for|with|to|about|on) (?:your |their |the (?:[\w-]+(?:'|\u2019)s )?)?" + _NOK
    + r"|\b" + _NOK + r"(?:'s)? (?:name|details|address|telephone|phone|number|contact)"
    # (or with another who may do the same: "A resident's next of kin or other approved representative (e.g. ...) can agree this")
    r"|\b" + _NOK + r"(?: or (?:an? |other |another )?[\w-]+(?: [\w-]+){0,2}(?: ?\([^)\n]{0,60}\))?)? (?:may|can|are welcome to) (?:(?!not |never )\w+ )?"
    r"(?:visit|stay|be present|attend|sign|see|collect|receive|speak|come|ring|phone|call|agree|consent|decide|approve)\b"
    # a role someone is given or acts in: "the person assigned as next of kin", "signed by the next of kin"
    r"|\b(?:assigned|appointed|named|listed|designated|registered|recorded) as (?:the |your |their |a )?" + _NOK
    + r"|\b(?:signed|witnessed|authori[sz]ed|approved|agreed|consented|requested) by (?:the |your |their |a )?" + _NOK
    # a detail to supply: "Next of kin and their full contact details"
    + r"|\b" + _NOK + r"\b[^.;\n]{0,20}\b(?:and|with) (?:(?:their|his|her) (?:\w+ )?(?:contact )?details|(?:their |his |her )?relationship)\b"
    # next of kin who decide, consent or act, or whose duty something is: "the next-of-kin gives final
    # consent", "when the next of kin attempt to override", "the responsibility of the next of kin"
    + r"|\bthe " + _NOK + r" (?:\w+ly )?(?:gives?|gave|signs?|signed|consents?|consented|decides?|decided|attempts?|"
    r"attempted|objects?|objected|refuses?|refused|arranges?|arranged|requests?|requested|overrides?|overrode|"
    r"(?:is|are) (?:made )?aware|knows?)\b"
    r"|\b(?:responsibility|duty|decision|consent|permission|agreement) of (?:the |a |your |their )?" + _NOK + r"\b"
    # the same said as a cleft: "it is the next of kin, in consultation with the family, who gives the final consent"
    r"|\bit is (?:the |your |their )?" + _NOK + r"\b(?:,[^,.;]{1,80},)? who (?:\w+ly )?(?:gives?|signs?|consents?|decides?|"
    r"makes?|agrees?|has the (?:final|last) (?:say|word))\b"
    # next of kin as people who act or are dealt with: "for next of kin to view the body", "if the next of
    # kin have not been present", "next of kin and family members", "patients, carers and next of kin"
    r"|\bfor (?:the |their |your |a )?" + _NOK + r" to [a-z]+"
    r"|\b(?:if|when|where|once|until|unless) (?:the |their |your |a )?" + _NOK + r" (?:\w+ly )?(?:has|have|is|are|was|were|"
    r"wish(?:es)?|wants?|arrives?|requests?|cannot|can't|do|does|did|decide|decides|choose|chooses|attempts?|"
    r"objects?|refuses?|disagrees?|insists?|overrides?)\b"
    r"|\b" + _NOK + r",? (?:and|or|and/or) (?:the |their |other |close )?(?:family|relatives|friends|carers|visitors|"
    r"loved ones|partners|contacts|emergency contacts)\b"
    r"|\b(?:patients|relatives|family members|families|family|carers|friends|visitors|loved ones),? (?:and|or|and/or) "
    r"(?:their |the )?" + _NOK + r"\b",
    re.I,
)
_NOK_IMPERATIVE = rx(
    r"^[^\S\n]*(?:[-*\u2022]\s*|\d+[.)]\s*)?(?:[^,.\n]{0,30},\s*)?(?:please )?(?:write|give|tell|record|list|name|"
    r"bring|add|update|let|check|make sure|ask|enter|provide|include|inform|contact|call|phone|note|nominate)\b",
    re.I,
)
_BLANKS = re.compile(r":[^\S\n]*(?:_{2,}|\.{3,}|\u2026|$)|_{3,}"
                     r"|:[^\S\n]*/[^\S\n]*(?:name|phone|tel|telephone|address|relationship)\b"
                     r"|^[^\S\n]*(?:[\d.)/|][^\S\n]*)*(?:next[- ]of[- ]kin|NOK)(?: [\w']+)?[^\S\n]*:", re.M | re.I)


# next of kin given a right or a say ("The next of kin has the right to attend the review"), not asked about, doubted
# or denied ("Does the next of kin have the right to ...?", "it is a myth that ...", "the law doesn't recognise that ...")
_NOK_RIGHT = rx(r"\b" + _NOK + r" (?:\w+ly )?(?:(?:has|have) (?:the |a )?(?:legal )?(?:right|authority|power)s? to|"
                r"(?:is|are) (?:\w+ly )?entitled to|(?:has|have) the (?:final|last) (?:say|word))\b"
                # or a duty: "this is your responsibility as the next-of-kin"
                r"|\b(?:responsibility|duty|role|job) (?:as|of) (?:the |their |a )?" + _NOK + r"\b", re.I)
_DOUBTED = rx(r"\?\s*$|^\W*(?:Does|Do|Is|Are|Can|Has|Have)\b|\b(?:not true|not the case|myths?|misunderst\w+|misconceptions?|"
              r"beliefs?|believe\w*|assum\w+|whether|ask\w* if|think\w*|expect\w*|told that|feel\w*|not|never|recogni[sz]\w*)\b|n['\u2019]t\b")


@condition("next-of-kin-in-use")
def next_of_kin_in_use(ctx) -> bool:
    """The sentence uses next of kin as someone to record, contact or involve."""
    sentence = ctx.sentence
    if occurs(_NOK_USE, sentence) or _NOK_IMPERATIVE.search(sentence) \
            or (_NOK_RIGHT.search(sentence) and not _DOUBTED.search(sentence)):
        return True
    if _ITEM_START.search(ctx.text, max(0, ctx.start - 12), ctx.start):
        # an item of a list of details to give: "provide us with the following details: ... \u2022 next of kin"
        head = ctx.text[max(0, ctx.start - 400):ctx.start]
        items_only = all(line.lstrip()[:1] in "-*\u2022" for line in ctx.text[:ctx.start].splitlines() if line.strip())
        if _DETAILS_ASKED.search(head) or (items_only and _DETAILS_ASKED.search(lead_in_text(ctx))):
            return True
    a = ctx.text.rfind("\n", 0, ctx.start) + 1
    b = ctx.text.find("\n", ctx.end)
    line = ctx.text[a:b if b != -1 else len(ctx.text)]
    if _BLANKS.search(line) is not None:
        return True
    # a form section headed "Next of kin", its fields on the lines below ("Name:", "Relationship ......")
    if _NOK_HEADING.match(line) is None:
        return False
    below = ctx.text[b + 1:b + 200] if b != -1 else ""
    if not below.strip():
        blocks, i = ctx.document.blocks, ctx.block_index + 1
        below = blocks[i].text[:200] if i < len(blocks) else ""
    below = below.lstrip("\n")
    if _FIELD_LINE.match(below) is not None:
        return True
    # "Next of Kin:" between other labels ("Referring agency:"): a field of the form
    return line.rstrip().endswith(":") and _LABEL_LINE.match(below) is not None


_ITEM_START = re.compile(r"(?:^|\n|\u2022|[^\S\n]-|^-|\n-)[^\S\n]*$")
_DETAILS_ASKED = re.compile(r"\b(?:provide|give|tell us|let us know|send|supply|we (?:will )?need|required|ask for|"
                            r"update|include)\b[^.]{0,80}\b(?:details|information|following)\b", re.I)
_NOK_HEADING = re.compile(r"^[^\S\n]*(?:\d{1,2}[.)][^\S\n]*)?(?:(?:name|details) of |your )?" + _NOK
                          + r"[^\S\n]*(?:\([^)\n]{0,40}\))?[.:]?[^\S\n]*$", re.I)
_LABEL_LINE = re.compile(r"[^\S\n]*[A-Z][^\n:.?!]{1,40}:[^\S\n]*(?:\n|$)")
_FIELD_LINE = re.compile(r"[^\S\n]*(?:/[^\S\n]*)?(?:full[^\S\n])?(?:name|relationship|address|tel\w*|phone|mobile|"
                         r"contact)\b[^\n]{0,30}?(?::|\.{3,}|_{3,}|\u2026|$)", re.I | re.M)


_ORIENTATION_OR_COMPARATOR = rx(
    r"\battract(?:ed|ion|s)?\b|\b(?:sexual|romantic) orientation\b|\bsexuality\b|\bheterosexual\w*|\bbisexual\w*"
    r"|\bless favourabl[ey]\b|\bcomparator\b|\bdirect(?:ly)? discriminat\w*|\bindirect(?:ly)? discriminat\w*",
    re.I,
)


@condition("describes-orientation-or-comparator")
def describes_orientation_or_comparator(ctx) -> bool:
    """The sentence describes attraction or orientation, or the comparator of a discrimination
    test: "opposite sex" there defines a concept, it does not sort the readers of a service."""
    return _ORIENTATION_OR_COMPARATOR.search(ctx.sentence) is not None
