"""The CP-SAT model of a Problem, shared by every CP-SAT caller.

:class:`placement.solvers.cpsat.CpSatSolver` (the full model), the Lagrangian
backend's neighbourhood sub-solves (:mod:`placement.solvers.lagrange.lns`) and the
agent neighbourhoods of :mod:`placement.solvers.gap_search` build, hint, parametrise
and read back their models with these functions.

One Boolean per eligible edge, the model's first variables in edge order. Constraints
are built per group (employee, position, unit, budget), each group a slice of edge
indices found with numpy (CSR rows for employees, a stable argsort + split for the
others), so the Python work is one call per group, never one per (employee, position)
pair.
"""

from __future__ import annotations

import math
from typing import NamedTuple

import numpy as np
import pandas as pd
from ortools.sat.python import cp_model

from placement.errors import PlacementError
from placement.i18n import msg
from placement.model.outcome import Status
from placement.model.problem import NO_LIMIT, Problem

STATUS_MAP: dict = {
    cp_model.OPTIMAL: Status.OPTIMAL,
    cp_model.FEASIBLE: Status.FEASIBLE,
    cp_model.INFEASIBLE: Status.INFEASIBLE,
    cp_model.UNKNOWN: Status.NO_SOLUTION,
    # MODEL_INVALID is not a status: it raises PlacementError (see _solve)
}


class CpSatModel(NamedTuple):
    """A built model: edge literals ``x`` (the first variables), the objective
    coefficient per edge and the integer offset (cost = Σ coef·x + offset + soft
    penalties)."""

    model: cp_model.CpModel
    x: np.ndarray
    coef: np.ndarray
    offset: int


def neighbourhood_parameters(
    prm, workers: int, seed: int, dtime: float, time_limit: float | None
) -> None:
    """CP-SAT settings for many small hinted sub-solves (large-neighbourhood search):
    one light presolve pass, no probing or symmetry, the full linear relaxation
    (assignment + knapsack rows are LP-friendly), stopped on a deterministic time
    budget (and the wall clock, if given)."""
    prm.num_workers = max(1, int(workers))
    if workers > 1:
        prm.interleave_search = True
    prm.random_seed = int(seed) % (2**31)
    prm.max_deterministic_time = float(dtime)
    if time_limit is not None:
        prm.max_time_in_seconds = max(0.01, float(time_limit))
    prm.max_presolve_iterations = 1
    prm.cp_model_probing_level = 0
    prm.symmetry_level = 0
    prm.linearization_level = 2


def solver_parameters(
    prm,
    time_limit: float | None,
    seed: int,
    workers: int,
    deterministic: bool = True,
    deterministic_time: float | None = None,
    log_search: bool = False,
) -> None:
    """CP-SAT settings of one full solve: wall-clock ``time_limit`` (None = none),
    ``seed``, ``workers`` (0 = CP-SAT picks: all cores; with several and
    ``deterministic``, its interleaved deterministic parallel search), an optional cap
    in deterministic time units, and the search log."""
    if time_limit is not None:
        prm.max_time_in_seconds = max(0.0, float(time_limit))
    prm.random_seed = int(seed)
    prm.num_workers = max(0, int(workers))
    if workers != 1 and deterministic:
        prm.interleave_search = True
    if deterministic_time is not None:
        prm.max_deterministic_time = float(deterministic_time)
    prm.log_search_progress = log_search


def objective_bound(value: float, offset: int) -> int | None:
    """Integer lower bound from CP-SAT's float bound (objective is integral)."""
    if not math.isfinite(value):
        return None
    return math.ceil(value - 1e-6) + offset


def _edge_of(problem: Problem, position: np.ndarray) -> np.ndarray:
    """Edge id of (employee i, position[i]), -1 if none. Positions outside 0..m-1 are
    masked first: ``Problem.edge_index`` would match them to another employee's edge."""
    position = np.asarray(position, dtype=np.int64)
    inside = (position >= 0) & (position < problem.n_positions)
    return problem.edge_index(np.where(inside, position, -1))


def exact_sum(values: np.ndarray) -> int:
    """Sum of int64 values as a Python int (no silent int64 wrap-around)."""
    if not len(values):
        return 0
    if int(np.abs(values).max()) <= (2**62) // len(values):
        return int(values.sum())
    return int(values.astype(object).sum())


def _groups(keys: np.ndarray, n_groups: int) -> list[np.ndarray]:
    """Edge indices per key value ``0..n_groups-1`` (negative keys dropped)."""
    if n_groups == 0:
        return []
    order = np.argsort(keys, kind="stable")
    counts = np.bincount(keys[keys >= 0], minlength=n_groups)
    start = int((keys < 0).sum())  # negatives sort first
    return np.split(order[start:], np.cumsum(counts)[:-1])


