"""The ``match: {question: ...}`` sub-schema of rule packs: check it, compile it.

    question:
      label: [regex, ...]          # the question's label must match one ("^$": no label)
      label_unless: [regex, ...]   # ... and none of these
      options_like:                # enough options must be of this kind
        any: [regex, ...]          #   (each regex must match a whole option)
        at_least: 2
      only_options: [regex, ...]   # every option matches one of these (whole option)
      min_options: 2               # fewer options: not judged (0 allows write-in fields)
      unless: [free_text, opt_out, optional]   # any of these present: no finding
      unless_nearby: [regex, ...]  # text near the question, or another question's label
      problems:                    # the finding says which of these hold; none hold: no finding
        - lacks: [regex, ...]      #   no option matches any of these (searched in each option)
          when: [regex, ...]       #   (only judged when some option matches one of these)
          unless: [free_text, ...]
          says: "no Mx"
        - has: [regex, ...]        #   some option matches ({option} names it in the message)
          says: "'{option}' offered as an answer"

The finding's message is the rule's message followed by what holds, e.g. "The title list
leaves out people who use Mx or no title: no Mx and no free-text option." A problem's
``says`` may name the offending answer with {option}.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

KEYS = {"label", "label_unless", "options_like", "only_options", "min_options", "unless", "unless_nearby",
        "problems"}
FLAGS = {"free_text", "opt_out", "optional"}
PROBLEM_KEYS = {"lacks", "has", "when", "unless", "says"}


def _regexes(value, key):
    if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
        return key, "must be a non-empty list of regexes"
    for p in value:
        try:
            re.compile(p, re.I)
        except re.error as exc:
            return key, f"regex {p!r} does not compile: {exc}"
    return None


def _flags(value, key):
    if not isinstance(value, list) or not set(value) <= FLAGS:
        return key, f"must list flags from {sorted(FLAGS)}"
    return None


def check(spec):
    """None when ``spec`` is a valid question sub-schema, else (key, message)."""
    if not isinstance(spec, dict) or not spec:
        return "", "must be a mapping (label, options_like, only_options, unless, problems ...)"
    for key in spec:
        if key not in KEYS:
            import difflib
            close = difflib.get_close_matches(str(key), sorted(KEYS), n=1)
            return str(key), "unknown key" + (f" (did you mean '{close[0]}'?)" if close else "")
    if "label" not in spec and "options_like" not in spec:
        return "", "needs 'label' or 'options_like' to recognise the question"
    for key in ("label", "label_unless", "only_options", "unless_nearby"):
        if key in spec:
            err = _regexes(spec[key], key)
            if err:
                return err
    if "options_like" in spec:
        ol = spec["options_like"]
        if not isinstance(ol, dict) or set(ol) - {"any", "at_least"} or "any" not in ol:
            return "options_like", "must be a mapping with 'any' (regexes) and optional 'at_least'"
        err = _regexes(ol["any"], "options_like.any")
        if err:
            return err
        if not isinstance(ol.get("at_least", 1), int) or ol.get("at_least", 1) < 1:
            return "options_like.at_least", "must be a positive whole number"
    if not isinstance(spec.get("min_options", 2), int) or spec.get("min_options", 2) < 0:
        return "min_options", "must be a whole number, 0 or more"
    if "unless" in spec:
        err = _flags(spec["unless"], "unless")
        if err:
            return err
    problems = spec.get("problems", [])
    if not isinstance(problems, list):
        return "problems", "must be a list of {lacks|has, says}"
    for i, p in enumerate(problems):
        where = f"problems[{i}]"
        if not isinstance(p, dict) or set(p) - PROBLEM_KEYS:
            return where, f"must be a mapping with keys from {sorted(PROBLEM_KEYS)}"
        if ("lacks" in p) == ("has" in p):
            return where, "needs exactly one of 'lacks' or 'has'"
        if not isinstance(p.get("says"), str) or not p["says"].strip():
            return f"{where}.says", "must say what is wrong, in words"
        kind = "lacks" if "lacks" in p else "has"
        err = (_regexes(p[kind], f"{where}.{kind}") or (_flags(p["unless"], f"{where}.unless") if "unless" in p else None)
               or (_regexes(p["when"], f"{where}.when") if "when" in p else None))
        if err:
            return err
    return None


def _c(patterns, whole=False):
    return [re.compile(("(?:%s)$" % p) if whole else p, re.I) for p in patterns or ()]


@dataclass
class Problem:
    kind: str            # lacks / has
    patterns: list
    unless: tuple
    says: str
    when: list = field(default_factory=list)


@dataclass
class Spec:
    label: list
    label_unless: list
    like: list
    like_at_least: int
    only: list
    min_options: int
    unless: tuple
    nearby: list
    problems: list = field(default_factory=list)


_CACHE: dict = {}


def compile_spec(rule) -> Spec:
    spec = _CACHE.get(rule.id)
    if spec is None or _CACHE.get((rule.id, "src")) is not rule.match["question"]:
        q = rule.match["question"]
        ol = q.get("options_like") or {}
        spec = Spec(label=_c(q.get("label")), label_unless=_c(q.get("label_unless")), like=_c(ol.get("any"), True),
                    like_at_least=int(ol.get("at_least", 1)), only=_c(q.get("only_options"), True),
                    min_options=int(q.get("min_options", 2)), unless=tuple(q.get("unless", ())),
                    nearby=_c(q.get("unless_nearby")),
                    problems=[Problem("lacks" if "lacks" in p else "has", _c(p.get("lacks") or p.get("has")),
                                      tuple(p.get("unless", ())), p["says"], _c(p.get("when")))
                              for p in q.get("problems", ())])
        _CACHE[rule.id] = spec
        _CACHE[(rule.id, "src")] = q
    return spec
