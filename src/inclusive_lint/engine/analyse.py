"""Run a RuleSet over a Document and return Findings."""
from __future__ import annotations

import bisect
import hashlib
import re
from dataclasses import fields

from ..conditions import registry
from ..conditions.litguard import accelerated
from ..model import Finding
from . import forksplit
from .addresses import address_spans, within
from .condmemo import judged, new_context
from .gcpause import collector_paused
from .pieces import _pieces, piece_matches
from .prefixpass import MIN_CHARS


def _scope_text(ctx, scope: str) -> str:
    if scope == "sentence":
        return ctx.sentence
    if scope == "paragraph":
        return ctx.text
    if scope == "document":
        return ctx.document_text
    if scope == "before":
        return ctx.window_before(ctx.rule.unless.get("window", ctx.rule.requires.get("window", 60)))
    if scope == "after":
        return ctx.window_after(ctx.rule.unless.get("window", ctx.rule.requires.get("window", 60)))
    raise ValueError(scope)


_RE_CACHE: dict = {}


def _rx(pattern: str):
    c = _RE_CACHE.get(pattern)
    if c is None:
        c = _RE_CACHE[pattern] = accelerated(re.compile(pattern, re.I))     # same matches, faster
    return c


def _passes(ctx, conds, memo) -> bool:
    conditions, unless, requires, exceptions = _plan(ctx.rule, conds)
    for key in conditions:
        if not judged(key, conds[key[0]], ctx, memo):
            return False
    # the pattern lists before the exceptions: they are one short search each, answered once
    # per sentence or paragraph, where an exception is several; the answer is the same
    for scoped in unless:
        if _scoped_hit(ctx, *scoped):
            return False
    for scoped in requires:
        if not _scoped_hit(ctx, *scoped):
            return False
    for key in exceptions:
        if judged(key, conds[key[0]], ctx, memo):
            return False
    return True


def _plan(rule, conds) -> tuple:
    """What ``_passes`` runs for ``rule``, worked out once per rule instead of once per match:
    the memo keys (condition name, rule id) of its conditions and exceptions, and its scoped
    pattern lists (``_scoped``). The condition functions are still looked up at each call (a test may
    replace one in the registry)."""
    got = _PLANS.get(id(rule))
    if got is not None and got[0] is rule:       # (a Rule is frozen)
        return got[1]
    window = rule.unless.get("window", rule.requires.get("window", 60))
    plan = (tuple((name, rule.id) for name in rule.conditions),
            tuple(_scoped(scope, pats, window) for scope, pats in rule.unless.items() if scope != "window"),
            tuple(_scoped(scope, pats, window) for scope, pats in rule.requires.items() if scope != "window"),
            tuple((name, rule.id) for name in rule.exceptions))
    if len(_PLANS) > 10000:           # rule sets come and go in a long-lived server
        _PLANS.clear()
    _PLANS[id(rule)] = (rule, plan)
    return plan


_PLANS: dict = {}


def _scoped(scope: str, pats, window: int) -> tuple:
    """``_scoped_hit``'s arguments for one scoped pattern list of a rule: the scope, the list,
    its compiled patterns and the rule's window (for "before" and "after")."""
    return scope, pats, tuple(_rx(p) for p in pats) if scope != "document" else (), window


def _scoped_hit(ctx, scope: str, pats, rxs=None, window=None) -> bool:
    """Does any of ``pats`` (compiled: ``rxs``) occur in the match's ``scope``? A paragraph's or
    sentence's answer is kept for the other matches in it (the memo is emptied for each piece
    of text)."""
    if scope == "document":
        return any(ctx.document_has(p) for p in pats)
    if rxs is None:
        rxs = tuple(_rx(p) for p in pats)
    key = None
    if scope == "sentence":
        key = (id(pats), ctx.sent_start, ctx.sent_end)
    elif scope == "paragraph":
        key = (id(pats), scope)
    if key is not None:
        memo = ctx.doc_cache[_PIECE_MEMO]
        hit = memo.get(key)
        if hit is not None:
            return hit
        text = ctx.sentence if scope == "sentence" else ctx.text
    elif window is not None and scope == "before":
        text = ctx.window_before(window)
    elif window is not None and scope == "after":
        text = ctx.window_after(window)
    else:
        text = _scope_text(ctx, scope)
    hit = False
    for rx in rxs:
        if rx.search(text):
            hit = True
            break
    if key is not None:
        memo[key] = hit
    return hit


_PIECE_MEMO = ("engine", "scoped")


def _resolve_overlaps(matches, ruleset):
    """Per rule keep the longest non-overlapping matches; across rules of one group, a
    match inside a longer one of the same group is dropped (\"his or her\" is one finding)."""
    return settle(matches, ruleset.by_id, lambda m: m)


