"""A rule explained in words: what ``inclusive-lint explain`` prints and the editor hover shows."""
from __future__ import annotations

import re
import textwrap

_MARK = re.compile(r"\[\[(.+?)\]\]", re.S)

FRAMEWORK = {
    "2.3": "Pillar 2.3 - learn and use appropriate language",
    "3.1": "Pillar 3.1 - services address LGBTQ+ needs (EIAs; review of policies and literature)",
    "3.2": "Pillar 3.2 - do not assume gender identity or sexual orientation",
}


def explain_sections(rule) -> list:
    """(heading, lines) pairs describing ``rule``, in the order ``explain`` prints them."""
    out = [("Message", [rule.message]), ("Why", [rule.rationale]),
           ("Framework", [FRAMEWORK.get(f, f) for f in rule.framework]),
           ("Equality Act characteristics", [", ".join(c.replace("_", " ") for c in rule.characteristics)])]
    if rule.suggestions:
        out.append(("Suggestions", [f"- {s}" for s in rule.suggestions]))
    return out


def explain_text(rule) -> str:
    """The plain-text explanation of a rule (the ``explain`` command's output)."""
    wrap = lambda s: textwrap.fill(s, 88, initial_indent="  ", subsequent_indent="  ")  # noqa: E731
    parts = [f"{rule.id} {rule.name} ({rule.severity}, pack {rule.pack})\n"]
    for heading, lines in explain_sections(rule):
        if heading in ("Message", "Why"):
            parts.append(f"{heading}:\n{wrap(lines[0])}\n")
        else:
            parts.append(f"{heading}:\n" + "\n".join("  " + ln for ln in lines) + "\n")
    parts.append(f"Fix: {rule.fix}\n")
    ex = rule.examples or {}
    for kind, title in (("flag", "Examples (flag), the flagged words marked ^ below each"),
                        ("pass", "Examples (pass)")):
        if ex.get(kind):
            parts.append(f"{title}:\n" + "\n".join(_example(e) for e in ex[kind]) + "\n")
    parts.append(f"More: {rule.link}")
    return "\n".join(parts)


def _example(example: str) -> str:
    """An example sentence without its [[span]] markup; flagged spans get a caret line."""
    plain, marks, pos = [], [], 0
    for m in _MARK.finditer(example):
        plain.append(example[pos:m.start()])
        start = sum(map(len, plain))
        plain.append(m.group(1))
        marks.append((start, start + len(m.group(1))))
        pos = m.end()
    plain.append(example[pos:])
    text = "".join(plain)
    if not marks:
        return f"  - {text}"
    carets = [" "] * len(text)
    for s, e in marks:
        carets[s:e] = "^" * (e - s)
    return f"  - {text}\n    " + "".join(carets).rstrip()


def explain_markdown(rule) -> str:
    """The explanation as Markdown, for an editor's hover."""
    parts = [f"**{rule.id}** `{rule.name}` ({rule.severity})"]
    for heading, lines in explain_sections(rule):
        parts.append(f"**{heading}:** " + (lines[0] if len(lines) == 1 and heading != "Suggestions"
                                           else "\n" + "\n".join(lines)))
    parts.append(f"[More about {rule.id}]({rule.link})")
    return "\n\n".join(parts)
