"""Blank input templates with a description of every column (``placement init``)."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pandas as pd

from placement.i18n import msg, render
from placement.io.atomic import atomic_write, write_text

#: (column, example 1, example 2) per table; each column is described by the catalogue
#: message ``tpl.<table>.<column>`` (English and Bahasa Indonesia).
COLUMNS: dict[str, list[tuple[str, str, str]]] = {
    "units": [
        ("id", "U01", "U02"),
        ("name", "Badan Keuangan dan Aset Daerah", "Dinas Kesehatan"),
        ("type", "badan", "dinas"),
        ("parent", "", ""),
        ("max_headcount", "", "120"),
        ("min_headcount", "", "1"),
        ("budget", "", ""),
    ],
    "positions": [
        ("id", "P001", "P002"),
        ("title", "Analis Keuangan", "Perawat Ahli Pertama"),
        ("unit", "U01", "U02"),
        ("kind", "JF", "JF"),
        ("level", "Ahli Pertama", "Ahli Pertama"),
        ("grade", "8", "8"),
        ("headcount", "3", "10"),
        ("min_fill", "", "1"),
        ("min_education", "S1", "S1"),
        ("fields", "Ekonomi; Akuntansi", "Keperawatan"),
        ("min_rank", "III/a", "III/a"),
        ("priority", "1", "2"),
        ("key", "false", "false"),
        ("jf", "", ""),
        ("comp:Integritas", "3", "3"),
        ("comp:Pengelolaan Keuangan", "3", ""),
    ],
    "employees": [
        ("id", "198501012010011001", "199203152019032002"),
        ("name", "Budi Santoso (contoh)", "Siti Rahma (contoh)"),
        ("rank", "III/b", "III/a"),
        ("education", "S1", "S1"),
        ("field", "Ekonomi", "Keperawatan"),
        ("current_unit", "U01", ""),
        ("current_position", "P001", ""),
        ("performance", "Baik", "Sangat Baik"),
        ("preferences", "", "P002"),
        ("birth_date", "1985-01-01", "1992-03-15"),
        ("certifications", "", "STR Perawat"),
        ("monthly_cost", "5200", "4100"),
        ("comp:Integritas", "4", "3"),
        ("comp:Pengelolaan Keuangan", "3", "1"),
    ],
}

#: Columns the Excel template formats as Text (ids: a number cell keeps only 15 digits)
#: for its first :data:`TEXT_ROWS` rows, and columns it holds as numbers.
TEXT_COLUMNS = (
    "id",
    "unit",
    "parent",
    "current_unit",
    "current_position",
    "preferences",
    "rank",
    "min_rank",
)
TEXT_ROWS = 5000
NUMBER_COLUMNS = (
    "max_headcount",
    "min_headcount",
    "budget",
    "grade",
    "headcount",
    "min_fill",
    "priority",
    "monthly_cost",
)

STARTER_SCENARIO = """\
# A starter scenario: re-place staff by competency with low disruption.
name: starter
description: Re-placement by competency fit, keeping moves low.
# reference_date: 2026-12-01   # planning date for ages and retirement (default: today)
data:
  employees: employees.csv
  positions: positions.csv
  units: units.csv
operations: []
  # - merge_units: {units: [U01, U02], into: U10, name: Badan Gabungan}
  # - close_positions: {select: {positions: [P002]}}
  # - pin: {employee: "198501012010011001", position: P001}
eligibility:
  hard: [education, rank, field]
objective:
  weights: {jpm: 1, education: 20, continuity: 10, preference: 10, unplaced: 200,
            unplaced_serving: 100, unplaced_holder: 100,
            vacancy: 50, training: 2}
solver:
  name: auto
  time_limit: 60
"""


def template_frames() -> dict[str, pd.DataFrame]:
    out = {}
    for table, cols in COLUMNS.items():
        out[table] = pd.DataFrame({c: [e1, e2] for c, e1, e2 in cols})
    return out


def _write_csv(path: Path, df: pd.DataFrame) -> None:
    df.to_csv(path, index=False)


def write_templates(out_dir: str | Path, lang: str = "en") -> list[Path]:
    """Write units/positions/employees CSV + one Excel workbook (with a sheet describing
    every column in ``lang``) + a starter scenario.

    Refuses (FileExistsError) to overwrite files that already exist.
    """
    out_dir = Path(out_dir)
    frames = template_frames()
    targets = [out_dir / f"{t}.csv" for t in frames] + [
        out_dir / "template.xlsx",
        out_dir / "scenario.yaml",
    ]
    existing = [p for p in targets if p.exists()]
    if existing:
        raise FileExistsError(msg("cli.templates_exist", path=existing[0]))
    written = []
    for table, df in frames.items():
        written.append(atomic_write(out_dir / f"{table}.csv", partial(_write_csv, df=df)))

    def excel(p: Path) -> None:
        with pd.ExcelWriter(p, engine="openpyxl") as xw:
            for table, df in frames.items():
                typed = df.copy()
                for c in typed.columns:  # numbers as numbers, ids and text as text
                    if c in NUMBER_COLUMNS or c.startswith("comp:"):
                        typed[c] = pd.to_numeric(typed[c].replace("", None))
                typed.to_excel(xw, sheet_name=table, index=False)
                ws = xw.sheets[table]
                ws.freeze_panes = "A2"
                for j, c in enumerate(typed.columns, start=1):
                    if c in TEXT_COLUMNS:  # Text: an 18-digit NIP typed here stays exact
                        for row in ws.iter_rows(min_row=2, max_row=TEXT_ROWS, min_col=j, max_col=j):
                            row[0].number_format = "@"
            heads = [render(msg(f"tpl.{k}"), lang) for k in ("table", "column", "description")]
            desc = pd.DataFrame(
                [
                    (t, c, render(msg(f"tpl.{t}.{c}"), lang))
                    for t, cols in COLUMNS.items()
                    for c, _, _ in cols
                ],
                columns=heads,
            )
            desc.to_excel(xw, sheet_name=heads[2], index=False)

    written.append(atomic_write(out_dir / "template.xlsx", excel))
    written.append(write_text(out_dir / "scenario.yaml", STARTER_SCENARIO))
    return written
