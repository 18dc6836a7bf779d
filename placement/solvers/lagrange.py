"""Lagrangian backend for side constraints: price them into the flow, repair, then LNS.

Budgets and move caps are what take a placement problem out of the network class. This
backend *dualises* them (Lagrangian relaxation) and keeps everything else in the exact
min-cost flow of :mod:`placement.solvers.flow`:

1. **Pricing.** A multiplier ``λ ≥ 0`` per relaxed row (one per budget, one per unit
   with a move cap, one for ``max_moves``) is added to the cost of every option that
   uses the row: ``λ_b · edge_weight`` on the edges into budget ``b``'s positions,
   ``λ_u`` (and the global ``λ``) on every *move* option of an incumbent of unit ``u``
   (each edge away from the current post, and the unplaced option, since an unplaced
   incumbent counts as a move). The priced network is solved exactly by
   :func:`~placement.solvers.flow.solve_flow`, and
   ``L(λ) = priced optimum − Σ λ · limit`` is a lower bound on the optimum (weak
   duality). To keep it exact in integers, costs are multiplied by a power of two
   ``S`` and the multipliers are integers ``μ = round(λ · S)``: the bound is
   ``ceil(L_S(μ) / S)`` computed in Python integers, valid for *any* ``μ ≥ 0``.
2. **Subgradient.** ``λ`` follows projected, *deflected* subgradient steps (half the
   new subgradient, half the previous direction: it damps the zig-zag between
   budgets that compete for the same people) with Polyak's step length
   ``t · (best cost − L) / |d|²``; rows are normalised so that one typical employee
   is one unit of every row, and ``t`` is halved after a few iterations without a
   better bound (sooner on large problems, which get few iterations).
3. **Repair.** Each priced optimum (above ``LARGE_EDGES`` edges: the first, those that
   raise the bound and every fourth) is turned into a placement that keeps every rule:
   vectorised rounds send movers of over-cap units back to their current post
   (smallest loss first, when the post has room and the pair is eligible), then
   lighten over-loaded budgets, cheapest cost per unit of weight removed first, by
   *dropping* an employee to their best other seat with room (or unplaced) or by
   *swapping* them with a lighter employee placed outside the over-loaded budgets
   (each takes the other's post). A resource is only consumed when every change
   accepted before it in the round still fits, so a round never breaks a headcount,
   unit cap, minimum fill, budget or move cap. When the rounds stall on move caps
   (chains of displaced incumbents), movers are pinned to their current post and the
   priced flow is solved again. A last pass moves employees to strictly cheaper free
   seats. Every candidate is checked with :func:`placement.model.check.violations`;
   the cheapest valid one is kept.
4. **Large-neighbourhood search.** Around the incumbent: free the employees of one to
   three units (placed in them, incumbents of them, unplaced people eligible for
   them) plus holders of the posts they are eligible for, fix everyone else
   (capacities, unit caps and minimums, budgets and move caps are reduced by the
   fixed placements), and solve that sub-problem with the CP-SAT backend hinted with
   the incumbent (one light presolve pass and the full linear relaxation: many small
   solves). Improvements are accepted; the neighbourhood grows while CP-SAT proves
   its sub-problems optimal and shrinks when it does not; a neighbourhood holding
   everyone, solved to optimality, proves the incumbent optimal.

**GAP-shaped problems** (only budgets, one position each, non-negative weights;
headcounts that cannot bind; no pins, minimums or move caps — see
:func:`placement.solvers.gap_search.dense_gap`) skip the flow: every employee may take
every position, so each flow solve is large while the relaxation it prices is a row
minimum. They run on dense arrays instead: the capacity-relaxed Lagrangian bound
(exact in integers), regret and priced-repair constructions with shift/swap descent,
then a neighbourhood search that frees every job of a few agents (chosen by their
pair structure under the priced costs) plus the outside jobs that would rather be
with them, and solves that with CP-SAT on a deterministic budget
(``gap_deterministic_time``). When no construction is feasible they fall back on the
flow-based path above. ``solve(solver="auto")`` runs CP-SAT on the full model after
this backend only up to :data:`GAP_FULL_MODEL_EDGES` edges for them.

The outcome is ``FEASIBLE`` with the best placement and ``bound`` = the best
Lagrangian bound (the first one is the flow optimum without side constraints), or
``OPTIMAL`` when they meet. ``INFEASIBLE`` is only claimed with a proof: the network
part alone is infeasible, or counting shows that more incumbents must move
(closed, ineligible or over-full posts, pins elsewhere) than a move cap allows.

Soft rules (a Problem with ``min_fill_penalty`` / ``budget_penalty`` /
``move_penalty``): multipliers are capped at the penalties and the flow pays the
minimum-fill penalty (scaled like the costs), so the bound stays valid; priced
placements that break only soft rules are offered as they are; the LNS is skipped.

Determinism: every decision is a function of the Problem, the seed and iteration
counts: the number of pricing iterations (``max_iterations``, by default derived from
the problem size), the random choices of the LNS (seeded), and each CP-SAT sub-solve,
which stops on a *deterministic* time budget (``lns_deterministic_time``). What still
depends on the wall clock, with a ``time_limit``: when pricing hands over to the LNS
(after ``pricing_share`` of the limit, or when the next iteration would not finish in
time), when the LNS stops, and a sub-solve cut short by the remaining time. Without a
time limit (iteration and round caps only) a run is reproducible; with one, two runs
follow the same path up to the first of those clock decisions.
"""

from __future__ import annotations

import copy
import math
import time
from dataclasses import dataclass

import numpy as np

from placement.model.check import violations
from placement.model.problem import NO_LIMIT, Problem
from placement.solvers import gap_search
from placement.solvers.base import Feature, SolveOutcome, Solver, Status
from placement.solvers.flow import solve_flow
from placement.solvers.registry import register_solver

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
    limit = np.concatenate([
        p.budget_limit[:nb].astype(np.int64),
        p.unit_max_moves[capped].astype(np.int64),
        np.array([p.max_moves] if global_row >= 0 else [], dtype=np.int64),
    ])
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
    return _Rows(nb, unit_rows, global_row, limit, scale, lam_cap, budget_edges, brow, bw,
                 move_edges, emp_move_row, has_cur)


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
        act[: rows.n_budgets] = np.bincount(
            b[has], weights=p.edge_weight[ok][has].astype(float), minlength=rows.n_budgets
        ).round().astype(np.int64)
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


def _exact_int(values: np.ndarray) -> int:
    if not len(values):
        return 0
    return int(values.sum()) if int(np.abs(values).max()) < 2**62 // len(values) else int(
        values.astype(object).sum())


# -- the placement state used by repair ---------------------------------------------------


