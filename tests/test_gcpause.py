"""The collector pause around building findings (engine/gcpause.py): the collector is off inside,
back as it was after (on or off, after an error too), and the findings are those built without it."""
from __future__ import annotations

import gc

import pytest

from inclusive_lint.api import build_settings, lint_file
from inclusive_lint.engine import analyse as engine
from inclusive_lint.engine.gcpause import collector_paused


@pytest.fixture
def restore_gc():
    was = gc.isenabled()
    yield
    (gc.enable if was else gc.disable)()


def test_off_inside_and_back_on_after(restore_gc):
    gc.enable()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_left_off_when_it_was_off(restore_gc):
    gc.disable()
    with collector_paused():
        assert not gc.isenabled()
    assert not gc.isenabled()


def test_back_on_after_an_error(restore_gc):
    gc.enable()
    with pytest.raises(ValueError):
        with collector_paused():
            raise ValueError("stop")
    assert gc.isenabled()


def test_findings_built_with_the_collector_paused(monkeypatch, restore_gc):
    gc.enable()
    states = []
    build = engine._build_findings

    def spy(document, raw):
        states.append(gc.isenabled())
        return build(document, raw)

    text = "Ask his or her nurse. The chairman signs.\n\nGive your next of kin. Ask the chairman.\n"
    plain = lint_file("p.md", build_settings(), data=text.encode())
    monkeypatch.setattr(engine, "_build_findings", spy)
    paused = lint_file("p.md", build_settings(), data=text.encode())
    assert states == [False] and gc.isenabled()
    assert len(plain.findings) >= 3 and paused.findings == plain.findings


def test_the_command_line_freezes_what_is_alive_after_the_window(restore_gc):
    """Inside ``frozen_after`` (the command line's run) the window ends by freezing the objects
    alive instead of leaving them to the next collection; the next window and the end of the
    block give them back; elsewhere nothing is frozen. The findings are the same."""
    from inclusive_lint.engine.gcpause import frozen_after

    gc.enable()
    gc.unfreeze()
    text = "Ask his or her nurse. The chairman signs.\n\nGive your next of kin. Ask the chairman.\n"
    plain = lint_file("p.md", build_settings(), data=text.encode())
    assert gc.get_freeze_count() == 0
    with frozen_after():
        first = lint_file("p.md", build_settings(), data=text.encode())
        assert gc.isenabled() and gc.get_freeze_count() > 0
        with collector_paused(freeze=True):
            assert gc.get_freeze_count() == 0 and not gc.isenabled()     # given back at the start
        assert gc.get_freeze_count() > 0
    assert gc.get_freeze_count() == 0 and gc.isenabled()
    gc.disable()
    with frozen_after():
        with collector_paused(freeze=True):
            pass
        assert gc.get_freeze_count() == 0           # the collector was off: nothing to spare it
    assert first.findings == plain.findings
