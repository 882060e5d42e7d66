"""The block-local half of the analysis: which rules match where in one piece of text, and its
sentences. It depends only on the text, the block's kind and the rule set, so it is kept per
rule set for text seen before (a language server re-linting a document after a one-word edit
reads every other paragraph again; a library repeats its boilerplate)."""
from __future__ import annotations

from ..conditions.context import fold_quotes
from .compile import PROSE_KINDS
from .prefilter import add_matches, fold, scan
from .prefixpass import regex_matches


def piece_matches(ruleset, backend, block, text: str, prefix_pass=None):
    """([(rule id, start, end)] longest per rule, [(sentence start, end)]) for ``text``, or
    None when no rule matches it. ``prefix_pass`` (engine/prefixpass.py, for long documents)
    finds the same regex matches with fewer calls."""
    cache = ruleset.piece_cache
    key = (block.kind, text)
    found = cache.get(key)
    if found is cache:
        found = _compute(ruleset, backend, block, text, prefix_pass)
        cache.put(key, found)
    return found


def _compute(ruleset, backend, block, text, prefix_pass=None):
    cand = ruleset.candidates(text.lower())
    if not cand:
        return None
    cand = _applicable(ruleset, block.kind).intersection(cand)
    if not cand:
        return None
    # line breaks inside a paragraph are spaces to the tokenizer ("maternal\nconsent")
    flat = text.replace("\n", " ")
    toks = backend.tokens(flat) if _needs_tokens(ruleset, cand) else None
    if prefix_pass is not None:
        matches = regex_matches(ruleset, prefix_pass, cand, text, fold(text))
    else:
        matches = _regex_matches(ruleset, cand, text)
    if toks is not None:
        matches += backend.token_matches(ruleset, cand, flat, toks)
    if not matches:
        return None
    if toks is None:
        toks = backend.tokens(flat)
    sents = backend.sentences(flat, toks) or [(0, len(text))]
    return _longest_per_rule(matches), sents


def _applicable(ruleset, kind: str) -> frozenset:
    """The ids of the rule set's rules that apply to blocks of this kind (``_applies`` depends
    on the rule and the block's kind only), worked out once per kind."""
    table = ruleset.applicable_by_kind
    got = table.get(kind)
    if got is None:
        probe = _KindOnly(kind)
        got = table[kind] = frozenset(rid for rid, rule in ruleset.by_id.items() if _applies(rule, probe))
    return got


class _KindOnly:
    __slots__ = ("kind",)

    def __init__(self, kind: str):
        self.kind = kind


def _block_category(kind: str) -> str:
    if kind in ("code", "comment"):
        return "skip"
    if kind == "quote":
        return "quote"
    return "prose"


def _applies(rule, block) -> bool:
    cat = _block_category(block.kind)
    if cat == "skip":
        return False
    if cat == "quote":
        return "quote" in rule.applies_to
    if block.kind == "heading":
        return "prose" in rule.applies_to or "heading" in rule.applies_to
    if block.kind == "table_cell" and "table_cell" in rule.applies_to:
        return True
    return "prose" in rule.applies_to and block.kind in PROSE_KINDS


def _needs_tokens(ruleset, cand) -> bool:
    """Do any of these rules match on tokens (phrases, token patterns)? Regex-only
    candidates need no tokenisation unless they match."""
    return not ruleset.token_rules.isdisjoint(cand)


def _regex_matches(ruleset, cand: set, text: str) -> list[tuple[str, int, int]]:
    out = []
    regexes = ruleset.regexes
    lower = fold(text)
    for rid in cand:
        for rx in regexes.get(rid, ()):
            add_matches(out, rid, scan(rx, text, lower))
    return out


def _longest_per_rule(matches):
    """One rule's overlapping matches: keep the longest, leftmost."""
    kept: dict = {}
    for s, negative_len, rid in sorted({(s, s - e, rid) for rid, s, e in matches}):
        e = s - negative_len
        spans = kept.get(rid)
        # a rule's kept spans do not overlap and come in order, so only the last can reach s
        if spans and spans[-1][0] < e and s < spans[-1][1]:
            continue
        kept.setdefault(rid, []).append((s, e))
    return [(rid, s, e) for rid, spans in kept.items() for s, e in spans]


MAX_PIECE_CHARS = 20_000


def _pieces(blocks):
    """(block index, block, offset, folded text) to analyse. A block over MAX_PIECE_CHARS (a
    pathological 50 MB paragraph) is analysed in pieces cut at a sentence end or a space, so
    tokenisation memory stays bounded; offsets are added back to the findings."""
    for bi, block in enumerate(blocks):
        if _block_category(block.kind) == "skip" or not block.text.strip():
            continue
        text = fold_quotes(block.text)
        n = len(text)
        if n <= MAX_PIECE_CHARS:
            yield bi, block, 0, text
            continue
        start = 0
        while start < n:
            end = min(n, start + MAX_PIECE_CHARS)
            if end < n:
                half = start + MAX_PIECE_CHARS // 2
                cut = max(text.rfind(". ", half, end), text.rfind("\n", half, end))
                cut = cut if cut != -1 else text.rfind(" ", half, end)
                if cut != -1:
                    end = cut + 1
            yield bi, block, start, text[start:end]
            start = end


