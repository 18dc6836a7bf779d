"""The price of change: the trade-off curve between moves and fit, as a sweep on Dask.

Fit is the scenario's objective without its disruption terms (``continuity`` set to
0), shown as points where more is better (``fit = -objective``); moves are people who
leave their current position (``Result.kpis["moves"]``). Each move is priced exactly
by the ``stay`` term (1 for keeping one's position: fit + λ × stays = fit − λ × moves +
a constant).

*Supported points* — the corners of the curve's convex hull — are found exactly by
the dichotomic (Aneja–Nair) method, each a flow solve: the two ends first (fewest
moves with the best fit among them, best fit with the fewest moves among them), then,
for each pair of neighbours A, B, the weight λ = (cost A − cost B) / (moves B − moves
A) at which they tie; the optimum at λ is either on the segment AB (which is then a
hull edge, proven) or a new corner below it. The segments of a round are solved in
parallel. *Points in between* cap the moves (``constraints.max_moves``, the scenario's
solver) in the middle of the widest gaps between supported points, each with its
proven bound (the better of the solver's, when no placement we hold contradicts it,
and the exact points': an optimum at price λ bounds every placement with at most k
moves by cost + λ × (moves − k)).

The curve is monotone: a point with more moves never shows less fit (a placement
found under a smaller cap is also feasible under a larger one and replaces a worse
one). Each row's ``settings`` reproduce it: ``objective.weights.continuity=0
objective.weights.stay=W`` (a supported point, W in points per move strictly inside
its range of optimality) or ``… constraints.max_moves=K``.
"""

from __future__ import annotations

import math
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from placement.errors import PlacementError
from placement.i18n import msg
from placement.model.scenario import Scenario, load_scenario
from placement.scale.cluster import dask_client
from placement.scale.grid import apply_settings, describe, validated
from placement.scale.sweep import resolved_settings
from placement.scale.tasks import Point, Task, data_key, error_text, solve_point

if TYPE_CHECKING:
    from distributed import Client

#: Settings of the fit-only base every frontier point starts from.
#: Segments of the hull refined per round.
BATCH = 8
BASE_SETTINGS = {
    "objective.weights.continuity": 0,
    "objective.weights.stay": 0,
    "constraints.max_moves": None,
}


@dataclass
class Frontier:
    """``table``: one row per point, by moves (``point``, ``point_kind`` supported /
    constrained, ``moves``, ``max_moves``, ``fit``, ``fit_bound``, ``mean_jpm``,
    ``move_price`` (points per move at which a supported point is optimal: its range),
    ``status``, ``solver``, ``settings``); ``notes``; ``partial`` if interrupted."""

    name: str
    table: pd.DataFrame
    partial: bool = False
    notes: list[str] = field(default_factory=list)
    solves: int = 0
    wall_seconds: float = 0.0

    @property
    def supported(self) -> pd.DataFrame:
        return self.table[self.table["point_kind"] == "supported"].reset_index(drop=True)

    def __repr__(self) -> str:
        s = int((self.table["point_kind"] == "supported").sum()) if len(self.table) else 0
        part = ", partial" if self.partial else ""
        return (
            f"<Frontier {self.name!r}: {s} supported points, "
            f"{len(self.table) - s} in between{part}>"
        )


@dataclass
class _Pt:
    """A solved point: moves, fit cost and the price per move ``lam`` (cost units) at
    which it is an exact optimum (None for a capped solve)."""

    moves: int
    cost: int
    row: dict
    lam: Fraction | None = None


