"""``inclusive-lint rules test CASES.yaml…``: score the loaded packs on span-labelled cases."""
from __future__ import annotations

import json
import sys

import click

from . import fail, split_ids


def _fmt(value) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def _summary(name: str, s) -> list:
    sev = ", ".join(f"{k} {s.alarms_by_severity.get(k, 0)}" for k in ("error", "warning", "info"))
    lines = [f"{name}: {s.cases} cases"]
    if s.tp + s.fp + s.fn:
        lines.append(f"  span:     precision {_fmt(s.precision)}  recall {_fmt(s.recall)}"
                     f"  (tp={s.tp} fp={s.fp} fn={s.fn})")
    if s.doc_tp + s.doc_fp + s.doc_fn + s.doc_tn:
        lines.append(f"  document: precision {_fmt(s.doc_precision)}  recall {_fmt(s.doc_recall)}"
                     f"  (tp={s.doc_tp} fp={s.doc_fp} fn={s.doc_fn} tn={s.doc_tn})")
    lines.append(f"  false alarms by severity: {sev}")
    return lines


def _shown(s) -> list:
    out = [f"MISS   {c}: {t!r}" for c, t in s.misses]
    out += [f"ALARM  {c}: {t!r} ({r}, {sev})" for c, t, r, sev in s.alarms]
    return out


def _below(s, min_precision, min_recall) -> list:
    """Every defined figure under its threshold, as text."""
    out = []
    for label, p, r in (("span", s.precision, s.recall), ("document", s.doc_precision, s.doc_recall)):
        if min_precision is not None and p is not None and p < min_precision:
            out.append(f"{label} precision {p:.3f} < {min_precision}")
        if min_recall is not None and r is not None and r < min_recall:
            out.append(f"{label} recall {r:.3f} < {min_recall}")
    return out


@click.command(name="test")
@click.argument("case_files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("--pack", "extra", multiple=True, type=click.Path(),
              help="Also load this rule-pack file or folder (your own pack).")
@click.option("--select", multiple=True, help="Only these rules (ids, prefixes or pack names).")
@click.option("--ignore", multiple=True, help="Skip these rules (ids, prefixes or pack names).")
@click.option("--no-config", is_flag=True, help="Ignore project config files.")
@click.option("--show", is_flag=True, help="List every miss and false alarm.")
@click.option("--min-precision", type=click.FloatRange(0, 1), default=None,
              help="Exit 1 if a precision figure is below this.")
@click.option("--min-recall", type=click.FloatRange(0, 1), default=None,
              help="Exit 1 if a recall figure is below this.")
@click.option("--min-severity", type=click.Choice(["info", "warning", "error"]), default="info",
              show_default=True, help="Score only findings at or above this severity.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def command(case_files, extra, select, ignore, no_config, show, min_precision, min_recall,
            min_severity, as_json):
    """Score the rules on span-labelled CASE_FILES: [[must flag]], {{may flag}}, the rest must
    not be flagged; or per case 'expect: flag|pass'. Prints span and document precision and
    recall, and false alarms by severity."""
    from pathlib import Path

    from ..api import build_settings
    from ..case_scores import Scores, score_cases
    from ..config import load_config
    from ..errors import UsageError
    from ..labelled_cases import CaseFileError, duplicate_ids, load_cases

    try:
        loaded = [(name, load_cases(name)) for name in case_files]
    except CaseFileError as exc:
        fail(str(exc))
    for name, cases in loaded:
        dups = duplicate_ids(cases)
        if dups:
            click.echo(f"inclusive-lint: warning: {name}: ids used by more than one case (each is "
                       f"scored; give them their own ids): {', '.join(dups)}", err=True)
    overrides = {"select": split_ids(select), "ignore": split_ids(ignore)}
    try:
        config = load_config(use_project=not no_config, overrides=overrides)
        config.values["packs"] = list(config["packs"]) + [str(Path(p).resolve()) for p in extra]
        settings = build_settings(config)
    except UsageError as exc:
        fail(str(exc))
    per_file, total = [], Scores()
    for name, cases in loaded:
        scores = score_cases(cases, settings, min_severity)
        per_file.append((name, scores))
        total.add(scores)
    if as_json:
        body = {"files": [{"path": n, **s.to_dict()} for n, s in per_file], "total": total.to_dict()}
        click.echo(json.dumps(body, indent=2, ensure_ascii=False))
    else:
        lines = []
        for name, scores in per_file:
            lines += _summary(name, scores)
            if show:
                lines += ["  " + ln for ln in _shown(scores)]
        if len(per_file) > 1:
            lines += _summary("total", total)
        click.echo("\n".join(lines))
    for cid, message in total.errors:
        click.echo(f"inclusive-lint: error: case {cid} could not be linted: {message}", err=True)
    if total.errors:
        sys.exit(2)
    below = _below(total, min_precision, min_recall)
    if below:
        click.echo("inclusive-lint: below the threshold: " + "; ".join(below), err=True)
        sys.exit(1)
