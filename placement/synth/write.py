"""Writing a generated organisation's tables (CSV, Excel, Parquet), atomically."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import numpy as np
import pandas as pd

from placement.i18n import msg
from placement.io.atomic import atomic_write
from placement.synth.organization import GeneratedOrganization

_EXTENSIONS = {"csv": "csv", "xlsx": "xlsx", "parquet": "parquet"}
_EXCEL_MAX_ROWS = 1_048_575


def write_organization(
    org: GeneratedOrganization, out_dir: Path | str, fmt: str = "csv", *, overwrite: bool = False
) -> dict[str, Path]:
    """Write ``employees``, ``positions`` and ``units`` tables into ``out_dir``.

    Each file is written atomically (:func:`placement.io.atomic.atomic_write`: a
    temporary file in the same directory, then renamed). Existing files are never
    replaced unless ``overwrite=True``; the check is made for all three files before
    anything is written.

    Args:
        org: the tables (any object with ``employees``, ``positions``, ``units``).
        out_dir: target directory (created if missing).
        fmt: ``"csv"`` (UTF-8, ``,``, booleans as ``true``/``false``), ``"xlsx"`` or
            ``"parquet"``.
        overwrite: replace existing files.

    Returns:
        ``{"employees": path, "positions": path, "units": path}``.

    Raises:
        FileExistsError: a target file exists and ``overwrite`` is false.
        ValueError: unknown ``fmt``, or a table too long for a worksheet.
    """
    if fmt not in _EXTENSIONS:
        raise ValueError(f"fmt must be one of {sorted(_EXTENSIONS)}, got {fmt!r}")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    tables = {"employees": org.employees, "positions": org.positions, "units": org.units}
    paths = {name: out / f"{name}.{_EXTENSIONS[fmt]}" for name in tables}
    if not overwrite:
        existing = [str(p) for p in paths.values() if p.exists()]
        if existing:
            raise FileExistsError(msg("gen.exists", paths=", ".join(existing)))
    if fmt == "xlsx":
        too_long = [k for k, t in tables.items() if len(t) > _EXCEL_MAX_ROWS]
        if too_long:
            raise ValueError(f"too many rows for an Excel sheet: {', '.join(too_long)}")
    for name, table in tables.items():
        atomic_write(paths[name], partial(_write_table, table, fmt=fmt))
    return paths


def _write_table(table: pd.DataFrame, path: Path, fmt: str) -> None:
    if fmt == "csv":
        t = table.copy()
        for c in t.columns:
            if t[c].dtype == bool:
                t[c] = np.where(t[c].to_numpy(), "true", "false")
        t.to_csv(path, index=False, lineterminator="\n", encoding="utf-8")
    elif fmt == "xlsx":
        table.to_excel(path, index=False, engine="openpyxl")
    else:
        table.to_parquet(path, index=False, engine="pyarrow")
