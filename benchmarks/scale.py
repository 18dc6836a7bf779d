"""Suite ``scale``: network placement problems at 10k–300k employees, side by side.

For each size the organisation of ``generate_organization(n, seed=0)`` is written as
parquet files with a scenario (default objective; ``eligibility.scope: parent`` from
20,000 employees on, when the generator makes regions; ``any`` below). A preparation
process compiles it once and saves the Problem's arrays; then every method runs in its
own spawned process (its peak memory is its own):

- ``floor``: vectorised scoring of every eligible edge, nothing else — ``Context`` and
  the objective terms on the compiled edge list (files read beforehand, untimed);
- ``placement``: the full path from files: read → validate → compile → solve (auto) →
  check → write. ``total_s`` is with every output (CSV, kpis.json, xlsx, html);
  ``csv_total_s`` / ``parquet_total_s`` the same path writing only the CSV (or Parquet)
  tables and kpis.json (``--formats csv`` / ``--formats parquet``);
- ``flow``: bare OR-Tools ``SimpleMinCostFlow`` on the full edge set (employees →
  positions → units → sink, unplaced arcs, minimum-fill tiers), timing add_arcs + solve;
- ``scipy``: ``min_weight_full_bipartite_matching`` on the seat-expanded graph (one
  column per seat, one dummy "unplaced" column per employee), without unit caps or
  minimum fills (a relaxation: its optimum is <= the flow optimum);
- ``highs_lp``: the same network as an LP in HiGHS (same constraints, integral optimum).
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

import numpy as np

from benchmarks.common import (
    load_problem,
    log,
    new_highs,
    prepare,
    run_isolated,
    stopwatch,
)
from benchmarks.registry import BenchSpec, Options, SuiteResult, register

METHODS = ("floor", "placement", "flow", "scipy", "highs_lp")
SCIPY_MAX_N = 100_000
SCIPY_MAX_EDGES = 30_000_000
HIGHS_LP_MAX_N = 10_000

COLUMNS = [
    ("n", "employees"),
    ("edges", "edges"),
    ("method", "method"),
    ("status", "status"),
    ("seconds_s", "seconds"),
    ("csv_total_s", "CSV-only s"),
    ("parquet_total_s", "Parquet-only s"),
    ("objective", "objective (int cost)"),
    ("exact", "= flow optimum"),
    ("peak_rss_mb", "peak RSS MB"),
    ("ratio_to_flow_x", "time / flow"),
    ("note", "note"),
]


# -- methods (each runs in a fresh process) ------------------------------------------------


def method_floor(folder: str) -> dict[str, Any]:
    """Context + objective terms on the compiled edges (the edge-scoring floor)."""
    import placement
    from placement.model.compile import SCALE, active_terms
    from placement.model.context import Context

    d = Path(folder)
    sc = placement.load_scenario(d / "scenario.yaml")
    org = sc.plan().org  # read + validate: untimed
    problem = load_problem(d / "problem.npz")
    edge_emp, edge_pos = problem.edge_emp, problem.edge_pos
    config = sc.config
    t: dict[str, float] = {}
    with stopwatch(t, "seconds_s"):
        with stopwatch(t, "context_s"):
            ctx = Context(org, config.objective.jpm_surplus, config.objective.unassessed_jpm)
            ctx.set_edges(edge_emp, edge_pos)
        with stopwatch(t, "terms_s"):
            edge = np.zeros(len(edge_emp), dtype=np.int64)
            for term, w in active_terms(config):
                score = np.asarray(term(ctx), dtype=float)
                sign = -1.0 if term.sense == "reward" else 1.0
                pts = np.rint(sign * w * SCALE * np.nan_to_num(score)).astype(np.int64)
                if term.kind == "edge":
                    edge += pts
                elif term.kind == "position":
                    edge -= pts[edge_pos]
    same = bool(np.array_equal(edge, problem.edge_cost))
    return {
        **t,
        "status": "scored",
        "floor_equals_compiled": same,
        "note": "edge scores = compiled costs" if same else "EDGE SCORES DIFFER",
    }


def method_placement(
    folder: str, time_limit: float | None = None, profile: str | None = None
) -> dict[str, Any]:
    """The full placement path from files, timed by phase."""
    if profile:
        import cProfile
        import pstats

        prof = cProfile.Profile()
        prof.enable()
        out = method_placement(folder, time_limit)
        prof.disable()
        prof.dump_stats(profile)
        st = pstats.Stats(prof)
        rows = []
        for func, (_cc, nc, tt, ct, _callers) in st.stats.items():  # type: ignore[attr-defined]
            rows.append((tt, ct, nc, f"{func[0]}:{func[1]}({func[2]})"))
        rows.sort(reverse=True)
        out["profile_top_tottime"] = [
            {"tottime_s": round(tt, 2), "cumtime_s": round(ct, 2), "calls": nc, "function": f}
            for tt, ct, nc, f in rows[:15]
        ]
        cum = sorted(rows, key=lambda r: r[1], reverse=True)
        out["profile_top_cumtime"] = [
            {"tottime_s": round(tt, 2), "cumtime_s": round(ct, 2), "calls": nc, "function": f}
            for tt, ct, nc, f in cum[:40]
        ]
        return out

    import placement
    from placement.model.result import Result
    from placement.report.files import write_result

    d = Path(folder)
    t: dict[str, float] = {}
    with stopwatch(t, "read_s"):
        sc = placement.load_scenario(d / "scenario.yaml")
        sc.organization()  # read + validate
    with stopwatch(t, "compile_s"):
        compiled = sc.compile()  # operations, eligibility, scoring
    with stopwatch(t, "solve_s"):
        result = placement.solve(compiled, solver="auto", time_limit=time_limit)
    outs = {k: d / f"out-{k}" for k in ("full", "csv", "parquet")}
    for o in outs.values():
        shutil.rmtree(o, ignore_errors=True)
        o.mkdir()
    with stopwatch(t, "write_full_s"):
        write_result(result, outs["full"])
    # the same result again, tables rebuilt from scratch, one table format + kpis.json
    for fmt in ("csv", "parquet"):
        fresh = Result(
            result.problem, result.outcome, result.solver_reason, compiled, result.warnings
        )
        with stopwatch(t, f"write_{fmt}_s"):
            write_result(fresh, outs[fmt], formats=[fmt])
    head = t["read_s"] + t["compile_s"] + t["solve_s"]
    from benchmarks.common import problem_digest

    return {
        **t,
        "problem_digest": problem_digest(compiled.problem),
        "seconds_s": head + t["write_full_s"],
        "csv_total_s": head + t["write_csv_s"],
        "parquet_total_s": head + t["write_parquet_s"],
        "status": result.status.value,
        "objective": result.outcome.cost,
        "solver": result.solver,
        "reason": result.solver_reason,
        "flow_solve_s": result.outcome.seconds,
        "note": "",
    }


def flow_network(problem):
    """Arrays of the naive min-cost-flow network of a Problem (employees → positions →
    units → sink, unplaced arcs, minimum-fill tiers); returns (tails, heads, caps,
    costs, supplies, edge ids of the first arcs)."""
    from placement.model.problem import NO_LIMIT

    p = problem
    n, m, k = p.n_employees, p.n_positions, p.n_units
    sink = n + m + k
    emp, pos = p.edge_emp, p.edge_pos
    keep = (p.pinned[emp] < 0) | (p.pinned[emp] == pos)
    e = np.flatnonzero(keep)
    free = np.flatnonzero(~(p.must_place | (p.pinned >= 0)))
    mf = np.minimum(p.min_fill, p.capacity)
    ucap = np.where(p.unit_cap == NO_LIMIT, n, p.unit_cap)
    umin = np.minimum(p.unit_min, ucap)
    big = 0
    if mf.any() or umin.any():
        big = int(np.abs(p.unplaced_cost).sum()) + 1
        if p.n_edges:
            big += int(np.abs(p.edge_cost).max()) * n
    pos_node = n + np.arange(m)
    unit_node = n + m + np.arange(k)
    pu = n + m + p.position_unit.astype(np.int64)
    tails = np.concatenate([emp[e], free, pos_node, pos_node, unit_node, unit_node])
    heads = np.concatenate(
        [
            n + pos[e].astype(np.int64),
            np.full(len(free), sink),
            pu,
            pu,
            np.full(k, sink),
            np.full(k, sink),
        ]
    )
    caps = np.concatenate(
        [np.ones(len(e)), np.ones(len(free)), mf, p.capacity - mf, umin, ucap - umin]
    )
    costs = np.concatenate(
        [
            p.edge_cost[e],
            p.unplaced_cost[free],
            np.full(m, -big),
            np.zeros(m),
            np.full(k, -big),
            np.zeros(k),
        ]
    )
    supplies = np.zeros(sink + 1, dtype=np.int64)
    supplies[:n] = 1
    supplies[sink] = -n
    return (
        tails.astype(np.int32),
        heads.astype(np.int32),
        caps.astype(np.int64),
        costs.astype(np.int64),
        supplies,
        e,
    )


def method_flow(folder: str) -> dict[str, Any]:
    """Bare OR-Tools SimpleMinCostFlow on the full edge set: add_arcs + solve timed."""
    from ortools.graph.python import min_cost_flow

    problem = load_problem(Path(folder) / "problem.npz")
    t: dict[str, float] = {}
    with stopwatch(t, "build_arrays_s"):
        tails, heads, caps, costs, supplies, e = flow_network(problem)
    with stopwatch(t, "seconds_s"):
        smcf = min_cost_flow.SimpleMinCostFlow()
        with stopwatch(t, "add_arcs_s"):
            arcs = smcf.add_arcs_with_capacity_and_unit_cost(tails, heads, caps, costs)
            smcf.set_nodes_supplies(np.arange(len(supplies), dtype=np.int32), supplies)
        with stopwatch(t, "solve_only_s"):
            status = smcf.solve()
    if status != smcf.OPTIMAL:
        return {**t, "status": f"status {status}", "objective": None}
    flows = smcf.flows(arcs[: len(e)])
    used = e[flows > 0]
    a = np.full(problem.n_employees, -1, dtype=np.int32)
    a[problem.edge_emp[used]] = problem.edge_pos[used]
    from placement.model.check import violations

    broken = violations(problem, a)
    return {
        **t,
        "status": "optimal" if not broken else "infeasible (min fills)",
        "objective": problem.cost_of(a),
        "arcs": len(tails),
        "violations": broken,
    }


def method_scipy(folder: str) -> dict[str, Any]:
    """scipy's LAPJVsp on the seat-expanded graph (no unit caps, no minimum fills)."""
    from scipy import sparse
    from scipy.sparse.csgraph import min_weight_full_bipartite_matching

    p = load_problem(Path(folder) / "problem.npz")
    n = p.n_employees
    t: dict[str, float] = {}
    with stopwatch(t, "build_arrays_s"):
        # row i: one column per seat of each eligible position, then its own dummy
        # ("unplaced") column; built directly in CSR order (no COO copy)
        emp, pos = p.edge_emp, p.edge_pos
        keep = (p.pinned[emp] < 0) | (p.pinned[emp] == pos)
        e = np.flatnonzero(keep)
        cap = p.capacity
        seat_start = np.concatenate([[0], np.cumsum(cap)[:-1]])
        n_seats = int(cap.sum())
        free = np.flatnonzero(~(p.must_place | (p.pinned >= 0)))
        v_emp = np.concatenate([emp[e], free])
        order = np.argsort(v_emp, kind="stable")  # edges of i, then i's dummy
        v_emp = v_emp[order]
        v_first = np.concatenate([seat_start[pos[e]], n_seats + free])[order]
        v_reps = np.concatenate([cap[pos[e]], np.ones(len(free), dtype=np.int64)])[order]
        v_w = np.concatenate([p.edge_cost[e], p.unplaced_cost[free]])[order].astype(float)
        shift = 1.0 - float(v_w.min()) if len(v_w) else 0.0  # weights must be non-zero
        v_w += shift
        total = int(v_reps.sum())
        starts = np.cumsum(v_reps) - v_reps
        indices = np.arange(total, dtype=np.int64)
        indices += np.repeat(v_first - starts, v_reps)
        indices = indices.astype(np.int32 if n_seats + n < 2**31 else np.int64)
        data = np.repeat(v_w, v_reps)
        indptr = np.zeros(n + 1, dtype=indices.dtype)
        np.cumsum(np.bincount(v_emp, weights=v_reps, minlength=n).astype(np.int64), out=indptr[1:])
        del order, v_first, v_w, starts
        seat_pos = np.repeat(np.arange(p.n_positions), cap)
    with stopwatch(t, "seconds_s"):
        with stopwatch(t, "build_csr_s"):
            g = sparse.csr_array((data, indices, indptr), shape=(n, n_seats + n))
        with stopwatch(t, "solve_only_s"):
            try:
                r, c = min_weight_full_bipartite_matching(g)
            except ValueError as exc:
                return {**t, "status": f"no full matching ({exc})", "objective": None}
    a = np.full(n, -1, dtype=np.int32)
    placed = c < n_seats
    a[r[placed]] = seat_pos[c[placed]]
    return {
        **t,
        "status": "optimal (relaxed)",
        "objective": p.cost_of(a),
        "graph_edges": int(g.nnz),
        "note": "no unit caps / min fills: a relaxation (<= flow)",
    }


