"""Suite ``budget``: the ``scale`` organisations with a budget per unit.

Scenario: ``constraints: {budgets: {weight_column: monthly_cost}}`` (limits from the
units' ``budget`` column). Preparation checks that the budgets bind: it solves the
network relaxation (no budgets) and counts the budgets its optimum breaks. When it
breaks fewer than ``BIND_SHARE`` (20 %) of them, every unit budget is replaced by
``LIMIT_FACTOR`` (0.97) × the unit's current payroll (written as
``constraints.budgets.limits`` in the scenario) and the check is repeated.

Methods (each in its own process, the same time limit ``T`` for the three solvers):

- ``lp_bound``: HiGHS LP relaxation of the budgeted problem (the reference bound);
- ``placement``: ``placement.solve(scenario, solver="auto")`` — the objective over time
  comes from its ``progress`` callback;
- ``cpsat``: plain CP-SAT on the same Problem (one Boolean per edge), no hint;
- ``highs_mip``: the same model as a MIP in HiGHS (improving solutions via callback).

Gaps are ``(cost - bound) / |cost|`` on the integer objective (constant included,
as ``placement`` reports it). The bound is the LP bound; when there is none (``lp_bound``
left out with ``--methods``, stopped, or not optimal) it is ``placement``'s own bound
(also a valid lower bound: Lagrangian, which converges to the LP bound when the budgets
are priced into the flow). Column ``gap vs`` says which one each row used.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

from benchmarks.common import (
    highs_model,
    load_problem,
    log,
    new_highs,
    prepare,
    run_isolated,
    stopwatch,
    write_scenario,
)
from benchmarks.registry import BenchSpec, Options, SuiteResult, register

METHODS = ("lp_bound", "placement", "cpsat", "highs_mip")
BUDGETS = {"weight_column": "monthly_cost"}
#: Limits used when the units' own budgets do not bind: this share of current payroll.
LIMIT_FACTOR = 0.97
#: The units' own budgets "bind" when the network optimum breaks this share of them.
BIND_SHARE = 0.2
CHECKPOINTS = (1, 5, 10, 30, 60, 120, 300)


def default_time_limit(n: int) -> float:
    return 120.0 if n >= 100_000 else 30.0


# -- preparation -------------------------------------------------------------------------


def _violated(problem, assignment: np.ndarray) -> tuple[int, np.ndarray]:
    e = problem.edge_index(assignment)
    ok = e[e >= 0]
    b = problem.budget_of_position[problem.edge_pos[ok]]
    has = b >= 0
    load = np.bincount(
        b[has],
        weights=problem.edge_weight[ok][has].astype(float),
        minlength=len(problem.budget_limit),
    )
    return int((load > problem.budget_limit).sum()), load


def bind_budgets(folder: Path, settings: dict, compiled, limit_factor: float | None) -> dict:
    """(child, from ``prepare``) Make sure the budgets bind; rewrite the scenario if not."""
    from placement.solvers.flow import solve_flow

    problem = compiled.problem
    a, _, _ = solve_flow(problem.network_part())
    n_bad, _ = _violated(problem, a)
    out = {
        "budget_source": "units.budget column",
        "budgets_broken_by_network_optimum": n_bad,
        "network_relaxation_cost": problem.cost_of(a),
    }
    if n_bad >= BIND_SHARE * len(problem.budget_limit) and limit_factor is None:
        return out
    factor = LIMIT_FACTOR if limit_factor is None else limit_factor
    ctx = compiled.context
    cur = ctx.emp("current_unit")
    cost = ctx.emp(BUDGETS["weight_column"])
    payroll = np.bincount(cur[cur >= 0], weights=cost[cur >= 0], minlength=ctx.n_units)
    has_budget = ~np.isnan(ctx.org.units["budget"].to_numpy(float))
    limits = {
        str(ctx.unit_ids[u]): float(np.floor(factor * payroll[u]))
        for u in np.flatnonzero(has_budget & (payroll > 0))
    }
    settings = dict(settings)
    settings["constraints"] = {"budgets": {**BUDGETS, "limits": limits}}
    write_scenario(folder, settings)
    import placement

    problem2 = placement.load_scenario(folder / "scenario.yaml").compile().problem
    n_bad2, _ = _violated(problem2, a)
    why = (
        f"the units' own budgets barely bind: the network optimum breaks {n_bad} of "
        f"{len(problem.budget_limit)}"
        if limit_factor is None
        else "asked for"
    )
    out.update(
        budget_source=f"{factor} × current unit payroll ({why})",
        budgets_broken_by_network_optimum=n_bad2,
        budgets_broken_with_column_limits=n_bad,
    )
    return out


# -- methods -------------------------------------------------------------------------------


class _Trace:
    def __init__(self) -> None:
        self.t0 = time.perf_counter()
        self.points: list[tuple[float, int]] = []

    def add(self, cost: int) -> None:
        if not self.points or cost < self.points[-1][1]:
            self.points.append((round(time.perf_counter() - self.t0, 3), int(cost)))


def method_lp_bound(folder: str, time_limit: float | None = None) -> dict[str, Any]:
    p = load_problem(Path(folder) / "problem.npz")
    t: dict[str, float] = {}
    with stopwatch(t, "build_s"):
        lp, offset, _ = highs_model(p, budgets=True, integer=False)
    h = new_highs(time_limit)
    with stopwatch(t, "seconds_s"):
        h.passModel(lp)
        h.run()
    status = h.modelStatusToString(h.getModelStatus()).lower()
    bound = h.getInfo().objective_function_value + offset
    return {**t, "status": status, "lp_bound": bound, "note": "LP relaxation (HiGHS)"}


def method_placement(folder: str, time_limit: float, workers: int) -> dict[str, Any]:
    import placement

    d = Path(folder)
    t: dict[str, float] = {}
    with stopwatch(t, "compile_s"):
        compiled = placement.load_scenario(d / "scenario.yaml").compile()
    p = compiled.problem
    trace = _Trace()

    def progress(ev: dict) -> None:
        if ev.get("best") is not None:
            trace.add(round(ev["best"] * p.objective_scale))

    with stopwatch(t, "seconds_s"):
        r = placement.solve(
            compiled, solver="auto", time_limit=time_limit, workers=workers, progress=progress
        )
    if r.outcome.cost is not None:
        trace.add(r.outcome.cost)
    from benchmarks.common import problem_digest

    return {
        **t,
        "problem_digest": problem_digest(p),
        "status": r.status.value,
        "objective": r.outcome.cost,
        "own_bound": r.outcome.bound,
        "trace": trace.points,
        "solver": r.solver,
        "reason": r.solver_reason,
        "note": r.solver_reason,
    }


def method_cpsat(folder: str, time_limit: float, workers: int) -> dict[str, Any]:
    from placement.model.check import violations
    from placement.solvers.cpsat import CpSatSolver

    p = load_problem(Path(folder) / "problem.npz")
    trace = _Trace()

    def progress(ev: dict) -> None:
        if ev.get("best") is not None:
            trace.add(round(ev["best"] * p.objective_scale))

    t: dict[str, float] = {}
    with stopwatch(t, "seconds_s"):
        out = CpSatSolver().solve(p, time_limit=time_limit, workers=workers, progress=progress)
    broken = violations(p, out.assignment) if out.assignment is not None else []
    if out.cost is not None:
        trace.add(out.cost)
    return {
        **t,
        "status": out.status.value,
        "objective": out.cost,
        "own_bound": out.bound,
        "trace": trace.points,
        "violations": broken,
        "note": "plain CP-SAT, one Boolean per edge, no hint",
    }


def method_highs_mip(folder: str, time_limit: float) -> dict[str, Any]:
    from placement.model.check import violations

    p = load_problem(Path(folder) / "problem.npz")
    t: dict[str, float] = {}
    with stopwatch(t, "build_s"):
        lp, offset, cols = highs_model(p, budgets=True, integer=True)
    h = new_highs(time_limit)
    trace = _Trace()

    def improving(ev) -> None:
        trace.add(round(ev.data_out.objective_function_value + offset))

    h.cbMipImprovingSolution.subscribe(improving)
    with stopwatch(t, "seconds_s"):
        trace.t0 = time.perf_counter()
        h.passModel(lp)
        h.run()
    info = h.getInfo()
    status = h.modelStatusToString(h.getModelStatus()).lower()
    out: dict[str, Any] = {
        **t,
        "status": status,
        "trace": trace.points,
        "note": "HiGHS MIP (same model, 1 thread)",
    }
    if info.primal_solution_status >= 2:  # feasible
        x = np.asarray(h.getSolution().col_value)
        chosen = cols[x > 0.5]
        a = np.full(p.n_employees, -1, dtype=np.int32)
        a[p.edge_emp[chosen]] = p.edge_pos[chosen]
        out["violations"] = violations(p, a)
        out["objective"] = p.cost_of(a)
        out["own_bound"] = int(np.ceil(info.mip_dual_bound + offset - 1e-6))
        out["status"] = "optimal" if status == "optimal" else "feasible"
    else:
        out["objective"] = None
        out["status"] = "no_solution" if "time" in status else status
    return out


# -- the suite -----------------------------------------------------------------------------


def _gap(cost, bound) -> float | None:
    if cost is None or bound is None:
        return None
    return 100.0 * (cost - bound) / max(1.0, abs(cost))


def run(opts: Options) -> SuiteResult:
    sizes = SPEC.sizes(opts)
    methods = [m for m in METHODS if not opts.methods or m in opts.methods]
    workers = opts.workers or 1
    res = SuiteResult("budget", [])
    base = Path(opts.workdir) if opts.workdir else Path(tempfile.mkdtemp(prefix="bench-budget-"))
    checkpoints: set[float] = set()
    try:
        for n in sizes:
            T = opts.time_limit or default_time_limit(n)
            if opts.quick and not opts.time_limit:
                T = 5.0
            cps = [c for c in CHECKPOINTS if c < T] + [T]
            checkpoints.update(cps)
            folder = base / f"budget-{n}"
            log(f"budget {n}: preparing (generate, compile, check that budgets bind)", opts.verbose)
            stats = run_isolated(
                prepare, timeout=opts.timeout, n=n, folder=str(folder), budgets=BUDGETS
            )
            if not stats.get("ok"):
                res.failures.append(f"budget {n}: preparation failed: {stats.get('error')}")
                print(stats.get("traceback", ""))
                continue
            res.extra[f"problem_{n}"] = stats
            res.notes.append(
                f"n={n}: {stats['edges']:,} edges, {stats['budgets']} unit budgets "
                f"({stats['budget_source']}); the network optimum without budgets breaks "
                f"{stats['budgets_broken_by_network_optimum']} of them; time limit {T:g}s, "
                f"{workers} worker(s)"
            )
            rows = []
            lp = None
            for m in methods:
                log(f"budget {n}: {m} (T={T:g}s) ...", opts.verbose)
                fn = {
                    "lp_bound": method_lp_bound,
                    "placement": method_placement,
                    "cpsat": method_cpsat,
                    "highs_mip": method_highs_mip,
                }[m]
                # the LP bound is the reference, not a competitor: no time limit
                kw: dict[str, Any] = {
                    "folder": str(folder),
                    "time_limit": None if m == "lp_bound" else T,
                }
                if m in ("placement", "cpsat"):
                    kw["workers"] = workers
                out = run_isolated(fn, timeout=max(opts.timeout, 4 * T + 600), **kw)
                row: dict[str, Any] = {"n": n, "method": m, "time_limit_s": T}
                if not out.get("ok"):
                    res.failures.append(f"budget {n} {m}: {out.get('error')}")
                    print(out.get("traceback", ""))
                    row.update(status="error", note=str(out.get("error"))[:200])
                out.pop("traceback", None)
                row.update({k: v for k, v in out.items() if k not in row})
                if m == "lp_bound" and out.get("ok"):
                    row["objective"] = None
                    if out["status"] == "optimal":
                        lp = out["lp_bound"]
                    else:
                        res.failures.append(
                            f"budget {n}: the LP relaxation ended "
                            f"{out['status']!r}: no bound to compare with"
                        )
                if m == "placement" and out.get("problem_digest") not in (
                    None,
                    stats.get("problem_digest"),
                ):
                    res.failures.append(
                        f"budget {n}: placement compiled another problem than "
                        "the one the peers solved (code changed mid-run?)"
                    )
                rows.append(row)
                log(
                    f"budget {n}: {m} {row.get('status')} obj {row.get('objective')} in "
                    f"{row.get('seconds_s', 0):.1f}s",
                    opts.verbose,
                )
            # the reference bound: the LP bound, else placement's own (valid) bound
            ref, ref_src = lp, "LP"
            own = [r.get("own_bound") for r in rows if r["method"] == "placement" and r.get("ok")]
            if ref is None and own and own[0] is not None:
                ref, ref_src = own[0], "placement own bound"
                res.notes.append(
                    f"n={n}: no LP bound; gaps are to placement's own "
                    f"(Lagrangian) lower bound {ref:,}"
                )
            for row in rows:
                row["lp_bound"] = lp
                row["bound"] = ref
                row["bound_source"] = ref_src if ref is not None else None
                row["gap_pct"] = _gap(row.get("objective"), ref)
                tr = row.get("trace") or []
                row["first_solution_s"] = tr[0][0] if tr else None
                for c in cps:
                    best = [cost for (s, cost) in tr if s <= c]
                    row[f"gap_at_{c:g}s_pct"] = _gap(best[-1], ref) if best else None
                for v in row.get("violations") or []:
                    res.failures.append(f"budget {n} {row['method']}: {v}")
                obj = row.get("objective")
                if obj is not None and ref is not None and obj < ref - 1e-6 * max(1, abs(ref)):
                    res.failures.append(
                        f"budget {n} {row['method']}: objective {obj} below "
                        f"the {ref_src} {ref:.1f} (a bug)"
                    )
            res.rows.extend(rows)
    finally:
        if not opts.workdir and not opts.keep:
            shutil.rmtree(base, ignore_errors=True)
    res.columns = [
        ("n", "employees"),
        ("method", "method"),
        ("status", "status"),
        ("objective", "objective (int cost)"),
        ("lp_bound", "LP bound"),
        ("bound_source", "gap vs"),
        ("gap_pct", "gap %"),
        ("first_solution_s", "1st sol. s"),
        *[(f"gap_at_{c:g}s_pct", f"gap@{c:g}s %") for c in sorted(checkpoints)],
        ("seconds_s", "seconds"),
        ("peak_rss_mb", "peak RSS MB"),
    ]
    res.notes += [
        "gap = (cost - bound) / |cost| on the integer objective (constant included), the "
        "bound named in 'gap vs' (the LP bound when there is one, else placement's own); "
        "gap@Xs = best solution found within X seconds of the solver call (— = none yet).",
        "placement seconds exclude reading and compiling the scenario (compile_s in the "
        "JSON); CP-SAT time limits do not include building the model.",
    ]
    return res


SPEC = register(
    BenchSpec(
        name="budget",
        run=run,
        default_sizes=(1_000, 10_000, 100_000),
        quick_sizes=(1_000,),
        description="per-unit budgets: placement vs plain CP-SAT vs HiGHS MIP against the LP bound",
    )
)
