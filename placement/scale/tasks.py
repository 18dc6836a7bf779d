"""What a Dask worker runs: one ordinary solve per task, and the per-worker cache.

A task carries a scenario's resolved settings (a plain dict, paths absolute) and the
hash of its data files. A worker reads an organisation once and keeps it, keyed by
that hash (:func:`organization_for`); it compiles the weight-free part of a scenario
(operations applied, Context, eligible edges, term scores: a
:class:`~placement.model.compile.Basis`) once per set of settings that shape it
(:func:`basis_for`), and keeps the compiled base of a frontier the same way
(:func:`compiled_for`). A variant of weights, constraints or solver settings then
costs its pricing and a solve, never a read or a rebuild of the edges. In-memory
organisations (``Scenario.from_frames``) are scattered to the workers once by the
caller and passed in.

Rows are plain dicts of numbers and text: they are what travels back to the client.
"""

from __future__ import annotations

import copy
import dataclasses
import hashlib
import json
import threading
import time
import uuid
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from placement.api import solve, yielded_seats_free
from placement.errors import PlacementError
from placement.i18n import render
from placement.model.compile import Basis, basis_settings, compile_basis
from placement.model.config import ScenarioConfig
from placement.model.organization import Organization, load_organization
from placement.model.problem import NO_LIMIT, Problem
from placement.model.scenario import Scenario

if TYPE_CHECKING:
    from placement.model.compile import Compiled
    from placement.model.result import Result

#: Organisations (and compiled frontier bases) a worker keeps, most recent last.
CACHE_SIZE = 4
_ORGS: OrderedDict[str, Organization] = OrderedDict()
_COMPILED: OrderedDict[str, Any] = OrderedDict()
_BASES: OrderedDict[str, Basis] = OrderedDict()
#: a worker may run several tasks at once (threads): one builds, the others wait
_LOCK = threading.RLock()
#: Result fields reported first in every row, then the KPIs.
HEAD = ("status", "solver", "objective", "bound", "gap")


@dataclass(frozen=True)
class Task:
    """One variant: settings applied to a scenario (``raw``: its resolved settings)."""

    index: int
    raw: dict
    data_key: str
    path: str | None = None
    organisation: str = ""
    settings: dict = field(default_factory=dict)


def data_key(scenario: Scenario) -> str:
    """The workers' cache key of ``scenario``'s data: a hash of every file it reads
    (:meth:`~placement.model.scenario.Scenario.input_files`: names and contents), or of
    its tables when it has no data files (``Scenario.from_frames``)."""
    h = hashlib.sha256()
    for p in scenario.input_files():
        h.update(str(p).encode())
        if p.is_file():
            h.update(p.read_bytes())
    if not scenario.config.data.employees:
        org = scenario.organization()
        for df in (org.employees, org.positions, org.units):
            h.update(repr(list(df.columns)).encode())
            try:
                h.update(pd.util.hash_pandas_object(df, index=False).to_numpy().tobytes())
            except TypeError:  # an unhashable cell: no sharing between organisations
                h.update(uuid.uuid4().bytes)
    return h.hexdigest()[:32]


def _remember(cache: OrderedDict, key: str, value: Any) -> Any:
    cache[key] = value
    cache.move_to_end(key)
    while len(cache) > CACHE_SIZE:
        cache.popitem(last=False)
    return value


def organization_for(key: str, config: ScenarioConfig) -> Organization:
    """The organisation of ``config``'s data files, read once per worker."""
    with _LOCK:
        if key in _ORGS:
            _ORGS.move_to_end(key)
            return _ORGS[key]
        d = config.data
        return _remember(
            _ORGS,
            key,
            load_organization(d.employees, d.positions, d.units, config.columns_read())
            if d.employees and d.positions
            else None,
        )


def scenario_for(task: Task, org: Organization | None = None) -> Scenario:
    config = ScenarioConfig.model_validate(task.raw)
    path = Path(task.path) if task.path else None
    if org is None and config.data.employees and config.data.positions:
        org = organization_for(task.data_key, config)
    return Scenario(config, path, org)


