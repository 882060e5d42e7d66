"""The block number a condition sees, noting how it was used.

A paragraph added above moves every paragraph after it down one block. Most conditions use
their block number only to compare it with a constant (``bi > 0``: is there a block before?)
or inside a memo key that names the paragraph (the pronoun antecedent's); neither depends on
where the paragraph is, so the judgement can be reused after the move. :class:`PieceIndex` is
an ``int`` that notes a comparison as ``("cmp", operator, other)`` with its answer (asked
again of the new number), and any other use (arithmetic, hashing, formatting, conversion) as
``("index",)``: the exact number, as before. The memo view takes the number out of its keys
itself (``template``), so a key names "this paragraph" wherever it now is.
"""
from __future__ import annotations

PIECE = type("PIECE", (), {"__repr__": lambda self: "PIECE"})()   # "this piece's number" in a key

_COMPARE = ("__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__")
_OTHER = ("__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__", "__floordiv__",
          "__rfloordiv__", "__truediv__", "__rtruediv__", "__mod__", "__rmod__", "__divmod__",
          "__rdivmod__", "__pow__", "__rpow__", "__neg__", "__pos__", "__abs__", "__invert__",
          "__and__", "__rand__", "__or__", "__ror__", "__xor__", "__rxor__", "__lshift__",
          "__rlshift__", "__rshift__", "__rrshift__", "__index__", "__int__", "__float__", "__round__",
          "__trunc__", "__floor__", "__ceil__", "__str__", "__repr__", "__format__", "__hash__",
          "to_bytes", "bit_length", "bit_count", "as_integer_ratio", "conjugate", "__reduce__",
          "__reduce_ex__", "__getnewargs__", "__sizeof__")


class PieceIndex(int):
    """The piece's block number; ``_reads`` is the piece's Reads."""

    def __bool__(self) -> bool:
        answer = int.__ne__(self, 0)
        self._reads.note(("cmp", "__ne__", 0), answer)
        return answer


def _compare(name: str):
    base = getattr(int, name)

    def method(self, other):
        answer = base(self, other)
        if type(other) is PieceIndex:        # the same paragraph's number: where it is does not matter
            return base(self, int.__int__(other))
        if answer is NotImplemented or type(other) is not int:
            self._reads.note(("index",), int.__int__(self))
        else:
            self._reads.note(("cmp", name, other), answer)
        return answer
    return method


def _exact(name: str, shift: int = 0):
    """``int``'s method ``name``, noting the piece's exact number (``shift`` from this one's) as read."""
    base = getattr(int, name)

    def method(self, *args, **kw):
        self._reads.note(("index",), int.__int__(self) + shift)
        return base(int.__int__(self), *args, **kw)
    return method


for _name in _COMPARE:
    setattr(PieceIndex, _name, _compare(_name))
for _name in _OTHER:
    setattr(PieceIndex, _name, _exact(_name))


def _attribute(name: str):
    def get(self):
        self._reads.note(("index",), int.__int__(self))
        return getattr(int.__int__(self), name)
    return property(get)


for _name in ("real", "imag", "numerator", "denominator"):
    setattr(PieceIndex, _name, _attribute(_name))


class BeforeIndex(int):
    """``block_index - 1``: the block just before the piece. As a subscript of the blocks view it is
    noted relative to the piece ("prev"), so a paragraph that moves with the block above it is still
    reused; any other use notes the piece's exact number, as plain arithmetic does."""


for _name in _COMPARE + _OTHER + ("__bool__",):
    setattr(BeforeIndex, _name, _exact(_name, shift=1))


def _minus(self, other):
    if type(other) is int and other == 1:
        before = BeforeIndex(int.__int__(self) - 1)
        before._reads = self._reads
        return before
    self._reads.note(("index",), int.__int__(self))
    return int.__sub__(int.__int__(self), other)


PieceIndex.__sub__ = _minus


def piece_index(value: int, reads) -> PieceIndex:
    index = PieceIndex(value)
    index._reads = reads
    return index


def template(key):
    """(the key with plain numbers, the key with PIECE for this piece's number, or None when it
    holds none)."""
    if type(key) is PieceIndex:
        return int.__int__(key), PIECE
    if type(key) is tuple and any(type(k) is PieceIndex for k in key):
        return (tuple(int.__int__(k) if type(k) is PieceIndex else k for k in key),
                tuple(PIECE if type(k) is PieceIndex else k for k in key))
    return key, None


def fill(key, index: int):
    """A template key with this piece's number put back."""
    if key is PIECE:
        return index
    if type(key) is tuple and PIECE in key:
        return tuple(index if k is PIECE else k for k in key)
    return key
