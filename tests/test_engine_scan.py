"""``prefilter.scan`` finds exactly the matches ``finditer`` finds, whether it lets the regex
engine scan the text or tries the pattern only where a literal prefix occurs."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings as hsettings, strategies as st

from case_texts import case_texts, spread
from inclusive_lint.api import build_settings
from inclusive_lint.engine import prefilter
from inclusive_lint.engine.prefilter import fold, literal_prefixes, scan

HERE = Path(__file__).resolve().parent
RULES = build_settings().ruleset
REGEXES = [rx for rid in RULES.regexes.sources for rx in RULES.regexes[rid]]



def _spans(matches):
    return [(m.start(), m.end(), m.group(0)) for m in matches]


@pytest.mark.parametrize("sparse", [0, 10 ** 9])        # always at the prefixes; never
def test_same_matches_as_finditer_on_the_case_sets(monkeypatch, sparse):
    monkeypatch.setattr(prefilter, "_SPARSE", sparse)
    texts = case_texts(marked=False)
    assert len(texts) > 1000
    joined = "\n\n".join(spread(texts, 500, 1))    # one long text as well: many places per pattern
    checked = 0
    for rx in REGEXES:
        for text in spread(texts, 250) + [joined]:
            expected = _spans(rx.finditer(text))
            assert _spans(scan(rx, text, fold(text))) == expected, (rx.pattern[:60], text[:80])
            checked += bool(expected)
    assert checked > 200


WORDS = ["his", "her", "He", "SHE", "or", "and", "/", "husband", "wife", "mr", "Mrs", "next", "of",
         "kin", "\u0130mmediate", "family", "close", "relative", "s", "(", ")", "chairman", "'s",
         "mother", "father", "the", "mx", ".", ",", "\n", "  ", "\t", "\xa0", "\u2003", "a"]


@hsettings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(words=st.lists(st.sampled_from(WORDS), max_size=40), sep=st.sampled_from([" ", "", "-"]),
       sparse=st.sampled_from([0, 16]))
def test_same_matches_as_finditer_on_word_soup(words, sep, sparse):
    text = sep.join(words)
    prefilter._SPARSE = sparse
    try:
        for rx in REGEXES:
            if literal_prefixes(rx.pattern, rx.flags) is not None:
                assert _spans(scan(rx, text, fold(text))) == _spans(rx.finditer(text)), (rx.pattern[:60], text)
    finally:
        prefilter._SPARSE = 16


def _reference(text, cand):
    from inclusive_lint.engine.prefilter import add_matches

    out = []
    for rid in cand:
        for rx in RULES.regexes.get(rid, ()):
            add_matches(out, rid, rx.finditer(text))
    return sorted(out)


@pytest.mark.parametrize("sparse", [0, 10 ** 9])
def test_one_prefix_pass_finds_what_finditer_finds(monkeypatch, sparse):
    """engine/prefixpass.py (long documents): all rules' prefixes located in one pass, each
    regex tried at its own places (or by finditer when they are dense) — the same matches."""
    from inclusive_lint.engine import prefixpass

    monkeypatch.setattr(prefixpass, "_SPARSE", sparse)
    pp = prefixpass.PrefixPass(RULES.regexes.sources)
    assert pp.finders and len(pp.plain) < len(RULES.regexes.sources) / 4
    cand = set(RULES.regexes.sources)
    texts = case_texts(marked=False)
    joined = "\n\n".join(spread(texts, 1200, 1))       # a long document
    checked = 0
    for text in spread(texts, 500) + [joined, joined.replace(" ", "\n").upper()]:
        expected = _reference(text, cand)
        assert sorted(prefixpass.regex_matches(RULES, pp, cand, text, fold(text))) == expected, text[:80]
        checked += bool(expected)
    assert checked > 80
    # regexes with no literal prefix ran behind a first-character guard where one is known
    assert any(g is not RULES.regexes[rid][i] and g.pattern.startswith("(?=[") for (rid, i), g in pp.guarded.items())
    some = {"PRN-001", "NOK-001", "FRM-018"} & cand
    assert sorted(prefixpass.regex_matches(RULES, pp, some, joined, fold(joined))) == _reference(joined, some)


@hsettings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(words=st.lists(st.sampled_from(WORDS), max_size=40), sep=st.sampled_from([" ", "", "-"]))
def test_one_prefix_pass_on_word_soup(words, sep):
    from inclusive_lint.engine.prefixpass import regex_matches

    text = sep.join(words)
    cand = set(RULES.regexes.sources)
    assert sorted(regex_matches(RULES, RULES.prefix_pass, cand, text, fold(text))) == _reference(text, cand)


def test_the_prefix_pass_is_used_on_long_documents_only(monkeypatch):
    from inclusive_lint.api import lint_text
    from inclusive_lint.engine import prefixpass

    calls = []
    real = prefixpass.regex_matches
    monkeypatch.setattr("inclusive_lint.engine.pieces.regex_matches",
                        lambda *a: calls.append(1) or real(*a))
    para = "Each employee must tell his manager about the next of kin form.\n\n"
    short = lint_text(para, "a.md")
    assert short and not calls
    long = lint_text(para + "".join(f"Paragraph {i} about annual leave and the rota.\n\n"
                                    for i in range(prefixpass.MIN_CHARS // 40)) + para, "b.md")
    assert calls
    assert [f.rule_id for f in long] == [f.rule_id for f in short] * 2


def _condition_regexes():
    from inclusive_lint.conditions import clinical, eia, family, genre, next_of_kin

    out = [clinical._ADDITIVE, next_of_kin._NOK_EXPLAINED, eia._EIA_MARKER, eia._PROTECTED,
           eia._ANY_CHARACTERISTIC, *eia.CHARACTERISTICS.values()]
    out += [v for mod in (clinical, family, genre, next_of_kin) for v in vars(mod).values() if isinstance(v, re.Pattern)]
    return out


def test_whole_document_searches_find_what_finditer_finds():
    """finditer_long / search_long (the conditions' 'anywhere in the document' searches) give
    the matches of finditer / search, through the prefix places or the word-start guard."""
    from inclusive_lint.engine.prefilter import LONG_TEXT, _word_guarded, finditer_long, search_long

    texts = case_texts(marked=False)
    joined = "\n\n".join(spread(texts, 2500))     # a long document from every set (all of them: 32 MB)
    assert len(joined) > 10 * LONG_TEXT
    guarded = 0
    for rx in _condition_regexes() + REGEXES[::10]:
        guarded += _word_guarded(rx) is not rx
        for text in (joined, texts[0]):
            assert _spans(finditer_long(rx, text)) == _spans(rx.finditer(text)), rx.pattern[:60]
            got, want = search_long(rx, text), rx.search(text)
            assert (got and got.span()) == (want and want.span())
    assert guarded >= 2          # the word-start guard was exercised (the next-of-kin note has no prefix)


def test_required_words_of_a_pattern():
    """Every match holds one word of each set; a text without one is never tried."""
    from inclusive_lint.engine.prefilter import has_required, required_literals

    need = required_literals(r"\b(?:family|relatives?)\b.{0,120}?\b(?:includes?|including|means)\b")
    assert need == (("family", "relative"), ("include", "includin", "means"))
    assert required_literals(r"\bsex\s+(?:change|swap)") == (("sex ",), ("change", "swap"), ("ex ",))
    assert required_literals(r"\b(?:a|an)\s+\w+") == ()          # nothing certain after the article
    assert has_required(need, "our family means everyone") and not has_required(need, "our family is everyone")
    checked = 0
    texts = [(text, fold(text)) for text in spread(case_texts(marked=False), 900)]
    for rx in REGEXES:
        need = required_literals(rx.pattern, rx.flags)
        for text, lower in texts:
            if rx.search(text):
                assert has_required(need, lower), (rx.pattern[:60], text[:80])
                checked += bool(need)
    assert checked > 100


def test_words_required_inside_a_group_around_the_whole_match():
    """A pattern that is one group around its match requires what the group's body requires;
    a top-level choice, a repeated or optional group and a look-around give nothing."""
    from inclusive_lint.engine.group_required import group_required
    from inclusive_lint.engine.prefilter import has_required

    assert group_required(r"\b(?P<hit>(?:the\s)?(?:mother\sand\sfather|mum\sand\sdad))\b") == \
        (("mother a", "mum and "), ("other an", "um and d"))
    assert group_required(r"(?P<hit>(?:a\s)?mother)|father") == ()
    assert group_required(r"(?P<hit>(?:a\s)?mother\sand\sfather)?") == ()
    assert group_required(r"(?=(?:mother\sand))\w+") == ()
    checked = 0
    texts = [(text, fold(text)) for text in spread(case_texts(marked=False), 900)]
    for rx in REGEXES:
        need = group_required(rx.pattern, re.I)
        if not need:
            continue
        checked += 1
        for text, lower in texts:
            if rx.search(text):
                assert has_required(need, lower), (rx.pattern[:60], text[:80])
    assert checked >= 3


def test_white_space_in_a_prefix_is_read_as_a_space():
    """``\\s`` in a prefix is " ", as ``fold`` turns every character ``\\s`` matches into a
    space (keeping each character one character long)."""
    import sys

    from inclusive_lint.engine.prefilter import WHITESPACE

    assert WHITESPACE == "".join(chr(c) for c in range(sys.maxunicode + 1) if re.match(r"\s", chr(c)))
    assert fold("A\tB\xa0c\u2003\u0130") == "a b c i" and len(fold(WHITESPACE)) == len(WHITESPACE)
    assert literal_prefixes(r"\b(?:the\s|a\s)?(?:mum|dad)\sand") == ["a dad an", "a mum an", "dad and", "mum and",
                                                                             "the dad ", "the mum "]
    assert literal_prefixes(r"\b(?:a|an)\s+\w+") == ["a ", "an "]
    assert literal_prefixes(r"[^\s]he") is None and literal_prefixes(r"(?:\s|x)+he") is None
    rx = re.compile(r"\b(?:the\s|a\s)?(?:mum|dad)\sand\b", re.I)
    for text in ("A\tmum\xa0and dad", "the\nDad\u2003and", "a  mum and", "mum\u200band"):
        assert _spans(scan(rx, text, fold(text))) == _spans(rx.finditer(text))


def test_many_prefixes_give_their_heads_and_one_pass_finds_them():
    """A choice with more expansions than are kept gives their shorter heads instead of none,
    a prefix that starts with another is dropped, and on a long text many prefixes are found
    in one pass (``trie.trie_pattern``): the matches are finditer's."""
    from inclusive_lint.engine.prefilter import _FEW, LONG_TEXT, _shortest

    words = [f"{a}o{c}ly" for a in "bcdfghjk" for c in "abcdefghi"]          # 72 choices
    pattern = r"\b(?:" + "|".join(words) + r")\s(?:yes|no)\b|\bwab\b"
    alts = literal_prefixes(pattern)
    assert alts == sorted({w[:2] for w in words} | {"wab"})      # 72 heads of three: too many
    assert _shortest(["abd", "ab", "abc", "b", "ba", "c"]) == ["ab", "b", "c"]
    assert len(alts) > _FEW
    rx = re.compile(pattern, re.I)
    filler = "some text about nothing in particular, " * (LONG_TEXT // 30)
    for text in (filler + "BOALY yes and hoily\tno, wab.", filler, "wab " + filler + "koily no"):
        assert _spans(scan(rx, text, fold(text))) == _spans(rx.finditer(text))


@pytest.mark.parametrize("sparse", [1, 16, 10 ** 6])
def test_matches_from_places_then_finditer(sparse):
    """``trie.matches_from`` tries the pattern at the places it is given and goes over to
    ``finditer`` once they prove dense: with every position as a place (as dense as they come)
    or every other one past the matches, the matches are finditer's."""
    from inclusive_lint.engine.trie import matches_from

    joined = "\n\n".join(spread(case_texts(marked=False), 1200))
    for rx in REGEXES[::4]:
        want = _spans(rx.finditer(joined))
        assert _spans(matches_from(rx, joined, iter(range(len(joined))), sparse)) == want, rx.pattern[:60]
        starts = sorted({s for s, _, _ in want} | set(range(0, len(joined), 7)))
        assert _spans(matches_from(rx, joined, iter(starts), sparse)) == want, rx.pattern[:60]


def test_what_opens_at_a_word_start():
    """``word_start``: ``\\b`` first, or a look-behind that no word character may precede, in
    every alternative, and past an optional part that opens so too; not under ASCII flags."""
    from inclusive_lint.engine.prefilter import word_start

    yes = [r"\bhe", r"(?<![\w/])(?:he|she)", r"(?<!\w)he", r"(?:\b(?:the|a)\s+)?\bopp", r"(?:\bx)+y",
           r"(?:(?<![\w,])mr|\bmrs)"]
    no = [r"(?<![^\w])x", r"(?:\bthe\s+)?opp", r"(?<![A-Za-z])male", r"(?a)(?<![\w/])he", r"(?:\bx)*y",
          r"(?<!\w\w)he", r"(?:\bmr|mrs)", r"(?=\w)he"]
    assert [p for p in yes if not word_start(p, re.I)] == []
    assert [p for p in no if word_start(p, re.I)] == []
    assert not word_start(r"(?<![\w/])he", re.I | re.A)


EDGE_WORDS = WORDS + ["_", "1", "\u00e9", "(s)he", "s/he", "he/she", "mr/mrs", "Miss", "Male", "female",
                      "opposite", "sex", "members", "them", "other", "/", "_his", "1her", "Male / Female",
                      "Title: Mr / Mrs / Miss", "Gender: Male/Female", "s/he or he/she"]


def test_rule_patterns_said_to_open_at_a_word_start_do():
    """Every match of a rule pattern ``word_start`` says opens at a word start, and begins with a
    word character, begins where ``\\b`` holds: on the case sets and on every pair of edge words."""
    from inclusive_lint.engine.prefilter import word_start

    opened = [rx for rx in REGEXES if word_start(rx.pattern, re.I)]
    by_look_behind = [rx for rx in opened if rx.pattern.startswith("(?<![\\w")]
    assert len(by_look_behind) >= 4 and len(opened) > len(REGEXES) / 2
    boundary, word = re.compile(r"\b"), re.compile(r"\w")
    texts = spread(case_texts(marked=False), 600) + [a + sep + b for a in EDGE_WORDS for b in EDGE_WORDS
                                                      for sep in ("", " ")]
    starts = 0
    for rx in opened:
        for text in texts:
            for m in rx.finditer(text):
                if word.match(text, m.start()):
                    starts += 1
                    assert boundary.match(text, m.start()), (rx.pattern[:60], text, m.start())
    assert starts > 1000


@hsettings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(words=st.lists(st.sampled_from(EDGE_WORDS), max_size=40), sep=st.sampled_from([" ", "", "-", "/"]))
def test_one_prefix_pass_on_word_soup_with_edges(words, sep):
    """Words glued to letters, digits, underscores and slashes: where the look-behind and the
    word-start places differ, if anywhere."""
    from inclusive_lint.engine.prefixpass import regex_matches

    text = sep.join(words)
    cand = set(RULES.regexes.sources)
    assert sorted(regex_matches(RULES, RULES.prefix_pass, cand, text, fold(text))) == _reference(text, cand)


def test_matches_added_at_places_in_one_loop_are_those_of_the_generators():
    """prefixpass.add_at gives what add_matches(matches_at(...)) gives: at every place where a
    prefix begins, at random subsets of them, and at every position."""
    import random

    from inclusive_lint.engine.prefilter import add_matches, matches_at
    from inclusive_lint.engine.prefixpass import add_at

    rng = random.Random(3)
    texts = spread(case_texts(marked=False), 400)
    found = 0
    for rid, patterns in RULES.regexes.sources.items():
        for rx in RULES.regexes[rid]:
            alts = literal_prefixes(rx.pattern, rx.flags) or []
            for text in [t for t in texts if rx.search(t)][:8] + rng.sample(texts, 20):
                low = fold(text)
                places = sorted({i for a in alts for i in range(len(low)) if low.startswith(a, i)})
                for ps in (places, sorted(rng.sample(places, len(places) // 2)), range(len(text))):
                    want, got = [], []
                    add_matches(want, rid, matches_at(rx, text, ps))
                    add_at(got, rid, rx, text, ps)
                    assert got == want, (rid, rx.pattern[:60], text[:80])
                    found += len(want)
    assert found > 400      # (the spread sample gives 464 with the round-44 sets)
