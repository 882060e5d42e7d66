"""The language server's incremental re-lint (``lsp/incremental.py``) gives exactly the findings
of a fresh lint after every edit, including findings in unchanged paragraphs that depend on the
edited one (a lead-in above a list, a fact stated elsewhere in the document), and it does reuse
the unchanged paragraphs' results."""
import random
import re
from functools import partial
from pathlib import Path

import pytest
import yaml

from inclusive_lint.api import build_settings, lint_file
from inclusive_lint.config import load_config
from inclusive_lint.lsp import incremental

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def settings():
    return build_settings(load_config(use_project=False))


def fresh(settings, text, name="policy.md"):
    return lint_file(name, settings, data=text.encode("utf-8"))


class Editor:
    """Lints each new text the way the server does, keeping the pieces between lints."""

    def __init__(self, settings, name="policy.md"):
        self.settings, self.name = settings, name
        self.store = incremental.PieceResults(settings.ruleset, settings.options)
        self.reused = self.judged = 0

    def lint(self, text):
        result = lint_file(self.name, self.settings, data=text.encode("utf-8"),
                           analyse=partial(incremental.analyse, store=self.store))
        self.reused += self.store.reused
        self.judged += self.store.judged
        return result


def same(a, b):
    assert not a.errors and not b.errors
    assert a.findings == b.findings            # rule, text, location, context, fingerprint, …
    assert a.suppressed == b.suppressed and a.warnings == b.warnings


def case_paragraphs():
    out = []
    for name in ("assumption-cases.yaml", "language-cases.yaml"):
        for case in yaml.safe_load((DATA / name).read_text(encoding="utf-8"))["cases"]:
            out.append(re.sub(r"\[\[|\]\]|\{\{|\}\}", "", case["text"]).strip())
    return out


def test_a_sequence_of_edits_gives_a_fresh_lints_findings_each_time(settings):
    """Random edits to a long document built from the labelled cases (every theme, EIA facts,
    pronouns with lead-ins, forms): word changes, deleted, inserted, moved and merged paragraphs,
    an edit undone."""
    paras = case_paragraphs()[:160]
    rng = random.Random(21)
    editor = Editor(settings)
    history = []
    word_edits = []           # (judged, reused) after each edit inside one paragraph
    for step in range(40):
        op = step % 6
        i = rng.randrange(len(paras))
        if op == 0:
            paras[i] = paras[i].replace(" the ", " the new ", 1) if " the " in paras[i] else paras[i] + " Thanks."
        elif op == 1:
            history.append(paras.pop(i))
        elif op == 2:
            paras.insert(i, history.pop() if history else "Each applicant must send his form.")
        elif op == 3:
            j = rng.randrange(len(paras))
            paras[i], paras[j] = paras[j], paras[i]
        elif op == 4 and i + 1 < len(paras):
            paras[i:i + 2] = [paras[i] + " " + paras[i + 1]]        # two paragraphs become one
        else:
            paras.append("Equality impact assessment: age, disability, race, religion or belief.")
        text = "\n\n".join(paras) + "\n"
        same(editor.lint(text), fresh(settings, text))
        if op == 0 and step:
            word_edits.append((editor.store.judged, editor.store.reused))
    # a word changed: the paragraph and the pieces that read a fact of the whole text are judged
    # again, the rest reused; a paragraph added or removed moves the block numbers of those after
    # it, so pieces whose conditions read their block's number are judged again too
    assert all(judged * 5 < reused for judged, reused in word_edits), word_edits
    assert editor.reused > editor.judged


def findings_after_each(settings, texts, keep=lambda f: True):
    """Lint ``texts`` one after the other as edits; each result must equal a fresh lint's."""
    editor, seen = Editor(settings), []
    for text in texts:
        result = editor.lint(text)
        same(result, fresh(settings, text))
        seen.append([(f.rule_id, f.text) for f in result.findings if keep(f)])
    return seen


