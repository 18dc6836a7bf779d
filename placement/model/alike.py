"""Posts a mover could take instead at no difference to anyone: the same placement
but for their post, with a seat of its formasi free for them, every objective term of
theirs the same there, nobody else placed otherwise, and no rule of the problem
(unit caps, minimum fills) weighing the swap.

Where such posts exist, the post the plan names was picked by the rule for ties, and
the PPK may choose among them (review 113 M4: Anana Purloyo, moved out of an
over-filled post, scored 125.74 in five posts of four OPDs; her reason did not say so).
Review 115: a seat counted free that was a holder's kept over formasi (H1), the total
alone compared where the person's own terms differed (H2), and a check of the whole
placement per post named (M3: 14.7 s at 20,000 people) are each mended here: the swap
is checked by what it changes, in numpy.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from placement.i18n import Message, first_of, join, msg
from placement.model.compile import budget_weight, formasi_left
from placement.model.problem import NO_LIMIT, Problem


def seat_counts(p: Problem, a: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per post and per unit, how many placement ``a`` places there (once per
    placement, for every mover :func:`alike_posts` reads)."""
    placed = a >= 0
    unit = np.asarray(p.position_unit, dtype=np.int64)
    fill = np.bincount(a[placed], minlength=p.n_positions)
    return fill, np.bincount(unit[a[placed]], minlength=p.n_units)


def alike_posts(
    p: Problem,
    a: np.ndarray,
    i: int,
    free: np.ndarray,
    counts: tuple[np.ndarray, np.ndarray],
) -> tuple[list[int], bool]:
    """The posts (ascending ids) other than ``a[i]`` and employee ``i``'s current post
    that ``i`` could take instead in placement ``a`` of ``p``: a pair of ``p`` whose
    every objective term (and so its cost) is that of their post's, a seat of its
    formasi free (``free``: per post, its formasi seats the placement leaves empty,
    those held over it not counted), its unit below its cap, and the post and unit they
    leave not brought below a minimum fill; and whether the rule for ties chose among
    them by its last level, the ids' fixed order (every other level alike, the post
    placed first in it). None (``[], False``) where ``p`` has side constraints (a
    budget, a move cap: they weigh the whole placement), ``i`` is pinned or not placed.
    ``counts``: :func:`seat_counts` of ``a``."""
    q = int(a[i])
    if q < 0 or not p.is_network or int(p.pinned[i]) >= 0:
        return [], False
    lo, hi = int(p.indptr[i]), int(p.indptr[i + 1])
    e_now = lo + int(np.searchsorted(p.edge_pos[lo:hi], q))
    pos = p.edge_pos[lo:hi].astype(np.int64)
    keep = (pos != q) & (pos != int(p.current_pos[i])) & (free[pos] > 0)
    keep &= p.edge_cost[lo:hi] == p.edge_cost[e_now]
    for costs, _ in p.term_costs.values():  # the same for them, term by term
        keep &= costs[lo:hi] == costs[e_now]
    if not keep.any():
        return [], False
    # leaving q: its minimum fill, and its unit's, kept (a penalty or a rule either way)
    unit = np.asarray(p.position_unit, dtype=np.int64)
    fill, ufill = counts
    if fill[q] - 1 < min(int(p.min_fill[q]), int(p.capacity[q])):
        return [], False
    u_from, u_to = unit[q], unit[pos]
    other = u_to != u_from
    if (ufill[u_from] - 1 < int(p.unit_min[u_from])) and other.any():
        keep &= ~other
    cap = np.asarray(p.unit_cap, dtype=np.int64)[u_to]
    keep &= ~other | (cap == NO_LIMIT) | (ufill[u_to] < cap)
    edges = np.arange(lo, hi)[keep]
    if not len(edges):
        return [], False
    levels = p.tie_levels
    for costs, _ in levels[:-1]:  # alike up to the last level
        same = costs[edges] == costs[e_now]
        edges = edges[same]
    if not len(edges):
        return [], False
    by_order = bool(levels) and bool((levels[-1][0][edges] > levels[-1][0][e_now]).all())
    return sorted(p.edge_pos[edges].astype(np.int64).tolist()), by_order


