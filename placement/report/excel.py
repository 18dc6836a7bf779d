"""Excel workbooks of a Result or a Comparison, with deterministic bytes.

Every sheet has a bold, frozen header row with an autofilter and column widths from
the content (capped). Numbers stay numbers; rates are formatted as percentages and
JPM values with one decimal. Headers, sheet names and coded values (statuses,
reasons) use the labels of ``lang``; the cells with ids and names are the data's.

Workbooks are written with XlsxWriter in memory (``in_memory``: every zip entry
gets XlsxWriter's fixed 1980-01-01 timestamp) with fixed document properties
(:data:`FIXED_TIME`), so identical input gives identical bytes. Cells are written
column by column with typed calls (``write_number``, ``write_string``,
``write_boolean``): strings are never read as formulas, URLs or numbers. openpyxl
reads the files back (tests, other tools).
"""

from __future__ import annotations

import datetime as _dt
import io
import math
import re
from collections.abc import Iterable, Sequence

import numpy as np
import pandas as pd
import xlsxwriter

from placement.i18n import kpi_label, label, labels, value_label
from placement.report import summary
from placement.report.formatting import (
    CODED_COLUMNS,
    ONE_DECIMAL,
    PERCENT_COLUMNS,
    PERCENT_KPIS,
    TWO_DECIMALS,
    difference_columns,
    difference_header,
    position_label,
)

#: Created / modified time in the properties of every workbook (deterministic output).
FIXED_TIME = _dt.datetime(2000, 1, 1, 0, 0, 0)
#: The date-time of every zip entry (XlsxWriter's fixed value in ``in_memory`` mode).
ZIP_TIME = (1980, 1, 1, 0, 0, 0)


#: Keys of the KPI sheets whose (known) text values are shown in ``lang``.
TRANSLATED_KEYS = frozenset({"status", "solver_reason", "solver_message"})

_MIN_WIDTH, _MAX_WIDTH = 6, 50
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")
_OPTIONS = {
    "in_memory": True,
    "strings_to_numbers": False,
    "strings_to_formulas": False,
    "strings_to_urls": False,
}


def number_format(key: str, value=None) -> str | None:
    """The Excel number format for a column or KPI ``key`` (None: General)."""
    if key in PERCENT_COLUMNS or key in PERCENT_KPIS:
        return "0.0%"
    if key in ONE_DECIMAL:
        return "0.0"
    if key in TWO_DECIMALS:
        return "#,##0.00"
    if isinstance(value, int | np.integer) and not isinstance(value, bool | np.bool_):
        return "#,##0"
    return None


def cell_value(v):
    """A plain cell value: numbers as numbers, missing (None, NaN, NA) as None."""
    if v is None:
        return None
    if isinstance(v, np.bool_ | bool):
        return bool(v)
    if isinstance(v, np.integer):
        return int(v)
    if isinstance(v, float | np.floating):
        f = float(v)
        return None if math.isnan(f) or math.isinf(f) else f
    if v is pd.NA or v is pd.NaT:
        return None
    return str(v) if not isinstance(v, int | str) else v


def translate(df: pd.DataFrame, lang: str, columns: Iterable[str] = CODED_COLUMNS) -> pd.DataFrame:
    """A copy of ``df`` with the coded values of ``columns`` replaced by labels."""
    out = df.copy()
    for c in columns:
        if c in out.columns and len(out):
            s = out[c].astype(object)
            out[c] = s.map(lambda v: value_label(v, lang) if isinstance(v, str) else v)
    if lang != "en":  # yes / no in words: TRUE / FALSE would be English
        words = {True: label("yes", lang), False: label("no", lang)}
        for c in out.columns:
            if pd.api.types.is_bool_dtype(out[c].dtype) and len(out):
                out[c] = out[c].map(words).astype(object)
    return out


class SheetNames:
    """Valid, unique Excel sheet names (≤ 31 characters, no ``[]:*?/\\``)."""

    def __init__(self) -> None:
        self.used: set[str] = set()

    def __call__(self, name: str) -> str:
        base = _BAD_SHEET_CHARS.sub("_", name).strip("'").strip() or "Sheet"
        base = base[:31].strip("'")
        out, n = base, 1
        while out.lower() in self.used:
            n += 1
            suffix = f" ({n})"
            out = base[: 31 - len(suffix)] + suffix
        self.used.add(out.lower())
        return out


class Book:
    """An XlsxWriter workbook written to memory, with cached formats and unique sheet
    names; :meth:`bytes` closes it and returns the file."""

    def __init__(self) -> None:
        self._buf = io.BytesIO()
        self.wb = xlsxwriter.Workbook(self._buf, _OPTIONS)
        self.wb.set_properties(
            {"created": FIXED_TIME, "author": "placement", "comments": "placement report"}
        )
        self.names = SheetNames()
        self._formats: dict[tuple, object] = {}
        self.header = self.format(bold=True, valign="top")

    def format(self, **props):
        key = tuple(sorted(props.items()))
        if key not in self._formats:
            self._formats[key] = self.wb.add_format(props)
        return self._formats[key]

    def number(self, num_format: str | None):
        return None if not num_format else self.format(num_format=num_format)

    def sheet(self, title: str):
        return self.wb.add_worksheet(self.names(title))

    def bytes(self) -> bytes:
        self.wb.close()
        return self._buf.getvalue()


