"""Rule-pack YAML parsed once: the data of a pack text that parsed before is read back from the
user cache instead of parsed again.

Reading the twelve built-in pack files with libyaml takes about 18 ms a run, plus about 18 ms
to import PyYAML; ``marshal`` reads the same data back in well under 1 ms. An entry is keyed by
a hash of the pack's exact text (and the Python, whose marshal format it is), holds that hash
again and a checksum, and is written atomically. A missing, unreadable or damaged entry, data
marshal cannot hold (a YAML date, say) or a cache folder that cannot be written all mean the
text is parsed by PyYAML as before; a text that is not valid YAML is never stored.
``INCLUSIVE_LINT_PACK_CACHE=0`` turns it off.
"""
from __future__ import annotations

import hashlib
import os
import sys

from .. import sealed

ENV = "INCLUSIVE_LINT_PACK_CACHE"
FORMAT = 2      # 2: keys given twice are refused (an entry parsed before that may hold such a pack)
_HEAD = b"inclusive-lint parsed pack\n"


class YAMLProblem(ValueError):
    """The text is not valid YAML: ``problem`` says why, ``line`` is 1-based or None."""

    def __init__(self, problem: str, line: int | None):
        super().__init__(problem)
        self.problem, self.line = problem, line


def enabled() -> bool:
    return os.environ.get(ENV, "1").strip().lower() not in ("0", "off", "no", "false")


def entry_path(text: str) -> str | None:
    from ..cache import default_cache_dir

    try:
        digest = hashlib.sha256(text.encode("utf-8", "surrogateescape")).hexdigest()
        tag = sys.implementation.cache_tag or "python"
        return os.path.join(default_cache_dir(), "packs-parsed", f"{digest}.{tag}")
    except (OSError, RuntimeError):
        return None


_STRICT = []


def _strict_loader():
    """PyYAML's safe loader (libyaml's when there is one: ~9x faster) that refuses a key given twice in one
    mapping: YAML keeps the last silently, so a second ``sentence:`` under ``unless:`` would drop every
    pattern of the first without a word."""
    if not _STRICT:
        import yaml

        class StrictLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
            def construct_mapping(self, node, deep=False):
                seen = {}
                for key_node, _ in node.value:
                    if isinstance(key_node, yaml.ScalarNode) and key_node.value != "<<":
                        if key_node.value in seen:
                            raise yaml.constructor.ConstructorError(
                                None, None, f"key '{key_node.value}' given twice in one mapping (first on line "
                                f"{seen[key_node.value]}); YAML would keep only the last", key_node.start_mark)
                        seen[key_node.value] = key_node.start_mark.line + 1
                return super().construct_mapping(node, deep)

        _STRICT.append(StrictLoader)
    return _STRICT[0]


def _yaml_load(text: str):
    import yaml

    try:
        return yaml.load(text, Loader=_strict_loader())
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise YAMLProblem(str(getattr(exc, "problem", exc)), mark.line + 1 if mark else None) from None


def parse(text: str):
    """The data of a pack's YAML text; YAMLProblem when it is not valid YAML."""
    path = entry_path(text) if enabled() else None
    digest = os.path.basename(path).split(".")[0] if path else ""
    if path is not None:
        try:
            fmt, stored_digest, value = sealed.read(_HEAD, path)
            if (fmt, stored_digest) == (FORMAT, digest):
                return value
        except Exception:       # absent, damaged or not this text: parse as usual
            pass
    data = _yaml_load(text)
    if path is not None:
        sealed.write(path, _HEAD, (FORMAT, digest, data))   # no entry if marshal cannot hold it
    return data
