"""Excel workbooks of a Result or a Comparison, with deterministic bytes.

Every sheet has a bold, frozen header row with an autofilter and column widths from
the content (capped). Numbers stay numbers; rates are formatted as percentages and
JPM values with one decimal. Headers, sheet names and coded values (statuses,
reasons) use the labels of ``lang``; the cells with ids and names are the data's.

The workbook is built in openpyxl's write-only mode (fast for thousands of rows),
saved with fixed document properties, and re-zipped with fixed entry timestamps, so
that identical input gives identical bytes.
"""

from __future__ import annotations

import datetime as _dt
import io
import math
import re
import zipfile
from collections.abc import Iterable, Sequence

import numpy as np
import pandas as pd
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.writer.excel import ExcelWriter

from placement.report.labels import kpi_label, label, labels, value_label

#: Document properties and zip entry times of every workbook (deterministic output).
FIXED_TIME = _dt.datetime(2000, 1, 1, 0, 0, 0)
_ZIP_TIME = (2000, 1, 1, 0, 0, 0)

#: Columns holding fractions shown as percentages.
PERCENT_COLUMNS = frozenset({"fill_rate", "field_fit_rate", "gap_rate"})
#: KPIs that are fractions (shown as percentages).
PERCENT_KPIS = frozenset({"fill_rate", "field_fit_rate", "gap"})
#: Columns and KPIs with one decimal (JPM in percent points).
ONE_DECIMAL = frozenset(
    {"jpm", "jpm_before", "jpm_after", "jpm_change", "mean_jpm", "mean_jpm_before", "training_gap"}
)
TWO_DECIMALS = frozenset({"objective", "bound", "points", "seconds"})
#: Columns whose values are codes with labels (status, reasons, categories).
CODED_COLUMNS = frozenset({"status", "reason", "sense", "jpm_category"})

_MIN_WIDTH, _MAX_WIDTH = 6, 50
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")


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
    """A value openpyxl writes as itself: numbers as numbers, missing as empty."""
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
    return out


class SheetNames:
    """Valid, unique Excel sheet names (≤ 31 characters, no ``[]:*?/\\``)."""

    def __init__(self) -> None:
        self.used: set[str] = set()

    def __call__(self, name: str) -> str:
        base = _BAD_SHEET_CHARS.sub("_", name).strip("'").strip() or "Sheet"
        base = base[:31]
        out, n = base, 1
        while out.lower() in self.used:
            n += 1
            suffix = f" ({n})"
            out = base[: 31 - len(suffix)] + suffix
        self.used.add(out.lower())
        return out


def _width(series: pd.Series, header: str) -> int:
    n = len(header)
    if len(series):
        s = series.astype(object).where(series.notna(), "")
        m = s.map(lambda v: len(f"{v:,.2f}") if isinstance(v, float) else len(str(v))).max()
        n = max(n, int(m))
    return max(_MIN_WIDTH, min(_MAX_WIDTH, n + 2))


