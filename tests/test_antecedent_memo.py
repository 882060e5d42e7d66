"""The pronoun antecedent memo never lends one piece's answer to another piece of the same block."""
from inclusive_lint.conditions.pronouns import _antecedent
from inclusive_lint.engine.condmemo import TrackedContext


def _ctx(text, memo):
    start = text.index(" his ") + 1
    return TrackedContext(text=text, start=start, end=start + 3, sent_start=0, sent_end=len(text), prev_start=0,
                          block=None, document=None, doc_cache=memo, block_index=4)


def test_two_pieces_of_one_block_with_the_same_length_get_their_own_antecedents():
    # a block over 20,000 characters is judged in pieces: all carry the block's number, and
    # these two have the same length with "his" at the same place
    nurse, doctor = "Each nurse will show his badge.", "Dr Okonkwo will show his badge."
    assert len(nurse) == len(doctor) and nurse.index(" his") == doctor.index(" his")
    memo: dict = {}
    assert _antecedent(_ctx(nurse, memo))[0] == "generic"
    assert _antecedent(_ctx(doctor, memo))[0] == "named"
    assert _antecedent(_ctx(nurse, memo))[0] == "generic"
    assert _antecedent(_ctx(doctor, {}))[0] == "named"      # the same as asked alone


def test_the_same_piece_asks_once():
    memo: dict = {}
    text = "Each nurse will show his badge."
    first = _antecedent(_ctx(text, memo))
    assert [k for k in memo if k[0] == "antecedent"]
    memo[next(k for k in memo if k[0] == "antecedent")] = (text, ("named", "X", ""))   # what the memo holds is used
    assert _antecedent(_ctx(text, memo)) == ("named", "X", "") != first
