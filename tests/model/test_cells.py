"""Cell helpers: membership of text columns matched by Arrow equals pandas' own."""

from __future__ import annotations

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from placement.model.cells import index_of, isin, list_items

_TEXT = st.text(alphabet="ab P0é ", max_size=4)


@settings(max_examples=200, deadline=None)
@given(
    cells=st.lists(st.one_of(_TEXT, st.none()), max_size=30),
    values=st.lists(st.one_of(_TEXT, st.none(), st.integers(0, 3), st.just(np.nan)), max_size=8),
    dtype=st.sampled_from(["str", "string", "object"]),
)
def test_isin_is_pandas_isin(cells, values, dtype):
    s = pd.Series(cells, dtype=dtype)
    got = isin(s, values)
    assert got.dtype == bool and got.shape == (len(s),)
    np.testing.assert_array_equal(got, s.isin(values).to_numpy(dtype=bool))
    # a set, a dict's keys: any iterable, taken once
    np.testing.assert_array_equal(
        isin(s, dict.fromkeys(v for v in values if v is not None)),
        s.isin([v for v in values if v is not None]).to_numpy(dtype=bool),
    )


def test_isin_of_many_ids_on_arrow_text():
    ids = pd.Series([f"P{i:05d}" for i in range(5000)], dtype="str")
    wanted = {f"P{i:05d}" for i in range(0, 9000, 3)}
    got = isin(ids, wanted)
    assert got.sum() == len(range(0, 5000, 3))
    np.testing.assert_array_equal(got, ids.isin(wanted).to_numpy())


@settings(max_examples=200, deadline=None)
@given(
    cells=st.lists(st.text(alphabet="ab; \t\u00a0\u3000\x1fé", max_size=8), max_size=20),
    dtype=st.sampled_from(["str", "string", "object"]),
)
def test_list_items_is_pandas_split_explode_strip(cells, dtype):
    s = pd.Series(cells, dtype=dtype, index=np.arange(len(cells)) * 3 + 1, name="prefs")
    want = s.str.split(";").explode().str.strip()
    got = list_items(s)
    assert got.dtype == want.dtype and got.name == want.name
    assert got.index.equals(want.index)
    assert got.tolist() == want.tolist()


@settings(max_examples=200, deadline=None)
@given(
    ids=st.lists(_TEXT, unique=True, max_size=8),
    cells=st.lists(st.one_of(_TEXT, st.none()), max_size=30),
    dtype=st.sampled_from(["str", "object"]),
)
def test_index_of_is_get_indexer(ids, cells, dtype):
    index = pd.Index(ids, dtype=dtype)
    values = pd.Series(cells, dtype=dtype)
    want = index.get_indexer(pd.Index(values.astype(object)))
    np.testing.assert_array_equal(index_of(index, values), want)