class _State:
    """Loads of an assignment against every hard limit (used by the repair rounds)."""

    def __init__(self, p: Problem, rows: _Rows, a: np.ndarray) -> None:
        self.p, self.rows = p, rows
        self.a = np.asarray(a, dtype=np.int32).copy()
        self.e = p.edge_index(self.a)
        m, k = p.n_positions, p.n_units
        placed = self.a >= 0
        self.fill = np.bincount(self.a[placed], minlength=m).astype(np.int64)
        self.ufill = np.bincount(p.position_unit[self.a[placed]], minlength=k).astype(np.int64)
        self.act = _activity(p, rows, self.a, self.e)
        self.cap = p.capacity
        self.ucap = np.where(p.unit_cap == NO_LIMIT, _INF, p.unit_cap).astype(np.int64)
        self.pmin = np.minimum(p.min_fill, p.capacity)
        self.umin = p.unit_min

    def option_cost(self, cost_e: np.ndarray, cost_u: np.ndarray) -> np.ndarray:
        """Cost of each employee's current option under the given costs."""
        out = np.array(cost_u, dtype=np.int64, copy=True)
        ok = self.e >= 0
        out[ok] = cost_e[self.e[ok]]
        return out

    def change(self, emp: np.ndarray, new_pos: np.ndarray, new_e: np.ndarray) -> np.ndarray:
        """Apply the changes (employee → new position / -1, its edge) that fit, in
        priority order, counting only resource *consumption* (conservative). Returns
        the mask of accepted changes."""
        p, rows = self.p, self.rows
        if not len(emp):
            return np.zeros(0, dtype=bool)
        old = self.a[emp]
        old_e = self.e[emp]
        cur = p.current_pos[emp]
        ok = np.ones(len(emp), dtype=bool)
                # positions: +1 at the new post; -1 at the old one (min fill slack)
        ok &= _fits(np.where(new_pos >= 0, new_pos, -1), np.ones(len(emp)), self.cap - self.fill)
        ok &= _fits(np.where(old >= 0, old, -1), np.ones(len(emp)), self.fill - self.pmin)
        uq = _at(p.position_unit, new_pos, -1)
        uo = _at(p.position_unit, old, -1)
        diff_u = uq != uo
        ok &= _fits(np.where(diff_u, uq, -1), np.ones(len(emp)), self.ucap - self.ufill)
        ok &= _fits(np.where(diff_u, uo, -1), np.ones(len(emp)), self.ufill - self.umin)
        if rows.n_budgets:
            bq = _at(p.budget_of_position, new_pos, -1)
            bo = _at(p.budget_of_position, old, -1)
            wq = _at(p.edge_weight, new_e, 0)
            wo = _at(p.edge_weight, old_e, 0)
            amount = np.where(bq == bo, wq - wo, wq)
            room = rows.limit[: rows.n_budgets] - self.act[: rows.n_budgets]
            ok &= _fits(bq, amount, room)
        delta_move = np.zeros(len(emp), dtype=np.int64)
        if self.p.has_move_caps:
            was = (cur >= 0) & (old != cur)
            now = (cur >= 0) & (new_pos != cur)
            delta_move = now.astype(np.int64) - was.astype(np.int64)
            room = rows.limit - self.act
            ok &= _fits(rows.emp_move_row[emp], delta_move, room)
            if rows.global_row >= 0:
                gr = np.where(delta_move > 0, rows.global_row, -1)
                ok &= _fits(gr, delta_move, room)
        acc = np.flatnonzero(ok)
        if not len(acc):
            return ok
        emp_a, newp, newe = emp[acc], new_pos[acc], new_e[acc]
        oldp, olde = old[acc], old_e[acc]
        m, k = p.n_positions, p.n_units
        self.fill += np.bincount(newp[newp >= 0], minlength=m) - np.bincount(
            oldp[oldp >= 0], minlength=m)
        self.ufill += np.bincount(p.position_unit[newp[newp >= 0]], minlength=k) - np.bincount(
            p.position_unit[oldp[oldp >= 0]], minlength=k)
        if rows.n_budgets:
            nb = rows.n_budgets
            for sign, pp, ee in ((1, newp, newe), (-1, oldp, olde)):
                has = (pp >= 0) & (ee >= 0)
                b = p.budget_of_position[pp[has]]
                w = p.edge_weight[ee[has]]
                hb = b >= 0
                self.act[:nb] += sign * np.bincount(
                    b[hb], weights=w[hb].astype(float), minlength=nb).round().astype(np.int64)
        if self.p.has_move_caps:
            dm = delta_move[acc]
            r = rows.emp_move_row[emp_a]
            hr = r >= 0
            np.add.at(self.act, r[hr], dm[hr])
            if rows.global_row >= 0:
                self.act[rows.global_row] += int(dm.sum())
        self.a[emp_a] = newp
        self.e[emp_a] = newe
        return ok

    def over(self) -> np.ndarray:
        return self.act - self.rows.limit

    def edge_lookup(self, emp: np.ndarray, pos: np.ndarray) -> np.ndarray:
        """Edge id of each (employee, position) pair, -1 if not eligible."""
        p = self.p
        if not hasattr(self, "_keys"):
            self._keys = p.edge_emp.astype(np.int64) * (p.n_positions + 1) + p.edge_pos
        if not len(emp) or not p.n_edges:
            return np.full(len(emp), -1, dtype=np.int64)
        key = np.asarray(emp, dtype=np.int64) * (p.n_positions + 1) + pos
        at = np.minimum(np.searchsorted(self._keys, key), p.n_edges - 1)
        return np.where(self._keys[at] == key, at, -1)

    def swap(self, i: np.ndarray, j: np.ndarray, e_iq: np.ndarray, e_jp: np.ndarray
             ) -> np.ndarray:
        """Exchange the posts of i and j (i takes j's post q through edge ``e_iq``, j
        takes i's post through ``e_jp``), in priority order, when both budgets and the
        move caps still fit. Headcounts and unit fills do not change. Returns the mask
        of accepted swaps (each employee in at most one swap)."""
        p, rows = self.p, self.rows
        n_s = len(i)
        if not n_s:
            return np.zeros(0, dtype=bool)
        # one swap per employee (the first in priority order)
        who = np.concatenate([i, j])
        rank = np.concatenate([np.arange(n_s), np.arange(n_s)])
        first = np.full(p.n_employees, n_s, dtype=np.int64)
        np.minimum.at(first, who, rank)
        ok = (first[i] == np.arange(n_s)) & (first[j] == np.arange(n_s))
        pi, qj = self.a[i].astype(np.int64), self.a[j].astype(np.int64)
        groups, amounts, owner = [], [], []
        if rows.n_budgets:
            bp = _at(p.budget_of_position, pi, -1)
            bq = _at(p.budget_of_position, qj, -1)
            w_ip, w_jq = p.edge_weight[self.e[i]], p.edge_weight[self.e[j]]
            w_iq, w_jp = p.edge_weight[e_iq], p.edge_weight[e_jp]
            same = bp == bq
            groups += [bp, np.where(same, -1, bq)]
            amounts += [np.where(same, w_iq + w_jp - w_ip - w_jq, w_jp - w_ip),
                        np.where(same, 0, w_iq - w_jq)]
            owner += [np.arange(n_s)] * 2
        if p.has_move_caps:
            cur_i, cur_j = p.current_pos[i], p.current_pos[j]
            d_i = ((cur_i >= 0) & (qj != cur_i)).astype(np.int64) - \
                ((cur_i >= 0) & (pi != cur_i)).astype(np.int64)
            d_j = ((cur_j >= 0) & (pi != cur_j)).astype(np.int64) - \
                ((cur_j >= 0) & (qj != cur_j)).astype(np.int64)
            groups += [rows.emp_move_row[i], rows.emp_move_row[j]]
            amounts += [d_i, d_j]
            owner += [np.arange(n_s)] * 2
            if rows.global_row >= 0:
                groups.append(np.where(ok, rows.global_row, -1))
                amounts.append(d_i + d_j)
                owner.append(np.arange(n_s))
        if groups:
            g = np.concatenate(groups).astype(np.int64)
            am = np.concatenate(amounts).astype(np.int64)
            ow = np.concatenate(owner)
            g = np.where(ok[ow], g, -1)  # already refused: consumes nothing
            order = np.argsort(ow, kind="stable")  # priority = swap order
            fit = np.empty(len(g), dtype=bool)
            fit[order] = _fits(g[order], am[order], rows.limit - self.act)
            bad = np.zeros(n_s, dtype=bool)
            np.logical_or.at(bad, ow, ~fit)
            ok &= ~bad
        acc = np.flatnonzero(ok)
        if not len(acc):
            return ok
        ia, ja, eiq, ejp = i[acc], j[acc], e_iq[acc], e_jp[acc]
        pa, qa = pi[acc], qj[acc]
        if rows.n_budgets:
            nb = rows.n_budgets
            for sign, ee in ((-1, self.e[ia]), (-1, self.e[ja]), (1, eiq), (1, ejp)):
                b = p.budget_of_position[p.edge_pos[ee]]
                hb = b >= 0
                self.act[:nb] += sign * np.bincount(
                    b[hb], weights=p.edge_weight[ee][hb].astype(float),
                    minlength=nb).round().astype(np.int64)
        if p.has_move_caps:
            for emp, old, new in ((ia, pa, qa), (ja, qa, pa)):
                cur = p.current_pos[emp]
                dm = ((cur >= 0) & (new != cur)).astype(np.int64) - \
                    ((cur >= 0) & (old != cur)).astype(np.int64)
                r = rows.emp_move_row[emp]
                hr = r >= 0
                np.add.at(self.act, r[hr], dm[hr])
                if rows.global_row >= 0:
                    self.act[rows.global_row] += int(dm.sum())
        self.a[ia], self.a[ja] = qa, pa
        self.e[ia], self.e[ja] = eiq, ejp
        return ok


