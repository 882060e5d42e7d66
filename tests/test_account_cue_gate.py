"""``account_cues.cue_before`` (the scenario, one-case and minutes cues that ``pronouns._narrative``
looks for before a pronoun) skips the search in a block that holds none of the words every match
needs (``blockfacts.lacks_rx``), and otherwise asks the cue's alternatives one at a time (``branches``):
its answer is the plain search's on every stretch of the case texts."""
from __future__ import annotations

from types import SimpleNamespace

from case_texts import case_texts, spread
from inclusive_lint.conditions import account_cues, blockfacts, registry

CUES = ("_VIGNETTE", "_ONE_CASE", "_MINUTES")
EXTRA = ["In one case, a doctor told a woman he would call.", "Case study: the student said she was tired.",
         "Apologies had been received from the Mayor. He wishes", "RESOLVED that the chair sign. He did.",
         "In this scenario, the nurse ... she", "No cue at all in this paragraph, his or her manager."]


def test_cue_before_answers_as_the_plain_search():
    registry()
    skipped = 0
    for text in list(spread(case_texts(marked=False), 800)) + EXTRA:
        for name in CUES:
            cue = getattr(account_cues, name)
            plain = getattr(cue, "plain", cue)
            for start in range(0, len(text), max(1, len(text) // 6)):
                prev = max(0, start - 120)
                ctx = SimpleNamespace(text=text, prev_start=prev, start=start)
                got = account_cues.cue_before(ctx, cue, 300)
                want = plain.search(text, max(0, prev - 300), start)
                assert got is (want is not None), (name, text[:80])
            skipped += blockfacts.lacks_rx(SimpleNamespace(text=text), cue)
    assert skipped        # the gate does say no somewhere


def test_lacks_rx_only_for_ascii_text_and_kept_per_text():
    registry()
    cue = account_cues._VIGNETTE
    assert blockfacts.lacks_rx(SimpleNamespace(text="Ask his manager."), cue)
    assert not blockfacts.lacks_rx(SimpleNamespace(text="Ask his manager \u2014 caf\u00e9."), cue)    # not ASCII: no answer
    text = "In this scenario the nurse says"
    assert not blockfacts.lacks_rx(SimpleNamespace(text=text), cue)
    assert blockfacts.facts(text).known[cue] is False
