"""A question found twice is kept once: the indexed de-duplication keeps exactly what comparing
every candidate with every earlier kept one keeps, without the quadratic cost on long forms."""
from __future__ import annotations

from inclusive_lint.forms import _distinct, _same, find_questions
from inclusive_lint.forms.candidate import make
from inclusive_lint.model import Block, Document, Location


def _pairwise(document, found):
    kept = []
    for cand in found:
        if not any(_same(document, cand, k) for k in kept):
            kept.append(cand)
    return kept


def _document(n):
    blocks = [Block(text="Sex: Male / Female", kind="paragraph", location=Location(page=1 + i // 10))
              for i in range(n)]
    return Document(path="form.txt", format="text", blocks=blocks)


def test_same_questions_kept_as_pairwise():
    doc = _document(40)
    found = []
    for bi in range(40):
        found.append(make("Sex", ["Male", "Female"], [(bi, 0, 18)]))
        found.append(make("Sex", ["Male", "Female"], [(bi, 5, 18)]))                 # overlaps: same
        found.append(make("Title", ["Mr", "Mrs"], [(bi, 18, 18), (bi + 1, 0, 3)]))   # next block too
        if bi % 7 == 0:     # no span: same as any question with these options on its page
            found.append(make("Sex", ["Female", "Male"], [], structural=True, location=Location(page=1 + bi // 10)))
            found.append(make("Sex", ["Male", "Female"], [(bi, 0, 3)], structural=True))
    got = _distinct(doc, found)
    assert got == _pairwise(doc, found)
    assert 40 < len(got) < len(found)


def test_find_questions_on_a_long_form():
    text = "\n\n".join("Sex: Male / Female" if i % 2 else "Title: Mr / Mrs / Miss" for i in range(600))
    from inclusive_lint.api import build_settings
    from inclusive_lint.readers import read_document

    doc = read_document("form.txt", text.encode(), build_settings().options)
    questions = find_questions(doc)
    assert len(questions) == 600
