"""Touched units: rows of two restructured organisations compared cell by cell as text."""

from __future__ import annotations

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from placement.model.changes import _differ

_POOLS = {
    "float": (st.sampled_from([1.0, 2.5, 0.0, np.nan]), None),
    "int": (st.integers(0, 3), None),
    "bool": (st.booleans(), None),
    "text": (st.sampled_from(["x", "", "y", "1"]), "str"),
    "text or missing": (st.sampled_from(["x", "", None, "1"]), "str"),
    "object": (st.sampled_from(["1", 1, None, "x"]), object),
}


def _as_text(df: pd.DataFrame) -> np.ndarray:
    """The oracle: every cell as text, blank / NaN as ""."""
    return df.astype(object).where(df.notna(), "").astype(str).to_numpy()


@st.composite
def _frames(draw):
    rows = draw(st.integers(0, 6))
    a, b = {}, {}
    for j in range(draw(st.integers(1, 4))):
        ka = draw(st.sampled_from(sorted(_POOLS)))
        kb = draw(st.one_of(st.just(ka), st.sampled_from(sorted(_POOLS))))
        (va, da), (vb, db) = _POOLS[ka], _POOLS[kb]
        xs = draw(st.lists(va, min_size=rows, max_size=rows))
        ys = [x if ka == kb and draw(st.booleans()) else draw(vb) for x in xs]
        a[f"c{j}"], b[f"c{j}"] = pd.Series(xs, dtype=da), pd.Series(ys, dtype=db)
    return pd.DataFrame(a), pd.DataFrame(b)


@settings(max_examples=300, deadline=None)
@given(_frames(), st.data())
def test_rows_differ_exactly_where_their_text_differs(frames, data):
    x, y = frames
    # row i of x is paired with row ry[i] of y (posts matched by id, in any order)
    ry = np.array(data.draw(st.permutations(range(len(y)))), dtype=np.int64)
    rx = np.arange(len(x))
    want = (_as_text(x)[rx] != _as_text(y)[ry]).any(axis=1) if len(x) else np.zeros(0, bool)
    np.testing.assert_array_equal(_differ(x, y, list(x.columns), rx, ry), want)
