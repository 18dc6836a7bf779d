"""Array helpers against numpy's own functions (hypothesis)."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from placement.model.arrays import find_pairs, unique_rows
from tests.strategies import problems

_INT = st.one_of(
    st.integers(-3, 5),  # few distinct values: many equal rows
    st.integers(-(2**40), 2**40),  # wide: the packed key may not fit, numpy's rows then
)


@settings(max_examples=300, deadline=None)
@given(
    hnp.arrays(
        np.int64,
        st.tuples(st.integers(0, 40), st.integers(1, 4)),
        elements=st.one_of(st.integers(-3, 5), _INT),
    )
)
def test_unique_rows_is_numpys_row_wise_unique(keys):
    want_vals, want_of = np.unique(keys, axis=0, return_inverse=True)
    vals, of = unique_rows(keys)
    assert np.array_equal(vals, want_vals)
    assert np.array_equal(of, want_of.ravel())
    assert np.array_equal(vals[of], keys)


@settings(max_examples=300, deadline=None)
@given(
    st.sets(st.tuples(st.integers(0, 6), st.integers(0, 6)), max_size=30),
    st.lists(st.tuples(st.integers(0, 7), st.integers(0, 7)), max_size=12),
)
def test_find_pairs_is_searchsorted_on_keys(pairs, queries):
    rows, cols = np.array(sorted(pairs), dtype=np.int32).reshape(-1, 2).T.copy()
    r = np.array([q[0] for q in queries], dtype=np.int64)
    c = np.array([q[1] for q in queries], dtype=np.int64)
    keys = rows.astype(np.int64) * 8 + cols
    at = np.searchsorted(keys, r * 8 + c)
    want = np.array([q in pairs for q in queries], dtype=bool)
    idx, found = find_pairs(rows, cols, r, c)
    np.testing.assert_array_equal(found, want)
    np.testing.assert_array_equal(idx, at)


@settings(max_examples=100, deadline=None)
@given(problems(), st.lists(st.tuples(st.integers(0, 8), st.integers(-1, 5)), max_size=12))
def test_pair_edges_finds_each_pairs_edge(problem, queries):
    """``Problem.pair_edges`` against a scan of the edges: the edge of each (employee,
    position) pair asked about, -1 where it is no option (or the position is -1)."""
    p = problem
    asked = [(e % p.n_employees, q if q < p.n_positions else -1) for e, q in queries]
    want = []
    for e, q in asked:
        hit = np.flatnonzero((p.edge_emp == e) & (p.edge_pos == q))
        want.append(int(hit[0]) if len(hit) else -1)
    emp = np.array([e for e, _ in asked], dtype=np.int64)
    pos = np.array([q for _, q in asked], dtype=np.int64)
    assert p.pair_edges(emp, pos).tolist() == want
    assert p.edge_index(np.full(p.n_employees, -1)).tolist() == [-1] * p.n_employees
