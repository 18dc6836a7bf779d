"""Repair: turn a priced optimum into a placement that keeps every rule (vectorised
rounds on :class:`_State`, the loads of a placement against every hard limit)."""

from __future__ import annotations

import numpy as np

from placement.model.problem import NO_LIMIT, Problem
from placement.solvers.lagrange.rows import _INF, _activity, _at, _fits, _ranges, _Rows

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
            oldp[oldp >= 0], minlength=m
        )
        self.ufill += np.bincount(p.position_unit[newp[newp >= 0]], minlength=k) - np.bincount(
            p.position_unit[oldp[oldp >= 0]], minlength=k
        )
        if rows.n_budgets:
            nb = rows.n_budgets
            for sign, pp, ee in ((1, newp, newe), (-1, oldp, olde)):
                has = (pp >= 0) & (ee >= 0)
                b = p.budget_of_position[pp[has]]
                w = p.edge_weight[ee[has]]
                hb = b >= 0
                self.act[:nb] += sign * np.bincount(
                    b[hb], weights=w[hb].astype(float), minlength=nb
                ).round().astype(np.int64)
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

    def swap(self, i: np.ndarray, j: np.ndarray, e_iq: np.ndarray, e_jp: np.ndarray) -> np.ndarray:
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
            amounts += [
                np.where(same, w_iq + w_jp - w_ip - w_jq, w_jp - w_ip),
                np.where(same, 0, w_iq - w_jq),
            ]
            owner += [np.arange(n_s)] * 2
        if p.has_move_caps:
            cur_i, cur_j = p.current_pos[i], p.current_pos[j]
            d_i = ((cur_i >= 0) & (qj != cur_i)).astype(np.int64) - (
                (cur_i >= 0) & (pi != cur_i)
            ).astype(np.int64)
            d_j = ((cur_j >= 0) & (pi != cur_j)).astype(np.int64) - (
                (cur_j >= 0) & (qj != cur_j)
            ).astype(np.int64)
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
                    b[hb], weights=p.edge_weight[ee][hb].astype(float), minlength=nb
                ).round().astype(np.int64)
        if p.has_move_caps:
            for emp, old, new in ((ia, pa, qa), (ja, qa, pa)):
                cur = p.current_pos[emp]
                dm = ((cur >= 0) & (new != cur)).astype(np.int64) - (
                    (cur >= 0) & (old != cur)
                ).astype(np.int64)
                r = rows.emp_move_row[emp]
                hr = r >= 0
                np.add.at(self.act, r[hr], dm[hr])
                if rows.global_row >= 0:
                    self.act[rows.global_row] += int(dm.sum())
        self.a[ia], self.a[ja] = qa, pa
        self.e[ia], self.e[ja] = eiq, ejp
        return ok


def _best_alternatives(
    st: _State,
    emp: np.ndarray,
    cost_e: np.ndarray,
    cost_u: np.ndarray,
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


def _repair_budgets(
    st: _State, cost_e: np.ndarray, cost_u: np.ndarray, rounds: int = 200, swap_rounds: int = 25
) -> bool:
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
                st, redo, cost_e, cost_u, banned_budget=bad
            )
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
            n_acc += int(
                st.swap(sw["i"][swaps], sw["j"][swaps], sw["e_iq"][swaps], sw["e_jp"][swaps]).sum()
            )
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


def _stale_targets(
    st: _State, emp: np.ndarray, pos: np.ndarray, edge: np.ndarray, alt: np.ndarray, bad: np.ndarray
) -> np.ndarray:
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


def _swap_candidates(
    st: _State, heavy: np.ndarray, bad: np.ndarray, cost_e: np.ndarray, max_pairs: int = 300_000
) -> dict[str, np.ndarray]:
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
    i, j, e_iq, e_jp, red, delta = (
        i[order],
        j[order],
        e_iq[order],
        e_jp[order],
        red[order],
        delta[order],
    )
    return {
        "i": i,
        "j": j,
        "e_iq": e_iq,
        "e_jp": e_jp,
        "b": p.budget_of_position[st.a[i]].astype(np.int64),
        "red": red,
        "delta": delta,
    }


def _first_of(keys: np.ndarray) -> np.ndarray:
    """Indices of the first occurrence of each key, in the given order."""
    _, first = np.unique(keys, return_index=True)
    return np.sort(first)


def _improve(
    st: _State,
    cost_e: np.ndarray,
    cost_u: np.ndarray,
    rounds: int = 4,
    emp: np.ndarray | None = None,
) -> None:
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
