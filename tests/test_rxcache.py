"""The compiled-regex cache (rxcache.py): patterns rebuilt from the file are the ones re
compiles, and any problem with the file (corrupt, another Python, unwritable folder, turned
off) means patterns are compiled as usual, with the same findings."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings as hsettings, strategies as st

from inclusive_lint import rxcache, sealed
from inclusive_lint.packs.loader import load_packs

from conftest import DATA, run_cli

TEXT = """# Leave

Each employee may take five days of leave when his wife or husband dies. Mothers must bring the
baby's father to the first appointment.

Please give the name and telephone number of your next of kin so that we can contact them.
"""

SAMPLES = [
    (r"\b(?P<word>he|she)\b\s+(?:is|was)", re.I),
    (r"(?<![A-Za-z])colou?r(?=s?\b)", 0),
    (r"^\s*(?:Mr|Mrs|Miss|Ms)\.?$", re.M),
    (r"(a)(b)?(?P<c>c)\2?", re.S | re.X),
    (r"caf\u00e9|na\u00efve|\u0130stanbul", re.I),
    (rb"\x00[\x80-\xff]+(?P<tail>end)", 0),
    (r"(?i:next) of kin", 0),
    (r"[^\W\d_]+", re.A),
]


@pytest.fixture
def fresh_re(monkeypatch, tmp_path):
    """An empty re cache and an empty rxcache state, in a cache folder of the test's own."""
    monkeypatch.setattr(re, "_cache", {})
    monkeypatch.setattr(re, "_MAXCACHE", 512)
    monkeypatch.setattr(rxcache, "_known", set())
    monkeypatch.setattr(rxcache, "_primed_file", None)
    monkeypatch.setenv("INCLUSIVE_LINT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv(rxcache.ENV, raising=False)
    monkeypatch.setattr(rxcache, "WORTH_WRITING", 0.0)
    return tmp_path


def _rule_patterns():
    """The built-in packs' rule regexes (as the engine compiles them: case-insensitive)."""
    return [(pattern, re.I) for pack in load_packs() for rule in pack.rules
            for pattern in rule.match.get("regex", ())]


def test_rebuilt_pattern_equals_what_re_compiles():
    probe = "He was here. Colours, Mr\nabc Café NAÏVE İstanbul next of kin \x00\x90end"
    for pattern, flags in SAMPLES + _rule_patterns():
        compiled = re.compile(pattern, flags)
        key = (type(pattern), pattern, int(flags))
        entry = rxcache._entry(key, compiled)
        assert entry is not None, pattern
        is_bytes, pat, fl, final_flags, code, groups, groupindex, indexgroup = entry
        units = rxcache._code_array(())
        units.frombytes(code)
        rebuilt = rxcache._build(pat, (final_flags, units.tolist(), groups, groupindex, indexgroup))
        assert rebuilt == compiled
        assert (rebuilt.flags, rebuilt.groups, rebuilt.groupindex) == (compiled.flags, compiled.groups, compiled.groupindex)
        text = probe.encode("utf-8") if is_bytes else probe
        assert [m.span() for m in rebuilt.finditer(text)] == [m.span() for m in compiled.finditer(text)]
        assert [m.groupdict() for m in rebuilt.finditer(text)] == [m.groupdict() for m in compiled.finditer(text)]


_ATOMS = st.sampled_from(["a", "b", "\u00e9", "\u0130", ".", "\\d", "\\w", "\\s", "\\b", "[a-c]", "[^\\W\\d]",
                          "\\S", "^", "$", "x", " ", "\\.", "[\u00c0-\u00ff]"])


def _regexes():
    return st.recursive(_ATOMS, lambda inner: st.one_of(
        st.tuples(inner, inner).map("".join),
        st.tuples(inner, inner).map("|".join),
        inner.map(lambda r: f"(?:{r})"), inner.map(lambda r: f"({r})"),
        inner.map(lambda r: f"(?P<g>{r})"), inner.map(lambda r: f"(?:{r})*"),
        inner.map(lambda r: f"(?:{r}){{1,3}}?"), inner.map(lambda r: f"(?={r})"),
        inner.map(lambda r: f"(?!{r})")), max_leaves=12)


@hsettings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_regexes(), st.sampled_from([0, re.I, re.M | re.S, re.A, re.I | re.X]),
       st.text(alphabet="abcx \u00e9\u0130.1_\n", max_size=30))
