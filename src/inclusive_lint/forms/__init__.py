"""Form analysis: find each question and its options, then judge it against the question rules.

Questions come from four places, best first: form controls the readers found
(Word check boxes and drop-downs, PDF AcroForm fields, HTML inputs and selects),
table rows, and text ("Sex: Male / Female", "☐ Mr ☐ Mrs", an option list under a
question). A question found twice is judged once. Each rule gives at most one
finding per question, located on the question (label through options).
"""
from __future__ import annotations

import re

from dataclasses import replace

from ..engine.analyse import fingerprint, make_finding
from ..model import SEVERITY_RANK, Location, Notice
from . import detect_html, detect_macros, detect_tables, detect_text
from .candidate import Candidate, from_question
from .judge import judge

NEARBY_BLOCKS = 4


def find_questions(document) -> list:
    """Every question in ``document`` as Candidates, duplicates removed, in reading order."""
    found = [from_question(q, len(document.blocks)) for q in document.questions]
    for detector in (detect_html, detect_macros, detect_tables, detect_text):
        try:
            found += detector.detect(document)
        except (RecursionError, MemoryError):
            raise
        except Exception as exc:   # never fail a file over form detection: say what was skipped
            document.notices.append(Notice("forms-skipped", f"some form questions were not checked "
                                           f"({detector.__name__.rsplit('.', 1)[-1]}: {type(exc).__name__})"))
    kept = _distinct(document, found)
    kept.sort(key=lambda c: (c.spans[0][0], c.spans[0][1]) if c.spans else (-1, 0))
    return kept


def _distinct(document, found: list) -> list:
    """``found`` without the candidates that are the same question as an earlier one. Two
    questions with spans can be the same only if they share a block, so each is compared with
    the earlier ones in its blocks and those without spans (not with every earlier question,
    which is quadratic on a long form)."""
    kept: list = []
    by_block: dict = {}
    spanless: list = []
    for cand in found:
        if cand.spans:
            near = {id(k): k for bi in cand.blocks for k in by_block.get(bi, ())}
            others = list(near.values()) + spanless
        else:
            others = kept
        if any(_same(document, cand, k) for k in others):
            continue
        kept.append(cand)
        if cand.spans:
            for bi in cand.blocks:
                by_block.setdefault(bi, []).append(cand)
        else:
            spanless.append(cand)
    return kept


def _same(document, a: Candidate, b: Candidate) -> bool:
    """Do a and b describe the same question (overlapping spans, or same options on one page)?"""
    if (a.structural or b.structural) and a.blocks & b.blocks:
        return True      # a form control's block: the reader's question wins over text detection
    for bi, s, e in a.spans:
        for bj, t, f in b.spans:
            if bi == bj and s < f and t < e:
                return True
    if a.spans and b.spans:
        return False
    if not a.options or sorted(a.norm_options()) != sorted(b.norm_options()):
        return False
    return _page(document, a) == _page(document, b)


def _page(document, cand):
    if cand.spans:
        return document.blocks[cand.spans[0][0]].location.page
    return cand.location.page if cand.location else None


def analyse_questions(document, ruleset, options=None) -> list:
    rules = ruleset.question_rules
    if not rules:
        return []
    questions = find_questions(document)
    # every question found (from controls, tables and text), for reports: "N form questions checked"
    document.meta["form_questions"] = [replace(c.to_question(), location=_location(document, c) or Location())
                                       for c in questions]
    if not questions:
        return []
    findings, occurrences = [], {}
    for n, cand in enumerate(questions):
        if _advised_against(document, cand) or _counted(cand):
            continue
        nearby = _nearby(document, questions, n)
        hits = [(rule, msg) for rule in rules for msg in (judge(rule, cand, nearby),) if msg is not None]
        if not hits:
            continue
        # one finding per question: the most severe rule speaks, the others are added to its message
        hits.sort(key=lambda h: -SEVERITY_RANK[h[0].severity])
        rule, message = hits[0]
        if len(hits) > 1:
            message += " Also: " + " ".join(m for _, m in hits[1:])
        text, context, span = _texts(document, cand)
        key = (rule.id, " ".join(context.lower().split()), text.lower())
        occ = occurrences.get(key, 0)
        occurrences[key] = occ + 1
        bi, s, e = cand.spans[0] if cand.spans else (-1, 0, 0)
        findings.append(make_finding(rule, text, _location(document, cand), context, span,
                                     fingerprint(rule.id, context, text, occ), message=message,
                                     block_index=bi, block_span=(s, e) if cand.spans else ()))
    return findings


