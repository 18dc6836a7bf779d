"""Read tabular input (CSV, Excel, Parquet) as text DataFrames, with clear errors.

Every cell is read as text (blank = ""), so that type checks happen in one place
(:mod:`placement.model.organization`) and can name the file, row and column of each
bad cell. ``df.attrs["source"]`` holds the file name, ``df.attrs["row_offset"]`` the
number to add to a 0-based index to get the row number a spreadsheet shows.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pandas as pd

from placement.errors import DataError

SUFFIXES = {".csv": "csv", ".txt": "csv", ".tsv": "csv", ".xlsx": "excel", ".xlsm": "excel",
            ".parquet": "parquet", ".pq": "parquet"}  # fmt: skip


def read_table(path: str | Path, what: str = "table",
               sheet: str | int | None = None) -> pd.DataFrame:
    """Read ``path`` (CSV / Excel / Parquet, by suffix) into a text DataFrame.

    Raises :class:`DataError` naming the file and the fix when the file is missing,
    empty, or not readable in its format.
    """
    path = Path(path)
    if not path.exists():
        raise DataError(f"{path}: {what} file not found; check the path in the scenario file")
    if path.is_dir():
        raise DataError(f"{path}: is a folder; give the path of the {what} file")
    kind = SUFFIXES.get(path.suffix.lower())
    if kind is None:
        raise DataError(
            f"{path}: unknown file type {path.suffix!r}; use .csv, .xlsx or .parquet"
        )
    try:
        if kind == "csv":
            df = _read_csv(path)
        elif kind == "excel":
            df = _read_excel(path, sheet)
        else:
            df = pd.read_parquet(path)
            df = df.astype(object).where(df.notna(), "").astype(str)
    except DataError:
        raise
    except Exception as exc:  # a library's parse error: say which file and what
        raise DataError(f"{path}: cannot read as {kind}: {exc}") from exc
    df.columns = [str(c).strip() for c in df.columns]
    if len(df.columns) == 0:
        raise DataError(f"{path}: the file is empty; it needs a header row and data rows")
    df.attrs["source"] = str(path)
    df.attrs["row_offset"] = 2  # header is row 1
    return df


def _decode(raw: bytes, path: Path) -> str:
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")  # Windows Excel exports


def _sniff_delimiter(first_line: str) -> str:
    counts = {d: first_line.count(d) for d in (",", ";", "\t", "|")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] > 0 else ","


def _read_csv(path: Path) -> pd.DataFrame:
    text = _decode(path.read_bytes(), path)
    if not text.strip():
        raise DataError(f"{path}: the file is empty; it needs a header row and data rows")
    first = text.split("\n", 1)[0]
    sep = _sniff_delimiter(first)
    try:
        return pd.read_csv(
            io.StringIO(text),
            sep=sep,
            dtype=str,
            keep_default_na=False,
            skipinitialspace=True,
            quoting=csv.QUOTE_MINIMAL,
            engine="c",
        )
    except pd.errors.ParserError as exc:
        raise DataError(f"{path}: malformed CSV ({exc}); check quoting and the number of "
                        "columns on that line") from exc


def _read_excel(path: Path, sheet: str | int | None) -> pd.DataFrame:
    import openpyxl

    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    names = wb.sheetnames
    if sheet is None:
        sheet = names[0]
    elif isinstance(sheet, str) and sheet not in names:
        raise DataError(f"{path}: no sheet named {sheet!r}; sheets: {', '.join(names)}")
    ws = wb[sheet] if isinstance(sheet, str) else wb.worksheets[sheet]
    rows = list(ws.iter_rows(values_only=True))
    wb.close()
    if not rows:
        raise DataError(f"{path} [{ws.title}]: the sheet is empty; it needs a header row")
    header = ["" if h is None else str(h).strip() for h in rows[0]]
    while header and header[-1] == "":
        header.pop()
    width = len(header)
    data = [[_cell_text(v) for v in r[:width]] + [""] * (width - len(r[:width])) for r in rows[1:]]
    data = [r for r in data if any(c != "" for c in r)]
    return pd.DataFrame(data, columns=header, dtype=str)


def _cell_text(v) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    if hasattr(v, "isoformat"):
        return v.isoformat()[:10] if getattr(v, "hour", 0) == 0 else v.isoformat()
    return str(v).strip()