def method_highs_lp(folder: str, time_limit: float | None = None) -> dict[str, Any]:
    """The network as an LP in HiGHS (same constraints as the flow)."""
    from benchmarks.common import highs_model

    p = load_problem(Path(folder) / "problem.npz")
    t: dict[str, float] = {}
    with stopwatch(t, "build_arrays_s"):
        lp, offset, _ = highs_model(p, budgets=False, integer=False)
    h = new_highs(time_limit)
    with stopwatch(t, "seconds_s"):
        with stopwatch(t, "pass_model_s"):
            h.passModel(lp)
        with stopwatch(t, "solve_only_s"):
            h.run()
    status = h.modelStatusToString(h.getModelStatus())
    info = h.getInfo()
    obj = info.objective_function_value + offset
    x = np.asarray(h.getSolution().col_value)
    frac = int(((x > 1e-6) & (x < 1 - 1e-6)).sum())
    return {
        **t,
        "status": f"{status.lower()}",
        "objective": int(round(obj)),
        "objective_float": obj,
        "fractional_columns": frac,
        "note": f"LP, {frac} fractional columns" if frac else "LP (integral optimum)",
    }


# -- the suite -----------------------------------------------------------------------------


def _fits(method: str, n: int, stats: dict) -> str | None:
    """Why a method is skipped at this size (None: it runs)."""
    if method == "scipy" and (n > SCIPY_MAX_N or stats["seat_expanded_edges"] > SCIPY_MAX_EDGES):
        return f"skipped (size: {stats['seat_expanded_edges'] / 1e6:.1f}M seat edges)"
    if method == "highs_lp" and n > HIGHS_LP_MAX_N:
        return "skipped (size)"
    return None


