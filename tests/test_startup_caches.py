"""The other start-up caches: parsed rule packs (packs/parsed.py) and the memo tables of pure
functions such as the prefilter's literal prefixes (memostore.py). A cached value is the value
worked out afresh; anything wrong with a file means the value is worked out as usual."""
from __future__ import annotations

import os

import pytest

from inclusive_lint import memostore
from inclusive_lint.engine import prefilter
from inclusive_lint.packs.loader import load_packs


# --- parsed rule packs (packs/parsed.py) ---------------------------------------------------

def test_parsed_pack_comes_back_identical_and_damage_falls_back(tmp_path, monkeypatch):
    from inclusive_lint.packs import parsed
    from inclusive_lint.packs.loader import builtin_rules_dir, pack_files

    monkeypatch.setenv("INCLUSIVE_LINT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv(parsed.ENV, raising=False)
    texts = [p.read_text(encoding="utf-8") for p in pack_files(builtin_rules_dir())]
    first = [parsed.parse(t) for t in texts]          # parsed by PyYAML and stored
    entries = [parsed.entry_path(t) for t in texts]
    assert all(os.path.exists(e) for e in entries)
    monkeypatch.setattr(parsed, "_yaml_load", lambda text: pytest.fail("parsed again"))
    assert [parsed.parse(t) for t in texts] == first  # read back, PyYAML not used
    monkeypatch.undo()
    monkeypatch.setenv("INCLUSIVE_LINT_CACHE_DIR", str(tmp_path / "cache"))
    good = open(entries[0], "rb").read()
    for damaged in (b"", good[:len(good) // 2], good[:-3] + b"zzz"):
        with open(entries[0], "wb") as fh:
            fh.write(damaged)
        assert parsed.parse(texts[0]) == first[0]
        assert open(entries[0], "rb").read() == good   # replaced by a good entry
    # an entry that belongs to another text is not taken for this one
    with open(entries[0], "wb") as fh:
        fh.write(open(entries[1], "rb").read())
    assert parsed.parse(texts[0]) == first[0]


def test_parsed_pack_off_unwritable_and_invalid_yaml(tmp_path, monkeypatch):
    from inclusive_lint.packs import parsed
    from inclusive_lint.packs.loader import load_pack_file
    from inclusive_lint.packs.schema import PackError

    text = "pack: demo\nrules: []\n"
    monkeypatch.setenv("INCLUSIVE_LINT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv(parsed.ENV, "0")
    assert parsed.parse(text) == {"pack": "demo", "rules": []}
    assert not (tmp_path / "cache").exists()
    monkeypatch.delenv(parsed.ENV)
    blocker = tmp_path / "blocker"
    blocker.write_text("x")
    monkeypatch.setenv("INCLUSIVE_LINT_CACHE_DIR", str(blocker / "cache"))
    assert parsed.parse(text) == {"pack": "demo", "rules": []}
    monkeypatch.setenv("INCLUSIVE_LINT_CACHE_DIR", str(tmp_path / "cache"))
    bad = tmp_path / "bad.yaml"
    bad.write_text("pack: demo\nrules: [\n  - id: X\n  bad: : :\n", encoding="utf-8")
    for _ in range(2):                                 # the second time is not served from a cache
        with pytest.raises(PackError, match=r"bad\.yaml: line \d+: not valid YAML"):
            load_pack_file(bad, {})
    assert not (tmp_path / "cache" / "packs-parsed").exists()


# --- memo tables (memostore.py) ------------------------------------------------------------

@pytest.fixture
def memo_env(tmp_path, monkeypatch):
    monkeypatch.setenv("INCLUSIVE_LINT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("INCLUSIVE_LINT_REGEX_CACHE", raising=False)
    monkeypatch.setattr(prefilter, "_CACHE", {})
    monkeypatch.setattr(prefilter, "_WORD_START", {})
    monkeypatch.setattr(prefilter, "_GUARD_SOURCE", {})
    monkeypatch.setattr(memostore, "_loaded", {})
    from inclusive_lint.conditions import rxguard
    monkeypatch.setattr(rxguard, "_FIRST", {})
    return tmp_path


def _patterns():
    return [(p, 2) for pack in load_packs() for rule in pack.rules for p in rule.match.get("regex", ())]


def test_prefixes_come_back_identical(memo_env, monkeypatch):
    memostore.prime()
    fresh = {key: prefilter.literal_prefixes(*key) for key in _patterns()}
    assert memostore.store() == len(fresh)
    monkeypatch.setattr(prefilter, "_CACHE", {})          # a new process
    assert memostore.prime() == len(fresh)
    assert prefilter._CACHE == fresh
    monkeypatch.setattr(prefilter, "_parser", None)       # served from the table, not parsed
    assert {key: prefilter.literal_prefixes(*key) for key in fresh} == fresh
    assert memostore.store() == 0                          # nothing new, nothing written


def test_prefix_pass_of_the_packs_is_built_from_the_tables(memo_env, monkeypatch):
    """The engine asks with re.I (a RegexFlag, which marshal cannot hold): the tables must
    still be written, and the next run's prefix pass built without parsing a pattern."""
    from inclusive_lint.engine.compile import compile_rules
    from inclusive_lint.engine.prefixpass import PrefixPass

    sources = compile_rules(load_packs()).regexes.sources
    memostore.prime()
    first = PrefixPass(sources)
    assert memostore.store() >= sum(len(p) for p in sources.values())
    monkeypatch.setattr(prefilter, "_CACHE", {})          # a new process
    monkeypatch.setattr(prefilter, "_WORD_START", {})
    prefilter._parsed.cache_clear()
    assert memostore.prime() > 0
    monkeypatch.setattr(prefilter, "_parser", None)       # nothing parsed this time
    again = PrefixPass(sources)
    assert again.plain == first.plain
    assert [(f.pattern, slots) for f, slots in again.finders] == [(f.pattern, slots) for f, slots in first.finders]


def test_changed_code_or_damage_means_worked_out_again(memo_env, monkeypatch):
    memostore.prime()
    prefilter.literal_prefixes(r"\bnext\s+of\s+kin\b", 2)
    memostore.store()
    good = open(memostore.cache_file(), "rb").read()
    real_key = memostore._key()
    monkeypatch.setattr(memostore, "_key", lambda: real_key[:2] + ("other code",))
    monkeypatch.setattr(prefilter, "_CACHE", {})
    assert memostore.prime() == 0 and prefilter._CACHE == {}
    monkeypatch.setattr(memostore, "_key", lambda: real_key)
    for damaged in (b"", good[:-4], good[:30] + bytes([good[30] ^ 1]) + good[31:]):
        with open(memostore.cache_file(), "wb") as fh:
            fh.write(damaged)
        monkeypatch.setattr(prefilter, "_CACHE", {})
        assert memostore.prime() == 0
        assert prefilter.literal_prefixes(r"\bnext\s+of\s+kin\b", 2) == ["next "]


def test_two_code_versions_keep_their_own_tables(memo_env, monkeypatch):
    """Two installed versions run in turn (a pre-commit environment and the one on PATH): each
    finds its own tables warm instead of the other's file replacing them every run; files of
    versions not run lately are removed."""
    from inclusive_lint.conditions import rxguard

    real_key = memostore._key()
    monkeypatch.setattr(memostore, "KEEP_FILES", 1)

    def run(version, pattern):
        """One run of that version: load its tables, work something out, write them back."""
        monkeypatch.setattr(memostore, "_key", lambda: real_key[:2] + (version,))
        monkeypatch.setattr(prefilter, "_CACHE", {})
        monkeypatch.setattr(rxguard, "_FIRST", {})
        primed = memostore.prime()
        assert rxguard.first_chars(pattern, 2) == frozenset("k")      # with re.I ("k" matches "K")
        prefilter.literal_prefixes(pattern, 2)
        memostore.store()
        return primed

    assert run("a", r"\bkin\b") == 0
    assert run("b", r"\bkin\b") == 0
    assert run("a", r"\bkin\b") > 0 and (r"\bkin\b", 2) in rxguard._FIRST
    assert run("b", r"\bkin\b") > 0
    files = lambda: sorted(os.listdir(os.path.dirname(memostore.cache_file())))
    assert len(files()) == 2
    run("c", r"\bkin\b")                    # a third version: only the newest other file stays
    assert len(files()) == 2 and os.path.basename(memostore.cache_file()) in files()


def test_memo_off_and_unwritable(memo_env, monkeypatch):
    monkeypatch.setenv("INCLUSIVE_LINT_REGEX_CACHE", "0")
    assert memostore.prime() == 0
    prefilter.literal_prefixes(r"\bkin\b", 2)
    assert memostore.store() == 0 and not os.path.exists(memostore.cache_file())
    monkeypatch.delenv("INCLUSIVE_LINT_REGEX_CACHE")
    blocker = memo_env / "blocker"
    blocker.write_text("x")
    monkeypatch.setenv("INCLUSIVE_LINT_CACHE_DIR", str(blocker))
    memostore.prime()
    prefilter.literal_prefixes(r"\bkin\b", 2)
    assert memostore.store() == 0
