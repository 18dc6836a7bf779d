"""Exact backend on OR-Tools CP-SAT: every constraint of a Problem, incl. side constraints.

One Boolean per eligible edge. Constraints are built per group (employee, position,
unit, budget), each group a slice of edge indices found with numpy (CSR rows for
employees, a stable argsort + split for the others), so the Python work is one call
per group, never one per (employee, position) pair.

Determinism: ``random_seed`` is the caller's seed. With one worker the CP-SAT search is
sequential, hence a function of (model, parameters, seed). With several workers we set
``interleave_search`` (CP-SAT's deterministic parallel loop: workers synchronise
between fixed batches of tasks). Either way a run that stops on the wall-clock
``time_limit`` before proving optimality stops at a machine-dependent point; only
proven outcomes (optimal, infeasible) are reproducible across machines and loads.
"""

from __future__ import annotations

import math
import time

import numpy as np
import pandas as pd
from ortools.sat.python import cp_model

from placement.errors import PlacementError
from placement.i18n import join, msg
from placement.model.problem import NO_LIMIT, Problem
from placement.solvers.base import Feature, SolveOutcome, Solver, Status, interruptible
from placement.solvers.registry import register_solver

STATUS_MAP: dict = {
    cp_model.OPTIMAL: Status.OPTIMAL,
    cp_model.FEASIBLE: Status.FEASIBLE,
    cp_model.INFEASIBLE: Status.INFEASIBLE,
    cp_model.UNKNOWN: Status.NO_SOLUTION,
    # MODEL_INVALID is not a status: it raises PlacementError (see _solve)
}


class _Progress(cp_model.CpSolverSolutionCallback):
    """Reports each improving incumbent to the user's ``progress`` callable (cheap:
    reads the objective and bound only, never the variables)."""

    def __init__(self, problem: Problem, offset: int, progress, t0: float) -> None:
        super().__init__()
        self._problem = problem
        self._offset = offset
        self._progress = progress
        self._t0 = t0
        self._best: int | None = None

    def on_solution_callback(self) -> None:
        cost = round(self.objective_value) + self._offset
        if self._best is not None and cost >= self._best:
            return
        self._best = cost
        bound = _bound(self.best_objective_bound, self._offset)
        self._progress(
            {
                "phase": "cp-sat",
                "best": self._problem.objective_value(cost),
                "bound": None if bound is None else self._problem.objective_value(bound),
                "elapsed": time.perf_counter() - self._t0,
            }
        )


def neighbourhood_parameters(prm, workers: int, seed: int, dtime: float,
                             time_limit: float | None) -> None:
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


