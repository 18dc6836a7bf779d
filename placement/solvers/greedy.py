"""Greedy baseline: every employee proposes to its cheapest remaining edge, each
position (then unit, budget and move cap) accepts the cheapest proposals it still has
room for, rejected employees move on to their next edge. Rounds are vectorised over
all proposing employees at once.

It is feasible but not optimal; it may fail to place an employee who must be placed
(then it reports ``no_solution``). Those who must be placed go first, to their own
post where it is open to them (a holder kept there by a rule keeps its seat; the
others would take it), then minimum fills are served, from the employees who fit
those positions best.
"""

from __future__ import annotations

import time

import numpy as np

from placement.i18n import msg
from placement.model.problem import NO_LIMIT, Problem
from placement.solvers.base import Feature, SolveOptions, SolveOutcome, Solver, Status
from placement.solvers.registry import register_solver

_INF = np.iinfo(np.int64).max // 4


@register_solver
class GreedySolver(Solver):
    name = "greedy"
    features = frozenset({Feature.NETWORK, Feature.BUDGETS, Feature.MOVE_CAPS})
    exact = False

    def _solve(self, problem: Problem, options: SolveOptions) -> SolveOutcome:
        t0 = time.perf_counter()
        assignment, message = greedy_assignment(problem)
        seconds = time.perf_counter() - t0
        if assignment is None:
            return SolveOutcome(Status.NO_SOLUTION, None, None, None, self.name, seconds, message)
        cost = problem.cost_of(assignment)
        return SolveOutcome(Status.FEASIBLE, assignment, cost, None, self.name, seconds, message)


class _State:
    def __init__(self, p: Problem):
        n = p.n_employees
        self.p = p
        self.assignment = np.full(n, -1, dtype=np.int32)
        self.cap = p.capacity.copy()
        self.unit = np.where(p.unit_cap == NO_LIMIT, _INF, p.unit_cap).astype(np.int64)
        self.budget = p.budget_limit.astype(np.int64).copy()
        self.moves = _INF if p.max_moves == NO_LIMIT else int(p.max_moves)
        self.unit_moves = np.where(p.unit_max_moves == NO_LIMIT, _INF, p.unit_max_moves).astype(
            np.int64
        )

    def take(self, edges: np.ndarray) -> None:
        p = self.p
        pos = p.edge_pos[edges]
        self.assignment[p.edge_emp[edges]] = pos
        self.cap -= np.bincount(pos, minlength=p.n_positions)
        self.unit -= np.bincount(p.position_unit[pos], minlength=p.n_units)
        b = p.budget_of_position[pos]
        has = b >= 0
        if has.any():
            self.budget -= np.bincount(
                b[has], weights=p.edge_weight[edges][has], minlength=len(self.budget)
            ).astype(np.int64)
        mv = p.edge_is_move[edges]
        if mv.any():
            self.moves -= int(mv.sum())
            cu = p.current_unit[p.edge_emp[edges][mv]]
            cu = cu[cu >= 0]
            self.unit_moves -= np.bincount(cu, minlength=p.n_units)


def greedy_assignment(p: Problem) -> tuple[np.ndarray | None, str]:
    st = _State(p)
    pinned = np.flatnonzero(p.pinned >= 0)
    if len(pinned):
        e = p.edge_index(np.where(p.pinned >= 0, p.pinned, -1))[pinned]
        if (e < 0).any():
            return None, msg("greedy.pin_not_allowed")
        st.take(e)
        if (st.cap < 0).any() or (st.unit < 0).any() or (st.budget < 0).any():
            return None, msg("greedy.pins_exceed")
    must = p.must_place | (p.pinned >= 0)
    worth = p.must_place[p.edge_emp] | (p.edge_cost < p.unplaced_cost[p.edge_emp])
    candidate = worth & (p.pinned[p.edge_emp] < 0)
    if p.must_place.any():  # those who must be placed first: their own post, if open
        first = candidate & p.must_place[p.edge_emp]
        _rounds(st, first & (p.edge_pos == p.current_pos[p.edge_emp]))
        _rounds(st, first)
    if p.min_fill.any():
        cap_left = st.cap.copy()
        st.cap = np.minimum(st.cap, p.min_fill)
        _rounds(st, candidate & (p.min_fill[p.edge_pos] > 0))
        st.cap = cap_left - (np.minimum(cap_left, p.min_fill) - st.cap)
    _rounds(st, candidate)
    a = st.assignment
    if (must & (a < 0)).any():
        return None, msg("greedy.must_place", n=int((must & (a < 0)).sum()))
    # unplaced incumbents count as moves
    displaced = (p.current_pos >= 0) & (a < 0)
    if p.max_moves != NO_LIMIT and st.moves - int(displaced.sum()) < 0:
        return None, msg("greedy.max_moves")
    cu = p.current_unit[displaced & (p.current_unit >= 0)]
    if (st.unit_moves - np.bincount(cu, minlength=p.n_units) < 0).any():
        return None, msg("greedy.max_moves_unit")
    fill = np.bincount(a[a >= 0], minlength=p.n_positions)
    if (fill < np.minimum(p.min_fill, p.capacity)).any():
        return None, msg("greedy.min_fill")
    if (p.unit_min > np.bincount(p.position_unit[a[a >= 0]], minlength=p.n_units)).any():
        return None, msg("greedy.unit_min")
    return a, ""


