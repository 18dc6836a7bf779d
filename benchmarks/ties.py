"""The price of a canonical optimum: the flow backend with its tie-break levels (status
quo, then the id-keyed order; two stages: the optimum, then the ties among the arcs of
reduced cost 0) against the same flow without them, and against one solve with the
levels folded into the costs (what the backend did before the two stages, and still
does where they do not apply), on the same compiled problem, in one process,
alternating runs; medians and their ratios.

What is checked: every run reaches the same optimal cost (the tie-break never changes
the objective), the tie-broken runs move no more people than the plain one, and the
two stages reach the folded solve's status-quo count.
"""

from __future__ import annotations

import copy
import statistics
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


def run(opts: Options) -> SuiteResult:
    import placement
    from placement.solvers.flow import FlowSolver, _solve_folded, fold_ties

    res = SuiteResult(
        "ties",
        [
            ("n", "employees"),
            ("edges", "edges"),
            ("levels", "levels: two stages / folded"),
            ("fold_s", "fold s"),
            ("plain_s", "flow, no ties s"),
            ("ties_s", "two stages s"),
            ("folded_s", "folded s"),
            ("ratio_x", "two stages / plain"),
            ("fold_ratio_x", "folded / plain"),
            ("moves_plain", "moves, no ties"),
            ("moves_ties", "moves, two stages"),
            ("moves_folded", "moves, folded"),
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
        times: dict[str, list[float]] = {"plain": [], "ties": [], "folded": []}
        outs: dict[str, Any] = {}
        for _ in range(repeat):
            for name, prob in (("plain", plain), ("ties", tied)):
                t0 = time.perf_counter()
                outs[name] = FlowSolver().solve(prob)
                times[name].append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            outs["folded"], _, _, _ = _solve_folded(tied)
            times["folded"].append(time.perf_counter() - t0)
            log(
                f"ties {n}: plain {times['plain'][-1]:.2f}s, two stages "
                f"{times['ties'][-1]:.2f}s, folded {times['folded'][-1]:.2f}s",
                opts.verbose,
            )
        med = {k: statistics.median(v) for k, v in times.items()}
        folded_cost = tied.cost_of(outs["folded"])
        same = outs["plain"].cost == outs["ties"].cost == folded_cost
        used = outs["ties"].log[0].rsplit(": ", 1)[-1].split(" of ")[0]
        row = {
            "n": n,
            "edges": tied.n_edges,
            "levels": f"{used} / {levels} of {len(tied.tie_levels)}",
            "fold_s": fold_s,
            "plain_s": med["plain"],
            "ties_s": med["ties"],
            "folded_s": med["folded"],
            "ratio_x": med["ties"] / med["plain"],
            "fold_ratio_x": med["folded"] / med["plain"],
            "moves_plain": moved_count(tied, outs["plain"].assignment),
            "moves_ties": moved_count(tied, outs["ties"].assignment),
            "moves_folded": moved_count(tied, outs["folded"]),
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
        if row["moves_ties"] != row["moves_folded"] and levels:
            res.failures.append(f"ties {n}: the two stages and the fold moved different counts")
    res.notes.append(
        f"medians of {repeat} alternating runs per method in one process; "
        "'fold s' (folding the levels into the costs) is inside 'folded s'"
    )
    return res


SPEC = register(
    BenchSpec(
        name="ties",
        run=run,
        default_sizes=(4_500, 10_000, 100_000),
        quick_sizes=(2_000,),
        description="flow with the canonical tie-break (two stages, folded) vs the plain flow",
    )
)
