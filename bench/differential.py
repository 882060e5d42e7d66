"""Every finding of the project's own inputs, for comparing two versions of the code.

    PYTHONPATH=OLD/src python bench/differential.py dump old.jsonl [--corpus DIR ...]
    PYTHONPATH=NEW/src python bench/differential.py dump new.jsonl [--corpus DIR ...]
    python bench/differential.py compare old.jsonl new.jsonl

``dump`` lints, in one process with the command line's start-up caches primed: the text of every
case in tests/data/*.yaml (markers removed) as a .txt and as a .md file, every file of examples/
and tests/data/real/, every file under each ``--corpus`` folder (the real-world corpus:
../shared/corpus), and the benchmark's generated texts (corpus.md, rich.md, dense.md, 1 MB each,
from make_corpus.py and make_rich.py). One JSON line per input: each finding's rule id,
severity, message, text, location, context and its span, fingerprint, block and waiver, and the
file's errors. ``compare`` names the inputs whose lines differ; a change meant to be pure speed
must show none. (The two halves of a long document split over two cores are the command line's
path, not this one: compare its JSON reports of the long files as well.)
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def _texts(node):
    if isinstance(node, dict):
        for k, v in node.items():
            if k == "text" and isinstance(v, str):
                yield v
            else:
                yield from _texts(v)
    elif isinstance(node, list):
        for v in node:
            yield from _texts(v)


def _finding(f) -> list:
    loc = dataclasses.asdict(f.location) if dataclasses.is_dataclass(f.location) else repr(f.location)
    return [f.rule_id, f.severity, f.message, f.text, loc, f.context, list(f.context_span), f.fingerprint,
            f.block_index, list(f.block_span), f.waived]


def _inputs(corpora):
    """(label, path, bytes or None) of everything ``dump`` lints, in a fixed order."""
    import yaml

    from inclusive_lint.labelled_cases import MARK

    for path in sorted((ROOT / "tests" / "data").glob("*.yaml")):
        for i, text in enumerate(_texts(yaml.safe_load(path.read_text(encoding="utf-8")))):
            plain = MARK.sub(lambda m: m.group(1) or m.group(2), text).encode("utf-8")
            for ext in ("txt", "md"):
                yield f"{path.name}#{i}.{ext}", f"case.{ext}", plain
    folders = [ROOT / "examples", ROOT / "tests" / "data" / "real"] + [Path(c) for c in corpora]
    for folder in folders:
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            yield str(path.relative_to(folder.parent)), str(path), None
    sys.path.insert(0, str(HERE))
    from make_corpus import generate
    from make_rich import dense, rich

    for name, text in (("corpus.md", generate(1.0)), ("rich.md", rich(1.0)), ("dense.md", dense(1.0))):
        yield f"bench/{name}", name, text.encode("utf-8")


def dump(out: str, corpora) -> int:
    from inclusive_lint import memostore, rxcache

    rxcache.prime()
    memostore.prime()
    from inclusive_lint.api import build_settings, lint_file

    settings = build_settings()
    count = 0
    with open(out, "w", encoding="utf-8") as fh:
        for label, path, data in _inputs(corpora):
            try:
                r = lint_file(path, settings, data=data, display_path=path)
                rec = {"in": label, "findings": [_finding(f) for f in r.findings],
                       "errors": [[e.category, e.message] for e in r.errors], "suppressed": len(r.suppressed or [])}
            except Exception as exc:         # the same exception in both versions compares equal
                rec = {"in": label, "raised": repr(exc)}
            fh.write(json.dumps(rec, sort_keys=True, default=repr) + "\n")
            count += 1
    return count


def compare(a: str, b: str) -> int:
    """How many inputs differ (each named), or -1 when the dumps are of different inputs."""
    with open(a, encoding="utf-8") as fa, open(b, encoding="utf-8") as fb:
        la, lb = fa.readlines(), fb.readlines()
    if [json.loads(x)["in"] for x in la] != [json.loads(x)["in"] for x in lb]:
        print("the two dumps are of different inputs")
        return -1
    differ = [json.loads(x)["in"] for x, y in zip(la, lb) if x != y]
    for label in differ:
        print("differs:", label)
    found = sum(len(json.loads(x).get("findings", ())) for x in la)
    print(f"{len(la):,} inputs, {found:,} findings in the first dump; {len(differ)} differ")
    return len(differ)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out")
    d.add_argument("--corpus", action="append", default=[])
    c = sub.add_parser("compare")
    c.add_argument("a")
    c.add_argument("b")
    args = ap.parse_args(argv)
    if args.cmd == "dump":
        print(f"{dump(args.out, args.corpus):,} inputs", file=sys.stderr)
        return 0
    return 0 if compare(args.a, args.b) == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
