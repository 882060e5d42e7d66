"""The page-area index answers exactly as comparing a span with every area."""
import random

from inclusive_lint.page_areas import AreaIndex


def _brute(areas, a, b):
    return sorted(map(id, (x for x in areas if x[0] <= a and b <= x[1])))


def _pos(rng, lines):
    return (rng.randint(1, lines), rng.randint(0, 30))


def test_same_areas_as_a_full_comparison():
    rng = random.Random(7)
    for lines in (1, 3, 80, 400):            # one line (a one-line file), a few, and areas over 50 lines
        areas = []
        for _ in range(150):
            lo = _pos(rng, lines)
            hi = (lo[0] + rng.choice([0, 0, 1, 2, 60]), rng.randint(0, 30))
            if rng.random() < 0.05:
                hi = (lo[0] - 1, 3)          # an inverted area never holds an ordinary span
            areas.append((lo, hi, {rng.choice("ab")}))
        index = AreaIndex(areas)
        for _ in range(600):
            a = _pos(rng, lines + 2)
            b = (a[0] + rng.choice([0, 0, 1]), rng.randint(0, 30))
            if rng.random() < 0.05:
                a, b = b, a                  # an inverted span
            assert sorted(map(id, index.holding(a, b))) == _brute(areas, a, b), (a, b)


def test_nested_and_touching_areas():
    outer = ((1, 0), (1, 100), "outer")
    inner = ((1, 10), (1, 20), "inner")
    after = ((1, 20), (1, 40), "after")
    index = AreaIndex([inner, after, outer])
    assert {x[2] for x in index.holding((1, 12), (1, 18))} == {"outer", "inner"}
    assert {x[2] for x in index.holding((1, 20), (1, 20))} == {"outer", "inner", "after"}
    assert {x[2] for x in index.holding((1, 50), (1, 60))} == {"outer"}
    assert list(index.holding((2, 0), (2, 1))) == []
