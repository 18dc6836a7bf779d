"""The package's import structure, read from the source with ``ast`` (nothing imported).

The layers read one way (../DESIGN: io -> model -> solvers -> result -> report -> cli):
no import cycles, no arrow pointing back up, and an import inside a function only with
a one-line reason (an optional dependency, start-up time) on its line or the line above.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2] / "placement"


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(p): p for p in sorted(ROOT.rglob("*.py"))}


def _resolve(name: str) -> str | None:
    """The placement module an import of ``name`` loads (a submodule if it is one)."""
    while name and name not in MODULES:
        name = name.rpartition(".")[0]
    return name or None


def _imports(module: str) -> list[tuple[str, ast.AST, bool]]:
    """(imported module, node, inside a function) for every import; a placement
    module is resolved to the module it loads."""
    path = MODULES[module]
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    out: list[tuple[str, ast.AST, bool]] = []

    def visit(node: ast.AST, in_function: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _type_checking(child.test):
                continue  # annotations only: never run
            inner = in_function or isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef)
            names: list[str] = []
            if isinstance(child, ast.Import):
                names = [a.name for a in child.names]
            elif isinstance(child, ast.ImportFrom):
                base = child.module or ""
                if child.level:
                    anchor = package.split(".")
                    anchor = anchor[: len(anchor) - child.level + 1]
                    base = ".".join(anchor + ([base] if base else []))
                names = [f"{base}.{a.name}" for a in child.names] or [base]
            for name in names:
                if name.split(".")[0] == "placement":
                    target = _resolve(name)
                    if target and target != module:
                        out.append((target, child, in_function))
                elif name:
                    out.append((name, child, in_function))
            visit(child, inner)

    visit(tree, False)
    return out


def _type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


IMPORTS = {m: _imports(m) for m in MODULES}
GRAPH = {m: [i for i in IMPORTS[m] if i[0] in MODULES] for m in MODULES}


def _layer(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def test_no_import_cycles():
    edges = {m: sorted({t for t, _, _ in GRAPH[m]}) for m in GRAPH}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []

    def strong(v: str) -> None:  # Tarjan, recursive: the graph is a few hundred nodes
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in edges[v]:
            if w not in index:
                strong(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for v in sorted(edges):
        if v not in index:
            strong(v)
    assert cycles == [], "\n".join(" -> ".join(c) for c in cycles)


FORBIDDEN = {
    # layer: layers it must not import
    "io": {
        "model",
        "domain",
        "solvers",
        "report",
        "cli",
        "api",
        "scale",
        "synth",
    },
    # errors and limits are leaves every layer may use (standard library only)
    "i18n": {m for m in {_layer(x) for x in MODULES} if m not in ("i18n", "errors")},
    "model": {
        "solvers",
        "report",
        "cli",
        "api",
        "scale",
        "domain",
        "synth",
        "explain",
        "diagnose",
        "candidates",
    },
    "solvers": {
        "io",
        "report",
        "cli",
        "api",
        "scale",
        "domain",
        "synth",
    },
    "domain": {"solvers", "report", "cli", "cli_import", "cli_scale", "api", "scale"},
}


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_no_arrow_points_back_up(layer):
    wrong = sorted(
        f"{m} imports {t} (line {node.lineno})"
        for m in GRAPH
        if _layer(m) == layer
        for t, node, _ in GRAPH[m]
        if _layer(t) in FORBIDDEN[layer]
    )
    assert wrong == []


def test_imports_inside_functions_say_why():
    silent = []
    for module, imports in IMPORTS.items():
        lines = MODULES[module].read_text(encoding="utf-8").splitlines()
        for _, node, in_function in imports:
            if not in_function:
                continue
            here = lines[node.lineno - 1]
            above = lines[node.lineno - 2].strip() if node.lineno > 1 else ""
            if "#" not in here and not above.startswith("#"):
                silent.append(f"{module}:{node.lineno}: {here.strip()}")
    assert silent == []


def test_the_solvers_import_nothing_inside_functions():
    # stricter than the rule above: a solver loads what it needs when it is imported
    hidden = sorted(
        f"{m}:{node.lineno}"
        for m, imports in IMPORTS.items()
        if _layer(m) == "solvers"
        for _, node, in_function in imports
        if in_function
    )
    assert hidden == []


#: calls that open or read a file: only placement.io makes them
READERS = {
    "open",
    "read_text",
    "read_bytes",
    "read_csv",
    "read_excel",
    "read_parquet",
    "load_workbook",
}


def test_model_and_domain_read_no_files():
    # they receive DataFrames and parsed values; io.tables.read_table is the entry point
    reading = []
    for module, path in MODULES.items():
        if _layer(module) not in ("model", "domain"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                f = node.func
                name = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", "")
                if name in READERS:
                    reading.append(f"{module}:{node.lineno}: {name}")
    assert reading == []