@register_solver
class CpSatSolver(Solver):
    """OR-Tools CP-SAT: exact, handles budgets and move caps."""

    name = "cp-sat"
    features = frozenset({Feature.NETWORK, Feature.BUDGETS, Feature.MOVE_CAPS})
    exact = True

    def __init__(
        self,
        deterministic: bool = True,
        deterministic_time: float | None = None,
        log_search: bool = False,
    ) -> None:
        """``deterministic``: with several workers, use CP-SAT's interleaved
        (deterministic) parallel search; costs some speed, most on machines with fewer
        cores than workers. ``deterministic_time``: an extra cap in CP-SAT's
        deterministic time units (≈ seconds, counted in operations), which stops at the
        same point on every run, unlike the wall-clock ``time_limit``.
        ``log_search``: keep CP-SAT's search log in ``SolveOutcome.log``."""
        self.deterministic = deterministic
        self.deterministic_time = deterministic_time
        self.log_search = log_search

    def _solve(
        self,
        problem: Problem,
        time_limit: float | None,
        seed: int,
        workers: int,
        hint: np.ndarray | None,
        progress,
    ) -> SolveOutcome:
        t0 = time.perf_counter()
        built = _build(problem)
        if isinstance(built, list):  # infeasible before solving
            return SolveOutcome(
                status=Status.INFEASIBLE,
                assignment=None,
                cost=None,
                bound=None,
                solver=self.name,
                seconds=time.perf_counter() - t0,
                message=join("; ", built),
            )
        model, x, coef, offset = built
        if hint is not None:
            _add_hint(model, problem, hint)

        solver = cp_model.CpSolver()
        params = solver.parameters
        if time_limit is not None:
            params.max_time_in_seconds = max(0.0, float(time_limit))
        params.random_seed = int(seed)
        params.num_workers = max(0, int(workers))  # 0 = CP-SAT picks (all cores)
        if workers != 1 and self.deterministic:
            params.interleave_search = True  # deterministic parallel search
        if self.deterministic_time is not None:
            params.max_deterministic_time = float(self.deterministic_time)
        params.log_search_progress = self.log_search
        log: list[str] = []
        if self.log_search:
            solver.log_callback = log.append

        callback = _Progress(problem, offset, progress, t0) if progress is not None else None
        t_build = time.perf_counter() - t0
        with interruptible(solver.stop_search) as interrupted:
            raw = solver.solve(model, callback)
        seconds = time.perf_counter() - t0

        if raw == cp_model.MODEL_INVALID:
            reason = (model.validate() or "no reason given").splitlines()[0][:300]
            raise PlacementError(msg("cpsat.rejected", reason=reason))
        status = STATUS_MAP[raw]
        log.append(
            f"cp-sat: {problem.n_edges} edge variables, {len(model.proto.constraints)} "
            f"constraints, built in {t_build:.3f}s; {solver.status_name(raw)} after "
            f"{solver.wall_time:.3f}s ({workers} worker(s), seed {seed})"
        )
        assignment = cost = bound = None
        message = ""
        if status.has_solution:
            values = np.fromiter(solver.response_proto.solution, dtype=np.int64)
            chosen = values[: problem.n_edges].astype(bool)
            assignment = np.full(problem.n_employees, -1, dtype=np.int32)
            assignment[problem.edge_emp[chosen]] = problem.edge_pos[chosen]
            cost = _exact_sum(coef[chosen]) + offset + problem.violation_cost(assignment)
            bound = (
                cost if status is Status.OPTIMAL else _bound(solver.best_objective_bound, offset)
            )
            if bound is not None:
                bound = min(bound, cost)
            # CP-SAT catches Ctrl-C itself (catch_sigint_signal) and stops the search:
            # a non-optimal stop well before the limit can only be an interruption
            limit = params.max_time_in_seconds
            if status is Status.FEASIBLE and (interrupted[0] or solver.wall_time < 0.9 * limit) \
                    and self.deterministic_time is None:
                message = msg("cpsat.interrupted")
            if status is Status.OPTIMAL and problem.tie_levels and not interrupted[0]:
                left = None if time_limit is None else time_limit - (time.perf_counter() - t0)
                better = self._break_ties(model, x, problem, assignment, solver, left, log)
                if better is not None:
                    assignment = better
        elif status is Status.INFEASIBLE:
            message = msg("cpsat.infeasible")
        else:
            message = msg("cpsat.time_limit")
            bound = _bound(solver.best_objective_bound, offset)
        seconds = time.perf_counter() - t0
        return SolveOutcome(
            status=status,
            assignment=assignment,
            cost=cost,
            bound=bound,
            solver=self.name,
            seconds=seconds,
            message=message,
            log=log,
        )


    def _break_ties(self, model, x, problem: Problem, assignment: np.ndarray, first,
                    time_left: float | None, log: list[str]) -> np.ndarray | None:
        """Second phase after a proven optimum: the objective fixed at its optimal
        value, minimise the problem's tie levels (status quo, then canonical order;
        :mod:`placement.model.stability`), hinted with the first optimum. Returns the
        tie-broken optimum, or None when the phase does not finish in time (the first
        optimum is kept: same cost, ties as CP-SAT found them)."""
        tie = problem.tie_objective(shift=8)
        objective = getattr(model, "placement_objective", False)
        if tie is None or objective is False or (time_left is not None and time_left <= 0.05):
            return None
        te, tu = tie
        up = np.where(problem.must_place, 0, tu)
        tcoef = te - up[problem.edge_emp]
        if objective is not None:  # None: every placement costs the same
            model.add(objective == round(first.objective_value))
        model.clear_objective()
        nz = np.flatnonzero(tcoef)
        if len(nz):
            model.minimize(cp_model.LinearExpr.weighted_sum(x[nz], tcoef[nz]))
        model.clear_hints()
        _add_hint(model, problem, assignment)
        solver = first  # same parameters (seed, workers, determinism)
        if time_left is not None:
            solver.parameters.max_time_in_seconds = max(0.05, float(time_left))
        raw = solver.solve(model)
        log.append(f"cp-sat tie-break phase: {solver.status_name(raw)} after "
                   f"{solver.wall_time:.3f}s")
        if raw != cp_model.OPTIMAL:
            return None
        values = np.fromiter(solver.response_proto.solution, dtype=np.int64)
        chosen = values[: problem.n_edges].astype(bool)
        out = np.full(problem.n_employees, -1, dtype=np.int32)
        out[problem.edge_emp[chosen]] = problem.edge_pos[chosen]
        return out


