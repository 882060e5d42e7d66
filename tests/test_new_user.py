"""What a new user hit (issue 15): project root, --annotate targets, marked words in text
output for .docx and .pdf, and the command line's help and errors."""
import os
import pty
import subprocess
import sys

import pytest

from test_pdf_maker import make_pdf, text

ESC = "\x1b["


def _git_repo(tmp_path):
    repo = tmp_path / "repo"
    (repo / "docs").mkdir(parents=True)
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    (repo / "docs" / "minutes.md").write_text("The chairman opened the meeting.\n", encoding="utf-8")
    return repo


# --- 3. one project root, whatever folder a command runs from --------------------------------

def test_waiver_recorded_from_a_subfolder_is_used_from_the_root(tmp_path, cli):
    repo = _git_repo(tmp_path)
    docs = repo / "docs"
    rec = cli("waive", "minutes.md", "--reason", "Quoted from the 1990 minutes", cwd=docs)
    assert rec.returncode == 0, rec.stderr
    assert not (docs / ".inclusive-lint-waivers.yaml").exists()
    waivers = (repo / ".inclusive-lint-waivers.yaml").read_text(encoding="utf-8")
    assert "path: docs/minutes.md" in waivers
    for where, arg in ((repo, "docs"), (docs, "minutes.md"), (docs, ".")):
        run = cli(arg, "--no-cache", cwd=where)
        assert run.returncode == 0 and "1 waived" in run.stdout, (where, arg, run.stdout)


def test_per_file_ignores_are_relative_to_the_project_root(tmp_path, cli):
    repo = _git_repo(tmp_path)
    (repo / ".inclusive-lint.yaml").write_text("per-file-ignores:\n  docs/minutes.md: [ROL-001]\n",
                                               encoding="utf-8")
    for where, arg in ((repo, "docs/minutes.md"), (repo / "docs", "minutes.md")):
        run = cli(arg, "--no-cache", cwd=where)
        assert run.returncode == 0 and "ROL-001" not in run.stdout, (where, run.stdout)


def test_config_names_root_waiver_file_and_cache(tmp_path, cli):
    repo = _git_repo(tmp_path)
    out = cli("config", cwd=repo / "docs").stdout
    assert f"# project root: {repo}    (git root;" in out
    assert f"# waiver file: {repo / '.inclusive-lint-waivers.yaml'}    (not written yet)" in out
    assert f"# cache: {repo / '.inclusive-lint-cache'}" in out
    (repo / "docs" / ".inclusive-lint.yaml").write_text("fail-level: error\n", encoding="utf-8")
    out = cli("config", cwd=repo / "docs").stdout
    assert f"# project root: {repo / 'docs'}    (nearest config file;" in out
    plain = tmp_path / "plain"
    plain.mkdir()
    assert f"# project root: {plain}    (current folder;" in cli("config", cwd=plain).stdout


# --- 4. --annotate -----------------------------------------------------------------------------

def _policy_docx(path, paragraphs):
    import docx

    d = docx.Document()
    for p in paragraphs:
        d.add_paragraph(p)
    d.save(str(path))
    return path


def test_annotate_refuses_an_extension_of_another_format(tmp_path, cli):
    _policy_docx(tmp_path / "policy.docx", ["The chairman decides."])
    run = cli("policy.docx", "--annotate", "copy.pdf", "--no-config", cwd=tmp_path)
    assert run.returncode == 2
    assert run.stderr.strip().splitlines() == [
        "inclusive-lint: error: --annotate copy.pdf: the annotated copy of policy.docx is a docx file: "
        "name it with .docx (for example copy.docx)"]
    assert not (tmp_path / "copy.pdf").exists()


def test_annotate_into_a_missing_folder_says_the_output_was_not_written(tmp_path, cli):
    _policy_docx(tmp_path / "policy.docx", ["The chairman decides."])
    run = cli("policy.docx", "--annotate", "out/copy.docx", "--no-config", cwd=tmp_path)
    assert run.returncode == 2
    assert ("inclusive-lint: out/copy.docx: annotated copy not written: No such file or directory "
            "(policy.docx was read: 1 finding reported)") in run.stderr
    assert "could not be read" not in run.stdout + run.stderr
    assert "policy.docx: paragraph 1: warning [ROL-001]" in run.stdout


# --- 5. text output marks the words for .docx and .pdf -----------------------------------------

SENTENCE = "When a nurse starts, he reads the notes, and he asks his mentor."