def settle(matches, by_id, judge) -> list:
    """``_resolve_overlaps`` of the matches that pass, where ``judge(m)`` gives a passing match
    (as the tuple to keep) or None. A match that a kept one already hides is not judged:
    passing or not, it would not be kept, and it hides nothing, so the answer is the same as
    judging every match first."""
    kept = []
    live: list = []     # kept matches that may still overlap: starts only grow, so ended ones go
    for m in _in_order(matches):
        live = _still_open(live, m[1])
        if live and _hidden(live, m, by_id):
            continue
        got = judge(m)
        if got is not None:
            kept.append(got)
            live.append(got)
    return kept


def _in_order(matches):
    """By start, the longer first, then by rule id (duplicates once)."""
    return sorted(set(matches), key=lambda m: (m[1], -(m[2] - m[1]), m[0]))


def _still_open(live: list, start: int) -> list:
    return [k for k in live if k[2] > start] if live else live


def _hidden(live, m, by_id) -> bool:
    """Is ``m`` dropped by one of the kept matches in ``live``: one of its own rule that it
    overlaps, or a longer (or as long) one of its rule's group?"""
    rid, s, e = m[:3]
    group = by_id[rid].group
    for k in live:
        krid, ks, ke = k[:3]
        if ks < e and s < ke:
            if krid == rid or (by_id[krid].group == group and ke - ks >= e - s):
                return True
    return False


def fingerprint(rule_id: str, sentence: str, text: str, occurrence: int) -> str:
    return _fingerprint(rule_id, " ".join(sentence.lower().split()), text.lower(), occurrence)


def _fingerprint(rule_id: str, norm: str, lower_text: str, occurrence: int) -> str:
    h = hashlib.sha1(f"{rule_id}\x00{norm}\x00{lower_text}\x00{occurrence}".encode("utf-8"))
    return h.hexdigest()[:16]


def analyse(document, ruleset, options: dict | None = None, meanwhile=None) -> list[Finding]:
    """All findings for ``document`` in reading order. ``meanwhile()``, if given, is called
    once: while the other core analyses part of a long document, else after the pieces."""
    backend = ruleset.backend()
    options = options or {}
    total = sum(len(b.text) for b in document.blocks)
    prefix_pass = ruleset.prefix_pass if total >= MIN_CHARS else None
    pieces = _pieces(document.blocks)
    if forksplit.wanted(total):         # a long document: the later pieces on the other core
        registry()                      # imported once, before the fork
        pieces = list(pieces)
        by_id = ruleset.by_id
        doc_cache = forksplit.Facts()   # each process's own copy, kept from one run of pieces to the next

        def work(part):                 # rule ids cross the pipe, not rules
            return [(bi, r.id, *rest) for bi, r, *rest in
                    _analyse_pieces(part, document, ruleset, backend, options, prefix_pass, doc_cache)]

        built = _Findings(document)

        def consume(part):              # the findings of each run as soon as the runs before it are done
            with collector_paused():
                built.add([(bi, by_id[rid], *rest) for bi, rid, *rest in part])

        forksplit.run_split(pieces, [len(p[3]) for p in pieces], work, meanwhile, consume, doc_cache)
        return built.findings
    raw = _analyse_pieces(pieces, document, ruleset, backend, options, prefix_pass)
    if meanwhile is not None:
        meanwhile()
    return _to_findings(document, raw)


def _analyse_pieces(pieces, document, ruleset, backend, options, prefix_pass, doc_cache=None) -> list:
    """(block_index, rule, s, e, sent_s, sent_e) of the findings in ``pieces``."""
    conds = None           # the condition registry, imported only when a block has matches
    doc_cache = {} if doc_cache is None else doc_cache
    raw: list = []
    for bi, block, cs, text in pieces:
        found = piece_matches(ruleset, backend, block, text, prefix_pass)
        if found is None:
            continue
        if conds is None:
            conds = registry()
        doc_cache[_PIECE_MEMO] = {}
        passing = judge_piece(text, found, ruleset, conds, options, block=block, document=document,
                              doc_cache=doc_cache, block_index=bi)
        for rid, s, e, ss, se in passing:
            raw.append((bi, ruleset.by_id[rid], s + cs, e + cs, ss + cs, se + cs))
    return raw


