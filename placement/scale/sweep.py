"""Sweeps: one scenario under a grid of settings, or many organisations, on Dask.

:func:`sweep` validates every variant before solving any, sends one task per variant
to a ``distributed`` cluster (:mod:`placement.scale.cluster`), and gathers one row
per variant (:mod:`placement.scale.tasks`). :func:`sweep_each` does the same for many
scenario files, one organisation per row; a bad organisation is a row with status
``error`` and the rest go on. Rows are sorted by variant index, so the table is the
same whatever the number of workers or the order tasks finish in. A KeyboardInterrupt
(Ctrl-C) cancels what is left and returns the rows done, the sweep marked partial
(the others ``not_run``).
"""

from __future__ import annotations

import glob
import math
import os
import time
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from placement.errors import PlacementError
from placement.i18n import msg
from placement.model.scenario import Scenario, load_scenario
from placement.scale.cluster import dask_client
from placement.scale.grid import (
    Grid,
    apply_settings,
    describe,
    parse_vary,
    validated,
    variants,
)
from placement.scale.tasks import HEAD, Task, data_key, error_text, run_variant

if TYPE_CHECKING:
    from distributed import Client

    from placement.model.organization import Organization

Progress = Callable[[dict], None]
#: KPI pair drawn by default in a sweep report (x, y).
DEFAULT_CHART = ("moves", "mean_jpm")


@dataclass
class Sweep:
    """Rows of a sweep: ``table`` (one row per variant, by ``variant`` index: its
    settings, ``settings`` as ``--vary`` text, status, solver, objective, bound, gap,
    KPIs, message), the ``keys`` varied, ``partial`` (interrupted: rows not run have
    status ``not_run``), and per-task ``seconds`` and ``cpu_seconds`` (the task
    thread's CPU time; neither is written: outputs are deterministic)."""

    name: str
    keys: list[str]
    table: pd.DataFrame
    partial: bool = False
    each: bool = False
    seconds: dict[int, float] = field(default_factory=dict)
    wall_seconds: float = 0.0
    workers: int = 0
    cpu_seconds: dict[int, float] = field(default_factory=dict)

    @property
    def done(self) -> int:
        return int((~self.table["status"].isin(["not_run"])).sum()) if len(self.table) else 0

    def best(self, by: str = "objective") -> pd.Series | None:
        """The solved row with the lowest ``by`` (None if nothing solved)."""
        solved = self.table[self.table["status"].isin(["optimal", "feasible"])]
        if not len(solved) or by not in solved:
            return None
        return solved.iloc[int(pd.to_numeric(solved[by]).argmin())]

    def __repr__(self) -> str:
        part = ", partial" if self.partial else ""
        return (
            f"<Sweep {self.name!r}: {self.done}/{len(self.table)} variants over "
            f"{', '.join(self.keys) or 'organisations'}{part}>"
        )


def as_grid(grid: Grid | dict | Sequence[str] | None) -> Grid:
    """A grid from ``[(key, values)]``, ``{key: values}`` or ``["KEY=VALUES", …]``."""
    if grid is None:
        return []
    if isinstance(grid, dict):
        return [
            (str(k), list(v) if isinstance(v, list | tuple | range) else [v])
            for k, v in grid.items()
        ]
    out: Grid = []
    for item in grid:
        if isinstance(item, str):
            out.append(parse_vary(item))
        else:
            k, v = item
            out.append((str(k), list(v) if isinstance(v, list | tuple | range) else [v]))
    return out


def resolved_settings(scenario: Scenario) -> dict:
    """The scenario's settings as a plain dict, its file paths made absolute."""
    raw = scenario.config.model_dump()
    raw["extends"] = None
    data = raw.get("data") or {}
    for k, v in data.items():
        if isinstance(v, str):
            data[k] = os.path.abspath(v)
    for op in raw.get("operations") or []:
        for params in op.values() if isinstance(op, dict) else ():
            if isinstance(params, dict) and isinstance(params.get("file"), str):
                params["file"] = os.path.abspath(params["file"])
    return raw


