"""The real-world corpus (INCLUSIVE_LINT_CORPUS: real/ and policies/; extended suite): 300-odd forms,
encrypted, corrupt, scanned, right-to-left and huge files, linted in one run with --jobs 2.

No traceback; every lintable file is in the report with findings, a clean result, a notice or
an error with a reason category; the count of outcomes per category is pinned so that a
regression in a reader shows here. A warm run (cache) gives the same report byte for byte."""
import collections
import json
import os

import pytest

from inclusive_lint.discover import DEFAULT_EXTENSIONS, SKIP_DIRS

UNSUPPORTED_EXTENSIONS = (".doc", ".odt", ".rtf")    # read since issue 18 (.odt reader; LibreOffice)
CATEGORIES = {"encrypted", "corrupt", "unsupported", "too-large", "timeout", "crashed", "unreadable",
              "missing", "decode"}

# Outcome of every file, pinned (update deliberately, with the reason in the commit message).
# "error:<category>" for files that could not be linted, else the file's status.
# Issue 18: the 30 .doc/.odt/.rtf files once "unsupported" are read: 18 converted by LibreOffice
# (notice "converted"), 2 encrypted .doc, 1 RTF fragment without its {\rtf header (corrupt), the
# rest clean or with findings. Issue 14, round 12: the US tax form f1040nr.pdf is clean (its only
# findings were FAM-005 on "spouse", now left to US law's own word).
PINNED = {
    "clean": 297,
    "findings": 16,
    "notice": 19,
    "incomplete": 12,     # scanned pages, XFA forms, a damaged page: never a pass (issue 15)
    "error:encrypted": 21,
    "error:corrupt": 9,
}
PINNED_NOTICES = {"pdf-no-text": 9, "pdf-xfa": 2, "pdf-bad-page": 1, "invalid-utf8": 1, "converted": 18}


def _lintable(roots):
    out = []
    for root in roots:
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = [d for d in dirnames if d not in SKIP_DIRS]
            out += [os.path.join(dirpath, f) for f in filenames
                    if f.lower().endswith(DEFAULT_EXTENSIONS) and not f.startswith("~$")]
    return sorted(out)


def _unsupported(roots):
    return sorted(os.path.join(d, f) for root in roots for d, _, fs in os.walk(root) for f in fs
                  if f.lower().endswith(UNSUPPORTED_EXTENSIONS))


@pytest.mark.slow
def test_real_world_corpus(cli, corpus, tmp_path):
    roots = [str(corpus / "real"), str(corpus / "policies")]
    unsupported = _unsupported(roots)
    args = [*roots, *unsupported, "--format", "json", "--jobs", "2", "--cache-dir", tmp_path / "cache"]
    res = cli(*args, cwd=tmp_path)
    assert res.returncode == 2, res.stderr[-2000:]        # some files cannot be read: exit 2
    assert "Traceback" not in res.stderr and "Traceback" not in res.stdout
    data = json.loads(res.stdout)

    # every lintable file is in the report, once
    reported = [os.path.normpath(f["path"]) for f in data["files"]]
    assert len(reported) == len(set(reported))
    expected = {os.path.normpath(p) for p in _lintable(roots) + unsupported}
    assert set(reported) == expected

    outcomes = collections.Counter()
    notices = collections.Counter()
    stderr_lines = [ln for ln in res.stderr.splitlines() if ln.strip()]
    for f in data["files"]:
        assert f["status"] in ("clean", "findings", "notice", "incomplete", "not-read", "error")
        for n in f["notices"]:
            assert n["code"] and n["message"]
            notices[n["code"]] += 1
        if f["errors"]:
            err = f["errors"][0]
            assert err["category"] in CATEGORIES, err
            assert len(err["message"]) > 10 and "\n" not in err["message"]
            assert sum(1 for ln in stderr_lines if f"{f['path']}: " in ln) == 1, f["path"]
            outcomes["error:" + err["category"]] += 1
        else:
            outcomes[f["status"]] += 1
            if f["status"] == "findings":
                assert all(x["rule_id"] and x["text"] for x in f["findings"])
    for path in unsupported:
        f = next(x for x in data["files"] if os.path.normpath(x["path"]) == os.path.normpath(path))
        if f["errors"]:              # encrypted or damaged: the message says what to do
            assert f["errors"][0]["category"] in ("encrypted", "corrupt"), f
            assert "save" in f["errors"][0]["message"] or "convert" in f["errors"][0]["message"]
    assert "error:timeout" not in outcomes and "error:crashed" not in outcomes
    assert dict(outcomes) == PINNED, dict(outcomes)
    assert dict(notices) == PINNED_NOTICES, dict(notices)

    # the warm run reads every result from the cache and prints the same report
    warm = cli(*args, cwd=tmp_path)
    assert warm.stdout == res.stdout
    assert warm.returncode == res.returncode
