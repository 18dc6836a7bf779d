"""Posts a mover could take instead at no difference to anyone: the same placement
but for their post, with a seat of its formasi free for them, every objective term of
theirs the same there, nobody else placed otherwise, and no rule of the problem
(unit caps, minimum fills) weighing the swap.

Where such posts exist, the post the plan names was picked by the rule for ties, and
the PPK may choose among them (review 113 M4: Anana Purloyo, moved out of an
over-filled post, scored 125.74 in five posts of four OPDs; her reason did not say so).
Review 115: a seat counted free that was a holder's kept over formasi (H1), the total
alone compared where the person's own terms differed (H2), and a check of the whole
placement per post named (M3: 14.7 s at 20,000 people) are each mended here: the swap
is checked by what it changes, in numpy.
"""

from __future__ import annotations

import numpy as np

from placement.model.problem import NO_LIMIT, Problem


def seat_counts(p: Problem, a: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per post and per unit, how many placement ``a`` places there (once per
    placement, for every mover :func:`alike_posts` reads)."""
    placed = a >= 0
    unit = np.asarray(p.position_unit, dtype=np.int64)
    fill = np.bincount(a[placed], minlength=p.n_positions)
    return fill, np.bincount(unit[a[placed]], minlength=p.n_units)


def alike_posts(
    p: Problem,
    a: np.ndarray,
    i: int,
    free: np.ndarray,
    counts: tuple[np.ndarray, np.ndarray] | None = None,
) -> tuple[list[int], bool]:
    """The posts (ascending ids) other than ``a[i]`` and employee ``i``'s current post
    that ``i`` could take instead in placement ``a`` of ``p``: a pair of ``p`` whose
    every objective term (and so its cost) is that of their post's, a seat of its
    formasi free (``free``: per post, its formasi seats the placement leaves empty,
    those held over it not counted), its unit below its cap, and the post and unit they
    leave not brought below a minimum fill; and whether the rule for ties chose among
    them by its last level, the ids' fixed order (every other level alike, the post
    placed first in it). None where ``p`` has side constraints (a budget, a move cap:
    they weigh the whole placement), ``i`` is pinned or not placed. ``counts``:
    :func:`seat_counts` of ``a`` (made here if not given)."""
    q = int(a[i])
    if q < 0 or not p.is_network or int(p.pinned[i]) >= 0:
        return [], False
    lo, hi = int(p.indptr[i]), int(p.indptr[i + 1])
    e_now = lo + int(np.searchsorted(p.edge_pos[lo:hi], q))
    pos = p.edge_pos[lo:hi].astype(np.int64)
    keep = (pos != q) & (pos != int(p.current_pos[i])) & (free[pos] > 0)
    keep &= p.edge_cost[lo:hi] == p.edge_cost[e_now]
    for costs, _ in p.term_costs.values():  # the same for them, term by term
        keep &= costs[lo:hi] == costs[e_now]
    if not keep.any():
        return [], False
    # leaving q: its minimum fill, and its unit's, kept (a penalty or a rule either way)
    unit = np.asarray(p.position_unit, dtype=np.int64)
    fill, ufill = seat_counts(p, a) if counts is None else counts
    if fill[q] - 1 < min(int(p.min_fill[q]), int(p.capacity[q])):
        return [], False
    u_from, u_to = unit[q], unit[pos]
    other = u_to != u_from
    if (ufill[u_from] - 1 < int(p.unit_min[u_from])) and other.any():
        keep &= ~other
    cap = np.asarray(p.unit_cap, dtype=np.int64)[u_to]
    keep &= ~other | (cap == NO_LIMIT) | (ufill[u_to] < cap)
    edges = np.arange(lo, hi)[keep]
    if not len(edges):
        return [], False
    levels = p.tie_levels
    for costs, _ in levels[:-1]:  # alike up to the last level
        same = costs[edges] == costs[e_now]
        edges = edges[same]
    if not len(edges):
        return [], False
    by_order = bool(levels) and bool((levels[-1][0][edges] > levels[-1][0][e_now]).all())
    return sorted(p.edge_pos[edges].astype(np.int64).tolist()), by_order
