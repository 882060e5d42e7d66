"""Citing the 'masculine includes feminine' rule of statute versus adopting it.

Saying that the Interpretation Act reads 'he' as 'she' too is a mention; a document that
"adopts the same convention" for its own text uses it, and is reported like any disclaimer.
"""
from __future__ import annotations

import re

from . import condition
from .common import cites_legislation

ADOPTS = re.compile(
    r"\b(?:this|the|our)\s+(?:policy|procedure|document|guidance|handbook|agreement|contract|protocol|"
    r"leaflet|guideline|code|scheme|constitution|framework|manual|statement)\s+(?:also\s+)?"
    r"(?:adopts|follows|applies|uses|observes|keeps to|has adopted|will follow|will adopt)\s+"
    r"(?:the\s+)?(?:same|this|that|a\s+similar|that\s+same)\s+(?:convention|approach|rule|principle|practice)\b",
    re.I,
)


@condition("legislation-cited-not-adopted")
def legislation_cited_not_adopted(ctx) -> bool:
    """The sentence cites legislation and the match is that citation, not the clause adopting
    its convention for the document's own text ("... and this procedure adopts the same
    convention" is a use, judged on its own)."""
    return cites_legislation(ctx) and ADOPTS.search(ctx.match_text.replace("\n", " ")) is None