# style advice right after a list, about the list: "Mr. Miss Mrs. Ms. Avoid the use of these titles."
_AVOID_THESE = re.compile(r"[\s.;:,\u2014-]{0,4}(?:[Aa]void(?: using| the use of)?|[Dd]o not use|[Dd]on['\u2019]t use|"
                          r"[Nn]ever use|[Ss]top using) (?:(?:these|such|those|any of these) (?:titles|terms|words|options|"
                          r"forms of address|labels))\b")


# a count or share after an answer (not a year): "Heterosexual / Straight 63738", "Bisexual 2.1%"
_COUNT_AFTER = re.compile(r"\s(?!(?:19|20)\d\d$)(?:\d{1,3}(?:,\d{3})+|\d{2,}|\d+\.\d+)\s?%?$")
_STATS_LABEL = re.compile(r"\b(?:headcount|count|number|total|percentage|per cent|n\s?=)\b|%", re.I)


def _counted(cand) -> bool:
    """Two answers or more carry a number after them, or one does under a label that counts ("Sexual
    Orientation Headcount"): a table of how many people gave each answer (statistics by sexual orientation
    or sex), not a question put to the reader."""
    if cand.structural or len(cand.options) < 2:
        return False
    counts = sum(1 for o in cand.options if _COUNT_AFTER.search(o))
    return counts >= 2 or (counts == 1 and _STATS_LABEL.search(cand.label) is not None)


def _advised_against(document, cand) -> bool:
    """The words after the question, on its own line or opening the next paragraph, tell the reader not
    to use what it lists."""
    if not cand.spans:
        return False
    bi, _, e = cand.spans[-1]
    text = document.blocks[bi].text
    if not text[e:].strip(" .;:\n") and bi + 1 < len(document.blocks):
        text, e = document.blocks[bi + 1].text, 0
    return _AVOID_THESE.match(text, e) is not None


def _nearby(document, questions, n: int):
    """Text around question n, plus every other question's label (computed on demand)."""
    def text() -> str:
        cand = questions[n]
        blocks = document.blocks
        parts = [q.label for i, q in enumerate(questions) if i != n]
        if cand.spans:
            lo = max(0, min(cand.blocks) - NEARBY_BLOCKS)
            hi = min(len(blocks), max(cand.blocks) + NEARBY_BLOCKS + 1)
            parts += [blocks[i].text for i in range(lo, hi)]
        return "\n".join(parts)
    return text


def _texts(document, cand):
    """(finding text, context, span of text in context)."""
    if len(cand.spans) == 1:
        bi, s, e = cand.spans[0]
        block = document.blocks[bi]
        text = block.text[s:e]
        if not cand.structural or (cand.label in text and all(o in text for o in cand.options)):
            ls = block.text.rfind("\n", 0, s) + 1
            le = block.text.find("\n", e)
            le = len(block.text) if le == -1 else le
            context = block.text[ls:le]
            lead = len(context) - len(context.lstrip())
            if document.format in ("text", "markdown") and block.locator is None and document.source_text:
                # the words as written where the location points (a question run over two source
                # lines reads with its line break), as word-level findings do (engine/analyse.py)
                a, b = block.source_span(s, e)
                text = document.source_text[a:b]
            return text, context.strip(), (s - ls - lead, e - ls - lead)
    text = cand.text()
    return text, text, (0, len(text))


def _location(document, cand):
    if not cand.spans:
        return cand.location
    bi, s, e = cand.spans[0]
    first = document.locate(document.blocks[bi], s, e)
    if len(cand.spans) == 1:
        return first
    bj, t, f = cand.spans[-1]
    last = document.locate(document.blocks[bj], t, f)
    changes = {}
    if last.end_line is not None:
        changes.update(end_line=last.end_line, end_column=last.end_column)
    if first.bbox and last.bbox and first.page == last.page:
        a, b = first.bbox, last.bbox
        changes["bbox"] = (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))
    if first.page is not None and last.page is not None and last.page != first.page:
        changes["pages"] = tuple(range(first.page, last.page + 1))
    return replace(first, **changes)
