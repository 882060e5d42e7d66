"""Settling overlaps while judging (analyse.settle) keeps what judging every match first keeps."""
import random

from inclusive_lint.engine.analyse import settle


class _Rule:
    def __init__(self, group):
        self.group = group


def _judge_all_then_resolve(matches, by_id, passes):
    """The engine before: every match judged, then overlaps settled among those that passed."""
    passing = [m for m in matches if passes(m)]
    kept, live = [], []
    for m in sorted(set(passing), key=lambda m: (m[1], -(m[2] - m[1]), m[0])):
        rid, s, e = m
        live = [k for k in live if k[2] > s]
        group = by_id[rid].group
        if any(ks < e and s < ke and (krid == rid or (by_id[krid].group == group and ke - ks >= e - s))
               for krid, ks, ke in live):
            continue
        kept.append(m)
        live.append(m)
    return kept


def test_same_findings_as_judging_every_match_first():
    rng = random.Random(16)
    by_id = {f"R{i}": _Rule(rng.choice(["pronoun", "family", "", "role"])) for i in range(8)}
    skipped = 0
    for _ in range(2000):
        matches = []
        for _ in range(rng.randint(0, 14)):
            s = rng.randint(0, 40)
            matches.append((rng.choice(list(by_id)), s, s + rng.randint(1, 12)))
        verdict = {m: rng.random() < 0.6 for m in matches}
        asked = []

        def judge(m):
            asked.append(m)
            return m if verdict[m] else None
        assert settle(matches, by_id, judge) == _judge_all_then_resolve(matches, by_id, verdict.get)
        assert len(asked) == len(set(asked))            # each match judged at most once
        skipped += len(set(matches)) - len(asked)
    assert skipped > 0                                  # hidden matches were left unjudged


def test_a_longer_excused_match_hides_nothing():
    by_id = {"PAIR": _Rule("pronoun"), "ONE": _Rule("pronoun")}
    matches = [("PAIR", 0, 10), ("ONE", 0, 3), ("ONE", 7, 10)]
    assert settle(matches, by_id, lambda m: m) == [("PAIR", 0, 10)]
    assert settle(matches, by_id, lambda m: None if m[0] == "PAIR" else m) == [("ONE", 0, 3), ("ONE", 7, 10)]
