"""One perinatal prompt per document.

The question a perinatal prompt asks is about the document as a whole: does it ever show that
pregnant and feeding parents who are not women are included? When the document names the
birthing parent ("mothers", "mums", "pregnant women"), that word carries the prompt (PER-001,
PER-002) and the breastfeeding prompt stays silent; a document that never names the parent is
prompted once at its first mention of breastfeeding instead.
"""
from __future__ import annotations

import re

from . import condition
from .lead_in import lead_in_text
from .wrap import rx

_BIRTHING_PARENT = rx(
    r"(?<!\byour )(?<!\bmy )(?<!\bhis )(?<!\bher )(?<!\bour )(?<!\bgrand)(?<!\bstep)"
    r"\b(?:mothers?|mums?|moms?|mummies|mothers-to-be|mums-to-be)\b(?!'s day|-in-law)"
    r"|\b(?:pregnant|expectant|labouring|postnatal|breastfeeding) (?:women|woman|ladies)\b"
    r"|\bwomen who (?:are|become) pregnant\b"
    # women named in the same sentence as feeding, in either order
    r"|\b(?:women|woman)\b(?=[^.!?]{0,200}\bbreast[- ]?f(?:eed|ed))"
    r"|\bbreast[- ]?f(?:eed|ed)\w*\b(?=[^.!?]{0,200}\b(?:women|woman)\b)",
    re.I,
)


@condition("birthing-parent-named")
def birthing_parent_named(ctx) -> bool:
    """The document names the birthing or feeding parent as a mother or woman somewhere."""
    key = ("perinatal", "parent-named")
    hit = ctx.doc_cache.get(key)
    if hit is None:
        hit = _BIRTHING_PARENT.search(ctx.document_text) is not None
        ctx.doc_cache[key] = hit
    return hit


# the pregnant or feeding parent as the perinatal prompts name them, and feeding itself
_MOTHER_WORD = rx(r"\b(?:mothers?|mums?|moms?|mummies|pregnant\swom[ae]n|women\swho\sare\spregnant|breast[- ]?f(?:eed|ed)\w*)\b", re.I)
# the service speaking about the people it cares for: a visit, class, group or support offered, or
# what they can, will or should do there
_SERVICE_CUE = rx(
    r"\b(?:we|our|us|visit\w*|offer\w*|book\w*|support\w*|meet|open\sto|welcome\w*|invit\w*|provid\w*|"
    r"entitle\w*|eligib\w*|free|classes|class|groups?|drop-?ins?|sessions?|clinics?|midwi\w+|health\svisit\w*|staff|team|"
    r"contact\w*|asks?|space|priority|available|appointments?|review|advice|refer\w*|check\w*|care\sfor|cared\sfor|"
    r"stay|wards?|units?|discharg\w*|admi(?:t|tted|ssion)|advis\w*|recommend\w*)\b", re.I)
_SENTENCE_EDGE = rx(r"[.!?](?=\s)")
# advice or a rule for the people named, with the parent word as its subject: "Pregnant women should
# avoid liver", "Breast-feeding mothers need ...", "The pregnant woman's partner may be present" (a modal
# anywhere in the sentence is not enough: "it can lead some women to feel they are not a good mother")
_ADVICE_AFTER = rx(r"(?:['\u2019]s?)?\s+(?:[\w-]+\s+){0,2}?(?:should|must|need|needs|can|may|will|are\s+advised|are\s+encouraged)\b", re.I)


@condition("perinatal-service-statement")
def perinatal_service_statement(ctx) -> bool:
    """Somewhere in the document the service speaks about the mothers it cares for (a visit,
    class, group or support offered, what they can or will do): the prompt is about the service's
    own wording. A document that only describes mothers in general, reports research about them
    or captions a photo is not prompted."""
    key = ("perinatal", "service-statement")
    hit = ctx.doc_cache.get(key)
    if not hit and (_SERVICE_CUE.search(ctx.sentence) or _ADVICE_AFTER.match(ctx.text, ctx.end)):
        return True         # the match's own sentence: "The team supports women in labour at home"
    if hit is None:
        text = ctx.document_text
        hit = False
        for m in _MOTHER_WORD.finditer(text):
            lo = max(0, m.start() - 300)
            edges = list(_SENTENCE_EDGE.finditer(text, lo, m.start()))
            lo = edges[-1].end() if edges else lo
            end = _SENTENCE_EDGE.search(text, m.end(), m.end() + 300)
            if _SERVICE_CUE.search(text, lo, end.start() if end else min(len(text), m.end() + 300)) \
                    or _ADVICE_AFTER.match(text, m.end()):
                hit = True
                break
        ctx.doc_cache[key] = hit
    return hit


_REGISTERING = rx(r"\bregist\w*\s(?:the\s|a\s|your\s|their\s)?(?:baby's\s|child's\s)?births?\b|\bbirths?\s(?:\w+\s){0,2}regist\w*", re.I)


@condition("birth-registration-list")
def birth_registration_list(ctx) -> bool:
    """A list item under a lead-in about registering a birth ("Either parent can register the
    birth if: • the mother ..."): the legal roles of birth registration, as in the sentence rule."""
    return _REGISTERING.search(lead_in_text(ctx)) is not None
