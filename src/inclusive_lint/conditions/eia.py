"""Conditions for equality impact assessments (EIAs) and equality analyses."""
from __future__ import annotations

import re

from ..engine.prefilter import search_long
from . import condition
from .wrap import rx
from .clinical import affirmed

_EIA_MARKER = rx(
    r"\bequality (?:and health inequalit(?:y|ies) )?(?:impact )?(?:assessment|analysis|screening)\b|\bequality impact\b"
    r"|\bE(?:q|H)?IA\b|\bEqIA\b|\bEHIA\b|\bimpact on (?:people|groups) with (?:a )?protected characteristics?\b",
    re.I,
)
_PROTECTED = rx(r"\bprotected characteristics?\b|\bprotected groups?\b|\b(?:groups?|equality strands?) considered\b", re.I)
# older names for the characteristics, an assessment only beside the words of one ("the impact ... on the equality strands")
_STRANDS = rx(r"\bequality (?:strands?|target groups)\b", re.I)
_IMPACT_WORDS = rx(r"\bimpacts?\b|\bassessments?\b|\bE(?:q|H)?IA\b", re.I)

# How each of the nine characteristics tends to be written in EIAs (older names included).
CHARACTERISTICS = {
    "age": rx(r"\bage\b", re.I),
    "disability": rx(r"\bdisab\w*", re.I),
    "gender reassignment": rx(r"\bgender[\s-]re-?assignment\b|\btrans(?:gender)?\b|\bgender identity\b", re.I),
    "marriage and civil partnership": rx(r"\bmarriage\b|\bcivil partner\w*|\bmarital\b", re.I),
    "pregnancy and maternity": rx(r"\bpregnan\w*|\bmaternity\b", re.I),
    "race": rx(r"\brace\b|\bethnic\w*|\bracial\b", re.I),
    "religion or belief": rx(r"\breligio\w*|\bbeliefs?\b|\bfaith\b", re.I),
    "sex": rx(r"\bsex\b|\bgender\b(?![\s-]+re-?assignment|\s+identity)", re.I),
    "sexual orientation": rx(r"\bsexual orientation\b|\bsexuality\b|\blesbian\b|\bgay\b|\bbisexual\b|\bLGB\w*", re.I),
}
_NAME = (r"(?:age|disabilit(?:y|ies)|gender[\s-]re-?assignment|gender identity|sexual orientation|sexuality|"
         r"religion (?:or|and) belief|religion|belief|faith|marriage (?:and|or) civil partnership|marriage|"
         r"civil partnership|pregnancy (?:and|or) maternity|pregnancy|maternity|race|ethnicity|ethnic origin|"
         r"transgender|gender|sex)")
# the same list shape the EIA-001 rule matches: three or more names joined by commas, "and", lines
_LIST = rx(r"\b" + _NAME + r"(?:\s*(?:,|;|/|\band\b|\bor\b|\n\s*[-*\u2022]?)\s*" + _NAME + r"){2,}\b")
FRAMEWORK_FIVE = ("sex", "gender reassignment", "sexual orientation", "marriage and civil partnership",
                  "pregnancy and maternity")


def _doc(ctx, name, fn):
    key = ("eia", name)
    if key not in ctx.doc_cache:
        ctx.doc_cache[key] = fn()
    return ctx.doc_cache[key]


_ANY_CHARACTERISTIC = re.compile("|".join(f"(?:{p.pattern})" for p in CHARACTERISTICS.values()), re.I)


def characteristics_in(text: str) -> set:
    if not search_long(_ANY_CHARACTERISTIC, text):        # one pass instead of nine for most text
        return set()
    return {name for name, rx in CHARACTERISTICS.items() if search_long(rx, text)}


def missing_characteristics(ctx) -> list:
    """The five framework characteristics the document never names (empty when it does not
    list characteristics at all)."""
    def compute():
        present = characteristics_in(ctx.document_text)
        if len(present) < 3:      # then no block, nor all table rows together, names three
            return []
        blocks = getattr(ctx.document, "blocks", None) or []
        listed = any(len(characteristics_in(b.text)) >= 3 for b in blocks)
        if not listed:        # an EIA laid out as a table: one characteristic per row
            rows = set()
            for b in blocks:
                if b.kind == "table_cell" and len(b.text) < 60:
                    rows |= characteristics_in(b.text)
            listed = len(rows) >= 3
        if not listed:
            return []
        wanted = FRAMEWORK_FIVE
        if all(_PUPILS.search(b.text) and not _STAFF.search(b.text) for b in blocks if len(characteristics_in(b.text)) >= 3):
            wanted = tuple(c for c in wanted if c != "marriage and civil partnership")
        return [c for c in wanted if c not in present]
    return _doc(ctx, "missing", compute)


# the Equality Act's schools provisions protect pupils from discrimination on seven characteristics:
# not age, nor marriage and civil partnership ("For pupils, these are: disability, gender reassignment, ...")
_STAFF = rx(r"\b(?:staff|employees?|workforce|workers|colleagues|governors)\b", re.I)
_PUPILS = rx(r"\b(?:for|of|to)\s+(?:school\s+)?pupils\b|\bpupils?\s+(?:are|is)\s+protected\b", re.I)


@condition("eia-document")
def eia_document(ctx) -> bool:
    """The document is (or contains) an equality impact assessment or equality analysis."""
    # a block naming protected characteristics shows in the document's text too: the block
    # loop runs only when the document has one
    return _doc(ctx, "is-eia", lambda: bool(search_long(_EIA_MARKER, ctx.document_text) or (
        search_long(_PROTECTED, ctx.document_text) and any(
            _PROTECTED.search(b.text) and _ASSESSING.search(b.text) for b in ctx.document.blocks)) or (
        search_long(_STRANDS, ctx.document_text) and any(
            _STRANDS.search(b.text) and _IMPACT_WORDS.search(b.text) for b in ctx.document.blocks))))


