"""Load rule packs from YAML: the shipped ``rules/`` folder plus any extra pack paths."""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from .schema import PackError, validate_pack

WORD = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True)
class Rule:
    id: str
    name: str
    severity: str
    message: str
    rationale: str
    framework: tuple
    characteristics: tuple
    suggestions: tuple
    link: str
    pack: str
    match: dict
    applies_to: tuple = ("prose",)
    conditions: tuple = ()
    exceptions: tuple = ()
    unless: dict = field(default_factory=dict)
    requires: dict = field(default_factory=dict)
    fix: str = "none"
    group: str = ""
    once_per_document: bool = False
    examples: dict = field(default_factory=dict)
    theme: str = ""

    def __hash__(self):
        return hash(self.id)

    @property
    def keywords(self) -> frozenset:
        kws = set(self.match.get("keywords", ()))
        for phrase in self.match.get("phrases", ()):
            words = WORD.findall(phrase.lower())
            if words:
                kws.add(words[0])
        return frozenset(kws)


@dataclass
class Pack:
    name: str
    version: str
    description: str
    path: str
    rules: list
    files: tuple = ()      # the YAML files the pack was read from (one, or several in a folder)


# Applied to every prose rule unless it sets default_exceptions: false.
DEFAULT_EXCEPTIONS = ("in-quotation", "cites-legislation", "mention-not-use", "allowed-phrase")


def builtin_rules_dir() -> Path:
    here = Path(__file__).resolve().parent.parent / "rules"
    return here


def pack_files(path: Path) -> list[Path]:
    if path.is_dir():
        return sorted(p for p in path.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file())
    return [path]


def load_pack_file(path: Path, known_conditions, trust_stamp: bool = False) -> Pack:
    """Load and validate one pack. ``known_conditions`` is the condition registry or a callable
    returning it. With ``trust_stamp``, a pack whose exact text validated before (see
    ``cache.validated_stamp``) is not validated again: start-up then skips compiling every
    pattern and importing every condition module."""
    from .parsed import YAMLProblem, parse

    try:
        text = path.read_text(encoding="utf-8")
        data = parse(text)      # PyYAML, or the data of this exact text from an earlier run
    except FileNotFoundError:
        raise PackError(f"{path}: rule pack not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise PackError(f"{path}: cannot read rule pack: {exc}") from None
    except YAMLProblem as exc:
        where = f" line {exc.line}" if exc.line else ""
        raise PackError(f"{path}:{where}: not valid YAML: {exc.problem}") from None
    stamp = None
    if trust_stamp:
        from ..cache import validated_stamp

        stamp = validated_stamp(text)
    if stamp is None or not stamp.exists():
        validate_pack(data, str(path), known_conditions() if callable(known_conditions) else known_conditions)
        if stamp is not None:
            from ..cache import mark_validated

            mark_validated(stamp)
    name = data["pack"]
    defaults = data.get("defaults") or {}
    rules = []
    for raw in data["rules"]:
        default_ex = DEFAULT_EXCEPTIONS if raw.get("default_exceptions", defaults.get("default_exceptions", True)) else ()
        exceptions = tuple(dict.fromkeys(tuple(default_ex) + tuple(raw.get("exceptions", ()))))
        rules.append(Rule(
            id=raw["id"], name=raw["name"], severity=raw["severity"], message=raw["message"].strip(),
            rationale=" ".join(raw["rationale"].split()), framework=tuple(raw["framework"]),
            characteristics=tuple(raw["characteristics"]), suggestions=tuple(raw["suggestions"]),
            link=raw["link"], pack=name, match=raw["match"],
            applies_to=tuple(raw.get("applies_to", defaults.get("applies_to", ["prose"]))),
            conditions=tuple(raw.get("conditions", ())), exceptions=exceptions,
            unless=raw.get("unless", {}) or {}, requires=raw.get("requires", {}) or {},
            fix=raw.get("fix", "none"), group=raw.get("group", raw["id"].split("-")[0]),
            once_per_document=bool(raw.get("once_per_document", False)),
            examples=raw.get("examples", {}), theme=raw.get("theme", ""),
        ))
    return Pack(name=name, version=str(data.get("version", "0")), description=data.get("description", ""),
                path=str(path), rules=rules, files=(str(path),))


def load_packs(extra: tuple = (), builtin: bool = True) -> list[Pack]:
    """Load the shipped packs and any extra pack files or folders. Ids must be unique."""
    from ..conditions import registry

    paths: list[Path] = []
    if builtin:
        paths.extend(pack_files(builtin_rules_dir()))
    for p in extra:
        pp = Path(os.path.expanduser(p))
        if not pp.exists():
            raise PackError(f"{p}: rule pack not found")
        paths.extend(pack_files(pp))
    packs = merge_packs([load_pack_file(p, registry, trust_stamp=True) for p in paths])
    seen: dict[str, str] = {}
    for pack in packs:
        for rule in pack.rules:
            if rule.id in seen:
                raise PackError(f"{pack.path}: rule {rule.id}: key 'id': duplicate (also in {seen[rule.id]})")
            seen[rule.id] = pack.path
    return packs


def merge_packs(packs: list) -> list:
    """Files that name the same pack (a pack kept as a folder of theme files) become one Pack.
    They must agree on the version."""
    merged: dict[str, Pack] = {}
    order = []
    for pack in packs:
        files = pack.files or (pack.path,)
        have = merged.get(pack.name)
        if have is None:
            merged[pack.name] = Pack(pack.name, pack.version, pack.description, pack.path,
                                     list(pack.rules), tuple(files))
            order.append(pack.name)
            continue
        if have.version != pack.version:
            raise PackError(f"{pack.path}: key 'version': pack {pack.name} is version {pack.version} here "
                            f"but {have.version} in {have.files[0]}")
        have.rules.extend(pack.rules)
        have.files += tuple(files)
        have.description = have.description or pack.description
        have.path = os.path.commonpath([have.path, pack.path])
    return [merged[n] for n in order]
