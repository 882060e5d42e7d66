"""Judge one question against one question rule: a message saying what is missing, or None."""
from __future__ import annotations

from .lines import NUMBERING
from .spec import compile_spec


def _flag(cand, name: str) -> bool:
    return {"free_text": cand.has_free_text, "opt_out": cand.has_opt_out, "optional": cand.optional}[name]


def judge(rule, cand, nearby) -> str | None:
    """The finding message when ``cand`` breaks ``rule``; ``nearby()`` gives the text around it."""
    spec = compile_spec(rule)
    label = NUMBERING.sub("", cand.label.strip())     # (a question's number is not its label: "1. Are you:")
    if spec.label and not any(rx.search(label) for rx in spec.label):
        return None
    if any(rx.search(label) for rx in spec.label_unless):
        return None
    opts = cand.norm_options()
    if len(opts) < spec.min_options:
        return None
    if spec.min_options == 0 and not opts and not cand.has_free_text:
        return None
    if spec.like and sum(1 for o in opts if any(rx.match(o) for rx in spec.like)) < spec.like_at_least:
        return None
    if spec.only and not all(any(rx.match(o) for rx in spec.only) for o in opts):
        return None
    if any(_flag(cand, f) for f in spec.unless):
        return None
    says = []
    for p in spec.problems:
        if any(_flag(cand, f) for f in p.unless):
            continue
        if p.when and not any(rx.search(o) for rx in p.when for o in opts):
            continue
        if p.kind == "lacks":
            if not any(rx.search(o) for rx in p.patterns for o in opts):
                says.append(p.says)
        else:
            hit = next((cand.options[i] for i, o in enumerate(opts) if any(rx.search(o) for rx in p.patterns)), None)
            if hit is not None:
                says.append(p.says.replace("{option}", hit))
    if spec.problems and not says:
        return None
    if spec.nearby:
        text = nearby()
        if any(rx.search(text) for rx in spec.nearby):
            return None
    message = rule.message
    if says:   # say what is missing: "The title list leaves out ...: no Mx and no free-text option."
        message = message.rstrip(". ") + ": " + "; ".join(says) + "."
    return message