def add_alike_notes(result, tables: dict) -> None:
    """Each move whose post the rule for ties picked among others as good (see the
    module) ends its reason with them, and the moves' ``alike_posts`` lists them all
    (ids, ``;``-separated; review 116 M2: "and 6 more" were named nowhere). Counted
    free: the seats of a post's formasi the plan leaves empty less those the decisions
    list offers (review 116 H1: seats offered "to them alone" were named too); left
    out: a post whose unit the person's cost would put over its budget (review 116 H2);
    a post named for more movers than it has such seats says so. In place; after the
    decisions list, whose offers it reads."""
    mv = tables.get("moves")
    comp, a = result.compiled, result.assignment
    if mv is None or comp is None or a is None:
        return
    mv["alike_posts"] = ""
    p: Problem = result.problem
    if not len(mv) or not p.is_network:
        return
    a = np.asarray(a, dtype=np.int64)
    ctx = comp.context
    free = np.maximum(formasi_left(comp, a), 0)
    dec = tables.get("decisions")
    if dec is not None and len(dec) and "offer_position" in dec:
        offered = pd.Index(ctx.pos_ids).get_indexer(dec["offer_position"].astype(str))
        free = np.maximum(free - np.bincount(offered[offered >= 0], minlength=len(free)), 0)
    room, weight = _budget_room(comp, tables.get("unit_fill"))
    unit = np.asarray(p.position_unit, dtype=np.int64)
    counts = seat_counts(p, a)
    rows = pd.Index(ctx.emp_ids).get_indexer(mv["employee_id"].astype(str))
    found: dict[int, tuple[list[int], bool]] = {}
    for row, i in enumerate(rows.tolist()):
        if i < 0 or a[i] < 0:
            continue
        posts, by_order = alike_posts(p, a, i, free, counts)
        if room is not None:  # not into a unit the person's cost puts over its budget
            posts = [
                x
                for x in posts
                if unit[x] == unit[a[i]] or not room[unit[x]] < weight[i]  # NaN: no budget
            ]
        if posts:
            found[row] = (posts, by_order)
    if not found:
        return
    named = np.bincount(
        np.concatenate([np.asarray(x, dtype=np.int64) for x, _ in found.values()]),
        minlength=p.n_positions,
    )
    pos_label = p.labels["position"]
    reasons = mv["reason"].to_numpy(dtype=object).copy()
    listed = mv["alike_posts"].to_numpy(dtype=object).copy()
    for row, (posts, by_order) in found.items():
        labels = [
            msg("reason.alike_shared", position=pos_label[x], seats=int(free[x]), n=int(named[x]))
            if named[x] > free[x]
            else pos_label[x]
            for x in posts
        ]
        key = "reason.alike_posts" + ("" if by_order else "_any")
        note = msg(key, posts=first_of(labels, 5))
        budget = _over_budget_note(p, a, rows[row], posts, room, weight)
        reasons[row] = join("; ", [reasons[row], note, *([budget] if budget else [])])
        listed[row] = "; ".join(str(ctx.pos_ids[x]) for x in posts)
    mv["reason"] = pd.Series(reasons, index=mv.index, dtype=object)
    mv["alike_posts"] = listed


def _over_budget_note(
    p: Problem, a: np.ndarray, i: int, posts: list[int], room: np.ndarray | None, weight
) -> Message | str:
    """Of mover ``i`` whose new unit ends over its budget, where an alike post of
    ``posts`` lies in another unit (one with room for their cost, as the posts are
    chosen): that placing them in the first such post instead brings their new unit
    within its budget, or lowers what it is over by their cost (review 134 M1, 135 M1:
    Mumat Nasnurah's move took DPMPTSP 850 over its budget, P0589 as good, and his row
    said nothing of the budget; only the summary did). "" otherwise."""
    if room is None:
        return ""
    u = int(p.position_unit[a[i]])
    over = -float(room[u])
    elsewhere = [x for x in posts if int(p.position_unit[x]) != u]
    cost = float(weight[i])
    # a figure that reads 0 says nothing (review 137 L2: "lowers that by 0 a month" of
    # one whose cost is blank, "ends 0 over" of a cent; NaN: a unit without a budget)
    if not over >= 0.5 or not cost >= 0.5 or not elsewhere:
        return ""
    return msg(
        "reason.alike_budget_within" if cost >= over else "reason.alike_budget_less",
        unit=p.label("unit", u),
        over=over,
        cost=cost,
        position=p.labels["position"][elsewhere[0]],
    )


def _budget_room(comp, uf: pd.DataFrame | None) -> tuple[np.ndarray | None, np.ndarray]:
    """Per unit, its budget less the plan's monthly cost there (NaN: no budget), and
    per employee the cost the budget counts (:func:`budget_weight`); None where the
    units carry no budget."""
    weight = budget_weight(comp)
    if uf is None or "budget" not in uf or "monthly_cost_after" not in uf or weight is None:
        return None, np.zeros(comp.context.n_employees)
    return (uf["budget"] - uf["monthly_cost_after"]).to_numpy(dtype=float), weight