def judge_piece(text, found, ruleset, conds, options, *, block, document, doc_cache, block_index):
    """The matches of one piece of text that pass their conditions, as (rule id, start, end,
    sentence start, sentence end), overlaps settled. The language server calls it too, with
    views that record what the conditions read."""
    matches, sents = found
    memo: dict = {}        # condition results that hold for the whole piece (condmemo)
    starts = [s for s, _ in sents]
    by_id = ruleset.by_id
    addresses = address_spans(text)

    def judge(m):
        rid, s, e = m
        if addresses and within(addresses, s, e):
            return None
        si = max(0, bisect.bisect_right(starts, s) - 1)
        ss, se = sents[si]
        se = max(se, e)
        ps = sents[si - 1][0] if si > 0 else ss
        ctx = new_context(text, s, e, ss, se, ps, block, document, doc_cache, by_id[rid], options, block_index)
        return (rid, s, e, ss, se) if _passes(ctx, conds, memo) else None
    # overlaps across rules of a group are settled among matches that passed their conditions,
    # so a longer match that was excused does not hide a shorter one; a match a kept one hides
    # is not judged (``settle``)
    return settle(matches, by_id, judge)


def _to_findings(document, raw) -> list[Finding]:
    with collector_paused():        # many new objects, no reference cycles (engine/gcpause.py)
        return _build_findings(document, raw)


def _build_findings(document, raw) -> list[Finding]:
    built = _Findings(document)
    built.add(raw)
    return built.findings


class _Findings:
    """Findings made from raw (block index, rule, start, end, sentence start, sentence end)
    tuples given in reading order, one batch after another (a long document's runs of pieces as
    they are done: engine/forksplit.py): the same findings as from all of them at once."""

    def __init__(self, document):
        self.document = document
        self.findings: list = []
        self.seen_once: set = set()
        self.occurrences: dict = {}
        # the sentence of the previous finding: its place, then its text, context, normalised form
        self.last, self.got = None, None
        # plain text and Markdown: the flagged text is the exact source the location points at (so a
        # term split by markup or a line break, "next *of* kin", reads as written there), and both
        # come from one look-up of the span's source offsets
        self.source = document.source_text if document.format in ("text", "markdown") else None

    def add(self, raw) -> None:
        findings, seen_once, occurrences = self.findings, self.seen_once, self.occurrences
        last, got, source = self.last, self.got, self.source
        document = self.document
        blocks = document.blocks
        for bi, rule, s, e, ss, se in raw:
            if rule.once_per_document:
                if rule.id in seen_once:
                    continue
                seen_once.add(rule.id)
            block = blocks[bi]
            if last != (bi, ss, se):        # findings come in reading order: one copy per sentence
                last, sentence = (bi, ss, se), block.text[ss:se]
                got = (sentence, sentence.strip(), " ".join(sentence.lower().split()),
                       len(sentence) - len(sentence.lstrip()))
            sentence, context, norm, lead = got
            if source is not None and block.locator is None:
                a, b = block.source_span(s, e)
                text, location = source[a:b], document.locate_source(block, a, b)
            else:
                text, location = block.text[s:e], document.locate(block, s, e)
            key = (rule.id, norm, text.lower())
            occ = occurrences.get(key, 0)
            occurrences[key] = occ + 1
            findings.append(make_finding(rule, text, location, context, (s - ss - lead, e - ss - lead),
                                         _fingerprint(*key, occ), block_index=bi, block_span=(s, e)))
        self.last, self.got = last, got


def make_finding(rule, text, location, context="", context_span=(), fp="", message=None,
                 block_index=-1, block_span=()) -> Finding:
    """``Finding(...)`` with these fields, made without the frozen dataclass's constructor (one
    ``object.__setattr__`` per field: a third of the per-finding work on a finding-dense file)."""
    f = _new(Finding)
    d = f.__dict__
    d["rule_id"] = rule.id
    d["severity"] = rule.severity
    d["message"] = message or rule.message
    d["text"] = text
    d["location"] = location
    d["suggestions"] = rule.suggestions
    d["framework"] = rule.framework
    d["characteristics"] = rule.characteristics
    d["rule_name"] = rule.name
    d["pack"] = rule.pack
    d["link"] = rule.link
    d["rationale"] = rule.rationale
    d["context"] = context
    d["context_span"] = context_span
    d["fix"] = rule.fix
    d["fingerprint"] = fp
    d["waived"] = False
    d["waiver_reason"] = ""
    d["block_index"] = block_index
    d["block_span"] = block_span
    return f


_new = object.__new__
# make_finding sets every field, in field order
assert [f.name for f in fields(Finding)] == [
    "rule_id", "severity", "message", "text", "location", "suggestions", "framework", "characteristics", "rule_name",
    "pack", "link", "rationale", "context", "context_span", "fix", "fingerprint", "waived", "waiver_reason",
    "block_index", "block_span"]
