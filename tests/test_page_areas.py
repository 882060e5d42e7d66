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


def test_no_area_when_the_quick_test_says_none():
    rng = random.Random(11)
    for wide in (False, True):
        areas = []
        for _ in range(60):
            lo = _pos(rng, 2000)
            hi = (lo[0] + rng.choice([0, 1, 2] + ([70] if wide else [])), rng.randint(0, 30))
            areas.append((lo, hi, "x"))
        index = AreaIndex(areas)
        skipped = 0
        for _ in range(3000):
            a = _pos(rng, 2002)
            b = (a[0] + rng.choice([0, 0, 1]), rng.randint(0, 30))
            if rng.random() < 0.05:
                a, b = b, a
            if not index.may_hold(a, b):
                skipped += 1
                assert _brute(areas, a, b) == [], (a, b)
        assert (skipped > 1500) if not wide else skipped == 0, (wide, skipped)


def _outside_by_full_comparison(findings, questions):
    """api._outside_questions as first written: every finding against every question."""
    def covered(f):
        mine = set(f.characteristics)
        for q in questions:
            chars = set(q.characteristics)
            if f.location.table is not None and q.location.table is not None and q.location.row is not None \
                    and (q.location.part, q.location.table, q.location.row) == (f.location.part, f.location.table, f.location.row) \
                    and mine <= {c for p in questions if (p.location.part, p.location.table, p.location.row)
                                 == (q.location.part, q.location.table, q.location.row) for c in p.characteristics}:
                return True
            if q.block_index >= 0 and q.block_span and f.block_index == q.block_index and f.block_span \
                    and q.block_span[0] <= f.block_span[0] and f.block_span[1] <= q.block_span[1] and mine <= chars:
                return True
            loc, ql = f.location, q.location
            if None not in (loc.line, loc.end_line, ql.line, ql.end_line) \
                    and (ql.line, ql.column or 0) <= (loc.line, loc.column or 0) \
                    and (loc.end_line, loc.end_column or 0) <= (ql.end_line, ql.end_column or 0) and mine <= chars:
                return True
        return False
    return [f for f in findings if not covered(f)]


def test_findings_kept_beside_form_questions_are_those_of_a_full_comparison():
    from inclusive_lint.api import _outside_questions, build_settings
    from inclusive_lint.engine.analyse import analyse
    from inclusive_lint.forms import analyse_questions
    from inclusive_lint.readers import read_document

    text = ("# Form\n\nTitle: Mr / Mrs / Miss\n\nSex: Male / Female\n\nAsk his or her nurse. The chairman signs.\n\n"
            "Relationship: Husband / Wife / Partner\n\nName your husband or wife. Give your next of kin.\n\n"
            "| Question | Answer |\n|---|---|\n| Title | Mr / Mrs / Miss |\n| Gender | Male / Female |\n\n"
            "Marital status: Single / Married / Divorced / Widowed\n\nTell his line manager.\n") * 3
    settings = build_settings()
    doc = read_document("form.md", text.encode(), settings.options)
    findings = analyse(doc, settings.ruleset, settings.options)
    questions = analyse_questions(doc, settings.ruleset, settings.options)
    assert len(questions) >= 6 and len(findings) >= 20
    kept = _outside_questions(findings, questions)
    assert kept == _outside_by_full_comparison(findings, questions)
    assert 0 < len(kept) < len(findings)