def build_model(problem: Problem) -> CpSatModel | list[str]:
    """The CP-SAT model of ``problem`` (:class:`CpSatModel`), or a list of reasons why
    the problem is infeasible on its face."""
    n, m, E = problem.n_employees, problem.n_positions, problem.n_edges
    emp, pos = problem.edge_emp, problem.edge_pos
    reasons: list[str] = []
    model = cp_model.CpModel()
    x = model.new_bool_var_series("x", pd.RangeIndex(E)).to_numpy()

    soft_terms: list[tuple] = []  # (slack variable, penalty per unit)

    def add_range(idx: np.ndarray, lb, ub, what: str, w=None, soft: int = 0) -> None:
        """lb <= sum(w * x[idx]) <= ub (None = no bound); skipped when always true.
        With ``soft`` > 0 each unit of shortfall / excess is allowed at that cost."""
        if w is not None:
            keep = w != 0
            idx, w = idx[keep], w[keep]
        lo = 0 if w is None else exact_sum(w[w < 0])
        hi = len(idx) if w is None else exact_sum(w[w > 0])
        if soft > 0:
            expr = (
                cp_model.LinearExpr.sum(list(x[idx]))
                if w is None
                else cp_model.LinearExpr.weighted_sum(x[idx], w)
            )
            if lb is not None and int(lb) > lo:
                short = model.new_int_var(0, int(lb) - lo, f"short:{what}")
                model.add(expr + short >= int(lb))
                soft_terms.append((short, soft))
            if ub is not None and int(ub) < hi:
                over = model.new_int_var(0, hi - max(int(ub), lo), f"over:{what}")
                model.add(expr - over <= int(ub))
                soft_terms.append((over, soft))
            return
        lb_eff = lo if lb is None else max(int(lb), lo)
        ub_eff = hi if ub is None else min(int(ub), hi)
        if lb is not None and ub is not None and lb > ub:
            reasons.append(f"{what}: minimum {lb} exceeds maximum {ub}")
            return
        if lb_eff > ub_eff:
            need = (
                f"at least {lb}"
                if ub is None
                else f"at most {ub}"
                if lb is None
                else f"between {lb} and {ub}"
            )
            reasons.append(f"{what} must be {need}, but can only be {lo}..{hi}")
            return
        if lb_eff <= lo and ub_eff >= hi:
            return  # always holds
        expr = (
            cp_model.LinearExpr.sum(list(x[idx]))
            if w is None
            else cp_model.LinearExpr.weighted_sum(x[idx], w)
        )
        model.add_linear_constraint(expr, lb_eff, ub_eff)

    # employees: at most / exactly one edge; CSR rows are contiguous
    rows = np.split(x, problem.indptr[1:-1]) if n else []
    for i in np.flatnonzero(problem.must_place):
        if not len(rows[i]):
            reasons.append(f"employee {i} must be placed but has no eligible position")
        else:
            model.add_exactly_one(rows[i])
    for i in np.flatnonzero(~problem.must_place & (np.diff(problem.indptr) > 1)):
        model.add_at_most_one(rows[i])

    # pins
    pinned = np.flatnonzero(problem.pinned >= 0)
    if len(pinned):
        target = np.full(n, -1, dtype=np.int64)
        target[pinned] = problem.pinned[pinned]
        e_pin = _edge_of(problem, target)[pinned]
        for i in pinned[e_pin < 0]:
            reasons.append(
                f"employee {i} is pinned to position {problem.pinned[i]}, which is not "
                "one of its eligible positions"
            )
        if (e_pin >= 0).any():
            model.add_bool_and(x[e_pin[e_pin >= 0]])

    # positions: min_fill <= headcount <= capacity
    for j, idx in enumerate(_groups(pos, m)):
        add_range(
            idx,
            problem.min_fill[j],
            None,
            f"minimum fill of position {j}",
            soft=problem.min_fill_penalty,
        )
        add_range(idx, None, problem.capacity[j], f"headcount of position {j}")

    # units: unit_min <= headcount <= unit_cap
    k = problem.n_units
    if k and ((problem.unit_cap != NO_LIMIT).any() or (problem.unit_min > 0).any()):
        unit_of_edge = problem.position_unit[pos] if E else np.zeros(0, dtype=np.int32)
        for u, idx in enumerate(_groups(unit_of_edge, k)):
            cap = None if problem.unit_cap[u] == NO_LIMIT else problem.unit_cap[u]
            add_range(
                idx,
                problem.unit_min[u],
                None,
                f"minimum headcount of unit {u}",
                soft=problem.min_fill_penalty,
            )
            add_range(idx, None, cap, f"headcount of unit {u}")

    # budgets: weighted load <= limit
    if problem.has_budgets:
        n_b = len(problem.budget_limit)
        budget_of_edge = problem.budget_of_position[pos]
        for b, idx in enumerate(_groups(budget_of_edge, n_b)):
            name = problem.budget_names[b] if b < len(problem.budget_names) else f"budget {b}"
            add_range(
                idx,
                None,
                problem.budget_limit[b],
                f"load of {name}",
                problem.edge_weight[idx],
                soft=problem.budget_penalty,
            )

    # moves: moved_i = 1 - x[stay edge] (1 if the current position is not an edge)
    if problem.has_move_caps:
        has_cur = problem.current_pos >= 0
        stay = _edge_of(problem, problem.current_pos)
        if problem.max_moves != NO_LIMIT:
            # sum(moved) <= max  <=>  sum(x_stay) >= n_cur - max
            need = int(has_cur.sum()) - int(problem.max_moves)
            add_range(
                stay[stay >= 0],
                need,
                None,
                "number of employees staying put (max_moves)",
                soft=problem.move_penalty,
            )
        if (problem.unit_max_moves != NO_LIMIT).any():
            cur_u = np.where(has_cur, problem.current_unit, -1)
            n_cur_u = np.bincount(cur_u[cur_u >= 0], minlength=k)
            stay_u = np.where(stay >= 0, cur_u, -1)
            # stay edges grouped by employee's current unit
            stay_idx = np.where(stay >= 0, stay, 0)
            for u, emps in enumerate(_groups(stay_u, k)):
                if problem.unit_max_moves[u] == NO_LIMIT:
                    continue
                need = int(n_cur_u[u]) - int(problem.unit_max_moves[u])
                add_range(
                    stay_idx[emps],
                    need,
                    None,
                    f"number staying put in unit {u} (its max_moves)",
                    soft=problem.move_penalty,
                )

    if reasons:
        return reasons

    # objective: sum(c_e x_e) + sum_i u_i (1 - sum_e x_e)  (u_i only if i may stay unplaced)
    up = np.where(problem.must_place, 0, problem.unplaced_cost)
    if (np.abs(problem.edge_cost) >= 2**62).any() or (np.abs(up) >= 2**62).any():
        raise PlacementError(msg("cpsat.big_costs"))
    coef = problem.edge_cost - up[emp]
    offset = int(problem.constant) + exact_sum(up)
    nz = np.flatnonzero(coef)
    terms = [cp_model.LinearExpr.weighted_sum(x[nz], coef[nz])] if len(nz) else []
    if soft_terms:
        terms.append(
            cp_model.LinearExpr.weighted_sum([v for v, _ in soft_terms], [c for _, c in soft_terms])
        )
    if terms:
        model.minimize(sum(terms))
    # kept for the tie-break phase (CpSatSolver._break_ties), which fixes this value
    model.placement_objective = sum(terms) if terms else None  # type: ignore[attr-defined]
    return CpSatModel(model, x, coef, offset)


