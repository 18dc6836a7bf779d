"""CSV text of the tables: the Rust writer gives the bytes pandas' ``to_csv`` gave."""

from __future__ import annotations

import io
import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from placement.report.csv_files import csv_text, float_text, neutralise


def pandas_csv(df: pd.DataFrame, raw: bool = False) -> str:
    """The oracle: what the project wrote before the Rust writer (pandas, every table)."""
    if not len(df.columns):
        return ""
    if not raw:
        header = neutralise(pd.Series([str(c) for c in df.columns], dtype=object))
        df = pd.DataFrame(
            {i: neutralise(df.iloc[:, i]) for i in range(df.shape[1])}, index=df.index
        ).set_axis(list(header), axis=1)
    return df.to_csv(index=False, lineterminator="\n", na_rep="", float_format=float_text)


# text without a bare carriage return (the one documented difference, tested below)
TEXT = st.text(alphabet=st.sampled_from("aZé 0129.,;\"'=+-@\t\n()#"), max_size=6)
FLOATS = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([0.0, -0.0, 1e-12, 123456789.123, -2.5, 1e20, 83.3]),
)


def column(kind: str, n: int):
    if kind == "str":
        return st.lists(st.one_of(st.none(), TEXT), min_size=n, max_size=n).map(
            lambda v: pd.Series(v, dtype="str")
        )
    if kind == "object":
        cell = st.one_of(st.none(), TEXT, st.integers(-5, 10**18), FLOATS, st.booleans())
        return st.lists(cell, min_size=n, max_size=n).map(lambda v: pd.Series(v, dtype=object))
    if kind == "int64":
        ints = st.integers(-(2**63), 2**63 - 1)
        return st.lists(ints, min_size=n, max_size=n).map(lambda v: pd.Series(v, dtype="int64"))
    if kind == "Int64":
        cell = st.one_of(st.none(), st.integers(-(10**12), 10**12))
        return st.lists(cell, min_size=n, max_size=n).map(lambda v: pd.Series(v, dtype="Int64"))
    if kind == "float64":
        return st.lists(FLOATS, min_size=n, max_size=n).map(lambda v: pd.Series(v, dtype="float64"))
    return st.lists(st.booleans(), min_size=n, max_size=n).map(lambda v: pd.Series(v, dtype=bool))


@st.composite
def tables(draw) -> pd.DataFrame:
    n = draw(st.integers(0, 6))
    kinds = draw(
        st.lists(
            st.sampled_from(["str", "object", "int64", "Int64", "float64", "bool"]),
            min_size=1,
            max_size=5,
        )
    )
    heads = draw(st.lists(TEXT, min_size=len(kinds), max_size=len(kinds)))
    cols = [draw(column(k, n)) for k in kinds]
    return pd.DataFrame(dict(enumerate(cols))).set_axis(heads, axis=1)


@settings(max_examples=300, deadline=None)
@given(tables(), st.booleans())
def test_the_csv_is_the_bytes_pandas_wrote(df, raw):
    assert csv_text(df, raw) == pandas_csv(df, raw)


def test_a_large_table_of_every_kind_is_the_bytes_pandas_wrote():
    rng = np.random.default_rng(7)
    n = 5000
    words = np.array(["Analis", "Guru, Kelas", 'say "hi"', "=1+1", "-5", "", "line\nbreak"])
    df = pd.DataFrame(
        {
            "employee_id": pd.Series(rng.integers(10**17, 10**18, n)).astype(str),
            "title": pd.Series(words[rng.integers(0, len(words), n)], dtype="str"),
            "grade": rng.integers(1, 18, n),
            "jpm": np.where(rng.random(n) < 0.1, np.nan, rng.random(n) * 100),
            "talent_box": pd.array(np.where(rng.random(n) < 0.5, None, 5), dtype="Int64"),
            "pinned": rng.random(n) < 0.2,
            "note": pd.Series(np.where(rng.random(n) < 0.5, None, "x"), dtype=object),
        }
    )
    assert csv_text(df) == pandas_csv(df)
    assert csv_text(df, raw=True) == pandas_csv(df, raw=True)


@pytest.mark.parametrize(
    "df",
    [
        pd.DataFrame({"only": pd.Series(["", "x", None], dtype="str")}),  # one column
        pd.DataFrame([["1", "2"]], columns=["x", "x"]),  # a header twice
        pd.DataFrame({"day": pd.to_datetime(["2026-01-01", None]), "n": [1, 2]}),  # dates
        pd.DataFrame({"c": pd.Categorical(["a", "b"]), "n": [1.5, 2.0]}),
    ],
)
def test_what_the_rust_writer_does_not_take_pandas_writes_the_same_way(df):
    assert csv_text(df) == pandas_csv(df)


@pytest.mark.parametrize(
    "labels",
    [
        ["a", np.nan],
        [0.5, 2.0],
        [pd.Timestamp("2026-01-01"), pd.Timestamp("2026-02-01")],
        pd.MultiIndex.from_tuples([("a", "b"), ("a", "c")]),
    ],
)
@pytest.mark.parametrize("raw", [False, True])
def test_headers_that_are_not_text_are_written_as_before(labels, raw):
    df = pd.DataFrame([[1, 2.5]], columns=labels)
    assert csv_text(df, raw) == pandas_csv(df, raw)


def test_a_carriage_return_inside_a_cell_is_quoted_as_the_csv_standard_asks():
    df = pd.DataFrame({"a": ["x\ry", "z"], "b": [1, 2]})
    assert csv_text(df) == 'a,b\n"x\ry",1\nz,2\n'
    back = pd.read_csv(io.StringIO(csv_text(df)), dtype=str)
    assert back["a"].tolist() == ["x\ry", "z"]


def test_float_text():
    assert [float_text(x) for x in (0.0, -0.0, 1 / 3, 1e20, math.inf)] == [
        "0",
        "0",
        "0.3333333333",
        "1e+20",
        "inf",
    ]
    assert float_text(math.nan) == ""
