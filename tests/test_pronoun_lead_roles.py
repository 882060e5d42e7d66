"""lead_roles skips places after the last verb and finds what trying every place finds."""
import random

from inclusive_lint.conditions.pronoun_words import LINE_STARTS, _LEAD_ROLE, lead_role_kept, lead_roles


def _every_place(window):
    out = []
    for at in [0] + [m.end() for m in LINE_STARTS.finditer(window)]:
        m = _LEAD_ROLE.match(window, at)
        if m is not None and lead_role_kept(window, m):
            out.append(m)
    return out


def _spans(ms):
    return [(m.span(), m.span("role")) for m in ms]


def test_same_matches_as_trying_every_line_start():
    rng = random.Random(11)
    words = ["Patient", "patient", "employee", "Service user", "manager", "has", "is", "must", "will", "may",
             "cannot", "the", "right", "to", "his", "notice", "isn't", "has-", ".", ". ", "; ", ":\n", "\n", "\n- ",
             "\n1. ", "  ", "\t", " ", "MUST", "Employee", "nurse", "shall", "agrees", "accepts", "Nursing", "retired",
             "superintendent", "our", "responsible"]
    seen = 0
    for _ in range(3000):
        window = "".join(rng.choice(words) + rng.choice([" ", "", "\n", "  "]) for _ in range(rng.randint(0, 14)))
        want = _spans(_every_place(window))
        assert _spans(lead_roles(window)) == want, window
        seen += bool(want)
    assert seen > 100           # the texts do hold matches


def test_examples():
    assert [m.group("role") for m in lead_roles("Patient has the right to know. Employee must give notice")] \
        == ["Patient", "Employee"]
    assert lead_roles("Ask the mother. Ask ") == []
