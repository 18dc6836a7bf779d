"""The min-cost flow solved again after a few edges were added, from the optimum before.

When a seat left empty goes back to the holders who yielded it
(:func:`placement.api.solve`), the scenario is compiled again with their edges back:
the new problem is the old one plus a few edges. Solving it from scratch costs as
much as the first solve (at 100,000 people, 15 s a round). From the old optimum it
takes a potential computation and one bounded shortest-path search per new edge:

- **Potentials.** Shortest distances from a virtual root (a 0-cost arc to every node)
  in the old optimum's residual network, by Bellman–Ford over positions, units and
  the sink; an employee's is that of the node their unit of flow comes from, minus
  what their option costs (capped at 0). Every residual arc then has a reduced cost
  ``c + d(tail) − d(head) ≥ 0``: the old optimum proves itself optimal.
- **One new edge at a time** (employee ``i`` → position ``p``, reduced cost ``r``).
  ``r ≥ 0``: nothing to do. ``r < 0``: Dijkstra from ``p`` over reduced costs, not
  beyond ``B = −r``. If it reaches ``i`` at distance ``D < B``, the cycle ``i → p →
  … → i`` costs ``r + D < 0``: ``i`` takes ``p`` and everyone on the path moves one
  step along it. Either way each node's potential grows by ``min(distance, D or B)``,
  which keeps every reduced cost ≥ 0, the new edge's included (the textbook step of
  successive shortest paths).

After the last new edge no residual arc has a negative reduced cost: the placement
is an optimum of the new problem, of its folded tie-breaks too, as the flow backend
solves it (an optimum, not necessarily the same one the backend would pick where
tie-breaks are left unfolded: see :meth:`~placement.model.problem.Problem.with_ties`).
:func:`solve_again` returns None whenever this does not apply (side constraints,
relaxed minimums, a placement that does not prove itself optimal in the old
problem, old edges whose costs changed): the caller then solves from scratch.
"""

from __future__ import annotations

import time

import numpy as np

from placement.model.problem import Problem
from placement.model.residual import Residual
from placement.solvers.flow import fold_ties


def solve_again(
    new: Problem,
    old: Problem,
    assignment: np.ndarray,
    added: np.ndarray,
    seconds: float | None = None,
) -> tuple[np.ndarray, int] | None:
    """An optimum of ``new`` from ``assignment``, an optimum of ``old``, where ``new``
    is ``old`` plus the edges ``added`` (bool per edge of ``new``), and how many
    people it moved; None when that does not hold or the method does not apply (see
    the module docstring), or when it has taken more than ``seconds`` (checked
    between Bellman–Ford's passes and between new edges: the caller then solves from
    scratch, e.g. within the time the first solve took). ``assignment`` is not
    changed."""
    deadline = None if seconds is None else time.perf_counter() + seconds
    folded = _same_network(new, old, added)
    if folded is None:
        return None
    net = Residual(folded, np.array(assignment, dtype=np.int64), added)  # a copy
    if not net.feasible() or not net.potentials(deadline):
        return None
    start = net.a.copy()
    for e in np.flatnonzero(added).tolist():
        if deadline is not None and time.perf_counter() > deadline:
            return None
        net.insert(e)
    if not net.proven():  # the potentials are the certificate: never trusted unchecked
        return None
    return net.a.astype(np.int32), int((net.a != start).sum())


def _same_network(new: Problem, old: Problem, added: np.ndarray) -> Problem | None:
    """``new`` folded as the flow backend solves it, when it is a network with hard
    minimums and equals folded ``old`` once the ``added`` edges are taken out."""
    if not (new.is_network and old.is_network) or new.min_fill_penalty or old.min_fill_penalty:
        return None
    fn, _ = fold_ties(new)
    fo, _ = fold_ties(old)
    keep = ~np.asarray(added, dtype=bool)
    if (fn.n_employees, fn.n_positions, fn.n_units, int(keep.sum())) != (
        fo.n_employees,
        fo.n_positions,
        fo.n_units,
        fo.n_edges,
    ):
        return None
    same = (
        np.array_equal(fn.edge_emp[keep], fo.edge_emp)
        and np.array_equal(fn.edge_pos[keep], fo.edge_pos)
        and np.array_equal(fn.edge_cost[keep], fo.edge_cost)
    )
    for name in (
        "unplaced_cost",
        "capacity",
        "position_unit",
        "must_place",
        "min_fill",
        "unit_cap",
        "unit_min",
        "pinned",
    ):
        same = same and np.array_equal(getattr(fn, name), getattr(fo, name))
    return fn if same else None