def frontier(
    scenario: Scenario | str | Path,
    client: Client | None = None,
    *,
    between: int = 4,
    time_limit: float | None = 10.0,
    max_points: int = 40,
    scheduler: str | None = None,
    workers: int | None = None,
    progress: Callable[[dict], None] | None = None,
    say: Callable[[str], None] | None = None,
) -> Frontier:
    """The moves–fit trade-off curve of ``scenario`` (see the module docstring).

    ``between``: points with a cap on moves, in the middle of the widest gaps between
    supported points;
    ``time_limit``: seconds per capped solve; ``max_points``: stop refining the hull
    once it has this many supported points, the widest segments first (the round that
    reaches it may add a few more; a note says how many segments are left).
    ``client``, ``scheduler``, ``workers``: as :func:`placement.sweep`.
    """
    sc = load_scenario(scenario) if isinstance(scenario, str | Path) else scenario
    raw = apply_settings(resolved_settings(sc), BASE_SETTINGS, sc.source)
    Scenario(validated(raw, sc.source), None)
    task = Task(0, raw, data_key(sc), str(sc.path.resolve()) if sc.path else None)
    org = sc.organization() if sc.path is None else None
    t0 = time.perf_counter()
    state = _State(progress)
    hull: list[_Pt] = []
    capped: list[dict] = []
    prices: dict[int, tuple[int | None, str]] = {}
    with dask_client(client, scheduler, workers, say) as c:
        extra = {"org": c.scatter(org, broadcast=True)} if org is not None else {}
        try:
            hull = _hull(c, task, extra, state, max_points)
            prices = _prices(c, task, extra, state, hull)
            capped = _between(c, task, extra, state, hull, between, time_limit)
        except KeyboardInterrupt:
            state.partial = True
            hull = state.hull
    table = _table(hull, capped, prices)
    if state.yielded:
        state.notes.append(msg("frontier.yielded", n=state.yielded, solves=state.solves))
    if sc.config.eligibility.keep_displaced_holders:
        state.notes.append(msg("frontier.kept_pending"))
    return Frontier(
        sc.name, table, state.partial, state.notes, state.solves, time.perf_counter() - t0
    )


class _State:
    def __init__(self, progress: Callable[[dict], None] | None) -> None:
        self.progress = progress
        self.partial = False
        self.notes: list[str] = []
        self.solves = 0
        #: solves that left empty a seat yielded to a post's qualified holders
        self.yielded = 0
        self.hull: list[_Pt] = []
        #: every exact weighted optimum found (also those not on the hull)
        self.optima: list[_Pt] = []
        #: hull segments proven to be edges: (moves of a, moves of b)
        self.certified: set[tuple[int, int]] = set()


def _run(client: Client, points: list[Point], extra: dict, state: _State) -> list[dict]:
    """Solve frontier points on the cluster; rows in the order of ``points``."""
    from distributed import as_completed  # Dask loads when a sweep runs (start-up time)

    token = uuid.uuid4().hex[:12]
    futures = client.map(
        solve_point,
        points,
        pure=False,
        **extra,
        key=[f"placement-frontier-{token}-{i}" for i in range(len(points))],
    )
    index = {f.key: i for i, f in enumerate(futures)}
    rows: list[dict] = [{} for _ in points]
    try:
        for fut in as_completed(futures):
            try:
                row = fut.result()
            except PlacementError as exc:
                row = {"status": "error", "message": error_text(exc)}
            row.pop("_seconds", None)
            rows[index[fut.key]] = row
            state.solves += 1
            state.yielded += bool(row.get("yielded_free"))
            if state.progress is not None:
                state.progress(
                    {"done": state.solves, "status": row.get("status"), "moves": row.get("moves")}
                )
    except KeyboardInterrupt:
        client.cancel(futures)
        raise
    for r in rows:
        if r.get("status") == "error" or r.get("fit_cost") is None:
            raise PlacementError(
                msg("frontier.failed", status=r.get("status"), message=r.get("message") or "-")
            )
    return rows


def _weighted(
    client: Client, task: Task, extra: dict, state: _State, lams: list[tuple[int, int]]
) -> list[_Pt]:
    """Exact optima of fit cost + (q / p) × moves, for each (p, q)."""
    rows = _run(client, [Point(task, p, q) for p, q in lams], extra, state)
    pts = [
        _Pt(r["moves"], r["fit_cost"], r, Fraction(q, p))
        for r, (p, q) in zip(rows, lams, strict=True)
    ]
    state.optima += pts
    return pts


