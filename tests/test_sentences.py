"""The built-in packs run without spaCy, and that changes nothing.

Differential tests: the pure-Python tokenizer and sentence splitter (``engine.tokenizer``,
``engine.sentences``) against spaCy's blank English tokenizer and sentencizer, token for token
and sentence for sentence; and every finding (rule id, location, span, context, fingerprint)
through both engines, on the case sets in tests/data, the pack examples, examples/ and, in the
extended suite (``INCLUSIVE_LINT_CORPUS=DIR``), every file of the real-world corpus.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings as hsettings, strategies as st

from inclusive_lint.api import analyse_document, build_settings
from inclusive_lint.conditions.context import fold_quotes
from inclusive_lint.config import load_config
from inclusive_lint.engine.compile import compile_rules
from inclusive_lint.engine.nlp import sentence_spans as spacy_sentences
from inclusive_lint.engine.nlp import tokenize as spacy_tokenize
from inclusive_lint.engine.sentences import sentence_spans, tokens
from inclusive_lint.readers import format_for, read_document

from marks import unmark

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def _both(text: str):
    doc = spacy_tokenize(text)
    theirs = ([(t.idx, t.idx + len(t)) for t in doc], spacy_sentences(doc))
    ours = (tokens(text), sentence_spans(text))
    return theirs, ours


def _same(text: str) -> None:
    text = fold_quotes(text).replace("\n", " ")      # as the engine hands blocks over
    theirs, ours = _both(text)
    assert ours[0] == theirs[0], f"tokens differ in {text[:120]!r}"
    assert ours[1] == theirs[1], f"sentences differ in {text[:120]!r}"


def _case_texts():
    for path in sorted((HERE / "data").glob("*-cases.yaml")):
        for case in yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]:
            yield path.stem, case["id"], case["text"]


def _example_texts():
    from inclusive_lint.packs.loader import load_packs

    for pack in load_packs():
        for rule in pack.rules:
            for kind in ("flag", "pass"):
                for i, ex in enumerate(rule.examples.get(kind, [])):
                    if isinstance(ex, str):
                        yield rule.id, f"{kind}-{i}", ex


CASES = [pytest.param(text, id=f"{a}-{b}") for a, b, text in _case_texts()]
EXAMPLES = [pytest.param(text, id=f"{a}-{b}") for a, b, text in _example_texts()]


@pytest.mark.parametrize("text", CASES + EXAMPLES)
def test_tokens_and_sentences_equal_spacys(text):
    _same(unmark(text)[0] if "[[" in text else text)


@pytest.mark.parametrize("text", [
    "Dr. Smith saw him.  Then she left!  (See below.) Next one",    # abbreviations, double spaces
    "He left at 10a.m. on 3.5.2024, e.g. after lunch... Then? \"Yes.\" 'No.' Fine",
    "Call 0800 123 4567.Visit www.nhs.uk/conditions or https://example.org/a.b?c=d.Then go",
    "x(: a :)b [ :)etc. U.K. staff... ok -- done?! ...and (a.m.), vs. St. Mary's",
    "\tleading tab.\u00a0Non-breaking. \u3002Ideographic\uff01 stop",
    " ", "", ".", "...", "a.b.c.", "Mr. A. B. Jones.", "10km. 5kg? 3°C.", "£5. $10! 30%.",
])
def test_hard_punctuation_equals_spacy(text):
    _same(text)


PIECES = st.sampled_from(["Dr.", "e.g.", "a.m.", "U.K.", "etc.", "vs.", "St.", "No.", ":)", "(:", "'s",
                          "n't", "...", "3.5", "10km", "www.nhs.uk", "http://x.org/a.b", "hes",
                          "cannot", "his", "he", "her", "mother's", "next-of-kin", "  ", "\t"])
CHARS = st.sampled_from(list("aZ9 .,;:!?'\"()[]-/&@#$%*+=<>_~`^|\\\u2026\u00e9\u00df\u3002\uff01"))
NOISE = st.lists(st.one_of(PIECES, CHARS, st.text(max_size=3)), max_size=30).map("".join)


@hsettings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(NOISE)
def test_random_punctuation_heavy_text_equals_spacy(text):
    _same(text)


# --- findings through both engines ------------------------------------------------------------

@pytest.fixture(scope="module")
def engines():
    pure = build_settings(load_config(use_project=False))
    spacy = build_settings(load_config(use_project=False))
    spacy.ruleset = compile_rules(pure.ruleset.packs, engine="spacy")
    assert type(pure.ruleset.backend()).__name__ == "PureBackend"
    assert type(spacy.ruleset.backend()).__name__ == "SpacyBackend"
    return pure, spacy


def _key(f):
    return (f.rule_id, repr(f.location), f.text, f.context, tuple(f.context_span), f.fingerprint,
            f.block_index, tuple(f.block_span))


def _findings_both(path: str, data: bytes, engines):
    document = read_document(path, data, {})
    return [sorted(map(_key, analyse_document(document, s))) for s in engines]


def test_findings_identical_on_case_sets_and_examples(engines):
    texts = [t for _, _, t in _case_texts()] + [unmark(t)[0] for _, _, t in _example_texts()]
    total = 0
    for i, text in enumerate(texts):
        for name in ("case.txt", "case.md"):
            ours, theirs = _findings_both(name, text.encode("utf-8"), engines)
            assert ours == theirs, f"case {i} ({name}): {text[:100]!r}"
            total += len(ours)
    assert total > 500          # the comparison covered many findings, not none


def test_findings_identical_on_examples_folder(engines):
    files = [p for p in sorted((ROOT / "examples").iterdir()) if format_for(str(p)) in ("docx", "markdown", "text")]
    assert files
    for path in files:
        ours, theirs = _findings_both(str(path), path.read_bytes(), engines)
        assert ours == theirs and ours, path.name


def _corpus_files(corpus):
    return sorted(p for p in Path(corpus).rglob("*") if p.is_file() and format_for(str(p)))


@pytest.mark.slow
def test_corpus_gives_identical_tokens_sentences_and_findings(engines, corpus):
    files = _corpus_files(corpus)
    assert files, "INCLUSIVE_LINT_CORPUS holds no readable files"
    checked = 0
    for path in files:
        data = path.read_bytes()
        try:
            document = read_document(str(path), data, {})
        except Exception:          # unreadable corpus files are other tests' business
            continue
        for block in document.blocks:
            if block.text.strip():
                _same(block.text)
        ours, theirs = [sorted(map(_key, analyse_document(document, s))) for s in engines]
        assert ours == theirs, path.name
        checked += 1
    assert checked > 100


# --- spaCy stays out of the process ----------------------------------------------------------

def _imports(code: str, tmp_path) -> str:
    out = subprocess.run([sys.executable, "-X", "importtime", "-c", code], capture_output=True,
                         text=True, cwd=tmp_path, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    return out.stdout + "\n" + out.stderr


def test_builtin_packs_never_import_spacy(tmp_path):
    policy = tmp_path / "policy.md"
    policy.write_text("# Leave\n\nEach employee must tell his manager. Ask the mother's consent.\n"
                      "Dr. Jones (the chairman) signs. Husband or wife may attend.\n", encoding="utf-8")
    code = ("import sys; from inclusive_lint.cli import main\n"
            "try:\n    main(['--no-cache', '--format', 'json', 'policy.md'])\n"
            "except SystemExit as e:\n    print('exit', e.code)\n")
    out = _imports(code, tmp_path)
    assert '"rule_id": "PRN-001"' in out and "exit 1" in out      # it did lint, and found things
    lines = [ln for ln in out.splitlines() if ln.startswith("import time:")]
    assert any("inclusive_lint.engine.sentences" in ln for ln in lines)
    assert not [ln for ln in lines if ln.rstrip().endswith(("spacy", "thinc"))], "spaCy was imported"


def test_a_pack_with_token_patterns_loads_spacy(tmp_path):
    pack = tmp_path / "pack.yaml"
    pack.write_text(
        "pack: local\nversion: '1'\nrules:\n"
        "  - id: LOC-001\n    name: chairperson-pattern\n    severity: info\n"
        "    message: Say chair.\n    rationale: Shorter.\n    framework: ['2.3']\n"
        "    characteristics: [sex]\n    suggestions: [chair]\n    link: https://example.org/chair\n"
        "    match:\n      patterns: [[{LOWER: chairperson}]]\n      keywords: [chairperson]\n"
        "    examples:\n      flag: ['The [[chairperson]] signs.']\n      pass: ['The chair signs.']\n",
        encoding="utf-8")
    code = ("import sys\nfrom inclusive_lint.api import build_settings, lint_text\n"
            "from inclusive_lint.config import load_config\n"
            "s = build_settings(load_config(use_project=False, overrides={'packs': ['pack.yaml']}))\n"
            "print('before', 'spacy' in sys.modules)\n"
            "print([f.rule_id for f in lint_text('The chairperson signs.', settings=s)])\n"
            "print('after', 'spacy' in sys.modules)\n")
    out = _imports(code, tmp_path)
    assert "before False" in out and "['LOC-001']" in out and "after True" in out