def variant_tasks(
    scenario: Scenario, grid: Grid, zip_: bool, start: int = 0, organisation: str = ""
) -> list[Task]:
    """One validated task per variant; every bad variant is reported at once."""
    raw = resolved_settings(scenario)
    key = data_key(scenario)
    path = str(scenario.path.resolve()) if scenario.path else None
    problems: list[str] = []
    tasks = []
    for i, settings in enumerate(variants(grid, zip_)):
        try:
            v = apply_settings(raw, settings, scenario.source)
            Scenario(validated(v, scenario.source), None)  # parses the operations too
        except PlacementError as exc:
            where = msg("sweep.variant", index=start + i, settings=describe(settings))
            problems += [msg("line", where=where, text=p) for p in exc.problems]
            continue
        tasks.append(Task(start + i, v, key, path, organisation, settings))
    if problems:
        raise PlacementError(list(dict.fromkeys(problems)))
    return tasks


def sweep(
    scenario: Scenario | str | Path,
    grid: Grid | dict | Sequence[str] | None = None,
    client: Client | None = None,
    *,
    zip: bool = False,
    scheduler: str | None = None,
    workers: int | None = None,
    progress: Progress | None = None,
    say: Callable[[str], None] | None = None,
) -> Sweep:
    """Solve ``scenario`` under every variant of ``grid`` on Dask.

    ``grid``: ``{"objective.weights.continuity": [0, 5, 10]}``, ``[(key, values)]`` or
    ``["KEY=VALUES", …]`` (see :mod:`placement.scale.grid`); variants are the product
    of the grids, or zipped with ``zip=True``. ``client``: a ``distributed.Client`` to
    use (left open); else ``scheduler`` (an address) or a LocalCluster of ``workers``
    processes. ``progress`` receives one event per finished variant.

    Returns a :class:`Sweep`. Raises :class:`PlacementError` before solving anything
    if a variant is invalid (a bad key names the nearest valid one).
    """
    sc = load_scenario(scenario) if isinstance(scenario, str | Path) else scenario
    grid = as_grid(grid)
    tasks = variant_tasks(sc, grid, zip)
    in_memory = sc.path is None
    return _execute(
        sc.name,
        [k for k, _ in grid],
        tasks,
        {},
        client,
        scheduler,
        workers,
        progress,
        say,
        sc.organization() if in_memory else None,
        each=False,
    )


def scenario_files(patterns: str | Iterable[str | Path]) -> list[Path]:
    """Scenario files matching glob ``patterns`` (sorted; each file once)."""
    if isinstance(patterns, str | Path):
        patterns = [patterns]
    found: dict[str, None] = {}
    for p in patterns:
        hits = sorted(glob.glob(str(p))) if glob.has_magic(str(p)) else [str(p)]
        found.update(dict.fromkeys(hits))
    if not found:
        raise PlacementError(msg("sweep.no_files", pattern=", ".join(map(str, patterns))))
    return [Path(f) for f in found]


def sweep_each(
    patterns: str | Iterable[str | Path],
    grid: Grid | dict | Sequence[str] | None = None,
    client: Client | None = None,
    *,
    zip: bool = False,
    scheduler: str | None = None,
    workers: int | None = None,
    progress: Progress | None = None,
    say: Callable[[str], None] | None = None,
) -> Sweep:
    """Solve one scenario per organisation (files matching ``patterns``, e.g.
    ``"regencies/*/scenario.yaml"``), each under every variant of ``grid`` (none: one
    row per organisation). Every scenario file's settings are checked here before
    anything is solved; its data files are read and validated by the worker that
    solves it (hundreds of organisations are not read one after another by the
    client). A scenario or data file that cannot be read or validated is a row with
    status ``error`` and its message; the others are solved."""
    files = scenario_files(patterns)
    grid = as_grid(grid)
    per = len(variants(grid, zip))
    tasks: list[Task] = []
    failed: dict[int, dict] = {}
    for j, f in enumerate(files):
        start = j * per
        try:
            tasks += variant_tasks(load_scenario(f, read_data=False), grid, zip, start, str(f))
        except PlacementError as exc:
            for i, settings in enumerate(variants(grid, zip)):
                failed[start + i] = {
                    "organisation": str(f),
                    **settings,
                    "status": "error",
                    "message": error_text(exc),
                }
    return _execute(
        "each",
        [k for k, _ in grid],
        tasks,
        failed,
        client,
        scheduler,
        workers,
        progress,
        say,
        None,
        each=True,
    )