def _bound(value: float, offset: int) -> int | None:
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


def _exact_sum(values: np.ndarray) -> int:
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


def _build(problem: Problem):
    """(model, edge literals, objective coefficients, integer offset), or a list of
    reasons why the problem is infeasible on its face."""
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
        lo = 0 if w is None else _exact_sum(w[w < 0])
        hi = len(idx) if w is None else _exact_sum(w[w > 0])
        if soft > 0:
            expr = (cp_model.LinearExpr.sum(list(x[idx])) if w is None
                    else cp_model.LinearExpr.weighted_sum(x[idx], w))
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
        add_range(idx, problem.min_fill[j], None, f"minimum fill of position {j}",
                  soft=problem.min_fill_penalty)
        add_range(idx, None, problem.capacity[j], f"headcount of position {j}")

    # units: unit_min <= headcount <= unit_cap
    k = problem.n_units
    if k and ((problem.unit_cap != NO_LIMIT).any() or (problem.unit_min > 0).any()):
        unit_of_edge = problem.position_unit[pos] if E else np.zeros(0, dtype=np.int32)
        for u, idx in enumerate(_groups(unit_of_edge, k)):
            cap = None if problem.unit_cap[u] == NO_LIMIT else problem.unit_cap[u]
            add_range(idx, problem.unit_min[u], None, f"minimum headcount of unit {u}",
                      soft=problem.min_fill_penalty)
            add_range(idx, None, cap, f"headcount of unit {u}")

    # budgets: weighted load <= limit
    if problem.has_budgets:
        n_b = len(problem.budget_limit)
        budget_of_edge = problem.budget_of_position[pos]
        for b, idx in enumerate(_groups(budget_of_edge, n_b)):
            name = problem.budget_names[b] if b < len(problem.budget_names) else f"budget {b}"
            add_range(
                idx, None, problem.budget_limit[b], f"load of {name}", problem.edge_weight[idx],
                soft=problem.budget_penalty,
            )

    # moves: moved_i = 1 - x[stay edge] (1 if the current position is not an edge)
    if problem.has_move_caps:
        has_cur = problem.current_pos >= 0
        stay = _edge_of(problem, problem.current_pos)
        if problem.max_moves != NO_LIMIT:
            # sum(moved) <= max  <=>  sum(x_stay) >= n_cur - max
            need = int(has_cur.sum()) - int(problem.max_moves)
            add_range(stay[stay >= 0], need, None, "number of employees staying put (max_moves)",
                      soft=problem.move_penalty)
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
                    stay_idx[emps], need, None, f"number staying put in unit {u} (its max_moves)",
                    soft=problem.move_penalty,
                )

    if reasons:
        return reasons

    # objective: sum(c_e x_e) + sum_i u_i (1 - sum_e x_e)  (u_i only if i may stay unplaced)
    up = np.where(problem.must_place, 0, problem.unplaced_cost)
    if (np.abs(problem.edge_cost) >= 2**62).any() or (np.abs(up) >= 2**62).any():
        raise PlacementError(msg("cpsat.big_costs"))
    coef = problem.edge_cost - up[emp]
    offset = int(problem.constant) + _exact_sum(up)
    nz = np.flatnonzero(coef)
    terms = [cp_model.LinearExpr.weighted_sum(x[nz], coef[nz])] if len(nz) else []
    if soft_terms:
        terms.append(cp_model.LinearExpr.weighted_sum([v for v, _ in soft_terms],
                                                      [c for _, c in soft_terms]))
    if terms:
        model.minimize(sum(terms))
    # kept for the tie-break phase (CpSatSolver._break_ties), which fixes this value
    model.placement_objective = sum(terms) if terms else None  # type: ignore[attr-defined]
    return model, x, coef, offset


def _add_hint(model: cp_model.CpModel, problem: Problem, hint: np.ndarray) -> None:
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
    # edge literals are the model's first variables, 0..E-1 (see _build)
    model.proto.solution_hint.vars.extend(range(problem.n_edges))
    model.proto.solution_hint.values.extend(values.tolist())
