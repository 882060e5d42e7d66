"""Two reviewers' labels for the same cases: how far they agree, and one agreed labelling.

``rules test`` scores the packs against one reviewer's ``[[must]]`` / ``{{may}}`` marks. When two
reviewers label the same passages blind, their disagreement is the noise floor of any figure taken
on either labelling. ``agreement`` scores one reviewer's marks against the other's exactly the way
``rules test`` scores findings (a raised span counts as found when it overlaps a ``[[ ]]`` span,
is neutral on a ``{{ }}`` span, and is a false alarm anywhere else). ``agreed_text`` merges two
labellings: ``[[ ]]`` where both reviewers asked for the span to be raised, ``{{ }}`` for
everything only one of them marked, unmarked where neither did.
"""
from __future__ import annotations

from dataclasses import dataclass

from .labelled_cases import CaseFileError, overlaps


@dataclass
class Agreement:
    """One labelling's marks judged against another's."""
    tp: int = 0          # raised spans that overlap a [[ ]] span of the reference
    fp: int = 0          # raised spans that overlap nothing the reference marked
    fn: int = 0          # [[ ]] spans of the reference that no raised span overlaps
    tp_spans: int = 0    # [[ ]] spans of the reference that some raised span overlaps

    @property
    def precision(self):
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self):
        return self.tp_spans / (self.tp_spans + self.fn) if self.tp_spans + self.fn else None


def paired(first: list, second: list, first_name: str = "first", second_name: str = "second") -> list:
    """[(case of first, case of second)] matched by id; both files must hold the same ids and,
    markers aside, the same text (leading and trailing blank space ignored)."""
    by_id = {c.id: c for c in second}
    missing = [c.id for c in first if c.id not in by_id]
    extra = sorted(set(by_id) - {c.id for c in first})
    if missing or extra:
        what = (f"{len(missing)} case(s) missing from {second_name} (first: {missing[0]})" if missing
                else f"{len(extra)} case(s) only in {second_name} (first: {extra[0]})")
        raise CaseFileError(f"the two labellings do not hold the same cases: {what}")
    pairs = []
    for a in first:
        b = by_id[a.id]
        if a.text.strip() != b.text.strip():
            raise CaseFileError(f"case {a.id}: the text differs between {first_name} and {second_name} "
                                "(only the markers may differ)")
        pairs.append((a, b))
    return pairs


def _shifted(a, b) -> tuple:
    """b's spans moved onto a's text (the two may differ in leading blank space)."""
    shift = (len(a.text) - len(a.text.lstrip())) - (len(b.text) - len(b.text.lstrip()))
    return [(s + shift, e + shift) for s, e in b.must], [(s + shift, e + shift) for s, e in b.may]


def agreement(pairs: list, with_may: bool = False) -> Agreement:
    """The second labelling's marks judged against the first's; ``with_may`` counts the second
    reviewer's {{ }} marks as raised too (what an info-level prompt would be)."""
    score = Agreement()
    for ref, other in pairs:
        must, may = _shifted(ref, other)
        raised = must + (may if with_may else [])
        for span in raised:
            if any(overlaps(span, m) for m in ref.must):
                score.tp += 1
            elif not any(overlaps(span, m) for m in ref.may):
                score.fp += 1
        for m in ref.must:
            if any(overlaps(span, m) for span in raised):
                score.tp_spans += 1
            else:
                score.fn += 1
    return score


def agreed_text(first, second) -> str:
    """The first case's text marked with the agreed labels: [[ ]] where both reviewers marked
    [[ ]] (the first reviewer's extent), {{ }} over every other span either of them marked."""
    must2, may2 = _shifted(first, second)
    both = [m for m in first.must if any(overlaps(m, o) for o in must2)]
    rest = sorted(s for s in first.must + first.may + must2 + may2 if not any(overlaps(s, m) for m in both))
    merged: list = []
    for s in rest:
        if merged and s[0] < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], s[1]))
        else:
            merged.append(s)
    marks = sorted([(s, e, "[[", "]]") for s, e in both] + [(s, e, "{{", "}}") for s, e in merged])
    out, pos, text = [], 0, first.text
    for s, e, opening, closing in marks:
        out += [text[pos:s], opening, text[s:e], closing]
        pos = e
    out.append(text[pos:])
    return "".join(out)
