"""Edge floors: what the Lagrangian bound says about each edge (reduced-cost fixing).

At multipliers ``μ`` the priced network's optimum ``x*`` gives the Lagrangian bound
``L = S·cost_μ(x*) − μ·limit`` (all in units of ``1/S``; see the package docstring).
Node potentials that prove ``x*`` optimal (:class:`placement.model.residual.Residual`)
give every unused edge ``e`` a reduced cost ``r_e ≥ 0``, and any placement ``x`` of the
network that uses ``e`` costs at least ``cost_μ(x*) + r_e`` priced (its difference from
``x*`` is a set of residual cycles, one through ``e``, none of negative reduced cost).
A placement that keeps the relaxed rows (budgets, move caps) costs at least its priced
cost less ``μ·limit`` (``μ ≥ 0``), so

    cost(x) ≥ ⌈(L + r_e) / S⌉  for every placement x using e

— the edge's *floor*. An edge whose floor is above a known placement's cost is in no
placement as good: a solver may drop it and still find every optimum (ties included),
and its bound on the smaller problem bounds this one. The edges of ``x*`` itself have
floor ``⌈L / S⌉``, the bound.

Not made for soft rules (penalties in the priced network) nor when the potentials do
not converge in time: the outcome then carries no floors.
"""

from __future__ import annotations

import copy
import time

import numpy as np

from placement.model.problem import Problem
from placement.model.residual import Residual

#: An edge no placement can use (a pinned employee's other options).
NEVER = np.iinfo(np.int64).max


def edge_floors(
    relaxed: Problem,
    a: np.ndarray,
    cost_e: np.ndarray,
    cost_u: np.ndarray,
    lagrangian: int,
    scale: int,
    deadline: float | None = None,
) -> np.ndarray | None:
    """Per edge of ``relaxed`` (the network part of a problem), the floor of the
    placements using it (module docstring), from the priced optimum ``a`` of the
    priced costs ``cost_e``/``cost_u`` (``scale`` × the costs plus the prices) whose
    Lagrangian value, times ``scale``, is ``lagrangian``. None when the potentials do
    not prove ``a`` optimal by ``deadline`` (a ``time.perf_counter()`` value)."""
    q = copy.copy(relaxed)
    q.edge_cost, q.unplaced_cost = cost_e, cost_u
    q.min_fill_penalty = 0
    res = Residual(q, np.asarray(a, dtype=np.int32).copy(), np.zeros(q.n_edges, dtype=bool))
    if not (res.feasible() and res.potentials(deadline) and res.proven()):
        return None
    if deadline is not None and time.perf_counter() > deadline:
        return None
    reduced = res.de[q.edge_emp] + cost_e - res.d[q.edge_pos]
    used = np.zeros(q.n_edges, dtype=bool)
    placed = res.a >= 0
    used[res.e_now[placed]] = True
    reduced[used] = 0  # the optimum's own edges: the bound
    # proven() checked every open unused edge; a negative one would be a bug
    assert (reduced[res.open & ~used] >= 0).all()
    floor = -((-(lagrangian + reduced)) // scale)  # ceil, exact in integers
    floor[~res.open] = NEVER  # not in the network: no placement uses them
    return floor
