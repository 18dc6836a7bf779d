"""io at the bottom: all file reading is in placement/io, which imports nothing of the
civil-service domain; model/ and domain/ receive DataFrames and parsed values."""

from __future__ import annotations

import ast
from pathlib import Path

PLACEMENT = Path(__file__).resolve().parents[2] / "placement"
#: calls that open or read a file
READERS = {
    "open",
    "read_text",
    "read_bytes",
    "read_csv",
    "read_excel",
    "read_parquet",
    "read_table",
    "load_workbook",
}


def _imports(path: Path) -> set[str]:
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            out.add(node.module)
        elif isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
    return out


def _calls(path: Path) -> set[str]:
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call):
            f = node.func
            out.add(f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", ""))
    return out


def test_io_does_not_import_the_domain():
    for path in sorted((PLACEMENT / "io").glob("*.py")):
        bad = {m for m in _imports(path) if m.startswith("placement.domain")}
        assert not bad, f"{path.name} imports {sorted(bad)}"


def test_model_and_domain_do_not_read_files():
    for folder in ("model", "domain"):
        for path in sorted((PLACEMENT / folder).glob("*.py")):
            assert not _calls(path) & READERS - {"read_table"}, path.name
            # read_table is io's entry point: called, never re-implemented
            assert "placement.io.tables" in _imports(path) or "read_table" not in _calls(path)