def _best_alternatives(
    st: _State, emp: np.ndarray, cost_e: np.ndarray, cost_u: np.ndarray,
    banned_budget: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """For each employee in ``emp``: the cheapest other option that fits the current
    loads on its own (a seat with room, or unplaced if allowed). Returns (position or
    -1, edge or -1, cost; cost is _INF where there is none)."""
    p, rows = st.p, st.rows
    n_c = len(emp)
    best_cost = np.full(n_c, _INF, dtype=np.int64)
    best_pos = np.full(n_c, -1, dtype=np.int64)
    best_e = np.full(n_c, -1, dtype=np.int64)
    if not n_c:
        return best_pos, best_e, best_cost
    cur = p.current_pos[emp]
    old = st.a[emp]
    was_moved = (cur >= 0) & (old != cur)
    move_room = np.ones(n_c, dtype=bool)
    if p.has_move_caps:
        room = rows.limit - st.act
        r = rows.emp_move_row[emp]
        move_room &= (r < 0) | (_at(room, r, 0) > 0)
        if rows.global_row >= 0:
            move_room &= room[rows.global_row] > 0
    # unplaced
    can_out = ~p.must_place[emp] & (old >= 0)
    can_out &= (cur < 0) | was_moved | move_room
    best_cost[can_out] = cost_u[emp[can_out]]
    # seats
    idx = _ranges(p.indptr, emp)
    if len(idx):
        lens = (p.indptr[emp + 1] - p.indptr[emp]).astype(np.int64)
        owner = np.repeat(np.arange(n_c), lens)
        q = p.edge_pos[idx]
        ok = (q != old[owner]) & (st.fill[q] < st.cap[q])
        uq = p.position_unit[q]
        uo = _at(p.position_unit, old[owner], -1)
        ok &= (uq == uo) | (st.ufill[uq] < st.ucap[uq])
        if rows.n_budgets:
            bq = p.budget_of_position[q]
            bo = _at(p.budget_of_position, old[owner], -1)
            w = p.edge_weight[idx]
            olde = st.e[emp][owner]
            wo = _at(p.edge_weight, olde, 0)
            need = np.where(bq == bo, w - wo, w)
            room_b = np.where(bq >= 0, _at(rows.limit - st.act, bq, 0), _INF)
            ok &= (bq < 0) | (need <= room_b)
            if banned_budget is not None:
                ok &= ~_at(banned_budget, bq, False)
        if p.has_move_caps:
            new_move = (cur[owner] >= 0) & (q != cur[owner])
            ok &= ~new_move | was_moved[owner] | move_room[owner]
        if ok.any():
            # cheapest allowed edge per employee (rows are contiguous; ties: lowest
            # position, the CSR order), by segment reductions instead of a sort
            masked = np.where(ok, cost_e[idx], _INF)
            has = np.flatnonzero(lens > 0)
            starts = np.concatenate(([0], np.cumsum(lens)[:-1]))[has]
            mins = np.minimum.reduceat(masked, starts)
            at = np.where(masked == np.repeat(mins, lens[has]), np.arange(len(idx)), len(idx))
            win = np.minimum.reduceat(at, starts)
            found = mins < _INF
            own, win, cw = has[found], win[found], mins[found]
            better = cw < best_cost[own]
            own, win, cw = own[better], win[better], cw[better]
            best_cost[own] = cw
            best_pos[own] = q[win]
            best_e[own] = idx[win]
    return best_pos, best_e, best_cost


# -- repair ---------------------------------------------------------------------------


def _repair_moves(st: _State, cost_e: np.ndarray, cost_u: np.ndarray, rounds: int = 200) -> bool:
    """Send movers of over-cap units home (smallest loss first). True when no move cap
    is exceeded any more."""
    p, rows = st.p, st.rows
    if not p.has_move_caps:
        return True
    stay = p.edge_index(p.current_pos)
    movable = (p.pinned < 0) & (stay >= 0)
    for _ in range(rounds):
        over = st.over()
        over_rows = over > 0
        over_rows[: rows.n_budgets] = False
        if not over_rows.any():
            return True
        moved = rows.has_cur & (st.a != p.current_pos) & movable
        r = rows.emp_move_row
        glob = rows.global_row >= 0 and over_rows[rows.global_row]
        in_over = _at(over_rows, r, False)
        cand = np.flatnonzero(moved & (in_over | glob))
        if not len(cand):
            return False
        loss = cost_e[stay[cand]] - st.option_cost(cost_e, cost_u)[cand]
        order = np.lexsort((cand, loss))
        cand, loss = cand[order], loss[order]
        # enough per over unit (and globally), smallest loss first
        take = np.zeros(len(cand), dtype=bool)
        rc = r[cand]
        if in_over[cand].any():
            sel = np.flatnonzero(in_over[cand])
            rank = _rank_in_group(rc[sel])
            take[sel] = rank < over[rc[sel]]
        if glob:
            need = int(over[rows.global_row]) - int(take.sum())
            if need > 0:
                rest = np.flatnonzero(~take)
                take[rest[:need]] = True
        sel = np.flatnonzero(take)
        emp = cand[sel]
        acc = st.change(emp, p.current_pos[emp].astype(np.int64), stay[emp])
        if not acc.any():
            # nobody in the chosen prefix can go home: try everyone who could
            acc = st.change(cand, p.current_pos[cand].astype(np.int64), stay[cand])
            if not acc.any():
                return False
    over = st.over()
    over[: rows.n_budgets] = 0
    return not (over > 0).any()


def _rank_in_group(g: np.ndarray) -> np.ndarray:
    """Rank of each item within its group, in the given (priority) order."""
    order = np.argsort(g, kind="stable")
    gs = g[order]
    first = np.searchsorted(gs, gs)
    rank = np.empty(len(g), dtype=np.int64)
    rank[order] = np.arange(len(g)) - first
    return rank


def _repair_budgets(st: _State, cost_e: np.ndarray, cost_u: np.ndarray, rounds: int = 200,
                    swap_rounds: int = 25) -> bool:
    """Bring over-loaded budgets back within their limits, cheapest cost per unit of
    weight removed first, with two kinds of change: *drop* an employee of the budget
    to their best other seat with room, or unplaced; *swap* an employee of the budget
    with a lighter one placed outside it (each takes the other's post)."""
    p, rows = st.p, st.rows
    nb = rows.n_budgets
    if not nb:
        return True
    # best drop target per employee, reused while it still has room (-2: unknown)
    c_pos = np.full(p.n_employees, -2, dtype=np.int64)
    c_e = np.full(p.n_employees, -1, dtype=np.int64)
    c_alt = np.full(p.n_employees, _INF, dtype=np.int64)
    a_before = st.a.copy()
    for rnd in range(rounds):
        c_pos[st.a != a_before] = -2  # their situation changed
        a_before = st.a.copy()
        over = st.over()[:nb]
        bad = over > 0
        if not bad.any():
            return True
        placed = st.a >= 0
        b_now = _at(p.budget_of_position, st.a, -1)
        cand = np.flatnonzero(placed & (b_now >= 0) & (p.pinned < 0))
        cand = cand[bad[b_now[cand]]]
        w_all = _at(p.edge_weight, st.e[cand], 0)
        cand, w_all = cand[w_all > 0], w_all[w_all > 0]
        if not len(cand):
            return False
        heavy = cand
        # drops (leaving must keep the post's minimum fill)
        cand = cand[st.fill[st.a[cand]] > st.pmin[st.a[cand]]]
        w = p.edge_weight[st.e[cand]]
        stale = _stale_targets(st, cand, c_pos[cand], c_e[cand], c_alt[cand], bad)
        if stale.any():
            redo = cand[stale]
            c_pos[redo], c_e[redo], c_alt[redo] = _best_alternatives(
                st, redo, cost_e, cost_u, banned_budget=bad)
        q, e, alt = c_pos[cand], c_e[cand], c_alt[cand]
        has = alt < _INF
        cand, q, e, alt, w = cand[has], q[has], e[has], alt[has], w[has]
        loss = alt - st.option_cost(cost_e, cost_u)[cand]
        # swaps (the pair search is the costly part: a bounded number of rounds)
        sw = _swap_candidates(st, heavy if rnd < swap_rounds else heavy[:0], bad, cost_e)
        n_d = len(cand)
        kind_b = np.concatenate([b_now[cand], sw["b"]])
        red = np.concatenate([w, sw["red"]]).astype(np.int64)
        ratio = np.concatenate([loss, sw["delta"]]) / np.maximum(red, 1)
        if not len(red):
            return False
        ident = np.concatenate([cand, sw["i"]])
        order = np.lexsort((ident, ratio, kind_b))
        b_s, red_s = kind_b[order], red[order]
        csum = np.cumsum(red_s)
        first = np.searchsorted(b_s, b_s)
        before = csum - red_s - (csum[first] - red_s[first])
        chosen = order[before < over[b_s]]
        chosen = chosen[np.argsort(ratio[chosen], kind="stable")]
        drops = chosen[chosen < n_d]
        swaps = chosen[chosen >= n_d] - n_d
        acc = st.change(cand[drops], q[drops], e[drops])
        moved = cand[drops][acc]
        n_acc = int(acc.sum())
        if len(swaps):
            busy = np.zeros(p.n_employees, dtype=bool)
            busy[moved] = True
            keep = ~busy[sw["i"][swaps]] & ~busy[sw["j"][swaps]]
            swaps = swaps[keep]
            n_acc += int(st.swap(sw["i"][swaps], sw["j"][swaps], sw["e_iq"][swaps],
                                 sw["e_jp"][swaps]).sum())
        if not n_acc and len(drops) < len(chosen):
            # the chosen swaps did not fit together: fall back on drops alone
            sel = np.flatnonzero(order < n_d)
            o_d = order[sel]
            csum = np.cumsum(red[o_d])
            bd = kind_b[o_d]
            first = np.searchsorted(bd, bd)
            before = csum - red[o_d] - (csum[first] - red[o_d][first])
            drops = o_d[before < over[bd]]
            drops = drops[np.argsort(ratio[drops], kind="stable")]
            n_acc = int(st.change(cand[drops], q[drops], e[drops]).sum())
        if not n_acc:
            return False
    return not (st.over()[:nb] > 0).any()


def _stale_targets(st: _State, emp: np.ndarray, pos: np.ndarray, edge: np.ndarray,
                   alt: np.ndarray, bad: np.ndarray) -> np.ndarray:
    """True where a cached drop target must be recomputed: unknown, or a seat that no
    longer has room (headcount, unit cap, budget), or any target under move caps."""
    p, rows = st.p, st.rows
    stale = pos == -2
    if p.has_move_caps:
        return np.ones(len(emp), dtype=bool)
    seat = np.flatnonzero(pos >= 0)
    if len(seat):
        q = pos[seat]
        gone = st.fill[q] >= st.cap[q]
        uq = p.position_unit[q]
        uo = _at(p.position_unit, st.a[emp[seat]], -1)
        gone |= (uq != uo) & (st.ufill[uq] >= st.ucap[uq])
        bq = p.budget_of_position[q]
        w = _at(p.edge_weight, edge[seat], 0)
        gone |= _at(bad, bq, False)
        gone |= (bq >= 0) & (w > _at(rows.limit - st.act, bq, 0))
        stale[seat] |= gone
    stale |= alt >= _INF  # no target before: one may have opened
    return stale


def _swap_candidates(st: _State, heavy: np.ndarray, bad: np.ndarray, cost_e: np.ndarray,
                     max_pairs: int = 300_000) -> dict[str, np.ndarray]:
    """Pairs (i in an over budget, j placed at a post q outside the over budgets) where
    i may take q and j may take i's post, j's weight there is below i's: the cost of
    the swap (``delta``), the weight it removes from i's budget (``red``), and the
    edges. Each pair must also fit q's budget (checked again when applied)."""
    p = st.p
    empty = {k: np.zeros(0, dtype=np.int64) for k in ("i", "j", "e_iq", "e_jp", "b", "red")}
    empty["delta"] = np.zeros(0, dtype=np.int64)
    if not len(heavy):
        return empty
    deg = p.indptr[heavy + 1] - p.indptr[heavy]
    # occupants of each post
    placed = np.flatnonzero(st.a >= 0)
    occ = placed[np.argsort(st.a[placed], kind="stable")]
    occ_ptr = np.searchsorted(st.a[occ], np.arange(p.n_positions + 1))
    per_seat = max(1.0, len(placed) / max(1, int((st.fill > 0).sum())))
    # the heaviest first when the pairs would be too many
    if float(deg.sum()) * per_seat > max_pairs:
        w = p.edge_weight[st.e[heavy]]
        keep = int(max(1, max_pairs // (per_seat * max(1.0, float(deg.mean())))))
        heavy = heavy[np.lexsort((heavy, -w))[:keep]]
        heavy = np.sort(heavy)
        deg = p.indptr[heavy + 1] - p.indptr[heavy]
    idx = _ranges(p.indptr, heavy)
    owner = np.repeat(heavy, deg)
    q = p.edge_pos[idx]
    bq = _at(p.budget_of_position, q, -1)
    ok = (q != st.a[owner]) & ~_at(bad, bq, False) & (st.fill[q] > 0)
    idx, owner, q = idx[ok], owner[ok], q[ok]
    if not len(idx):
        return empty
    n_occ = occ_ptr[q + 1] - occ_ptr[q]
    pos_in = _ranges(occ_ptr, q)
    j = occ[pos_in]
    i = np.repeat(owner, n_occ)
    e_iq = np.repeat(idx, n_occ)
    ok = (p.pinned[j] < 0) & (j != i)
    i, j, e_iq = i[ok], j[ok], e_iq[ok]
    # j must be eligible for i's post
    pos_i = st.a[i].astype(np.int64)
    e_jp = st.edge_lookup(j, pos_i)
    ok = e_jp >= 0
    i, j, e_iq, e_jp = i[ok], j[ok], e_iq[ok], e_jp[ok]
    w_i_old = p.edge_weight[st.e[i]]
    red = w_i_old - p.edge_weight[e_jp]
    ok = red > 0
    i, j, e_iq, e_jp, red = i[ok], j[ok], e_iq[ok], e_jp[ok], red[ok]
    # q's budget must take the difference on its own
    bq = _at(p.budget_of_position, st.a[j], -1)
    grow = p.edge_weight[e_iq] - p.edge_weight[st.e[j]]
    room = _at(st.rows.limit - st.act, bq, 0)
    ok = (bq < 0) | (grow <= room)
    i, j, e_iq, e_jp, red = i[ok], j[ok], e_iq[ok], e_jp[ok], red[ok]
    delta = cost_e[e_iq] + cost_e[e_jp] - cost_e[st.e[i]] - cost_e[st.e[j]]
    # the best pair of each i, then of each j (cheapest per unit of weight removed)
    order = np.lexsort((j, i, delta / red))
    order = order[_first_of(i[order])]
    order = order[_first_of(j[order])]
    i, j, e_iq, e_jp, red, delta = i[order], j[order], e_iq[order], e_jp[order], \
        red[order], delta[order]
    return {"i": i, "j": j, "e_iq": e_iq, "e_jp": e_jp,
            "b": p.budget_of_position[st.a[i]].astype(np.int64), "red": red, "delta": delta}


def _first_of(keys: np.ndarray) -> np.ndarray:
    """Indices of the first occurrence of each key, in the given order."""
    _, first = np.unique(keys, return_index=True)
    return np.sort(first)


def _improve(st: _State, cost_e: np.ndarray, cost_u: np.ndarray, rounds: int = 4,
             emp: np.ndarray | None = None) -> None:
    """Move employees to strictly cheaper options that fit (a local descent)."""
    p = st.p
    pool = np.flatnonzero(p.pinned < 0) if emp is None else emp[p.pinned[emp] < 0]
    for _ in range(rounds):
        if not len(pool):
            return
        q, e, alt = _best_alternatives(st, pool, cost_e, cost_u)
        gain = st.option_cost(cost_e, cost_u)[pool] - alt
        sel = np.flatnonzero((alt < _INF) & (gain > 0))
        if not len(sel):
            return
        sel = sel[np.lexsort((pool[sel], -gain[sel]))]
        acc = st.change(pool[sel], q[sel], e[sel])
        if not acc.any():
            return
        pool = pool[sel[~acc]] if emp is None else pool


# -- sub-problems for the LNS -------------------------------------------------------------


def _subproblem(p: Problem, a: np.ndarray, free: np.ndarray, rows: _Rows):
    """The problem restricted to the ``free`` employees, everyone else fixed at ``a``.

    Returns (sub-problem, its positions as original indices, hint). Capacities, unit
    caps and minimums, budgets and move caps are reduced by the fixed placements;
    ``constant`` holds the fixed employees' cost, so sub-costs are full costs.
    """
    n, m, k = p.n_employees, p.n_positions, p.n_units
    F = np.flatnonzero(free)
    fixed = ~free
    af = a[fixed]
    pf = af >= 0
    fixfill = np.bincount(af[pf], minlength=m).astype(np.int64)
    fixufill = np.bincount(p.position_unit[af[pf]], minlength=k).astype(np.int64)
    e_all = p.edge_index(a)
    fixed_e = e_all[fixed]
    fixed_cost = _exact_int(p.edge_cost[fixed_e[pf]]) + _exact_int(p.unplaced_cost[fixed][~pf])
    idx = _ranges(p.indptr, F)
    lens = p.indptr[F + 1] - p.indptr[F]
    cur = p.current_pos[F]
    P = np.unique(np.concatenate([p.edge_pos[idx], cur[cur >= 0]]).astype(np.int64))
    remap = np.full(m, -1, dtype=np.int64)
    remap[P] = np.arange(len(P))
    kw: dict = {}
    if p.has_budgets:
        fixed_act = _activity(p, rows, np.where(free, -1, a), np.where(free, -1, e_all))
        kw["budget_of_position"] = p.budget_of_position[P]
        kw["budget_limit"] = p.budget_limit - fixed_act[: rows.n_budgets]
        kw["edge_weight"] = p.edge_weight[idx]
        kw["budget_names"] = list(p.budget_names)
    if p.has_move_caps:
        moved_fixed = fixed & rows.has_cur & (a != p.current_pos)
        if p.max_moves != NO_LIMIT:
            kw["max_moves"] = int(p.max_moves) - int(moved_fixed.sum())
        cu = p.current_unit[moved_fixed]
        per = np.bincount(cu[cu >= 0], minlength=k)
        kw["unit_max_moves"] = np.where(p.unit_max_moves == NO_LIMIT, NO_LIMIT,
                                        p.unit_max_moves - per)
    unit_cap = np.where(p.unit_cap == NO_LIMIT, NO_LIMIT, p.unit_cap - fixufill)
    pinned = p.pinned[F]
    sub = Problem(
        indptr=np.concatenate([[0], np.cumsum(lens)]),
        edge_pos=remap[p.edge_pos[idx]],
        edge_cost=p.edge_cost[idx],
        unplaced_cost=p.unplaced_cost[F],
        capacity=(p.capacity - fixfill)[P],
        position_unit=p.position_unit[P],
        n_units=k,
        must_place=p.must_place[F],
        min_fill=np.maximum(np.minimum(p.min_fill, p.capacity) - fixfill, 0)[P],
        unit_cap=unit_cap,
        unit_min=np.maximum(p.unit_min - fixufill, 0),
        pinned=_at(remap, pinned, -1),
        current_pos=_at(remap, cur, -1),
        current_unit=p.current_unit[F],
        constant=int(p.constant) + fixed_cost,
        name=f"{p.name} (neighbourhood)",
        **kw,
    )
    hint = _at(remap, a[F], -1)
    del n
    return sub, P, hint


# -- the solver ---------------------------------------------------------------------------


@register_solver
class LagrangeSolver(Solver):
    """Lagrangian pricing + flow + repair + CP-SAT LNS; feasible with a proven bound."""

    name = "lagrange"
    features = frozenset({Feature.NETWORK, Feature.BUDGETS, Feature.MOVE_CAPS})
    exact = False

    def __init__(
        self,
        max_iterations: int | None = None,
        lns: bool = True,
        lns_rounds: int | None = None,
        lns_deterministic_time: float = 1.5,
        pricing_share: float = 0.85,
        patience: int = 4,
        smoothing: float = 0.5,
        target_gap: float = 1.0,
        gap_deterministic_time: float = 0.1,
        gap_lns: bool | None = None,
    ) -> None:
        """``max_iterations``: pricing iterations (flow solves); default from the
        problem size (about 10⁸ edges in total, 10 to 200). ``lns``: run the
        neighbourhood search after pricing; ``lns_rounds`` caps it (default: until the
        time limit, or ``3 × units`` rounds without a time limit).
        ``lns_deterministic_time``: CP-SAT's deterministic budget per sub-solve.
        ``pricing_share``: the pricing phase also stops after this share of
        ``time_limit``. ``patience``: iterations without a better bound before the
        step length is halved. ``smoothing``: weight of the new subgradient in the
        step direction (1 = plain subgradient). ``target_gap``: Polyak's target is at
        most this share above the best bound (1 = the best cost, uncapped).
        ``gap_deterministic_time``: CP-SAT's deterministic budget per sub-solve of the
        agent neighbourhoods on GAP-shaped problems (see :mod:`gap_search`).
        ``gap_lns``: run those neighbourhoods (None = as ``lns`` says; True with
        ``lns=False``: for half of the time limit, then stop)."""
        self.max_iterations = max_iterations
        self.lns = lns
        self.lns_rounds = lns_rounds
        self.lns_deterministic_time = lns_deterministic_time
        self.pricing_share = pricing_share
        self.patience = patience
        self.smoothing = smoothing
        self.target_gap = target_gap
        self.gap_deterministic_time = gap_deterministic_time
        self.gap_lns = gap_lns

    def _solve(self, problem, time_limit, seed, workers, hint, progress) -> SolveOutcome:
        run = _Run(self, problem, time_limit, seed, workers, progress)
        return run.go(hint)


class _Run:
    def __init__(self, cfg: LagrangeSolver, p: Problem, time_limit, seed, workers,
                 progress) -> None:
        self.cfg, self.p = cfg, p
        self.t0 = time.perf_counter()
        self.deadline = None if time_limit is None else self.t0 + max(0.0, float(time_limit))
        self.time_limit = time_limit
        self.seed, self.workers, self.progress = int(seed), max(1, int(workers)), progress
        self.rows = _rows(p)
        self.best_a: np.ndarray | None = None
        self.best_cost: int | None = None
        self.bound: int | None = None
        self.log: list[str] = []
        self.relaxed = p.network_part()
        self.stay = p.edge_index(p.current_pos) if p.has_move_caps else None

    # -- bookkeeping --------------------------------------------------------------------
    def elapsed(self) -> float:
        return time.perf_counter() - self.t0

    def remaining(self) -> float | None:
        return None if self.deadline is None else self.deadline - time.perf_counter()

    def out_of_time(self) -> bool:
        r = self.remaining()
        return r is not None and r <= 0

    def report(self, phase: str) -> None:
        if self.progress is None:
            return
        p = self.p
        self.progress({
            "phase": phase,
            "best": None if self.best_cost is None else p.objective_value(self.best_cost),
            "bound": None if self.bound is None else p.objective_value(self.bound),
            "elapsed": self.elapsed(),
        })

    def offer(self, a: np.ndarray, phase: str) -> bool:
        """Keep ``a`` if it is valid and cheaper than the incumbent."""
        p = self.p
        try:
            cost = p.cost_of(a)
        except ValueError:
            return False
        if self.best_cost is not None and cost >= self.best_cost:
            return False
        if violations(p, a):
            return False
        self.best_a, self.best_cost = np.asarray(a, dtype=np.int32).copy(), cost
        self.report(phase)
        return True

    def raise_bound(self, value: int, phase: str) -> None:
        if self.bound is None or value > self.bound:
            self.bound = value
            self.report(phase)

    def proven(self) -> bool:
        return self.best_cost is not None and self.bound is not None and \
            self.bound >= self.best_cost

    # -- main ---------------------------------------------------------------------------
    def go(self, hint) -> SolveOutcome:
        p = self.p
        if hint is not None:
            h = np.asarray(hint)
            if h.shape == (p.n_employees,) and ((h >= -1) & (h < p.n_positions)).all():
                self.offer(h.astype(np.int32), "lagrange: hint")
        reason = _moves_floor(p)
        if reason:
            return self.outcome(Status.INFEASIBLE, reason)
        dense = gap_search.dense_gap(p)
        if dense is not None and self.dense_search(dense):
            return self.outcome(Status.OPTIMAL if self.proven() else Status.FEASIBLE, "")
        status, message = self.pricing()
        if status is Status.INFEASIBLE:
            return self.outcome(Status.INFEASIBLE, message)
        if self.cfg.lns and not self.proven() and self.best_a is not None and not _soft(p):
            self.neighbourhoods()
        if self.best_a is None:
            from placement.messages import msg

            return self.outcome(Status.NO_SOLUTION, message or msg("lag.none"))
        return self.outcome(Status.OPTIMAL if self.proven() else Status.FEASIBLE, message)

    def dense_search(self, d: gap_search.Dense) -> bool:
        """GAP-shaped problems (:mod:`placement.solvers.gap_search`): capacity-relaxed
        Lagrangian bound, regret and priced-repair constructions with shift/swap
        descent, then (``lns``) CP-SAT on the jobs of a few agents at a time. False
        when no construction is feasible (the flow-based path takes over)."""
        p, cfg = self.p, self.cfg
        const = int(p.constant)
        its = cfg.max_iterations
        its = 1000 if its is None else max(1, 5 * int(its))
        bound, lam, pool = gap_search.lagrangian_bound(d, its)
        if bound is None:
            return False  # a job without any option: the generic path explains
        self.raise_bound(bound + const, "lagrange: bound")
        found = False
        for lam_k in (pool or [lam])[:2]:
            if self.proven() or (self.out_of_time() and found):
                break
            R = np.where(d.allowed, d.C + lam_k * d.A, np.inf)
            for build in (gap_search.regret_construct, gap_search.priced_repair):
                x = build(d, R)
                if x is None or not d.feasible(x):
                    continue
                x = gap_search.local_search(d, x, deadline=self.deadline)
                found = True
                self.offer(d.assignment(x), "lagrange: construction")
        self.log.append(f"lagrange: GAP-shaped, dense bound {bound + const}, "
                        f"best construction {self.best_cost}")
        if self.best_a is None:
            return False
        if not (cfg.lns if cfg.gap_lns is None else cfg.gap_lns) or self.proven():
            return True
        x = d.from_assignment(self.best_a)
        lns = gap_search.AgentLNS(d, lam, self.seed, self.workers, cfg.gap_deterministic_time)
        max_rounds = cfg.lns_rounds
        if max_rounds is None:
            max_rounds = 3 * d.m + 10 if self.deadline is None else 10**9
        # ahead of CP-SAT on the full model (``lns`` off, ``gap_lns`` on), the
        # neighbourhoods take half of this stage's limit, leaving CP-SAT its proof time
        stop = self.deadline
        if stop is not None and not cfg.lns:
            stop = self.t0 + 0.5 * (stop - self.t0)
        while lns.rounds < max_rounds and not self.proven() and \
                (stop is None or time.perf_counter() < stop):
            y, proved = lns.step(x, None if stop is None else stop - time.perf_counter())
            if y is not None and self.offer(d.assignment(y), "lagrange: neighbourhood search"):
                x = y
            if proved and lns.whole and self.best_cost is not None:
                # the neighbourhood was every job and every agent: optimal (ahead of
                # CP-SAT on the full model, hand over: it proves it from the hint)
                if not cfg.lns:
                    break
                self.raise_bound(self.best_cost, "lagrange: neighbourhood search")
        self.log.append(f"lagrange: {lns.rounds} agent neighbourhood(s), "
                        f"{lns.solves_optimal} proven, last size {lns.k} agents")
        return True

    def outcome(self, status: Status, message: str) -> SolveOutcome:
        bound = self.bound
        if bound is not None and self.best_cost is not None and bound > self.best_cost:
            self.log.append(f"bound {bound} above the placement's cost {self.best_cost}; "
                            "clamped")
            bound = self.best_cost
        if status is Status.INFEASIBLE:
            bound = None
        return SolveOutcome(status, self.best_a if status.has_solution else None,
                            self.best_cost if status.has_solution else None, bound,
                            "lagrange", self.elapsed(), message, self.log)

    # -- phase 1-3: subgradient on the priced flow, with repair -------------------------
    def pricing(self) -> tuple[Status | None, str]:
        p, rows, cfg = self.p, self.rows, self.cfg
        R = rows.n_rows
        span = _option_span(p)
        S = _choose_scale(p, rows, span)
        mf_pen = _penalty(p, "min_fill_penalty")
        max_it = cfg.max_iterations
        if max_it is None:
            max_it = int(min(200, max(10, 1e8 // max(p.n_edges, 1))))
        # few iterations (large problems): halve the step sooner
        patience = max(1, min(cfg.patience, max(2, max_it // 10)))
        theta = np.zeros(R)  # normalised multipliers: λ_r · scale_r
        t_step = 1.0
        since_better = 0
        best_L: float | None = None
        d_prev: np.ndarray | None = None
        it = 0
        sc = rows.scale
        last = 0.0  # seconds of the last iteration: do not start one that cannot finish
        while it < max_it:
            if it and (rem := self.remaining()) is not None and rem < last:
                break
            t_it = time.perf_counter()
            mu = np.minimum(np.rint(theta / sc * S), np.floor(rows.lam_cap * S)).astype(np.int64)
            cost_e, cost_u = _priced_costs(p, rows, mu, S)
            q = copy.copy(self.relaxed)
            q.edge_cost, q.unplaced_cost = cost_e, cost_u
            if mf_pen:
                q.min_fill_penalty = mf_pen * S  # soft minimums: the tier reward, scaled
            try:
                a, status, message = solve_flow(q)
            except OverflowError:
                a, status, message = None, Status.NO_SOLUTION, "BAD_COST_RANGE"
            if a is None and status is not Status.INFEASIBLE and S > 1:
                S //= 2  # cost range too wide for the flow: coarser multipliers
                self.log.append(f"lagrange: scale lowered to {S} ({message})")
                continue
            if a is None:
                if status is Status.INFEASIBLE:
                    return Status.INFEASIBLE, message  # the network part alone
                return Status.NO_SOLUTION, message
            e = p.edge_index(a)
            priced = _exact_int(cost_e[e[e >= 0]]) + _exact_int(cost_u[a < 0])
            if mf_pen:  # the flow minimised priced cost + penalty × minimum seats short
                short = p.shortfalls(a)
                priced += S * mf_pen * (int(short["min_fill"].sum()) +
                                        int(short["unit_min"].sum()))
            L_num = priced + S * int(p.constant) - _exact_int(mu * rows.limit)
            bound = -((-L_num) // S)
            L = L_num / S
            raised = self.bound is None or bound > self.bound
            self.raise_bound(bound, "lagrange: bound")
            act = _activity(p, rows, a, e)
            g = (act - rows.limit) / sc
            # repair this priced optimum (priced costs guide the choices). On large
            # problems a repair costs about as much as a flow solve: repair the first
            # priced optimum, those that raised the bound and every fourth, so that
            # the time goes to pricing (100k, 120 s: 2.9 % -> 2.0 % from the bound)
            if p.n_edges <= LARGE_EDGES or it == 0 or raised or it % 4 == 3:
                self.repair(a, cost_e, cost_u, mu, S)
            it += 1
            last = time.perf_counter() - t_it
            if self.proven():
                break
            if best_L is None or L > best_L + 1e-9:
                best_L, since_better = L, 0
            else:
                since_better += 1
                if since_better >= patience:
                    t_step /= 2
                    since_better = 0
            if t_step < 1e-3:
                break
            g_proj = np.where((theta <= 0) & (g < 0), 0.0, g)
            if not g_proj.any():
                break  # the priced optimum keeps every row: nothing left to price
            # deflected subgradient: a share of the previous direction damps zig-zags
            d = g_proj if d_prev is None else cfg.smoothing * g_proj + \
                (1 - cfg.smoothing) * d_prev
            d = np.where((theta <= 0) & (d < 0), 0.0, d)
            norm = float(d @ d)
            if norm == 0:
                d, norm = g_proj, float(g_proj @ g_proj)
            d_prev = d
            # Polyak's target: the best placement's cost, but never more than
            # ``target_gap`` above the best bound (a poor first repair would overshoot)
            target = best_L + max(1.0, cfg.target_gap * abs(best_L))
            if self.best_cost is not None:
                target = min(target, float(self.best_cost))
            theta = np.clip(theta + t_step * max(target - L, 1.0) / norm * d, 0.0,
                            rows.lam_cap * sc)
            if self.deadline is not None and self.elapsed() > cfg.pricing_share * \
                    float(self.time_limit) and self.best_a is not None:
                break
            if self.out_of_time():
                break
        self.log.append(f"lagrange: {it} pricing iteration(s), scale {S}, bound {self.bound}, "
                        f"best {self.best_cost}")
        return None, ""

    def repair(self, a: np.ndarray, cost_e, cost_u, mu, S) -> None:
        p = self.p
        if _soft(p):
            self.offer(a, "lagrange: priced placement")  # soft rules may stay broken
        st = _State(p, self.rows, a)
        ok = _repair_moves(st, cost_e, cost_u)
        if not ok:
            fixed = self.pin_repair(st, cost_e, cost_u)
            if fixed is None:
                return
            st = fixed
        if not _repair_budgets(st, cost_e, cost_u):
            return
        if not _repair_moves(st, cost_e, cost_u):
            return
        # local descent on the true costs
        _improve(st, p.edge_cost, p.unplaced_cost)
        self.offer(st.a, "lagrange: repair")

    def pin_repair(self, st: _State, cost_e, cost_u, rounds: int = 6) -> _State | None:
        """Pin movers of over-cap units to their current post and re-solve the priced
        flow (the flow re-seats whoever they displace)."""
        p, rows = self.p, self.rows
        pinned = p.pinned.copy()
        stay = self.stay
        assert stay is not None  # set with move caps, the only rules this repairs
        for _ in range(rounds):
            over = st.over()
            over[: rows.n_budgets] = 0
            if not (over > 0).any():
                return st
            moved = rows.has_cur & (st.a != p.current_pos) & (pinned < 0) & (stay >= 0)
            r = rows.emp_move_row
            glob = rows.global_row >= 0 and over[rows.global_row] > 0
            in_over = _at(over, r, 0) > 0
            cand = np.flatnonzero(moved & (in_over | glob))
            if not len(cand):
                return None
            loss = cost_e[stay[cand]] - st.option_cost(cost_e, cost_u)[cand]
            order = np.lexsort((cand, loss))
            cand = cand[order]
            take = np.zeros(len(cand), dtype=bool)
            sel = np.flatnonzero(in_over[cand])
            if len(sel):
                take[sel] = _rank_in_group(r[cand[sel]]) < over[r[cand[sel]]]
            if glob:
                need = int(over[rows.global_row]) - int(take.sum())
                rest = np.flatnonzero(~take)
                take[rest[: max(need, 0)]] = True
            emp = cand[take]
            # never pin more people to a post than its headcount
            held = np.bincount(pinned[pinned >= 0], minlength=p.n_positions)
            room = p.capacity - held
            fits = _fits(p.current_pos[emp].astype(np.int64), np.ones(len(emp)), room)
            emp = emp[fits]
            if not len(emp):
                return None
            pinned[emp] = p.current_pos[emp]
            q = copy.copy(self.relaxed)
            q.edge_cost, q.unplaced_cost, q.pinned = cost_e, cost_u, pinned
            try:
                a, _, _ = solve_flow(q)
            except OverflowError:
                return None
            if a is None:
                return None
            st = _State(p, rows, a)
            if _repair_moves(st, cost_e, cost_u):
                return st
        return None

    # -- phase 4: LNS with CP-SAT -------------------------------------------------------
    def neighbourhoods(self) -> None:
        p, cfg = self.p, self.cfg
        k = p.n_units
        rng = np.random.default_rng(self.seed)
        if k == 0 or p.n_employees == 0:
            return
        assert self.best_a is not None  # called with a placement to improve
        max_rounds = cfg.lns_rounds
        if max_rounds is None:
            max_rounds = 3 * k + 10 if self.deadline is None else 10**9
        # employees' edges grouped by position (who could take a post)
        by_pos = np.argsort(p.edge_pos, kind="stable")
        pos_ptr = np.searchsorted(p.edge_pos[by_pos], np.arange(p.n_positions + 1))
        pos_of_unit = np.argsort(p.position_unit, kind="stable")
        unit_ptr = np.searchsorted(p.position_unit[pos_of_unit], np.arange(k + 1))
        # edge budget of a neighbourhood: grows when CP-SAT proves sub-problems optimal
        size = int(min(max(2000, p.n_edges // 4), 25000))
        lo_size, hi_size = 2000, 100000
        stall = 0
        rounds = 0
        order: list[int] = []
        last = 0.0
        while rounds < max_rounds and not self.out_of_time() and not self.proven():
            if (rem := self.remaining()) is not None and rem < last:
                break  # a round would run past the limit
            t_round = time.perf_counter()
            if not order:
                order = self._focus_order(rng)
            focus = order.pop(0)
            free = self._neighbourhood(focus, rng, size, by_pos, pos_ptr, pos_of_unit,
                                       unit_ptr)
            rounds += 1
            if not free.any():
                continue
            sub, P, hint = _subproblem(p, self.best_a, free, self.rows)
            rem = self.remaining()
            tl = None if rem is None else max(0.05, rem)
            status, sub_a, sub_cost = _cpsat_sub(sub, hint, self.seed + rounds, self.workers,
                                                 cfg.lns_deterministic_time, tl)
            improved = False
            if (sub_a is not None and sub_cost is not None and self.best_cost is not None
                    and sub_cost < self.best_cost):
                a = self.best_a.copy()
                a[np.flatnonzero(free)] = _at(P, sub_a, -1)
                improved = self.offer(a, "lagrange: neighbourhood search")
            if status is Status.OPTIMAL:
                if free.all() and self.best_cost is not None:
                    # the neighbourhood was everyone: the incumbent is optimal
                    self.raise_bound(self.best_cost, "lagrange: neighbourhood search")
                    break
                size = min(hi_size, int(size * 1.3))
            else:
                size = max(lo_size, int(size * 0.7))
            stall = 0 if improved else stall + 1
            last = time.perf_counter() - t_round
            if stall >= 2 * k + 5:
                break
        self.log.append(f"lagrange: {rounds} neighbourhood(s), last size {size} edges")

    def _focus_order(self, rng) -> list[int]:
        """Units in a seeded random order, the units of violated-in-relaxation rows
        (tight budgets, capped move counts) twice."""
        p, rows = self.p, self.rows
        k = p.n_units
        units = list(rng.permutation(k))
        hot: list[int] = []
        if self.best_a is not None:
            st_act = _activity(p, rows, self.best_a, p.edge_index(self.best_a))
            tight = st_act >= 0.97 * rows.limit
            if rows.n_budgets:
                # budgets are per unit of the positions
                bpos = p.budget_of_position
                for b in np.flatnonzero(tight[: rows.n_budgets]):
                    us = np.unique(p.position_unit[bpos == b])
                    hot.extend(int(u) for u in us)
            ur = rows.unit_rows
            hot.extend(int(u) for u in np.flatnonzero((ur >= 0) & _at(tight, ur, False)))
        hot = [u for u in rng.permutation(np.array(sorted(set(hot)), dtype=np.int64))]
        return [int(u) for u in hot] + [int(u) for u in units]

    def _neighbourhood(self, focus: int, rng, size: int, by_pos, pos_ptr, pos_of_unit,
                       unit_ptr) -> np.ndarray:
        p = self.p
        n, k = p.n_employees, p.n_units
        a = self.best_a
        assert a is not None  # neighbourhoods of the best placement
        deg = np.diff(p.indptr)

        def unit_people(u: int) -> np.ndarray:
            P0 = pos_of_unit[unit_ptr[u]:unit_ptr[u + 1]]
            inside = np.zeros(p.n_positions, dtype=bool)
            inside[P0] = True
            people = _at(inside, a, False)
            people |= (p.current_unit == u) & (p.current_pos >= 0)
            # unplaced people who could take one of its posts
            cand = p.edge_emp[by_pos[_ranges(pos_ptr, P0)]] if len(P0) else np.zeros(0, int)
            out = np.zeros(n, dtype=bool)
            out[cand] = True
            people |= out & (a < 0)
            return people

        free = unit_people(focus)
        # related units: where the freed people could go (most edges first, seeded ties)
        if k > 1:
            idx = _ranges(p.indptr, np.flatnonzero(free))
            w = np.bincount(p.position_unit[p.edge_pos[idx]], minlength=k).astype(float)
            w[focus] = 0
            n_more = int(rng.integers(0, 3))
            for _ in range(n_more):
                if w.sum() <= 0 or int(deg[free].sum()) >= size:
                    break
                u = int(rng.choice(k, p=w / w.sum()))
                w[u] = 0
                free |= unit_people(u)
        # trim to the edge budget (seeded), keeping pinned people out of the count
        F = np.flatnonzero(free)
        if int(deg[F].sum()) > size:
            F = rng.permutation(F)
            keep = F[np.cumsum(deg[F]) <= size]
            free = np.zeros(n, dtype=bool)
            free[keep] = True
            return free
        # holders of the posts the freed people are eligible for
        P1 = np.unique(p.edge_pos[_ranges(p.indptr, F)])
        on = np.zeros(p.n_positions, dtype=bool)
        on[P1] = True
        holders = np.flatnonzero(_at(on, a, False) & ~free)
        if len(holders):
            holders = rng.permutation(holders)
            room = size - int(deg[F].sum())
            keep = holders[np.cumsum(deg[holders]) <= room]
            free[keep] = True
        return free


def _cpsat_sub(sub: Problem, hint: np.ndarray, seed: int, workers: int, dtime: float,
               time_limit: float | None) -> tuple[Status, np.ndarray | None, int | None]:
    """Solve a neighbourhood with the CP-SAT backend's model (``cpsat._build``), tuned
    for many small hinted solves: one light presolve pass, no probing or symmetry, and
    the full linear relaxation (assignment + knapsack rows are LP-friendly), stopped
    on a deterministic time budget."""
    from ortools.sat.python import cp_model

    from placement.solvers.cpsat import STATUS_MAP, _add_hint, _build, neighbourhood_parameters

    built = _build(sub)
    if isinstance(built, list):
        return Status.INFEASIBLE, None, None
    model, _, coef, offset = built
    _add_hint(model, sub, hint)
    solver = cp_model.CpSolver()
    neighbourhood_parameters(solver.parameters, workers, seed, dtime, time_limit)
    raw = solver.solve(model)
    status = STATUS_MAP.get(raw, Status.NO_SOLUTION)
    if not status.has_solution:
        return status, None, None
    values = np.fromiter(solver.response_proto.solution, dtype=np.int64)
    chosen = values[: sub.n_edges].astype(bool)
    a = np.full(sub.n_employees, -1, dtype=np.int64)
    a[sub.edge_emp[chosen]] = sub.edge_pos[chosen]
    return status, a, sub.cost_of(a)


def _moves_floor(p: Problem) -> str:
    """Why the move caps cannot hold, from counting alone ('' if no such proof): an
    incumbent must move when staying is not an eligible pair or when pinned
    elsewhere, and at least ``incumbents - seats`` of a post's incumbents from one
    unit must move (seats less those pinned to others)."""
    if not p.has_move_caps or _penalty(p, "move_penalty"):
        return ""
    n, m, k = p.n_employees, p.n_positions, p.n_units
    has = p.current_pos >= 0
    stay = p.edge_index(p.current_pos)
    pinned_away = (p.pinned >= 0) & (p.pinned != p.current_pos)
    forced = has & ((stay < 0) | pinned_away)
    maybe = has & ~forced
    taken = np.bincount(p.pinned[(p.pinned >= 0) & (p.pinned != p.current_pos)], minlength=m)
    seats = np.maximum(p.capacity - taken, 0)
    cu = p.current_unit
    total = int(forced.sum())
    pos = p.current_pos[maybe].astype(np.int64)
    n_p = np.bincount(pos, minlength=m)
    total += int(np.maximum(n_p - seats, 0).sum())
    if p.max_moves != NO_LIMIT and total > p.max_moves:
        from placement.messages import msg

        return msg("lag.moves", n=total, cap=p.max_moves)
    capped = p.unit_max_moves != NO_LIMIT
    if capped.any():
        floor = np.bincount(cu[forced & (cu >= 0)], minlength=k).astype(np.int64)
        sel = maybe & (cu >= 0)
        key = p.current_pos[sel].astype(np.int64) * k + cu[sel]
        keys, cnt = np.unique(key, return_counts=True)
        excess = np.maximum(cnt - seats[keys // k], 0)
        floor += np.bincount(keys % k, weights=excess, minlength=k).astype(np.int64)
        bad = np.flatnonzero(capped & (floor > p.unit_max_moves))
        if len(bad):
            u = int(bad[0])
            from placement.messages import msg

            return msg("lag.moves_unit", n=int(floor[u]), unit=p.label("unit", u),
                       cap=int(p.unit_max_moves[u]))
    del n
    return ""


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


#: Above this many edges the pricing loop repairs only some priced optima (see
#: :meth:`_Run.pricing`): each repair costs about one flow solve there.
LARGE_EDGES = 2_000_000

#: ``solve(solver="auto")`` follows this backend with a full CP-SAT model (one Boolean
#: per edge) only up to this many edges; above, this backend's LNS runs to the limit.
FULL_MODEL_EDGES = 200_000

#: The same limit for GAP-shaped problems (:func:`gap_search.dense_gap`): above it the
#: agent neighbourhood search beats one CP-SAT search on the whole model in a minute,
#: below it CP-SAT (hinted with this backend's placement) proves optimality.
GAP_FULL_MODEL_EDGES = 5_000


def full_model_edges(p: Problem) -> int:
    """Edges up to which ``solve(solver="auto")`` follows this backend with CP-SAT on
    the full model (above: this backend alone, with its neighbourhood search)."""
    if p.n_edges > GAP_FULL_MODEL_EDGES and gap_search.dense_gap(p) is not None:
        return GAP_FULL_MODEL_EDGES
    return FULL_MODEL_EDGES