def add_table_sheet(
    wb: Workbook,
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
    ws = wb.create_sheet(title)
    cols = [str(c) for c in df.columns]
    heads = list(headers) if headers is not None else labels(cols, lang)
    formats = dict(formats or {})
    for c in cols:
        formats.setdefault(c, number_format(c))
    for i, (c, h) in enumerate(zip(cols, heads, strict=True), start=1):
        ws.column_dimensions[get_column_letter(i)].width = _width(df[c], h)
    if cols:
        ws.freeze_panes = "A2"
        last = get_column_letter(len(cols))
        ws.auto_filter.ref = f"A1:{last}{max(len(df), 1) + 1}"
    bold = Font(bold=True)
    header = []
    for h in heads:
        cell = WriteOnlyCell(ws, value=h)
        cell.font = bold
        cell.alignment = Alignment(wrap_text=False, vertical="top")
        header.append(cell)
    ws.append(header)
    fmt_idx = [(j, formats[c]) for j, c in enumerate(cols) if formats.get(c)]
    columns = [df[c].to_numpy(dtype=object) for c in cols]
    for row in zip(*columns, strict=True):
        values = [cell_value(v) for v in row]
        for j, f in fmt_idx:
            v = values[j]
            if isinstance(v, int | float) and not isinstance(v, bool):
                cell = WriteOnlyCell(ws, value=v)
                cell.number_format = f
                values[j] = cell
        ws.append(values)


def add_key_value_sheet(
    wb: Workbook,
    title: str,
    rows: Sequence[tuple[str, list]],
    value_headers: Sequence[str],
    lang: str,
) -> None:
    """A sheet of labelled keys with one value column per item (KPI tables).

    ``rows`` holds ``(key, [value, ...])``; the last column repeats the machine key.
    """
    ws = wb.create_sheet(title)
    heads = [label("kpi", lang), *value_headers, label("key", lang)]
    bold = Font(bold=True)
    # write-only sheets take panes, filter and widths only before the first row
    ws.freeze_panes = "B2"
    n = len(heads)
    ws.auto_filter.ref = f"A1:{get_column_letter(n)}{max(len(rows), 1) + 1}"
    body, widths = [], [len(h) for h in heads]
    for key, values in rows:
        out = [kpi_label(key, lang)]
        for v in values:
            v = cell_value(v)
            if isinstance(v, str) and key == "status":
                v = label(v, lang)
            f = number_format(key, v)
            if f and isinstance(v, int | float) and not isinstance(v, bool):
                c = WriteOnlyCell(ws, value=v)
                c.number_format = f
                out.append(c)
            else:
                out.append(v)
        out.append(key)
        shown = [kpi_label(key, lang), *[_shown(v) for v in values], key]
        widths = [max(w, len(s)) for w, s in zip(widths, shown, strict=True)]
        body.append(out)
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = max(_MIN_WIDTH, min(_MAX_WIDTH, w + 2))
    ws.append([_bold(ws, h, bold) for h in heads])
    for out in body:
        ws.append(out)


def _shown(v) -> str:
    v = cell_value(v)
    if isinstance(v, float):
        return f"{v:,.2f}"
    return "" if v is None else str(v)


def _bold(ws, value, font) -> WriteOnlyCell:
    c = WriteOnlyCell(ws, value=value)
    c.font = font
    return c


def new_workbook() -> Workbook:
    wb = Workbook(write_only=True)
    wb.properties.creator = "placement"
    wb.properties.lastModifiedBy = "placement"
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    return wb


def workbook_bytes(wb: Workbook) -> bytes:
    """Serialise ``wb`` with fixed properties and zip timestamps (same input, same
    bytes). openpyxl's ``save`` stamps the current time, so the writer is called
    directly and the archive re-packed with fixed :class:`zipfile.ZipInfo` times."""
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    raw = io.BytesIO()
    with zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
        ExcelWriter(wb, archive).save()
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=_ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            fixed.create_system = 0
            dst.writestr(fixed, src.read(info.filename), compresslevel=6)
    return out.getvalue()


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


#: Column keys labelled as another key in a given table (``unit_fill.name`` is the unit's
#: name, not a person's).
HEADER_KEYS = {"unit_fill": {"name": "unit_name"}}


def _result_kpi_rows(result, meta: dict) -> list[tuple[str, list]]:
    rows = [(k, [v]) for k, v in result.kpis.items()]
    rows.append(("solver_reason", [result.solver_reason]))
    if meta.get("description"):
        rows.insert(1, ("description", [meta["description"]]))
    return rows


def _log_sheet(
    wb: Workbook, names: SheetNames, lang: str, log: Sequence[str], warnings: Sequence[str]
) -> None:
    if not log and not warnings:
        return
    df = pd.DataFrame(
        {
            "kind": [label("operation_log", lang)] * len(log)
            + [label("warnings", lang)] * len(warnings),
            "description": [*log, *warnings],
        }
    )
    add_table_sheet(
        wb,
        names(label("log", lang)),
        df,
        lang,
        headers=[label("log", lang), label("description", lang)],
    )


def breakdown_for(result, lang: str) -> pd.DataFrame:
    """The objective breakdown with term descriptions in ``lang``."""
    bd = result.breakdown.copy()
    comp = result.compiled
    if lang == "id" and comp is not None and len(bd) and "term" in bd:
        by_name = {t.name: (t.label_id or t.description) for t, _ in comp.terms}
        bd["description"] = bd["term"].map(lambda t: by_name.get(t, t)).astype(object)
    return bd


def _position_label(v, lang: str):
    if v == "":
        return label("(unplaced)", lang)
    if v == "(not in scenario)":
        return label(v, lang)
    return v


def result_workbook(result, lang: str, meta: dict) -> bytes:
    """The workbook of one result: KPIs, the planner tables and the operation log."""
    wb = new_workbook()
    names = SheetNames()
    add_key_value_sheet(
        wb, names(label("kpis", lang)), _result_kpi_rows(result, meta), [label("value", lang)], lang
    )
    for key in RESULT_SHEETS:
        df = breakdown_for(result, lang) if key == "breakdown" else getattr(result, key)
        heads = [label(HEADER_KEYS.get(key, {}).get(str(c), str(c)), lang) for c in df.columns]
        add_table_sheet(wb, names(label(key, lang)), translate(df, lang), lang, headers=heads)
    _log_sheet(wb, names, lang, meta.get("log", []), meta.get("warnings", []))
    return workbook_bytes(wb)


def comparison_workbook(comparison, kp: pd.DataFrame, pairs: pd.DataFrame, lang: str) -> bytes:
    """KPIs side by side, pairwise counts, differences and each scenario's placements
    and moves."""
    wb = new_workbook()
    names = SheetNames()
    rows = [(str(k), list(kp.loc[k])) for k in kp.index]
    rows.append(("solver_reason", [r.solver_reason for r in comparison.results]))
    add_key_value_sheet(wb, names(label("kpis", lang)), rows, list(kp.columns), lang)
    if len(pairs):
        add_table_sheet(wb, names(label("pairs", lang)), pairs, lang)
    diff = comparison.differences
    if len(diff.columns):
        scen = set(comparison.names)
        heads = [c if c in scen else label(c, lang) for c in diff.columns]
        shown = diff.copy()
        for c in comparison.names:
            if c in shown:
                shown[c] = shown[c].astype(object).map(lambda v: _position_label(v, lang))
        add_table_sheet(wb, names(label("differences", lang)), shown, lang, headers=heads)
    for r in comparison.results:
        for key in ("placements", "moves"):
            suffix = f" – {label(key, lang)}"
            title = r.name[: max(1, 31 - len(suffix))] + suffix
            add_table_sheet(wb, names(title), translate(getattr(r, key), lang), lang)
    return workbook_bytes(wb)
