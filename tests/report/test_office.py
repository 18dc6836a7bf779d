"""The workbooks as an office suite shows them: LibreOffice Calc (headless) converts
every sheet of a result workbook to CSV with the cells as displayed (number formats
applied). Skipped where ``soffice`` is not installed (CI installs it)."""

from __future__ import annotations

import csv
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest

import placement
from placement.report.files import write_result

ROOT = Path(__file__).resolve().parents[2]
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
#: CSV export: comma, double quote, UTF-8, from row 1, cells as shown, every sheet
FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed"),
]


def _as_shown(xlsx: Path, tmp_path: Path) -> dict[str, list[list[str]]]:
    out = tmp_path / "shown"
    subprocess.run(
        [str(SOFFICE), "--headless", f"-env:UserInstallation=file://{tmp_path}/profile",
         "--convert-to", FILTER, "--outdir", str(out), str(xlsx)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    sheets = {}
    for f in sorted(out.glob(f"{xlsx.stem}-*.csv")):
        with f.open(encoding="utf-8", newline="") as fh:
            sheets[f.stem.removeprefix(f"{xlsx.stem}-")] = list(csv.reader(fh))
    return sheets


def test_libreoffice_shows_every_sheet_with_its_formats(tmp_path):
    result = placement.solve(ROOT / "scenarios" / "tebo" / "replace.yaml")
    write_result(result, tmp_path / "out", formats=["xlsx"])
    xlsx = tmp_path / "out" / "placement.xlsx"
    shown = _as_shown(xlsx, tmp_path)
    assert set(shown) == set(openpyxl.load_workbook(xlsx, read_only=True).sheetnames)
    kpis = {row[-1]: row[1] for row in shown["KPIs"][1:]}
    assert kpis["status"] == "optimal (proven)"
    assert kpis["gap"] == "0.0%"
    assert kpis["employees"] == "4,500"  # a count: thousands separator
    head, *rows = shown["Placements"]
    nip = [r[head.index("Employee ID")] for r in rows]
    assert all(len(x) == 18 and x.isdigit() for x in nip)  # text: not 1.97E+17
    jpm = [r[head.index("JPM (%)")] for r in rows if r[head.index("JPM (%)")]]
    assert jpm and all(x.count(".") == 1 and len(x.split(".")[1]) == 1 for x in jpm)
    assert len(rows) == 4500
