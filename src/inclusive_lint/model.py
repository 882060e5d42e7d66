"""The reader-neutral Document model and the records that flow through the pipeline.

Readers turn files into a :class:`Document` of located :class:`Block` objects;
the engine turns blocks into :class:`Finding` records; formatters read a
:class:`Report`. Nothing here knows about file types.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field, fields
from typing import Any, Callable, Optional

SEVERITIES = ("info", "warning", "error")
SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}


@dataclass(frozen=True)
class Location:
    """Where something is. Text formats fill line/column; .docx fills part,
    paragraph, heading path and table cell; PDF fills page and box."""

    line: Optional[int] = None
    column: Optional[int] = None
    end_line: Optional[int] = None
    end_column: Optional[int] = None
    part: Optional[str] = None          # body, header, footer, footnote, endnote, text box, comment, form
    paragraph: Optional[int] = None     # 1-based paragraph number within the part
    heading: Optional[str] = None       # heading path, e.g. "3 Leave > 3.2 Bereavement leave"
    table: Optional[int] = None
    row: Optional[int] = None
    cell: Optional[int] = None
    page: Optional[int] = None
    pages: Optional[tuple] = None       # running headers/footers repeated on several pages
    bbox: Optional[tuple] = None        # (x0, top, x1, bottom) in PDF points
    extra: Optional[tuple] = None       # sorted (key, value) pairs a reader wants to keep

    def to_dict(self) -> dict:
        # the plain fields that are set, in field order (the instance dict keeps that order)
        out: dict[str, Any] = {k: v for k, v in self.__dict__.items() if v is not None and k in _PLAIN}
        if self.pages:
            out["pages"] = list(self.pages)
        if self.bbox:
            out["bbox"] = [round(float(v), 2) for v in self.bbox]
        if self.extra:
            out.update(dict(self.extra))
        return out

    def part_label(self) -> str:
        """The part, numbered for notes ("footnote 4") and qualified for .docx headers and
        footers ("header (first page, section 2)")."""
        label = (self.part if self.paragraph is None or self.part in ("header", "footer")
                 else f"{self.part} {self.paragraph}")
        qual = [str(v) if k == "variant" else f"{k} {v}" for k, v in (self.extra or ())
                if k in ("variant", "section", "in", "page style")]
        return f"{label} ({', '.join(qual)})" if qual else label

    def describe(self) -> str:
        """A short human description for non-text formats ("page 3", "footnote 4")."""
        bits = []
        if self.pages and len(self.pages) > 1:
            bits.append("pages " + page_ranges(self.pages))
        elif self.page is not None:
            bits.append(f"page {self.page}" + (" (OCR)" if ("ocr", True) in (self.extra or ()) else ""))
        if self.part and self.part != "body":
            bits.append(self.part_label())
        if self.heading:
            bits.append(f"section \u201c{self.heading}\u201d")
        if self.table is not None:
            bits.append(f"table {self.table} row {self.row} column {self.cell}")
        elif self.paragraph is not None and (self.part in (None, "body")):
            bits.append(f"paragraph {self.paragraph}")
        if self.line is not None and not bits:
            bits.append(f"line {self.line}")
        converted = dict(self.extra or ()).get("converted_from")     # .doc / .rtf via LibreOffice
        return ": ".join(bits) + (f" (converted from {converted})" if converted else "")


def page_ranges(pages) -> str:
    """"1\u20133, 5" for pages (1, 2, 3, 5): short enough for a footer on 400 pages."""
    pages = sorted(set(pages))
    out, i = [], 0
    while i < len(pages):
        j = i
        while j + 1 < len(pages) and pages[j + 1] == pages[j] + 1:
            j += 1
        out.append(str(pages[i]) if i == j else f"{pages[i]}\u2013{pages[j]}")
        i = j + 1
    return ", ".join(out)


_LOCATION_FIELDS = tuple(f.name for f in fields(Location))
_PLAIN = frozenset(_LOCATION_FIELDS[:_LOCATION_FIELDS.index("page") + 1])     # line ... page: copied as they are


def _moved(location: Location, **changes) -> Location:
    """``dataclasses.replace(location, **changes)`` at half the cost (it runs once per finding:
    300,000 times on a dense file); built through the constructor, so the new object is as
    compact as any other (no per-instance dict)."""
    return Location(*[changes[n] if n in changes else getattr(location, n) for n in _LOCATION_FIELDS])


_new = object.__new__
_REST_FIELDS = _LOCATION_FIELDS[4:]
assert _LOCATION_FIELDS[:4] == ("line", "column", "end_line", "end_column")
_last_rest: tuple = (None, ())


def _rest_of(location: Location) -> tuple:
    """The fields of ``location`` after the line and column ones; the last block's are kept,
    as one block's findings come together (a dense file has 300,000 of them)."""
    global _last_rest
    last = _last_rest
    if last[0] is location:
        return last[1]
    rest = tuple(getattr(location, n) for n in _REST_FIELDS)
    _last_rest = (location, rest)
    return rest


