"""Validate rule-pack data with errors that name the file, the rule and the key."""
from __future__ import annotations

import difflib
import re

PACK_KEYS = {"pack", "version", "description", "rules", "defaults"}
RULE_KEYS = {
    "id", "name", "severity", "message", "rationale", "framework", "characteristics", "theme",
    "applies_to", "match", "conditions", "exceptions", "default_exceptions", "unless", "requires",
    "suggestions", "fix", "link", "examples", "group", "once_per_document", "psed", "catalogue",
}
REQUIRED = ("id", "name", "severity", "message", "rationale", "framework", "characteristics",
            "match", "suggestions", "link", "examples")
MATCH_KEYS = {"phrases", "patterns", "regex", "keywords", "question", "document"}
SCOPE_KEYS = {"sentence", "paragraph", "document", "before", "after", "window"}
SEVERITIES = {"error", "warning", "info"}
FRAMEWORK = {"2.3", "3.1", "3.2"}
CHARACTERISTICS = {"age", "disability", "gender_reassignment", "marriage_civil_partnership",
                   "pregnancy_maternity", "race", "religion_belief", "sex", "sexual_orientation"}
APPLIES = {"prose", "heading", "quote", "form", "table_cell", "document"}
FIX = {"safe", "unsafe", "none"}
ID_RE = re.compile(r"^[A-Z]{2,5}-\d{3}$")


class PackError(Exception):
    """A rule pack is invalid. The message names file, rule and key."""


