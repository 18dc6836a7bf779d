"""Suite ``sweep``: a 32-variant sweep, serial in one process vs a Dask LocalCluster.

For each size the ``scale`` organisation (``generate_organization(n, seed=0)``,
parquet) is swept over 32 values of ``objective.weights.continuity`` (0, 0.5, …,
15.5: every variant a flow solve). Each method runs in its own spawned process:

- ``serial``: the 32 variants one after the other in one process, by the very task
  function the workers run (:func:`placement.scale.tasks.run_variant`: the
  organisation is read once, then each variant compiles, solves and builds its KPIs);
- ``dask``: :func:`placement.sweep` on a ``LocalCluster`` of ``--workers`` processes
  (default 2). ``seconds`` includes starting the cluster; ``warm_s`` is a second sweep
  on the same cluster (workers up, organisation cached);
- ``overhead``: 256 empty tasks through the same kind of cluster: the scheduler's
  round trip per task.

``speedup`` is serial seconds / dask seconds (both cold, as a user runs them) and
``warm speedup`` serial / warm. ``CPU per variant`` is the median CPU time of the task's
own thread (``time.thread_time``): equal in both methods when a worker does the same
work as the serial loop, whatever else loads the machine (wall times on a shared
machine are not: a per-variant wall time well above its CPU time means the process
waited for a core). Rows of the two methods must be identical
(``same rows``): the check is correctness, the times are this machine's.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.common import log, prepare, run_isolated
from benchmarks.registry import BenchSpec, Options, SuiteResult, register

VARIANTS = 32
QUICK_VARIANTS = 8


def grid(variants: int = VARIANTS) -> dict[str, list[float]]:
    return {"objective.weights.continuity": [0.5 * i for i in range(variants)]}


COLUMNS = [
    ("n", "employees"),
    ("method", "method"),
    ("workers", "workers"),
    ("variants", "variants"),
    ("seconds_s", "seconds"),
    ("warm_s", "warm s"),
    ("first_variant_s", "first variant s"),
    ("per_variant_s", "per variant s"),
    ("cpu_per_variant_s", "CPU per variant s"),
    ("overhead_ms", "per-task overhead ms"),
    ("speedup_x", "speedup"),
    ("warm_speedup_x", "warm speedup"),
    ("same_rows", "same rows"),
]


def _digest(table) -> str:
    import hashlib

    from placement.report.csv_files import csv_text

    return hashlib.sha256(csv_text(table).encode()).hexdigest()[:16]


def method_serial(folder: str, variants: int = VARIANTS) -> dict[str, Any]:
    """(child) Every variant in this process, in order, by the workers' task function."""
    import pandas as pd

    import placement
    from placement.scale.sweep import as_grid, variant_table, variant_tasks
    from placement.scale.tasks import run_variant

    t0 = time.perf_counter()
    sc = placement.load_scenario(Path(folder) / "scenario.yaml")
    g = as_grid(grid(variants))
    tasks = variant_tasks(sc, g, False)
    rows, times, cpu = {}, [], []
    for t in tasks:
        t1 = time.perf_counter()
        row = run_variant(t)
        row.pop("_seconds")
        cpu.append(row.pop("_cpu_seconds"))
        rows[t.index] = row
        times.append(time.perf_counter() - t1)
    table = variant_table([k for k, _ in g], tasks, rows, {}, False)
    seconds = time.perf_counter() - t0
    return {
        "ok": True,
        "seconds_s": seconds,
        "first_variant_s": times[0],
        "per_variant_s": float(pd.Series(times[1:]).median()),
        "cpu_per_variant_s": float(pd.Series(cpu[1:]).median()),
        "digest": _digest(table),
        "variants": len(tasks),
    }


def method_dask(folder: str, workers: int, variants: int = VARIANTS) -> dict[str, Any]:
    """(child) ``placement.sweep`` on placement's LocalCluster, cold then warm."""
    import placement
    from placement.scale import dask_client

    t0 = time.perf_counter()
    with dask_client(workers=workers) as client:
        start = time.perf_counter() - t0
        s = placement.sweep(Path(folder) / "scenario.yaml", grid(variants), client=client)
        cold = time.perf_counter() - t0
        t1 = time.perf_counter()
        s2 = placement.sweep(Path(folder) / "scenario.yaml", grid(variants), client=client)
        warm = time.perf_counter() - t1
    import statistics

    return {
        "ok": True,
        "seconds_s": cold,
        "warm_s": warm,
        "cluster_start_s": start,
        "per_variant_s": statistics.median(s2.seconds.values()),
        "cpu_per_variant_s": statistics.median(s2.cpu_seconds.values()),
        "digest": _digest(s.table),
        "digest_warm": _digest(s2.table),
        "variants": len(s.table),
        "workers": workers,
    }


def _noop(i: int) -> int:
    return i


