"""Exact backend on OR-Tools CP-SAT: every constraint of a Problem, incl. side constraints.

The model (one Boolean per eligible edge) is built by
:func:`placement.solvers.cpsat_model.build_model`; ``time_limit`` covers building it.

Determinism: ``random_seed`` is the caller's seed. With one worker the CP-SAT search is
sequential, hence a function of (model, parameters, seed). With several workers we set
``interleave_search`` (CP-SAT's deterministic parallel loop: workers synchronise
between fixed batches of tasks). Either way a run that stops on the wall-clock
``time_limit`` before proving optimality stops at a machine-dependent point; only
proven outcomes (optimal, infeasible) are reproducible across machines and loads.
"""

from __future__ import annotations

import math
import threading
import time

import numpy as np
from ortools.sat.python import cp_model

from placement.errors import PlacementError
from placement.i18n import join, msg
from placement.model.problem import Problem
from placement.solvers.base import (
    Feature,
    SolveOptions,
    SolveOutcome,
    Solver,
    Status,
    interruptible,
)
from placement.solvers.cpsat_model import (
    STATUS_MAP,
    add_hint,
    build_model,
    exact_sum,
    first_values,
    neighbourhood_parameters,
    objective_bound,
    read_assignment,
    solver_parameters,
)
from placement.solvers.flow import solve_flow
from placement.solvers.registry import register_solver

# re-exported: they lived here before placement.solvers.cpsat_model
__all__ = ["STATUS_MAP", "CpSatSolver", "neighbourhood_parameters"]


class _Progress(cp_model.CpSolverSolutionCallback):
    """Reports each improving incumbent to the user's ``progress`` callable (cheap:
    reads the objective and bound only, never the variables)."""

    def __init__(
        self, problem: Problem, offset: int, progress, t0: float, bounds: list[float]
    ) -> None:
        super().__init__()
        self._problem = problem
        self._offset = offset
        self._progress = progress
        self._t0 = t0
        self._best: int | None = None
        self._bounds = bounds
        self.values: list[float] = []  # every solution's objective (the watchdog's)

    def on_solution_callback(self) -> None:
        self.values.append(self.objective_value)
        cost = round(self.objective_value) + self._offset
        if self._best is not None and cost >= self._best:
            return
        self._best = cost
        bound = proven_bound(self.best_objective_bound, self._bounds, self._offset)
        self._progress(
            {
                "phase": "cp-sat",
                "best": self._problem.objective_value(cost),
                "bound": None if bound is None else self._problem.objective_value(bound),
                "elapsed": time.perf_counter() - self._t0,
            }
        )


def proven_bound(value: float, announced: list[float], offset: int) -> int | None:
    """CP-SAT's lower bound ``value``, if its bound callback has ``announced`` one (it
    reports 0 when it has proven nothing, e.g. stopped in presolve), else None."""
    return objective_bound(value, offset) if announced else None


class _Watchdog:
    """``CpSatSolver.early_stop``: timer threads (they only sleep, then compare two
    numbers) that stop the search at their instant unless the relative gap between
    the best placement found (the solution callback's) and the proven bound is
    small, or (with a ``floor``) the bound has closed at least half of the gap from
    the floor to the best placement. Before the first placement (CP-SAT ignores a
    stop before its search starts) a check looks again every 0.1 s."""

    def __init__(self, solver, bounds: list[float], inner, early_stop, floor=None) -> None:
        self.stopped = self._done = False
        self._solver, self._bounds, self._floor = solver, bounds, floor
        self._best: list[float] = []
        self._timers: list[threading.Timer] = []
        self.callback = inner
        if not early_stop:
            return
        self.callback = inner if inner is not None else _Recorder()
        self._best = self.callback.values
        for at, gap in early_stop:
            self._arm(at - time.perf_counter(), gap)

    def _check(self, gap: float) -> None:
        if self._done:
            return
        if not self._best:  # nothing found yet (or the search not started): look again
            self._arm(0.1, gap)
            return
        best = self._best[-1]
        bound = self._bounds[-1] if self._bounds else None
        if bound is not None and best - bound <= gap * max(abs(best), 1.0):
            return
        if bound is not None and self._floor is not None and best > self._floor:
            if bound - self._floor >= 0.5 * (best - self._floor):
                return  # the bound is closing in: let it go on
        self.stopped = True
        self._solver.stop_search()

    def _arm(self, seconds: float, gap: float) -> None:
        timer = threading.Timer(max(0.0, seconds), self._check, (gap,))
        timer.daemon = True
        timer.start()
        self._timers.append(timer)

    def cancel(self) -> None:
        self._done = True
        for timer in self._timers:
            timer.cancel()


