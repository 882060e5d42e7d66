"""Word comments that start "inclusive-lint: allow RULE-ID because …" suppress findings there."""
from __future__ import annotations

from test_docx_support import make_docx, p, r, table

from inclusive_lint.api import lint_file
from inclusive_lint.suppress_comments import parse_allow


def commented(cid: int, text: str) -> str:
    return (f'<w:commentRangeStart w:id="{cid}"/>' + r(text) + f'<w:commentRangeEnd w:id="{cid}"/>'
            f'<w:r><w:commentReference w:id="{cid}"/></w:r>')


def test_parse_allow():
    assert parse_allow("inclusive-lint: allow PRN-003 because we quote the 2010 Act") == (
        ["PRN-003"], "we quote the 2010 Act")
    assert parse_allow("inclusive-lint: allow PRN-003, BIN-006 because quoted.") == (
        ["PRN-003", "BIN-006"], "quoted")
    assert parse_allow("Inclusive-lint: allow because a direct quotation") == ([], "a direct quotation")
    assert parse_allow("inclusive-lint: allow") == ([], "")
    assert parse_allow("Please check this") is None


def test_allow_with_rule_id_suppresses_that_rule_on_that_text(tmp_path, settings):
    quoted = "the contract names his or her spouse"
    runs = r("Quoted: ") + commented(0, quoted) + r(". Elsewhere ask his or her manager.")
    path = make_docx(tmp_path / "a.docx", body=p(runs=runs),
                     comments=["inclusive-lint: allow PRN-003 because this quotes the 1998 contract"])
    result = lint_file(str(path), settings)
    allows = result.document.meta["comment_allows"]
    assert allows == [{"block_index": 0, "start": 8, "end": 8 + len(quoted), "rules": ["PRN-003"],
                       "reason": "this quotes the 1998 contract", "comment_id": 0}]
    kept = [f for f in result.findings if f.rule_id == "PRN-003"]
    assert len(kept) == 1 and kept[0].block_span[0] > 8 + len(quoted)   # the one outside the comment
    gone = [(f.rule_id, reason) for f, reason in result.suppressed]
    assert ("PRN-003", "Word comment 0: this quotes the 1998 contract") in gone
    assert all(f.rule_id == "PRN-003" for f, _ in result.suppressed)


def test_allow_without_rule_id_covers_every_rule_and_warns(tmp_path, settings):
    runs = commented(0, "Ask about his or her sex change")
    path = make_docx(tmp_path / "b.docx", body=p(runs=runs + r(" and more text.")),
                     comments=["inclusive-lint: allow because it is a verbatim quotation"])
    result = lint_file(str(path), settings)
    assert not [f for f in result.findings if f.block_span[1] <= 31]
    assert sorted(f.rule_id for f, _ in result.suppressed) == ["PRN-003", "TRM-006"]
    assert any("allows every rule" in w for w in result.warnings)


def test_ordinary_comments_change_nothing(tmp_path, settings):
    path = make_docx(tmp_path / "c.docx", body=p(runs=commented(0, "Ask his or her manager.")),
                     comments=["Please check this sentence"])
    result = lint_file(str(path), settings)
    assert "comment_allows" not in result.document.meta
    assert any(f.rule_id == "PRN-003" for f in result.findings)


def test_allow_on_a_table_cell_and_across_paragraphs(tmp_path, settings):
    cell = p(runs=commented(0, "Next of kin: his or her spouse"))
    body = (table([["Contact", cell]]) + p(runs='<w:commentRangeStart w:id="1"/>' + r("Ask his or her GP."))
            + p(runs=r("Tell his or her nurse.") + '<w:commentRangeEnd w:id="1"/>'
                + '<w:r><w:commentReference w:id="1"/></w:r>')
            + p("Ask his or her carer."))
    path = make_docx(tmp_path / "d.docx", body=body,
                     comments=["inclusive-lint: allow PRN-003 because form wording under review",
                               "inclusive-lint: allow PRN-003 because quoted from the old policy"])
    result = lint_file(str(path), settings)
    kept = [f for f in result.findings if f.rule_id == "PRN-003"]
    assert [f.text for f in kept] == ["his or her"] and "carer" in kept[0].context
    assert len([1 for f, _ in result.suppressed if f.rule_id == "PRN-003"]) == 3


def test_suppressed_findings_show_in_json_as_justified_exceptions(tmp_path, cli):
    import json

    path = make_docx(tmp_path / "e.docx", body=p(runs=commented(0, "his or her")),
                     comments=["inclusive-lint: allow PRN-003 because a quotation"])
    out = json.loads(cli(str(path), "--format", "json").stdout)
    text = json.dumps(out)
    assert "a quotation" in text
    assert not [f for f in out["files"][0]["findings"] if f["rule_id"] == "PRN-003"]


def test_a_comment_without_a_range_covers_its_paragraph(tmp_path, settings):
    point = r("Ask his or her manager.") + '<w:r><w:commentReference w:id="0"/></w:r>'
    empty = ('<w:commentRangeStart w:id="1"/><w:commentRangeEnd w:id="1"/>'
             '<w:r><w:commentReference w:id="1"/></w:r>' + r("Tell his or her GP."))
    path = make_docx(tmp_path / "f.docx", body=p(runs=point) + p(runs=empty) + p("Ask his or her nurse."),
                     comments=["inclusive-lint: allow PRN-003 because quoted", "inclusive-lint: allow PRN-003 because quoted"])
    result = lint_file(str(path), settings)
    assert [f.context for f in result.findings if f.rule_id == "PRN-003"] == ["Ask his or her nurse."]
    assert len(result.suppressed) == 2
