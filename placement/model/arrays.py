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
