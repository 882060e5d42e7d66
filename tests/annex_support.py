"""Helpers for the annex, CSV and --compare tests: LibreOffice conversion, .docx reading and
a synthetic report of any size."""
import dataclasses
import os
import shutil
import subprocess

import pytest

from inclusive_lint.model import FileResult, Finding, Location, Report

NINE = ["Sex", "Gender reassignment", "Sexual orientation", "Marriage and civil partnership",
        "Pregnancy and maternity", "Age", "Disability", "Race", "Religion or belief"]


def soffice() -> str:
    """The LibreOffice binary; skip outside CI when it is missing, fail under CI."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        if os.environ.get("CI"):
            pytest.fail("LibreOffice (soffice) must be installed under CI: .ci/run installs it")
        pytest.skip("LibreOffice (soffice) is not installed here; CI installs it")
    return exe


def convert(tmp_path, target: str, *files, infilter: str | None = None) -> subprocess.CompletedProcess:
    """soffice --headless --convert-to TARGET FILES into tmp_path/lo, with a private profile."""
    cmd = [soffice(), "--headless", "--norestore", f"-env:UserInstallation=file://{tmp_path}/profile"]
    if infilter:
        cmd.append(f"--infilter={infilter}")
    cmd += ["--convert-to", target, "--outdir", str(tmp_path / "lo"), *map(str, files)]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=300)


def headings(doc) -> list:
    """(style name, text) of every heading and the title of a python-docx Document."""
    return [(p.style.name, p.text) for p in doc.paragraphs
            if p.style.name.startswith("Heading") or p.style.name == "Title"]


def section(doc, start: str, stop_level: str = "Heading 1") -> list:
    """Paragraphs from the heading whose text is ``start`` to the next heading of ``stop_level``."""
    out, inside = [], False
    for p in doc.paragraphs:
        if p.text == start and p.style.name.startswith("Heading"):
            inside = True
            continue
        if inside and p.style.name in (stop_level, "Heading 1"):
            break
        if inside:
            out.append(p)
    return out


def synthetic_report(settings, tmp_path, n: int, text: str, context: str) -> Report:
    """A real finding copied ``n`` times with the given flagged text and sentence."""
    from inclusive_lint.api import lint_paths

    src = tmp_path / "seed.txt"
    src.write_text("Each employee gives his or her next of kin.\n", encoding="utf-8")
    seed = lint_paths([str(src)], settings=settings).files[0].findings[0]
    start = context.find(text)
    findings = [dataclasses.replace(seed, text=text, context=context,
                                    context_span=(start, start + len(text)) if start >= 0 else (),
                                    location=Location(page=1 + i // 50, paragraph=1 + i),
                                    fingerprint=f"{i:016x}") for i in range(n)]
    report = Report(packs=[(p.name, p.version) for p in settings.ruleset.packs])
    report.files.append(FileResult(path="big.docx", format="docx", findings=findings))
    return report


def finding(**kw) -> Finding:
    base = dict(rule_id="PRN-003", severity="warning", message="m", text="his or her", location=Location(line=1))
    base.update(kw)
    return Finding(**base)
