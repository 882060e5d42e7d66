"""An audience defined by sex: text written for men, for women, for fathers or mothers, about a
procedure only one sex has (a leaflet on vasectomy speaks to men), or about pregnancy or fertility care."""
from __future__ import annotations

import re

from . import condition
from .account_cues import equality_example, in_example_sentence
from .antecedent_cues import one_named_case
from .lead_in import lead_in_text
from .wrap import rx


# a reader addressed as a woman or a man ("If you're a married woman"; not "a gay man" or "a lesbian woman", told of a partner of the same sex)
_YOU_ARE_ONE = re.compile(r"\bif you(?:['\u2019]re| are) an? (?!(?:gay|lesbian|bisexual|bi|queer|trans|transgender)\b)(?:[\w-]+ )?(?:woman|man|mother|father|mum|dad)\b", re.I)
# (not "For men and women alike", nor the writer's own "As a man in my seventies, I ...")
_OPENS_ON_SEX = re.compile(r"\W*(?:For|As|Many|Most|Some|All)\s+(?:an?\s+)?(?:(?:many|most|some|all)\s+)?(?:[\w-]+\s+)?(?:women|men|woman|man)\b"
                           r"(?!\s+(?:and|or|&)\s+(?:wo)?m[ae]n\b)(?![^.!?]{0,80}\b(?:I|my|me)\b)")
_SEX_AUDIENCE = rx(
    r"\b(?:men|women|males|females|fathers|mothers|dads|mums|boys|girls|ladies|gentlemen|"
    r"(?:male|female) (?:patients|clients|staff|colleagues|service users|visitors|employees)|"
    r"men's|women's|fathers'|mothers'|dads'|mums'|ladies'|well man|well woman|"
    r"(?:each|every|any) (?:father|dad|man|male (?:employee|patient|member of staff)|mother|mum|woman|"
    r"female (?:employee|patient|member of staff))|"
    # a procedure or screening only one sex has: its leaflet speaks to that sex
    r"vasectom\w*|prostat\w*|testic\w*|erectile|hysterectom\w*|cervical screening|smear tests?|mammogra\w*|"
    r"breast screening|menopaus\w*|(?-i:The Change)|gynaecolog\w*|gynecolog\w*|"
    # any woman or man the text speaks of ("A woman wants to share ... with her husband"), and a reader
    # addressed as one half of a couple of the other sex ("If you and your wife both worked")
    r"(?<!\bis )(?<!\bwas )(?-i:[Aa]) (?:woman|man) (?:wants|needs|may|should|can|will|must|often|usually)|you and your (?:wife|husband)|"
    # pregnancy care speaks to whoever is pregnant ("discuss the results with you and your husband")
    r"antenatal|ante-natal|postnatal|post-natal|maternity|pregnan\w*|midwi\w*|labour ward|birth plan|"
    # fertility care speaks to a couple trying for a baby ("the husband's semen analysis")
    r"infertil\w*|fertility (?:problems?|treatment|tests?|investigations?|clinic)|trying to conceive|semen analysis|sperm count)\b",
    re.I,
)


# a reader told about their own surname on marriage or divorce ("take your husband's surname", "your maiden name")
# (not the two together: "your husband or wife's name")
_YOUR_SPOUSE = r"\byour (?:ex-|former )?(?:husband|wife)\b(?!(?:'s|\u2019s)?\s*(?:,|or\b|and\b|/))"
_OWN_SURNAME = rx(
    r"\byour maiden name\b|" + _YOUR_SPOUSE + r"[^.]{0,40}?\b(?:sur|last |family )?names?\b"
    r"|\b(?:sur|birth |last |family )names?\b[^.]{0,60}?" + _YOUR_SPOUSE,
    re.I,
)
# a letter to one named reader: "your husband" is hers ("Dear Mrs Hughes")
_DEAR_NAMED = re.compile(r"\bDear\s+(?:Mrs|Ms|Miss|Mr|Mx|Dr)\.?\s+[A-Z]")


_ITEM_MARK = re.compile(r"\s*(?:[-*\u2022]|\(?\d{1,2}[.)]|\(?[a-z][.)])?\s*")     # nothing, or a list item's mark


_SEXED_PARTNER = re.compile(r"^(?:an?|your)\s[^.;]*\b(?:fe)?male\s+partners?$", re.I)


