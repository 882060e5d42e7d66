"""Property-based tests: arbitrary text never crashes the linter, every location lies inside the
text, and each finding's text is exactly the slice of the source its location points at."""
import pytest
from hypothesis import HealthCheck, example, given, settings as hsettings, strategies as st

from inclusive_lint.api import lint_file

# Words and fragments that make rules fire, mixed with markup and awkward characters.
FRAGMENTS = [
    "his", "he", "him", "she", "her", "he or she", "he/she", "s/he", "his or her", "next of kin",
    "next-of-kin", "mothers", "mother", "father", "husband", "wife", "husband or wife", "blood relatives",
    "chairman", "transgendered", "male or female", "sex", "gender", "Each employee", "The patient",
    "must tell", "manager", "Mr Smith", "Dr Shah", "birthing", "women", "pregnant", "partner",
    "Equality Act 2010", "avoid the term", "\u201c", "\u201d", "'", '"', ".", ",", ";", "?", "!", "\n",
    "\n\n", "  ", "\t", "# ", "## ", "* ", "- ", "1. ", "> ", "`", "```\n", "**", "_", "[", "](", ")",
    "<!-- inclusive-lint: disable -->", "<b>", "</b>", "&amp;", "\u00a0", "\u2013", "\u00e9", "\U0001F600",
    "\r\n", "\u200b", "| a | b |\n|---|---|\n", "---\n", "http://example.org/his",
]
SEPARATORS = st.sampled_from([" ", " ", " ", "\n", "*", "**", "_", "`", "-", ""])
TEXT = st.lists(st.tuples(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=6)), SEPARATORS),
                max_size=60).map(lambda parts: "".join(a + b for a, b in parts))
# terms split by markup or a line break, which the reader joins back together
SPLIT = st.sampled_from(["next *of* kin", "next\nof kin", "his **or** her", "he\nor she", "next of\n kin",
                         "_husband_ or wife", "blood\nrelatives", "his `or` her"])


def _offset(text: str, line: int, column: int) -> int:
    starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
    assert 1 <= line <= len(starts), (line, len(starts))
    off = starts[line - 1] + column - 1
    assert starts[line - 1] <= off <= len(text), (line, column)
    return off


def _check(text: str, filename: str, settings) -> list:
    result = lint_file(filename, settings, data=text.encode("utf-8"), display_path=filename)
    assert not result.errors, result.errors
    source = result.document.source_text if result.document else text
    for f in result.findings:
        loc = f.location
        s = _offset(source, loc.line, loc.column)
        e = _offset(source, loc.end_line, loc.end_column)
        assert s < e <= len(source), (f.rule_id, loc)
        assert source[s:e] == f.text, (f.rule_id, f.text, source[s:e])
    return result.findings


@hsettings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_text_files(settings, text):
    _check(text, "case.txt", settings)


@hsettings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
@example("<b>**<!-- inclusive-lint: disable -->**")     # emphasis around nothing but a comment
@example("next of kin\nhis | a | b |\n|---|---|\n ")     # a form question over two source lines
def test_markdown_files(settings, text):
    _check(text, "case.md", settings)


@hsettings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(SPLIT, st.sampled_from(FRAGMENTS)), min_size=1, max_size=12))
@example(parts=["```\n", "next *of* kin", "```\n", "next *of* kin", "next of\n kin"])  # code over a line break
@pytest.mark.parametrize("name", ["split.md", "split.txt"])
def test_terms_split_by_markup_or_line_breaks(settings, name, parts):
    _check("Each employee must give " + " ".join(parts) + ".", name, settings)


@hsettings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400))
@pytest.mark.parametrize("name", ["bytes.txt", "bytes.md", "bytes.html"])
def test_arbitrary_bytes_never_crash(settings, name, data):
    result = lint_file(name, settings, data=data, display_path=name)
    assert not result.errors or all(e.category in ("corrupt", "unsupported") for e in result.errors)


@hsettings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_fast_sentence_spans_equal_spacys_sentencizer(text):
    from inclusive_lint.engine.nlp import sentence_spans, split_sentences, tokenize

    expected = [(s.start_char, s.end_char) for s in split_sentences(tokenize(text)).sents]
    assert sentence_spans(tokenize(text)) == expected


@pytest.mark.parametrize("name", ["split.md", "split.txt"])
def test_split_terms_are_found_and_located(settings, name):
    text = "Please give your next *of* kin.\n\nEach employee must tell **his** manager.\n\nGive your next\nof kin.\n"
    found = _check(text, name, settings)
    assert {f.rule_id for f in found} >= {"FAM-001", "PRN-001"}
    assert "next\nof kin" in [f.text for f in found]


def test_inline_code_over_a_line_break_keeps_later_text_in_place(settings):
    # the parser turns the code's line break into a space, so its text is not found as written;
    # the text after it must still point at its own source (one finding a term, none empty)
    text = "Each employee must give ```\n next *of* kin ```\n next *of* kin next of\n kin.\n"
    found = _check(text, "code.md", settings)
    assert [(f.rule_id, f.location.line, f.location.column, f.text) for f in found] == [
        ("FAM-001", 3, 2, "next *of* kin"), ("FAM-001", 3, 16, "next of\n kin")]