def _hull(client: Client, task: Task, extra: dict, state: _State, max_points: int) -> list[_Pt]:
    # the two ends, lexicographically: fewest moves then best fit; best fit then fewest
    # moves. a probe at price 0 first gives the numbers that size those prices.
    probe = _weighted(client, task, extra, state, [(1, 0)])[0].row
    lo, hi = _weighted(
        client, task, extra, state, [(1, probe["fit_spread"] + 1), (probe["holders"] + 1, 1)]
    )
    hull = [lo] if lo.moves == hi.moves else [lo, hi]
    state.hull = hull
    pending = [(lo, hi)] if lo.moves != hi.moves else []
    max_den = probe["max_den"]
    span_m = max(hi.moves - lo.moves, 1)
    span_c = max(lo.cost - hi.cost, 1)
    while pending and len(hull) < max_points:
        # the widest segments first, a fixed batch per round (the same curve whatever
        # the number of workers)
        pending.sort(
            key=lambda s: (
                -(s[1].moves - s[0].moves) * (s[0].cost - s[1].cost) / (span_m * span_c),
                s[0].moves,
            )
        )
        batch, pending = pending[:BATCH], pending[BATCH:]
        lams, ties = [], []
        for a, b in batch:
            tie = Fraction(a.cost - b.cost, b.moves - a.moves)
            approx = tie.limit_denominator(max_den)
            if approx != tie:
                state.notes.append(msg("frontier.rounded", a=a.moves, b=b.moves))
            ties.append(tie)
            lams.append((approx.denominator, approx.numerator))
        found = _weighted(client, task, extra, state, lams)
        for (a, b), tie, (p, q), c in zip(batch, ties, lams, found, strict=True):
            # strictly below the line through a and b: a new corner
            if c.cost + tie * c.moves < a.cost + tie * a.moves and a.moves < c.moves < b.moves:
                hull.append(c)
                pending += [(a, c), (c, b)]
            elif Fraction(q, p) == tie:
                state.certified.add((a.moves, b.moves))
        hull.sort(key=lambda x: x.moves)
        state.hull = hull
    if pending:
        state.notes.append(msg("frontier.max_points", n=len(hull), segments=len(pending)))
    return hull


def _prices(
    client: Client, task: Task, extra: dict, state: _State, hull: list[_Pt]
) -> dict[int, tuple[int | None, str]]:
    """Per hull point (by moves): an integer price per move (cost units) that gives it
    as the optimum, or None, and its range of optimality as text. The range is proven
    where both neighbouring segments are; elsewhere the price is checked by a solve."""
    out: dict[int, tuple[int | None, str]] = {}
    check: list[tuple[_Pt, int]] = []
    for i, x in enumerate(hull):
        left = Fraction(hull[i - 1].cost - x.cost, x.moves - hull[i - 1].moves) if i > 0 else None
        right = (
            Fraction(x.cost - hull[i + 1].cost, hull[i + 1].moves - x.moves)
            if i + 1 < len(hull)
            else Fraction(0)
        )
        lam = math.floor(right) + 1  # the smallest integer strictly above `right`
        scale = x.row["objective_scale"]
        text = f"{_num(float(right) / scale)}–{'∞' if left is None else _num(float(left) / scale)}"
        proven = (i == 0 or (hull[i - 1].moves, x.moves) in state.certified) and (
            i + 1 == len(hull) or (x.moves, hull[i + 1].moves) in state.certified
        )
        if proven and (left is None or lam < left):
            out[x.moves] = (lam, text)
        elif x.lam is not None and x.lam.denominator == 1:  # found at this very price
            out[x.moves] = (int(x.lam), text)
        elif left is not None and lam >= left:
            out[x.moves] = (None, text)
        else:  # the integer price nearest the one it was found at, inside its range
            near = round(x.lam) if x.lam is not None else lam
            top = math.ceil(left) - 1 if left is not None else near
            check.append((x, min(max(near, lam), top)))
            out[x.moves] = (None, text)
    if check:
        got = _weighted(client, task, extra, state, [(1, lam) for _, lam in check])
        for (x, lam), g in zip(check, got, strict=True):
            if (g.moves, g.cost) == (x.moves, x.cost):
                out[x.moves] = (lam, out[x.moves][1])
    return out


