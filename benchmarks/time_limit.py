"""How well ``time_limit`` bounds ``placement.solve`` on the wall clock (issue 16).

``python -m benchmarks.time_limit [--time-limit 2] [--solvers cp-sat,auto]``

On the bundled example (``scenarios/tebo``): ``replace.yaml`` as it is, and a variant
made infeasible (every post must be filled: some have nobody eligible) solved with
``relax=True`` (solve, diagnose, relax, solve again). The scenario is compiled first;
the time reported is ``placement.solve`` on the compiled scenario, the span that
``time_limit`` bounds. Not a test: the numbers depend on the machine and its load.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import placement

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.time_limit")
    ap.add_argument("--time-limit", type=float, default=2.0)
    ap.add_argument("--solvers", default="cp-sat,auto")
    args = ap.parse_args(argv)
    tl = args.time_limit
    with tempfile.TemporaryDirectory() as tmp:
        infeasible = Path(tmp) / "infeasible.yaml"
        infeasible.write_text(
            "name: infeasible\n"
            f"extends: {ROOT / 'scenarios/tebo/replace.yaml'}\n"
            "operations:\n"
            "  - keep_incumbents: {select: {kinds: [JPT]}}\n"
            "  - set_min_fill: {select: {all: true}, min_fill: 1}\n",
            encoding="utf-8",
        )
        cases = [
            ("replace", ROOT / "scenarios/tebo/replace.yaml", False),
            ("infeasible+relax", infeasible, True),
        ]
        print(
            "| solver | scenario | limit s | compile s | solve wall s | wall / limit "
            "| status |\n|---|---|---|---|---|---|---|"
        )
        for solver in args.solvers.split(","):
            for name, path, relax in cases:
                sc = placement.load_scenario(path)
                t0 = time.perf_counter()
                compiled = sc.compile()
                t1 = time.perf_counter()
                r = placement.solve(compiled, solver=solver, time_limit=tl, relax=relax)
                wall = time.perf_counter() - t1
                print(
                    f"| {solver} | {name} | {tl:g} | {t1 - t0:.2f} | {wall:.2f} | "
                    f"{wall / tl:.2f} | {r.status.value} |",
                    flush=True,
                )


if __name__ == "__main__":
    main()