def test_any_pattern_rebuilds_to_the_same_pattern(pattern, flags, text):
    try:
        compiled = re.compile(pattern, flags)
    except re.error:
        return
    entry = rxcache._entry((str, pattern, int(flags)), compiled)
    assert entry is not None
    units = rxcache._code_array(())
    units.frombytes(entry[4])
    rebuilt = rxcache._build(pattern, (entry[3], units.tolist(), *entry[5:]))
    assert rebuilt == compiled
    assert [m.group(0, *range(1, compiled.groups + 1)) for m in rebuilt.finditer(text)] == \
        [m.group(0, *range(1, compiled.groups + 1)) for m in compiled.finditer(text)]


def _compile_samples():
    return [re.compile(p, f) for p, f in SAMPLES]


def test_saved_patterns_are_primed_next_time(fresh_re, monkeypatch):
    rxcache.prime()                       # nothing stored yet
    first = _compile_samples()
    assert rxcache.store() == len(SAMPLES)
    assert os.path.exists(rxcache.cache_file())

    monkeypatch.setattr(re, "_cache", {})     # a new process
    monkeypatch.setattr(rxcache, "_known", set())
    assert rxcache.prime() == len(SAMPLES)
    from re import _compiler

    with monkeypatch.context() as m:         # served from the file: re's compiler is not asked
        m.setattr(_compiler, "compile", lambda *a: pytest.fail(f"compiled {a[0]!r} afresh"))
        again = _compile_samples()
    assert again == first
    assert [p.groupindex for p in again] == [p.groupindex for p in first]
    assert rxcache.store() == 0            # nothing new: the file is left alone


@pytest.mark.skipif(not rxcache.LAZY, reason="this Python's re does not look its cache up by subscript")
def test_a_stored_pattern_is_rebuilt_only_when_first_used(fresh_re, monkeypatch):
    rxcache.prime()
    first = _compile_samples()
    rxcache.store()
    monkeypatch.setattr(re, "_cache", {})     # a new process
    monkeypatch.setattr(rxcache, "_known", set())
    built = []
    real = rxcache._build
    monkeypatch.setattr(rxcache, "_build", lambda pattern, args: built.append(pattern) or real(pattern, args))
    assert rxcache.prime() == len(SAMPLES)
    assert built == [] and len(re._cache) == 0
    pattern, flags = SAMPLES[1]
    assert re.compile(pattern, flags) == first[1]
    assert re.compile(pattern, flags) is re.compile(pattern, flags)     # rebuilt once, then cached
    assert built == [pattern]
    assert re.search(SAMPLES[0][0], "So he was.", SAMPLES[0][1]).group("word") == "he"
    assert built == [pattern, SAMPLES[0][0]]
    re.purge()
    assert re.compile(pattern, flags) == first[1] and built == [pattern, SAMPLES[0][0]]    # compiled as usual