def _between(
    client: Client,
    task: Task,
    extra: dict,
    state: _State,
    hull: list[_Pt],
    between: int,
    time_limit: float | None,
) -> list[dict]:
    if between <= 0 or len(hull) < 2:
        return []
    # the middle of the widest gaps between supported points
    gaps = sorted(
        (
            (b.moves - a.moves, a.moves)
            for a, b in zip(hull, hull[1:], strict=False)
            if b.moves - a.moves >= 2
        ),
        key=lambda g: (-g[0], g[1]),
    )[:between]
    ks = sorted(m + w // 2 for w, m in gaps)
    if not ks:
        return []
    rows = _run(client, [Point(task, max_moves=k, time_limit=time_limit) for k in ks], extra, state)
    known = [(x.cost, x.moves, f"moves={x.moves}", x.row.get("mean_jpm")) for x in state.optima]
    out, contradicted = [], []
    for k, r in zip(ks, rows, strict=True):
        # every exact optimum at a price lam bounds any placement with at most k moves:
        # cost >= cost_i + lam × (moves_i - k)
        bound = max(
            math.ceil(x.cost + x.lam * (x.moves - k)) for x in state.optima if x.lam is not None
        )  # all: optima are found at a price
        cost, moves, kept, jpm = r["fit_cost"], r["moves"], "", r.get("mean_jpm")
        for cand in known:  # a placement found with fewer moves and a better fit: keep it
            if cand[1] <= k and cand[0] < cost:
                cost, moves, kept, jpm = cand
        solver_bound = r.get("fit_bound")
        if solver_bound is not None:
            if solver_bound > cost:  # contradicted by a placement we hold: not a bound
                contradicted.append((k, r.get("solver")))
            else:
                bound = max(bound, solver_bound)
        bound = min(bound, cost)
        status = "optimal" if bound == cost else "feasible"
        out.append(
            {
                **r,
                "max_moves": k,
                "moves": moves,
                "fit_cost": cost,
                "fit_bound": bound,
                "kept_from": kept,
                "mean_jpm": jpm,
                "status": status,
            }
        )
        known.append((cost, moves, f"max_moves={k}", jpm))
    if contradicted:
        state.notes.append(
            msg(
                "frontier.bad_bound",
                k=", ".join(str(k) for k, _ in contradicted),
                solver=", ".join(sorted({str(s) for _, s in contradicted})),
            )
        )
    return out


def _table(
    hull: list[_Pt], between: list[dict], prices: dict[int, tuple[int | None, str]]
) -> pd.DataFrame:
    rows = []
    for x in hull:
        lam, text = prices.get(x.moves, (None, ""))
        settings: dict[str, Any] = {"objective.weights.continuity": 0}
        if lam is not None:
            settings["objective.weights.stay"] = _num(lam / x.row["objective_scale"])
        else:
            settings["constraints.max_moves"] = x.moves
        rows.append(_row(x.row, "supported", x.moves, x.cost, x.cost, None, text, settings))
    for r in between:
        settings = {"objective.weights.continuity": 0, "constraints.max_moves": r["max_moves"]}
        rows.append(
            _row(
                r,
                "constrained",
                r["moves"],
                r["fit_cost"],
                r["fit_bound"],
                r["max_moves"],
                "",
                settings,
            )
        )
    df = pd.DataFrame(rows)
    if not len(df):
        return df
    df = (
        df.sort_values(["moves", "kind_order", "max_moves"], kind="stable", na_position="first")
        .drop(columns="kind_order")
        .reset_index(drop=True)
    )
    df.insert(0, "point", range(len(df)))
    return df


def _row(
    r: dict,
    kind: str,
    moves: int,
    cost: int,
    bound: int,
    max_moves: int | None,
    price: str,
    settings: dict,
) -> dict[str, Any]:
    scale = r["objective_scale"]
    sign = -1.0 if r.get("sense", "min") == "min" else 1.0
    return {
        "point_kind": kind,
        "kind_order": 0 if kind == "supported" else 1,
        "moves": int(moves),
        "max_moves": max_moves,
        "fit": round(sign * cost / scale, 2),
        "fit_bound": round(sign * bound / scale, 2),
        "mean_jpm": r.get("mean_jpm"),
        "move_price": price,
        "status": r.get("status"),
        "solver": r.get("solver"),
        "kept_from": r.get("kept_from") or "",
        "settings": describe(settings),
    }


def _num(x: float) -> float | int:
    x = round(float(x), 4)
    return int(x) if x.is_integer() else x


__all__ = ["BASE_SETTINGS", "Frontier", "frontier"]
