"""The side constraints as relaxed rows, their prices, and small vectorised helpers."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from placement.model.problem import NO_LIMIT, Problem

_INF = np.iinfo(np.int64).max // 4
_FLOW_COST_LIMIT = 2**59  # |cost| × (nodes + 1) must stay below this in the flow


# -- the relaxed rows -------------------------------------------------------------------


@dataclass
class _Rows:
    """The side constraints as rows ``activity_r <= limit_r`` over the options.

    Row order: budgets ``0..B-1``, then units with a move cap, then ``max_moves``.
    """

    n_budgets: int
    unit_rows: np.ndarray  # int32[k]: row of unit u's move cap, -1 if none
    global_row: int  # -1 if no max_moves
    limit: np.ndarray  # int64[R]
    scale: np.ndarray  # float[R]: a typical coefficient (one employee's weight)
    lam_cap: np.ndarray  # float[R]: multipliers above this are pointless
    budget_edges: np.ndarray  # edge ids into a budgeted position
    budget_edge_row: np.ndarray  # their rows
    budget_edge_w: np.ndarray  # their weights
    move_edges: np.ndarray  # edge ids that are moves of an incumbent
    emp_move_row: np.ndarray  # int32[n]: unit move row of the incumbent (-1 none)
    has_cur: np.ndarray  # bool[n]

    @property
    def n_rows(self) -> int:
        return len(self.limit)


def _rows(p: Problem) -> _Rows:
    n, k = p.n_employees, p.n_units
    span = _option_span(p)
    # budgets
    nb = len(p.budget_limit) if p.has_budgets else 0
    b_of_edge = p.budget_of_position[p.edge_pos] if nb else np.zeros(0, np.int32)
    budget_edges = np.flatnonzero(b_of_edge >= 0) if nb else np.zeros(0, np.int64)
    brow = b_of_edge[budget_edges].astype(np.int64)
    bw = p.edge_weight[budget_edges]
    b_scale = np.ones(nb)
    b_cap = np.full(nb, float(span))
    if nb and len(budget_edges):
        pos_w = np.abs(bw).astype(float)
        wsum = np.bincount(brow, weights=pos_w, minlength=nb)
        cnt = np.bincount(brow, minlength=nb)
        wmax = np.zeros(nb)
        np.maximum.at(wmax, brow, pos_w)
        b_scale = np.where(cnt > 0, wsum / np.maximum(cnt, 1), 1.0)
        b_scale = np.maximum(b_scale, 1.0)
        # a price above 2·span per employee makes every option through b pointless
        b_cap = 2.0 * span / np.maximum(wmax, 1.0)
    # move caps
    has_cur = p.current_pos >= 0
    capped = p.unit_max_moves != NO_LIMIT
    unit_rows = np.full(k, -1, dtype=np.int32)
    unit_rows[capped] = nb + np.arange(int(capped.sum()), dtype=np.int32)
    n_u = int(capped.sum())
    global_row = nb + n_u if p.max_moves != NO_LIMIT else -1
    cu = np.where(has_cur, p.current_unit, -1)
    emp_move_row = _at(unit_rows, cu, -1).astype(np.int32)
    move_edges = np.flatnonzero(p.edge_is_move) if p.has_move_caps else np.zeros(0, np.int64)
    limit = np.concatenate(
        [
            p.budget_limit[:nb].astype(np.int64),
            p.unit_max_moves[capped].astype(np.int64),
            np.array([p.max_moves] if global_row >= 0 else [], dtype=np.int64),
        ]
    )
    n_mv = n_u + (global_row >= 0)
    scale = np.concatenate([b_scale, np.ones(n_mv)])
    lam_cap = np.concatenate([b_cap, np.full(n_mv, 2.0 * span)])
    # soft rows (a penalty per unit over): a multiplier up to the penalty keeps
    # c(x) + π·max(0, g(x)) >= c(x) + λ·g(x), so the bound stays valid
    b_pen, m_pen = _penalty(p, "budget_penalty"), _penalty(p, "move_penalty")
    if b_pen:
        lam_cap[:nb] = np.minimum(lam_cap[:nb], b_pen)
    if m_pen:
        lam_cap[nb:] = np.minimum(lam_cap[nb:], m_pen)
    del n
    return _Rows(
        nb,
        unit_rows,
        global_row,
        limit,
        scale,
        lam_cap,
        budget_edges,
        brow,
        bw,
        move_edges,
        emp_move_row,
        has_cur,
    )


def _option_span(p: Problem) -> int:
    """Largest magnitude of one option's cost (an edge or staying unplaced), + 1."""
    c = int(np.abs(p.edge_cost).max()) if p.n_edges else 0
    u = int(np.abs(p.unplaced_cost).max()) if p.n_employees else 0
    return c + u + 1


