"""litguard's shortcuts (required words, word-start guard) never change what a condition
pattern matches, and the registry hands the conditions the accelerated patterns."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings as hsettings, strategies as st

from inclusive_lint.conditions import registry
from inclusive_lint.conditions.litguard import _ACCELERATED, _TRIAL, WARM, Accelerated, accelerated, required
from case_texts import case_texts, spread

HERE = Path(__file__).resolve().parent
registry()
PAIRS = [(plain, accelerated(plain, warm=0)) for plain in _ACCELERATED]
PAIRS = [(plain, fast) for plain, fast in PAIRS if fast.words is not None or fast.fast is not plain]


def test_required_words_read_from_the_pattern():
    assert required(r"\b(?:he|she)\s+(?:said|told \w+)\b", re.I) == ["said", "told "]
    assert required(r"\bthe (?:term|word)s?\b") == ["the term", "the word"]
    assert required(r"[Ss]ection \d+") == ["section "]
    assert required(r"(?:caller|visitor)s?\s+(?:wrote|writes)") == ["wrote", "writes"] or \
        required(r"(?:caller|visitor)s?\s+(?:wrote|writes)") == ["caller", "visitor"]
    for none in (r"\w+", r"(?:a|)b?", r"x*", r"(?=said)\w+", r"[^s]\w?"):
        assert required(none) is None, none
    assert required(r"[^s]aid?") == ["ai"]
    # an alternative with nothing required leaves the choice with nothing
    assert required(r"said|\d+") is None


def test_the_registry_accelerates_condition_patterns():
    assert len(PAIRS) > 40
    assert any(fast.words is not None for _, fast in PAIRS)
    from inclusive_lint.conditions import quotes

    assert isinstance(quotes.REPORTED, Accelerated) and quotes.REPORTED.plain.pattern == quotes.REPORTED.pattern


def test_shortcuts_are_worked_out_only_after_some_use():
    rx = re.compile(r"\b(?:he|she)\s+said\b")
    lazy = accelerated(rx)
    for _ in range(WARM - 1):
        assert lazy.search("so he said").span() == (3, 10)
    assert lazy.words is None and lazy.fast is rx            # a small file never pays for them
    assert lazy.search("so he said").span() == (3, 10)
    assert lazy.words is not None and lazy.fast is not rx
    assert [m.span() for m in lazy.finditer("he said; she said")] == [(0, 7), (9, 17)]
    assert lazy.fast.pattern.startswith(r"\b(?=[hs])(?:")
    # what was worked out is a memo table kept between runs (memostore)
    from inclusive_lint.conditions.litguard import _PLANS
    from inclusive_lint.memostore import TABLES

    assert _PLANS[(rx.pattern, rx.flags)] == (("said",), "[hs]")
    assert ("inclusive_lint.conditions.litguard", "_PLANS") in TABLES


def test_a_long_text_works_the_shortcuts_out_at_once():
    """A search of a whole 20,000-character piece (a one-line file) costs more than working the
    shortcuts out: from WARM_TEXT characters on they answer at once, with the same matches."""
    from inclusive_lint.conditions.litguard import WARM_TEXT

    rx = re.compile(r"\b(?:he|she)\s+told\s+\w+\b")
    text = "the nurse said so. " * (WARM_TEXT // 19) + "Then she told them. He told me."
    for ask in ("search", "finditer"):
        lazy = accelerated(rx)
        assert lazy.search("she told me").span() == (0, 11) and lazy.fast is rx      # a short text: plain
        got = getattr(lazy, ask)(text)
        assert lazy.words is not None and lazy.fast is not rx
        want = getattr(rx, ask)(text)
        assert (got.span() == want.span()) if ask == "search" else _found(got) == _found(want)


def _found(it):
    return [(m.span(), m.groups()) for m in it]


def _fresh(plain):
    """An accelerated copy whose required-word test is never dropped (the shared one may
    have dropped it already)."""
    got = accelerated(plain, warm=0)
    got.asked = -10 ** 9
    return got


def test_same_matches_on_the_case_sets_with_windows():
    texts = case_texts()
    assert len(texts) > 1000
    hits = skipped = 0
    for plain, _ in PAIRS:
        fast = _fresh(plain)
        for text in spread(texts, 300):
            n = len(text)
            for lo, hi in ((0, n), (n // 3, n), (0, 2 * n // 3), (n // 4, n // 2)):
                want = plain.search(text, lo, hi)
                got = fast.search(text, lo, hi)
                assert (got and got.span()) == (want and want.span()), (plain.pattern[:60], text, lo, hi)
                hits += want is not None
                skipped += fast.words is not None and not any(w in text[lo:hi].lower() for w in fast.words)
            assert _found(fast.finditer(text)) == _found(plain.finditer(text))
            window = text[n // 3:]
            assert (fast.search(window) and fast.search(window).span()) == \
                (plain.search(window) and plain.search(window).span())
    assert hits > 500 and skipped > 1000       # both answers were exercised


def test_text_that_is_not_ascii_goes_to_the_pattern():
    rx = re.compile(r"\b(?:he|she)\s+said\b", re.I)
    fast = _fresh(rx)
    assert fast.words is not None
    # re.I matches the long s to "s": the lower-cased test would not see "said"
    assert rx.search("she \u017faid no") and fast.search("she \u017faid no")
    assert fast.search("the nurse spoke") is None and fast.search("he said", 0, 4) is None
    assert fast.search("so he said", 3).span() == (3, 10)
    assert fast.match == rx.match and fast.pattern == rx.pattern


def test_the_word_test_is_dropped_when_the_words_are_always_there():
    fast = accelerated(re.compile(r"\bthe\s+(?:nurse|doctor)\b"), warm=0)
    assert fast.search == fast._search
    for _ in range(_TRIAL):
        assert fast.search("nurses and doctors of the ward") is None        # the words, but no match
    assert fast.search == fast.fast.search          # no more test: it only added work
    assert fast.search("ask the nurse").span() == (4, 13)


@hsettings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet="aAeEsSlkK ,;.'\"-\u212a\u017f\nhe she said told the term word section not avoid", max_size=80),
       st.integers(0, 40), st.integers(0, 90))
def test_same_matches_on_random_text(text, lo, hi):
    for plain, _ in PAIRS[::4]:
        fast = _fresh(plain)
        want = plain.search(text, lo, hi)
        got = fast.search(text, lo, hi)
        assert (got and got.span()) == (want and want.span())


def test_findings_are_the_same_without_the_shortcuts(tmp_path):
    """End to end: the example policy and a file of every case-set text give the same JSON
    report with the shortcuts switched off (INCLUSIVE_LINT_REGEX_SHORTCUTS=0)."""
    cases = tmp_path / "cases.md"
    cases.write_text("\n\n".join(spread(case_texts(), 3000)), encoding="utf-8")
    files = [str(HERE.parent / "examples" / "policy.md"), str(cases)]
    reports = []
    for flag in ("1", "0"):
        env = dict(os.environ, INCLUSIVE_LINT_REGEX_SHORTCUTS=flag)
        out = tmp_path / f"r{flag}.json"
        subprocess.run([sys.executable, "-m", "inclusive_lint", "--no-cache", "--no-config", "--format", "json",
                        "-o", str(out), *files], env=env, capture_output=True, timeout=300)
        report = json.loads(out.read_text(encoding="utf-8"))
        reports.append([(f["path"], [(g["rule_id"], g["location"], g["fingerprint"]) for g in f["findings"]])
                        for f in report["files"]])
    assert reports[0] == reports[1]
    assert sum(len(f[1]) for f in reports[0]) > 600       # enough findings to exercise every path


def test_long_or_odd_stretches_go_to_the_pattern():
    rx = re.compile(r"\bsaid\b")
    fast = _fresh(rx)
    long_text = "x " * 5000 + "he said"
    assert fast.search(long_text).span() == rx.search(long_text).span()
    assert fast.search(long_text, 10).span() == rx.search(long_text, 10).span()
    assert fast.search("he said it", 0, -1) is None and rx.search("he said it", 0, -1) is None
    assert fast.search("he said", 20) is None and fast.search("he said", 3, 7).span() == (3, 7)
    assert fast.asked == -10 ** 9 + 2               # the long ones were not tested for words


def test_a_pattern_the_guard_cannot_wrap_stays_plain():
    rx = re.compile(r"(?i)\bsaid\b")            # a global flag must open the pattern: no guard in front
    fast = accelerated(rx, warm=0)
    assert fast.search("she SAID so").span() == (4, 8) and fast.search("nothing") is None
    assert fast.search == rx.search
