"""The package's shape: no module imports in a circle, not even for type hints only."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "citeresolve"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path, modules: set[str]) -> set[str]:
    """Every module of the package that ``path`` imports, under TYPE_CHECKING too."""
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, *([node.module] if node.module else [])])
            for alias in node.names:
                target = f"{base}.{alias.name}"
                found.add(target if target in modules else base)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {m for m in found if m in modules and m != name}


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle of ``graph`` (depth-first search), or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(module: str) -> list[str] | None:
        state[module] = 1
        path.append(module)
        for dep in sorted(graph[module]):
            if state.get(dep) == 1:
                return [*path[path.index(dep) :], dep]
            if dep not in state and (found := visit(dep)):
                return found
        state[module] = 2
        path.pop()
        return None

    for module in sorted(graph):
        if module not in state and (found := visit(module)):
            return found
    return None


def test_no_module_imports_in_a_circle() -> None:
    paths = sorted(PACKAGE.rglob("*.py"))
    modules = {_module_name(p) for p in paths}
    graph = {_module_name(p): _imports(p, modules) for p in paths}
    assert len(graph) > 60 and "citeresolve.model.keys" in graph["citeresolve.model.citation"]
    assert _cycle(graph) is None


def test_the_cycle_finder_finds_a_cycle() -> None:
    # keys -> family -> keys, the shape a types-only import once had in model/.
    graph = {"keys": {"family"}, "family": {"keys", "parts"}, "parts": set()}
    assert _cycle(graph) == ["family", "keys", "family"]
    assert _cycle({"keys": {"parts"}, "parts": set()}) is None


# Issue 16, "done when": no module of more than a few hundred lines, no function
# longer than a reader can hold in mind. Split what grows past these.
MAX_MODULE_LINES = 440
MAX_FUNCTION_LINES = 50


def _long_functions(source: str, limit: int) -> list[tuple[str, int]]:
    """(name, lines) of every function or method of ``source`` longer than ``limit``
    lines, decorators left out, nested functions counted on their own too."""
    return [
        (node.name, node.end_lineno - node.lineno + 1)
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        and node.end_lineno is not None
        and node.end_lineno - node.lineno + 1 > limit
    ]


def test_no_module_or_function_is_too_long() -> None:
    too_long: list[str] = []
    for path in sorted(PACKAGE.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        where = path.relative_to(PACKAGE.parent)
        lines = len(source.splitlines())
        if lines > MAX_MODULE_LINES:
            too_long.append(f"{where}: {lines} lines (at most {MAX_MODULE_LINES})")
        for name, length in _long_functions(source, MAX_FUNCTION_LINES):
            too_long.append(f"{where}: {name}() has {length} lines (at most {MAX_FUNCTION_LINES})")
    assert not too_long, "split these:\n" + "\n".join(too_long)


def test_the_length_check_measures_functions_and_methods() -> None:
    source = (
        "@decorated\n"
        "def four():\n    a = 1\n    b = 2\n    return a + b\n"
        "class C:\n    def three(self):\n        a = 1\n        return a\n"
    )
    assert _long_functions(source, 3) == [("four", 4)]
    assert _long_functions(source, 2) == [("four", 4), ("three", 3)]
    assert _long_functions(source, 4) == []
