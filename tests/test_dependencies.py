"""``pip install .`` pulls only packages the code imports: each runtime dependency in
pyproject.toml is imported by some module under src/."""
import re

from conftest import ROOT

MODULE = {"pyyaml": "yaml", "python-docx": "docx", "markdown-it-py": "markdown_it"}


def _imported_modules() -> set:
    found = set()
    for path in (ROOT / "src" / "inclusive_lint").rglob("*.py"):
        for m in re.finditer(r"^\s*(?:import|from)\s+([A-Za-z_][\w]*)", path.read_text(encoding="utf-8"), re.M):
            found.add(m.group(1))
    return found


def test_every_runtime_dependency_is_imported():
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    names = [re.match(r"[A-Za-z0-9_.-]+", d).group().lower() for d in deps]
    imported = _imported_modules()
    unused = [n for n in names if MODULE.get(n, n.replace("-", "_")) not in imported]
    assert not unused, f"declared but never imported: {unused}"
    assert "pdfplumber" not in names