def did_you_mean(word: str, choices) -> str:
    close = difflib.get_close_matches(word, sorted(choices), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def _err(path, rule, key, msg):
    where = f"{path}"
    if rule:
        where += f": rule {rule}"
    if key:
        where += f": key '{key}'"
    return PackError(f"{where}: {msg}")


def _str_list(value) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def validate_pack(data, path: str, known_conditions) -> None:
    if not isinstance(data, dict):
        raise _err(path, None, None, "a rule pack must be a mapping with 'pack' and 'rules'")
    for key in data:
        if key not in PACK_KEYS:
            raise _err(path, None, key, "unknown key" + did_you_mean(str(key), PACK_KEYS))
    if not isinstance(data.get("pack"), str) or not data["pack"]:
        raise _err(path, None, "pack", "missing: give the pack a name")
    rules = data.get("rules")
    if not isinstance(rules, list) or not rules:
        raise _err(path, None, "rules", "missing or empty: a pack needs a list of rules")
    for i, rule in enumerate(rules):
        validate_rule(rule, path, i, known_conditions)


def validate_rule(rule, path, index, known_conditions) -> None:
    rid = rule.get("id") if isinstance(rule, dict) else None
    label = rid or f"#{index + 1}"
    if not isinstance(rule, dict):
        raise _err(path, label, None, "each rule must be a mapping")
    for key in rule:
        if key not in RULE_KEYS:
            raise _err(path, label, key, "unknown key" + did_you_mean(str(key), RULE_KEYS))
    for key in REQUIRED:
        if key not in rule:
            raise _err(path, label, key, "missing")
    if not isinstance(rid, str) or not ID_RE.match(rid):
        raise _err(path, label, "id", "must look like 'ABC-123'")
    if rule["severity"] not in SEVERITIES:
        raise _err(path, label, "severity", f"must be one of {sorted(SEVERITIES)}"
                   + did_you_mean(str(rule["severity"]), SEVERITIES))
    for key in ("message", "rationale", "name", "link"):
        if not isinstance(rule[key], str) or not rule[key].strip():
            raise _err(path, label, key, "must be a non-empty string")
    if not rule["link"].startswith("https://"):
        raise _err(path, label, "link", "must be an https:// address")
    if not _str_list(rule["framework"]) or not rule["framework"] or not set(rule["framework"]) <= FRAMEWORK:
        raise _err(path, label, "framework", f"must list elements from {sorted(FRAMEWORK)}")
    chars = rule["characteristics"]
    if not _str_list(chars) or not chars or not set(chars) <= CHARACTERISTICS:
        bad = [c for c in chars if c not in CHARACTERISTICS] if isinstance(chars, list) else chars
        raise _err(path, label, "characteristics", f"unknown characteristic {bad}"
                   + (did_you_mean(str(bad[0]), CHARACTERISTICS) if isinstance(bad, list) and bad else ""))
    if not _str_list(rule["suggestions"]):
        raise _err(path, label, "suggestions", "must be a list of strings")
    if rule.get("fix", "none") not in FIX:
        raise _err(path, label, "fix", f"must be one of {sorted(FIX)}")
    if rule.get("fix") == "safe" and len(rule["suggestions"]) != 1:
        raise _err(path, label, "fix", "a safe fix needs exactly one suggestion")
    applies = rule.get("applies_to", ["prose"])
    if not _str_list(applies) or not set(applies) <= APPLIES:
        raise _err(path, label, "applies_to", f"must list kinds from {sorted(APPLIES)}")
    _validate_match(rule["match"], path, label)
    for key in ("conditions", "exceptions"):
        names = rule.get(key, [])
        if not _str_list(names):
            raise _err(path, label, key, "must be a list of condition names")
        for name in names:
            if name not in known_conditions:
                raise _err(path, label, key, f"unknown condition '{name}'" + did_you_mean(name, known_conditions))
    for key in ("unless", "requires"):
        scopes = rule.get(key, {})
        if not isinstance(scopes, dict):
            raise _err(path, label, key, "must map a scope (sentence, paragraph, document, before, after) to regexes")
        for scope, pats in scopes.items():
            if scope not in SCOPE_KEYS:
                raise _err(path, label, f"{key}.{scope}", "unknown scope" + did_you_mean(scope, SCOPE_KEYS))
            if scope == "window":
                if not isinstance(pats, int) or pats <= 0:
                    raise _err(path, label, f"{key}.window", "must be a positive number of characters")
                continue
            if not _str_list(pats):
                raise _err(path, label, f"{key}.{scope}", "must be a list of regexes")
            for p in pats:
                _compile(p, path, label, f"{key}.{scope}")
    ex = rule["examples"]
    if not isinstance(ex, dict) or not _str_list(ex.get("flag", [])) or not _str_list(ex.get("pass", [])):
        raise _err(path, label, "examples", "needs 'flag' and 'pass' lists of sentences")
    if not ex.get("flag") or not ex.get("pass"):
        raise _err(path, label, "examples", "needs at least one 'flag' and one 'pass' example")


def _compile(pattern, path, label, key):
    try:
        return re.compile(pattern, re.I)
    except re.error as exc:
        raise _err(path, label, key, f"regex does not compile: {exc}") from None


def _validate_match(match, path, label):
    if not isinstance(match, dict) or not match:
        raise _err(path, label, "match", "must be a mapping with phrases, patterns, regex or question")
    for key in match:
        if key not in MATCH_KEYS:
            raise _err(path, label, f"match.{key}", "unknown key" + did_you_mean(str(key), MATCH_KEYS))
    if not any(k in match for k in ("phrases", "patterns", "regex", "question", "document")):
        raise _err(path, label, "match", "needs phrases, patterns, regex, question or document")
    if "phrases" in match and (not _str_list(match["phrases"]) or not match["phrases"]):
        raise _err(path, label, "match.phrases", "must be a non-empty list of strings")
    if "regex" in match:
        if not _str_list(match["regex"]):
            raise _err(path, label, "match.regex", "must be a list of regexes")
        for p in match["regex"]:
            _compile(p, path, label, "match.regex")
        if not _str_list(match.get("keywords", [])) or not match.get("keywords"):
            raise _err(path, label, "match.keywords", "regex rules need keywords (words one of which must occur) for the prefilter")
    if "question" in match:
        from ..forms.spec import check as check_question

        problem = check_question(match["question"])
        if problem:
            key = "match.question" + (f".{problem[0]}" if problem[0] else "")
            raise _err(path, label, key, problem[1])
        if any(k in match for k in ("phrases", "patterns", "regex")):
            raise _err(path, label, "match", "a question rule cannot also have phrases, patterns or regex")
    if "patterns" in match:
        pats = match["patterns"]
        if not isinstance(pats, list) or not all(isinstance(p, list) and p and all(isinstance(t, dict) for t in p) for p in pats):
            raise _err(path, label, "match.patterns", "must be a list of spaCy token patterns (lists of mappings)")
        if not _str_list(match.get("keywords", [])) or not match.get("keywords"):
            raise _err(path, label, "match.keywords", "token-pattern rules need keywords for the prefilter")
    for key in ("keywords",):
        if key in match:
            for kw in match[key]:
                if not re.fullmatch(r"[a-z0-9]+", kw):
                    raise _err(path, label, "match.keywords", f"keyword '{kw}' must be one lower-case word")
