"""Tabu search with ejection chains for GAP-shaped problems, through infeasible space.

After Yagiura, Ibaraki & Glover (TS-EC, INFORMS J. Comput. 2004): the search walks
over assignments that may overload agents, and scores them by

    cost(x) + Σ_i α_i · max(0, load_i − cap_i)

with one penalty weight ``α_i`` per agent, adapted as it goes (*strategic
oscillation*): after a move that leaves agents overloaded their weights grow by a
factor ``1 + inc``; after one that leaves every agent within capacity all weights
shrink by ``1 − dec``. The search therefore crosses the capacity boundary back and
forth, which is where the optima of tight instances (Yagiura's types D and E) lie.
The best feasible assignment met is what it returns.

Each iteration applies the best non-tabu move of three neighbourhoods, each
evaluated on whole arrays (no Python loop over jobs or agents):

- **shift**: one job to another agent — an ``n × (m + 1)`` delta matrix;
- **swap**: two jobs of different agents exchange agents — an ``n × n`` matrix
  (above ``swap_rows`` jobs, the rows are a rotating block of jobs plus the jobs of
  overloaded agents);
- **ejection chain**: job ``j`` moves to agent ``k``, ejecting job ``l`` of ``k`` to
  another agent, which may eject a third, … up to ``depth`` moves. The best chain
  from every job is found by dynamic programming over the depth, one ``n × n`` step
  per level (the penalty of an agent is counted with the arrival and the departure
  of that step only: cycles through an agent already visited are approximated),
  then re-scored exactly and taken only if it beats the best shift and swap.

A move of job ``j`` away from agent ``i`` forbids ``j`` to return to ``i`` for a
tenure drawn in ``tenure`` (seeded); a tabu move is still allowed when it gives a
feasible assignment cheaper than the best one (aspiration). After ``restart``
iterations without a better feasible assignment the walk restarts from the best
one, its weights reset.

Everything is a function of the arrays, the start, the multipliers, the seed and the
iteration count; only a wall-clock ``deadline`` may stop it earlier.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np

from placement.solvers.gap_search import Dense

_INF = np.inf
_TRACE = False


@dataclass
class ChainResult:
    """The best feasible assignment (None if none was met) and what the walk did."""

    x: np.ndarray | None
    cost: int | None
    iterations: int
    improvements: int
    chains: int  # chain moves applied (depth ≥ 2)


def chain_search(
    d: Dense,
    x0: np.ndarray,
    lam: np.ndarray | None,
    seed: int,
    iterations: int,
    deadline: float | None = None,
    depth: int = 4,
    tenure: tuple[int, int] = (0, 0),
    inc: float = 0.2,
    dec: float = 0.1,
    swap_rows: int = 400,
    rand: bool = True,
    scale: float = 1.0,
    restart: int = 0,
) -> ChainResult:
    """Weighted local search with shift, swap and ejection-chain moves from ``x0``
    (module doc); ``iterations`` counts moves and weight updates.

    ``lam``: the Lagrangian multipliers, the initial penalty weights (a floor keeps
    every capacitated agent's weight positive)."""
    n, M = d.C.shape
    rng = np.random.default_rng(seed)
    rows = np.arange(n)
    Cf = np.where(d.allowed, d.C, 0).astype(float)
    Cf[~d.allowed] = _INF
    Af = d.A.astype(float)
    cap = np.where(d.capped, d.cap, 0).astype(float)
    cap[~d.capped] = _INF
    alpha0 = scale * _initial_weights(d, lam)
    alpha = alpha0.copy()
    floor = alpha0 * 1e-3

    if not d.allowed.any(axis=1).all():
        return ChainResult(None, None, 0, 0, 0)  # a job with no option at all
    x = np.asarray(x0, dtype=np.int64).copy()
    bad = ~d.allowed[rows, x]  # a start off the allowed options: the cheapest one
    x[bad] = Cf[bad].argmin(axis=1)
    load = np.bincount(x, weights=Af[rows, x], minlength=M)
    cost = float(Cf[rows, x].sum())
    T = np.zeros((n, M), dtype=np.int64)  # move of job j to agent i tabu while T > it

    feas0 = bool((load <= cap).all()) and np.isfinite(cost)
    best_x = x.copy() if feas0 else None
    best = cost if feas0 else _INF
    improvements = chains = 0
    block = 0
    it = 0
    eps = 1e-9
    los = last_lo = 0
    for it in range(iterations):
        if deadline is not None and not it % 32 and time.perf_counter() > deadline:
            break
        over = np.maximum(load - cap, 0.0)
        over_tot = float(over.sum())
        cj = Cf[rows, x]
        aj = Af[rows, x]
        xo = over[x]
        out_new = np.maximum(load[x] - aj - cap[x], 0.0)
        pen_out = alpha[x] * (out_new - xo)
        new_in = np.maximum(load + Af - cap, 0.0)  # n × M: agent k with job j added
        pen_in = alpha * (new_in - over)
        dcost = Cf - cj[:, None]
        tabu = T > it
        # -- shift --------------------------------------------------------------------
        P = dcost + pen_in  # j's move without its departure penalty
        P[rows, x] = _INF
        D = P + pen_out[:, None]
        after = over_tot + (out_new - xo)[:, None] + (new_in - over)
        F = np.where(after <= 0, dcost, _INF)  # feasible neighbours: record the best
        F[rows, x] = _INF
        fj, fk = np.unravel_index(int(np.argmin(F)), F.shape)
        if cost + F[fj, fk] < best - eps:
            best_x = x.copy()
            best_x[fj] = fk
            best = cost + float(F[fj, fk])
            improvements += 1
            last_lo = los
        D = np.where(tabu, _INF, D)
        s_j, s_k = np.unravel_index(int(np.argmin(D)), D.shape)
        s_val = float(D[s_j, s_k])
        # -- swap (rows: all jobs, or a block of them plus the overloaded agents') ---
        if n <= swap_rows:
            R = rows
        else:
            blk = np.arange(block, block + swap_rows) % n
            block = (block + swap_rows) % n
            R = np.union1d(blk, np.flatnonzero(over[x] > 0))
        V, w_val, w_j, w_l, f_val, f_j, f_l = _best_swap(
            R, x, Cf, Af, cj, aj, load, cap, over, alpha, T, it, over_tot
        )
        if cost + f_val < best - eps:
            best_x = x.copy()
            best_x[f_j], best_x[f_l] = x[f_l], x[f_j]
            best = cost + f_val
            improvements += 1
            last_lo = los
        if rand and s_val < -eps:  # a random improving shift, else swap
            neg = np.flatnonzero(D.ravel() < -eps)
            s_j, s_k = np.unravel_index(int(neg[rng.integers(len(neg))]), D.shape)
            w_val = _INF
        elif rand and w_val < -eps:
            neg = np.flatnonzero(V.ravel() < -eps)
            r_, w_l = np.unravel_index(int(neg[rng.integers(len(neg))]), V.shape)
            w_j, w_l = int(R[r_]), int(w_l)
            s_val = _INF
        vals = [s_val, w_val]
        # -- ejection chains, when neither improves -------------------------------------
        chain = None
        if depth >= 2 and min(vals) >= -eps:
            c_val, chain = _best_chain(x, P, Cf, Af, cj, aj, load, cap, over, alpha, tabu, depth)
            if chain is not None:
                c_val = _chain_delta(chain, x, Cf, Af, load, cap, alpha)
            vals.append(c_val)
        pick = int(np.argmin(vals))
        if vals[pick] < -eps:
            if pick == 0:
                moves = [(int(s_j), int(s_k))]
            elif pick == 1:
                moves = [(w_j, int(x[w_l])), (w_l, int(x[w_j]))]
            else:
                assert chain is not None
                moves = chain
                chains += 1
            for j, k in moves:
                i = int(x[j])
                load[i] -= Af[j, i]
                load[k] += Af[j, k]
                cost += Cf[j, k] - Cf[j, i]
                x[j] = k
                if tenure[1]:
                    T[j, i] = it + int(rng.integers(tenure[0], tenure[1] + 1))
            if not (load > cap).any() and cost < best - eps:
                best, best_x = cost, x.copy()
                improvements += 1
                last_lo = los
            continue
        # a local optimum of the penalised cost: adapt the weights
        over = np.maximum(load - cap, 0.0)
        pcost = cost + float((alpha * over).sum())
        if pcost >= best - eps or not over.any():
            alpha = np.maximum(alpha * (1.0 - dec), floor)
        else:
            alpha = alpha * (1.0 + inc * over / over.max())
        los += 1
        if restart and los - last_lo >= restart and best_x is not None:
            x = best_x.copy()
            load = np.bincount(x, weights=Af[rows, x], minlength=M)
            cost = best
            alpha = alpha0.copy()
            last_lo = los
        if _TRACE:
            print(it, round(cost), over.sum(), round(float(alpha[d.capped].mean()), 3), best)
    done = it + 1 if iterations else 0
    if best_x is None:
        return ChainResult(None, None, done, improvements, chains)
    return ChainResult(best_x, int(round(best)), done, improvements, chains)


def _initial_weights(d: Dense, lam: np.ndarray | None) -> np.ndarray:
    """The multipliers where positive; elsewhere (and as a floor) a tenth of the
    typical cost per unit of weight, so every capacitated agent has a price."""
    M = d.C.shape[1]
    both = d.allowed & (d.A > 0)
    scale = float(np.median(np.abs(d.C[both]) / d.A[both])) if both.any() else 1.0
    scale = max(scale, 1e-6)
    a = np.zeros(M) if lam is None else np.nan_to_num(np.asarray(lam, dtype=float))
    a = np.maximum(a, 0.1 * scale)
    return np.where(d.capped, a, 0.0)


def _best_swap(R, x, Cf, Af, cj, aj, load, cap, over, alpha, T, it, over_tot):
    """Best swap (value, j, l) with j among rows R — j takes l's agent, l takes j's —
    and the cheapest swap that leaves every agent within capacity (cost change, j, l)."""
    xr, xl = x[R], x
    Cx = Cf[R][:, xl]  # j (in R) at l's agent
    Cy = Cf[:, xr].T  # l at j's agent, as [j, l]
    Ax = Af[R][:, xl]
    Ay = Af[:, xr].T
    dC = Cx + Cy - cj[R][:, None] - cj[None, :]
    li = (load[xr] - aj[R])[:, None] + Ay  # j's agent: loses j, gains l
    lk = (load[xl] - aj)[None, :] + Ax  # l's agent: loses l, gains j
    dI = np.maximum(li - cap[xr][:, None], 0.0) - over[xr][:, None]
    dK = np.maximum(lk - cap[xl][None, :], 0.0) - over[xl][None, :]
    same = xr[:, None] == xl[None, :]
    dC[same] = _INF
    V = dC + alpha[xr][:, None] * dI + alpha[xl][None, :] * dK
    F = np.where(over_tot + dI + dK <= 0, dC, _INF)
    fr, fl = np.unravel_index(int(np.argmin(F)), F.shape)
    tabu = (T[R][:, xl] > it) | (T[:, xr].T > it)
    V[tabu] = _INF
    r, l_ = np.unravel_index(int(np.argmin(V)), V.shape)
    return V, float(V[r, l_]), int(R[r]), int(l_), float(F[fr, fl]), int(R[fr]), int(fl)


def _best_chain(x, P, Cf, Af, cj, aj, load, cap, over, alpha, tabu, depth):
    """Best ejection chain of 2..depth moves by dynamic programming over the depth.

    ``E[v]``: best value of moving job ``v`` on (its departure penalty excluded),
    either a plain shift or into an agent whose job it ejects, recursively. Returns
    (approximate value, [(job, agent), ...]) or (inf, None)."""
    n = len(x)
    rows = np.arange(n)
    Pt = np.where(tabu, _INF, P)
    end_k = Pt.argmin(axis=1)
    E = Pt[rows, end_k]
    E0 = E.copy()
    nxt: list[np.ndarray] = []
    Cx = Cf[:, x]  # u at v's agent
    Ax = Af[:, x]
    base = Cx - cj[:, None]
    lx = load[x] - aj  # v's agent after v leaves
    pen_ax = alpha[x][None, :]
    tab_x = tabu[:, x]
    cap_x = cap[x][None, :]
    over_x = over[x][None, :]
    invalid = (x[:, None] == x[None, :]) | tab_x
    for _ in range(depth - 1):
        Q = base + pen_ax * (np.maximum(lx[None, :] + Ax - cap_x, 0.0) - over_x) + E[None, :]
        Q[invalid] = _INF
        v = Q.argmin(axis=1)
        qv = Q[rows, v]
        use = qv < E
        E = np.where(use, qv, E)
        nxt.append(np.where(use, v, -1))
    # the first job also pays its departure penalty; plain shifts are the shift
    # neighbourhood's
    out_new = np.maximum(load[x] - aj - cap[x], 0.0)
    total = np.where(E < E0, E + alpha[x] * (out_new - over[x]), _INF)
    j = int(np.argmin(total))
    if not np.isfinite(total[j]):
        return _INF, None
    moves: list[tuple[int, int]] = []
    level = len(nxt) - 1
    while len(moves) <= depth:
        while level >= 0 and nxt[level][j] < 0:
            level -= 1
        if level < 0:
            moves.append((j, int(end_k[j])))
            break
        v = int(nxt[level][j])
        moves.append((j, int(x[v])))
        j, level = v, level - 1
    return float(total[moves[0][0]]), moves


def _chain_delta(moves, x, Cf, Af, load, cap, alpha) -> float:
    """Exact change of the penalised cost when the moves are applied in order."""
    x = x.copy()
    ld = load.copy()
    before = float((alpha * np.maximum(ld - cap, 0.0)).sum())
    dc = 0.0
    for j, k in moves:
        i = int(x[j])
        if i == k:
            return _INF
        ld[i] -= Af[j, i]
        ld[k] += Af[j, k]
        dc += Cf[j, k] - Cf[j, i]
        x[j] = k
    return dc + float((alpha * np.maximum(ld - cap, 0.0)).sum()) - before


def _chain_allowed(moves, T, it) -> bool:
    return all(T[j, k] <= it for j, k in moves)