def test_an_edit_to_a_lead_in_changes_the_findings_in_the_unchanged_list_below(settings):
    doc = "# Interviews\n\n{}\n\n- send his portfolio to the panel\n- bring his passport\n"
    generic = doc.format("Before the interview each applicant must:")
    named = doc.format("Before the interview Mr Patel must:")
    seen = findings_after_each(settings, (generic, named, generic))
    assert seen == [[("PRN-001", "his")] * 2, [], [("PRN-001", "his")] * 2]
    # the list first in the document, then with a lead-in put above it: its block number changes
    alone = "- send his portfolio to the panel\n- bring his passport\n"
    led = "Before the interview each applicant must:\n\n" + alone
    assert findings_after_each(settings, (alone, led, alone)) == [[], [("PRN-001", "his")] * 2, []]


def test_a_fact_stated_elsewhere_changes_the_finding_in_an_unchanged_paragraph(settings):
    """"Spouses" alone assumes marriage; a document that names civil partners elsewhere does not."""
    doc = "# Staff benefits\n\n{}\n\nParking permits are issued by the estates team.\n\n" \
          "Spouses are entitled to the same discount as staff.\n\nSpouses may use the gym.\n"  # the second reads the first's answer
    without = doc.format("Staff receive a discount in the hospital shop.")
    named = doc.format("On the death of a member, a pension is paid to the surviving spouse or civil partner.")
    seen = findings_after_each(settings, (without, named, without), keep=lambda f: f.location.line >= 7)
    assert seen == [[("FAM-005", "Spouses")], [], [("FAM-005", "Spouses")]]    # once per document


def test_a_moved_paragraph_reused_does_not_lend_its_memo_to_the_one_now_in_its_old_place(settings):
    """"Each nurse … his" moves up one block and is reused; the paragraph now at its old block
    number, the same length with "his" at the same place, must work out its own antecedent
    (a named person: no finding), not take the moved one's (a generic role)."""
    nurse, doctor = "Each nurse will show his badge.", "Dr Okonkwo will show his badge."
    texts = ["\n\n".join(["# Badges", "Wards open at nine.", "Visitors sign in.", nurse]) + "\n",
             "\n\n".join(["# Badges", "Visitors sign in.", nurse, doctor]) + "\n"]
    editor = Editor(settings)
    seen = []
    for text in texts:
        result = editor.lint(text)
        same(result, fresh(settings, text))
        seen.append([(f.rule_id, f.location.line) for f in result.findings])
    assert seen == [[("PRN-001", 7)], [("PRN-001", 5)]]
    assert (editor.store.reused, editor.store.judged) == (1, 1)      # the nurse paragraph, moved; the doctor one


def test_a_judgement_that_read_blocks_by_position_is_not_reused_where_the_paragraph_moved():
    """The same text at another block number, every other block read where it was: reading by
    position (here the whole document) ties the judgement to where the paragraph was."""
    from inclusive_lint.lsp.recording import Reads, Recorder, still_true
    from inclusive_lint.model import Block, Document

    doc = Document(path="a.md", format="markdown", blocks=[Block("Same"), Block("Middle"), Block("Same")])
    rec = Recorder(doc)
    rec.reads, rec.piece = Reads(0), 0
    assert [b.text for b in rec.document.blocks] == ["Same", "Middle", "Same"]
    now = Document(path="a.md", format="markdown", blocks=[Block("Other"), Block("Middle"), Block("Same")])
    assert still_true(rec.reads, doc, {}, 0)
    assert not still_true(rec.reads, now, {}, 2)       # block 0 changed, though every read "matches"


def test_the_same_paragraph_in_several_places_and_a_changed_rule_set(settings):
    para = "Each visitor must show his pass.\n\nThe chairman signs the rota."
    text = "\n\n".join([para] * 6) + "\n"
    editor = Editor(settings)
    for t in (text, text.replace("rota.", "rota weekly.", 1), text):
        same(editor.lint(t), fresh(settings, t))
    other = build_settings(load_config(use_project=False))       # a reload: new rule set
    assert not editor.store.fits(other.ruleset, other.options)
    reloaded = Editor(other)
    same(reloaded.lint(text), fresh(other, text))