def _width(s: pd.Series, values: np.ndarray, header: str) -> int:
    """Characters to show ``header`` and the values (floats as ``1,234.56``), capped."""
    n = len(header)
    if len(values):
        if values.dtype.kind in "iu":
            n = max(n, len(f"{int(values.max()):,}"), len(f"{int(values.min()):,}"))
        elif values.dtype.kind == "f":
            ok = values[np.isfinite(values)]
            if len(ok):
                n = max(n, len(f"{ok.max():,.2f}"), len(f"{ok.min():,.2f}"))
        elif values.dtype.kind == "b":
            n = max(n, 5)
        elif pd.api.types.is_string_dtype(s.dtype) and not pd.api.types.is_object_dtype(s.dtype):
            n = max(n, int(s.str.len().max(skipna=True) if s.notna().any() else 0))
        else:
            n = max(n, max(len(_shown(v)) for v in values))
    return max(_MIN_WIDTH, min(_MAX_WIDTH, n + 2))


def _write_column(ws, col: int, values: np.ndarray, fmt) -> None:
    """Cells of one column from row 1 on, with typed writes; missing values stay empty.
    ``fmt`` applies to numbers only."""
    kind = values.dtype.kind
    if kind == "b":
        write_bool = ws.write_boolean
        for r, v in enumerate(values.tolist(), start=1):
            write_bool(r, col, v)
        return
    if kind in "iuf":
        write_number = ws.write_number
        for r, v in enumerate(values.tolist(), start=1):
            if v == v and v not in (math.inf, -math.inf):  # not NaN / inf
                write_number(r, col, v, fmt)
        return
    write_string, write_number, write_bool = ws.write_string, ws.write_number, ws.write_boolean
    for r, v in enumerate(values.tolist(), start=1):
        if isinstance(v, str):
            if v:
                write_string(r, col, v)
            continue
        v = cell_value(v)
        if v is None:
            continue
        if isinstance(v, bool):
            write_bool(r, col, v)
        elif isinstance(v, int | float):
            write_number(r, col, v, fmt)
        else:
            write_string(r, col, str(v))


def _column_values(s: pd.Series) -> np.ndarray:
    """A NumPy array of a column: bool / int / float kept native, anything else object."""
    if pd.api.types.is_bool_dtype(s.dtype) and not s.hasnans:
        return s.to_numpy(dtype=bool)
    if pd.api.types.is_numeric_dtype(s.dtype) and not pd.api.types.is_bool_dtype(s.dtype):
        if pd.api.types.is_integer_dtype(s.dtype) and not s.hasnans:
            return s.to_numpy(dtype=np.int64)
        return s.to_numpy(dtype=float, na_value=np.nan)
    return s.to_numpy(dtype=object)


def add_table_sheet(
    book: Book,
    title: str,
    df: pd.DataFrame,
    lang: str,
    headers: Sequence[str] | None = None,
    formats: dict[str, str | None] | None = None,
) -> None:
    """Append ``df`` as a sheet: bold frozen header, autofilter, widths, formats.

    ``headers`` overrides the labelled column names; ``formats`` maps a column key to
    an Excel number format (default: by column name, see :func:`number_format`).
    """
    ws = book.sheet(title)
    cols = [str(c) for c in df.columns]
    heads = list(headers) if headers is not None else labels(cols, lang)
    formats = dict(formats or {})
    for c in cols:
        formats.setdefault(c, number_format(c))
    if cols:
        ws.freeze_panes(1, 0)
        ws.autofilter(0, 0, max(len(df), 1), len(cols) - 1)
    for j, (c, h) in enumerate(zip(cols, heads, strict=True)):
        col = df.iloc[:, j]
        values = _column_values(col)
        ws.set_column(j, j, _width(col, values, h))
        ws.write_string(0, j, h, book.header)
        _write_column(ws, j, values, book.number(formats.get(c)))


