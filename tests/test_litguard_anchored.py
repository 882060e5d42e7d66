"""A pattern anchored at the start of the string is searched with one try (litguard.anchored)."""
import random
import re

from inclusive_lint.conditions import common, litguard


def test_anchored_patterns_are_told_apart():
    yes = [r"^a", r"^a|^b", r"(?:^a|^bc)d", r"\Aab", r"(?:(?:^x))y", r"^(?:is|are) (?:outdated)"]
    no = [r"a", r"^a|b", r"(?m)^a", r"(?m:^a)", r"x^", r"(?:^a)?b", r"(?P<g>^a)", r"(?i:^a)", r"[\^]a"]
    for p in yes:
        assert litguard.anchored(re.compile(p, re.I)), p
    for p in no:
        assert not litguard.anchored(re.compile(p, re.I)), p
    assert not litguard.anchored(re.compile(r"^a|^b", re.I | re.M))


def test_anchored_search_finds_what_the_plain_search_finds():
    rng = random.Random(3)
    patterns = [re.compile(p, re.I) for p in (r"^['\"]?\W{0,3}(?:is|are) (?:outdated|offensive)",
                                               r"^a|^b", r"(?:^ab|^b)c?", r"\A\s*x")]
    patterns.append(common._MENTION_AFTER.plain if hasattr(common._MENTION_AFTER, "plain")
                    else common._MENTION_AFTER)
    alphabet = ["a", "b", "c", "x", " ", "\n", "'", "is ", "are ", "outdated", "offensive", "IS ", "now called "]
    for plain in patterns:
        fast = litguard.accelerated(plain, warm=0)
        assert fast.search == plain.match               # the shortcut is in place
        for _ in range(400):
            text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
            pos, end = rng.randint(0, 4), rng.choice([None, rng.randint(0, 30)])
            got = fast.search(text, pos) if end is None else fast.search(text, pos, end)
            want = plain.search(text, pos) if end is None else plain.search(text, pos, end)
            assert (got and got.span()) == (want and want.span()), (plain.pattern, text, pos, end)
