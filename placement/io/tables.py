"""Read tabular input (CSV, Excel, Parquet) as text DataFrames, with clear errors.

Every cell is read as text (blank = ""), so that type checks happen in one place
(:mod:`placement.model.organization`) and can name the file, row and column of each
bad cell; a Parquet file's numbers may stay numbers in the columns the caller parses
as numbers anyway (``numbers``). ``df.attrs["source"]`` holds the file name,
``df.attrs["row_offset"]`` the number to add to a 0-based index to get the row number
a spreadsheet shows.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd

from placement.errors import DataError
from placement.i18n import msg, noun
from placement.limits import work_limit

SUFFIXES = {".csv": "csv", ".txt": "csv", ".tsv": "csv", ".xlsx": "excel", ".xlsm": "excel",
            ".parquet": "parquet", ".pq": "parquet"}  # fmt: skip


def read_table(
    path: str | Path,
    what: str = "table",
    sheet: str | int | None = None,
    numbers: Callable[[str], bool] | None = None,
) -> pd.DataFrame:
    """Read ``path`` (CSV / Excel / Parquet, by suffix) into a text DataFrame.

    ``numbers(column name)``: the columns whose Parquet integers and floats stay
    numbers (the validation parses them as numbers anyway: no text to parse back).

    Raises :class:`DataError` naming the file and the fix when the file is missing,
    empty, or not readable in its format.
    """
    path = Path(path)
    if not path.exists():
        raise DataError(msg("io.not_found", path=path, what=noun(what)))
    if path.is_dir():
        raise DataError(msg("io.is_folder", path=path, what=noun(what)))
    kind = SUFFIXES.get(path.suffix.lower())
    if kind is None:
        raise DataError(msg("io.unknown_type", path=path, suffix=path.suffix))
    check_budget(path, kind)
    try:
        if kind == "csv":
            df = _read_csv(path)
        elif kind == "excel":
            df = _read_excel(path, sheet, what)
        else:
            _check_shape(path, *_parquet_shape(path))
            df = _as_text(pd.read_parquet(path), numbers)
    except DataError:
        raise
    except Exception as exc:  # a library's parse error: say which file and what
        raise DataError(msg("io.cannot_read", path=path, kind=kind, error=exc)) from exc
    attrs = dict(df.attrs)
    df.columns = [str(c).strip() for c in df.columns]
    df.attrs.update(attrs)
    if len(df.columns) == 0:
        raise DataError(msg("io.empty", path=path))
    if len(df) == 0:
        raise DataError(
            msg("io.no_rows", path=path, row=noun(what[:-1] if what.endswith("s") else what))
        )
    df.attrs["source"] = str(path)
    df.attrs["row_offset"] = 2  # header is row 1
    return df


def check_budget(path: Path, kind: str = "csv") -> None:
    """Refuse what is not a regular file, or bigger than the work limit (a workbook:
    its sheets' unpacked size, read from the zip directory), before reading it."""
    if not path.is_file():
        raise DataError(msg("limits.not_regular", path=path))
    limit, var = work_limit("file_mb")
    size, what = path.stat().st_size, ""
    if kind == "excel":
        try:
            with zipfile.ZipFile(path) as z:
                size = sum(
                    i.file_size
                    for i in z.infolist()
                    if i.filename.startswith(("xl/worksheets/", "xl/sharedStrings"))
                )
            what = msg("limits.unpacked")
            limit, var = work_limit("sheet_mb")
        except (zipfile.BadZipFile, OSError):
            pass  # openpyxl says what is wrong with it
    if size > limit * 2**20:
        raise DataError(
            msg(
                "limits.file_size",
                path=path,
                size=-(-size // 2**20),
                what=what,
                limit=limit,
                var=var,
            )
        )


def _check_shape(path: Path, rows: int, columns: int) -> None:
    for name, n in (("rows", rows), ("columns", columns)):
        limit, var = work_limit(name)
        if n > limit:
            raise DataError(msg(f"limits.{name}", path=path, n=n, limit=limit, var=var))


def _parquet_shape(path: Path) -> tuple[int, int]:
    import pyarrow.parquet as pq  # start-up time: only Parquet inputs need pyarrow

    meta = pq.ParquetFile(path).metadata
    return meta.num_rows, meta.num_columns


def _as_text(df: pd.DataFrame, numbers: Callable[[str], bool] | None = None) -> pd.DataFrame:
    """Every column as text, blanks as "" (the layout every table is checked in);
    timestamps (Parquet dates) as YYYY-MM-DD when they carry no time of day; integers
    and floats of the columns ``numbers`` names left as they are."""
    cols = {}
    for c, s in df.items():
        if numbers is not None and is_number(s.dtype) and numbers(str(c)):
            cols[c] = s
        elif pd.api.types.is_datetime64_any_dtype(s.dtype):
            day = (s.dropna() == s.dropna().dt.normalize()).all()
            text = (
                s.dt.strftime("%Y-%m-%d")
                if day
                else s.map(lambda v: v.isoformat() if pd.notna(v) else "")
            )
            cols[c] = text.fillna("").astype(str)
        elif pd.api.types.is_string_dtype(s.dtype) and s.dtype != object:
            cols[c] = s.fillna("").astype(str)  # already text: no round trip via object
        elif pd.api.types.is_integer_dtype(s.dtype):
            cols[c] = pd.Series(int_text(s), index=s.index)
        else:
            cols[c] = s.astype(object).where(s.notna(), "").astype(str)
    out = pd.DataFrame(cols, index=df.index)
    out.attrs.update(df.attrs)
    return out


def is_number(dtype) -> bool:
    """An integer or float column (not a bool: its text is "True", not a number)."""
    return (
        pd.api.types.is_integer_dtype(dtype) or pd.api.types.is_float_dtype(dtype)
    ) and not pd.api.types.is_bool_dtype(dtype)


def int_text(s: pd.Series) -> pd.api.extensions.ExtensionArray:
    """An integer column (NumPy or nullable) as text, by Arrow's cast: the digits ``str``
    gives, missing as "" (7x faster than a round trip through Python objects: Parquet
    numbers of 100,000 employees; the CSV writer's integers too)."""
    import pyarrow as pa  # start-up time: only numbers of Parquet, Excel and outputs
    import pyarrow.compute as pc  # as above

    text = pc.cast(pa.array(s.array if s.hasnans else s.to_numpy()), pa.large_string())
    return pd.array(pc.fill_null(text, ""), dtype=pd.StringDtype("pyarrow", na_value=np.nan))


def _decode(raw: bytes, path: Path) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):  # Excel's "Unicode text"
        return raw.decode("utf-16")
    if b"\x00" in raw[:1000]:
        raise DataError(msg("limits.utf16", path=path))
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
        raise DataError(msg("io.empty", path=path))
    first = text.split("\n", 1)[0]
    sep = _sniff_delimiter(first)
    header = [h.strip() for h in next(csv.reader([first.rstrip("\r")], delimiter=sep))]
    _check_shape(path, text.count("\n") - text.endswith("\n"), len(header))  # data rows
    _check_header(path, header)
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
    except pd.errors.ParserError as exc:  # pandas ends its message with a line break
        error = " ".join(str(exc).split())
        raise DataError(msg("io.bad_csv", path=path, error=error)) from exc


SHEET_NAMES = {
    "employees": ("employees", "pegawai", "asn"),
    "positions": ("positions", "jabatan", "formasi", "peta jabatan"),
    "units": ("units", "unit", "unit kerja", "opd", "unor"),
}


def _read_excel(path: Path, sheet: str | int | None, what: str = "table") -> pd.DataFrame:
    import openpyxl  # start-up time: only Excel inputs need openpyxl
    from openpyxl.utils import get_column_letter  # (as above)

    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    names = wb.sheetnames
    warnings = []
    if sheet is None:
        wanted = SHEET_NAMES.get(what, (what,))
        match = [n for n in names if n.strip().lower() in wanted]
        sheet = match[0] if match else names[0]
        if len(names) > 1:
            warnings.append(
                msg("io.sheets", file=path.name, n=len(names), names=", ".join(names), sheet=sheet)
            )
    elif isinstance(sheet, str) and sheet not in names:
        raise DataError(msg("io.no_sheet", path=path, sheet=sheet, names=", ".join(names)))
    ws = wb[sheet] if isinstance(sheet, str) else wb.worksheets[sheet]
    _check_shape(path, (ws.max_row or 1) - 1, ws.max_column or 0)  # as the sheet declares
    ws.reset_dimensions()  # read every row, even past a wrong <dimension> tag
    rows = list(ws.iter_rows(values_only=True))
    _check_shape(path, len(rows) - 1, 0)
    title = ws.title
    wb.close()
    if not rows:
        raise DataError(msg("io.sheet_empty", path=path, title=title))
    header = ["" if h is None else str(h).strip() for h in rows[0]]
    while header and header[-1] == "":
        header.pop()
    _check_header(path, header)
    width = len(header)
    blank = [get_column_letter(i + 1) for i, h in enumerate(header) if h == ""]
    if blank:
        raise DataError(
            msg("io.blank_header", path=path, title=title, cells=", ".join(c + "1" for c in blank))
        )
    formulas = _formulas_without_values(path, title, rows, width) if _has_formulas(path) else []
    if formulas:
        raise DataError(
            msg(
                "io.formulas",
                path=path,
                title=title,
                cells=", ".join(formulas[:5]),
                more=msg("and_more") if len(formulas) > 5 else "",
            )
        )
    data = [[_cell_text(v) for v in r[:width]] + [""] * (width - len(r[:width])) for r in rows[1:]]
    keep = [i for i, r in enumerate(data) if any(c != "" for c in r)]
    df = pd.DataFrame([data[i] for i in keep], columns=header, dtype=str)
    df["_row"] = [i + 2 for i in keep]  # the row numbers Excel shows
    df.attrs["warnings"] = warnings
    df.attrs["sheet"] = title
    return df


def _check_header(path: Path, header: list[str]) -> None:
    """The same column name twice (pandas would keep the first and rename the copy)."""
    seen: set[str] = set()
    for h in header:
        if h and h.lower() in seen:
            raise DataError(msg("limits.duplicate_header", path=path, column=h))
        seen.add(h.lower())


def _has_formulas(path: Path) -> bool:
    """Whether any sheet holds a formula element: a scan of the raw XML, so that the
    slow second pass over the cells runs only for workbooks that have formulas."""

    try:
        with zipfile.ZipFile(path) as z:
            for info in z.infolist():
                if not info.filename.startswith("xl/worksheets/"):
                    continue
                tail = b""
                with z.open(info) as f:
                    while chunk := f.read(1 << 20):
                        block = tail + chunk
                        if b"<f>" in block or b"<f " in block or b"<x:f" in block:
                            return True
                        tail = block[-8:]
    except (zipfile.BadZipFile, OSError, KeyError):
        return True  # let the full pass decide
    return False


def _formulas_without_values(path: Path, title: str, values, width: int) -> list[str]:
    """Cells holding a formula whose cached value is missing (files never opened in Excel)."""
    import openpyxl  # start-up time: only Excel inputs need openpyxl
    from openpyxl.utils import get_column_letter  # (as above)

    wb = openpyxl.load_workbook(path, read_only=True, data_only=False)
    out = []
    for r, row in enumerate(wb[title].iter_rows(values_only=True)):
        for c, v in enumerate(row[:width]):
            if (
                isinstance(v, str)
                and v.startswith("=")
                and (r >= len(values) or c >= len(values[r]) or values[r][c] is None)
            ):
                out.append(f"{get_column_letter(c + 1)}{r + 1}")
    wb.close()
    return out


def _cell_text(v) -> str:
    if v is None:
        return ""
    if isinstance(v, int | float) and not isinstance(v, bool) and abs(v) >= 1e15:
        # more digits than a number cell keeps (an 18-digit NIP typed as a number): kept
        # in scientific notation so the id checks report it instead of a wrong number
        return repr(float(v))
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    if hasattr(v, "isoformat"):
        return v.isoformat()[:10] if getattr(v, "hour", 0) == 0 else v.isoformat()
    return str(v).strip()
