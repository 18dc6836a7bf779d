"""Phase 4: large-neighbourhood search, CP-SAT on the people around a few units at a
time, everyone else fixed (see the package docstring)."""

from __future__ import annotations

import time

import numpy as np
from ortools.sat.python import cp_model

from placement.model.outcome import Status
from placement.model.problem import NO_LIMIT, Problem
from placement.solvers.cpsat_model import (
    STATUS_MAP,
    add_hint,
    build_model,
    exact_sum,
    neighbourhood_parameters,
    read_assignment,
)
from placement.solvers.lagrange.rows import _activity, _at, _ranges, _Rows
from placement.solvers.lagrange.run import _Run

# -- sub-problems for the LNS -------------------------------------------------------------


def _subproblem(p: Problem, a: np.ndarray, free: np.ndarray, rows: _Rows):
    """The problem restricted to the ``free`` employees, everyone else fixed at ``a``.

    Returns (sub-problem, its positions as original indices, hint). Capacities, unit
    caps and minimums, budgets and move caps are reduced by the fixed placements;
    ``constant`` holds the fixed employees' cost, so sub-costs are full costs.
    """
    n, m, k = p.n_employees, p.n_positions, p.n_units
    F = np.flatnonzero(free)
    fixed = ~free
    af = a[fixed]
    pf = af >= 0
    fixfill = np.bincount(af[pf], minlength=m).astype(np.int64)
    fixufill = np.bincount(p.position_unit[af[pf]], minlength=k).astype(np.int64)
    e_all = p.edge_index(a)
    fixed_e = e_all[fixed]
    fixed_cost = exact_sum(p.edge_cost[fixed_e[pf]]) + exact_sum(p.unplaced_cost[fixed][~pf])
    idx = _ranges(p.indptr, F)
    lens = p.indptr[F + 1] - p.indptr[F]
    cur = p.current_pos[F]
    P = np.unique(np.concatenate([p.edge_pos[idx], cur[cur >= 0]]).astype(np.int64))
    remap = np.full(m, -1, dtype=np.int64)
    remap[P] = np.arange(len(P))
    kw: dict = {}
    if p.has_budgets:
        fixed_act = _activity(p, rows, np.where(free, -1, a), np.where(free, -1, e_all))
        kw["budget_of_position"] = p.budget_of_position[P]
        kw["budget_limit"] = p.budget_limit - fixed_act[: rows.n_budgets]
        kw["edge_weight"] = p.edge_weight[idx]
        kw["budget_names"] = list(p.budget_names)
    if p.has_move_caps:
        moved_fixed = fixed & rows.has_cur & (a != p.current_pos)
        if p.max_moves != NO_LIMIT:
            kw["max_moves"] = int(p.max_moves) - int(moved_fixed.sum())
        cu = p.current_unit[moved_fixed]
        per = np.bincount(cu[cu >= 0], minlength=k)
        kw["unit_max_moves"] = np.where(
            p.unit_max_moves == NO_LIMIT, NO_LIMIT, p.unit_max_moves - per
        )
    unit_cap = np.where(p.unit_cap == NO_LIMIT, NO_LIMIT, p.unit_cap - fixufill)
    pinned = p.pinned[F]
    sub = Problem(
        indptr=np.concatenate([[0], np.cumsum(lens)]),
        edge_pos=remap[p.edge_pos[idx]],
        edge_cost=p.edge_cost[idx],
        unplaced_cost=p.unplaced_cost[F],
        capacity=(p.capacity - fixfill)[P],
        position_unit=p.position_unit[P],
        n_units=k,
        must_place=p.must_place[F],
        min_fill=np.maximum(np.minimum(p.min_fill, p.capacity) - fixfill, 0)[P],
        unit_cap=unit_cap,
        unit_min=np.maximum(p.unit_min - fixufill, 0),
        pinned=_at(remap, pinned, -1),
        current_pos=_at(remap, cur, -1),
        current_unit=p.current_unit[F],
        constant=int(p.constant) + fixed_cost,
        name=f"{p.name} (neighbourhood)",
        **kw,
    )
    hint = _at(remap, a[F], -1)
    del n
    return sub, P, hint


