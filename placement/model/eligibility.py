"""Eligible (employee, position) edges, built without looping over pairs.

Requirement checks on education, rank, field and scope only depend on a few small
attributes, so employees and positions are grouped by those attributes, the groups
are matched in a small dense table, and eligible group pairs are expanded into
edges with ``np.repeat`` arithmetic. Per-edge rules (competency gap, minimum JPM)
then filter the edges; incumbents' own posts and pins are added, bans removed.
"""

from __future__ import annotations

import numpy as np

from placement.model.arrays import unique
from placement.model.config import Eligibility
from placement.model.context import Context


def eligible_edges(ctx: Context, policy: Eligibility, pins: np.ndarray,
                   bans: tuple[np.ndarray, np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """Sorted, unique ``(edge_emp, edge_pos)`` int32 arrays."""
    hard = set(policy.hard)
    n, m = ctx.n_employees, ctx.n_positions
    ef, pf, accepts = ctx._fields  # noqa: SLF001
    zeros_e = np.zeros(n, dtype=np.int32)
    zeros_p = np.zeros(m, dtype=np.int32)
    e_cols = [
        ctx.emp("edu_level") if "education" in hard else zeros_e,
        ctx.emp("rank_level") if "rank" in hard else zeros_e,
        ef if "field" in hard else zeros_e,
    ]
    p_cols = [
        ctx.pos("min_edu_level") if "education" in hard else zeros_p,
        ctx.pos("min_rank_level") if "rank" in hard else zeros_p,
        pf if "field" in hard else zeros_p - 1,
    ]
    if policy.scope == "unit":
        e_scope, p_scope = ctx.emp("current_unit"), ctx.pos("unit_idx")
    elif policy.scope == "parent":
        e_scope, p_scope = ctx.emp("current_parent"), ctx.pos("parent_idx")
    else:
        e_scope, p_scope = zeros_e, zeros_p
    # open (headcount > 0) positions only; incumbents of closed posts keep their edge below
    open_pos = ctx.pos("headcount") > 0
    parts_e, parts_p = [], []
    scopes = np.unique(p_scope[open_pos])
    for s in scopes:  # one dense group match per scope (units / regions), not per pair
        emask = (e_scope == s) | (e_scope < 0) if policy.scope != "any" else np.ones(n, bool)
        pmask = open_pos & (p_scope == s)
        ee, pp = _match(np.flatnonzero(emask), np.flatnonzero(pmask), e_cols, p_cols, accepts)
        parts_e.append(ee)
        parts_p.append(pp)
    edge_emp = np.concatenate(parts_e) if parts_e else np.zeros(0, np.int64)
    edge_pos = np.concatenate(parts_p) if parts_p else np.zeros(0, np.int64)
    edge_emp, edge_pos = _sort_unique(edge_emp, edge_pos, m)

    # per-edge competency rules
    ctx.set_edges(edge_emp, edge_pos)
    keep = np.ones(len(edge_emp), dtype=bool)
    if "competency" in hard:
        keep &= ctx.gap_max() <= (policy.max_competency_gap or 0)
    elif policy.max_competency_gap is not None:
        keep &= ctx.gap_max() <= policy.max_competency_gap
    if policy.min_jpm is not None:
        keep &= ctx.jpm() >= policy.min_jpm - 1e-9
    if policy.max_grade_drop is not None or policy.max_grade_rise is not None:
        keep &= grade_band_ok(ctx, edge_emp, edge_pos, policy)
    keep &= domain_rules_ok(ctx, edge_emp, edge_pos, policy)
    edge_emp, edge_pos = edge_emp[keep], edge_pos[keep]

    extra_e, extra_p = [edge_emp], [edge_pos]
    if policy.incumbents_eligible:
        cur = ctx.emp("current_pos")
        who = np.flatnonzero(cur >= 0)
        extra_e.append(who)
        extra_p.append(cur[who])
    who = np.flatnonzero(pins >= 0)
    extra_e.append(who)
    extra_p.append(pins[who])
    edge_emp, edge_pos = _sort_unique(np.concatenate(extra_e), np.concatenate(extra_p), m)
    be, bp = bans
    if len(be):
        banned = np.isin(edge_emp.astype(np.int64) * m + edge_pos, be.astype(np.int64) * m + bp)
        edge_emp, edge_pos = edge_emp[~banned], edge_pos[~banned]
    ctx.set_edges(edge_emp, edge_pos)
    return edge_emp, edge_pos


def grade_band_ok(ctx: Context, edge_emp, edge_pos, policy: Eligibility) -> np.ndarray:
    """Edges within the allowed grade change from the employee's current post."""
    grade = ctx.pos("grade")
    cur = ctx.emp("current_pos")[edge_emp]
    now = np.where(cur >= 0, grade[np.maximum(cur, 0)], np.nan)
    step = grade[edge_pos] - now
    ok = np.isnan(step)  # new hires, or a grade unknown: not limited
    lo = -np.inf if policy.max_grade_drop is None else -policy.max_grade_drop
    hi = np.inf if policy.max_grade_rise is None else policy.max_grade_rise
    return ok | ((step >= lo) & (step <= hi))


def domain_rules_ok(ctx: Context, edge_emp, edge_pos, policy: Eligibility) -> np.ndarray:
    """Civil-service rules of :mod:`placement.domain`: minimum JPM category, talent box
    for key posts, no move shortly before retirement (all off by default)."""
    ok = np.ones(len(edge_emp), dtype=bool)
    if policy.min_jpm_category is not None:
        from placement.domain.categories import category_threshold

        ok &= ctx.jpm() >= category_threshold(policy.min_jpm_category) - 1e-9
    if policy.talent_boxes_for_key is not None:
        from placement.domain.talent import edge_boxes

        key = ctx.pos("key").astype(bool)[edge_pos]
        if key.any():
            ok &= ~key | np.isin(edge_boxes(ctx), policy.talent_boxes_for_key)
    if policy.no_move_within_years_of_retirement is not None:
        from placement.domain.retirement import years_to_retirement

        left = years_to_retirement(ctx.org)
        soon = np.nan_to_num(left, nan=np.inf) <= policy.no_move_within_years_of_retirement
        cur = ctx.emp("current_pos")[edge_emp]
        ok &= ~soon[edge_emp] | (cur < 0) | (cur == edge_pos)
    return ok


def _match(emps: np.ndarray, poss: np.ndarray, e_cols, p_cols, accepts):
    """All eligible pairs between employee subset ``emps`` and position subset ``poss``."""
    if not len(emps) or not len(poss):
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    ekeys = np.stack([c[emps] for c in e_cols], axis=1).astype(np.int64)
    pkeys = np.stack([c[poss] for c in p_cols], axis=1).astype(np.int64)
    ge_vals, ge_of = np.unique(ekeys, axis=0, return_inverse=True)
    gp_vals, gp_of = np.unique(pkeys, axis=0, return_inverse=True)
    ge_of, gp_of = ge_of.ravel(), gp_of.ravel()
    ok = (ge_vals[:, None, 0] >= gp_vals[None, :, 0]) & (ge_vals[:, None, 1] >= gp_vals[None, :, 1])
    fs = gp_vals[:, 2]
    field_ok = np.where(fs[None, :] < 0, True,
                        accepts[np.maximum(fs, 0)][:, ge_vals[:, 2]].T)
    ok &= field_ok
    ge, gp = np.nonzero(ok)
    if not len(ge):
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    e_order = np.argsort(ge_of, kind="stable")
    p_order = np.argsort(gp_of, kind="stable")
    e_count = np.bincount(ge_of, minlength=len(ge_vals))
    p_count = np.bincount(gp_of, minlength=len(gp_vals))
    e_start = np.concatenate([[0], np.cumsum(e_count)[:-1]])
    p_start = np.concatenate([[0], np.cumsum(p_count)[:-1]])
    sizes = e_count[ge] * p_count[gp]
    total = int(sizes.sum())
    pair = np.repeat(np.arange(len(ge)), sizes)
    offs = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    t = np.arange(total, dtype=np.int64) - offs[pair]
    cp = p_count[gp][pair]
    e_local = e_order[e_start[ge][pair] + t // cp]
    p_local = p_order[p_start[gp][pair] + t % cp]
    return emps[e_local].astype(np.int64), poss[p_local].astype(np.int64)


def _sort_unique(e: np.ndarray, p: np.ndarray, m: int) -> tuple[np.ndarray, np.ndarray]:
    key = unique(e.astype(np.int64) * m + p.astype(np.int64))
    return (key // m).astype(np.int32), (key % m).astype(np.int32)
