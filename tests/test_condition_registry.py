"""A condition's name is taken once; a module imported a second time (its first import stopped part way by a
per-file time limit's alarm) registers the same conditions again without error."""
import pytest

from inclusive_lint import conditions


def _make(module: str):
    def probe(ctx):
        return False
    probe.__module__ = module
    probe.__qualname__ = "probe"
    return probe


def test_the_same_definition_again_replaces_it_and_another_one_is_refused(monkeypatch):
    monkeypatch.setattr(conditions, "_REGISTRY", {})
    first = conditions.condition("probe-condition")(_make("inclusive_lint.conditions.probe"))
    again = conditions.condition("probe-condition")(_make("inclusive_lint.conditions.probe"))     # a re-import
    assert first is not again and conditions._REGISTRY["probe-condition"] is again
    with pytest.raises(ValueError, match="registered twice"):
        conditions.condition("probe-condition")(_make("inclusive_lint.conditions.other"))
