"""Cells as users and spreadsheets deliver them: in-memory tables of Python values, ids
that went through a number cell, commas inside ``;`` lists, HR-export headers.

Helpers of :mod:`placement.model.organization` (which reports through its
``ProblemLog``, passed in as ``log``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
from numpy.typing import ArrayLike

from placement.errors import DataError
from placement.i18n import msg

if TYPE_CHECKING:
    from placement.model.organization import ProblemLog


def isin(s: pd.Series, values: Iterable[object]) -> np.ndarray:
    """``s.isin(values)`` as a NumPy bool array. A text column held in Arrow strings is
    matched by Arrow itself: pandas first turns every one of ``values`` into an Arrow
    scalar in Python (0.2 s for the 11,000 post ids of a 100,000-person roster)."""
    arr = s.array
    pa_array = getattr(arr, "_pa_array", None)
    if pa_array is None or not pd.api.types.is_string_dtype(s.dtype) or s.hasnans:
        return s.isin(list(values)).to_numpy(dtype=bool)
    import pyarrow as pa  # start-up time
    import pyarrow.compute as pc  # start-up time

    texts = [v for v in values if isinstance(v, str)]
    if not texts:
        return np.zeros(len(s), dtype=bool)
    hit = pc.is_in(pa_array, value_set=pa.array(texts, type=pa_array.type))
    return np.asarray(hit.to_numpy(zero_copy_only=False), dtype=bool)


def index_of(index: pd.Index, values: ArrayLike) -> np.ndarray:
    """``index.get_indexer`` of ``values`` (any list-like; -1 where absent), each
    distinct value looked up once: 100,000 employees name about 11,000 posts."""
    codes, distinct = pd.factorize(pd.Series(values), use_na_sentinel=False)
    return index.get_indexer(pd.Index(np.asarray(distinct, dtype=object)))[codes]


def list_items(s: pd.Series, sep: str = ";") -> pd.Series:
    """The items of a text column of ``sep`` lists, one per row, stripped, under the
    index of the cell they come from: ``s.str.split(sep).explode().str.strip()``. A
    column held in Arrow strings is split by Arrow itself (pandas splits each cell in
    Python and builds the items again: 0.15 s for the preferences of 100,000 people)."""
    text = pd.StringDtype("pyarrow", na_value=np.nan)  # pandas' own text type ("str")
    if s.dtype != text or s.hasnans or len(sep) != 1 or not len(s):
        return s.str.split(sep).explode().str.strip()
    import pyarrow.compute as pc  # start-up time

    lists = pc.split_pattern(s.array._pa_array, pattern=sep)  # noqa: SLF001
    items = pc.utf8_trim_whitespace(pc.list_flatten(lists))
    rows = pc.list_parent_indices(lists).to_numpy()
    return pd.Series(pd.array(items, dtype=text), index=s.index[rows], name=s.name)


def cell_values(df: pd.DataFrame, rows: np.ndarray, column: str | None, most: int = 3) -> str:
    """The distinct non-blank values of ``column`` in ``rows``, quoted: "'2 orang', 'x'"
    (and '…' when there are more)."""
    if column is None or column not in df:
        return ""
    seen: list[str] = []
    for v in df[column].to_numpy(dtype=object)[np.asarray(rows)[:200]]:
        if v is None or (isinstance(v, float) and np.isnan(v)):
            continue
        t = str(v).strip()
        if t and t not in seen:
            seen.append(t)
            if len(seen) > most:
                break
    return ", ".join(map(repr, seen[:most])) + (", …" if len(seen) > most else "")


#: Columns holding ids: numbers there are turned into text (and long ones reported).
ID_COLUMNS = ("id", "current_unit", "current_position", "unit", "parent", "nip")
#: Columns holding ';' lists (a Python list or tuple in memory is joined with '; ').
LIST_COLUMNS = ("fields", "preferences", "certifications")


def as_frame(data: object, table: str) -> pd.DataFrame:
    """A DataFrame from a DataFrame, a dict of columns or a list of records."""
    if isinstance(data, pd.DataFrame):
        return data
    if isinstance(data, dict | list | tuple):
        try:
            df = pd.DataFrame(data)
        except (ValueError, TypeError) as exc:
            raise DataError(msg("data.not_a_table", table=table, error=exc)) from None
        return df
    raise DataError(msg("data.not_a_table", table=table, error=type(data).__name__))


def cells_to_text(df: pd.DataFrame, log: ProblemLog) -> None:
    """Python values in object cells: lists in list columns joined with '; ', dicts
    and lists elsewhere reported; numbers in id columns as text."""
    for c in df.columns:
        s = df[c]
        if (
            c in ID_COLUMNS
            and pd.api.types.is_numeric_dtype(s.dtype)
            and not pd.api.types.is_bool_dtype(s.dtype)
        ):
            v = s.to_numpy(dtype=float)
            exact = np.isfinite(v) & (np.abs(v) < 1e15) & (v == np.round(v))
            text = (
                [
                    str(int(x)) if ok else ("" if np.isnan(x) else repr(float(x)))
                    for x, ok in zip(v, exact, strict=True)
                ]
                if pd.api.types.is_float_dtype(s.dtype)
                else s.astype(str).tolist()
            )
            df[c] = pd.Series(text, index=df.index, dtype=object)
            continue
        if s.dtype != object or pd.api.types.infer_dtype(s, skipna=True) in ("string", "empty"):
            continue  # text only (every file read): nothing to convert
        values = s.to_numpy(dtype=object)
        is_seq = np.fromiter((isinstance(v, list | tuple | set) for v in values), bool, len(values))
        is_map = np.fromiter((isinstance(v, dict) for v in values), bool, len(values))
        if is_seq.any() and c in LIST_COLUMNS:
            joined = values.copy()
            joined[is_seq] = [
                "; ".join(map(str, sorted(v) if isinstance(v, set) else v)) for v in values[is_seq]
            ]
            df[c] = joined
            is_seq = np.zeros(len(values), bool)
        bad = is_seq | is_map
        if bad.any():
            log.add(
                df, bad, c, msg("data.python_value", lists=", ".join(LIST_COLUMNS)), quote=False
            )
            fixed = values.copy()
            fixed[bad] = ""
            df[c] = fixed


def stored_as_number(series: pd.Series) -> np.ndarray:
    """bool per value: an id that went through a number cell: scientific notation
    (``1.96905E+17``) or a long number with a decimal point (``196905152000071568.0``).
    A number keeps 15 significant digits: an 18-digit NIP has lost its last ones."""
    text = series.fillna("").astype(str).str.strip()
    return (
        text.str.fullmatch(r"[+-]?\d+(?:[.,]\d+)?[eE][+-]?\d+|\d{10,}\.\d*")
        .fillna(False)
        .to_numpy(bool)
    )


def check_list(df: pd.DataFrame, col: str, log: ProblemLog) -> None:
    """A comma inside a ';' list column is an error (it would join two items into one)."""
    if col not in df:
        return
    comma = df[col].fillna("").astype(str).str.contains(",", regex=False).to_numpy()
    if comma.any():
        first = df[col].to_numpy(dtype=object)[np.flatnonzero(comma)[0]]
        fixed = "; ".join(x.strip() for x in first.replace(",", ";").split(";") if x.strip())
        log.add(df, comma, col, msg("data.comma_list", fixed=fixed))


#: Words of Indonesian HR export headers (NIP, Nama, Golongan, Nama Jabatan, ...).
_EXPORT_WORDS = {
    "nip",
    "nama",
    "golongan",
    "gol",
    "pangkat",
    "pendidikan",
    "jabatan",
    "unor",
    "satuan",
    "eselon",
    "kebutuhan",
    "formasi",
    "kelas",
    "jenjang",
    "tingkat",
}


def looks_like_export(columns: Iterable[object]) -> bool:
    words = {w for c in columns for w in str(c).lower().replace("_", " ").split()}
    return len(words & _EXPORT_WORDS) >= 2