def add_key_value_sheet(
    book: Book,
    title: str,
    rows: Sequence[tuple[str, list]],
    value_headers: Sequence[str],
    lang: str,
) -> None:
    """A sheet of labelled keys with one value column per item (KPI tables).

    ``rows`` holds ``(key, [value, ...])``; the last column repeats the machine key.
    """
    ws = book.sheet(title)
    heads = [label("kpi", lang), *value_headers, label("key", lang)]
    n = len(heads)
    ws.freeze_panes(1, 1)
    ws.autofilter(0, 0, max(len(rows), 1), n - 1)
    widths = [len(h) for h in heads]
    for j, h in enumerate(heads):
        ws.write_string(0, j, h, book.header)
    for i, (key, values) in enumerate(rows, start=1):
        name = kpi_label(key, lang)
        ws.write_string(i, 0, name)
        shown = [name]
        for j, v in enumerate(values, start=1):
            v = cell_value(v)
            if isinstance(v, str) and key in TRANSLATED_KEYS:
                v = value_label(v, lang)
            shown.append(_shown(v))
            if v is None or v == "":
                continue
            if isinstance(v, bool):
                ws.write_boolean(i, j, v)
            elif isinstance(v, int | float):
                ws.write_number(i, j, v, book.number(number_format(key, v)))
            else:
                ws.write_string(i, j, str(v))
        ws.write_string(i, n - 1, key)
        shown.append(key)
        widths = [max(w, len(s)) for w, s in zip(widths, shown, strict=True)]
    for j, w in enumerate(widths):
        ws.set_column(j, j, max(_MIN_WIDTH, min(_MAX_WIDTH, w + 2)))


def _shown(v) -> str:
    v = cell_value(v)
    if isinstance(v, float):
        return f"{v:,.2f}"
    return "" if v is None else str(v)


# -- workbooks ------------------------------------------------------------------------

RESULT_SHEETS = (
    "placements",
    "moves",
    "vacancies",
    "unplaced",
    "training_needs",
    "unit_fill",
    "breakdown",
)


def _result_kpi_rows(result, meta: dict, lang: str = "en") -> list[tuple[str, list]]:
    rows = [(k, [v]) for k, v in result.kpis.items()]
    rows += summary.solver_rows(result)
    shown = meta.get(f"description_{lang}") or meta.get("description")
    if shown:
        rows.insert(1, ("description", [shown]))
    return rows


def _log_sheet(book: Book, lang: str, log: Sequence[str], warnings: Sequence[str]) -> None:
    if not log and not warnings:
        return
    df = pd.DataFrame(
        {
            "kind": [label("operation_log", lang)] * len(log)
            + [label("warnings", lang)] * len(warnings),
            "description": [value_label(x, lang) for x in [*log, *warnings]],
        }
    )
    add_table_sheet(
        book,
        label("log", lang),
        df,
        lang,
        headers=[label("log", lang), label("description", lang)],
    )


def result_workbook(result, lang: str, meta: dict) -> bytes:
    """The workbook of one result: KPIs, the planner tables and the operation log.

    A result without a placement has empty tables (no columns): their sheets are left
    out, the KPI sheet says why (status, solver reason and message)."""
    book = Book()
    add_key_value_sheet(
        book,
        label("kpis", lang),
        _result_kpi_rows(result, meta, lang),
        [label("value", lang)],
        lang,
    )
    if result.compiled is not None and result.assignment is not None:
        opd = summary.opd_table(result).drop(columns=["opd"])
        add_table_sheet(
            book,
            label("opd_sheet", lang),
            opd,
            lang,
            headers=[label("headcount_need" if c == "headcount" else c, lang) for c in opd.columns],
        )
    for key in RESULT_SHEETS:
        df = summary.breakdown_for(result, lang) if key == "breakdown" else getattr(result, key)
        if key == "moves" and len(df.columns):
            df = summary.classified_moves(result)  # with rotasi / mutasi, promosi / demosi
        if not len(df.columns):
            continue
        add_table_sheet(book, label(key, lang), translate(df, lang), lang)
    for key, df in summary.extra_tables(result).items():
        add_table_sheet(book, label(key, lang), translate(df, lang), lang)
    _log_sheet(book, lang, meta.get("log", []), meta.get("warnings", []))
    return book.bytes()


def comparison_workbook(comparison, kp: pd.DataFrame, pairs: pd.DataFrame, lang: str) -> bytes:
    """KPIs side by side, pairwise counts, differences and each scenario's moves (each
    scenario's full workbook is in its own folder)."""
    book = Book()
    rows = [(str(k), list(kp.loc[k])) for k in kp.index]
    rows.append(("solver_reason", [r.solver_reason for r in comparison.results]))
    messages = [summary.solver_message(r) for r in comparison.results]
    if any(messages):
        rows.append(("solver_message", messages))
    add_key_value_sheet(book, label("kpis", lang), rows, list(kp.columns), lang)
    if len(pairs):
        add_table_sheet(book, label("pairs", lang), pairs, lang)
    diff = comparison.differences
    if len(diff.columns):
        cols = difference_columns(diff)
        heads = [difference_header(c, s, lang) for c, s in cols]
        shown = diff.copy()
        for c, s in cols:
            if s is not None:
                shown[c] = shown[c].astype(object).map(lambda v: position_label(v, lang))
        add_table_sheet(book, label("differences", lang), shown, lang, headers=heads)
    for r in comparison.results:
        if not len(r.moves.columns):
            continue
        suffix = f" – {label('moves', lang)}"
        title = r.name[: max(1, 31 - len(suffix))] + suffix
        add_table_sheet(book, title, translate(r.moves, lang), lang)
    return book.bytes()
