"""Shared machinery: machine info, isolated runs with peak memory, data preparation,
problem files, the HiGHS model of a Problem, tables and JSON."""

from __future__ import annotations

import datetime as _dt
import json
import math
import multiprocessing as mp
import os
import platform
import resource
import sys
import time
import traceback
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np

#: Organisations at or above this size have regions (``placement.generate``).
REGION_THRESHOLD = 20_000


# -- machine -----------------------------------------------------------------------------


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _mem_total_gb() -> float | None:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return round(int(line.split()[1]) / 1024**2, 1)
    except OSError:
        pass
    return None


def _version(module: str) -> str | None:
    try:
        mod = __import__(module)
    except ImportError:
        return None
    return str(getattr(mod, "__version__", None) or "")


def machine_info() -> dict[str, Any]:
    """CPU model, cores, memory, library versions and the date (UTC)."""
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = os.cpu_count()
    try:
        import highspy

        highs_v = (
            f"{highspy.HIGHS_VERSION_MAJOR}.{highspy.HIGHS_VERSION_MINOR}."
            f"{highspy.HIGHS_VERSION_PATCH}"
        )
    except ImportError:  # pragma: no cover - optional peer
        highs_v = None
    return {
        "cpu": _cpu_model(),
        "cores": os.cpu_count(),
        "usable_cores": usable,
        "memory_gb": _mem_total_gb(),
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "platform": platform.platform(),
        "python": platform.python_version(),
        "ortools": _version("ortools"),
        "numpy": _version("numpy"),
        "scipy": _version("scipy"),
        "pandas": _version("pandas"),
        "highspy": highs_v,
        "date": _dt.datetime.now(_dt.UTC).strftime("%Y-%m-%d %H:%M:%S UTC"),
    }


# -- the code under test --------------------------------------------------------------------


def placement_dir() -> Path:
    import importlib.util

    spec = importlib.util.find_spec("placement")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the placement package is not importable")
    return Path(list(spec.submodule_search_locations)[0])


def source_fingerprint(package_dir: Path | None = None) -> str:
    """SHA-1 over the placement package's Python sources (names and contents)."""
    import hashlib

    root = package_dir or placement_dir()
    h = hashlib.sha1()
    for f in sorted(root.rglob("*.py")):
        h.update(str(f.relative_to(root)).encode())
        h.update(f.read_bytes())
    return h.hexdigest()[:12]