class LineIndex:
    """Maps character offsets in a source text to 1-based line and column (code points)."""

    __slots__ = ("starts",)

    def __init__(self, text: str):
        starts = [0]
        find = text.find
        pos = find("\n")
        while pos != -1:
            starts.append(pos + 1)
            pos = find("\n", pos + 1)
        self.starts = starts

    def position(self, offset: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.starts, offset) - 1
        return i + 1, offset - self.starts[i] + 1


@dataclass
class Block:
    """A run of text that a reader located.

    ``offsets`` maps each character of ``text`` to an offset in the source
    (for text formats), or is None when ``text`` is a verbatim slice starting
    at ``start``. ``locate`` turns a span inside the block into a Location.
    """

    text: str
    kind: str = "paragraph"   # heading, paragraph, list_item, table_cell, header, footer, footnote,
                              # endnote, text_box, form_field, caption, quote, code, comment
    location: Location = field(default_factory=Location)
    start: int = 0                                  # source offset of text[0] (text formats)
    offsets: Optional[list] = None                  # per-character source offsets, when not contiguous
    locator: Optional[Callable[["Block", int, int], Location]] = None
    meta: dict = field(default_factory=dict)

    def source_offset(self, i: int) -> int:
        if self.offsets is None:
            return self.start + i
        if not self.offsets:
            return self.start
        if i >= len(self.offsets):
            return self.offsets[-1] + 1 + (i - len(self.offsets))
        return self.offsets[i]

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Source offsets of [start, end) inside this block; end just past the last char."""
        s = self.source_offset(start)
        e = self.source_offset(max(start, end - 1)) + 1 if end > start else s
        return s, e


@dataclass
class FormQuestion:
    """A question on a form: its label, its options and where it is."""

    label: str
    options: list = field(default_factory=list)
    has_free_text: bool = False
    has_opt_out: bool = False
    optional: bool = False
    location: Location = field(default_factory=Location)
    block_index: Optional[int] = None    # block whose text holds the question, if any
    start: int = 0                       # span of the question inside that block
    end: int = 0
    source: str = ""                     # "text", "html", "docx", "pdf-acroform" …

    @property
    def text(self) -> str:
        return (self.label + ": " + " / ".join(self.options)).strip()


# Notice codes meaning part of a document was not checked: the run is *incomplete* (exit 2
# unless allow-incomplete), never a pass. Readers add codes here when they add such notices.
INCOMPLETE_NOTICES = frozenset({
    "not-read",            # discovery passed over a document-like file (see unsupported.py)
    "pdf-no-text",         # pages without a text layer (scanned), read without --ocr
    "image-no-text",       # an image file read without --ocr
    "pdf-xfa",             # XFA form: questions and options not readable
    "pdf-bad-page",        # damaged pages skipped
    "docx-damaged-part",   # a part that is not well-formed XML
    "docx-altchunk",       # embedded documents not read
    "forms-skipped",       # a form detector failed
})


@dataclass
class Notice:
    """Something a user must know about a file that is not a finding (no text layer, …).
    ``scope`` names what was not checked ("pages 1–4") when the notice makes the run incomplete."""

    code: str
    message: str
    scope: str = ""

    @property
    def incomplete(self) -> bool:
        return self.code in INCOMPLETE_NOTICES

    def to_dict(self) -> dict:
        out = {"code": self.code, "message": self.message}
        if self.incomplete:
            out["incomplete"] = True
            out["scope"] = self.scope or _DEFAULT_SCOPE.get(self.code, "part of the file")
        return out


_DEFAULT_SCOPE = {"not-read": "the whole file", "pdf-xfa": "the XFA form's questions",
                  "docx-altchunk": "embedded documents", "forms-skipped": "some form questions"}


@dataclass
class Document:
    path: str
    format: str
    blocks: list = field(default_factory=list)
    questions: list = field(default_factory=list)
    notices: list = field(default_factory=list)
    source_text: Optional[str] = None      # text formats: the decoded source
    meta: dict = field(default_factory=dict)
    _line_index: Optional[LineIndex] = field(default=None, repr=False)

    def line_index(self) -> Optional[LineIndex]:
        if self.source_text is None:
            return None
        if self._line_index is None:
            self._line_index = LineIndex(self.source_text)
        return self._line_index

    def locate(self, block: Block, start: int, end: int) -> Location:
        """Location of the span [start, end) of ``block``."""
        if block.locator is not None:
            return block.locator(block, start, end)
        if self.line_index() is None:
            return block.location
        return self.locate_source(block, *block.source_span(start, end))

    def locate_source(self, block: Block, s: int, e: int) -> Location:
        """``locate`` of a span of ``block`` given by its source offsets (``block.source_span``),
        for a block with no locator in a document with source text."""
        index = self.line_index()
        line, col = index.position(s)
        if e > s:
            eline, ecol = index.position(e - 1)
            ecol += 1
        else:
            eline, ecol = line, col
        loc = _new(Location)        # ``Location(line, col, eline, ecol, *rest)`` at half the cost (once per finding)
        loc.__dict__.update(zip(_LOCATION_FIELDS, (line, col, eline, ecol, *_rest_of(block.location))))
        return loc

    @property
    def full_text(self) -> str:
        return "\n\n".join(b.text for b in self.blocks)


@dataclass(frozen=True)
class Finding:
    rule_id: str
    severity: str
    message: str
    text: str
    location: Location
    suggestions: tuple = ()
    framework: tuple = ()
    characteristics: tuple = ()
    rule_name: str = ""
    pack: str = ""
    link: str = ""
    rationale: str = ""
    context: str = ""            # the sentence, for reports
    context_span: tuple = ()     # (start, end) of text inside context
    fix: str = "none"
    fingerprint: str = ""
    waived: bool = False
    waiver_reason: str = ""
    block_index: int = -1        # internal: which Document block, and the span inside it
    block_span: tuple = ()       # (not serialised; used by suppressions, fixes, annotations)

    def to_dict(self) -> dict:
        out = {
            "rule_id": self.rule_id,
            "rule_name": self.rule_name,
            "pack": self.pack,
            "severity": self.severity,
            "message": self.message,
            "text": self.text,
            "suggestions": list(self.suggestions),
            "framework": list(self.framework),
            "characteristics": list(self.characteristics),
            "location": self.location.to_dict(),
            "link": self.link,
            "context": self.context,
            "fingerprint": self.fingerprint,
        }
        if self.waived:
            out["waived"] = True
            out["waiver_reason"] = self.waiver_reason
        return out


@dataclass
class FileError:
    category: str   # missing, unreadable, encrypted, corrupt, unsupported, too-large, timeout, decode
    message: str

    def to_dict(self) -> dict:
        return {"category": self.category, "message": self.message}


@dataclass
class FileResult:
    path: str
    findings: list = field(default_factory=list)
    errors: list = field(default_factory=list)
    notices: list = field(default_factory=list)
    suppressed: list = field(default_factory=list)   # (Finding, reason) justified exceptions
    warnings: list = field(default_factory=list)     # messages for the run (e.g. suppressions without an id)
    format: str = ""
    document: Optional[Document] = None              # kept for fixes and annotations

    @property
    def incomplete(self) -> bool:
        """Read, but not every part was checked (or not read at all: a skipped document)."""
        return not self.errors and any(n.incomplete for n in self.notices)

    def not_checked(self) -> str:
        """What was not checked, for a run result line: "pages 1–4 of scanned.pdf"."""
        scopes = [n.to_dict()["scope"] for n in self.notices if n.incomplete]
        if "the whole file" in scopes:
            return self.path
        return f"{', '.join(dict.fromkeys(scopes))} of {self.path}"

    @property
    def status(self) -> str:
        if self.errors:
            return "error"
        if any(n.code == "not-read" for n in self.notices):
            return "not-read"
        if self.incomplete:
            return "incomplete"
        if self.findings:
            return "findings"
        if self.notices:
            return "notice"
        return "clean"


@dataclass
class Report:
    files: list = field(default_factory=list)
    packs: list = field(default_factory=list)        # [(name, version)]
    warnings: list = field(default_factory=list)     # run-level messages (config, unused suppressions)
    fail_level: str = "warning"
    allow_incomplete: bool = False                   # accept documents not fully checked
    ignored: list = field(default_factory=list)      # non-document files discovery passed over

    @property
    def findings(self) -> list:
        return [f for r in self.files for f in r.findings]

    def incomplete(self) -> list:
        """Results for documents not fully checked (incomplete notices, or not read)."""
        return [r for r in self.files if r.incomplete]

    def exit_code(self) -> int:
        if any(r.errors for r in self.files):
            return 2
        if not self.allow_incomplete and self.incomplete():
            return 2
        if self.fail_level == "never":
            return 0
        threshold = SEVERITY_RANK[self.fail_level]
        for f in self.findings:
            if not f.waived and SEVERITY_RANK[f.severity] >= threshold:
                return 1
        return 0
