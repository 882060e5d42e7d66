"""Views of a document that note what the conditions read, so a piece's result can be reused.

While the conditions judge the matches of one piece of text, everything they read beyond that
piece goes through these views: the document's attributes, its blocks (each attribute of each
block read, by index; the piece's own block as "own" and the one before it as "prev"), the number of blocks, the block number
(``piece_index``) and the shared condition memo (``doc_cache``). Each read is noted in
:class:`Reads` as ``(what, value seen)``. On a later lint of an edited document,
:func:`still_true` asks the same questions of the new document; when every answer is the same,
the conditions would decide exactly as before, so their result is reused. A piece that has
moved to another block number is reused only if it read nothing by position.

This relies on the contract ``engine/condmemo.py`` states for conditions: a condition is a
function of what it reads from its context, and ``doc_cache`` is only a memo. A memo entry the
piece itself wrote is not a dependency (the reads that computed it were noted); a memo entry
written by another piece is, by value. Anything the views cannot follow (listing the memo, an
attribute that fails) is noted as a read that never matches again, so the piece is judged anew.
"""
from __future__ import annotations

from .piece_index import BeforeIndex, fill, template

MISSING = object()
NEVER = ("never",)                 # a read that can't be re-asked: the piece is always judged anew
# memo entries whose values check themselves against the piece they belong to ("quoted-spans"
# keeps (text, spans), "clause-index" (text, positions): recomputed unless the text is the same object)
SELF_CHECKING = frozenset({"quoted-spans", "clause-index"})


class Reads:
    """What one piece's conditions read: {question: answer}, and the memo keys it wrote."""

    __slots__ = ("seen", "wrote", "writes", "at")

    def __init__(self, at: int = -1):
        self.at = at                 # the piece's block number when judged
        self.seen: dict = {}
        self.wrote: set = set()
        self.writes: dict = {}       # memo entries written, replayed when the piece is reused

    def note(self, key, value) -> None:
        if key not in self.seen:       # the first answer is the one the condition acted on
            self.seen[key] = value


class Recorder:
    """The views for one lint of one document; ``reads`` is the current piece's record."""

    def __init__(self, document):
        self.real = document
        self.reads = Reads()
        self.document = DocumentView(self)
        self.blocks = BlocksView(self)
        self.memo = MemoView(self)
        self.piece = -1              # block number of the piece being judged
        self._views: dict = {}

    def block(self, i: int, relative: bool = False):
        view = self._views.get((i, relative))
        if view is None:
            view = self._views[i, relative] = BlockView(self, i, relative)
        return view


class DocumentView:
    __slots__ = ("_rec",)

    def __init__(self, rec: Recorder):
        object.__setattr__(self, "_rec", rec)

    @property
    def __class__(self):            # isinstance(view, Document) holds, as for the real one
        return type(self._rec.real)

    def __getattr__(self, name):
        rec = self._rec
        if name == "blocks":
            return rec.blocks
        value = getattr(rec.real, name)
        rec.reads.note(("doc", name), value)
        return value

    def __setattr__(self, name, value):
        raise AttributeError("conditions do not change the document")


class BlocksView:
    """The document's blocks; reading one gives a BlockView of it."""

    __slots__ = ("_rec",)

    def __init__(self, rec: Recorder):
        self._rec = rec

    def __len__(self) -> int:
        n = len(self._rec.real.blocks)
        self._rec.reads.note(("len",), n)
        return n

    def __bool__(self) -> bool:
        has = bool(self._rec.real.blocks)
        self._rec.reads.note(("any",), has)
        return has

    def __getitem__(self, i):
        real, reads = self._rec.real.blocks, self._rec.reads
        if type(i) is BeforeIndex:          # the block just before the piece, read relative to it
            reads.note(("has-prev",), True)
            return self._rec.block(int.__int__(i), relative=True)
        if isinstance(i, slice):
            reads.note(("len",), len(real))
            return [self._rec.block(j) for j in range(*i.indices(len(real)))]
        if i < 0 or i >= len(real):
            reads.note(("len",), len(real))
            if i < 0:
                i += len(real)
            if not 0 <= i < len(real):
                raise IndexError(i)
        else:
            reads.note(("has", i), True)
        return self._rec.block(i)

    def __iter__(self):
        for i in range(len(self)):
            yield self._rec.block(i)