# a list of protected characteristics is an assessment only when something is being assessed
# ("Protected characteristics reviewed: ..."); a policy that names them is not an EIA
_ASSESSING = rx(r"\b(?:impacts?|assess\w*|review\w*|consider\w*|screen\w*|analys\w*|due regard|evidence|"
                r"affected|effects?)\b", re.I)


@condition("eia-missing-characteristics")
def eia_missing_characteristics(ctx) -> bool:
    """The document lists protected characteristics but leaves out at least one of sex, gender
    reassignment, sexual orientation, marriage and civil partnership, pregnancy and maternity."""
    if not missing_characteristics(ctx):
        return False
    if len(characteristics_in(ctx.match_text)) >= 2:
        return True           # the list itself
    # a title such as "Equality impact assessment" anchors the finding only when the
    # characteristics are not written as a list (one per table row or per line)
    blocks = getattr(ctx.document, "blocks", None) or []
    return not any(_LIST.search(b.text) for b in blocks)


_IMPACT_ON = rx(r"\b(?:impacts?|effects?|disadvantages?)\s+(?:on|for|by|to)\b|\b(?:differential|disproportionate)\b", re.I)


@condition("eia-context")
def eia_context(ctx) -> bool:
    """The document is an equality assessment, or the sentence asks about impact on a group
    ("describe any different impact on ...")."""
    return eia_document(ctx) or _IMPACT_ON.search(ctx.sentence) is not None


_BEYOND_BINARY = rx(r"\btrans(?:gender)?\b|\bnon-?binary\b|\bintersex\b|\bgender[\s-]re-?assignment\b|"
                            r"\bgender identity\b|\bvariations? (?:in|of) sex characteristics\b", re.I)


@condition("trans-people-considered")
def trans_people_considered(ctx) -> bool:
    """The document considers trans, non-binary or intersex people somewhere."""
    return _doc(ctx, "trans", lambda: affirmed(_BEYOND_BINARY, ctx.document_text))


_EVIDENCE = rx(
    r"\b(?:evidence\w*|data|survey\w*|census|feedback|engagement|engaged|consult\w*|research|monitoring|audit\w*|"
    r"stud(?:y|ies)|report\w*|statistic\w*|sources?|network|focus groups?|workshops?|interviews?|"
    r"complaints|incidents|Stonewall|LGBT Foundation|Healthwatch|patient experience|references?)\b",
    re.I,
)


def _row_text(ctx) -> str:
    """The line holding the match, plus the other cells of its table row when there is one."""
    text = ctx.text
    a = text.rfind("\n", 0, ctx.start) + 1
    b = text.find("\n", ctx.end)
    line = text[a:b if b != -1 else len(text)]
    loc = getattr(ctx.block, "location", None)
    if loc is not None and loc.table is not None and loc.row is not None:
        for other in getattr(ctx.document, "blocks", ()):
            ol = other.location
            if other is not ctx.block and ol.table == loc.table and ol.row == loc.row and ol.part == loc.part:
                line += "\n" + other.text
    return line


@condition("evidence-recorded")
def evidence_recorded(ctx) -> bool:
    """The same line or table row cites evidence (data, survey, engagement, research)."""
    return _EVIDENCE.search(_row_text(ctx)) is not None


_AIM_TWO = rx(r"\b(?:advanc\w*|promot\w*|further\w*) (?:of )?equality of opportunit\w*|\bequality of opportunit\w*", re.I)
_AIM_THREE = rx(r"\bgood relations\b|\bfoster\w* (?:good )?relations\b", re.I)
_AIM_ONE = rx(r"\bdiscriminat\w*|\bharass\w*|\bvictimi[sz]\w*|\bunlawful\b", re.I)


def _alone_on_line(ctx) -> bool:
    a = ctx.text.rfind("\n", 0, ctx.start) + 1
    b = ctx.text.find("\n", ctx.end)
    line = ctx.text[a:b if b != -1 else len(ctx.text)]
    return not line.replace(ctx.match_text, "", 1).strip(" \t:.-#*")


@condition("psed-aims-incomplete")
def psed_aims_incomplete(ctx) -> bool:
    """The paragraph states the duty as avoiding discrimination only: the document mentions
    neither advancing equality of opportunity nor fostering good relations."""
    if not _AIM_ONE.search(ctx.text):
        return False
    if getattr(ctx.block, "kind", "") == "heading" or _alone_on_line(ctx):
        return False          # a heading naming the duty is not a statement of it
    if re.search(r"\bmarriage\b|\bcivil partnership\b", ctx.sentence, re.I):
        return False
    has_two = _doc(ctx, "aim2", lambda: bool(_AIM_TWO.search(ctx.document_text)))
    has_three = _doc(ctx, "aim3", lambda: bool(_AIM_THREE.search(ctx.document_text)))
    return not (has_two or has_three)


_LGBTQ_CHAR = rx(r"\bgender[\s-]re-?assignment\b|\bsexual orientation\b|\bsexuality\b|\btrans(?:gender)?\b|"
                         r"\bgender identity\b|\bLGBTQ?\b", re.I)


@condition("lgbtq-characteristic-in-row")
def lgbtq_characteristic_in_row(ctx) -> bool:
    """The match, or its table row, names gender reassignment, sexual orientation or trans
    people (so a bare "No impact" cell counts only in that row)."""
    if _LGBTQ_CHAR.search(ctx.match_text):
        return True
    loc = getattr(ctx.block, "location", None)
    if loc is None or loc.table is None or loc.row is None:
        return False
    return _LGBTQ_CHAR.search(_row_text(ctx)) is not None
