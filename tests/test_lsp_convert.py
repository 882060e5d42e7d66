"""The language server's conversions of findings, without a client: UTF-16 ranges, which
suggestions become quick fixes, and the allow edit for clients without snippets."""


def test_allow_edit_without_snippet_support_and_replacement_words():
    from inclusive_lint.lsp import convert
    from inclusive_lint.model import Finding, Location

    lines = ["- item one", "  \u00e9 \U0001F600 his or her badge"]
    f = Finding(rule_id="PRN-003", severity="info", message="m", text="his or her",
                location=Location(line=2, column=7, end_line=2, end_column=17),
                suggestions=("they", "use 'they' throughout: it reads well", "Their"))
    d = convert.diagnostic(lines, f)
    assert (d.range.start.character, d.range.end.character) == (7, 17)   # the emoji is two units
    assert d.data["replacements"] == ["they", "Their"]                     # advice is not offered
    action = convert.allow_action("file:///x.md", lines, d, snippets=False)
    (edit,) = action.edit.changes["file:///x.md"]
    assert edit.new_text == "  <!-- inclusive-lint-disable-next-line PRN-003 -- reason -->\n"
    assert (edit.range.start.line, edit.range.start.character) == (1, 0)
    assert convert.code_points(lines, d.range.end) == 16


def test_pygls_is_loaded_only_by_the_lsp_command():
    import subprocess
    import sys

    code = ("import sys, inclusive_lint.cli, inclusive_lint.api\n"
            "from inclusive_lint.commands import rules, explain, lint\n"
            "inclusive_lint.cli.cli.get_command(None, 'lsp')\n"       # the command itself loads lazily
            "print(sorted(m for m in ('pygls', 'lsprotocol') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.stdout.strip() == "[]", out.stderr