class BlockView:
    """One block: each attribute read is noted with its value."""

    __slots__ = ("_rec", "_i", "_relative")

    def __init__(self, rec: Recorder, i: int, relative: bool = False):
        object.__setattr__(self, "_rec", rec)
        object.__setattr__(self, "_i", i)
        object.__setattr__(self, "_relative", relative)     # reached as "the block before the piece"

    @property
    def __class__(self):
        return type(self._rec.real.blocks[self._i])

    def __getattr__(self, name):
        rec, i = self._rec, self._i
        value = getattr(rec.real.blocks[i], name)
        rec.reads.note(("own", name) if i == rec.piece else ("prev", name) if i == rec.piece - 1 and self._relative
                       else ("block", i, name), value)
        return value

    def __setattr__(self, name, value):
        raise AttributeError("conditions do not change blocks")


class MemoView(dict):
    """The conditions' shared memo (``doc_cache``): entries read that another piece wrote are
    noted by value; the piece's own writes are kept to replay when its result is reused."""

    def __init__(self, rec: Recorder):
        super().__init__()
        self._rec = rec

    def _noted(self, key):
        key, shape = template(key)
        value = dict.get(self, key, MISSING)
        reads = self._rec.reads
        if key not in reads.wrote and key not in SELF_CHECKING and value is not MISSING:
            reads.note(("memo", key if shape is None else shape), value)
        return value

    def get(self, key, default=None):
        value = self._noted(key)
        return default if value is MISSING else value

    def __getitem__(self, key):
        value = self._noted(key)
        if value is MISSING:
            raise KeyError(key)
        return value

    def __contains__(self, key) -> bool:
        return self._noted(key) is not MISSING

    def __setitem__(self, key, value) -> None:
        key, shape = template(key)
        reads = self._rec.reads
        reads.wrote.add(key)
        if _holds_a_view(value):         # it would point into this lint's document: never replayed
            reads.note(NEVER, None)
        elif key not in SELF_CHECKING:
            reads.writes[key if shape is None else shape] = value
        dict.__setitem__(self, key, value)

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]

    def pop(self, key, *default):
        self._rec.reads.note(NEVER, None)
        return dict.pop(self, key, *default)

    def _unfollowed(self, *args, **kw):
        self._rec.reads.note(NEVER, None)
        raise TypeError("the condition memo is only read and written by key")

    keys = values = items = __iter__ = __len__ = update = popitem = clear = _unfollowed


_VIEWS = (DocumentView, BlocksView, BlockView)


def _holds_a_view(value) -> bool:
    if isinstance(value, (list, tuple, set, frozenset)):
        return any(type(v) in _VIEWS for v in value)
    if isinstance(value, dict):
        return any(type(v) in _VIEWS for v in value.values())
    return type(value) in _VIEWS


# what a judgement may have read to be reused for a paragraph that has moved: its own block and the
# one just before it, its number compared with constants, memo entries (keys naming it follow it),
# document attributes
_MOVABLE = frozenset({"own", "prev", "has-prev", "cmp", "memo", "doc", "any"})


def still_true(reads: Reads, document, memo: dict, block_index: int) -> bool:
    """Would every read the piece made give the same answer on ``document`` now, the piece being
    block ``block_index`` (with ``memo`` the shared memo so far in this lint)?"""
    blocks = document.blocks
    moved = reads.at != block_index
    for key, value in reads.seen.items():
        kind = key[0]
        if moved and kind not in _MOVABLE:
            return False
        try:
            if kind == "own":
                if getattr(blocks[block_index], key[1]) != value:
                    return False
            elif kind == "prev":
                if block_index < 1 or getattr(blocks[block_index - 1], key[1]) != value:
                    return False
            elif kind == "has-prev":
                if block_index < 1:
                    return False
            elif kind == "block":
                i, name = key[1], key[2]
                if i >= len(blocks) or getattr(blocks[i], name) != value:
                    return False
            elif kind == "memo":
                if dict.get(memo, fill(key[1], block_index), MISSING) != value:
                    return False
            elif kind == "cmp":
                if getattr(int, key[1])(block_index, key[2]) != value:
                    return False
            elif kind == "index":
                if block_index != value:
                    return False
            elif kind == "len":
                if len(blocks) != value:
                    return False
            elif kind == "any":
                if bool(blocks) != value:
                    return False
            elif kind == "has":
                if key[1] >= len(blocks):
                    return False
            elif kind == "doc":
                if getattr(document, key[1]) != value:
                    return False
            else:
                return False
        except Exception:
            return False
    return True
