"""Phases 1-3: subgradient steps on the priced min-cost flow, each priced optimum
repaired into a placement (see the package docstring)."""

from __future__ import annotations

import copy
import time

import numpy as np

from placement.model.outcome import Status
from placement.solvers.cpsat_model import exact_sum
from placement.solvers.flow import solve_flow
from placement.solvers.lagrange.narrow import _Narrow
from placement.solvers.lagrange.repair import (
    _improve,
    _rank_in_group,
    _repair_budgets,
    _repair_moves,
    _State,
)
from placement.solvers.lagrange.rows import (
    _activity,
    _at,
    _choose_scale,
    _fits,
    _option_span,
    _penalty,
    _priced_costs,
    _soft,
)
from placement.solvers.lagrange.run import _Run

#: Above this many edges the pricing loop repairs only some priced optima (see
#: :func:`pricing`): each repair costs about one flow solve there.
LARGE_EDGES = 2_000_000


def pricing(run: _Run) -> tuple[Status | None, str]:
    p, rows, cfg = run.p, run.rows, run.cfg
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
    # large problems: most steps on a narrowed network, a full solve every few
    every = cfg.narrow if cfg.narrow > 1 and p.n_edges > cfg.narrow_above else 1
    narrow = _Narrow(p, cfg.narrow_options) if every > 1 else None
    n_full = 0
    since_full = 0
    # seconds of the last full / narrowed iteration: do not start one that cannot finish
    last = last_narrow = 0.0
    work = 0.0  # full-network solves, a narrowed one counted by its share of the edges
    while work < max_it:
        if it and (rem := run.remaining()) is not None and rem < last:
            break
        t_it = time.perf_counter()
        mu = np.minimum(np.rint(theta / sc * S), np.floor(rows.lam_cap * S)).astype(np.int64)
        cost_e, cost_u = _priced_costs(p, rows, mu, S)
        q = copy.copy(run.relaxed)
        q.edge_cost, q.unplaced_cost = cost_e, cost_u
        if mf_pen:
            q.min_fill_penalty = mf_pen * S  # soft minimums: the tier reward, scaled
        if narrow is not None and since_full < every - 1 and n_full:
            # a narrowed step unless the time left only fits the full solve after it
            rem = run.remaining()
            end = _pricing_left(run)
            if (rem is None or rem >= last + last_narrow) and (
                end is None or end >= last + last_narrow
            ):
                a = _narrow_step(narrow, q)
                if a is not None:
                    e = p.edge_index(a)
                    narrow.note(e)
                    L = _lagrangian(p, rows, a, e, cost_e, cost_u, mu, S, mf_pen) / S
                    g = (_activity(p, rows, a, e) - rows.limit) / sc
                    it += 1
                    work += len(narrow.idx) / max(p.n_edges, 1)
                    since_full += 1
                    last_narrow = time.perf_counter() - t_it
                    # no bound: L is at least the full L at these multipliers
                    theta, t_step, since_better, best_L, d_prev, stop = _step(
                        run, theta, g, L, t_step, since_better, best_L, d_prev, patience, sc
                    )
                    if stop:
                        if _over_time(run):
                            break
                        since_full = every  # the narrowed optimum is no proof: go full
                    continue
        try:
            a, status, message = solve_flow(q)
        except OverflowError:
            a, status, message = None, Status.NO_SOLUTION, "BAD_COST_RANGE"
        if a is None and status is not Status.INFEASIBLE and S > 1:
            S //= 2  # cost range too wide for the flow: coarser multipliers
            run.log.append(f"lagrange: scale lowered to {S} ({message})")
            continue
        if a is None:
            if status is Status.INFEASIBLE:
                return Status.INFEASIBLE, message  # the network part alone
            return Status.NO_SOLUTION, message
        e = p.edge_index(a)
        L_num = _lagrangian(p, rows, a, e, cost_e, cost_u, mu, S, mf_pen)
        bound = -((-L_num) // S)
        L = L_num / S
        raised = run.bound is None or bound > run.bound
        # the priced optimum of the best Lagrangian value (unrounded, at its own scale;
        # not only one that raises the rounded bound): the edges' floors come from it
        kept = run.priced_best
        if kept is None or L_num * kept[4] > kept[3] * S:
            run.priced_best = (a, cost_e, cost_u, L_num, S)
        run.raise_bound(bound, "lagrange: bound")
        act = _activity(p, rows, a, e)
        g = (act - rows.limit) / sc
        if narrow is not None:
            narrow.note(e)
            narrow.rebuild(cost_e)
        # repair this priced optimum (priced costs guide the choices). On large
        # problems a repair costs about as much as a flow solve: repair the first
        # priced optimum, those that raised the bound and every fourth, so that
        # the time goes to pricing (100k, 120 s: 2.9 % -> 2.0 % from the bound)
        if p.n_edges <= LARGE_EDGES or n_full == 0 or raised or n_full % 4 == 3:
            repair(run, a, cost_e, cost_u, mu, S)
        it += 1
        work += 1
        n_full += 1
        since_full = 0
        last = time.perf_counter() - t_it
        if run.proven():
            break
        theta, t_step, since_better, best_L, d_prev, stop = _step(
            run, theta, g, L, t_step, since_better, best_L, d_prev, patience, sc
        )
        if stop:
            break
    run.log.append(
        f"lagrange: {it} pricing iteration(s), scale {S}, bound {run.bound}, best {run.best_cost}"
    )
    return None, ""


def _lagrangian(p, rows, a, e, cost_e, cost_u, mu, S, mf_pen) -> int:
    """``S ×`` the Lagrangian value of the priced placement ``a`` (edges ``e``), exact in
    integers: its priced cost (+ the minimum-fill penalty the flow paid) − μ · limit."""
    priced = exact_sum(cost_e[e[e >= 0]]) + exact_sum(cost_u[a < 0])
    if mf_pen:  # the flow minimised priced cost + penalty × minimum seats short
        short = p.shortfalls(a)
        priced += S * mf_pen * (int(short["min_fill"].sum()) + int(short["unit_min"].sum()))
    return priced + S * int(p.constant) - exact_sum(mu * rows.limit)


def _step(run: _Run, theta, g, L, t_step, since_better, best_L, d_prev, patience, sc):
    """One projected, deflected subgradient step with Polyak's length (see the
    package docstring). Returns the new state and whether pricing should stop."""
    cfg, rows = run.cfg, run.rows
    if best_L is None or L > best_L + 1e-9:
        best_L, since_better = L, 0
    else:
        since_better += 1
        if since_better >= patience:
            t_step /= 2
            since_better = 0
    if t_step < 1e-3:
        return theta, t_step, since_better, best_L, d_prev, True
    g_proj = np.where((theta <= 0) & (g < 0), 0.0, g)
    if not g_proj.any():
        # the priced optimum keeps every row: nothing left to price
        return theta, t_step, since_better, best_L, d_prev, True
    # deflected subgradient: a share of the previous direction damps zig-zags
    d = g_proj if d_prev is None else cfg.smoothing * g_proj + (1 - cfg.smoothing) * d_prev
    d = np.where((theta <= 0) & (d < 0), 0.0, d)
    norm = float(d @ d)
    if norm == 0:
        d, norm = g_proj, float(g_proj @ g_proj)
    d_prev = d
    # Polyak's target: the best placement's cost, but never more than
    # ``target_gap`` above the best bound (a poor first repair would overshoot)
    target = best_L + max(1.0, cfg.target_gap * abs(best_L))
    if run.best_cost is not None:
        target = min(target, float(run.best_cost))
    theta = np.clip(theta + t_step * max(target - L, 1.0) / norm * d, 0.0, rows.lam_cap * sc)
    return theta, t_step, since_better, best_L, d_prev, _over_time(run)


def _over_time(run: _Run) -> bool:
    """Pricing hands over: past ``pricing_share`` of the limit (with a placement) or
    out of time."""
    left = _pricing_left(run)
    return (left is not None and left < 0 and run.best_a is not None) or run.out_of_time()


def _pricing_left(run: _Run) -> float | None:
    """Seconds left before pricing hands over (``pricing_share`` of the limit)."""
    if run.deadline is None:
        return None
    return run.cfg.pricing_share * float(run.time_limit) - run.elapsed()


def _narrow_step(narrow: _Narrow, q) -> np.ndarray | None:
    """The priced optimum on the narrowed network (None: infeasible or no solution
    there, the caller solves the full network)."""
    try:
        a, _, _ = solve_flow(narrow.problem(q), ties=False)
    except OverflowError:
        return None
    return a


def repair(run: _Run, a: np.ndarray, cost_e, cost_u, mu, S) -> None:
    p = run.p
    if _soft(p):
        run.offer(a, "lagrange: priced placement")  # soft rules may stay broken
    st = _State(p, run.rows, a)
    ok = _repair_moves(st, cost_e, cost_u)
    if not ok:
        fixed = pin_repair(run, st, cost_e, cost_u)
        if fixed is None:
            return
        st = fixed
    if not _repair_budgets(st, cost_e, cost_u):
        return
    if not _repair_moves(st, cost_e, cost_u):
        return
    # local descent on the true costs
    _improve(st, p.edge_cost, p.unplaced_cost)
    run.offer(st.a, "lagrange: repair")


def pin_repair(run: _Run, st: _State, cost_e, cost_u, rounds: int = 6) -> _State | None:
    """Pin movers of over-cap units to their current post and re-solve the priced
    flow (the flow re-seats whoever they displace)."""
    p, rows = run.p, run.rows
    pinned = p.pinned.copy()
    stay = run.stay
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
        q = copy.copy(run.relaxed)
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