@condition("sex-defined-audience")
def sex_defined_audience(ctx) -> bool:
    """The text addresses or describes a group defined by sex (men coming to the clinic,
    women's services, fathers), in this or the previous sentence, or in the document title."""
    if _SEXED_PARTNER.search(ctx.match_text):
        return True         # "your husband or male partner": the wording gives the reader a partner of one sex either way
    if _SEX_AUDIENCE.search(ctx.text[ctx.prev_start:ctx.sent_end]) or _YOU_ARE_ONE.search(ctx.text, ctx.sent_start, ctx.sent_end) \
            or (ctx.sent_start < 300 and _OPENS_ON_SEX.match(ctx.text)):
        return True         # ("If you're a married woman"; a paragraph opening "For many women, ..." or "As a woman whose ...")
    if _OWN_SURNAME.search(ctx.text, ctx.prev_start, ctx.sent_end) and not _DEAR_NAMED.search(ctx.text, 0, ctx.sent_end) \
            and not any(_DEAR_NAMED.search(b.text) for b in (getattr(ctx.document, "blocks", None) or [])[:4]):
        return True
    if _ITEM_MARK.fullmatch(ctx.text, ctx.text.rfind("\n", 0, ctx.sent_start) + 1, ctx.sent_start):
        lead = lead_in_text(ctx)       # an item under "The reasons men give after a vasectomy are:"
        if lead and _SEX_AUDIENCE.search(lead[-300:]):
            return True
        # a short lead-in ("You may wish to:") after the sentence that names them ("While some women ...")
        if lead and len(lead.strip()) < 60 and ctx.block_index >= 2 \
                and _SEX_AUDIENCE.search(ctx.document.blocks[ctx.block_index - 2].text[-300:]):
            return True
    blocks = getattr(ctx.document, "blocks", None) or []
    for block in blocks[:2]:
        if block.kind == "heading" and _SEX_AUDIENCE.search(block.text):
            return True
    return False


@condition("named-case")
def named_case(ctx) -> bool:
    """The passage is a case about one named person ("Amelie is 14 years old and attends ..."), or the
    writer's own account of one person they saw ("I told her it was a hunch ... She divulged that she and
    her husband ..."): her boyfriend is hers, not an assumption about a reader."""
    low = ctx.match_text.lower()
    if not low.startswith(("her ", "his ")):
        return False
    if one_named_case(ctx):
        return True
    if _COUNTED_ONE.match(ctx.text, ctx.sent_start) and _SHE_HE[low[:3]].search(ctx.text, ctx.sent_start, ctx.start):
        return True         # one of several people told of: "Another is forced to ... because she has to hand her baby to her husband"
    if _ANY_ONE.search(ctx.text, ctx.sent_start, ctx.start):
        return False        # a rule for anyone after the story: "Any woman who feels she ... can bring her husband"
    # (the one person as "she"/"he" in the match's own sentence and a past-tense subject in it or the sentence
    # before, the writer meeting them earlier)
    return _SHE_HE[low[:3]].search(ctx.text, ctx.sent_start, ctx.start) is not None \
        and _THEY_DID[low[:3]].search(ctx.text, ctx.prev_start, ctx.start) is not None \
        and _WRITER_MET[low[:3]].search(ctx.text, max(0, ctx.prev_start - 400), ctx.sent_start) is not None


# the writer in the past tense with the one person as object ("I told her", "I examined him"), and that person
# as a subject in the past tense ("She divulged", "he was")
_MET = r"\bI\s+(?:told|asked|saw|met|examined|treated|reassured|advised|referred|phoned|rang|visited|explained\s+to)\s+"
_DID = r"\s+(?:(?:was|had|did)(?:n['\u2019]t)?|said|told|felt|came|went|[a-z]{3,}ed)\b"
# (or the case opens on that one person in the past tense: "The patient was 40 weeks pregnant ...")
_CASE_OPENING = (r"|(?:^|[.!?]\s+|\n\s*)The\s+(?:[\w-]+\s+)?(?:patient|caller|client|service\s+user|resident|woman|lady|girl|mother)"
             r"(?:,[^,\n]{1,60},)?\s+(?:was|had|[a-z]{3,}ed)\b")
_WRITER_MET = {"her": re.compile(_MET + r"her\b" + _CASE_OPENING), "his": re.compile(_MET + r"him\b" + _CASE_OPENING.replace(
    "woman|lady|girl|mother", "man|gentleman|boy|father"))}
_THEY_DID = {"her": re.compile(r"\b[Ss]he" + _DID), "his": re.compile(r"\b[Hh]e" + _DID)}
_ANY_ONE = re.compile(r"\b(?:[Aa]ny|[Ee]very|[Ee]ach|[Aa]ll|[Aa]nyone|[Ss]omeone)\b|\b[Aa]n? (?:woman|man|patient|person|client|mother|father)\b")
_SHE_HE = {"her": re.compile(r"\b[Ss]he\b"), "his": re.compile(r"\b[Hh]e\b")}
# a sentence opening on one of several people an account tells of: "Another is ...", "One student was ...", "A third ..."
_COUNTED_ONE = re.compile(r"\W*(?:(?:Another|One\s+of\s+them)\s+(?:is\s+[a-z]{3,}ed|was|had|said|told|felt|[a-z]{3,}ed)|(?:One|A\s+(?:second|third|fourth|fifth))\s+"
                          r"(?:of\s+(?:our|my|the)\s+)?(?:student|learner|woman|mother|mum|member|patient|client|resident|participant|lady|girl|"
                          r"parent|carer|volunteer|worker)s?\s+(?:is|was|has|had|said|told|felt|[a-z]{3,}ed))\b")


@condition("worked-example")
def worked_example(ctx) -> bool:
    """The match is in a worked example of equality law: a person brought in, what happened to them, and
    what the law or a claim made of it ("A male employee who was denied paid time off after his wife gave
    birth claimed the policy discriminated against fathers")."""
    return equality_example(ctx) and in_example_sentence(ctx)