def test_docx_findings_mark_their_words(tmp_path, cli):
    _policy_docx(tmp_path / "policy.docx", [SENTENCE])
    out = cli("policy.docx", "--no-config", "--no-cache", cwd=tmp_path).stdout.splitlines()
    marks = [(out[i + 1], out[i + 2]) for i, line in enumerate(out) if "[PRN-001]" in line]
    assert len(marks) == 3
    assert len(set(marks)) == 3, marks          # three findings, three different marks
    for sentence, carets in marks:
        start = carets.index("^")
        word = sentence[start:start + carets.count("^")]
        assert word in ("he", "his") and set(carets.strip()) == {"^"}


def test_pdf_findings_mark_their_words(tmp_path, cli):
    (tmp_path / "leaflet.pdf").write_bytes(make_pdf([text(72, 100, "Each patient brings his next of kin.", 11)]))
    out = cli("leaflet.pdf", "--no-config", "--no-cache", cwd=tmp_path).stdout.splitlines()
    i = next(i for i, line in enumerate(out) if "next of kin" in line.lower() and "[" in line)
    start = out[i + 2].index("^")
    assert out[i + 1][start:start + out[i + 2].count("^")].lower() == "next of kin"


def test_long_sentences_are_trimmed_around_the_words(settings):
    from inclusive_lint.api import lint_file
    from inclusive_lint.formatters import render

    long = "Staff " + "must read the policy carefully and " * 8 + "ask the chairman before leave " + "x " * 80
    result = lint_file("memo.docx", settings, data=_docx_bytes([long]))
    shown = render("text", _report(result), {"settings": settings}).splitlines()
    i = next(i for i, line in enumerate(shown) if "[ROL-001]" in line)
    assert len(shown[i + 1]) < 170 and shown[i + 1].strip().startswith("\u2026")
    start = shown[i + 2].index("^")
    assert shown[i + 1][start:start + 8] == "chairman"


def _docx_bytes(paragraphs):
    import io

    import docx

    d = docx.Document()
    for p in paragraphs:
        d.add_paragraph(p)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _report(result):
    from inclusive_lint.model import Report

    return Report(files=[result])


def _tty_run(args, cwd, env):
    """Run the command line with its output on a pseudo-terminal (as in a real terminal)."""
    main, sub = pty.openpty()
    proc = subprocess.run([sys.executable, "-m", "inclusive_lint", *args], cwd=cwd, env=env, stdout=sub,
                          stderr=subprocess.DEVNULL, timeout=300)
    os.close(sub)
    chunks = []
    while True:
        try:
            data = os.read(main, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    os.close(main)
    return proc.returncode, b"".join(chunks).decode("utf-8", "replace")


def test_colour_highlights_the_words_and_no_color_is_respected(tmp_path):
    _policy_docx(tmp_path / "policy.docx", ["The chairman decides."])
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "GITHUB_ACTIONS")}
    code, coloured = _tty_run(["policy.docx", "--no-config", "--no-cache"], tmp_path, env)
    assert code == 1
    assert f"{ESC}1m{ESC}4mchairman{ESC}0m" in coloured.replace(f"{ESC}33m{ESC}1m", f"{ESC}1m")
    code, plain = _tty_run(["policy.docx", "--no-config", "--no-cache"], tmp_path, {**env, "NO_COLOR": "1"})
    assert code == 1 and ESC not in plain and "The chairman decides." in plain and "^^^^^^^^" in plain


# --- 8. help and errors ------------------------------------------------------------------------

def test_help_shows_lint_options_on_the_first_screen(cli):
    out = cli("--help").stdout.splitlines()
    first_screen = "\n".join(out[:50])
    for option in ("--format", "--output", "--fail-level", "--jobs", "--annotate", "--fix",
                   "--allow-incomplete"):
        assert option in first_screen, option
    assert out[0] == "Usage: inclusive-lint [OPTIONS] PATH..."


@pytest.mark.parametrize("args", [("--format", "bogus", "x.md"), ("x.md", "--bogus"), ("--jobs", "-3", "x.md")])
def test_errors_never_name_an_untyped_lint_command(cli, args):
    run = cli(*args)
    assert run.returncode == 2
    assert "inclusive-lint lint" not in run.stderr
    assert "Usage: inclusive-lint [OPTIONS] [PATHS]..." in run.stderr
    assert "Try 'inclusive-lint --help' for help." in run.stderr
