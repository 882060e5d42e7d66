"""Readers map every finding back to exact source line and column."""
from inclusive_lint.readers import read_document


def _pos(findings, rule):
    return [(f.location.line, f.location.column, f.location.end_line, f.location.end_column)
            for f in findings if f.rule_id == rule]


def test_markdown_positions_after_code_blocks_and_front_matter(lint):
    md = (
        "---\n"
        "title: he transgendered\n"
        "---\n"
        "# Policy\n"
        "\n"
        "```\n"
        "transgendered in a fence\n"
        "```\n"
        "\n"
        "    transgendered in an indented block\n"
        "\n"
        "Text with `transgendered` inline code, then transgendered people.\n"
    )
    found = lint(md, "p.md")
    assert _pos(found, "TRM-001") == [(12, 45, 12, 58)]


def test_markdown_skips_html_comments_and_urls(lint):
    md = "<!-- transgendered -->\n\nSee https://example.org/transgendered for more.\n"
    assert lint(md, "p.md") == []


def test_markdown_link_text_is_linted_but_not_url(lint):
    md = "Read the [transgendered guide](https://example.org/transgendered).\n"
    assert _pos(lint(md, "p.md"), "TRM-001") == [(1, 11, 1, 24)]


def test_markdown_soft_break_joins_phrase_across_lines(lint):
    md = "Each volunteer must return his or\nher badge.\n"
    assert _pos(lint(md, "p.md"), "PRN-003") == [(1, 28, 2, 4)]


def test_html_positions_with_tags_entities_and_script(lint):
    html = (
        "<html><head><script>var x = 'transgendered';</script>\n"
        "<style>.transgendered{}</style></head>\n"
        "<body><p>Caf&eacute; &amp; <b>trans</b>gendered? No: we help\n"
        "   transgendered&nbsp;people.</p><pre>transgendered</pre>\n"
        "<code>transgendered</code></body></html>\n"
    )
    found = lint(html, "p.html")
    # a word split by inline tags reads as one word; the span covers the tags in the source
    assert _pos(found, "TRM-001") == [(3, 31, 3, 48), (4, 4, 4, 17)]


def test_html_entity_decoded_before_matching(lint):
    html = "<p>Each volunteer returns his&#32;or&#x20;her badge.</p>"
    found = lint(html, "p.html")
    assert [f.text for f in found if f.rule_id == "PRN-003"] == ["his or her"]
    assert _pos(found, "PRN-003") == [(1, 27, 1, 46)]


def test_html_declared_charset_is_honoured():
    data = '<meta charset="windows-1252"><p>Caf\u00e9 policy</p>'.encode("cp1252")
    doc = read_document("x.html", data)
    assert doc.blocks[-1].text == "Caf\u00e9 policy"
    assert not doc.notices


def test_invalid_utf8_text_is_read_with_a_notice():
    doc = read_document("x.txt", b"Caf\xe9 and next of kin")
    assert "Caf\u00e9" in doc.blocks[0].text
    assert [n.code for n in doc.notices] == ["invalid-utf8"]


def test_text_columns_count_code_points(lint):
    text = "\U0001F308 Caf\u00e9: transgendered\n"
    assert _pos(lint(text, "t.txt"), "TRM-001") == [(1, 9, 1, 22)]


def test_markdown_reader_records_code_lines_and_directives_there_are_examples(lint):
    md = ("Example of a directive:\n\n"
          "    <!-- inclusive-lint-disable-file TRM-001 -->\n\n"
          "```html\n<!-- inclusive-lint-disable-file TRM-001 -->\n```\n\n"
          "We support transgendered people.\n")
    doc = read_document("x.md", md.encode())
    assert doc.meta["code_lines"] == [(3, 3), (5, 7)]
    assert [f.rule_id for f in lint(md, "x.md")] == ["TRM-001"]
    real = "<!-- inclusive-lint-disable-file TRM-001 -->\n\nWe support transgendered people.\n"
    assert lint(real, "x.md") == []
