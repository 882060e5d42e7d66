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


class SpacyBackend:
    """Tokens, phrase and token-pattern matches and sentences from spaCy: used when a loaded rule
    declares token ``patterns`` (spaCy's Matcher), or when asked for (the differential tests)."""

    def __init__(self, rules, variants):
        self.rules = rules
        self.variants = variants         # a phrase -> its spellings (compile.phrase_variants)
        self._phrase_matcher = None
        self._token_matcher = None

    @property
    def ready(self) -> bool:
        return _NLP is not None

    def warm(self) -> None:
        get_nlp()
        self.phrase_matcher()
        self.token_matcher()

    def tokens(self, text: str):
        return tokenize(text)

    def sentences(self, text: str, doc) -> list:
        return sentence_spans(doc)

    def token_matches(self, ruleset, cand: set, text: str, doc) -> list:
        out = []
        by_id = ruleset.by_id
        strings = doc.vocab.strings
        for wanted, matcher in (("phrases", self.phrase_matcher), ("patterns", self.token_matcher)):
            if not any(by_id[r].match.get(wanted) for r in cand):
                continue
            for match_id, s, e in matcher()(doc):
                rid = strings[match_id]
                if rid in cand:
                    span = doc[s:e]
                    out.append((rid, span.start_char, span.end_char))
        return out

    def phrase_matcher(self):
        if self._phrase_matcher is None:
            from spacy.matcher import PhraseMatcher

            nlp = get_nlp()
            pm = PhraseMatcher(nlp.vocab, attr="LOWER")
            for rule in self.rules:
                phrases = rule.match.get("phrases")
                if phrases:
                    pm.add(rule.id, [nlp.make_doc(v.lower()) for p in phrases for v in self.variants(p)])
            self._phrase_matcher = pm
        return self._phrase_matcher

    def token_matcher(self):
        if self._token_matcher is None:
            from spacy.matcher import Matcher

            m = Matcher(get_nlp().vocab, validate=True)
            for rule in self.rules:
                pats = rule.match.get("patterns")
                if pats:
                    m.add(rule.id, pats)
            self._token_matcher = m
        return self._token_matcher
