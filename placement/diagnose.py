"""Why hard rules cannot all hold, in planner terms.

Each check looks at one kind of rule against what could possibly satisfy it (the
eligible supply, the seats, the budget, the people who cannot stay) and reports the
rules that cannot be met whatever the placement: a small set of conflicting rules a
planner can change.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from placement.domain import career
from placement.i18n import join, msg
from placement.model import levels
from placement.model.arrays import unique
from placement.model.problem import NO_LIMIT, Problem

if TYPE_CHECKING:
    from placement.model.compile import Compiled


@dataclass(frozen=True)
class Conflict:
    """One rule that cannot hold: ``kind`` (min_fill, unit_min, pins, unit_cap, budget,
    move_cap, must_place), the rule's ``name`` and a planner-readable ``message``."""

    kind: str
    name: str
    message: str
    shortfall: int = 0

    def __str__(self) -> str:
        return self.message


def diagnose(problem: Problem, compiled: Compiled | None = None) -> list[Conflict]:
    """Rules of ``problem`` that no placement can satisfy (empty if none is obvious)."""
    p = problem
    out: list[Conflict] = []
    pinned = p.pinned
    pinned_elsewhere = pinned[p.edge_emp] >= 0
    pinned_elsewhere &= pinned[p.edge_emp] != p.edge_pos
    supply_edges = ~pinned_elsewhere
    supply = np.bincount(p.edge_pos[supply_edges], minlength=p.n_positions)
    need = np.minimum(p.min_fill, p.capacity)
    for q in np.flatnonzero(need > supply).tolist():
        out.append(
            Conflict(
                "min_fill",
                p.label("position", q),
                msg(
                    "diag.min_fill",
                    position=p.label("position", q),
                    unit=_in_unit(p, q),
                    need=need[q],
                    supply=supply[q],
                    requirements=_requirements(compiled, q),
                ),
                int(need[q] - supply[q]),
            )
        )
    if not out and need.any():
        out += _shared_pool(p, need, supply_edges)
    # units: distinct eligible people for any of the unit's posts
    unit_of_edge = p.position_unit[p.edge_pos]
    pairs = unique(
        unit_of_edge[supply_edges].astype(np.int64) * max(p.n_employees, 1)
        + p.edge_emp[supply_edges]
    )
    u_supply = np.bincount(pairs // max(p.n_employees, 1), minlength=p.n_units)
    seats = np.bincount(p.position_unit, weights=p.capacity, minlength=p.n_units)
    cap = np.where(p.unit_cap == NO_LIMIT, np.iinfo(np.int64).max, p.unit_cap)
    for u in np.flatnonzero(p.unit_min > 0).tolist():
        limits = []
        if u_supply[u] < p.unit_min[u]:
            limits.append(
                msg(
                    "diag.unit_supply",
                    n=u_supply[u],
                    requirements=_unit_requirements(compiled, p, u),
                )
            )
        if seats[u] < p.unit_min[u]:
            limits.append(msg("diag.unit_seats", n=int(seats[u])))
        if cap[u] < p.unit_min[u]:
            limits.append(msg("diag.unit_cap", cap=cap[u]))
        if limits:
            short = int(p.unit_min[u] - min(u_supply[u], seats[u], cap[u]))
            out.append(
                Conflict(
                    "unit_min",
                    p.label("unit", u),
                    msg(
                        "diag.unit_min",
                        unit=p.label("unit", u),
                        need=p.unit_min[u],
                        limits=join("; ", limits),
                    ),
                    short,
                )
            )
    # pins against headcounts and caps
    pin_pos = pinned[pinned >= 0]
    per_pos = np.bincount(pin_pos, minlength=p.n_positions)
    for q in np.flatnonzero(per_pos > p.capacity).tolist():
        out.append(
            Conflict(
                "pins",
                p.label("position", q),
                msg(
                    "diag.pins", n=per_pos[q], position=p.label("position", q), seats=p.capacity[q]
                ),
                int(per_pos[q] - p.capacity[q]),
            )
        )
    per_unit = np.bincount(p.position_unit[pin_pos], minlength=p.n_units)
    for u in np.flatnonzero(per_unit > cap).tolist():
        out.append(
            Conflict(
                "unit_cap",
                p.label("unit", u),
                msg("diag.pins_unit", n=per_unit[u], unit=p.label("unit", u), cap=cap[u]),
                int(per_unit[u] - cap[u]),
            )
        )
    # budgets: pinned staff alone, plus the cheapest way to fill minimums
    if p.has_budgets:
        e_pin = p.edge_index(np.where(pinned >= 0, pinned, -1))
        e_pin = e_pin[e_pin >= 0]
        b_pin = p.budget_of_position[p.edge_pos[e_pin]]
        load = np.bincount(
            b_pin[b_pin >= 0],
            weights=p.edge_weight[e_pin][b_pin >= 0],
            minlength=len(p.budget_limit),
        )
        for b in np.flatnonzero(load > p.budget_limit).tolist():
            out.append(
                Conflict(
                    "budget",
                    p.budget_names[b],
                    msg(
                        "diag.budget_pins",
                        budget=p.budget_names[b],
                        limit=int(p.budget_limit[b]),
                        load=int(load[b]),
                    ),
                    int(load[b] - p.budget_limit[b]),
                )
            )
        min_cost = _min_fill_cost(p)
        for b in np.flatnonzero((min_cost > p.budget_limit) & (load <= p.budget_limit)).tolist():
            out.append(
                Conflict(
                    "budget",
                    p.budget_names[b],
                    msg(
                        "diag.budget_min_fill",
                        budget=p.budget_names[b],
                        limit=int(p.budget_limit[b]),
                        cost=int(min_cost[b]),
                    ),
                    int(min_cost[b] - p.budget_limit[b]),
                )
            )
    # move caps: people who cannot stay where they are
    forced = _forced_moves(p)
    if p.max_moves != NO_LIMIT and forced.sum() > p.max_moves:
        out.append(
            Conflict(
                "move_cap",
                "max_moves",
                msg("diag.max_moves", n=int(forced.sum()), cap=p.max_moves),
                int(forced.sum() - p.max_moves),
            )
        )
    per_u = np.bincount(p.current_unit[forced & (p.current_unit >= 0)], minlength=p.n_units)
    for u in np.flatnonzero((p.unit_max_moves != NO_LIMIT) & (per_u > p.unit_max_moves)).tolist():
        out.append(
            Conflict(
                "move_cap",
                p.label("unit", u),
                msg(
                    "diag.max_moves_unit",
                    unit=p.label("unit", u),
                    n=per_u[u],
                    cap=p.unit_max_moves[u],
                ),
                int(per_u[u] - p.unit_max_moves[u]),
            )
        )
    # must-place people with nowhere to go
    deg = np.diff(p.indptr)
    for i in np.flatnonzero(p.must_place & (deg == 0))[:10].tolist():
        out.append(
            Conflict(
                "must_place",
                p.label("employee", i),
                msg("diag.must_place", employee=p.label("employee", i)),
            )
        )
    if need.sum() > p.n_employees:
        out.append(
            Conflict(
                "min_fill",
                "total",
                msg("diag.total", need=int(need.sum()), n=p.n_employees),
                int(need.sum() - p.n_employees),
            )
        )
    return out


def _shared_pool(p: Problem, need: np.ndarray, usable: np.ndarray) -> list[Conflict]:
    """Minimum fills that compete for the same people (a Hall violation): a set of
    positions whose minimums together exceed everyone eligible for any of them."""
    from ortools.graph.python import max_flow  # lazy: OR-Tools only when infeasible

    e_idx = np.flatnonzero(usable & (need[p.edge_pos] > 0))
    if not len(e_idx):
        return []
    n, m = p.n_employees, p.n_positions
    src, snk = n + m, n + m + 1
    who = unique(p.edge_emp[e_idx])
    qs = np.flatnonzero(need > 0)
    mf = max_flow.SimpleMaxFlow()
    arcs = mf.add_arcs_with_capacity(
        np.concatenate([np.full(len(who), src), p.edge_emp[e_idx], n + qs]).astype(np.int32),
        np.concatenate([who, n + p.edge_pos[e_idx], np.full(len(qs), snk)]).astype(np.int32),
        np.concatenate([np.ones(len(who)), np.ones(len(e_idx)), need[qs]]).astype(np.int64),
    )
    mf.solve(src, snk)
    flow = mf.flows(arcs)
    if flow[-len(qs) :].sum() >= need[qs].sum():
        return []
    used = flow[len(who) : len(who) + len(e_idx)] > 0
    assigned_to = np.full(n, -1, dtype=np.int64)
    assigned_to[p.edge_emp[e_idx[used]]] = p.edge_pos[e_idx[used]]
    filled = np.bincount(p.edge_pos[e_idx[used]], minlength=m)
    # alternating search from the short positions: eligible people, then their posts
    in_s = np.zeros(m, dtype=bool)
    seen_e = np.zeros(n, dtype=bool)
    frontier = np.flatnonzero((filled < need) & (need > 0))
    in_s[frontier] = True
    ep, ee = p.edge_pos[e_idx], p.edge_emp[e_idx]
    while len(frontier):
        people = unique(ee[np.isin(ep, frontier)])
        people = people[~seen_e[people]]
        seen_e[people] = True
        nxt = unique(assigned_to[people])
        nxt = nxt[(nxt >= 0)]
        nxt = nxt[~in_s[nxt]]
        in_s[nxt] = True
        frontier = nxt
    group = np.flatnonzero(in_s)
    total, pool = int(need[group].sum()), int(seen_e.sum())
    names = ", ".join(p.label("position", q) for q in group[:4])
    more = msg("and_n_more", n=len(group) - 4) if len(group) > 4 else ""
    return [
        Conflict(
            "min_fill",
            names,
            msg("diag.shared_pool", names=names, more=more, total=total, pool=pool),
            total - pool,
        )
    ]


def _forced_moves(p: Problem) -> np.ndarray:
    """bool[n]: incumbents who cannot stay in their current post in any placement."""
    has = p.current_pos >= 0
    stay_edge = p.edge_index(np.where(has, p.current_pos, -1))
    forced = has & (stay_edge < 0)
    cur = np.maximum(p.current_pos, 0)
    forced |= has & (p.capacity[cur] == 0)
    pinned_away = (p.pinned >= 0) & (p.pinned != p.current_pos)
    forced |= has & pinned_away
    # over-staffed posts: the excess must move (counted on the latest incumbents)
    can = has & ~forced
    order = np.flatnonzero(can)[np.argsort(p.current_pos[can], kind="stable")]
    cp = p.current_pos[order]
    first = np.searchsorted(cp, cp)
    seat = np.arange(len(order)) - first
    forced[order[seat >= p.capacity[cp]]] = True
    return forced


def _min_fill_cost(p: Problem) -> np.ndarray:
    """Per budget: a lower bound on the weight needed for the minimum fills."""
    out = np.zeros(len(p.budget_limit))
    need = np.minimum(p.min_fill, p.capacity)
    for q in np.flatnonzero((need > 0) & (p.budget_of_position >= 0)).tolist():
        w = np.sort(p.edge_weight[p.edge_pos == q])
        out[p.budget_of_position[q]] += w[: need[q]].sum()
    return out


def _in_unit(p: Problem, q: int) -> str:
    return msg("diag.in_unit", unit=p.label("unit", int(p.position_unit[q])))


def _requirements(compiled: Compiled | None, q: int) -> str:
    if compiled is None:
        return ""
    pos = compiled.org.positions.iloc[q]
    parts = []
    if pos["min_edu_level"] >= 0:
        parts.append(msg("diag.req_education", level=levels.EDUCATION[pos["min_edu_level"]]))
    if pos["fields"]:
        parts.append(msg("diag.req_field", fields=pos["fields"]))
    if pos["min_rank_level"] >= 0:
        parts.append(msg("diag.req_rank", rank=levels.RANKS[pos["min_rank_level"]]))
    parts += career.requirements(compiled.context, q, compiled.config.eligibility)
    return msg("diag.requirements", parts=join(", ", parts)) if parts else ""


def _unit_requirements(compiled: Compiled | None, p: Problem, u: int) -> str:
    if compiled is None:
        return ""
    pos = compiled.org.positions
    mine = pos[(p.position_unit == u) & (p.capacity > 0)]
    if not len(mine):
        return ""
    common = mine["fields"][mine["fields"] != ""].value_counts()
    if not len(common):
        return ""
    fields, count = common.index[0], int(common.iloc[0])
    return msg("diag.unit_fields", count=count, total=len(mine), fields=fields)