def _git(*args: str, cwd: Path) -> str | None:
    import subprocess

    try:  # read-only queries; --no-optional-locks: never touch the index
        out = subprocess.run(
            ["git", "--no-optional-locks", *args],
            cwd=cwd,
            capture_output=True,
            text=True,
            timeout=20,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip() if out.returncode == 0 else None


def code_info(package_dir: Path | None = None) -> dict[str, Any]:
    """Which placement code runs: commit, uncommitted files, source fingerprint."""
    src = package_dir or placement_dir()
    repo = src.parent
    changed = _git("diff", "--name-only", "HEAD", "--", "placement", cwd=repo)
    untracked = _git("ls-files", "--others", "--exclude-standard", "--", "placement", cwd=repo)
    return {
        "placement_source": str(src),
        "commit": _git("rev-parse", "--short", "HEAD", cwd=repo),
        "uncommitted": sorted(
            filter(None, (changed or "").splitlines() + (untracked or "").splitlines())
        ),
        "fingerprint": source_fingerprint(src),
    }


def snapshot_placement(dest: Path) -> Path:
    """Copy the placement package (sources only) into ``dest`` and put ``dest`` first on
    ``sys.path``, so this process and the spawned ones (which inherit ``sys.path``) all
    run the same code even if the working tree changes during a long run. ``data/`` is
    linked next to it (the GAP reader finds its files relative to the package)."""
    import shutil

    src = placement_dir()
    dest.mkdir(parents=True, exist_ok=True)
    shutil.copytree(
        src,
        dest / "placement",
        dirs_exist_ok=True,
        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"),
    )
    data = src.parent / "data"
    if data.is_dir() and not (dest / "data").exists():
        (dest / "data").symlink_to(data, target_is_directory=True)
    sys.path.insert(0, str(dest))
    return dest


def problem_digest(problem) -> str:
    """SHA-1 of the arrays that define a Problem (to check two compiles agree)."""
    import hashlib

    h = hashlib.sha1()
    for k in _ARRAYS:
        h.update(np.ascontiguousarray(getattr(problem, k)).tobytes())
    for k in ("n_units", "max_moves", "constant", *_OPTIONAL):
        h.update(str(getattr(problem, k, 0)).encode())
    return h.hexdigest()[:12]


# -- isolated runs -----------------------------------------------------------------------


def self_peak_rss_mb() -> float:
    """Peak resident memory of this process so far (MB); Linux reports KB."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / (1024 if sys.platform != "darwin" else 1024**2), 1)


def _child(conn, func: Callable[..., dict], kwargs: dict) -> None:
    baseline = self_peak_rss_mb()
    try:
        out = dict(func(**kwargs) or {})
        out.setdefault("ok", True)
    except BaseException as exc:  # report everything, the parent decides
        out = {
            "ok": False,
            "error": f"{type(exc).__name__}: {exc}",
            "traceback": traceback.format_exc(),
        }
    out["peak_rss_mb"] = self_peak_rss_mb()
    out["baseline_rss_mb"] = baseline
    mod = sys.modules.get("placement")
    out["placement_file"] = getattr(mod, "__file__", None)
    try:
        conn.send(out)
    finally:
        conn.close()


def run_isolated(
    func: Callable[..., dict], timeout: float | None = None, **kwargs
) -> dict[str, Any]:
    """Run ``func(**kwargs)`` in a fresh spawned Python process and return its dict,
    plus ``peak_rss_mb`` (the child's own peak resident memory, interpreter and
    imports included), ``baseline_rss_mb`` (the child's peak before ``func`` ran) and
    ``wall_s`` (seconds seen by the parent, process start-up included).

    ``func`` must be a module-level function (it is pickled by name). A timeout, a
    crash or an exception gives ``{"ok": False, "error": ...}``.
    """
    ctx = mp.get_context("spawn")
    recv, send = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(send, func, kwargs), daemon=False)
    t0 = time.perf_counter()
    proc.start()
    send.close()
    out: dict[str, Any]
    try:
        if recv.poll(timeout):
            out = recv.recv()
        else:
            out = {"ok": False, "error": f"timeout after {timeout:.0f}s"}
            proc.kill()
    except EOFError:
        out = {"ok": False, "error": "worker process died (out of memory?)"}
    proc.join(30)
    if proc.is_alive():  # pragma: no cover - stuck after sending
        proc.kill()
        proc.join()
    if not out.get("ok") and proc.exitcode not in (0, None):
        out["error"] = f"{out.get('error', 'failed')} (exit code {proc.exitcode})"
    out["wall_s"] = round(time.perf_counter() - t0, 3)
    return out


@contextmanager
def stopwatch(times: dict[str, float], key: str):
    """Add the seconds spent in the block to ``times[key]`` (time.perf_counter)."""
    t0 = time.perf_counter()
    try:
        yield
    finally:
        times[key] = times.get(key, 0.0) + time.perf_counter() - t0


# -- problems on disk ----------------------------------------------------------------------

_ARRAYS = (
    "indptr",
    "edge_pos",
    "edge_cost",
    "unplaced_cost",
    "capacity",
    "position_unit",
    "must_place",
    "min_fill",
    "unit_cap",
    "unit_min",
    "pinned",
    "budget_of_position",
    "budget_limit",
    "edge_weight",
    "current_pos",
    "current_unit",
    "unit_max_moves",
)
_SCALARS = ("n_units", "max_moves", "constant", "objective_scale", "sense", "name")
#: Saved when the Problem has them (soft-rule penalties; 0 = hard).
_OPTIONAL = ("min_fill_penalty", "budget_penalty", "move_penalty")


def save_problem(problem, path: str | Path) -> None:
    """The numbers of a Problem (no labels, no term breakdown) as an ``.npz``."""
    arrays = {k: getattr(problem, k) for k in _ARRAYS}
    meta = {k: getattr(problem, k) for k in _SCALARS}
    meta.update({k: getattr(problem, k) for k in _OPTIONAL if hasattr(problem, k)})
    meta["budget_names"] = list(problem.budget_names)
    np.savez(path, meta=np.array(json.dumps(meta, default=_plain)), **arrays)


def load_problem(path: str | Path):
    import dataclasses

    from placement.model.problem import Problem

    with np.load(path, allow_pickle=False) as f:
        meta = json.loads(str(f["meta"]))
        arrays = {k: f[k] for k in _ARRAYS}
    known = {f.name for f in dataclasses.fields(Problem)}
    dropped = [k for k in meta if k not in known and meta[k]]
    if dropped:
        raise ValueError(f"{path}: saved by another version of Problem ({dropped})")
    return Problem(**arrays, **{k: v for k, v in meta.items() if k in known})


def _plain(v):
    if isinstance(v, np.integer):
        return int(v)
    if isinstance(v, np.floating):
        return float(v)
    raise TypeError(type(v).__name__)


# -- organisations ---------------------------------------------------------------------------


def moved_count(problem, a) -> int:
    """How many people with a current post placement ``a`` moves (or leaves unplaced)."""
    cur = problem.current_pos
    return int(((cur >= 0) & (a != cur)).sum())


def scenario_settings(n: int, budgets: dict | None = None) -> dict[str, Any]:
    """Scenario keys of the benchmark organisations (default objective)."""
    scope = "parent" if n >= REGION_THRESHOLD else "any"
    from placement.generate import REFERENCE_DATE

    cfg: dict[str, Any] = {
        "name": f"bench-{n}",
        # the generator's date: the same instance on any day (nobody past retirement age)
        "reference_date": REFERENCE_DATE,
        "data": {
            "employees": "employees.parquet",
            "positions": "positions.parquet",
            "units": "units.parquet",
        },
        "eligibility": {"scope": scope},
    }
    if budgets is not None:
        cfg["constraints"] = {"budgets": budgets}
    return cfg


def write_scenario(folder: Path, settings: dict, name: str = "scenario.yaml") -> Path:
    import yaml

    path = folder / name
    path.write_text(yaml.safe_dump(settings, sort_keys=False), encoding="utf-8")
    return path


def write_generated(n: int, folder: Path, seed: int = 0) -> dict[str, float]:
    """Generate the organisation of size ``n`` and write it as parquet files."""
    from placement.generate import generate_organization, write_organization

    t: dict[str, float] = {}
    with stopwatch(t, "generate_s"):
        org = generate_organization(n, seed=seed)
    with stopwatch(t, "write_parquet_s"):
        write_organization(org, folder, "parquet", overwrite=True)
    t["regions"] = int((org.units["type"] == "region").sum())
    return t


def problem_stats(problem) -> dict[str, Any]:
    from placement.model.problem import NO_LIMIT

    free = ~(problem.must_place | (problem.pinned >= 0))
    seats_edges = int(problem.capacity[problem.edge_pos].sum()) + int(free.sum())
    return {
        "employees": problem.n_employees,
        "positions": problem.n_positions,
        "units": problem.n_units,
        "edges": problem.n_edges,
        "edges_per_employee": round(problem.n_edges / max(problem.n_employees, 1), 1),
        "seats": int(problem.capacity.sum()),
        "seat_expanded_edges": seats_edges,
        "unit_caps": int((problem.unit_cap != NO_LIMIT).sum()),
        "unit_minimums": int((problem.unit_min > 0).sum()),
        "min_fill_seats": int(np.minimum(problem.min_fill, problem.capacity).sum()),
        "budgets": len(problem.budget_limit),
        "is_network": problem.is_network,
    }


def read_json(path: Path) -> dict | None:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


# -- HiGHS model of a Problem ------------------------------------------------------------------


def highs_model(problem, *, budgets: bool, integer: bool):
    """(HighsLp, objective offset, edge ids of the columns) for ``problem``.

    One column per eligible edge (pinned employees keep only their pinned edge).
    Rows: each employee takes at most one edge (exactly one if it must be placed or
    is pinned), the unplaced penalty folded into the edge costs plus a constant;
    ``min_fill <= fill <= headcount`` per position; ``unit_min <= fill <= unit_cap``
    per constrained unit; with ``budgets``, ``sum(weight) <= limit`` per budget.
    Move caps are not modelled (the benchmark organisations have none).
    """
    import highspy
    from scipy import sparse

    from placement.model.problem import NO_LIMIT

    p = problem
    if p.has_move_caps:
        raise ValueError("highs_model does not model move caps")
    n, m, k = p.n_employees, p.n_positions, p.n_units
    emp, pos = p.edge_emp, p.edge_pos
    keep = (p.pinned[emp] < 0) | (p.pinned[emp] == pos)
    e = np.flatnonzero(keep)
    must = p.must_place | (p.pinned >= 0)
    up = np.where(must, 0, p.unplaced_cost).astype(np.int64)
    cost = (p.edge_cost[e] - up[emp[e]]).astype(np.float64)
    offset = int(p.constant) + int(up.sum())
    inf = highspy.kHighsInf

    rows = [emp[e].astype(np.int64), n + pos[e].astype(np.int64)]
    vals = [np.ones(len(e)), np.ones(len(e))]
    row_lo = [np.where(must, 1.0, 0.0), np.minimum(p.min_fill, p.capacity).astype(float)]
    row_hi = [np.ones(n), p.capacity.astype(float)]
    n_rows = n + m
    constrained = (p.unit_cap != NO_LIMIT) | (p.unit_min > 0)
    if constrained.any():
        unit_row = np.full(k, -1, dtype=np.int64)
        unit_row[constrained] = n_rows + np.arange(int(constrained.sum()))
        r = unit_row[p.position_unit[pos[e]]]
        has = r >= 0
        rows.append(r[has])
        vals.append(np.ones(int(has.sum())))
        row_lo.append(p.unit_min[constrained].astype(float))
        row_hi.append(
            np.where(p.unit_cap[constrained] == NO_LIMIT, inf, p.unit_cap[constrained]).astype(
                float
            )
        )
        n_rows += int(constrained.sum())
        cols_unit = np.flatnonzero(has)
    else:
        cols_unit = np.zeros(0, dtype=np.int64)
    cols = [np.arange(len(e)), np.arange(len(e)), cols_unit]
    if budgets and p.has_budgets:
        b = p.budget_of_position[pos[e]].astype(np.int64)
        w = p.edge_weight[e]
        has = (b >= 0) & (w != 0)
        rows.append(n_rows + b[has])
        vals.append(w[has].astype(float))
        cols.append(np.flatnonzero(has))
        row_lo.append(np.full(len(p.budget_limit), -inf))
        row_hi.append(p.budget_limit.astype(float))
        n_rows += len(p.budget_limit)
    a = sparse.csc_array(
        (np.concatenate(vals), (np.concatenate(rows), np.concatenate(cols))), shape=(n_rows, len(e))
    )
    a.sort_indices()
    lp = highspy.HighsLp()
    lp.num_col_ = len(e)
    lp.num_row_ = n_rows
    lp.col_cost_ = cost
    lp.col_lower_ = np.zeros(len(e))
    lp.col_upper_ = np.ones(len(e))
    lp.row_lower_ = np.concatenate(row_lo).astype(float)
    lp.row_upper_ = np.concatenate(row_hi).astype(float)
    lp.a_matrix_.format_ = highspy.MatrixFormat.kColwise
    lp.a_matrix_.start_ = a.indptr.astype(np.int32)
    lp.a_matrix_.index_ = a.indices.astype(np.int32)
    lp.a_matrix_.value_ = a.data.astype(float)
    if integer:
        lp.integrality_ = [highspy.HighsVarType.kInteger] * len(e)
    return lp, offset, e


def new_highs(time_limit: float | None, threads: int = 1):
    import highspy

    with _stdout_silenced():  # the banner HiGHS prints on construction
        h = highspy.Highs()
    h.setOptionValue("output_flag", False)
    if time_limit is not None:
        h.setOptionValue("time_limit", float(time_limit))
    h.setOptionValue("threads", int(threads))
    return h


@contextmanager
def _stdout_silenced():
    sys.stdout.flush()
    saved = os.dup(1)
    try:
        with open(os.devnull, "w") as null:
            os.dup2(null.fileno(), 1)
            yield
    finally:
        os.dup2(saved, 1)
        os.close(saved)


# -- output --------------------------------------------------------------------------------


def fmt(v: Any, key: str = "") -> str:
    if v is None:
        return "—"
    if isinstance(v, bool):
        return "yes" if v else "no"
    if isinstance(v, float):
        if math.isnan(v):
            return "—"
        if key.endswith("_pct"):
            return f"{v:.3f}"
        if key.endswith("_mb"):
            return f"{v:,.0f}"
        if key.endswith("_s"):
            return f"{v:.2f}" if v < 100 else f"{v:.0f}"
        if key.startswith("ratio") or key.endswith("_x"):
            return f"{v:.2f}×"
        if abs(v) >= 1e5 or (v.is_integer() and abs(v) >= 1e4):
            return f"{v:,.0f}"
        return f"{v:.4g}"
    if isinstance(v, int) and abs(v) >= 10_000:
        return f"{v:,}"
    return str(v)


def format_table(rows: list[dict], columns: list[tuple[str, str]]) -> str:
    """A plain fixed-width text table (also valid as a Markdown table)."""
    head = [h for _, h in columns]
    body = [[fmt(r.get(k), k) for k, _ in columns] for r in rows]
    widths = [
        max(len(h), *(len(b[i]) for b in body)) if body else len(h) for i, h in enumerate(head)
    ]
    num = [all(_numeric(b[i]) for b in body) and bool(body) for i in range(len(head))]

    def line(cells):
        out = []
        for i, c in enumerate(cells):
            out.append(c.rjust(widths[i]) if num[i] else c.ljust(widths[i]))
        return "| " + " | ".join(out) + " |"

    sep = (
        "|"
        + "|".join(("-" * (w + 1) + ":") if num[i] else "-" * (w + 2) for i, w in enumerate(widths))
        + "|"
    )
    return "\n".join([line(head), sep, *(line(b) for b in body)])


def _numeric(s: str) -> bool:
    s = s.replace(",", "").replace("×", "").replace("−", "-")
    if s in ("—", ""):
        return True
    try:
        float(s)
    except ValueError:
        return False
    return True


def write_json(path: str | Path, doc: dict) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(json.dumps(doc, indent=2, default=_json_default) + "\n", encoding="utf-8")
    os.replace(tmp, path)


def _json_default(v):
    if isinstance(v, np.integer):
        return int(v)
    if isinstance(v, np.floating):
        return float(v)
    if isinstance(v, np.bool_):
        return bool(v)
    if isinstance(v, np.ndarray):
        return v.tolist()
    if isinstance(v, Path):
        return str(v)
    return str(v)


def log(msg: str, verbose: bool = True) -> None:
    if verbose:
        print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


# -- preparation (runs in a child process) ---------------------------------------------------


def prepare(
    n: int,
    folder: str,
    seed: int = 0,
    budgets: dict | None = None,
    limit_factor: float | None = None,
) -> dict[str, Any]:
    """(child) Write the organisation and scenario, compile once, save the Problem."""
    import placement

    d = Path(folder)
    d.mkdir(parents=True, exist_ok=True)
    marker = d / "prepared.json"
    key = {
        "n": n,
        "seed": seed,
        "budgets": budgets,
        "limit_factor": limit_factor,
        "code": source_fingerprint(),
    }
    done = read_json(marker)
    if done and done.get("key") == key and (d / "problem.npz").exists():
        return done["stats"]
    times = write_generated(n, d, seed)
    settings = scenario_settings(n, budgets)
    write_scenario(d, settings)
    with stopwatch(times, "read_s"):
        sc = placement.load_scenario(d / "scenario.yaml")
        sc.organization()
    with stopwatch(times, "compile_s"):
        compiled = sc.compile()
    stats = {**problem_stats(compiled.problem), **times}
    if budgets is not None:
        from benchmarks.budget import bind_budgets

        stats.update(bind_budgets(d, settings, compiled, limit_factor))
        compiled = placement.load_scenario(d / "scenario.yaml").compile()
        stats.update({k: v for k, v in problem_stats(compiled.problem).items() if k == "budgets"})
    stats["problem_digest"] = problem_digest(compiled.problem)
    save_problem(compiled.problem, d / "problem.npz")
    write_json(marker, {"key": key, "stats": stats})
    return stats