def run(opts: Options) -> SuiteResult:
    sizes = SPEC.sizes(opts)
    methods = [m for m in METHODS if not opts.methods or m in opts.methods]
    res = SuiteResult("scale", COLUMNS)
    base = Path(opts.workdir) if opts.workdir else Path(tempfile.mkdtemp(prefix="bench-scale-"))
    try:
        for n in sizes:
            folder = base / f"scale-{n}"
            log(
                f"scale {n}: preparing organisation (generate, write parquet, compile once)",
                opts.verbose,
            )
            stats = run_isolated(prepare, timeout=opts.timeout, n=n, folder=str(folder))
            if not stats.get("ok"):
                res.failures.append(f"scale {n}: preparation failed: {stats.get('error')}")
                print(stats.get("traceback", ""))
                continue
            res.extra[f"problem_{n}"] = stats
            log(
                f"scale {n}: {stats['edges']:,} edges, {stats['positions']:,} positions, "
                f"{stats['units']} units ({stats.get('regions', 0)} regions), compile "
                f"{stats['compile_s']:.1f}s",
                opts.verbose,
            )
            rows: dict[str, dict] = {}
            for m in methods:
                row: dict[str, Any] = {"n": n, "edges": stats["edges"], "method": m}
                why = None if m in (opts.no_size_limits or ()) else _fits(m, n, stats)
                if why:
                    row.update(status=why, note="")
                    rows[m] = row
                    continue
                log(f"scale {n}: {m} ...", opts.verbose)
                kw: dict[str, Any] = {"folder": str(folder)}
                if m == "placement":
                    kw["time_limit"] = opts.time_limit
                    if opts.profile:
                        kw["profile"] = f"{opts.profile}-{n}.prof"
                if m == "highs_lp":
                    kw["time_limit"] = opts.time_limit
                fn = {
                    "floor": method_floor,
                    "placement": method_placement,
                    "flow": method_flow,
                    "scipy": method_scipy,
                    "highs_lp": method_highs_lp,
                }[m]
                out = _median_of(
                    [run_isolated(fn, timeout=opts.timeout, **kw) for _ in range(opts.repeat)]
                )
                if not out.get("ok"):
                    row.update(status="error", note=str(out.get("error"))[:200])
                    res.failures.append(f"scale {n} {m}: {out.get('error')}")
                    if out.get("traceback"):
                        print(out["traceback"])
                out.pop("traceback", None)
                row.update({k: v for k, v in out.items() if k not in row})
                rows[m] = row
                log(
                    f"scale {n}: {m} {row.get('status')} in {row.get('seconds_s', 0):.2f}s, "
                    f"peak {row.get('peak_rss_mb', 0):,.0f} MB",
                    opts.verbose,
                )
            _compare(n, rows, res, stats)
            res.rows.extend(rows.values())
    finally:
        if not opts.workdir and not opts.keep:
            shutil.rmtree(base, ignore_errors=True)
    if opts.repeat > 1:
        res.notes.append(
            f"every method ran {opts.repeat} times, each in a fresh process: "
            "seconds are medians, peak RSS the largest of the runs."
        )
    res.notes += [
        "seconds: floor = Context + terms on the compiled edges; placement = read + "
        "validate + compile + solve + check + write every output (CSV, kpis.json, xlsx, "
        "html); CSV-only s / Parquet-only s = the same path writing the tables as CSV / as "
        "Parquet + kpis.json only (--formats csv / parquet); flow = add_arcs "
        "+ solve; scipy = CSR construction (from ready arrays) + matching; highs_lp = "
        "passModel + run.",
        "peak RSS: each method's own process (spawned), interpreter and imports included.",
        "scipy and highs_lp are skipped above "
        f"{SCIPY_MAX_N:,} employees or {SCIPY_MAX_EDGES / 1e6:.0f}M seat edges / above "
        f"{HIGHS_LP_MAX_N:,} employees.",
    ]
    return res