class _Recorder(cp_model.CpSolverSolutionCallback):
    """Records each solution's objective value."""

    def __init__(self) -> None:
        super().__init__()
        self.values: list[float] = []

    def on_solution_callback(self) -> None:
        self.values.append(self.objective_value)


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
        early_stop: list[tuple[float, float]] | None = None,
        early_floor: int | None = None,
    ) -> None:
        """``deterministic``: with several workers, use CP-SAT's interleaved
        (deterministic) parallel search; costs some speed, most on machines with fewer
        cores than workers. ``deterministic_time``: an extra cap in CP-SAT's
        deterministic time units (≈ seconds, counted in operations), which stops at the
        same point on every run, unlike the wall-clock ``time_limit``.
        ``log_search``: keep CP-SAT's search log in ``SolveOutcome.log``.
        ``early_stop``: pairs (instant, gap): at each instant (``time.perf_counter``)
        a watchdog stops the search unless it has found a placement whose relative
        gap to its proven bound is at most ``gap`` (for a caller that has a better use
        for the rest of the time: :class:`placement.solvers.auto.AutoSolver`).
        ``early_floor``: a lower bound known before (the Lagrangian one); with it, a
        check also lets the search go on while CP-SAT's bound has closed at least half
        of the gap between that floor and its best placement (it is on its way to a
        proof)."""
        self.deterministic = deterministic
        self.deterministic_time = deterministic_time
        self.log_search = log_search
        self.early_stop = early_stop
        self.early_floor = early_floor

    def _solve(self, problem: Problem, options: SolveOptions) -> SolveOutcome:
        t0 = time.perf_counter()
        seed, workers, progress = options.seed, options.workers, options.progress
        built = build_model(problem)
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
        hint, hinted = options.hint, "the caller's placement"
        if hint is None:
            # a plain CP-SAT run starts from the min-cost-flow optimum of the problem's
            # network part (the optimum itself when there are no side constraints;
            # unhinted, CP-SAT finds no placement of the bundled 4,500 people in 30 s)
            hint, _, _ = solve_flow(problem.network_part())  # tie rule: the flow's placement
            hinted = "the flow optimum of the network part"
        # on a network the hint is optimal: CP-SAT's presolve (10-20 s on the bundled
        # example before it even reads the hint) only delays it; the search then works
        # on the bound
        skip_presolve = problem.is_network and options.hint is None and hint is not None
        if hint is not None:
            add_hint(model, problem, hint)
        if options.remaining() == 0:  # building the model used up the time limit
            return SolveOutcome(
                Status.NO_SOLUTION,
                None,
                None,
                None,
                self.name,
                time.perf_counter() - t0,
                msg("cpsat.time_limit"),
                [f"cp-sat: model built in {time.perf_counter() - t0:.3f}s; no time left to search"],
            )

        solver = cp_model.CpSolver()
        params = solver.parameters
        # the limit is what the build left of the caller's budget
        solver_parameters(
            params,
            options.remaining(),
            seed,
            workers,
            self.deterministic,
            self.deterministic_time,
            self.log_search,
        )
        if skip_presolve:
            params.cp_model_presolve = False
        log: list[str] = []
        if self.log_search:
            solver.log_callback = log.append

        # CP-SAT reports a bound of 0 when it found none (stopped in presolve, say):
        # a bound counts only once its bound callback has announced one
        bounds: list[float] = []
        solver.best_bound_callback = bounds.append
        callback = (
            _Progress(problem, offset, progress, t0, bounds) if progress is not None else None
        )
        floor = None if self.early_floor is None else self.early_floor - offset
        watch = _Watchdog(solver, bounds, callback, self.early_stop, floor)
        t_build = time.perf_counter() - t0
        with interruptible(solver.stop_search) as interrupted:
            raw = solver.solve(model, watch.callback)
        watch.cancel()
        seconds = time.perf_counter() - t0

        if raw == cp_model.MODEL_INVALID:
            reason = (model.validate() or "no reason given").splitlines()[0][:300]
            raise PlacementError(msg("cpsat.rejected", reason=reason))
        status = STATUS_MAP[raw]
        log.append(
            f"cp-sat: {problem.n_edges} edge variables, {len(model.proto.constraints)} "
            f"constraints, built in {t_build:.3f}s; {solver.status_name(raw)} after "
            f"{solver.wall_time:.3f}s ({workers} worker(s), seed {seed}); hinted with "
            f"{hinted if hint is not None else 'nothing'}"
            + (" (stopped early: gap above the early-stop limit)" if watch.stopped else "")
        )
        assignment = cost = bound = None
        message = ""
        if status.has_solution:
            chosen = first_values(solver, problem.n_edges)
            assignment = read_assignment(solver, problem)
            cost = exact_sum(coef[chosen]) + offset + problem.violation_cost(assignment)
            bound = (
                cost
                if status is Status.OPTIMAL
                else proven_bound(solver.best_objective_bound, bounds, offset)
            )
            if bound is not None:
                bound = min(bound, cost)
            # CP-SAT catches Ctrl-C itself (catch_sigint_signal) and stops the search:
            # a non-optimal stop well before the limit can only be an interruption
            limit = params.max_time_in_seconds
            if (
                status is Status.FEASIBLE
                and (interrupted[0] or solver.wall_time < 0.9 * limit)
                and self.deterministic_time is None
                and not watch.stopped
            ):
                message = msg("cpsat.interrupted")
            if status is Status.OPTIMAL and problem.tie_levels and not interrupted[0]:
                better = self._break_ties(
                    model, x, problem, assignment, solver, options.remaining(), log
                )
                if better is not None:
                    assignment = better
        elif status is Status.INFEASIBLE:
            message = msg("cpsat.infeasible")
        else:
            message = msg("cpsat.time_limit")
            bound = proven_bound(solver.best_objective_bound, bounds, offset)
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

    def _break_ties(
        self,
        model,
        x,
        problem: Problem,
        assignment: np.ndarray,
        first,
        time_left: float | None,
        log: list[str],
    ) -> np.ndarray | None:
        """Second phase after a proven optimum: the objective fixed at its optimal
        value, minimise the problem's tie levels (status quo, then canonical order;
        :mod:`placement.model.stability`) one at a time, each fixed at its optimum
        before the next, hinted with the last placement. Returns the optimum of the
        levels proven in time (their lexicographic optimum), or None when not even
        the first is (the first optimum is kept: same cost, ties as CP-SAT found
        them). The cost and each level done are held by "at most" their optimum, not
        "equal to" it (the same placements, as none costs less): with the equality
        CP-SAT did not prove even the first level of a 300-person move-capped
        problem in 240 s; with "at most", 0.02 s. One level at a time rather than all
        folded into one objective (about 7e9 per edge there; 0.5 s against 1.6 s for
        the three levels): the last level is not coarsened to fit, so the result is
        the exact lexicographic optimum, and a level not proven in time still leaves
        those before it."""
        objective = getattr(model, "placement_objective", False)
        if objective is False or (time_left is not None and time_left <= 0.05):
            return None
        if objective is not None:  # None: every placement costs the same
            # at most the optimum, not equal to it (the same set: nothing costs less),
            # which CP-SAT's linear relaxation propagates far better
            model.add(objective <= round(first.objective_value))
        end = None if time_left is None else time.perf_counter() + time_left
        solver = first  # same parameters (seed, workers, determinism)
        # a cap in deterministic time covers the first phase and every level together
        # (each solve would otherwise get all of it again)
        cap = solver.parameters.max_deterministic_time  # infinite unless capped
        used = solver.deterministic_time
        best, hint = None, assignment
        for k, (te, tu) in enumerate(problem.tie_levels, start=1):
            up = np.where(problem.must_place, 0, tu)  # unplaced: its value, as a constant
            tcoef = te - up[problem.edge_emp]
            nz = np.flatnonzero(tcoef)
            if not len(nz):
                continue
            left = None if end is None else end - time.perf_counter()
            if left is not None and left <= 0.05:
                break
            level = cp_model.LinearExpr.weighted_sum(x[nz], tcoef[nz])
            model.clear_objective()
            model.minimize(level)
            model.clear_hints()
            add_hint(model, problem, hint)
            if left is not None:
                solver.parameters.max_time_in_seconds = left
            if math.isfinite(cap):
                if cap - used <= 0:
                    break
                solver.parameters.max_deterministic_time = cap - used
            raw = solver.solve(model)
            used += solver.deterministic_time
            log.append(
                f"cp-sat tie-break level {k}: {solver.status_name(raw)} after "
                f"{solver.wall_time:.3f}s"
            )
            if raw != cp_model.OPTIMAL:
                break
            best = hint = read_assignment(solver, problem)
            model.add(level <= round(solver.objective_value))
        return best