def test_html_and_text_documents_edited(settings):
    for name, doc in (("page.html", "<h1>Visiting</h1><p>{}</p><p>Each visitor must show his pass.</p>"),
                      ("notes.txt", "Visiting\n\n{}\n\nEach visitor must show his pass.\n")):
        editor = Editor(settings, name)
        for filler in ("Welcome to the ward.", "Ask the chairman.", "Welcome to the ward."):
            text = doc.format(filler)
            same(editor.lint(text), fresh(settings, text, name))


def test_the_views_note_each_read_and_only_the_same_answers_reuse():
    """What a condition reads beyond its piece: a memo entry another piece wrote (by value),
    the number of blocks, a neighbour's text; the piece's own writes are not dependencies."""
    from inclusive_lint.lsp.recording import Reads, Recorder, still_true
    from inclusive_lint.model import Block, Document

    doc = Document(path="a.md", format="markdown", blocks=[Block("Intro:"), Block("- his pass")])
    rec = Recorder(doc)
    rec.reads = first = Reads(0)
    rec.memo["fact"] = True                  # written by the first piece
    rec.memo.get("fact")
    rec.reads, rec.piece = Reads(1), 1
    second = rec.reads
    assert rec.memo.get("fact") is True and "fact" in rec.memo
    blocks = rec.document.blocks
    assert len(blocks) == 2 and blocks[0].text == "Intro:" and blocks[-1] is rec.block(1)
    assert blocks[1].text == "- his pass"
    assert first.seen == {} and first.writes == {"fact": True}
    assert second.seen == {("memo", "fact"): True, ("len",): 2, ("has", 0): True,
                           ("block", 0, "text"): "Intro:", ("has", 1): True, ("own", "text"): "- his pass"}
    memo = {"fact": True}
    assert still_true(second, doc, memo, 1)
    assert not still_true(second, doc, {"fact": False}, 1)           # the fact changed
    assert not still_true(second, doc, {}, 1)                        # not known yet
    doc.blocks[0] = Block("Intro, changed:")
    assert not still_true(second, doc, memo, 1)
    doc.blocks[0] = Block("Intro:")
    doc.blocks.append(Block("more"))
    assert not still_true(second, doc, memo, 1)                      # three blocks now
    doc.blocks[:] = [Block("New"), Block("Intro:"), Block("- his pass")]
    assert not still_true(second, doc, memo, 2)       # moved: what it read by position no longer counts
    with pytest.raises(TypeError):
        list(rec.memo.items())               # listing the memo can't be followed: never reused
    assert ("never",) in second.seen
    rec.reads = third = Reads(1)
    rec.memo["heads"] = [rec.block(0)]       # a view kept in the memo would outlive this lint
    assert third.writes == {} and ("never",) in third.seen
    assert isinstance(rec.block(0), Block) and isinstance(rec.document, Document)


def test_a_moved_paragraph_keeps_a_judgement_that_used_its_number_only_to_compare_or_name_itself():
    from inclusive_lint.engine.condmemo import TrackedContext
    from inclusive_lint.lsp.piece_index import PIECE, piece_index
    from inclusive_lint.lsp.recording import Reads, Recorder, still_true
    from inclusive_lint.model import Block, Document

    doc = Document(path="a.md", format="markdown", blocks=[Block("Title"), Block("Each nurse: his")])
    rec = Recorder(doc)
    rec.reads, rec.piece = Reads(1), 1
    reads = rec.reads
    bi = piece_index(1, reads)
    ctx = TrackedContext(text="Each nurse: his", start=12, end=15, sent_start=0, sent_end=15,
                                       prev_start=0, block=rec.block(1), document=rec.document,
                                       doc_cache=rec.memo, block_index=bi)
    assert ctx.block_index > 0 and ctx.block.text.startswith("Each")
    rec.memo[("antecedent", ctx.block_index, 12)] = ("generic", "nurse", "each")
    assert rec.memo.get(("antecedent", ctx.block_index, 12))[1] == "nurse"       # its own entry
    assert dict.get(rec.memo, ("antecedent", 1, 12)) == ("generic", "nurse", "each")
    assert reads.seen == {("cmp", "__gt__", 0): True, ("own", "text"): "Each nurse: his"}
    assert reads.writes == {("antecedent", PIECE, 12): ("generic", "nurse", "each")}
    moved = Document(path="a.md", format="markdown",
                     blocks=[Block("Title"), Block("New paragraph"), Block("Each nurse: his")])
    assert still_true(reads, moved, {}, 2)
    assert not still_true(reads, moved, {}, 1)             # another block there
    first = Document(path="a.md", format="markdown", blocks=[Block("Each nurse: his")])
    assert not still_true(reads, first, {}, 0)             # "is there a block before?" now no
    bi + 1                                                   # arithmetic: the exact number counts
    assert reads.seen[("index",)] == 1 and not still_true(reads, moved, {}, 2)


