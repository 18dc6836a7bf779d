"""Posts a mover could take instead at no difference to anyone: the same placement
but for their post, as feasible, of the same cost, and alike under every tie-break
level but the last (a fixed order of the ids, :mod:`placement.model.stability`).

Where such posts exist, the post the plan names was picked by that order alone, and
the PPK may choose among them (review 113 M4: Anana Purloyo, moved out of an
over-filled post, scored 125.74 in five posts of four OPDs with a seat empty in each;
the hash of the ids chose Dinas Pendidikan, and her reason did not say so).
"""

from __future__ import annotations

import numpy as np

from placement.model.check import violations
from placement.model.problem import Problem


def alike_posts(p: Problem, a: np.ndarray, i: int) -> list[int]:
    """The posts (ascending ids) other than ``a[i]`` and employee ``i``'s current post
    that ``i`` could take instead in placement ``a`` of ``p`` with nobody else moved:
    a pair of ``p``, a seat free there, the placement as valid and of the same cost,
    and each tie-break level but the last the same. None where ``p`` is not a network
    problem (a budget or a move cap weighs the whole placement) or ``i`` is not
    placed."""
    q = int(a[i])
    if q < 0 or not p.is_network:
        return []
    lo, hi = int(p.indptr[i]), int(p.indptr[i + 1])
    e_now = lo + int(np.searchsorted(p.edge_pos[lo:hi], q))
    edges = np.arange(lo, hi)
    pos = p.edge_pos[lo:hi].astype(np.int64)
    fill = np.bincount(a[a >= 0], minlength=p.n_positions)
    cur = int(p.current_pos[i])
    keep = (p.edge_cost[lo:hi] == p.edge_cost[e_now]) & (pos != q) & (pos != cur)
    keep &= fill[pos] < np.asarray(p.capacity)[pos]
    for levels, _ in p.tie_levels[:-1]:  # alike up to the last level, the ids' order
        keep &= levels[edges] == levels[e_now]
    out = []
    base = p.cost_of(a)
    for other in pos[keep].tolist():
        b = a.copy()
        b[i] = other
        if not violations(p, b) and p.cost_of(b) == base:
            out.append(int(other))
    return out