def _execute(
    name: str,
    keys: list[str],
    tasks: list[Task],
    failed: dict[int, dict],
    client: Client | None,
    scheduler: str | None,
    workers: int | None,
    progress: Progress | None,
    say: Callable[[str], None] | None,
    org: Organization | None,
    each: bool,
) -> Sweep:
    t0 = time.perf_counter()
    rows: dict[int, dict] = {}
    seconds: dict[int, float] = {}
    cpu: dict[int, float] = {}
    partial = False
    n_workers = 0
    total = len(tasks) + len(failed)
    best: dict[str, Any] = {}
    if tasks:
        with dask_client(client, scheduler, workers, say) as c:
            n_workers = len(c.scheduler_info().get("workers", {}))
            partial = _gather(c, tasks, org, rows, seconds, cpu, progress, total, best)
    table = variant_table(keys, tasks, rows, failed, each)
    return Sweep(
        name, keys, table, partial, each, seconds, time.perf_counter() - t0, n_workers, cpu
    )


def _gather(
    client: Client,
    tasks: list[Task],
    org: Organization | None,
    rows: dict,
    seconds: dict,
    cpu: dict,
    progress: Progress | None,
    total: int,
    best: dict,
) -> bool:
    """Run the tasks; fill ``rows`` as they finish. True if interrupted (Ctrl-C)."""
    from distributed import as_completed  # Dask loads when a sweep runs (start-up time)

    token = uuid.uuid4().hex[:12]
    extra = {"org": client.scatter(org, broadcast=True)} if org is not None else {}
    futures = client.map(
        run_variant, tasks, key=[f"placement-{token}-{t.index}" for t in tasks], pure=False, **extra
    )
    by_key = {f.key: t for f, t in zip(futures, tasks, strict=True)}
    try:
        for fut in as_completed(futures):
            task = by_key[fut.key]
            try:
                row = fut.result()
            except Exception as exc:  # a worker lost too often, or a bug: report, go on
                row = {"status": "error", "message": error_text(exc)}
            seconds[task.index] = row.pop("_seconds", math.nan)
            cpu[task.index] = row.pop("_cpu_seconds", math.nan)
            rows[task.index] = row
            obj = row.get("objective")
            if obj is not None and (not best or obj < best["objective"]):
                best.update(objective=obj, index=task.index)
            if progress is not None:
                progress(
                    {
                        "done": len(rows),
                        "total": total,
                        "index": task.index,
                        "status": row.get("status"),
                        "best": dict(best),
                    }
                )
    except KeyboardInterrupt:
        client.cancel(futures)
        return True
    return False


def variant_table(
    keys: list[str], tasks: list[Task], rows: dict[int, dict], failed: dict[int, dict], each: bool
) -> pd.DataFrame:
    """The sweep table: a row per variant by index (``not_run`` where ``rows`` has none)."""
    records: dict[int, dict] = {}
    for t in tasks:
        row = rows.get(t.index, {"status": "not_run"})
        records[t.index] = {
            "organisation": t.organisation,
            **t.settings,
            "settings": describe(t.settings),
            **row,
        }
    for i, row in failed.items():
        settings = {k: row.get(k) for k in keys}
        records[i] = {**row, "settings": describe(settings)}
    order: dict[str, None] = dict.fromkeys(
        ["variant", *(["organisation"] if each else []), *keys, "settings", *HEAD]
    )
    for i in sorted(records):
        order.update(dict.fromkeys(k for k in records[i] if k not in ("message",)))
    order.pop("organisation", None) if not each else None
    order["message"] = None
    data = [{"variant": i, **records[i]} for i in sorted(records)]
    df = pd.DataFrame(data, columns=list(order))
    return _typed(df)


def _typed(df: pd.DataFrame) -> pd.DataFrame:
    """Columns holding several kinds of value (numbers and text) become text, so the
    Parquet copy has one type per column."""
    for c in df.columns:
        if df[c].dtype == object:
            kinds = {
                type(v)
                for v in df[c]
                if v is not None and not (isinstance(v, float) and math.isnan(v))
            }
            if len(kinds) > 1 and not kinds <= {int, float}:
                df[c] = df[c].map(lambda v: None if v is None else str(v))
    return df


__all__ = [
    "DEFAULT_CHART",
    "Sweep",
    "as_grid",
    "resolved_settings",
    "scenario_files",
    "sweep",
    "sweep_each",
    "variant_table",
    "variant_tasks",
]