def test_markdown_paragraphs_remembered_read_as_a_fresh_read():
    """Blocks read with the memo equal a plain read after each edit: emphasis, links and a link
    reference defined later, inline code, a table, a quote, code, front matter, a paragraph
    that moves, a list whose markers and indent change (same content, other offsets), and the
    last block of the document."""
    from inclusive_lint.readers.markdown import read
    from inclusive_lint.readers.markdown_memo import MarkdownMemo

    parts = ["---\ntitle: Leave\n---", "# Leave *for* staff", "Each **manager** must ask his team about [leave].",
             "Ask the `chairman` or see [the guide](https://example.org/x).", "> A quote: his or her pass.",
             "| Role | Who |\n|---|---|\n| Chairman | his deputy |", "```\nhis code\n```",
             "Caf\u00e9 staff \U0001F600 \u2014 next *of* kin", "- send his form\n- bring his pass",
             "Last line with his"]
    memo = MarkdownMemo()
    rng = random.Random(5)
    for step in range(30):
        i = rng.randrange(1, len(parts))
        if step % 4 == 0:
            parts[i] = parts[i] + " more"
            parts = [p.replace("- ", "   * ") if p.startswith("- ") else p.replace("   * ", "- ") for p in parts]
        elif step % 4 == 1:
            parts.insert(i, "New paragraph about his leave.")
        elif step % 4 == 2:
            parts.append(parts.pop(i))
        else:
            parts.append("[leave]: https://example.org/leave" if step % 8 == 3 else parts.pop(i))
        data = ("\n\n".join(parts) + ("\n" if step % 2 else "")).encode("utf-8")
        plain, kept = read(data, "a.md", {}), read(data, "a.md", {}, memo=memo)
        assert kept.blocks == plain.blocks and kept.meta == plain.meta
    assert memo.last and len(memo.fresh) <= len(parts) + 2      # only the last read's paragraphs


def test_the_block_just_before_read_relative_to_the_piece_moves_with_it():
    """``block_index - 1`` reads the block just before the piece relative to it: the judgement is
    reused where the paragraph moved down with that block above it, not where that block changed;
    other arithmetic on the number still ties the judgement to where the paragraph was."""
    from inclusive_lint.lsp.piece_index import piece_index
    from inclusive_lint.lsp.recording import Reads, Recorder, still_true
    from inclusive_lint.model import Block, Document

    doc = Document(path="a.md", format="markdown", blocks=[Block("# Rules"), Block("Section 2 provides:"), Block("A person ... he")])
    rec = Recorder(doc)
    rec.reads, rec.piece = Reads(2), 2
    index = piece_index(2, rec.reads)
    assert index > 0 and rec.document.blocks[index - 1].text == "Section 2 provides:"
    assert rec.reads.seen == {("cmp", "__gt__", 0): True, ("has-prev",): True, ("prev", "text"): "Section 2 provides:"}
    moved = Document(path="a.md", format="markdown",
                     blocks=[Block("# Rules"), Block("New."), Block("Section 2 provides:"), Block("A person ... he")])
    assert still_true(rec.reads, moved, {}, 3)
    moved.blocks[2] = Block("Our rule:")
    assert not still_true(rec.reads, moved, {}, 3)                   # the block above changed
    assert not still_true(rec.reads, moved, {}, 0)                   # no block above now
    for other in (lambda i: i - 2 == 0, lambda i: (i - 1) - 1 == 0, lambda i: i - 1 >= 0):
        rec.reads = Reads(2)
        index = piece_index(2, rec.reads)
        assert other(index) and rec.reads.seen == {("index",): 2}     # any other arithmetic: the exact number
