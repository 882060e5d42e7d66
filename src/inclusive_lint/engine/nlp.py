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
