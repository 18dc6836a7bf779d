"""Cell helpers: membership of text columns matched by Arrow equals pandas' own."""

from __future__ import annotations

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from placement.model.cells import isin

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
