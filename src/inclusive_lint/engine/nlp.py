"""spaCy's blank English pipeline with a rule-based sentencizer, built once, lazily.

No trained model is loaded or downloaded, ever.
"""
from __future__ import annotations

_NLP = None


def get_nlp():
    global _NLP
    if _NLP is None:
        import spacy

        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
        nlp.max_length = 200_000_000
        _NLP = nlp
    return _NLP


def make_doc(text: str):
    """Tokenise and split into sentences."""
    return split_sentences(tokenize(text))


def tokenize(text: str):
    """Tokenise only (enough for the matchers)."""
    return get_nlp().make_doc(text)


def split_sentences(doc):
    """Set sentence boundaries on a tokenised Doc (run only on blocks that have matches)."""
    return get_nlp().get_pipe("sentencizer")(doc)


_PUNCT_IDS = None


def sentence_spans(doc) -> list:
    """(start_char, end_char) of each sentence of a tokenised Doc, exactly as spaCy's
    sentencizer splits it (its punctuation set, its rule: a sentence ends after a run of those
    characters, at the next token that is not punctuation), computed over the Doc's token
    arrays instead of one Python Token object per token: several times faster on long blocks.
    ``tests/test_properties.py`` checks it against ``split_sentences`` + ``doc.sents``."""
    global _PUNCT_IDS
    n = len(doc)
    if n == 0:
        return []
    from spacy.attrs import IDX, IS_PUNCT, LENGTH, ORTH

    if _PUNCT_IDS is None:
        strings = doc.vocab.strings
        _PUNCT_IDS = frozenset(strings[c] for c in get_nlp().get_pipe("sentencizer").punct_chars)
    orth, punct, idx, length = doc.to_array([ORTH, IS_PUNCT, IDX, LENGTH]).T.tolist()
    punct_ids = _PUNCT_IDS
    starts = [0]
    seen_period = False
    for i in range(n):
        in_chars = orth[i] in punct_ids
        if seen_period and not punct[i] and not in_chars:
            starts.append(i)
            seen_period = False
        elif in_chars:
            seen_period = True
    ends = starts[1:] + [n]
    return [(idx[s], idx[e - 1] + length[e - 1]) for s, e in zip(starts, ends)]