def add_hint(model: cp_model.CpModel, problem: Problem, hint: np.ndarray) -> None:
    """Hint every edge literal: 1 on the hinted edge of each employee, 0 elsewhere."""
    hint = np.asarray(hint, dtype=np.int64)
    if hint.shape != (problem.n_employees,):
        raise PlacementError(
            f"hint must give one position per employee ({problem.n_employees}), "
            f"got shape {hint.shape}"
        )
    values = np.zeros(problem.n_edges, dtype=np.int64)
    e = _edge_of(problem, hint)
    values[e[e >= 0]] = 1  # hinted pairs that are not edges are hinted 'unplaced'
    # edge literals are the model's first variables, 0..E-1 (see build_model)
    hint_first_variables(model, values)


def hint_first_variables(model: cp_model.CpModel, values: np.ndarray) -> None:
    """Hint the model's first ``len(values)`` variables (Booleans created first, as the
    edge literals of :func:`build_model`) with ``values``."""
    model.proto.solution_hint.vars.extend(range(len(values)))
    model.proto.solution_hint.values.extend(np.asarray(values, dtype=np.int64).tolist())


def first_values(solver: cp_model.CpSolver, n: int) -> np.ndarray:
    """bool[n]: the solution's values of the model's first ``n`` variables."""
    values = np.fromiter(solver.response_proto.solution, dtype=np.int64)
    return values[:n].astype(bool)


def read_assignment(solver: cp_model.CpSolver, problem: Problem, dtype=np.int32) -> np.ndarray:
    """The placement of a solved :func:`build_model` model: position per employee, -1
    unplaced."""
    chosen = first_values(solver, problem.n_edges)
    out = np.full(problem.n_employees, -1, dtype=dtype)
    out[problem.edge_emp[chosen]] = problem.edge_pos[chosen]
    return out
