"""Why an employee was placed where they were, and why not elsewhere."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from placement.errors import PlacementError
from placement.messages import join, msg, render
from placement.model.config import nearest
from placement.model.problem import Problem
from placement.model.requirements import requirement_failures
from placement.model.result import Result
from placement.model.stability import id_hashes, tie_levels


@dataclass
class Explanation:
    employee: str
    lines: list[str] = field(default_factory=list)
    alternatives: pd.DataFrame = field(default_factory=pd.DataFrame)

    def __str__(self) -> str:
        return self.render("en")

    def render(self, lang: str = "en") -> str:
        """The explanation as text in ``lang`` (``en`` or ``id``)."""
        out = [render(line, lang) for line in self.lines]
        if len(self.alternatives):
            out.append("")
            out.append(self.alternatives.to_string(index=False))
        return "\n".join(out)


def explain(result: Result, employee: str, position: str | None = None,
            top: int = 5) -> Explanation:
    """Explain ``employee``'s placement in ``result``: the chosen post and its score per
    objective term, the best alternatives with their score differences and who holds
    them, and (with ``position``) why not there: the requirement that failed, or the
    colleague(s) in the seat and the exact change of the optimum if the employee were
    pinned there (re-solved)."""
    comp = result.compiled
    if comp is None or result.assignment is None:
        raise PlacementError(msg("explain.needs_placement"))
    ctx = comp.context
    p: Problem = result.problem
    ids = {e: i for i, e in enumerate(ctx.emp_ids)}
    if employee not in ids:
        raise PlacementError(msg("explain.unknown_employee", employee=employee,
                                 hint=nearest(employee, list(ids)[:20000])))
    i = ids[employee]
    a = result.assignment
    scale = p.objective_scale
    pos = comp.org.positions
    titles = pos["title"].to_numpy()
    pos_ids = ctx.pos_ids
    holders = _holders(a, p.n_positions, ctx.emp_ids)
    lo, hi = int(p.indptr[i]), int(p.indptr[i + 1])
    edges = np.arange(lo, hi)
    chosen_cost = p.unplaced_cost[i] if a[i] < 0 else p.edge_cost[lo + np.searchsorted(
        p.edge_pos[lo:hi], a[i])]
    name = comp.org.employees["name"].iloc[i] if "name" in comp.org.employees else ""
    ex = Explanation(employee)
    cur = ctx.emp("current_pos")[i]
    cur_txt = f"{pos_ids[cur]} {titles[cur]}" if cur >= 0 else msg("explain.new_hire")
    ex.lines.append(msg("explain.head", who=f"{employee} {name}".rstrip(), current=cur_txt))
    why = _reason(result, i)
    if a[i] < 0:
        ex.lines.append(msg("explain.unplaced", reason=why))
    else:
        e = lo + int(np.searchsorted(p.edge_pos[lo:hi], a[i]))
        parts = ", ".join(f"{t} {-(ec[e]) / scale:+.1f}" for t, (ec, _) in p.term_costs.items()
                          if ec[e] != 0)
        ex.lines.append(msg("explain.result", position=pos_ids[a[i]], title=titles[a[i]],
                            score=-chosen_cost / scale, parts=": " + parts if parts else ""))
        if why:
            ex.lines.append(msg("explain.why_moved", reason=why))
    ex.lines.append(msg("explain.eligible", n=hi - lo))
    if hi > lo:
        order = edges[np.argsort(p.edge_cost[edges], kind="stable")][:top]
        ctx.set_edges(p.edge_emp, p.edge_pos)
        jpm = ctx.jpm()
        ex.alternatives = pd.DataFrame({
            "position": pos_ids[p.edge_pos[order]],
            "title": titles[p.edge_pos[order]],
            "score": np.round(-p.edge_cost[order] / scale, 2),
            "delta": np.round((chosen_cost - p.edge_cost[order]) / scale, 2),
            "jpm": np.round(jpm[order], 1),
            "seats": p.capacity[p.edge_pos[order]],
            "held_by": [", ".join(holders.get(int(q), [])[:3]) for q in p.edge_pos[order]],
        })
    if position is not None:
        ex.lines.append("")
        ex.lines += _why_not(result, i, position, holders)
    return ex


def _reason(result: Result, i: int) -> str:
    """The reason the moves / unplaced tables give for employee ``i`` ("" if none):
    the same text, from :func:`placement.model.reasons.reasons`."""
    emp_id = result.compiled.context.emp_ids[i]
    for table in (result.moves, result.unplaced):
        if len(table) and "reason" in table:
            hit = table.loc[table["employee_id"] == emp_id, "reason"]
            if len(hit):
                return hit.iloc[0]
    return ""


def _holders(a: np.ndarray, m: int, emp_ids) -> dict[int, list[str]]:
    placed = np.flatnonzero(a >= 0)
    order = placed[np.argsort(a[placed], kind="stable")]
    out: dict[int, list[str]] = {}
    for q, grp in pd.Series(emp_ids[order]).groupby(a[order]):
        out[int(q)] = list(grp)
    return out


def _why_not(result: Result, i: int, position: str, holders) -> list[str]:
    from placement.api import solve

    comp = result.compiled
    ctx = comp.context
    p: Problem = result.problem
    pos_index = {q: j for j, q in enumerate(ctx.pos_ids)}
    if position not in pos_index:
        raise PlacementError(msg("explain.unknown_position", position=position,
                                 hint=nearest(position, list(pos_index)[:20000])))
    q = pos_index[position]
    a = result.assignment
    if a[i] == q:
        return [msg("explain.here", position=position)]
    lo, hi = int(p.indptr[i]), int(p.indptr[i + 1])
    if q not in set(p.edge_pos[lo:hi].tolist()):
        return [msg("explain.not_eligible", position=position,
                    reasons=join("; ", _failed(comp, i, q)))]
    out = []
    cap = int(p.capacity[q])
    if cap == 0:
        return [msg("explain.closed", position=position)]
    held = holders.get(q, [])
    out.append(msg("explain.held", position=position, seats=cap,
                   holders=", ".join(held) or msg("explain.nobody")))
    pinned = p.pinned.copy()
    if pinned[i] >= 0:
        return out + [msg("explain.pinned_elsewhere")]
    import copy

    alt = copy.copy(p)
    alt.pinned = pinned
    alt.pinned[i] = q
    alt.must_place = p.must_place.copy()
    alt.must_place[i] = True
    if p.tie_levels:  # ties broken toward this result: only the displacement chain moves
        alt.tie_levels = tie_levels(a, id_hashes(ctx.emp_ids), id_hashes(ctx.pos_ids),
                                    p.edge_emp, p.edge_pos)
    r = solve(alt, solver="auto", time_limit=30)
    if not r.status.has_solution:
        out.append(msg("explain.impossible", status=r.status.value))
    else:
        delta = (r.outcome.cost - result.outcome.cost) / p.objective_scale
        moved = [ctx.emp_ids[j] for j in np.flatnonzero(r.assignment != a) if j != i]
        out.append(msg("explain.pin_cost", position=position, delta=delta, n=len(moved),
                       first=msg("explain.first", ids=", ".join(moved[:5])) if moved else ""))
    return out


def _failed(comp, i: int, q: int) -> list[str]:
    return requirement_failures(comp, i, q)