def _activity(p: Problem, rows: _Rows, a: np.ndarray, e: np.ndarray) -> np.ndarray:
    """int64[R]: left-hand side of every relaxed row for assignment ``a`` (edges ``e``)."""
    act = np.zeros(rows.n_rows, dtype=np.int64)
    if rows.n_budgets:
        ok = e[e >= 0]
        b = p.budget_of_position[p.edge_pos[ok]]
        has = b >= 0
        act[: rows.n_budgets] = (
            np.bincount(
                b[has], weights=p.edge_weight[ok][has].astype(float), minlength=rows.n_budgets
            )
            .round()
            .astype(np.int64)
        )
    if p.has_move_caps:
        moved = rows.has_cur & (a != p.current_pos)
        r = rows.emp_move_row[moved]
        r = r[r >= 0]
        if len(r):
            act += np.bincount(r, minlength=rows.n_rows).astype(np.int64)
        if rows.global_row >= 0:
            act[rows.global_row] = int(moved.sum())
    return act


# -- small vectorised helpers -----------------------------------------------------------


def _at(arr: np.ndarray, idx: np.ndarray, fill) -> np.ndarray:
    """``arr[idx]`` where ``idx >= 0``, ``fill`` elsewhere (safe on empty ``arr``)."""
    idx = np.asarray(idx)
    dtype = np.result_type(arr.dtype, np.min_scalar_type(fill))
    if not arr.size or not idx.size:
        return np.full(idx.shape, fill, dtype=dtype)
    return np.where(idx >= 0, arr.take(idx, mode="clip"), fill).astype(dtype, copy=False)


def _ranges(indptr: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """Edge ids of the CSR rows ``rows``, concatenated in that order."""
    rows = np.asarray(rows, dtype=np.int64)
    starts = indptr[rows]
    lens = indptr[rows + 1] - starts
    total = int(lens.sum())
    if total == 0:
        return np.zeros(0, dtype=np.int64)
    shift = starts - np.concatenate(([0], np.cumsum(lens)[:-1]))
    return np.repeat(shift, lens) + np.arange(total, dtype=np.int64)


def _fits(group: np.ndarray, amount: np.ndarray, room: np.ndarray) -> np.ndarray:
    """Items in priority order: True where the running total of ``amount`` within the
    item's ``group`` (negative group = no resource) stays within ``room[group]``."""
    out = np.ones(len(group), dtype=bool)
    sel = np.flatnonzero((group >= 0) & (amount > 0))
    if not len(sel):
        return out
    g = group[sel]
    order = np.argsort(g, kind="stable")
    gs = g[order]
    am = amount[sel][order].astype(np.int64)
    csum = np.cumsum(am)
    first = np.searchsorted(gs, gs)
    run = csum - (csum[first] - am[first])
    ok = np.empty(len(sel), dtype=bool)
    ok[order] = run <= room[gs]
    out[sel] = ok
    return out


def _penalty(p: Problem, name: str) -> int:
    """Penalty of a relaxed (soft) rule of the Problem; 0 = the rule is hard."""
    return int(getattr(p, name, 0) or 0)


def _soft(p: Problem) -> bool:
    return any(_penalty(p, k) for k in ("min_fill_penalty", "budget_penalty", "move_penalty"))


def _priced_costs(p: Problem, rows: _Rows, mu: np.ndarray, S: int):
    """Integer costs ``S·cost + μ·coefficients`` of every edge and unplaced option."""
    cost_e = p.edge_cost * S
    cost_u = p.unplaced_cost * S
    if rows.n_budgets and len(rows.budget_edges):
        mb = mu[: rows.n_budgets]
        cost_e[rows.budget_edges] += mb[rows.budget_edge_row] * rows.budget_edge_w
    if len(rows.move_edges) or p.has_move_caps:
        per_emp = _at(mu, rows.emp_move_row, 0)
        if rows.global_row >= 0:
            per_emp = per_emp + np.where(rows.has_cur, mu[rows.global_row], 0)
        per_emp = np.where(rows.has_cur, per_emp, 0).astype(np.int64)
        if per_emp.any():
            me = rows.move_edges
            cost_e[me] += per_emp[p.edge_emp[me]]
            cost_u += per_emp
    return cost_e, cost_u


def _choose_scale(p: Problem, rows: _Rows, span: int) -> int:
    """Largest power of two (≤ 2**16) by which costs can be multiplied while the priced
    flow (with its minimum-fill tier) stays inside OR-Tools' cost range."""
    n = max(p.n_employees, 1)
    nodes = p.n_employees + p.n_positions + p.n_units + 2
    # largest price added to one option: a budget edge plus the two move rows
    price = 0.0
    if rows.n_budgets and len(rows.budget_edges):
        price += float(np.max(rows.lam_cap[rows.budget_edge_row] * np.abs(rows.budget_edge_w)))
    price += 4.0 * span if p.has_move_caps else 0.0
    per_option = span + price + 1
    tiers = int(p.min_fill.sum()) + int(p.unit_min.sum())
    mf_pen = _penalty(p, "min_fill_penalty")
    big = (max(per_option, mf_pen) if mf_pen else 2.0 * n * per_option) if tiers else per_option
    limit = _FLOW_COST_LIMIT / (big * max(nodes + 1, tiers + 1))
    if limit < 1:
        return 1
    return int(2 ** min(16, math.floor(math.log2(limit))))
