"""Small array helpers shared by the model and the solvers."""

from __future__ import annotations

import numpy as np


def unique(a: np.ndarray) -> np.ndarray:
    """Sorted distinct values of a 1-d integer array.

    Same result as ``np.unique(a)``, but by sort + neighbour test: numpy 2's hash-based
    ``unique`` is ~20× slower on millions of values (measured: 16 s vs 0.7 s for 6M).
    """
    out = np.sort(np.asarray(a).ravel())
    if len(out):
        out = out[np.concatenate([[True], out[1:] != out[:-1]])]
    return out


def option_spread(
    edge_cost: np.ndarray, unplaced_cost: np.ndarray, indptr: np.ndarray, must: np.ndarray
) -> int:
    """Σ over employees of (dearest − cheapest option): their edges, plus staying
    unplaced unless ``must``. Any two placements differ in cost by at most this, so a
    reward or penalty above it dominates the rest of the objective."""
    has = np.diff(indptr) > 0
    hi = np.asarray(unplaced_cost, dtype=np.int64).copy()
    lo = hi.copy()
    if len(edge_cost):
        starts = indptr[:-1][has]
        emax = np.maximum.reduceat(edge_cost, starts)
        emin = np.minimum.reduceat(edge_cost, starts)
        hi[has] = np.where(must[has], emax, np.maximum(emax, hi[has]))
        lo[has] = np.where(must[has], emin, np.minimum(emin, lo[has]))
    return int((hi - lo).sum())
