"""Write src/inclusive_lint/engine/tokenizer_en.json from the installed spaCy.

The pure-Python tokenizer (``inclusive_lint.engine.tokenizer``) replays spaCy's English
tokenizer rules so the built-in packs never import spaCy; this script copies those rules (the
prefix, suffix, infix and URL patterns, the special cases and the sentencizer's punctuation)
out of spaCy (MIT licence) into a data file. Run it again after upgrading spaCy; the
differential test (tests/test_sentences.py) fails when the copy and spaCy disagree.

    python tools/gen_tokenizer_data.py
"""
from __future__ import annotations

import json
import pathlib

import spacy
from spacy.attrs import ORTH
from spacy.pipeline import Sentencizer

OUT = pathlib.Path(__file__).resolve().parents[1] / "src/inclusive_lint/engine/tokenizer_en.json"


def main() -> None:
    nlp = spacy.blank("en")
    tok = nlp.tokenizer
    assert tok.token_match is None, "the English tokenizer gained a token_match: port it"
    specials = {k: [t[ORTH] for t in v] for k, v in sorted(tok.rules.items())}
    data = {
        "source": f"spaCy {spacy.__version__} English tokenizer and sentencizer (MIT licence)",
        "spacy_version": spacy.__version__,
        "prefix": [tok.prefix_search.__self__.pattern, tok.prefix_search.__self__.flags],
        "suffix": [tok.suffix_search.__self__.pattern, tok.suffix_search.__self__.flags],
        "infix": [tok.infix_finditer.__self__.pattern, tok.infix_finditer.__self__.flags],
        "url": [tok.url_match.__self__.pattern, tok.url_match.__self__.flags],
        "faster_heuristics": tok.faster_heuristics,
        "specials": specials,
        "sentence_punct": sorted(Sentencizer.default_punct_chars),
    }
    from inclusive_lint.engine.tokenizer import Tokenizer

    data["special_patterns"] = Tokenizer(data).special_patterns()
    OUT.write_text(json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({len(specials)} special cases)")


if __name__ == "__main__":
    main()
