"""Helpers of the planner tables (placement.model.tables) against plain NumPy."""

from __future__ import annotations

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from placement.model.tables import _take


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.text(max_size=4), min_size=1, max_size=20),
    st.data(),
    st.sampled_from(["str", "object"]),
)
def test_take_with_blank_is_the_plain_where(texts, data, dtype):
    """``_take(s, rows, blank)`` (Arrow's take for text columns) gives, cell for cell,
    what ``np.where(rows >= 0, values[rows], blank)`` gives, -1 rows blank."""
    s = pd.Series(texts, dtype=dtype)
    rows = np.array(
        data.draw(st.lists(st.integers(-1, len(texts) - 1), max_size=30)), dtype=np.int32
    )
    got = _take(s, rows, blank="")
    want = np.where(rows >= 0, s.to_numpy(dtype=object)[np.maximum(rows, 0)], "")
    assert list(got) == list(want)
    frame = pd.DataFrame({"x": np.arange(len(rows))})
    frame["t"], frame["w"] = got, want  # the column each makes of it: the same text
    pd.testing.assert_series_equal(frame["t"], frame["w"], check_names=False)
