"""The price of a canonical optimum: the flow with its tie-break levels folded into the
costs (status quo, then the id-keyed order) against the same flow without them, on the
same compiled problem, in one process, alternating runs; medians and their ratio.

What is checked: both runs reach the same optimal cost (the tie-break never changes the
objective), and the tie-broken run moves no more people than the plain one.
"""

from __future__ import annotations

import copy
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.common import log, scenario_settings, write_generated, write_scenario
from benchmarks.registry import BenchSpec, Options, SuiteResult, register


def _moves(problem, a) -> int:
    cur = problem.current_pos
    return int(((cur >= 0) & (a != cur)).sum())


def run(opts: Options) -> SuiteResult:
    import placement
    from placement.solvers.flow import FlowSolver, fold_ties

    res = SuiteResult(
        "ties",
        [
            ("n", "employees"),
            ("edges", "edges"),
            ("levels", "levels folded"),
            ("fold_s", "fold s"),
            ("plain_s", "flow, no ties s"),
            ("ties_s", "flow, ties s"),
            ("ratio_x", "ties / plain"),
            ("moves_plain", "moves, no ties"),
            ("moves_ties", "moves, ties"),
            ("same_cost", "same optimum"),
        ],
    )
    repeat = max(1, opts.repeat if opts.repeat > 1 else 3)
    for n in SPEC.sizes(opts):
        with tempfile.TemporaryDirectory(dir=opts.workdir) as tmp:
            d = Path(tmp)
            write_generated(n, d)
            write_scenario(d, scenario_settings(n))
            compiled = placement.load_scenario(d / "scenario.yaml").compile()
        tied = compiled.problem
        plain = copy.copy(tied)
        plain.tie_levels = []
        t0 = time.perf_counter()
        _, levels = fold_ties(tied)
        fold_s = time.perf_counter() - t0
        times: dict[str, list[float]] = {"plain": [], "ties": []}
        outs: dict[str, Any] = {}
        for _ in range(repeat):
            for name, prob in (("plain", plain), ("ties", tied)):
                t0 = time.perf_counter()
                outs[name] = FlowSolver().solve(prob)
                times[name].append(time.perf_counter() - t0)
            log(
                f"ties {n}: plain {times['plain'][-1]:.2f}s, ties {times['ties'][-1]:.2f}s",
                opts.verbose,
            )
        med = {k: statistics.median(v) for k, v in times.items()}
        same = outs["plain"].cost == outs["ties"].cost
        row = {
            "n": n,
            "edges": tied.n_edges,
            "levels": f"{levels} of {len(tied.tie_levels)}",
            "fold_s": fold_s,
            "plain_s": med["plain"],
            "ties_s": med["ties"],
            "ratio_x": med["ties"] / med["plain"],
            "moves_plain": _moves(tied, outs["plain"].assignment),
            "moves_ties": _moves(tied, outs["ties"].assignment),
            "same_cost": same,
        }
        res.rows.append(row)
        if not same:
            res.failures.append(
                f"ties {n}: the tie-break changed the optimal cost "
                f"({outs['plain'].cost} → {outs['ties'].cost})"
            )
        if row["moves_ties"] > row["moves_plain"]:
            res.failures.append(f"ties {n}: more moves with the status-quo tie-break")
    res.notes.append(
        f"medians of {repeat} alternating runs per method in one process; "
        "'fold s' (folding the levels into the costs) is inside 'flow, ties s'"
    )
    return res


SPEC = register(
    BenchSpec(
        name="ties",
        run=run,
        default_sizes=(4_500, 10_000, 100_000),
        quick_sizes=(2_000,),
        description="flow with the canonical tie-break folded in vs the plain flow",
    )
)
