"""A cap on the number of moves: "auto" with its edge floors (reduced-cost fixing)
against "auto" on every edge (what it did before), plain CP-SAT (hinted from the flow,
its default) and the Lagrangian backend alone, on the same compiled problem, in one
process, one after the other.

The organisation is ``generate_organization(n, seed=0)`` with ``objective.weights.
continuity: 0`` (moving costs nothing, so the cap is what holds people back) and
``constraints.max_moves`` = ``CAP_SHARE`` of the moves of the uncapped optimum: a cap
that binds.

What is checked: every placement keeps every hard rule (the independent checker) and
the cap; a method that claims a proven optimum has the least cost of all rows, and no
bound is above a placement's cost.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.common import (
    log,
    moved_count,
    scenario_settings,
    write_generated,
    write_scenario,
)
from benchmarks.registry import BenchSpec, Options, SuiteResult, register

#: The cap, as a share of the moves the uncapped optimum makes.
CAP_SHARE = 0.9
METHODS = ("auto", "auto_all_edges", "cpsat", "lagrange")


def _solvers() -> dict[str, Any]:
    from placement.solvers.auto import AutoSolver
    from placement.solvers.cpsat import CpSatSolver
    from placement.solvers.lagrange import LagrangeSolver

    class AllEdges(AutoSolver):
        """ "auto" without the floors: CP-SAT on every edge."""

        @staticmethod
        def _fixed(problem, lag, hint):
            return problem, ""

    return {
        "auto": AutoSolver(),
        "auto_all_edges": AllEdges(),
        "cpsat": CpSatSolver(),
        "lagrange": LagrangeSolver(),
    }


def run(opts: Options) -> SuiteResult:
    import placement
    from placement.model.check import violations
    from placement.solvers.flow import FlowSolver

    res = SuiteResult(
        "moves",
        [
            ("n", "employees"),
            ("edges", "edges"),
            ("cap", "max_moves"),
            ("method", "method"),
            ("status", "status"),
            ("gap_pct", "gap %"),
            ("seconds_s", "seconds"),
            ("time_x", "s / auto all edges"),
            ("moves", "moves"),
            ("kept", "edges for CP-SAT"),
            ("ties", "tie levels proven"),
        ],
    )
    limit = opts.time_limit or (10.0 if opts.quick else 60.0)
    unknown = sorted(set(opts.methods or ()) - set(METHODS))
    if unknown:
        raise SystemExit(
            f"moves: unknown method(s) {', '.join(unknown)}; known: {', '.join(METHODS)}"
        )
    wanted = [m for m in METHODS if not opts.methods or m in opts.methods]
    for n in SPEC.sizes(opts):
        with tempfile.TemporaryDirectory(dir=opts.workdir) as tmp:
            d = Path(tmp)
            write_generated(n, d)
            settings = scenario_settings(n)
            settings["objective"] = {"weights": {"continuity": 0}}
            write_scenario(d, settings)
            free = placement.load_scenario(d / "scenario.yaml").compile().problem
            a = FlowSolver().solve(free).assignment
            cap = max(1, int(CAP_SHARE * moved_count(free, a)))
            settings["constraints"] = {"max_moves": cap}
            write_scenario(d, settings)
            p = placement.load_scenario(d / "scenario.yaml").compile().problem
        rows = []
        for name in wanted:
            solver = _solvers()[name]
            t0 = time.perf_counter()
            out = solver.solve(p, time_limit=limit)
            seconds = time.perf_counter() - t0
            text = "\n".join(out.log)
            kept = next((ln.split(" edges kept")[0] for ln in out.log if "edges kept" in ln), "")
            levels = len(p.tie_levels)
            proven = sum(f"tie-break level {k}: OPTIMAL" in text for k in range(1, levels + 1))
            row = {
                "n": n,
                "edges": p.n_edges,
                "cap": cap,
                "method": name,
                "status": out.status.value,
                "cost": out.cost,
                "bound": out.bound,
                "gap_pct": None if out.gap is None else 100 * out.gap,
                "seconds_s": seconds,
                "moves": None if out.assignment is None else moved_count(p, out.assignment),
                "kept": kept.replace("auto: ", ""),
                "ties": f"{proven} of {levels}" if out.solver == "cp-sat" else "",
            }
            if out.assignment is not None:
                broken = violations(p, out.assignment)
                if broken:
                    res.failures.append(f"moves {n} {name}: {broken[:3]}")
            rows.append(row)
            log(f"moves {n} {name}: {row['status']} in {seconds:.2f}s", opts.verbose)
        base = next((r["seconds_s"] for r in rows if r["method"] == "auto_all_edges"), None)
        for r in rows:
            r["time_x"] = None if not base else r["seconds_s"] / base
        costs = [r["cost"] for r in rows if r["cost"] is not None]
        for r in rows:
            if r["status"] == "optimal" and costs and r["cost"] != min(costs):
                res.failures.append(f"moves {n} {r['method']}: 'optimal' above another's cost")
            if r["bound"] is not None and costs and r["bound"] > min(costs):
                res.failures.append(f"moves {n} {r['method']}: bound above a placement's cost")
        res.rows.extend(rows)
    res.notes.append(
        f"time limit {limit:g} s per method; cap = {CAP_SHARE} × the uncapped optimum's "
        "moves; one run each (a proof, not a speed race: see 'status' and 'gap %')"
    )
    res.extra["costs"] = {str(r["n"]) + " " + r["method"]: r["cost"] for r in res.rows}
    return res


SPEC = register(
    BenchSpec(
        name="moves",
        run=run,
        default_sizes=(300, 3_000),
        quick_sizes=(300,),
        description="a move cap: auto with edge floors vs all edges, plain CP-SAT, Lagrangian",
    )
)
