"""The solver layer's imports (issue 16): solvers/ reads no files and writes no reports,
model/ does not reach up into solvers/, and solvers/ has no import cycle and no import
hidden inside a function."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2] / "placement"


def _module(path: Path) -> str:
    parts = path.relative_to(ROOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module(f): f for f in ROOT.rglob("*.py")}


def _imports(path: Path) -> list[tuple[str, bool]]:
    """(imported placement module, at module level?) — ``if TYPE_CHECKING`` skipped."""
    out: list[tuple[str, bool]] = []

    def visit(node: ast.AST, top: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test):
                continue
            if isinstance(child, ast.ImportFrom) and (child.module or "").startswith("placement"):
                for alias in child.names:
                    full = f"{child.module}.{alias.name}"
                    out.append((full if full in MODULES else child.module, top))
            elif isinstance(child, ast.Import):
                out.extend((a.name, top) for a in child.names if a.name.startswith("placement"))
            visit(child, top and not isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef))

    visit(ast.parse(path.read_text(encoding="utf-8")), True)
    return out


def test_solvers_import_no_io_report_or_cli():
    bad = [
        (m, d)
        for m, f in MODULES.items()
        if m.startswith("placement.solvers")
        for d, _ in _imports(f)
        if d.startswith(("placement.io", "placement.report", "placement.cli"))
    ]
    assert bad == []


def test_model_does_not_import_solvers():
    bad = [
        (m, d)
        for m, f in MODULES.items()
        if m.startswith("placement.model")
        for d, _ in _imports(f)
        if d.startswith("placement.solvers")
    ]
    assert bad == []


def test_no_function_level_imports_in_solvers():
    bad = [
        (m, d)
        for m, f in MODULES.items()
        if m.startswith("placement.solvers")
        for d, top in _imports(f)
        if not top
    ]
    assert bad == []


def test_no_import_cycle_through_the_solvers():
    graph = {
        m: {d for d, top in _imports(f) if top and d in MODULES and d != m}
        for m, f in MODULES.items()
    }
    for start in [m for m in MODULES if m.startswith("placement.solvers")]:
        seen, stack = set(), [(start, (start,))]
        while stack:
            node, path = stack.pop()
            for nxt in graph[node]:
                assert nxt != start, " -> ".join([*path, nxt])
                if nxt not in seen:
                    seen.add(nxt)
                    stack.append((nxt, (*path, nxt)))
