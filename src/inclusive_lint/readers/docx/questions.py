"""Form questions from Word form controls.

Content-control check boxes and drop-down lists, and legacy FORMCHECKBOX / FORMDROPDOWN
fields, become :class:`FormQuestion` records:

- a drop-down is one question; its options are the list items;
- check boxes in one paragraph, or in one table cell, form one question; each box's option
  is the text after it up to the next box or the end of its paragraph ("Sex: ☐ Male ☐ Female"),
  or the text before it when no box has text after it ("Male ☐ Female ☐");
- consecutive paragraphs that each hold unlabelled boxes ("☐ Tea", "☐ Coffee") join one
  question labelled by the paragraph before them ("Choose as many as you like:");
- a text field (FORMTEXT, plain-text control) after the boxes means a free-text answer
  ("☐ Other: [field]"); a text field alone with a label before it in its paragraph is a
  free-text question;
- the label is the text before the first control (its last line); when there is none and
  the controls are in a table, the label is the nearest cell to the left in the same row that
  has text and no controls (the row "Sex | ☐ Male | ☐ Female" is one question), else the
  cell above in the table's first row (a column heading).
"""
from __future__ import annotations

import re

from ...model import FormQuestion
from .ns import COMBOBOX, DROPDOWNLIST, LISTITEM, W14_CHECKBOX, W14_CHECKED, W14_VAL, w

_PLACEHOLDER = re.compile(r"^\s*(choose|select|click|tap)\b.*(item|here|option)", re.I)
GLYPHS = "\u2610\u2611\u2612\u25a1\u25a0"


def sdt_item(sdtpr):
    """A content control's form role: check box, drop-down (with its options) or plain text."""
    if sdtpr is None:
        return None
    cb = sdtpr.find(W14_CHECKBOX)
    if cb is not None:
        checked = cb.find(W14_CHECKED)
        on = checked is not None and (checked.get(W14_VAL) or "0") in ("1", "true", "on")
        return {"kind": "checkbox", "checked": on}
    if sdtpr.find(w("text")) is not None:
        return {"kind": "text"}                # a plain-text control: a place to write an answer
    for tag in (DROPDOWNLIST, COMBOBOX):
        dd = sdtpr.find(tag)
        if dd is not None:
            options = []
            for li in dd.iter(LISTITEM):
                text = (li.get(w("displayText")) or li.get(w("value")) or "").strip()
                if text and not _PLACEHOLDER.match(text):
                    options.append(text)
            return {"kind": "dropdown", "options": options, "combo": tag == COMBOBOX}
    return None


def _clean(label: str) -> str:
    label = label.strip(" \t\n" + GLYPHS)
    if "\n" in label:
        label = label.rsplit("\n", 1)[-1]
    label = " ".join(label.split())
    return label.rstrip(":").strip()


def _option(text: str) -> str:
    return " ".join(text.strip(" \t\n" + GLYPHS).split()).rstrip(",;/").strip()


def _row_label(builders, i: int, header=None) -> str:
    for j in range(i - 1, -1, -1):
        b = builders[j]
        if not b.items and b.text().strip():
            return _clean(b.text())
    if header is not None and i < len(header) and header[i] is not builders[i]:
        text = header[i].text()
        if text.strip() and not header[i].items:
            return _clean(text)
    return ""


def _box_options(text, boxes, fields=()):
    """(label, option per box) for check boxes in one paragraph or cell; an option stops at
    the next box, the end of its paragraph or a text field."""
    first = boxes[0]
    para_start = first.get("para_start", 0)
    before = text[para_start:first["start"]]
    after = []
    for k, it in enumerate(boxes):
        stop = it.get("para_end", len(text))
        if k + 1 < len(boxes):
            stop = min(stop, boxes[k + 1]["start"])
        stop = min([stop] + [f["start"] for f in fields if f["start"] >= it["end"]])
        after.append(_option(text[it["end"]:max(stop, it["end"])]))
    if after[-1] or not before.strip():
        # "Sex: ☐ Male ☐ Female": options follow their boxes, the label comes first
        return _clean(before) or _clean(text[:first["start"]]), after
    if len(boxes) == 1:
        return _clean(before), []      # "I agree ☐": one yes/no box labelled before it
    # "Sex\n male ☐ female ☐": each option sits before its box; the label is the line before
    options = []
    for k, it in enumerate(boxes):
        begin = max(it.get("para_start", 0), boxes[k - 1]["end"] if k else 0)
        options.append(_option(text[begin:it["start"]]))
    return _clean(text[:para_start]), options


def _span(text, label, first_start, last):
    """The question's span in its block: from its label (when in the block) through the text
    after the last control in its paragraph."""
    start = first_start
    if label:
        pos = text.rfind(label, 0, first_start)
        if pos >= 0:
            start = pos
    stop = last.get("para_end", len(text))
    end = last["end"] + len(text[last["end"]:stop].rstrip())
    return start, max(end, last["end"])


def build_questions(builders, blocks, header=None) -> list:
    """Questions for the controls in ``builders``: one paragraph, or the cells of one table row
    (``header`` is the table's first row, whose cells label controls below them)."""
    out: list = []
    orphan = None          # unlabelled check boxes across a row, merged into one question
    for i, b in enumerate(builders):
        if not b.items or b.index is None:
            continue
        text = b.text()
        loc = blocks[b.index].location
        for it in b.items:
            if it["kind"] != "dropdown":
                continue
            label = _clean(text[it.get("para_start", 0):it["start"]])
            if not label and len(builders) > 1:
                label = _row_label(builders, i, header)
            start, end = _span(text, label, it["start"], it)
            out.append(FormQuestion(label=label, options=list(it["options"]), location=loc,
                                    block_index=b.index, start=start, end=end,
                                    has_free_text=bool(it.get("combo")), source="docx"))
        boxes = sorted((it for it in b.items if it["kind"] == "checkbox"), key=lambda it: it["start"])
        fields = [it for it in b.items if it["kind"] == "text"]
        if not boxes:
            if fields and not any(it["kind"] == "dropdown" for it in b.items):
                it = fields[0]
                label = _clean(text[it.get("para_start", 0):it["start"]])
                if label:       # "Gender: [text field]" in one paragraph: a free-text question
                    start, end = _span(text, label, it["start"], it)
                    out.append(FormQuestion(label=label, options=[], has_free_text=True, location=loc,
                                            block_index=b.index, start=start, end=end, source="docx"))
            continue
        free = any(it["start"] >= boxes[0]["start"] for it in fields)   # "☐ Other: [text field]"
        label, options = _box_options(text, boxes, fields)
        options = [o for o in options if o]
        start, end = _span(text, label, boxes[0]["start"], boxes[-1])
        if not label and len(builders) > 1:
            if orphan is None:
                orphan = FormQuestion(label=_row_label(builders, i, header), options=options,
                                      has_free_text=free, location=loc, block_index=b.index,
                                      start=start, end=end, source="docx")
                out.append(orphan)
            else:
                orphan.options.extend(options)
                orphan.has_free_text = orphan.has_free_text or free
            continue
        out.append(FormQuestion(label=label, options=options, has_free_text=free, location=loc,
                                block_index=b.index, start=start, end=end, source="docx"))
    return out
