"""The public functions: solve and compare (the CLI calls exactly these)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import numpy as np
import pandas as pd

from placement.errors import PlacementError, ScenarioError
from placement.messages import join, msg
from placement.model.changes import classify_differences, touched_units
from placement.model.check import violations
from placement.model.compile import Compiled
from placement.model.problem import Problem
from placement.model.result import Result
from placement.model.scenario import Scenario, load_scenario
from placement.solvers import get_solver
from placement.solvers.base import SolveOutcome, Status
from placement.solvers.flow import solve_flow
from placement.solvers.greedy import greedy_assignment


def solve(target: Scenario | Problem | Compiled | str | Path, solver: str | None = None,
          time_limit: float | None = None, seed: int | None = None,
          workers: int | None = None, progress: Callable[[dict], None] | None = None,
          relax: bool = False, reference: Result | None = None) -> Result:
    """Solve a scenario (object or file path) or a compiled Problem.

    ``solver`` is a registered name ("flow", "cp-sat", "greedy"), a Solver instance,
    or "auto" (exact flow when the problem is a network, otherwise CP-SAT warm-started
    from the flow optimum of the network relaxation or a greedy placement). Settings
    left as None come from the scenario's ``solver`` section.

    With ``relax=True``, when the hard rules cannot all hold, the conflicting ones
    (see ``Result.conflicts``) become soft with a penalty above any other gain, the
    problem is solved again, and ``Result.relaxations`` lists what was broken and by
    how much.

    Among equally good placements the one closest to a reference placement is
    returned (:mod:`placement.model.stability`): ``reference`` (a solved Result), else
    the scenario's ``stability.reference`` scenario file (solved first), else
    everybody's current post.

    Returns a :class:`Result`; sub-optimal and infeasible outcomes are statuses, not
    exceptions. Raises :class:`PlacementError` subclasses for bad input, and when a
    named solver cannot express the problem (:class:`UnsupportedProblemError`).
    """
    _check_overrides(time_limit=time_limit, seed=seed, workers=workers)
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
        if reference is None and target.config.stability.reference:
            reference = _reference_result(target, solver, time_limit, seed, workers)
        compiled = target.compile(placed_by_id(reference) if reference is not None else None)
        warnings = list(compiled.org.warnings) + list(compiled.warnings)
    elif isinstance(target, Compiled):
        compiled = target
    if compiled is not None:
        problem = compiled.problem
    elif isinstance(target, Problem):
        problem = target
    else:
        raise PlacementError(msg("solve.bad_target", type=type(target).__name__))
    solver = solver or "auto"
    seed = seed or 0
    workers = workers or 1
    outcome, reason = _run(problem, solver, time_limit, seed, workers, progress)
    conflicts: list = []
    relaxations: list[str] = []
    if outcome.status is Status.INFEASIBLE:
        from placement.diagnose import diagnose

        conflicts = diagnose(problem, compiled)
        if relax:
            from placement.relax import RELAXABLE, describe, relax_problem

            kinds = {c.kind for c in conflicts} or set(RELAXABLE)
            original = problem
            problem, done = relax_problem(problem, kinds)
            outcome, reason = _run(problem, solver, time_limit, seed, workers, progress)
            reason = msg("reason.relaxed", reason=reason, done=join(", ", done))
            if outcome.assignment is not None:
                relaxations = describe(original, outcome.assignment)
    if outcome.assignment is not None:
        broken = violations(problem, outcome.assignment)
        if broken:
            raise PlacementError(msg("solve.broken_rules", solver=outcome.solver,
                                     broken="; ".join(broken)))
        recomputed = problem.cost_of(outcome.assignment)
        if outcome.cost != recomputed:
            raise PlacementError(msg("solve.bad_cost", solver=outcome.solver, cost=outcome.cost,
                                     recomputed=recomputed))
    if compiled is not None and problem is not compiled.problem:
        import copy

        compiled = copy.copy(compiled)
        compiled.problem = problem
    return Result(problem, outcome, reason, compiled, warnings, conflicts, relaxations)


def _check_overrides(**given) -> None:
    """Settings given to :func:`solve` (the CLI's options) pass the checks a scenario
    file's ``solver`` section does."""
    from pydantic import ValidationError

    from placement.model.config import SolverSettings

    given = {k: v for k, v in given.items() if v is not None}
    try:
        SolverSettings.model_validate(given)
    except ValidationError as exc:
        raise ScenarioError([msg("limits.option", option="--" + str(e["loc"][0]).replace("_", "-"),
                                 value=e.get("input"), error=e["msg"])
                             for e in exc.errors()]) from None


def placed_by_id(result: Result) -> dict[str, str] | None:
    """``{employee id: position id, "" if unplaced}`` of a solved result (None if it
    has no placement)."""
    if result.assignment is None or result.compiled is None:
        return None
    pl = result.placements
    return dict(zip(pl["employee_id"], pl["position"], strict=True))


#: reference results solved in this process, by scenario file (path, mtime, size)
_REFERENCES: dict[tuple, Result] = {}


def _reference_result(scenario: Scenario, solver, time_limit, seed, workers) -> Result:
    """The placement named by ``stability.reference`` (solved once per process)."""
    assert scenario.config.stability.reference is not None  # solve() checked it
    path = Path(scenario.config.stability.reference)
    if not path.is_file():
        raise PlacementError(msg("stability.reference_missing", source=scenario.source,
                                 path=path))
    if scenario.path is not None and path.resolve() == scenario.path.resolve():
        raise PlacementError(msg("stability.reference_self", source=scenario.source))
    st = path.stat()
    key = (str(path.resolve()), st.st_mtime_ns, st.st_size)
    if key not in _REFERENCES:
        if key in _SOLVING:  # a → b → a: the chain of references never ends
            raise PlacementError(msg("stability.reference_cycle", source=scenario.source,
                                     path=path.name))
        _SOLVING.add(key)
        try:
            _REFERENCES[key] = solve(path, solver=solver, time_limit=time_limit, seed=seed,
                                     workers=workers)
        finally:
            _SOLVING.discard(key)
    return _REFERENCES[key]


_SOLVING: set[tuple] = set()


def _run(problem: Problem, solver, time_limit, seed, workers, progress
         ) -> tuple[SolveOutcome, str]:
    if solver != "auto":
        s = get_solver(solver)
        return s.solve(problem, time_limit, seed, workers, None, progress), \
            msg("reason.requested", solver=s.name)
    if problem.is_network:
        s = get_solver("flow")
        return s.solve(problem, time_limit, seed, workers, None, progress), \
            msg("reason.network")
    # side constraints: Lagrangian pricing into the flow (placement + proven bound),
    # then, when the full model is small enough, CP-SAT hinted with that placement
    import time

    from placement.solvers.lagrange import full_model_edges

    t0 = time.perf_counter()
    def head(text):
        return msg("reason.side", constraints=", ".join(problem.side_constraints()), text=text)

    sign = -1.0 if problem.sense == "max" else 1.0
    seen: dict = {"best": None, "bound": None}

    def relay(event: dict) -> None:  # one monotone stream over both stages
        best, bound = event.get("best"), event.get("bound")
        better = best is not None and (seen["best"] is None or sign * best < sign * seen["best"])
        higher = bound is not None and (seen["bound"] is None or
                                        sign * bound > sign * seen["bound"])
        seen["best"] = best if better else seen["best"]
        seen["bound"] = bound if higher else seen["bound"]
        if better or higher:
            progress({**event, "best": seen["best"], "bound": seen["bound"],
                      "elapsed": time.perf_counter() - t0})

    relay_or_none = relay if progress is not None else None
    full_limit = full_model_edges(problem)
    full = problem.n_edges <= full_limit
    lag, hint, origin = warm_start(problem, time_limit, seed, workers, relay_or_none,
                                   full_model=full)
    if lag.status is Status.INFEASIBLE:
        return lag, head(msg("reason.lag_infeasible", message=lag.message))
    if lag.status is Status.OPTIMAL:
        return lag, head(msg("reason.lag_optimal"))
    if not full:
        found = "" if lag.assignment is not None else msg("reason.none_found")
        return lag, head(msg("reason.lag_lns", edges=problem.n_edges, limit=full_limit,
                             found=found))
    remaining = None if time_limit is None else time_limit - (time.perf_counter() - t0)
    if remaining is not None:  # building the CP-SAT model is not in its own time limit
        remaining -= min(remaining / 2, 1e-5 * problem.n_edges)
    if remaining is not None and remaining <= 0:
        return lag, head(msg("reason.lag_no_time"))
    cp = get_solver("cp-sat").solve(problem, remaining, seed, workers, hint, relay_or_none)
    bounds = [b for b in (lag.bound, cp.bound) if b is not None]
    bound = max(bounds) if bounds else None
    use_cp = (cp.status.has_solution and cp.cost is not None
              and (lag.cost is None or cp.cost <= lag.cost))
    best = cp if use_cp else lag
    log = [*lag.log, *cp.log]
    seconds = time.perf_counter() - t0
    def stage(outcome):
        return head(msg("reason.stage", status=lag.status.value, origin=origin, outcome=outcome))

    if not best.status.has_solution:
        status = Status.INFEASIBLE if cp.status is Status.INFEASIBLE else Status.NO_SOLUTION
        out = SolveOutcome(status, None, None, None if status is Status.INFEASIBLE else bound,
                           "cp-sat", seconds, cp.message or lag.message, log)
        return out, stage(msg("reason.no_placement"))
    assert best.cost is not None  # has a solution
    if cp.status is Status.OPTIMAL:
        bound = best.cost
    elif bound is not None:
        bound = min(bound, best.cost)
    status = Status.OPTIMAL if bound == best.cost else Status.FEASIBLE
    out = SolveOutcome(status, best.assignment, best.cost, bound, best.solver, seconds,
                       best.message, log)
    kept = msg("reason.kept_lag" if not use_cp else "reason.kept_cp" if lag.cost is None else
               "reason.kept_cp_better" if best.cost < lag.cost else "reason.kept_cp_same")
    if status is Status.OPTIMAL:
        kept = msg("reason.proof", kept=kept)
    return out, stage(kept)


def warm_start(problem: Problem, time_limit: float | None = None, seed: int = 0,
               workers: int = 1, progress: Callable[[dict], None] | None = None,
               full_model: bool = True) -> tuple[SolveOutcome, np.ndarray | None, str]:
    """Run the Lagrangian backend on a problem with side constraints.

    Returns its outcome (a placement and a proven bound, or none), a hint for a full
    CP-SAT model and where the hint comes from: the Lagrangian placement, else a
    greedy placement, else the flow optimum without side constraints (which may break
    them). With ``full_model`` (CP-SAT follows) the Lagrangian stage only prices and
    repairs, within 30 % of ``time_limit``; otherwise it also runs its neighbourhood
    search, for the whole ``time_limit``.
    """
    from placement.solvers.lagrange import LagrangeSolver

    if full_model:
        lag = LagrangeSolver(lns=False, pricing_share=1.0,
                             max_iterations=None if time_limit is not None else 40)
        limit = None if time_limit is None else 0.3 * time_limit
    else:
        lag, limit = LagrangeSolver(), time_limit
    out = lag.solve(problem, limit, seed, workers, None, progress)
    if out.assignment is not None or not full_model:
        return out, out.assignment, msg("hint.lagrange")
    greedy, _ = greedy_assignment(problem)
    if greedy is not None:
        return out, greedy, msg("hint.greedy")
    a, status, _ = solve_flow(problem.network_part())
    if a is not None:
        return out, a, msg("hint.flow")
    return out, None, msg("hint.none")


#: comparison KPIs on how each scenario differs from the first
CHANGE_KPIS = ("differences_from_first", "differences_in_touched_units",
               "knock_on_differences")


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
        """KPI × scenario table, KPIs in the order results report them, then how many
        people each scenario places differently from the first one, split into those
        in the units its operations touched and knock-on moves elsewhere."""
        order: list[str] = []
        for r in self.results:
            order += [k for k in r.kpis if k not in order]
        df = pd.DataFrame({r.name: pd.Series(r.kpis, dtype=object) for r in self.results})
        df = df.reindex(order)
        ch = self.changes
        if len(ch):
            extra = ch.set_index("scenario")[list(CHANGE_KPIS)].T.astype(object)
            df = pd.concat([df, extra.reindex(columns=df.columns)])
        df.index.name = "kpi"
        return df

    @cached_property
    def changes(self) -> pd.DataFrame:
        """Per scenario after the first: ``differences`` (people placed differently from
        the first scenario), ``in_touched_units`` (of those, the ones whose old or new
        post, or current unit, lies in a unit that the two scenarios' organisations
        differ in), ``knock_on`` (the rest) and ``touched_units`` (those units)."""
        rows = []
        base = self.results[0] if self.results else None
        if base is None or base.compiled is None or base.assignment is None:
            return pd.DataFrame(columns=["scenario", *CHANGE_KPIS, "touched_units"])
        for r in self.results[1:]:
            if r.compiled is None or r.assignment is None:
                continue
            touched = touched_units(base.compiled.plan, r.compiled.plan)
            kind = classify_differences(base, r, touched)
            rows.append({"scenario": r.name,
                         "differences_from_first": int((kind != "").sum()),
                         "differences_in_touched_units": int((kind == "touched unit").sum()),
                         "knock_on_differences": int((kind == "knock-on").sum()),
                         "touched_units": ", ".join(sorted(touched))})
        return pd.DataFrame(rows, columns=["scenario", *CHANGE_KPIS, "touched_units"])

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

    @cached_property
    def difference_kinds(self) -> pd.DataFrame:
        """For the employees of :attr:`differences`: per scenario after the first, a
        column ``change:<scenario>``: "touched unit" (a difference in a unit the
        scenario's organisation changed), "knock-on" (elsewhere) or "" (same post)."""
        d = self.differences
        out = d[["employee_id"]].copy() if "employee_id" in d else pd.DataFrame()
        solved = [r for r in self.results if r.assignment is not None and r.compiled]
        for r in solved[1:]:
            first, comp = solved[0].compiled, r.compiled
            assert first is not None and comp is not None  # kept above
            touched = touched_units(first.plan, comp.plan)
            kind = classify_differences(solved[0], r, touched)
            out[f"change:{r.name}"] = out["employee_id"].map(kind).fillna("").to_numpy()
        return out

    def __repr__(self) -> str:
        return f"<Comparison of {len(self.results)} scenarios: {', '.join(self.names)}>"


def compare(items: Sequence[Result | Scenario | str | Path], **solve_kwargs) -> Comparison:
    """Solve what is not yet solved and put the results side by side.

    A scenario whose ``stability.reference`` is another scenario of the comparison
    breaks its ties toward that scenario's result (solved once)."""
    results: list[Result] = []
    by_path: dict[Path, Result] = {}
    organizations: dict = {}  # scenarios on the same data files read them once
    for it in items:
        if isinstance(it, Result):
            results.append(it)
            continue
        sc = load_scenario(it, organizations) if isinstance(it, str | Path) else it
        ref = sc.config.stability.reference
        kw = dict(solve_kwargs)
        if ref and Path(ref).resolve() in by_path:
            kw["reference"] = by_path[Path(ref).resolve()]
        r = solve(sc, **kw)
        if sc.path is not None:
            by_path[sc.path.resolve()] = r
        results.append(r)
    names = [r.name for r in results]
    if len(set(names)) != len(names):
        raise PlacementError(msg("solve.names_differ", names=names))
    return Comparison(results)


__all__ = ["Comparison", "Status", "compare", "solve"]
