"""Re-linting an edited document without judging every unchanged paragraph again.

The engine (``engine/analyse.py``) judges each piece of text's matches with the named
conditions, many of which look beyond the piece (the paragraphs before it, facts about the
whole document). Here the same judging runs through the views of ``recording``, which note what
each piece's conditions read; the result is kept with that record. On the next lint, a piece
with the same block kind and text whose every read gives the same answer now reuses the result;
any other piece is judged as the engine judges it. Findings are then built by the engine's own
code, so they are identical to a fresh lint's (``tests/test_lsp_incremental.py`` holds it to
``lint_file`` over a sequence of edits).

Only the last lint's results are kept, per document, so memory does not grow with edits.
"""
from __future__ import annotations

from ..conditions import registry
from ..engine.analyse import _PIECE_MEMO, _to_findings, judge_piece
from ..engine.pieces import _pieces, piece_matches
from .piece_index import fill, piece_index
from .recording import Reads, Recorder, still_true

MAX_VARIANTS = 4        # results kept for one (kind, text): the same paragraph in several places


class PieceResults:
    """One document's judged pieces from its last lint, for one rule set."""

    def __init__(self, ruleset, options):
        self.ruleset = ruleset
        self.options = options
        self.entries: dict = {}       # (kind, offset in block, text) -> [(Reads, passing)]
        self.judged = self.reused = 0  # pieces in the last lint, for the benchmark

    def fits(self, ruleset, options) -> bool:
        return ruleset is self.ruleset and (options is self.options or options == self.options)


def analyse(document, ruleset, options: dict | None = None, store: PieceResults | None = None) -> list:
    """The findings ``engine.analyse.analyse`` gives for ``document``, reusing ``store``'s
    pieces whose reads still hold; ``store`` is updated to this lint."""
    options = {} if options is None else options
    if store is None or not store.fits(ruleset, options):
        store = PieceResults(ruleset, options)
    backend = ruleset.backend()
    rec = Recorder(document)
    conds = None
    raw: list = []
    fresh: dict = {}
    judged = reused = 0
    for bi, block, cs, text in _pieces(document.blocks):
        found = piece_matches(ruleset, backend, block, text)
        if found is None:
            continue
        key = (block.kind, cs, text)
        kept = None
        for reads, passing in store.entries.get(key, ()):
            if still_true(reads, document, rec.memo, bi):
                for k, v in reads.writes.items():       # what judging it would have memoised
                    dict.__setitem__(rec.memo, fill(k, bi), v)
                kept = (reads, passing)
                reused += 1
                break
        if kept is None:
            conds = conds or registry()
            kept = _judge(rec, bi, text, found, ruleset, conds, options)
            judged += 1
        variants = fresh.setdefault(key, [])
        if len(variants) < MAX_VARIANTS and kept not in variants:
            variants.append(kept)
        for rid, s, e, ss, se in kept[1]:
            raw.append((bi, ruleset.by_id[rid], s + cs, e + cs, ss + cs, se + cs))
    store.entries, store.judged, store.reused = fresh, judged, reused
    return _to_findings(document, raw)


def _judge(rec: Recorder, bi: int, text: str, found, ruleset, conds, options):
    """(Reads, passing matches) for one piece: the engine's judging, through the views."""
    reads = rec.reads = Reads(bi)
    rec.piece = bi
    index = piece_index(bi, reads)
    memo_view = rec.memo
    dict.__setitem__(memo_view, _PIECE_MEMO, {})
    reads.wrote.add(_PIECE_MEMO)
    # the block number notes its uses
    return reads, judge_piece(text, found, ruleset, conds, options, block=rec.block(bi), document=rec.document,
                              doc_cache=memo_view, block_index=index)


class Remembered:
    """What the server keeps between lints of one open document: its Markdown paragraphs, its
    judged pieces and its diagnostics. ``read`` and ``analyse`` are ``lint_file``'s hooks."""

    def __init__(self):
        from ..readers.markdown_memo import MarkdownMemo
        from .convert import Diagnostics

        self.markdown = MarkdownMemo()
        self.pieces: PieceResults | None = None
        self.diagnostics = Diagnostics()

    def read(self, path: str, data: bytes, options: dict):
        from ..readers import format_for, read_document

        if format_for(path) == "markdown":
            from ..readers.markdown import read

            return read(data, path, options, memo=self.markdown)
        return read_document(path, data, options)

    def analyse(self, document, ruleset, options=None) -> list:
        options = {} if options is None else options
        if self.pieces is None or not self.pieces.fits(ruleset, options):
            self.pieces = PieceResults(ruleset, options)
        return analyse(document, ruleset, options, self.pieces)
