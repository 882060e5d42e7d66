"""Namespaces and qualified tag names used by the Word reader and the annotator."""
from __future__ import annotations

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
M = "http://schemas.openxmlformats.org/officeDocument/2006/math"


def w(name: str) -> str:
    return f"{{{W}}}{name}"


W_VAL = w("val")
W_ID = w("id")
R_ID = f"{{{R}}}id"
MC_ALT = f"{{{MC}}}AlternateContent"
MC_CHOICE = f"{{{MC}}}Choice"
MC_FALLBACK = f"{{{MC}}}Fallback"
W14_CHECKBOX = f"{{{W14}}}checkbox"
W14_CHECKED = f"{{{W14}}}checked"
W14_VAL = f"{{{W14}}}val"

(P, R_, T, TAB, PTAB, BR, CR, SYM, NBH, SOFTHYPHEN, FLDCHAR, INSTRTEXT, FLDSIMPLE, DELTEXT,
 DELINSTR, HYPERLINK, INS, DEL, MOVETO, MOVEFROM, SMARTTAG, CUSTOMXML, SDT, SDTPR, SDTCONTENT,
 DIR, BDO, TBL, TR, TC, PPR, RPR, PSTYLE, NUMPR, NUMID, ILVL, OUTLINELVL, VANISH, TXBXCONTENT,
 DRAWING, PICT, OBJECT, RUBY, RUBYBASE, COMMENTRS, COMMENTRE, FOOTNOTEREF, ENDNOTEREF, SECTPR,
 HEADERREF, FOOTERREF, TRPR, TCPR, CELLDEL, FFDATA, CHECKBOX, DDLIST, LISTENTRY, DEFAULT, CHECKED,
 RESULT, DROPDOWNLIST, COMBOBOX, LISTITEM, BODY, FOOTNOTE, ENDNOTE, TITLEPG, GRIDSPAN) = (
    w(n) for n in (
        "p", "r", "t", "tab", "ptab", "br", "cr", "sym", "noBreakHyphen", "softHyphen", "fldChar",
        "instrText", "fldSimple", "delText", "delInstrText", "hyperlink", "ins", "del", "moveTo",
        "moveFrom", "smartTag", "customXml", "sdt", "sdtPr", "sdtContent", "dir", "bdo", "tbl", "tr",
        "tc", "pPr", "rPr", "pStyle", "numPr", "numId", "ilvl", "outlineLvl", "vanish",
        "txbxContent", "drawing", "pict", "object", "ruby", "rubyBase", "commentRangeStart",
        "commentRangeEnd", "footnoteReference", "endnoteReference", "sectPr", "headerReference",
        "footerReference", "trPr", "tcPr", "cellDel", "ffData", "checkBox", "ddList", "listEntry",
        "default", "checked", "result", "dropDownList", "comboBox", "listItem", "body", "footnote",
        "endnote", "titlePg", "gridSpan"))

UNCHECKED_GLYPH = "\u2610"   # ☐
CHECKED_GLYPH = "\u2612"     # ☒
