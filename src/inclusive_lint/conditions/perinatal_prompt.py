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