def _basis_key(task: Task) -> str:
    text = json.dumps(basis_settings(task.raw), sort_keys=True, default=str).encode()
    return task.data_key + hashlib.sha256(text).hexdigest()[:32]


def basis_for(task: Task, scenario: Scenario) -> Basis:
    """The weight-free part of compiling ``task`` (kept per worker): variants that
    differ only in objective weights, constraints, solver settings or the tie rule
    compile it once, then each prices its own edges."""
    key = _basis_key(task)
    with _LOCK:
        if key in _BASES:
            _BASES.move_to_end(key)
            return _BASES[key]
        return _remember(_BASES, key, compile_basis(scenario))


def compiled_for(task: Task, org: Organization | None = None) -> Compiled:
    """The compiled scenario of ``task`` (kept per worker, keyed by data and settings)."""
    key = (
        task.data_key
        + hashlib.sha256(json.dumps(task.raw, sort_keys=True, default=str).encode()).hexdigest()[
            :32
        ]
    )
    with _LOCK:
        if key in _COMPILED:
            _COMPILED.move_to_end(key)
            return _COMPILED[key]
        return _remember(_COMPILED, key, scenario_for(task, org).compile())


def _plain(v: Any) -> Any:
    if isinstance(v, np.generic):
        return v.item()
    return v


def result_row(result: Result) -> dict[str, Any]:
    """Status, solver, objective, bound, gap, then every scalar KPI of a result."""
    row: dict[str, Any] = {
        "status": result.status.value,
        "solver": result.solver,
        "objective": None if result.objective is None else round(result.objective, 2),
        "bound": None if result.bound is None else round(result.bound, 2),
        "gap": None if result.gap is None else round(result.gap, 6),
    }
    for k, v in result.kpis.items():
        v = _plain(v)
        if k not in row and k != "scenario" and (v is None or isinstance(v, int | float | str)):
            row[k] = v
    row["message"] = render(result.outcome.message or "")
    return row


def error_text(exc: BaseException) -> str:
    """One line for a failed task (a PlacementError's problems, else the exception)."""
    if isinstance(exc, PlacementError):
        return "; ".join(render(p) for p in exc.problems)
    return f"{type(exc).__name__}: {exc}"


def run_variant(task: Task, org: Organization | None = None) -> dict[str, Any]:
    """Solve one variant; a bad input becomes a row with status ``error``."""
    t0, c0 = time.perf_counter(), time.thread_time()
    try:
        scenario = scenario_for(task, org)
        scenario.share_basis(basis_for(task, scenario))
        result = solve(scenario)
        row = result_row(result)
    except PlacementError as exc:
        row = {"status": "error", "message": error_text(exc)}
    row["_seconds"] = time.perf_counter() - t0
    row["_cpu_seconds"] = time.thread_time() - c0
    return row


# -- frontier points ---------------------------------------------------------------------


@dataclass(frozen=True)
class Point:
    """One frontier solve: ``weight`` (p, q) prices each move at q/p cost units (a flow
    solve); ``max_moves`` caps the moves instead (fit only, the scenario's solver)."""

    task: Task
    p: int = 1
    q: int = 0
    max_moves: int | None = None
    time_limit: float | None = None


def stays(problem: Problem) -> np.ndarray:
    """int64[E]: 1 on the edge that keeps an employee in their current position."""
    cur = problem.current_pos[problem.edge_emp]
    return ((cur >= 0) & (problem.edge_pos == cur)).astype(np.int64)


def priced(problem: Problem, p: int, q: int) -> Problem:
    """``p`` × the problem's costs, minus ``q`` per employee who stays: the optimum
    minimises fit cost + (q / p) × moves, exactly (moves = holders − stays)."""
    return dataclasses.replace(
        problem,
        edge_cost=p * problem.edge_cost - q * stays(problem),
        unplaced_cost=p * problem.unplaced_cost,
        constant=p * problem.constant,
        objective_scale=p * problem.objective_scale,
        term_costs={},
        term_constants={},
    )


def moves_of(problem: Problem, assignment: np.ndarray) -> int:
    cur = problem.current_pos
    return int(((cur >= 0) & (assignment != cur)).sum())


