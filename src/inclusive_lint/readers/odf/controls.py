"""Form controls in OpenDocument text, as the Word reader's form items.

Three kinds exist: controls of ``office:forms`` (``form:checkbox``, ``form:radio``,
``form:listbox``, ``form:combobox``, ``form:text`` …) placed in the text by ``draw:control``;
LibreOffice content controls (``loext:content-control``: check box, drop-down, combo box,
plain text); and the input-list and input fields (``text:drop-down``, ``text:text-input``).
Each becomes an item dict (kind checkbox / dropdown / text) that ``build_questions`` turns
into form questions exactly as for Word content controls.
"""
from __future__ import annotations

from ..docx.ns import CHECKED_GLYPH, UNCHECKED_GLYPH
from .ns import NS, q

FORM_NS = "{%s}" % NS["form"]
XML_ID = q("xml:id")
FORM_ID = q("form:id")
LABEL = q("form:label")
TRUE = ("true", "1", "on")
TEXT_KINDS = {"text", "textarea", "formatted-text", "number", "date", "time", "password"}


def form_controls(forms_root) -> dict:
    """id -> item for every control under ``office:forms`` (with a check box's own label)."""
    out: dict = {}
    if forms_root is None:
        return out
    for el in forms_root.iter():
        if not isinstance(el.tag, str) or not el.tag.startswith(FORM_NS):
            continue
        local = el.tag[len(FORM_NS):]
        item = None
        if local == "checkbox":
            state = (el.get(q("form:current-state")) or el.get(q("form:state")) or "").lower()
            item = {"kind": "checkbox", "checked": state == "checked", "label": el.get(LABEL) or ""}
        elif local == "radio":
            on = (el.get(q("form:current-selected")) or el.get(q("form:selected")) or "").lower() in TRUE
            item = {"kind": "checkbox", "checked": on, "label": el.get(LABEL) or "", "radio": True}
        elif local in ("listbox", "combobox"):
            options = [(o.get(LABEL) or o.get(q("form:value")) or "").strip()
                       for o in el.iter(q("form:option"), q("form:item"))]
            item = {"kind": "dropdown", "options": [o for o in options if o],
                    "combo": local == "combobox"}
        elif local in TEXT_KINDS:
            item = {"kind": "text"}
        elif local == "fixed-text":
            item = {"kind": "label", "label": el.get(LABEL) or ""}    # text drawn on the page
        if item is not None:
            for key in (XML_ID, FORM_ID, q("form:name")):
                if el.get(key):
                    out.setdefault(el.get(key), item)
    return out


def control_item(el, controls: dict):
    """The item a ``draw:control`` shows, or None."""
    item = controls.get(el.get(q("draw:control")) or "")
    return dict(item) if item is not None else None


def content_control_item(el):
    """The item of a ``loext:content-control``, or None for a control that is only a wrapper."""
    get = el.get
    if (get(q("loext:checkbox")) or "").lower() in TRUE:
        return {"kind": "checkbox", "checked": (get(q("loext:checked")) or "").lower() in TRUE}
    if any((get(q(f"loext:{k}")) or "").lower() in TRUE for k in ("dropdown", "combobox")):
        options = []
        for li in el.iter(q("loext:list-item")):
            text = (li.get(q("loext:display-text")) or li.get(q("loext:value")) or "").strip()
            if text:
                options.append(text)
        return {"kind": "dropdown", "options": options,
                "combo": (get(q("loext:combobox")) or "").lower() in TRUE}
    if (get(q("loext:plain-text")) or "").lower() in TRUE:
        return {"kind": "text"}
    return None


def drop_down_item(el):
    """An input-list field (``text:drop-down``): its entries are the options."""
    options = [(lab.get(q("text:value")) or "").strip() for lab in el.iter(q("text:label"))]
    return {"kind": "dropdown", "options": [o for o in options if o]}


def glyph(item) -> str:
    return CHECKED_GLYPH if item.get("checked") else UNCHECKED_GLYPH
