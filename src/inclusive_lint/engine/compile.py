"""Compile rule packs: keyword index, regexes, and the token backend (see ``backend``)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..packs.loader import WORD

PROSE_KINDS = {"paragraph", "list_item", "table_cell", "header", "footer", "footnote", "endnote",
               "text_box", "caption", "form_label", "form_option", "form_field", "heading"}


def phrase_variants(phrase: str) -> list[str]:
    """A phrase and its hyphenated / spaced twins ("next of kin" <-> "next-of-kin")."""
    out = {phrase}
    if " " in phrase:
        out.add(phrase.replace(" ", "-"))
    if "-" in phrase:
        out.add(phrase.replace("-", " "))
        out.add(phrase.replace("-", ""))
    return sorted(out)


@dataclass
class RuleSet:
    rules: list
    packs: list
    by_id: dict = field(default_factory=dict)
    keyword_index: dict = field(default_factory=dict)
    always: list = field(default_factory=list)       # rules with no keywords (run on every block)
    regexes: dict = field(default_factory=lambda: LazyRegexes())   # rule id -> [compiled]
    question_rules: list = field(default_factory=list)
    engine: str = "auto"     # "auto": spaCy only for token patterns; "spacy": always
    _backend: object = None
    _piece_cache: object = None
    _prefix_pass: object = None
    _index_keys: object = None     # the keyword index's words, as a set
    _token_rules: object = None
    applicable_by_kind: dict = field(default_factory=dict)   # block kind -> ids of the rules for it (pieces.py)

    @property
    def prefix_pass(self):
        """One pass for every regex's literal prefixes (engine/prefixpass.py), built on first need."""
        if self._prefix_pass is None:
            from .prefixpass import PrefixPass

            self._prefix_pass = PrefixPass(self.regexes.sources)
        return self._prefix_pass

    @property
    def token_rules(self) -> frozenset:
        """The ids of the rules that match on tokens (``phrases``, token ``patterns``)."""
        if self._token_rules is None:
            self._token_rules = frozenset(r.id for r in self.rules
                                          if r.match.get("phrases") or r.match.get("patterns"))
        return self._token_rules

    @property
    def piece_cache(self):
        """Block-local results by text (engine/pieces.py), for this rule set only."""
        if self._piece_cache is None:
            from .piececache import PieceCache

            self._piece_cache = PieceCache()
        return self._piece_cache

    @property
    def text_rules(self):
        return [r for r in self.rules if "question" not in r.match]

    @property
    def needs_spacy(self) -> bool:
        return self.engine == "spacy" or any(r.match.get("patterns") for r in self.rules)

    def candidates(self, lower_text: str) -> set:
        index = self.keyword_index
        keys = self._index_keys
        if keys is None or len(keys) != len(index):
            keys = self._index_keys = frozenset(index)
        found = set(self.always)
        for w in keys.intersection(WORD.findall(lower_text)):    # only the words that name rules
            found.update(index[w])
        return found

    def backend(self):
        """Where tokens, phrase matches and sentences come from: spaCy when a rule needs its
        Matcher (token patterns), else the pure-Python replay of its tokenizer (no import)."""
        if self._backend is None:
            if self.needs_spacy:
                from .nlp import SpacyBackend

                self._backend = SpacyBackend(self.rules, phrase_variants)
            else:
                from .sentences import PureBackend

                self._backend = PureBackend(self.rules, phrase_variants)
        return self._backend


def compile_rules(packs, select=None, ignore=None, severity=None, engine: str = "auto") -> RuleSet:
    """Select rules and build a RuleSet. select/ignore take rule ids, id prefixes or pack names."""
    rules = []
    for pack in packs:
        for rule in pack.rules:
            if select and not _selected(rule, select):
                continue
            if ignore and _selected(rule, ignore):
                continue
            if severity and rule.id in severity:
                from dataclasses import replace
                rule = replace(rule, severity=severity[rule.id])
            rules.append(rule)
    rs = RuleSet(rules=rules, packs=packs, engine=engine)
    for rule in rules:
        rs.by_id[rule.id] = rule
        if "question" in rule.match:
            rs.question_rules.append(rule)
            continue
        kws = rule.keywords
        if not kws:
            rs.always.append(rule.id)
        for kw in kws:
            rs.keyword_index.setdefault(kw, []).append(rule.id)
        if rule.match.get("regex"):
            rs.regexes.sources[rule.id] = rule.match["regex"]
    return rs


class LazyRegexes(dict):
    """rule id -> compiled regexes, compiled the first time a rule is a candidate: a short file
    touches a handful of rules, and compiling all of them is most of start-up's regex work.
    (Packs are validated, so every pattern is known to compile.)"""

    def __init__(self):
        super().__init__()
        self.sources: dict = {}

    def __missing__(self, rid):
        compiled = self[rid] = [re.compile(p, re.I) for p in self.sources[rid]] if rid in self.sources else ()
        return compiled

    def get(self, rid, default=None):
        return self[rid] if rid in self.sources else default


def _selected(rule, names) -> bool:
    for name in names:
        if name == rule.id or name == rule.pack or name.upper() == rule.id or rule.id.startswith(name.upper().rstrip("-") + "-") \
                or name.lower() == rule.name:
            return True
        if name.upper() == rule.id.split("-")[0]:
            return True
    return False
