"""Blank input templates with a description of every column (``placement init``)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from placement.io.atomic import atomic_write, write_text
from placement.messages import msg

#: (column, description, example 1, example 2) per table.
COLUMNS: dict[str, list[tuple[str, str, str, str]]] = {
    "units": [
        ("id", "unique unit id (required)", "U01", "U02"),
        ("name", "unit name", "Badan Keuangan dan Aset Daerah", "Dinas Kesehatan"),
        ("type", "sekretariat / dinas / badan / kecamatan / inspektorat", "badan", "dinas"),
        ("parent", "id of a parent unit (optional)", "", ""),
        ("max_headcount", "most staff the unit may hold (optional)", "", "120"),
        ("min_headcount", "fewest staff the unit must hold (optional)", "", "1"),
        ("budget", "personnel budget for budget constraints (optional)", "", ""),
    ],
    "positions": [
        ("id", "unique position id (required)", "P001", "P002"),
        ("title", "position title (nama jabatan)", "Analis Keuangan", "Perawat Ahli Pertama"),
        ("unit", "unit id (required)", "U01", "U02"),
        ("kind", "JPT, JA or JF", "JF", "JF"),
        ("level", "e.g. Pratama, Administrator, Pengawas, Pelaksana, Ahli Muda",
         "Ahli Pertama", "Ahli Pertama"),
        ("grade", "kelas jabatan 1-17", "8", "8"),
        ("headcount", "formasi: number of seats, 0 closes the post (required)", "3", "10"),
        ("min_fill", "seats that must be filled (optional)", "", "1"),
        ("min_education", "SD, SMP, SMA, D1, D2, D3, D4/S1, S2, S3", "S1", "S1"),
        ("fields", "accepted fields of study separated by ';' (blank = any)",
         "Ekonomi; Akuntansi", "Keperawatan"),
        ("min_rank", "lowest golongan, e.g. III/a (optional)", "III/a", "III/a"),
        ("priority", "weight of a vacancy here (default 1)", "1", "2"),
        ("key", "true for key posts", "false", "false"),
        ("jf", "functional family of a JF post (blank = the title without its level)", "",
         ""),
        ("comp:Integritas", "required level 1-5 of a competency (blank = not required); "
         "one comp:<name> column per competency", "3", "3"),
        ("comp:Pengelolaan Keuangan", "required level of a technical competency", "3", ""),
    ],
    "employees": [
        ("id", "unique id: NIP or any string (required)", "198501012010011001",
         "199203152019032002"),
        ("name", "name", "Budi Santoso (contoh)", "Siti Rahma (contoh)"),
        ("rank", "golongan I/a … IV/e (required)", "III/b", "III/a"),
        ("education", "SD … S3 (required)", "S1", "S1"),
        ("field", "field of study", "Ekonomi", "Keperawatan"),
        ("current_unit", "unit id now (blank for new hires)", "U01", ""),
        ("current_position", "position id now (blank for new hires)", "P001", ""),
        ("performance", "Sangat Baik, Baik, Butuh Perbaikan, Kurang, Sangat Kurang", "Baik",
         "Sangat Baik"),
        ("preferences", "wished position ids in order, separated by ';'", "", "P002"),
        ("certifications", "certificates separated by ';': STR <profession>, Sertifikat "
         "Pendidik, Uji Kompetensi <functional family> (career rules)", "",
         "STR Perawat"),
        ("birth_date", "YYYY-MM-DD (optional)", "1985-01-01", "1992-03-15"),
        ("monthly_cost", "cost for budget constraints (optional; any column name)", "5200",
         "4100"),
        ("comp:Integritas", "assessed level 1-5 (one column per competency; blank = not "
         "assessed)", "4", "3"),
        ("comp:Pengelolaan Keuangan", "assessed level 1-5 (blank = not assessed)", "3", "1"),
    ],
}

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
            vacancy: 50, training: 2}
solver:
  name: auto
  time_limit: 60
"""


def template_frames() -> dict[str, pd.DataFrame]:
    out = {}
    for table, cols in COLUMNS.items():
        out[table] = pd.DataFrame({c: [e1, e2] for c, _, e1, e2 in cols})
    return out


def write_templates(out_dir: str | Path) -> list[Path]:
    """Write units/positions/employees CSV + one Excel workbook + a starter scenario.

    Refuses (FileExistsError) to overwrite files that already exist.
    """
    out_dir = Path(out_dir)
    frames = template_frames()
    targets = [out_dir / f"{t}.csv" for t in frames] + [out_dir / "template.xlsx",
                                                        out_dir / "scenario.yaml"]
    existing = [p for p in targets if p.exists()]
    if existing:
        raise FileExistsError(msg("cli.templates_exist", path=existing[0]))
    written = []
    for table, df in frames.items():
        written.append(atomic_write(out_dir / f"{table}.csv",
                                    lambda p, df=df: df.to_csv(p, index=False)))

    def excel(p: Path) -> None:
        with pd.ExcelWriter(p, engine="openpyxl") as xw:
            for table, df in frames.items():
                df.to_excel(xw, sheet_name=table, index=False)
                xw.sheets[table].freeze_panes = "A2"
            desc = pd.DataFrame([(t, c, d) for t, cols in COLUMNS.items()
                                 for c, d, _, _ in cols], columns=["table", "column",
                                                                   "description"])
            desc.to_excel(xw, sheet_name="description", index=False)

    written.append(atomic_write(out_dir / "template.xlsx", excel))
    written.append(write_text(out_dir / "scenario.yaml", STARTER_SCENARIO))
    return written