def method_overhead(workers: int, tasks: int = 256) -> dict[str, Any]:
    """(child) Round trip of empty tasks: per-task cost of the scheduler and transport."""
    from distributed import Client, LocalCluster, as_completed

    with (
        LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
        ) as cluster,
        Client(cluster) as client,
    ):
        client.gather(client.map(_noop, range(workers * 4), pure=False))  # warm up
        t0 = time.perf_counter()
        for _ in as_completed(client.map(_noop, range(tasks), pure=False)):
            pass
        seconds = time.perf_counter() - t0
    return {"ok": True, "overhead_ms": 1000 * seconds / tasks, "workers": workers}


def _median_run(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """One run from repeated ones: the median of every timing (the first run's other
    fields; a failed run is returned as it is)."""
    import statistics

    for r in runs:
        if not r.get("ok"):
            return r
    out = dict(runs[0])
    for k, v in runs[0].items():
        if isinstance(v, float) and (k.endswith("_s") or k.endswith("_x")):
            out[k] = statistics.median(r[k] for r in runs)
    for k in ("digest", "digest_warm"):  # rows must agree between runs too
        if k in out:
            out[k] = out[k] if len({r[k] for r in runs}) == 1 else None
    return out


def run(options: Options) -> SuiteResult:
    workers = options.workers or 2
    variants = QUICK_VARIANTS if options.quick else VARIANTS
    tasks = 64 if options.quick else 256
    result = SuiteResult("sweep", COLUMNS)
    tmp = Path(options.workdir) if options.workdir else Path(tempfile.mkdtemp(prefix="sweep-"))
    try:
        for n in SPEC.sizes(options):
            folder = tmp / f"n{n}"
            log(f"sweep: preparing {n:,} employees", options.verbose)
            prep = run_isolated(prepare, timeout=options.timeout, n=n, folder=str(folder))
            if not prep.get("ok"):
                result.failures.append(f"n={n}: prepare failed: {prep['error']}")
                continue
            sers, dsks = [], []
            runs = (
                (sers, f"serial, {variants} variants", method_serial, {}),
                (dsks, f"dask, {workers} workers", method_dask, {"workers": workers}),
            )
            for rep in range(max(1, options.repeat)):  # alternating: same machine state
                for out, what, method, kw in runs:
                    log(f"sweep: {what} (run {rep + 1})", options.verbose)
                    out.append(
                        run_isolated(
                            method,
                            timeout=options.timeout,
                            folder=str(folder),
                            variants=variants,
                            **kw,
                        )
                    )
            ser, dsk = _median_run(sers), _median_run(dsks)
            log("sweep: per-task overhead", options.verbose)
            ovh = run_isolated(
                method_overhead, timeout=options.timeout, workers=workers, tasks=tasks
            )
            for name, r in (("serial", ser), ("dask", dsk), ("overhead", ovh)):
                if not r.get("ok"):
                    result.failures.append(f"n={n} {name}: {r.get('error')}")
            same = ser.get("digest") is not None and ser.get("digest") == dsk.get(
                "digest"
            ) == dsk.get("digest_warm")
            if ser.get("ok") and dsk.get("ok") and not same:
                result.failures.append(f"n={n}: dask rows differ from the serial rows")
            ratio = (
                (ser["seconds_s"] / dsk["seconds_s"]) if ser.get("ok") and dsk.get("ok") else None
            )
            warm = (ser["seconds_s"] / dsk["warm_s"]) if ser.get("ok") and dsk.get("ok") else None
            result.rows.append(
                {
                    "n": n,
                    "method": "serial",
                    "workers": 1,
                    **{
                        k: ser.get(k)
                        for k in (
                            "variants",
                            "seconds_s",
                            "first_variant_s",
                            "per_variant_s",
                            "cpu_per_variant_s",
                        )
                    },
                }
            )
            result.rows.append(
                {
                    "n": n,
                    "method": "dask",
                    "workers": workers,
                    "variants": dsk.get("variants"),
                    "seconds_s": dsk.get("seconds_s"),
                    "warm_s": dsk.get("warm_s"),
                    "per_variant_s": dsk.get("per_variant_s"),
                    "cpu_per_variant_s": dsk.get("cpu_per_variant_s"),
                    "overhead_ms": ovh.get("overhead_ms"),
                    "speedup_x": ratio,
                    "warm_speedup_x": warm,
                    "same_rows": same,
                }
            )
            result.extra[f"n{n}"] = {
                "serial": ser,
                "dask": dsk,
                "overhead": ovh,
                "prepare": prep,
                "runs": {"serial": sers, "dask": dsks},
            }
        if options.repeat > 1:
            result.notes.append(
                f"each method ran {options.repeat} times, alternating, each run in a fresh "
                "process: medians of every timing (ratios: of the medians)"
            )
        result.notes.append(
            f"{variants} variants of objective.weights.continuity; target: "
            f"speedup >= 1.8x with 2 workers on 2 cores"
        )
    finally:
        if not options.keep and not options.workdir:
            shutil.rmtree(tmp, ignore_errors=True)
    return result


SPEC = register(
    BenchSpec(
        name="sweep",
        run=run,
        default_sizes=(10_000,),
        quick_sizes=(300,),
        description="32-variant sweep: serial in one process vs a Dask LocalCluster",
    )
)