def neighbourhoods(run: _Run) -> None:
    p, cfg = run.p, run.cfg
    k = p.n_units
    rng = np.random.default_rng(run.seed)
    if k == 0 or p.n_employees == 0:
        return
    assert run.best_a is not None  # called with a placement to improve
    max_rounds = cfg.lns_rounds
    if max_rounds is None:
        max_rounds = 3 * k + 10 if run.deadline is None else 10**9
    # employees' edges grouped by position (who could take a post)
    by_pos = np.argsort(p.edge_pos, kind="stable")
    pos_ptr = np.searchsorted(p.edge_pos[by_pos], np.arange(p.n_positions + 1))
    pos_of_unit = np.argsort(p.position_unit, kind="stable")
    unit_ptr = np.searchsorted(p.position_unit[pos_of_unit], np.arange(k + 1))
    # edge budget of a neighbourhood: grows when CP-SAT proves sub-problems optimal
    size = int(min(max(2000, p.n_edges // 4), 25000))
    lo_size, hi_size = 2000, 100000
    stall = 0
    rounds = 0
    order: list[int] = []
    last = 0.0
    while rounds < max_rounds and not run.out_of_time() and not run.proven():
        if (rem := run.remaining()) is not None and rem < last:
            break  # a round would run past the limit
        t_round = time.perf_counter()
        if not order:
            order = _focus_order(run, rng)
        focus = order.pop(0)
        free = _neighbourhood(run, focus, rng, size, by_pos, pos_ptr, pos_of_unit, unit_ptr)
        rounds += 1
        if not free.any():
            continue
        sub, P, hint = _subproblem(p, run.best_a, free, run.rows)
        rem = run.remaining()
        tl = None if rem is None else max(0.05, rem)
        status, sub_a, sub_cost = _cpsat_sub(
            sub, hint, run.seed + rounds, run.workers, cfg.lns_deterministic_time, tl
        )
        improved = False
        if (
            sub_a is not None
            and sub_cost is not None
            and run.best_cost is not None
            and sub_cost < run.best_cost
        ):
            a = run.best_a.copy()
            a[np.flatnonzero(free)] = _at(P, sub_a, -1)
            improved = run.offer(a, "lagrange: neighbourhood search")
        if status is Status.OPTIMAL:
            if free.all() and run.best_cost is not None:
                # the neighbourhood was everyone: the incumbent is optimal
                run.raise_bound(run.best_cost, "lagrange: neighbourhood search")
                break
            size = min(hi_size, int(size * 1.3))
        else:
            size = max(lo_size, int(size * 0.7))
        stall = 0 if improved else stall + 1
        last = time.perf_counter() - t_round
        if stall >= 2 * k + 5:
            break
    run.log.append(f"lagrange: {rounds} neighbourhood(s), last size {size} edges")


def _focus_order(run: _Run, rng) -> list[int]:
    """Units in a seeded random order, the units of violated-in-relaxation rows
    (tight budgets, capped move counts) twice."""
    p, rows = run.p, run.rows
    k = p.n_units
    units = list(rng.permutation(k))
    hot: list[int] = []
    if run.best_a is not None:
        st_act = _activity(p, rows, run.best_a, p.edge_index(run.best_a))
        tight = st_act >= 0.97 * rows.limit
        if rows.n_budgets:
            # budgets are per unit of the positions
            bpos = p.budget_of_position
            for b in np.flatnonzero(tight[: rows.n_budgets]):
                us = np.unique(p.position_unit[bpos == b])
                hot.extend(int(u) for u in us)
        ur = rows.unit_rows
        hot.extend(int(u) for u in np.flatnonzero((ur >= 0) & _at(tight, ur, False)))
    hot = [u for u in rng.permutation(np.array(sorted(set(hot)), dtype=np.int64))]
    return [int(u) for u in hot] + [int(u) for u in units]


def _neighbourhood(
    run: _Run, focus: int, rng, size: int, by_pos, pos_ptr, pos_of_unit, unit_ptr
) -> np.ndarray:
    p = run.p
    n, k = p.n_employees, p.n_units
    a = run.best_a
    assert a is not None  # neighbourhoods of the best placement
    deg = np.diff(p.indptr)

    def unit_people(u: int) -> np.ndarray:
        P0 = pos_of_unit[unit_ptr[u] : unit_ptr[u + 1]]
        inside = np.zeros(p.n_positions, dtype=bool)
        inside[P0] = True
        people = _at(inside, a, False)
        people |= (p.current_unit == u) & (p.current_pos >= 0)
        # unplaced people who could take one of its posts
        cand = p.edge_emp[by_pos[_ranges(pos_ptr, P0)]] if len(P0) else np.zeros(0, int)
        out = np.zeros(n, dtype=bool)
        out[cand] = True
        people |= out & (a < 0)
        return people

    free = unit_people(focus)
    # related units: where the freed people could go (most edges first, seeded ties)
    if k > 1:
        idx = _ranges(p.indptr, np.flatnonzero(free))
        w = np.bincount(p.position_unit[p.edge_pos[idx]], minlength=k).astype(float)
        w[focus] = 0
        n_more = int(rng.integers(0, 3))
        for _ in range(n_more):
            if w.sum() <= 0 or int(deg[free].sum()) >= size:
                break
            u = int(rng.choice(k, p=w / w.sum()))
            w[u] = 0
            free |= unit_people(u)
    # trim to the edge budget (seeded), keeping pinned people out of the count
    F = np.flatnonzero(free)
    if int(deg[F].sum()) > size:
        F = rng.permutation(F)
        keep = F[np.cumsum(deg[F]) <= size]
        free = np.zeros(n, dtype=bool)
        free[keep] = True
        return free
    # holders of the posts the freed people are eligible for
    P1 = np.unique(p.edge_pos[_ranges(p.indptr, F)])
    on = np.zeros(p.n_positions, dtype=bool)
    on[P1] = True
    holders = np.flatnonzero(_at(on, a, False) & ~free)
    if len(holders):
        holders = rng.permutation(holders)
        room = size - int(deg[F].sum())
        keep = holders[np.cumsum(deg[holders]) <= room]
        free[keep] = True
    return free


def _cpsat_sub(
    sub: Problem, hint: np.ndarray, seed: int, workers: int, dtime: float, time_limit: float | None
) -> tuple[Status, np.ndarray | None, int | None]:
    """Solve a neighbourhood with the CP-SAT backend's model (``build_model``), tuned
    for many small hinted solves: one light presolve pass, no probing or symmetry, and
    the full linear relaxation (assignment + knapsack rows are LP-friendly), stopped
    on a deterministic time budget."""
    built = build_model(sub)
    if isinstance(built, list):
        return Status.INFEASIBLE, None, None
    add_hint(built.model, sub, hint)
    solver = cp_model.CpSolver()
    neighbourhood_parameters(solver.parameters, workers, seed, dtime, time_limit)
    raw = solver.solve(built.model)
    status = STATUS_MAP.get(raw, Status.NO_SOLUTION)
    if not status.has_solution:
        return status, None, None
    a = read_assignment(solver, sub, dtype=np.int64)
    return status, a, sub.cost_of(a)
