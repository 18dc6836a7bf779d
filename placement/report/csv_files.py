"""CSV text of a table: machine headers, ``\\n`` line ends, fixed float format, cells a
spreadsheet would execute neutralised.

The columns are turned into text here, whole columns at a time (integers by Arrow's
cast, floats by ``%.10g``, text as it is), and written by the Rust CSV writer of
rustpy-xlsxwriter: 3.4x faster than pandas' ``to_csv`` on the tables of 100,000
employees (1.42 s → 0.42 s), the same bytes. pandas writes what this does not cover
(other column types, one-column tables, repeated headers), with the same rules, so a
table's CSV does not depend on which writer wrote it; the one difference is a carriage
return inside a cell, which the Rust writer quotes as the CSV standard (RFC 4180) asks
and pandas left bare.
"""

from __future__ import annotations

import io
import math
import re

import numpy as np
import pandas as pd

from placement.io.tables import int_text

#: a text cell a spreadsheet would run as a formula (or that hides one behind a tab or
#: carriage return); plain numbers such as "-5" are left alone
_FORMULA = r"^[=+\-@\t\r](?![0-9]+(?:[.,][0-9]+)?$)"
_FORMULA_RE = re.compile(_FORMULA)

#: the first characters that can make a cell a formula (the cheap test, before _FORMULA)
_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
#: the same characters as one Arrow (RE2) pattern: the first character is one of them
_TRIGGER_PATTERN = "^[" + "".join("\\" + c if c in "\\]^-" else c for c in _TRIGGERS) + "]"

#: pandas' own text type (Arrow strings; missing = NaN)
_STR = pd.StringDtype("pyarrow", na_value=np.nan)


def float_text(x: float) -> str:
    """Fixed float formatting for CSV: up to 10 significant digits, no trailing noise."""
    if math.isnan(x):
        return ""
    if x == 0:
        return "0"
    return f"{x:.10g}"


def _text_of(s: pd.Series) -> pd.Series:
    """Cells as text, missing as ""."""
    return s.astype(object).where(s.notna(), "").astype(str)


def neutralise(s: pd.Series) -> pd.Series:
    """Text cells that a spreadsheet would execute, prefixed with ``'`` (shown as text)."""
    if not (pd.api.types.is_object_dtype(s.dtype) or pd.api.types.is_string_dtype(s.dtype)):
        return s
    mixed = pd.api.types.is_object_dtype(s.dtype)  # a str column is probed as it is
    if not mixed and not _may_trigger(s):
        return s
    probe = _text_of(s) if mixed else s
    if not probe.str.startswith(_TRIGGERS).fillna(False).astype(bool).any():
        return s
    text = probe if mixed else _text_of(s)
    risky = text.str.contains(_FORMULA, regex=True)
    if not risky.any():
        return s
    return text.where(~risky, "'" + text)


def _may_trigger(s: pd.Series) -> bool:
    """Whether any cell of text column ``s`` starts with one of :data:`_TRIGGERS`, asked
    of Arrow in one pass when the column is held in Arrow strings (pandas' startswith
    of six prefixes took a third of the CSV files' time); True otherwise."""
    data = arrow_array(s)
    if data is None:
        return True
    import pyarrow.compute as pc  # start-up time

    return bool(pc.any(pc.match_substring_regex(data, _TRIGGER_PATTERN)).as_py())


def arrow_array(s: pd.Series):
    """The Arrow array of a text column held in Arrow strings, else None."""
    return getattr(s.array, "_pa_array", None)


def neutral_text(x: str) -> str:
    """One text cell as :func:`neutralise` leaves it (a single value, no Series)."""
    return "'" + x if _FORMULA_RE.match(x) else x


def csv_text(df: pd.DataFrame, raw: bool = False) -> str:
    """``df`` as CSV text (see the module docstring); cells and headers a spreadsheet
    would execute are neutralised unless ``raw``."""
    if not len(df.columns):
        return ""
    heads = [str(c) for c in df.columns]
    columns = [df.iloc[:, i] for i in range(df.shape[1])]
    if not raw:
        heads = list(neutralise(pd.Series(heads, dtype=object)))
        columns = [neutralise(s) for s in columns]
    texts = [_column_text(s) for s in columns]
    # raw headers that are not text (numbers, dates, several levels): as pandas writes them
    labels = df.columns if raw and not all(isinstance(c, str) for c in df.columns) else None
    if (
        len(heads) == 1
        or len(set(heads)) < len(heads)
        or labels is not None
        or any(t is None for t in texts)
    ):
        frame = pd.DataFrame(dict(enumerate(columns)), index=df.index)
        frame = frame.set_axis(heads if labels is None else labels, axis=1)
        return frame.to_csv(index=False, lineterminator="\n", na_rep="", float_format=float_text)  # type: ignore[arg-type]  # called with floats
    from rustpy_xlsxwriter import write_csv  # start-up time: only CSV output needs it

    buf = io.BytesIO()
    write_csv(pd.DataFrame(dict(zip(heads, texts, strict=True)), copy=False), buf)
    return buf.getvalue().decode("utf-8")


def _column_text(s: pd.Series) -> pd.api.extensions.ExtensionArray | np.ndarray | None:
    """A column as the text pandas' ``to_csv`` would write for it (missing as ""), or
    None for a type left to pandas."""
    kind = s.dtype
    if pd.api.types.is_object_dtype(kind):
        values = s.to_numpy(dtype=object)
        out = np.array([str(v) for v in values], dtype=object)
        out[pd.isna(values)] = ""
        return out
    if pd.api.types.is_string_dtype(kind):
        return s.fillna("").astype(_STR).array
    if kind == np.bool_:
        return np.where(s.to_numpy(), "True", "False").astype(object)
    if pd.api.types.is_integer_dtype(kind):  # numpy or nullable (<NA> as "")
        return int_text(s)
    if isinstance(kind, np.dtype) and kind.kind == "f":
        v = s.to_numpy() + 0.0  # -0.0 as 0, as float_text writes it
        # each distinct value formatted once (a JPM column of 100,000 people holds a
        # few hundred): 0.19 -> 0.02 s for the four float columns of the placements
        distinct, of = np.unique(v, return_inverse=True)
        text = np.char.mod("%.10g", distinct).astype(object)
        text[np.isnan(distinct)] = ""
        return text[of.ravel()]
    return None
