"""Suite ``planner``: the planner's own loop, timed as whole processes (issue 15).

Every command runs as a fresh ``python`` process, the way a planner types it, with the
placement code under test first on ``PYTHONPATH`` (the suite's snapshot) and the
repository root as working folder:

- ``python -c pass``: the interpreter alone (the floor of any command);
- ``placement --help``: start-up (imports) of the command line;
- ``placement compare scenarios/tebo/*.yaml --out DIR``: the README's main command,
  every output (CSV, kpis, workbook, HTML report);
- ``placement solve S --out DIR`` for each of those scenarios, one process each (the sum
  is what the comparison costs without sharing anything).

``cold`` is the first run (new code copy: no byte-code cache yet), ``warm`` the median
of ``--repeat`` further runs (default 3). The processes may write byte-code caches, as
on a planner's machine, even where ``PYTHONDONTWRITEBYTECODE`` is set around the suite
(this project's machines set it: every run would compile the package again, about
0.4 s, and warm would not be warm). Ratios: ``--help`` / ``python -c pass`` and the
comparison / the sum of its solves (both warm). ``placement`` is launched as its console
script does (``from placement.cli import main; main()``) with ``python -P`` so that the
working folder's own ``placement`` cannot shadow the copy under test.

``--quick`` (the test): ``--help`` and a two-scenario comparison, one run each; only exit
codes and written files are checked.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.common import log, placement_dir
from benchmarks.registry import BenchSpec, Options, SuiteResult, register

ROOT = Path(__file__).resolve().parent.parent
TEBO = ROOT / "scenarios" / "tebo"
QUICK_SCENARIOS = ("baseline.yaml", "replace.yaml")
WARM_RUNS = 3
CLI = "import sys; from placement.cli import main; sys.argv[0] = 'placement'; sys.exit(main())"
COMPARE_FILES = ("kpis.json", "kpis.csv", "comparison.xlsx", "report.html")

COLUMNS = [
    ("command", "command"),
    ("runs", "warm runs"),
    ("cold_s", "cold s"),
    ("warm_s", "warm s (median)"),
    ("ratio_x", "ratio"),
    ("ratio_to", "ratio to"),
    ("exit", "exit code"),
    ("files_ok", "files written"),
]


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # warm runs reuse the byte code, as a planner's
    code_root = str(placement_dir().parent)  # the snapshot (or the tree with --no-snapshot)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [code_root, env.get("PYTHONPATH")]))
    return env


def _placement(*args: str) -> list[str]:
    return [sys.executable, "-P", "-c", CLI, *args]


def _time(
    argv: list[str], env: dict[str, str], timeout: float, before=None
) -> tuple[float, int, str]:
    """One whole process: (seconds, exit code, last stderr line)."""
    if before is not None:
        before()
    t0 = time.perf_counter()
    p = subprocess.run(argv, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)
    dt = time.perf_counter() - t0
    tail = (p.stderr.strip().splitlines() or [""])[-1]
    return dt, p.returncode, tail


def _measure(
    name: str,
    argv: list[str],
    env: dict[str, str],
    warm: int,
    opts: Options,
    before=None,
    check=None,
    expect: int = 0,
) -> dict[str, Any]:
    log(f"planner: {name} (cold + {warm} warm)", opts.verbose)
    cold, code, tail = _time(argv, env, opts.timeout, before)
    times, codes = [], [code]
    for _ in range(warm):
        dt, c, t = _time(argv, env, opts.timeout, before)
        times.append(dt)
        codes.append(c)
        tail = t or tail
    row: dict[str, Any] = {
        "command": name,
        "runs": warm,
        "cold_s": cold,
        "warm_s": statistics.median(times) if times else None,
        "warm_all_s": times,
        "exit": max(codes, key=abs),
        "exit_codes": codes,
        "stderr_tail": tail if any(codes) else "",
    }
    row["ok"] = all(c == expect for c in codes)
    if check is not None:
        row["files_ok"] = check()
        row["ok"] = row["ok"] and row["files_ok"]
    return row


def _compare_written(out: Path, names: list[str]) -> bool:
    return all((out / f).is_file() for f in COMPARE_FILES) and all(
        (out / n / "placements.csv").is_file() for n in names
    )


def run(opts: Options) -> SuiteResult:
    res = SuiteResult("planner", COLUMNS)
    quick = opts.quick
    warm = 1 if quick else max(opts.repeat if opts.repeat > 1 else WARM_RUNS, 1)
    scenarios = [TEBO / s for s in QUICK_SCENARIOS] if quick else sorted(TEBO.glob("*.yaml"))
    names = [s.stem for s in scenarios]
    rel = [str(s.relative_to(ROOT)) for s in scenarios]
    env = _env()
    work = Path(opts.workdir) if opts.workdir else Path(tempfile.mkdtemp(prefix="bench-plan-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        floor = None
        if not quick:
            floor = _measure(
                "python -c pass", [sys.executable, "-P", "-c", "pass"], env, warm, opts
            )
            res.rows.append(floor)
        helped = _measure("placement --help", _placement("--help"), env, warm, opts)
        if floor is not None and helped["warm_s"]:
            helped["ratio_x"] = helped["warm_s"] / floor["warm_s"]
            helped["ratio_to"] = "python -c pass"
        res.rows.append(helped)

        out = work / "compare"

        def clear(folder: Path = out) -> None:
            shutil.rmtree(folder, ignore_errors=True)

        label = f"placement compare {' '.join(rel) if quick else 'scenarios/tebo/*.yaml'}"
        cmp_row = _measure(
            f"{label} --out DIR",
            _placement("compare", *rel, "--out", str(out)),
            env,
            warm,
            opts,
            before=clear,
            check=lambda: _compare_written(out, names),
        )
        cmp_row["scenarios"] = len(rel)
        res.rows.append(cmp_row)

        if not quick:
            solves, ok, codes = [], True, []
            for s, n in zip(rel, names, strict=True):
                folder = work / f"solve-{n}"
                r = _measure(
                    f"placement solve {s}",
                    _placement("solve", s, "--out", str(folder)),
                    env,
                    1,
                    opts,
                    before=lambda f=folder: clear(f),
                    check=lambda f=folder: (f / "placements.csv").is_file(),
                )
                solves.append(r["warm_s"])
                ok = ok and r["ok"]
                codes.extend(r["exit_codes"])
            total = sum(solves)
            res.rows.append(
                {
                    "command": f"sum of {len(rel)} × placement solve S --out DIR",
                    "runs": 1,
                    "warm_s": total,
                    "per_scenario_s": solves,
                    "exit": max(codes, key=abs),
                    "files_ok": ok,
                    "ok": ok,
                }
            )
            if cmp_row["warm_s"] and total:
                cmp_row["ratio_x"] = cmp_row["warm_s"] / total
                cmp_row["ratio_to"] = "sum of its solves"
        for r in res.rows:
            if not r.get("ok", True):
                res.failures.append(
                    f"{r['command']}: exit codes {r.get('exit_codes')}, files "
                    f"written {r.get('files_ok')}; {r.get('stderr_tail', '')}"
                )
        res.notes.append(
            f"cold = first run of a fresh code copy; warm = median of {warm} "
            "further runs; every run a new process (python -P, PYTHONPATH = the "
            "code under test); load average at end "
            f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}"
        )
    finally:
        if not (opts.keep or opts.workdir):
            shutil.rmtree(work, ignore_errors=True)
    return res


register(
    BenchSpec(
        "planner",
        run,
        description="the README's compare command and placement --help, as whole "
        "processes, cold and warm",
    )
)
