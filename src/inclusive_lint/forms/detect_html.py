"""Questions from HTML form controls recorded by the HTML reader (``meta['html_form']``).

- ``<select>``: its options (placeholders such as "Select one" dropped), labelled by its
  ``<label for>``, a wrapping ``<label>`` or the fieldset legend;
- radio buttons sharing a name, and check boxes in one fieldset: each option is its
  ``<label for>``, its wrapping label, or the text after it; the question is the
  ``<legend>``, else the block just before the first option, else the field name;
- a text box in the same fieldset as the options is a free-text answer;
- a labelled text box on its own is a write-in field (for label-only rules).
"""
from __future__ import annotations

import re

from .candidate import make

_PLACEHOLDER = re.compile(r"^\s*(-+\s*)?(please )?(select|choose|pick)\b.*$|^\s*-+\s*$", re.I)
CHOICE = {"radio", "checkbox"}
TEXTUAL = {"text", "email", "tel", "search", "url", "number", "date"}


def detect(document) -> list:
    form = document.meta.get("html_form")
    if not form:
        return []
    blocks = document.blocks
    labels = form["labels"]
    by_for = {lab["for"]: lab for lab in labels if lab["for"]}
    found = []
    used_labels: set = set()

    def label_blocks(control):
        lab = by_for.get(control.get("id")) if control.get("id") else None
        if lab is None and control.get("label") is not None:
            lab = labels[control["label"]]
        if lab is None:
            return []
        used_labels.add(id(lab))
        return [bi for bi in lab["blocks"] if 0 <= bi < len(blocks)]

    for sel in form["selects"]:
        opts = [bi for bi in sel["options"] if not _PLACEHOLDER.match(blocks[bi].text)]
        lab = [bi for bi in label_blocks(sel) if bi not in sel["options"]]
        if not lab and sel["fieldset"] is not None:
            lab = form["fieldsets"][sel["fieldset"]]["legend"]
        label = _join(blocks, lab) or _humanise(sel["name"])
        found.append(make(label, [blocks[bi].text.strip() for bi in opts], _whole(blocks, lab + opts),
                          source="html", structural=True))

    groups: dict = {}
    for inp in form["inputs"]:
        if inp["type"] in CHOICE:
            key = ("r", inp["fieldset"], inp["name"]) if inp["type"] == "radio" or inp["fieldset"] is None \
                else ("c", inp["fieldset"])
            groups.setdefault(key, []).append(inp)
    for key, inputs in groups.items():
        cand = _choice_question(document, form, inputs, label_blocks)
        if cand is not None:
            found.append(cand)

    for inp in form["inputs"]:
        if inp["type"] in TEXTUAL and inp["fieldset"] is None or (inp["type"] in TEXTUAL and not any(
                g for k, g in groups.items() if k[1] == inp["fieldset"])):
            lab = label_blocks(inp)
            if lab:
                found.append(make(_join(blocks, lab), [], _whole(blocks, lab), source="html", write_in=True,
                                  structural=True))
    return found


def _choice_question(document, form, inputs, label_blocks):
    blocks = document.blocks
    options, spans, used = [], [], set()
    for n, inp in enumerate(inputs):
        lab = label_blocks(inp)
        if lab:
            text = _join(blocks, lab)
            spans += _whole(blocks, lab)
            used.update(lab)
        elif inp["block"] is not None:
            bi = inp["block"]
            nxt = [o["char"] for o in inputs[n + 1:] if o["block"] == bi]
            s, e = inp["char"], nxt[0] if nxt else len(blocks[bi].text)
            piece = blocks[bi].text[s:e]
            s += len(piece) - len(piece.lstrip())
            e = s + len(piece.strip())
            text = blocks[bi].text[s:e]
            spans.append((bi, s, e))
            used.add(bi)
        else:
            text = inp["value"]
        if text.strip():
            options.append(text.strip())
    fs = inputs[0]["fieldset"]
    legend = form["fieldsets"][fs]["legend"] if fs is not None else []
    if legend:
        label, lspans = _join(blocks, legend), _whole(blocks, legend)
    else:
        label, lspans = _label_before(blocks, spans, used)
        label = label or _humanise(inputs[0]["name"])
    write_in = fs is not None and any(i["type"] in TEXTUAL and i["fieldset"] == fs for i in form["inputs"])
    if not options:
        return None
    return make(label, options, lspans + spans, source="html", write_in=write_in, structural=True)


def _label_before(blocks, spans, used):
    """The block just before the first option, when it reads like a question."""
    if not spans:
        return "", []
    first = min(bi for bi, _, _ in spans)
    bi = first - 1
    if bi < 0 or bi in used or blocks[bi].kind in ("form_option",):
        return "", []
    text = blocks[bi].text.strip()
    if not text or len(text.split()) > 25:
        return "", []
    return " ".join(text.split()), _whole(blocks, [bi])


def _whole(blocks, indices) -> list:
    out = []
    for bi in indices:
        t = blocks[bi].text
        s = len(t) - len(t.lstrip())
        out.append((bi, s, len(t.rstrip())))
    return out


def _join(blocks, indices) -> str:
    return " ".join(" ".join(blocks[bi].text.split()) for bi in indices).strip()


def _humanise(name: str) -> str:
    name = re.sub(r"[\[\]_.-]+", " ", name or "")
    name = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", name)
    return " ".join(name.split()).lower()
