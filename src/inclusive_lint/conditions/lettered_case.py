"""A case study that names its people by a title and one letter ("His GP, Dr H, receives a letter ...",
"Adult C lives alone"): read by ``one_named_case`` (antecedent_cues.py), for which "the doctor" and "the
patient" in such a case are its own people."""
from __future__ import annotations

import re


def lettered_case(ctx) -> bool:
    """The block's first sentence names someone by a title and one letter, not as an example, a quotation or an
    author's credit, and the pronoun's sentence draws no rule from the case ("Action: when a patient's score
    reaches 5, the doctor must review him")."""
    m = _INITIALLED.search(ctx.text, 0, _first_sentence_end(ctx.text))
    return m is not None and _CASE_RULE.search(ctx.sentence) is None and not _SHOWN_AS.search(ctx.text, max(0, m.start() - 40), m.start())


# a person known by a title and one capital letter, as case studies anonymise them: "Mr D", "Dr H", "Patient A"
# (not an initial before a surname: "Mr D. Jones", "Dr H Patel")
_INITIALLED = re.compile(r"(?<![\w.])(?:Mr|Mrs|Ms|Miss|Mx|Dr|Patient|Client|Resident|Adult|Child|Person|Service\suser|Young\sperson)\.?\s"
                         r"[A-W](?![\w'\u2019-])(?!\.?\s?[A-Z][a-z])"
                         r"(?!\.\s?[A-Z]\b)")      # (nor more initials: "Mr. C. E. Hutchinson")
_CASE_RULE = re.compile(r"\b(?:must|should|shall|needs?\s+to|has\s+to|have\s+to|(?:is|are)\s+required\s+to|(?:when|whenever|if|where)\s+an?|"
                        r"every|each|any|now|unless|procedure|sets\s+out|rule|learning\s+point|lessons?\s+learn(?:ed|t)|since\s+the\s+review|"
                        r"action)\b", re.I)
# the lettered name shown as an example, quoted, or credited, not a case told: "In the example, Mr B ...",
# 'might read: "Mr B, 80, fell"', "Author: Dr M"
_SHOWN_AS = re.compile(r"(?:\bexample|e\.g\.|\bread|\bAuthor|\bApproved(?:\s+by)?|\bWritten\s+by|\bReviewed\s+by|\bSigned(?:\s+off)?(?:\s+by)?|"
                      r"\bPrepared\s+by|\bAuthori[sz]ed\s+by|\bOwner)\W{0,4}$|[\"\u201c]\s*$", re.I)


def _first_sentence_end(text: str) -> int:
    """Where the block's first sentence ends (the end of the text when it has one sentence)."""
    m = _SENTENCE_STOP.search(text)
    return m.end() if m else len(text)


_SENTENCE_STOP = re.compile(r"[a-z\d)][.!?](?=\s|$)")