def _rounds(st: _State, allowed: np.ndarray) -> None:
    p = st.p
    edges = np.flatnonzero(allowed)
    # each employee's edges, cheapest first (ties: position index)
    order = edges[np.lexsort((p.edge_pos[edges], p.edge_cost[edges], p.edge_emp[edges]))]
    emp_of = p.edge_emp[order]
    starts = np.searchsorted(emp_of, np.arange(p.n_employees))
    ends = np.searchsorted(emp_of, np.arange(p.n_employees), side="right")
    ptr = starts.copy()
    active = np.flatnonzero((st.assignment < 0) & (ptr < ends))
    while len(active):
        e = order[ptr[active]]
        pos = p.edge_pos[e]
        unit = p.position_unit[pos]
        ok = (st.cap[pos] > 0) & (st.unit[unit] > 0)
        mv = p.edge_is_move[e]
        cu = p.current_unit[p.edge_emp[e]]
        ok &= ~mv | ((st.moves > 0) & ((cu < 0) | (st.unit_moves[np.maximum(cu, 0)] > 0)))
        b = p.budget_of_position[pos]
        w = p.edge_weight[e]
        if len(st.budget):
            ok &= (b < 0) | (w <= st.budget[np.maximum(b, 0)])
        # accept the cheapest proposals per position, then per unit / budget / move cap
        acc = np.zeros(len(e), dtype=bool)
        idx = np.flatnonzero(ok)
        if len(idx):
            rank_order = idx[np.lexsort((p.edge_emp[e[idx]], p.edge_cost[e[idx]]))]
            acc_idx = rank_order[_within(pos[rank_order], np.ones(len(rank_order)), st.cap)]
            acc_idx = acc_idx[_within(unit[acc_idx], np.ones(len(acc_idx)), st.unit)]
            bb = b[acc_idx]
            keep = np.ones(len(acc_idx), dtype=bool)
            if (bb >= 0).any():
                sel = bb >= 0
                keep[sel] = _within(bb[sel], w[acc_idx][sel], st.budget)
            acc_idx = acc_idx[keep]
            mv_a = mv[acc_idx]
            if mv_a.any() and (st.moves < _INF or (st.unit_moves < _INF).any()):
                keep = np.ones(len(acc_idx), dtype=bool)
                sel = np.flatnonzero(mv_a)
                keep[sel] = np.arange(len(sel)) < st.moves
                cu_a = cu[acc_idx[sel]]
                has = cu_a >= 0
                inner = np.ones(len(sel), dtype=bool)
                inner[has] = _within(cu_a[has], np.ones(int(has.sum())), st.unit_moves)
                keep[sel] &= inner
                acc_idx = acc_idx[keep]
            acc[acc_idx] = True
        if acc.any():
            st.take(e[acc])
        ptr[active[~acc]] += 1
        active = active[~acc]
        active = active[ptr[active] < ends[active]]


def _within(group: np.ndarray, amount: np.ndarray, remaining: np.ndarray) -> np.ndarray:
    """For items in priority order: keep those whose running total in their group fits."""
    if not len(group):
        return np.zeros(0, dtype=bool)
    order = np.argsort(group, kind="stable")
    g = group[order]
    a = np.asarray(amount, dtype=np.int64)[order]
    csum = np.cumsum(a)
    first = np.searchsorted(g, g)  # start of each group in the sorted array
    before = csum[first] - a[first]
    run = csum - before
    fits = np.empty(len(group), dtype=bool)
    fits[order] = run <= remaining[g]
    return fits