def _median_of(runs: list[dict]) -> dict:
    """One row from repeated runs: the median of every ``*_s`` timing, the largest peak
    memory, the other values of the first run (all runs must agree on the objective)."""
    good = [r for r in runs if r.get("ok")]
    if not good:
        return runs[0]
    out = dict(good[0])
    for key in out:
        if key.endswith("_s") and all(isinstance(r.get(key), int | float) for r in good):
            out[key] = float(np.median([r[key] for r in good]))
    out["peak_rss_mb"] = max(r["peak_rss_mb"] for r in good)
    out["runs"] = len(good)
    if len(runs) > 1:
        out["seconds_runs"] = [r.get("seconds_s") for r in good]
    objs = {r.get("objective") for r in good}
    if len(objs) > 1:
        out["ok"] = False
        out["error"] = f"repeated runs disagree on the objective: {sorted(objs, key=str)}"
    if len(good) < len(runs):
        out["note"] = f"{len(runs) - len(good)} of {len(runs)} runs failed"
    return out


def _compare(n: int, rows: dict[str, dict], res: SuiteResult, stats: dict) -> None:
    digest = rows.get("placement", {}).get("problem_digest")
    if digest and digest != stats.get("problem_digest"):
        res.failures.append(
            f"scale {n}: the placement path compiled another problem "
            f"({digest}) than the one the peers solved "
            f"({stats.get('problem_digest')}): did the code change mid-run?"
        )
    flow = rows.get("flow", {})
    ref = flow.get("objective") if flow.get("ok") else None
    ref_s = flow.get("seconds_s") if flow.get("ok") else None
    for m, row in rows.items():
        obj = row.get("objective")
        if ref_s and row.get("ok") and row.get("seconds_s") is not None:
            row["ratio_to_flow_x"] = row["seconds_s"] / ref_s
        if ref is None or obj is None:
            continue
        if m in ("placement", "highs_lp", "flow"):
            row["exact"] = obj == ref
            if obj != ref:
                res.failures.append(
                    f"scale {n}: {m} objective {obj} differs from the bare flow optimum {ref}"
                )
        elif m == "scipy":
            row["exact"] = "relaxed, ≤" if obj <= ref else "RELAXED > FLOW"
            if obj > ref:
                res.failures.append(
                    f"scale {n}: scipy relaxation {obj} above the flow "
                    f"optimum {ref} (a relaxation cannot be worse)"
                )
    pl = rows.get("placement", {})
    if pl.get("ok") and ref_s:
        pl["csv_ratio_to_flow_x"] = pl["csv_total_s"] / ref_s
        pl["parquet_ratio_to_flow_x"] = pl["parquet_total_s"] / ref_s
        pl["note"] = (
            f"read {pl['read_s']:.1f} + compile {pl['compile_s']:.1f} + solve "
            f"{pl['solve_s']:.1f} + write {pl['write_full_s']:.1f} (CSV-only "
            f"write {pl['write_csv_s']:.1f}, {pl['csv_ratio_to_flow_x']:.2f}× flow; "
            f"Parquet-only write {pl['write_parquet_s']:.1f}, "
            f"{pl['parquet_ratio_to_flow_x']:.2f}× flow)"
        )


SPEC = register(
    BenchSpec(
        name="scale",
        run=run,
        default_sizes=(10_000, 100_000, 300_000),
        quick_sizes=(2_000,),
        description="network placement at scale vs bare SimpleMinCostFlow, scipy, HiGHS LP",
    )
)