def test_corrupt_file_falls_back_and_is_replaced(fresh_re, monkeypatch):
    rxcache.prime()
    _compile_samples()
    rxcache.store()
    path = rxcache.cache_file()
    good = open(path, "rb").read()
    for damaged in (b"", b"garbage", good[:len(good) // 2], good[:-5] + b"xxxxx",
                    good[:40] + bytes([good[40] ^ 0xFF]) + good[41:]):
        with open(path, "wb") as fh:
            fh.write(damaged)
        monkeypatch.setattr(re, "_cache", {})
        monkeypatch.setattr(rxcache, "_known", set())
        assert rxcache.prime() == 0
        assert _compile_samples() == [re.compile(p, f) for p, f in SAMPLES]
        assert rxcache.store() == len(SAMPLES)      # rewritten whole
        monkeypatch.setattr(re, "_cache", {})
        monkeypatch.setattr(rxcache, "_known", set())
        assert rxcache.prime() == len(SAMPLES)


def test_bad_entry_is_compiled_as_usual(fresh_re, monkeypatch):
    entries = [rxcache._entry((str, p, int(f)), re.compile(p, f)) for p, f in SAMPLES if isinstance(p, str)]
    bad = list(entries[0])
    bad[4] = b"\xff\xff\x00\x00" * 3         # opcodes _sre refuses
    monkeypatch.setattr(re, "_cache", {})
    with open(_ensure_dir(rxcache.cache_file()), "wb") as fh:
        fh.write(sealed.seal(rxcache._HEAD, (rxcache.version_key(), [tuple(bad)] + entries[1:] + [("not", "an", "entry")])))
    primed = rxcache.prime()
    assert primed == (len(entries) if rxcache.LAZY else len(entries) - 1)   # (lazily: refused when first used)
    assert re.compile(SAMPLES[0][0], SAMPLES[0][1]).search("he is") is not None
    assert all(re.compile(p, f) == re.compile(p, f) for p, f in SAMPLES[1:] if isinstance(p, str))
    key = (str, SAMPLES[0][0], int(SAMPLES[0][1]))
    assert key not in rxcache._known            # compiled as usual: the next store replaces the bad entry


def test_other_python_or_version_invalidates(fresh_re, monkeypatch):
    rxcache.prime()
    _compile_samples()
    rxcache.store()
    monkeypatch.setattr(re, "_cache", {})
    monkeypatch.setattr(rxcache, "_known", set())
    real = rxcache.version_key()
    monkeypatch.setattr(rxcache, "version_key", lambda: real[:1] + ("3.99.0 (other)",) + real[2:])
    assert rxcache.prime() == 0
    _compile_samples()
    assert rxcache.store() == len(SAMPLES)      # replaced by a file for this Python
    monkeypatch.setattr(rxcache, "version_key", lambda: real)
    monkeypatch.setattr(re, "_cache", {})
    monkeypatch.setattr(rxcache, "_known", set())
    assert rxcache.prime() == 0                # now the file is the "other" one


def test_turned_off_reads_and_writes_nothing(fresh_re, monkeypatch):
    monkeypatch.setenv(rxcache.ENV, "0")
    assert rxcache.prime() == 0
    _compile_samples()
    assert rxcache.store() == 0
    assert not os.path.exists(rxcache.cache_file())
    assert re._MAXCACHE == 512


def test_unwritable_folder_is_no_error(fresh_re, monkeypatch):
    blocker = fresh_re / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("INCLUSIVE_LINT_CACHE_DIR", str(blocker))
    assert rxcache.prime() == 0
    _compile_samples()
    monkeypatch.setattr(rxcache, "_entry", lambda *a: pytest.fail("checked entries it cannot write"))
    assert rxcache.store() == 0


def test_patterns_made_afresh_each_run_do_not_rewrite_the_file(fresh_re, monkeypatch):
    monkeypatch.setattr(rxcache, "WORTH_WRITING", 10.0)
    rxcache.prime()
    re.compile("[" + re.escape("".join(set("!#$%&*"))) + "]")
    assert rxcache.store() == 0
    assert not os.path.exists(rxcache.cache_file())


def _ensure_dir(path):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    return path


def _lint_json(tmp_path, env):
    doc = tmp_path / "small.md"
    if not doc.exists():
        doc.write_text(TEXT, encoding="utf-8")
    proc = run_cli("--no-cache", "--format", "json", doc, cwd=tmp_path, env=env)
    assert proc.returncode == 1, proc.stderr
    assert proc.stderr == ""
    return json.loads(proc.stdout)


def test_command_line_findings_identical_cold_warm_off_corrupt_unwritable(tmp_path):
    cache = tmp_path / "cache"
    env = {"INCLUSIVE_LINT_CACHE_DIR": str(cache)}
    off = _lint_json(tmp_path, {**env, rxcache.ENV: "0", "INCLUSIVE_LINT_PACK_CACHE": "0"})
    assert not (cache / "regex").exists() and not (cache / "memos").exists()
    assert not (cache / "packs-parsed").exists()
    cold = _lint_json(tmp_path, env)
    stored = list((cache / "regex").iterdir())
    assert len(stored) == 1
    count = subprocess.run(
        [sys.executable, "-c", "from inclusive_lint import rxcache; print(rxcache.prime())"],
        env={**os.environ, **env}, capture_output=True, text=True, check=True).stdout
    assert int(count) > 300                    # the run's patterns, ready for the next one
    warm = _lint_json(tmp_path, env)
    stored[0].write_bytes(stored[0].read_bytes()[:1000])
    corrupt = _lint_json(tmp_path, env)
    blocker = tmp_path / "blocker"
    blocker.write_text("x")
    unwritable = _lint_json(tmp_path, {"INCLUSIVE_LINT_CACHE_DIR": str(blocker / "cache")})
    assert len(off["files"][0]["findings"]) >= 3
    for other in (cold, warm, corrupt, unwritable):
        assert other["files"] == off["files"]


def test_case_sets_same_with_and_without_the_cache(tmp_path):
    env = {"INCLUSIVE_LINT_CACHE_DIR": str(tmp_path / "cache")}
    sets = sorted(str(p) for p in DATA.glob("*.yaml"))[:6]
    results = []
    for extra in ({rxcache.ENV: "0", "INCLUSIVE_LINT_PACK_CACHE": "0"}, {}, {}):
        proc = run_cli("rules", "test", *sets, "--no-config", env={**env, **extra})
        results.append((proc.returncode, proc.stdout))
    assert results[0] == results[1] == results[2]



def test_a_run_served_by_workers_fills_the_cache_too(tmp_path):
    """With every file linted in worker processes, the workers store what they compiled, so a
    later one-file run (in-process) finds next to nothing new to store."""
    env = {"INCLUSIVE_LINT_CACHE_DIR": str(tmp_path / "cache")}
    for name in ("a.md", "b.md", "c.txt"):
        (tmp_path / name).write_text(TEXT, encoding="utf-8")
    probe = "from inclusive_lint import rxcache; print(len(rxcache._read(rxcache.cache_file())))"

    def stored():
        return int(subprocess.run([sys.executable, "-c", probe], env={**os.environ, **env},
                                  capture_output=True, text=True, check=True).stdout)

    assert run_cli("--no-cache", "--jobs", "2", "a.md", "b.md", "c.txt", cwd=tmp_path, env=env).returncode == 1
    after_workers = stored()
    assert run_cli("--no-cache", "a.md", cwd=tmp_path, env=env).returncode == 1
    assert stored() - after_workers <= 3     # without the workers' share, about 80 more


def test_storing_holds_the_cache_folder_locked(tmp_path):
    """While one process reads, merges and writes the file, another that stores at the same moment waits for it
    (the workers of one run end together: without the lock the last to write dropped the others' patterns)."""
    fcntl = pytest.importorskip("fcntl")
    path = tmp_path / "regex" / "cpython.bin"
    path.parent.mkdir()
    other = os.open(path.parent, os.O_RDONLY)
    try:
        with rxcache._exclusive(str(path)):
            with pytest.raises(BlockingIOError):
                fcntl.flock(other, fcntl.LOCK_EX | fcntl.LOCK_NB)
        fcntl.flock(other, fcntl.LOCK_EX | fcntl.LOCK_NB)      # let go once the store is done
    finally:
        os.close(other)
