"""Excel workbooks of a Result or a Comparison, with deterministic bytes.

Every sheet has a bold, frozen header row with an autofilter and column widths from
the content (capped). Numbers stay numbers; rates are formatted as percentages and
JPM values with one decimal. Headers, sheet names and coded values (statuses,
reasons) use the labels of ``lang``; the cells with ids and names are the data's.

Sheets of tables (:class:`TableBook`: the result, comparison and shortlist workbooks)
are written by rustpy-xlsxwriter, whose Rust writer (rust_xlsxwriter) takes whole
columns: about 8x faster than XlsxWriter on the bundled example's 219,000-cell
workbook (0.14 s against 1.18 s). Its files carry the clock time in their document
properties, so the zip's last entries are written again with fixed ones
(:data:`FIXED_TIME`, entry times :data:`ZIP_TIME`): identical input gives identical
bytes. Free-form sheets (:class:`Book`: the decree proposal's merged cells) stay with
XlsxWriter. Strings are written as text in both, never read as formulas, URLs or
numbers. openpyxl reads the files back (tests, other tools).
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
import xlsxwriter
from rustpy_xlsxwriter import FastExcel, Format

from placement.i18n import LABELS, kpi_label, label, labels, value_label
from placement.report import against, sk_checks, summary
from placement.report.csv_files import arrow_array
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
            codes = {v: value_label(v, lang) for v in pd.unique(s.dropna()) if isinstance(v, str)}
            if codes:  # each distinct code labelled once, then mapped (100k rows: 0.7 s -> ms)
                shown = s.map(codes)
                out[c] = shown.where(s.isin(list(codes)), s)
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
        # numbered from the whole name, not from one cut already (review 160 M4: "…… (2)")
        out = _numbered(base, lambda x: x.lower() in self.used, limit=31)
        self.used.add(out.lower())
        return out


def fit_words(name: str, limit: int) -> str:
    """``name`` if it has at most ``limit`` characters, else its whole words that fit
    with "…" after them (review 157: "Badan Perencanaan Pembangunan D" and "penyetara –
    Perpindahan jabatan" were cut inside a word); a first word longer than ``limit`` is
    cut inside it."""
    if len(name) <= limit:
        return name
    words = name[:limit].split(" ")[:-1]  # the last may be cut: never kept
    while words and not words[-1].strip(",;:–-"):
        words.pop()
    kept = " ".join(words).rstrip(",;:")
    return (kept or name[: limit - 1].rstrip()) + "…"


def sheet_label(key: str, lang: str) -> str:
    """The sheet name of the table ``key``: a name of its own where the table's title is
    longer than Excel's 31 characters (``sheet:{key}`` in the labels), else the title."""
    return label(f"sheet:{key}", lang) if f"sheet:{key}" in LABELS else label(key, lang)


def _numbered(name: str, taken, limit: int | None = None) -> str:
    """``name``, else the first of ``name (2)``, ``name (3)`` … that is not ``taken``
    (the name cut at whole words, :func:`fit_words`, so that it fits ``limit``
    characters with its number)."""
    out, n = (name if limit is None else fit_words(name, limit)), 1
    while taken(out):
        n += 1
        suffix = f" ({n})"
        out = (name if limit is None else fit_words(name, limit - len(suffix))) + suffix
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

    def format(self, **props):
        key = tuple(sorted(props.items()))
        if key not in self._formats:
            self._formats[key] = self.wb.add_format(props)
        return self._formats[key]

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
            n = max(n, _longest(s))
        else:
            n = max(n, max(len(_shown(v)) for v in values))
    return max(_MIN_WIDTH, min(_MAX_WIDTH, n + 2))


def _column_values(s: pd.Series) -> np.ndarray:
    """A NumPy array of a column: bool / int / float kept native, anything else object."""
    if pd.api.types.is_bool_dtype(s.dtype) and not s.hasnans:
        return s.to_numpy(dtype=bool)
    if pd.api.types.is_numeric_dtype(s.dtype) and not pd.api.types.is_bool_dtype(s.dtype):
        if pd.api.types.is_integer_dtype(s.dtype) and not s.hasnans:
            return s.to_numpy(dtype=np.int64)
        return s.to_numpy(dtype=float, na_value=np.nan)
    return s.to_numpy(dtype=object)


def _cells(s: pd.Series, values: np.ndarray) -> np.ndarray | pd.Series:
    """Column ``s`` as the writer takes it (``values``: :func:`_column_values`): bool,
    int and float arrays as they are (NaN and inf are left empty), text columns as
    text with "" missing, anything else as plain values (None for missing or "")."""
    if values.dtype.kind in "biuf":
        return values
    if pd.api.types.is_string_dtype(s.dtype) and not pd.api.types.is_object_dtype(s.dtype):
        shown = _short_text_cells(s)
        if shown is not None:
            return shown
        return s.mask(s == "").str.slice(0, MAX_CELL_TEXT).reset_index(drop=True)
    return _object_array([_text_cell(v) for v in map(cell_value, values.tolist())])


def _short_text_cells(s: pd.Series) -> pd.Series | None:
    """Text column ``s`` as :func:`_cells` gives it ("" as missing) when it is held in
    Arrow strings and no cell is longer than :data:`MAX_CELL_TEXT` bytes (nothing to
    cut), done by Arrow itself (pandas' compare, mask and slice of every text column
    took a third of a result workbook's own time); else None."""
    data = arrow_array(s)
    if data is None:
        return None
    import pyarrow as pa  # start-up time
    import pyarrow.compute as pc  # start-up time

    longest = pc.max(pc.binary_length(data)).as_py()
    if longest is not None and longest > MAX_CELL_TEXT:
        return None
    blank = pc.equal(data, "")
    if not pc.any(blank).as_py():
        return s.reset_index(drop=True)
    return pd.Series(pd.array(pc.if_else(blank, pa.scalar(None, data.type), data), dtype=s.dtype))


def _longest(s: pd.Series) -> int:
    """Characters of the longest cell of text column ``s`` (0 when all are missing)."""
    data = arrow_array(s)
    if data is None:
        return int(s.str.len().max(skipna=True) if s.notna().any() else 0)
    import pyarrow.compute as pc  # start-up time

    return int(pc.max(pc.utf8_length(data)).as_py() or 0)


#: Excel's limit on the characters of a cell (longer text is cut, as Excel would)
MAX_CELL_TEXT = 32_767


def _text_cell(v):
    """A cell value as written: "" is empty, text is cut at Excel's limit."""
    if isinstance(v, str):
        return v[:MAX_CELL_TEXT] if v else None
    return v


def _object_array(values: list) -> np.ndarray:
    out = np.empty(len(values), dtype=object)
    out[:] = values
    return out


def _unique(names: Sequence[str]) -> list[str]:
    """Header texts made unique (a table's columns are keyed by them): ``X``, ``X (2)``."""
    out: dict[str, None] = {}  # insertion-ordered
    for name in names:
        out[_numbered(name, out.__contains__)] = None
    return list(out)


class TableBook:
    """A workbook of table sheets, written at :meth:`bytes` by rustpy-xlsxwriter (see
    the module docstring): each sheet a bold, frozen header row with an autofilter,
    column widths and number formats (per column, or per row for key-value sheets)."""

    def __init__(self) -> None:
        self.names = SheetNames()
        self._sheets: list[tuple] = []

    def table(
        self,
        title: str,
        heads: Sequence[str],
        columns: Sequence[np.ndarray | pd.Series],
        widths: Sequence[int],
        formats: Sequence[str | None],
        row_formats: dict[int, str] | None = None,
        freeze: tuple[int, int] = (1, 0),
    ) -> None:
        """Append a sheet: ``columns`` under ``heads``; ``row_formats`` maps a data
        row (0 = the first below the header) to a number format."""
        self._sheets.append(
            (self.names(title), list(heads), list(columns), widths, formats, row_formats, freeze)
        )

    def bytes(self) -> bytes:
        buf = io.BytesIO()
        book = FastExcel(buf, autofit=False)
        cache: dict[str, Format] = {}

        def fmt(code: str) -> Format:
            if code not in cache:
                cache[code] = Format().set_num_format(code)
            return cache[code]

        header = Format().set_bold().set_align("top")
        for name, heads, columns, widths, formats, rows, (frow, fcol) in self._sheets:
            heads = _unique(heads)
            frame = pd.DataFrame(dict(zip(heads, columns, strict=True)), copy=False)
            book = book.freeze(row=frow, col=fcol, sheet=name).sheet(
                name,
                frame,
                column_widths=list(widths),
                column_formats={h: fmt(f) for h, f in zip(heads, formats, strict=True) if f},
                row_formats={r + 1: fmt(f) for r, f in (rows or {}).items() if f} or None,
                header_format=header,
                autofilter=True,
            )
        book.save()
        return _fixed_properties(buf.getvalue())


#: Document properties of every table workbook (the writer's own carry the clock time).
_CORE_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
    'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/'
    'dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    "<dc:creator>placement</dc:creator><dc:description>placement report</dc:description>"
    "<cp:lastModifiedBy>placement</cp:lastModifiedBy>"
    '<dcterms:created xsi:type="dcterms:W3CDTF">{t}</dcterms:created>'
    '<dcterms:modified xsi:type="dcterms:W3CDTF">{t}</dcterms:modified>'
    "</cp:coreProperties>"
).format(t=FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ"))


def _fixed_properties(data: bytes) -> bytes:
    """The workbook ``data`` with fixed document properties and zip entry times.

    Only the entries from the first one to change on are written again: the Rust writer
    puts ``docProps/core.xml`` (the clock time) after the sheets, and its entries carry
    :data:`ZIP_TIME` already, so the sheets' compressed bytes are kept as they are (a
    100,000-row workbook's 2.3 s of deflating, saved). The zip's own machinery does the
    rest: opened for appending, the entries from the cut on are dropped from its
    directory and written anew from there (``start_dir``, where appending starts).
    """

    def changes(info: zipfile.ZipInfo) -> bool:
        return info.filename == "docProps/core.xml" or info.date_time != ZIP_TIME

    buf = io.BytesIO(data)
    with zipfile.ZipFile(buf, "a", zipfile.ZIP_DEFLATED, compresslevel=1) as book:
        infos = book.infolist()
        cut = min((i.header_offset for i in infos if changes(i)), default=None)
        if cut is None:
            return data
        tail = sorted((i for i in infos if i.header_offset >= cut), key=lambda i: i.header_offset)
        bodies = [book.read(i) for i in tail]
        book.filelist = [i for i in infos if i.header_offset < cut]
        book.NameToInfo = {i.filename: i for i in book.filelist}
        book.start_dir = cut
        for info, body in zip(tail, bodies, strict=True):
            if info.filename == "docProps/core.xml":
                body = _CORE_XML.encode("utf-8")
            entry = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            book.writestr(entry, body)
    return buf.getvalue()


def add_table_sheet(
    book: TableBook,
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
    cols = [str(c) for c in df.columns]
    heads = list(headers) if headers is not None else labels(cols, lang)
    formats = dict(formats or {})
    for c in cols:
        formats.setdefault(c, number_format(c))
    columns, widths = [], []
    for j, h in enumerate(heads):
        col = df.iloc[:, j]
        values = _column_values(col)
        columns.append(_cells(col, values))
        widths.append(_width(col, values, h))
    book.table(title, heads, columns, widths, [formats.get(c) for c in cols])


def add_key_value_sheet(
    book: TableBook,
    title: str,
    rows: Sequence[tuple[str, list]],
    value_headers: Sequence[str],
    lang: str,
) -> None:
    """A sheet of labelled keys with one value column per item (KPI tables).

    ``rows`` holds ``(key, [value, ...])``; the last column repeats the machine key.
    A row's number format is its key's (a count: ``#,##0``), or General when its
    values would want different ones.
    """
    heads = [label("kpi", lang), *value_headers, label("key", lang)]
    n = len(heads)
    cells: list[list] = [[] for _ in range(n)]
    widths = [len(h) for h in heads]
    row_formats: dict[int, str] = {}
    for i, (key, values) in enumerate(rows):
        shown = [kpi_label(key, lang)]
        kinds = set()
        for v in values:
            v = cell_value(v)
            if isinstance(v, str) and key in TRANSLATED_KEYS:
                v = value_label(v, lang)
            if isinstance(v, int | float) and not isinstance(v, bool):
                kinds.add(number_format(key, v))
            shown.append(v)
        if len(kinds) == 1 and (code := kinds.pop()) is not None:
            row_formats[i] = code
        shown.append(key)
        for j, v in enumerate(shown):
            cells[j].append(v)
        widths = [max(w, len(_shown(v))) for w, v in zip(widths, shown, strict=True)]
    book.table(
        title,
        heads,
        [_object_array([_text_cell(v) for v in c]) for c in cells],
        [max(_MIN_WIDTH, min(_MAX_WIDTH, w + 2)) for w in widths],
        [None] * n,
        row_formats,
        freeze=(1, 1),
    )


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
    "decisions",
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


def _log_sheet(book: TableBook, lang: str, log: Sequence[str], warnings: Sequence[str]) -> None:
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

    A result without a placement has no table sheets (its tables have columns and no
    rows): the KPI sheet says why (status, solver reason and message)."""
    book = TableBook()
    add_key_value_sheet(
        book,
        label("kpis", lang),
        _result_kpi_rows(result, meta, lang),
        [label("value", lang)],
        lang,
    )
    placed = result.assignment is not None
    if result.compiled is not None and placed:
        opd = summary.opd_table(result).drop(columns=["opd"])
        add_table_sheet(
            book,
            label("opd_sheet", lang),
            opd,
            lang,
            headers=[label("headcount_need" if c == "headcount" else c, lang) for c in opd.columns],
        )
    for key in RESULT_SHEETS if placed else ():
        df = summary.breakdown_for(result, lang) if key == "breakdown" else getattr(result, key)
        if key == "moves" and len(df.columns):
            df = summary.classified_moves(result)  # with rotasi / mutasi, promosi / demosi
        if not len(df.columns):  # a raw problem's tables without names
            continue
        add_table_sheet(book, label(key, lang), translate(df, lang), lang)
    for key, df in summary.extra_tables(result).items() if placed else ():
        # a sheet name of its own where the table's title is longer than Excel's 31
        # characters (review 156 L3: "Penyetaraan issues to check (pe")
        add_table_sheet(book, sheet_label(key, lang), translate(df, lang), lang)
    _log_sheet(book, lang, meta.get("log", []), meta.get("warnings", []))
    return book.bytes()


def comparison_workbook(comparison, kp: pd.DataFrame, pairs: pd.DataFrame, lang: str) -> bytes:
    """KPIs side by side, what each scenario gains and costs against the one it is
    compared with (:func:`~placement.report.against.against_bases`), what each asks
    before its SKs (:func:`~placement.report.sk_checks.before_sks`), pairwise counts,
    differences and each scenario's moves (classified as in its own workbook; each
    scenario's full workbook is in its own folder)."""
    book = TableBook()
    rows = [(str(k), list(kp.loc[k])) for k in kp.index]
    rows.append(("solver_reason", [r.solver_reason for r in comparison.results]))
    messages = [summary.solver_message(r) for r in comparison.results]
    if any(messages):
        rows.append(("solver_message", messages))
    add_key_value_sheet(book, label("kpis", lang), rows, list(kp.columns), lang)
    # what each gains and costs against the one it is compared with, as the report
    # says it (review 128 L5: the report's list only)
    gains = against.against_bases(comparison, kp, lang)
    if len(gains):
        gains["judgement"] = gains["judgement"].map(lambda v: value_label(v, lang))
        gains["kpi"] = gains["kpi"].map(lambda k: kpi_label(k, lang) if k else "")
        add_table_sheet(book, label("against_base_sheet", lang), gains, lang)
    checks = sk_checks.before_sks(comparison)  # the SKs and their checks (review 130 M2)
    if len(checks.columns):
        rows = [(str(k), list(checks.loc[k])) for k in checks.index]
        add_key_value_sheet(book, label("before_sks_sheet", lang), rows, list(checks.columns), lang)
    lost = summary.displaced_across(comparison.results, lang)
    if len(lost):
        add_table_sheet(book, sheet_label("displaced_across", lang), lost, lang)
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
        if r.assignment is None or not len(r.moves.columns):
            continue
        # the scenario's name first: the table's title is shortened, then dropped (the
        # sheet's header says what it holds), the name cut only where it is longer than
        # a sheet's name (review 160 M4: two names alike but for their end were cut to
        # one, "kuota-dinkes-nai… – Perpindahan")
        title = r.name
        for word in (label("moves", lang), label("sheet:moves", lang)):
            if len(f"{r.name} – {word}") <= 31:
                title = f"{r.name} – {word}"
                break
        # as in the scenario's own workbook: rotasi / mutasi, promosi / demosi and
        # who considers the appointment (Tim Penilai Kinerja, Pansel)
        add_table_sheet(book, title, translate(summary.classified_moves(r), lang), lang)
    return book.bytes()
