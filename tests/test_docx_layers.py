"""The Word reader's modules import one way: no module reaches back up to one importing it."""
import ast
from pathlib import Path

import inclusive_lint

PKG = Path(inclusive_lint.__file__).resolve().parent


def _graph(folder: Path, package: str) -> dict:
    """module -> set of sibling modules it imports (relative imports inside ``folder``)."""
    names = {p.stem for p in folder.glob("*.py")}
    graph = {}
    for path in folder.glob("*.py"):
        deps = set()
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and node.level == 1:
                if node.module:
                    deps.add(node.module.split(".")[0])
                else:
                    deps.update(a.name for a in node.names)
        graph[path.stem] = {d for d in deps if d in names and d != path.stem}
    return graph


def _cycle(graph: dict):
    state = {}

    def visit(n, trail):
        state[n] = 1
        for d in sorted(graph.get(n, ())):
            if state.get(d) == 1:
                return trail + [n, d]
            if d not in state:
                found = visit(d, trail + [n])
                if found:
                    return found
        state[n] = 2
        return None

    for n in sorted(graph):
        if n not in state:
            found = visit(n, [])
            if found:
                return found
    return None


def test_the_cycle_finder_finds_a_cycle():
    assert _cycle({"a": {"b"}, "b": {"a"}}) is not None
    assert _cycle({"a": {"b"}, "b": set()}) is None


def test_word_reader_modules_import_one_way():
    graph = _graph(PKG / "readers" / "docx", "docx")
    assert "builder" in graph["story"] and "builder" in graph["tables"]
    assert "story" not in graph["tables"]
    assert _cycle(graph) is None


def test_odf_reader_modules_import_one_way():
    graph = _graph(PKG / "readers" / "odf", "odf")
    assert {"walker", "inline", "styles", "controls", "ns"} <= set(graph)
    assert _cycle(graph) is None
