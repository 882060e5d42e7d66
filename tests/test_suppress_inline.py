"""Inline suppressions in Markdown and HTML comments, and [sic] after quoted terms."""
import pytest


@pytest.fixture
def run(settings, tmp_path):
    """Lint ``text`` as file ``name``; returns (report, result)."""
    from inclusive_lint.api import Settings, lint_paths

    def _run(text, name="doc.md", unused=False):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        s = Settings(config=settings.config, ruleset=settings.ruleset,
                     options={**settings.options, "report_unused_suppressions": unused})
        report = lint_paths([str(path)], settings=s)
        return report, report.files[0]
    return _run


def lines_of(findings):
    return sorted((f.rule_id, f.location.line) for f in findings)


def suppressed(result):
    return sorted((f.rule_id, f.location.line, reason) for f, reason in result.suppressed)


def test_disable_next_line_suppresses_only_that_line(run):
    report, r = run("<!-- inclusive-lint-disable-next-line ROL-001 -->\n"
                    "The chairman opens the meeting.\n\n"
                    "The chairman closes the meeting.\n")
    assert lines_of(r.findings) == [("ROL-001", 4)]
    assert suppressed(r) == [("ROL-001", 2, "inline suppression at line 1")]
    assert report.warnings == []
    assert report.exit_code() == 1


def test_disable_next_line_skips_blank_lines_and_other_rules_still_report(run):
    _, r = run("<!-- inclusive-lint-disable-next-line TRM-001 -->\n\n"
               "The chairman meets transgendered staff.\n")
    assert lines_of(r.findings) == [("ROL-001", 3)]
    assert [(f.rule_id, reason) for f, reason in r.suppressed] == [("TRM-001", "inline suppression at line 1")]


def test_disable_line_in_html(run):
    _, r = run("<html><body>\n<p>The chairman opens. <!-- inclusive-lint-disable-line ROL-001 --></p>\n"
               "<p>The chairman closes.</p>\n</body></html>\n", name="page.html")
    assert lines_of(r.findings) == [("ROL-001", 3)]
    assert suppressed(r) == [("ROL-001", 2, "inline suppression at line 2")]


def test_disable_enable_region_with_comma_separated_ids(run):
    _, r = run("The chairman opens.\n\n"
               "<!-- inclusive-lint-disable ROL-001, TRM-001 -->\n"
               "The chairman supports transgendered staff.\n\n"
               "Another chairman.\n"
               "<!-- inclusive-lint-enable -->\n\n"
               "The chairman closes; transgendered again.\n")
    assert lines_of(r.findings) == [("ROL-001", 1), ("ROL-001", 9), ("TRM-001", 9)]
    assert suppressed(r) == [("ROL-001", 4, "inline suppression at line 3"),
                             ("ROL-001", 6, "inline suppression at line 3"),
                             ("TRM-001", 4, "inline suppression at line 3")]


def test_enable_one_rule_keeps_the_others_disabled(run):
    _, r = run("<!-- inclusive-lint-disable ROL-001,TRM-001 -->\n"
               "The chairman supports transgendered staff.\n"
               "<!-- inclusive-lint-enable ROL-001 -->\n\n"
               "The chairman supports transgendered staff.\n")
    assert lines_of(r.findings) == [("ROL-001", 5)]
    assert [(f.rule_id, f.location.line) for f, _ in r.suppressed] == [("ROL-001", 2), ("TRM-001", 2), ("TRM-001", 5)]


def test_disable_without_enable_runs_to_the_end_and_prefix_ids_work(run):
    _, r = run("The chairman opens.\n\n<!-- inclusive-lint-disable ROL -->\n\nThe chairman closes.\n")
    assert lines_of(r.findings) == [("ROL-001", 1)]
    assert len(r.suppressed) == 1


def test_disable_file_with_reason(run):
    _, r = run("The chairman opens.\n\n"
               "<!-- inclusive-lint-disable-file ROL-001 -- minutes quoted verbatim -->\n\n"
               "The chairman supports transgendered staff.\n")
    assert lines_of(r.findings) == [("TRM-001", 5)]
    assert suppressed(r) == [("ROL-001", 1, "inline suppression at line 3: minutes quoted verbatim"),
                             ("ROL-001", 5, "inline suppression at line 3: minutes quoted verbatim")]


def test_suppression_without_an_id_applies_to_all_rules_and_warns(run):
    report, r = run("<!-- inclusive-lint-disable-next-line -->\n"
                    "The chairman supports transgendered staff.\n")
    assert r.findings == []
    assert len(r.suppressed) == 2
    assert len(report.warnings) == 1
    assert "doc.md:1" in report.warnings[0] and "no rule id" in report.warnings[0]
    assert report.exit_code() == 0


def test_unknown_directive_and_unknown_rule_warn(run):
    report, r = run("<!-- inclusive-lint-disabel-next-line ROL-001 -->\n"
                    "The chairman opens.\n\n"
                    "<!-- inclusive-lint-disable-next-line XYZ-999 -->\n"
                    "The chairman closes.\n")
    assert lines_of(r.findings) == [("ROL-001", 2), ("ROL-001", 5)]
    text = "\n".join(report.warnings)
    assert "unknown directive 'inclusive-lint-disabel-next-line'" in text
    assert "did you mean 'disable-next-line'" in text
    assert "unknown rule 'XYZ-999'" in text