def solve_point(point: Point, org: Organization | None = None) -> dict[str, Any]:
    """Solve one frontier point; returns moves, fit cost (integer, base problem),
    status, bound (fit cost units, for ``max_moves`` points) and the KPIs."""
    t0 = time.perf_counter()
    compiled = compiled_for(point.task, org)
    base = compiled.problem
    if point.max_moves is None:
        problem = priced(base, point.p, point.q)
        solver = "auto"
    else:
        problem = dataclasses.replace(base, max_moves=int(point.max_moves))
        solver = None
    target = copy.copy(compiled)
    target.problem = problem
    kw: dict[str, Any] = {"time_limit": point.time_limit} if point.time_limit else {}
    cfg = compiled.config.solver
    result = solve(target, solver=solver or cfg.name, seed=cfg.seed, workers=cfg.workers, **kw)
    a = result.assignment
    row: dict[str, Any] = {
        "status": result.status.value,
        "solver": result.solver,
        "message": render(result.outcome.message or ""),
    }
    row["moves"] = None if a is None else moves_of(base, a)
    # seats yielded to qualified holders left empty: the point is exact for the seats
    # as counted before the solve; placement.solve would give them back
    row["yielded_free"] = 0 if a is None else len(yielded_seats_free(compiled, a))
    row["fit_cost"] = None if a is None else base.cost_of(a)
    row["mean_jpm"] = None if a is None else mean_jpm(compiled, base, a)
    row["fit_bound"] = None
    if point.max_moves is not None and result.outcome.bound is not None:
        row["fit_bound"] = int(result.outcome.bound)
    row["holders"] = int((base.current_pos >= 0).sum())
    row["objective_scale"] = base.objective_scale
    row["fit_spread"] = fit_range(base)
    biggest = (
        max(
            int(np.abs(base.edge_cost).max(initial=0)),
            int(np.abs(base.unplaced_cost).max(initial=0)),
        )
        + 1
    )
    nodes = base.n_employees + base.n_positions + base.n_units + 2
    row["max_den"] = max(1, 2**50 // (biggest * nodes))  # keeps priced costs far from 2^63
    row["sense"] = base.sense
    row["_seconds"] = time.perf_counter() - t0
    return row


def mean_jpm(compiled: Compiled, problem: Problem, assignment: np.ndarray) -> float | None:
    """Mean JPM of the placed employees, as ``Result.kpis["mean_jpm"]`` computes it
    (each JPM rounded to 0.1, by pair as the tables read it: the problem's edges may be
    fewer than the context's, ``qualified_holders_stay``): the frontier needs this one
    KPI, not the tables."""
    who = np.flatnonzero(problem.edge_index(assignment) >= 0)
    if not len(who):
        return None
    jpm = np.round(compiled.context.pair_jpm(who, assignment[who])[0], 1)
    jpm = jpm[~np.isnan(jpm)]
    return round(float(jpm.mean()), 2) if len(jpm) else None


def fit_range(problem: Problem) -> int:
    """An upper bound on the difference in cost between any two placements."""
    n = problem.n_employees
    lo = problem.unplaced_cost.astype(np.int64).copy()
    hi = lo.copy()
    can_unplace = ~problem.must_place & (problem.pinned < 0)
    lo[~can_unplace] = 0
    hi[~can_unplace] = 0
    has = np.diff(problem.indptr) > 0
    if problem.n_edges:
        starts = problem.indptr[:-1][has]
        mn = np.minimum.reduceat(problem.edge_cost, starts)
        mx = np.maximum.reduceat(problem.edge_cost, starts)
        lo_h = np.where(can_unplace[has], np.minimum(lo[has], mn), mn)
        hi_h = np.where(can_unplace[has], np.maximum(hi[has], mx), mx)
        lo[has], hi[has] = lo_h, hi_h
    return int((hi - lo).sum()) + n


__all__ = [
    "NO_LIMIT",
    "Point",
    "Task",
    "data_key",
    "error_text",
    "fit_range",
    "moves_of",
    "organization_for",
    "priced",
    "result_row",
    "run_variant",
    "solve_point",
    "stays",
]
