"""The public functions: solve and compare (the CLI calls exactly these)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from placement.errors import PlacementError
from placement.model.check import violations
from placement.model.compile import Compiled
from placement.model.problem import NO_LIMIT, Problem
from placement.model.result import Result
from placement.model.scenario import Scenario, load_scenario
from placement.solvers import get_solver
from placement.solvers.base import SolveOutcome, Status
from placement.solvers.flow import solve_flow
from placement.solvers.greedy import greedy_assignment


def solve(target: Scenario | Problem | Compiled | str | Path, solver: str | None = None,
          time_limit: float | None = None, seed: int | None = None,
          workers: int | None = None, progress: Callable[[dict], None] | None = None
          ) -> Result:
    """Solve a scenario (object or file path) or a compiled Problem.

    ``solver`` is a registered name ("flow", "cp-sat", "greedy"), a Solver instance,
    or "auto" (exact flow when the problem is a network, otherwise CP-SAT warm-started
    from the flow optimum of the network relaxation or a greedy placement). Settings
    left as None come from the scenario's ``solver`` section.

    Returns a :class:`Result`; sub-optimal and infeasible outcomes are statuses, not
    exceptions. Raises :class:`PlacementError` subclasses for bad input, and when a
    named solver cannot express the problem (:class:`UnsupportedProblemError`).
    """
    if isinstance(target, str | Path):
        target = load_scenario(target)
    compiled = None
    warnings: list[str] = []
    if isinstance(target, Scenario):
        cfg = target.config.solver
        solver = solver if solver is not None else cfg.name
        time_limit = time_limit if time_limit is not None else cfg.time_limit
        seed = seed if seed is not None else cfg.seed
        workers = workers if workers is not None else cfg.workers
        compiled = target.compile()
        warnings = list(compiled.org.warnings)
    elif isinstance(target, Compiled):
        compiled = target
    if compiled is not None:
        problem = compiled.problem
    elif isinstance(target, Problem):
        problem = target
    else:
        raise PlacementError(f"solve() takes a Scenario, a Problem or a scenario path, "
                             f"not {type(target).__name__}")
    solver = solver or "auto"
    seed = seed or 0
    workers = workers or 1
    outcome, reason = _run(problem, solver, time_limit, seed, workers, progress)
    if outcome.assignment is not None:
        broken = violations(problem, outcome.assignment)
        if broken:
            raise PlacementError(f"solver {outcome.solver!r} returned a placement that breaks "
                                 f"hard rules (a bug, please report it): {'; '.join(broken)}")
        recomputed = problem.cost_of(outcome.assignment)
        if outcome.cost != recomputed:
            raise PlacementError(f"solver {outcome.solver!r} reported cost {outcome.cost} but "
                                 f"the placement costs {recomputed} (a bug, please report it)")
    conflicts = []
    if outcome.status is Status.INFEASIBLE:
        from placement.diagnose import diagnose

        conflicts = diagnose(problem, compiled)
    return Result(problem, outcome, reason, compiled, warnings, conflicts)


def _run(problem: Problem, solver, time_limit, seed, workers, progress
         ) -> tuple[SolveOutcome, str]:
    if solver != "auto":
        s = get_solver(solver)
        return s.solve(problem, time_limit, seed, workers, None, progress), \
            f"{s.name} requested"
    if problem.is_network:
        s = get_solver("flow")
        return s.solve(problem, time_limit, seed, workers, None, progress), \
            "network problem: exact min-cost flow"
    sides = ", ".join(problem.side_constraints())
    hint, origin = warm_start(problem)
    s = get_solver("cp-sat")
    out = s.solve(problem, time_limit, seed, workers, hint, progress)
    return out, f"side constraints ({sides}): CP-SAT, warm-started from {origin}"


def warm_start(problem: Problem) -> tuple[np.ndarray | None, str]:
    """A starting placement for CP-SAT: greedy if it is feasible, else the flow optimum
    of the network relaxation (which may break the side constraints)."""
    greedy, _ = greedy_assignment(problem)
    if greedy is not None:
        return greedy, "a greedy placement"
    relaxed = relax_side_constraints(problem)
    a, status, _ = solve_flow(relaxed)
    if a is not None:
        return a, "the flow optimum without side constraints"
    return None, "no hint"


def relax_side_constraints(problem: Problem) -> Problem:
    """The same problem without budgets and move caps (a network)."""
    import copy

    p = copy.copy(problem)
    p.budget_of_position = np.full(problem.n_positions, -1, dtype=np.int32)
    p.budget_limit = np.zeros(0, dtype=np.int64)
    p.budget_names = []
    p.max_moves = NO_LIMIT
    p.unit_max_moves = np.full(problem.n_units, NO_LIMIT, dtype=np.int64)
    return p


@dataclass
class Comparison:
    """Scenarios side by side: ``kpis`` (one column per scenario) and ``differences``
    (employees placed differently in at least two solved scenarios; one column
    ``position:<scenario>`` each)."""

    results: list[Result]

    @property
    def names(self) -> list[str]:
        return [r.name for r in self.results]

    @property
    def kpis(self) -> pd.DataFrame:
        """KPI × scenario table, KPIs in the order results report them."""
        order: list[str] = []
        for r in self.results:
            order += [k for k in r.kpis if k not in order]
        df = pd.DataFrame({r.name: pd.Series(r.kpis, dtype=object) for r in self.results})
        df = df.reindex(order)
        df.index.name = "kpi"
        return df

    @property
    def differences(self) -> pd.DataFrame:
        if not self.results or self.results[0].compiled is None:
            return pd.DataFrame()
        base = self.results[0].placements
        cols = ["employee_id"] + [c for c in ("name", "current_position") if c in base]
        out = base[cols].copy()
        positions = []
        solved = [r for r in self.results if r.assignment is not None]
        for r in solved:
            pl = r.placements.set_index("employee_id")["position"].replace("", "(unplaced)")
            col = out["employee_id"].map(pl).fillna("(not in scenario)")
            out[f"position:{r.name}"] = col.to_numpy()
            positions.append(col.to_numpy())
        if not positions:
            return out.iloc[:0]
        stack = np.stack(positions, axis=1)
        differs = (stack != stack[:, :1]).any(axis=1)
        return out[differs].reset_index(drop=True)

    def __repr__(self) -> str:
        return f"<Comparison of {len(self.results)} scenarios: {', '.join(self.names)}>"


def compare(items: Sequence[Result | Scenario | str | Path], **solve_kwargs) -> Comparison:
    """Solve what is not yet solved and put the results side by side."""
    results = [it if isinstance(it, Result) else solve(it, **solve_kwargs) for it in items]
    names = [r.name for r in results]
    if len(set(names)) != len(names):
        raise PlacementError(f"scenario names must differ to compare them: {names}")
    return Comparison(results)


__all__ = ["Comparison", "Status", "compare", "solve"]
