"""An independent oracle: the whole Problem as a MILP solved by scipy (HiGHS).

Written from the Problem's documented meaning, sharing no code with the solvers.
"""

from __future__ import annotations

import numpy as np
from scipy import sparse
from scipy.optimize import Bounds, LinearConstraint, milp

from placement.model.problem import NO_LIMIT, Problem


def milp_optimum(p: Problem) -> int | None:
    """Optimal integer cost (incl. constant), or None if infeasible."""
    best = milp_lexicographic(p, levels=0)
    return None if best is None else best[0]


def milp_lexicographic(p: Problem, levels: int | None = None) -> list[int] | None:
    """The lexicographic optimum's values: the cost (incl. constant), then each of the
    first ``levels`` tie levels (all by default), each minimised with the ones before
    held at their optimum (one MILP per level); None if infeasible."""
    n, m, E = p.n_employees, p.n_positions, p.n_edges
    # variables: x_e (E), u_i (n) unplaced
    nv = E + n
    lb = np.zeros(nv)
    ub = np.ones(nv)
    ub[E:][p.must_place | (p.pinned >= 0)] = 0
    rows, cons_lo, cons_hi = [], [], []

    def add(mat, lo, hi):
        rows.append(sparse.csr_matrix(mat))
        cons_lo.append(np.asarray(lo, float))
        cons_hi.append(np.asarray(hi, float))

    emp = p.edge_emp
    # each employee: sum x + u = 1
    A = sparse.hstack(
        [sparse.csr_matrix((np.ones(E), (emp, np.arange(E))), shape=(n, E)), sparse.identity(n)]
    )
    add(A, np.ones(n), np.ones(n))
    # pins: only the pinned edge may be used
    pinned_wrong = (p.pinned[emp] >= 0) & (p.edge_pos != p.pinned[emp])
    ub[:E][pinned_wrong] = 0
    # positions
    P = sparse.csr_matrix((np.ones(E), (p.edge_pos, np.arange(E))), shape=(m, E))
    Pz = sparse.hstack([P, sparse.csr_matrix((m, n))])
    add(Pz, np.minimum(p.min_fill, p.capacity), p.capacity)
    # units
    U = sparse.csr_matrix(
        (np.ones(E), (p.position_unit[p.edge_pos], np.arange(E))), shape=(p.n_units, E)
    )
    ucap = np.where(p.unit_cap == NO_LIMIT, np.inf, p.unit_cap)
    add(sparse.hstack([U, sparse.csr_matrix((p.n_units, n))]), p.unit_min, ucap)
    # budgets
    b = p.budget_of_position[p.edge_pos]
    if len(p.budget_limit) and (b >= 0).any():
        sel = np.flatnonzero(b >= 0)
        B = sparse.csr_matrix(
            (p.edge_weight[sel].astype(float), (b[sel], sel)), shape=(len(p.budget_limit), E)
        )
        add(
            sparse.hstack([B, sparse.csr_matrix((len(p.budget_limit), n))]),
            np.full(len(p.budget_limit), -np.inf),
            p.budget_limit,
        )
    # moves: moved_i = 1 - x(edge to current position)
    stay = np.flatnonzero((p.current_pos[emp] >= 0) & (p.edge_pos == p.current_pos[emp]))
    has_cur = p.current_pos >= 0
    if p.max_moves != NO_LIMIT:
        row = np.zeros(nv)
        row[stay] = -1
        add(row[None, :], [-np.inf], [p.max_moves - int(has_cur.sum())])
    if (p.unit_max_moves != NO_LIMIT).any():
        for u in np.flatnonzero(p.unit_max_moves != NO_LIMIT):
            row = np.zeros(nv)
            mine = stay[p.current_unit[emp[stay]] == u]
            row[mine] = -1
            cnt = int((has_cur & (p.current_unit == u)).sum())
            add(row[None, :], [-np.inf], [p.unit_max_moves[u] - cnt])
    objectives = [np.concatenate([p.edge_cost, p.unplaced_cost])]
    k = len(p.tie_levels) if levels is None else levels
    objectives += [np.concatenate([te, tu]) for te, tu in p.tie_levels[:k]]
    values: list[int] = []
    for c in objectives:
        res = milp(
            c.astype(float),
            constraints=LinearConstraint(
                sparse.vstack(rows).tocsr(), np.concatenate(cons_lo), np.concatenate(cons_hi)
            ),
            integrality=np.ones(nv),
            bounds=Bounds(lb, ub),
        )
        if res.status == 2:  # infeasible
            return None
        assert res.status == 0, res.message
        values.append(int(round(res.fun)))
        add(c[None, :].astype(float), [values[-1]], [values[-1]])  # held from here on
    values[0] += p.constant
    return values
