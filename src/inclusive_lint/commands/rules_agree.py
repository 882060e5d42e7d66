"""``inclusive-lint rules agree FIRST SECOND``: how far two reviewers' labels for the same cases
agree, and (``--write-agreed``) one case file with the labels they agree on."""
from __future__ import annotations

import json
import sys

import click

from . import fail


def _fmt(value) -> str:
    return "-" if value is None else f"{value:.3f}"


def _line(label: str, a) -> str:
    return f"  {label}: precision {_fmt(a.precision)}  recall {_fmt(a.recall)}  (tp={a.tp} fp={a.fp} fn={a.fn})"


@click.command(name="agree")
@click.argument("first", type=click.Path(dir_okay=False))
@click.argument("second", type=click.Path(dir_okay=False))
@click.option("--write-agreed", "out", type=click.Path(dir_okay=False), default=None,
              help="Write a case file: [[ ]] where both marked [[ ]], {{ }} where only one marked.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def command(first, second, out, as_json):
    """Compare two span-labelled case files for the same cases (the same ids and texts, labelled
    by two reviewers). Prints SECOND's marks judged against FIRST's, then the other way round, as
    `rules test` would score findings: [[ ]] marks only, then {{ }} marks counted as raised too."""
    import yaml

    from ..atomic import atomic_write
    from ..case_agreement import agreed_text, agreement, paired
    from ..labelled_cases import CaseFileError, load_cases

    try:
        pairs = paired(load_cases(first), load_cases(second), first, second)
    except CaseFileError as exc:
        fail(str(exc))
    swapped = [(b, a) for a, b in pairs]
    rows = [("second judged against first, [[ ]] only", agreement(pairs)),
            ("second judged against first, {{ }} raised too", agreement(pairs, with_may=True)),
            ("first judged against second, [[ ]] only", agreement(swapped)),
            ("first judged against second, {{ }} raised too", agreement(swapped, with_may=True))]
    if as_json:
        body = {"cases": len(pairs), "scores": [
            {"what": label, "precision": a.precision, "recall": a.recall, "tp": a.tp, "fp": a.fp, "fn": a.fn}
            for label, a in rows]}
        click.echo(json.dumps(body, indent=2))
    else:
        click.echo(f"{first} / {second}: {len(pairs)} cases")
        for label, a in rows:
            click.echo(_line(label, a))
    if out:
        # the first file's other keys (source, note, ...) stay with each case
        cases = [{"id": a.id, **a.extra, **({"expect": a.expect} if a.expect else {}), "text": agreed_text(a, b)}
                 for a, b in pairs]
        try:
            atomic_write(out, yaml.safe_dump({"cases": cases}, allow_unicode=True, sort_keys=False, width=100))
        except OSError as exc:
            click.echo(f"inclusive-lint: error: {out}: cannot write: {exc.strerror or exc}", err=True)
            sys.exit(2)