def test_directives_shown_in_code_are_examples_not_suppressions(run):
    _, r = run("Write `<!-- inclusive-lint-disable-file -->` to switch everything off.\n\n"
               "```html\n<!-- inclusive-lint-disable-file -->\n```\n\n"
               "The chairman opens.\n")
    assert lines_of(r.findings) == [("ROL-001", 7)]
    assert r.suppressed == []


def test_ordinary_comments_are_ignored(run):
    _, r = run("<!-- the chairman wrote this comment -->\nThe chairman opens.\n")
    assert lines_of(r.findings) == [("ROL-001", 2)]


def test_sic_right_after_a_term(run):
    _, r = run("The old leaflet said transgendered [sic] throughout.\n\n"
               "Our chairman [note] decides.\n", name="doc.txt")
    assert lines_of(r.findings) == [("ROL-001", 3)]
    assert [(f.text, reason) for f, reason in r.suppressed] == [
        ("transgendered", "[sic] marks a quotation at line 1")]


def _finding_at(document, needle, nth=0):
    from inclusive_lint.model import Finding

    for bi, block in enumerate(document.blocks):
        i = -1
        for _ in range(nth + 1):
            i = block.text.find(needle, i + 1)
        if i != -1:
            return Finding(rule_id="ROL-001", severity="warning", message="m", text=needle,
                           location=document.locate(block, i, i + len(needle)),
                           block_index=bi, block_span=(i, i + len(needle)))
    raise AssertionError(needle)


@pytest.mark.parametrize("name, text", [
    ("a.txt", 'The rules say "the chairman of the tribunal decides" [sic]. The chairman agrees.'),
    ("a.md", "The rules say \u201cthe chairman of the tribunal decides\u201d [sic]. The chairman agrees."),
    ("a.html", "<p>The rules say &ldquo;the chairman of the tribunal decides&rdquo; [ sic ]. "
               "The chairman agrees.</p>"),
])
def test_sic_after_a_closing_quote_covers_the_quotation(name, text):
    """Quoted text is usually skipped by the rules already; [sic] also covers rules that opt out."""
    from inclusive_lint.readers import read_document
    from inclusive_lint.suppress_inline import apply_inline

    doc = read_document(name, text.encode("utf-8"))
    quoted, after = _finding_at(doc, "chairman", 0), _finding_at(doc, "chairman", 1)
    kept, sup, warnings = apply_inline([quoted, after], doc)
    assert kept == [after]
    assert [(f, reason.split(" at ")[0]) for f, reason in sup] == [(quoted, "[sic] marks a quotation")]
    assert warnings == []


def test_report_unused_suppressions(run):
    report, r = run("<!-- inclusive-lint-disable-next-line ROL-001, TRM-001 -->\n"
                    "The chairman opens.\n\n"
                    "<!-- inclusive-lint-disable-next-line PRN-001 -->\n"
                    "Nothing to see here.\n", unused=True)
    assert r.findings == [] and len(r.suppressed) == 1
    assert any("doc.md:1: unused suppression" in w and "no TRM-001 finding" in w for w in report.warnings)
    assert any("doc.md:4: unused suppression" in w and "PRN-001" in w for w in report.warnings)
    assert not any("ROL-001 finding" in w for w in report.warnings)


def test_unused_suppressions_are_not_reported_unless_asked(run):
    report, _ = run("<!-- inclusive-lint-disable-next-line PRN-001 -->\nNothing here.\n")
    assert report.warnings == []


def test_cli_json_lists_suppressed_with_reason_and_unused_warnings(cli, tmp_path):
    import json

    doc = tmp_path / "leaflet.md"
    doc.write_text("<!-- inclusive-lint-disable-next-line ROL-001 -->\nThe chairman opens.\n\n"
                   "<!-- inclusive-lint-disable TRM-001 -->\nNothing.\n", encoding="utf-8")
    res = cli(doc, "--format", "json", "--report-unused-suppressions", "--no-cache")
    assert res.returncode == 0, res.stderr
    data = json.loads(res.stdout)
    sup = data["files"][0]["suppressed"]
    assert [(s["rule_id"], s["reason"]) for s in sup] == [("ROL-001", "inline suppression at line 1")]
    assert data["summary"]["suppressed"] == 1
    assert len(data["warnings"]) == 1 and "unused suppression" in data["warnings"][0]
    text = cli(doc, "--report-unused-suppressions", "--no-cache")
    assert text.returncode == 0
    assert "warning: " in text.stdout and "unused suppression" in text.stdout
    assert text.stdout.rstrip().endswith(", 1 suppressed; 1 document checked")


def test_a_suppression_without_an_id_warns_even_when_nothing_is_found(run):
    report, r = run("<!-- inclusive-lint-disable -->\nThe chair opens.\n")
    assert r.findings == [] and len(report.warnings) == 1 and "no rule id" in report.warnings[0]


def test_naming_a_rule_left_out_by_select_is_not_unknown(settings, tmp_path):
    from inclusive_lint.api import build_settings, lint_paths
    from inclusive_lint.config import load_config

    only = build_settings(load_config(use_project=False, overrides={"select": ["TRM"]}))
    path = tmp_path / "a.md"
    path.write_text("<!-- inclusive-lint-disable-next-line: ROL-001 -->\nThe chairman opens.\n")
    report = lint_paths([str(path)], settings=only)
    assert report.warnings == [] and report.files[0].findings == []
