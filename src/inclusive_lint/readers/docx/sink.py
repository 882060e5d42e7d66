"""What every office-document walker shares: which part it is reading (:class:`Story`), the
heading path above a paragraph, located blocks and the form questions of a paragraph.

Below the Word story walker and the OpenDocument walker, which both mix :class:`BlockSink`
in; it needs ``self.blocks``, ``self.questions``, ``self.story``, ``self.headings``,
``self.open_question`` and ``self.prev_text``.
"""
from __future__ import annotations

from ...model import Block, Location
from .questions import _clean as clean_label
from .questions import build_questions
from .styles import TITLE


class Story:
    """Which part is being read and how its blocks are labelled."""

    __slots__ = ("partname", "label", "kind", "extra", "number", "host", "note", "box", "tables",
                 "paras")

    def __init__(self, partname, label, kind, extra=None, number=None, host=None, note=None, box=None):
        self.partname, self.label, self.kind, self.extra = partname, label, kind, extra
        self.number, self.host, self.note, self.box = number, host, note, box
        self.tables = 0
        self.paras = 0


class BlockSink:
    """Reading a part, heading paths, locations, emitted blocks and paragraph questions."""

    def read_story(self, root, story: Story, tidx=None) -> None:
        """Read block-level content under ``root`` as ``story`` (``tidx``: text element ->
        index, for the annotator; kept from the last part when None)."""
        if tidx is not None:
            self.tidx = tidx
        self.story = story
        self.reset_flow()
        self.blocks_of(root)
        self.end_story()

    def end_story(self) -> None:
        """Hook: finish what a part left open."""

    def heading_path(self):
        return " > ".join(label for _, label in self.headings) or None

    def emit_paragraph(self, b, text, level, label, listed: bool) -> None:
        """A paragraph outside table cells, as a heading (``level`` not None), a list item or a
        paragraph of its part, with its questions."""
        story = self.story
        kind = story.kind
        if kind == "paragraph":
            if level is not None:
                kind = "heading"
                self.push_heading(level, label, text)
            elif listed:
                kind = "list_item"
        story.paras += 1
        number = story.number if story.number is not None else story.paras
        self.emit(b, kind, self.location(paragraph=number), text)
        self.paragraph_questions(b, text)

    def paragraph_questions(self, b, text) -> None:
        """Questions in a paragraph; runs of unlabelled check-box paragraphs join one question
        labelled by the paragraph before them."""
        if not b.items:
            self.open_question, self.prev_text = None, text
            return
        found = build_questions([b], self.blocks)
        boxes_only = all(it["kind"] == "checkbox" for it in b.items)
        leading = not text[:min(it["start"] for it in b.items)].strip()
        if boxes_only and leading and len(found) == 1 and not found[0].label:
            if self.open_question is not None:
                self.open_question.options.extend(found[0].options)
                return
            found[0].label = clean_label(self.prev_text or "")
            self.open_question = found[0]
        else:
            self.open_question = None
        self.prev_text = ""
        self.questions.extend(found)

    def push_heading(self, level, number, text) -> None:
        if self.story.label != "body":
            return
        text = " ".join(text.split())
        if len(text) > 80:
            text = text[:77].rstrip() + "\u2026"
        if level == TITLE:
            self.headings = []
            return
        label = f"{number} {text}" if number and not text.startswith(number) else text
        while self.headings and self.headings[-1][0] >= level:
            self.headings.pop()
        self.headings.append((level, label))

    def location(self, **kw) -> Location:
        story = self.story
        if "paragraph" not in kw and story.number is not None:
            kw["paragraph"] = story.number
        # notes carry the section of the body where they are referenced (see docx _notes)
        in_body = (story.label == "body" or (story.label == "text box" and not story.extra)
                   or story.note is not None)
        return Location(part=story.label, heading=self.heading_path() if in_body else None,
                        extra=story.extra, **kw)

    def emit(self, b, kind, loc, text=None) -> None:
        story = self.story
        b.index = len(self.blocks)
        meta = {"part": story.partname, "segs": b.segs}
        if story.host is not None:
            meta["host"] = story.host
        if story.note is not None:
            meta["note"] = story.note
        if story.box is not None:
            meta["box"] = story.box
        self.blocks.append(Block(text=b.text() if text is None else text, kind=kind, location=loc, meta=meta))


def span_allows(blocks, span, rules, reason, cid) -> list:
    """``comment_allows`` entries for a comment's range ``span`` ([(builder, offset) start,
    (builder, offset) end, optional point]) over the emitted ``blocks``."""
    if span[0] is None or (span[1] is not None and span[1] == span[0]):
        # no range, or an empty one (a comment at the cursor): the whole paragraph
        at = span[0] or (span[2] if len(span) > 2 else None)
        if at is None or at[0] is None:
            return []
        span = [(at[0], 0), (at[0], None)]
    (sb, so), end = span[0], span[1]
    si = sb.index if sb.index is not None else min(sb.hint, len(blocks) - 1)
    if sb.index is None:
        so = 0
    if end is None or end[0] is None:
        ei, eo = si, None
    else:
        eb, eo = end
        ei = eb.index if eb.index is not None else max(si, eb.hint - 1)
        if eb.index is None:
            eo = None
    if si < 0 or ei < si:
        ei = si
    out = []
    for i in range(si, min(ei, si + 500) + 1):
        length = len(blocks[i].text)
        s = so if i == si else 0
        e = (eo if eo is not None else length) if i == ei else length
        out.append({"block_index": i, "start": s, "end": max(s, e), "rules": rules,
                    "reason": reason, "comment_id": int(cid) if str(cid).isdigit() else cid})
    return out
