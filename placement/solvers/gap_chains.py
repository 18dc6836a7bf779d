"""Weighted local search with ejection chains for GAP-shaped problems.

After Yagiura, Ibaraki & Glover (TS-EC, INFORMS J. Comput. 2004) and the weighting
local search of Umetani & Yagiura: the search walks over assignments that may
overload agents, scored by

    cost(x) + Σ_i α_i · max(0, load_i − cap_i)

with one penalty weight ``α_i`` per agent (initially the Lagrangian multipliers).
Each iteration evaluates whole neighbourhoods on arrays (no Python loop over jobs or
agents) and applies one improving move of the penalised cost:

- **shift**: one job to another agent — an ``n × (m + 1)`` delta matrix; a random
  improving shift (seeded) is applied if there is one;
- **swap**: two jobs of different agents exchange agents — an ``n × n`` matrix
  (evaluated only when no shift improves); a random improving swap;
- **ejection chain** (only when neither improves): job ``j`` moves to agent ``k``,
  ejecting job ``l`` of ``k`` to another agent, which may eject a third, … up to
  ``depth`` moves. The best chain from every job is found by dynamic programming
  over the depth, one ``n × n`` step per level (an agent's penalty is counted with
  that step's arrival and departure only), then re-scored exactly and applied if it
  improves.

Above ``rows_max`` jobs the swap and chain matrices take as rows a rotating block of
``rows_max`` jobs plus the jobs of overloaded agents. Every shift and swap neighbour
that keeps all capacities is checked against the best feasible assignment, which is
what the search returns.

At a local optimum the weights adapt (*strategic oscillation*): if its penalised
cost is no better than the best feasible cost, every weight shrinks by ``1 − dec``
(the search may cross into overload); otherwise the weights of the overloaded agents
grow by up to ``1 + inc``, in proportion to their overload.

Everything is a function of the arrays, the start, the multipliers, the seed and the
iteration count; only a wall-clock ``deadline`` may stop it earlier.

:func:`relink_search`: path relinking over an elite set of such local optima (after
Yagiura, Ibaraki & Glover's PREC, EJOR 2006): a walk from one elite assignment part
of the way towards another, then a short chain search (stopped by ``patience``) from
there, its result replacing the worst elite assignment if better.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np

from placement.solvers.gap_search import Dense

_INF = np.inf
#: Rows of the swap and chain matrices above this many jobs (module doc).
ROWS = 400
#: A kicked job of the path relinking's elite seeding moves to one of this many of its
#: best agents under the multipliers (:func:`relink_search`).
KICK_AGENTS = 4


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
    inc: float = 0.2,
    dec: float = 0.1,
    rows_max: int | None = None,
    scale: float = 1.0,
    target: float | None = None,
    patience: int | None = None,
    keep_start: bool = True,
) -> ChainResult:
    """Weighted local search with shift, swap and ejection-chain moves from ``x0``
    (module doc); ``iterations`` counts evaluations of the neighbourhoods.

    ``lam``: the Lagrangian multipliers, the initial penalty weights (a floor keeps
    every capacitated agent's weight positive; ``scale`` multiplies them). A start
    off the allowed options takes each such job's cheapest allowed agent. ``target``:
    a lower bound on the cost; the search stops when it reaches it. ``patience``: it
    also stops after that many iterations without a better feasible assignment.
    ``keep_start`` False: a feasible start does not count as met (the result is the
    best feasible assignment the walk reaches, possibly worse than the start)."""
    n, M = d.C.shape
    rows_max = ROWS if rows_max is None else int(rows_max)
    rng = np.random.default_rng(seed)
    rows = np.arange(n)
    Cf, Af, cap = _float_arrays(d)
    CfT, AfT = np.ascontiguousarray(Cf.T), np.ascontiguousarray(Af.T)  # agent × job
    alpha = scale * _initial_weights(d, lam)
    floor = alpha * 1e-3
    if not d.allowed.any(axis=1).all():
        return ChainResult(None, None, 0, 0, 0)  # a job with no option at all
    x = np.asarray(x0, dtype=np.int64).copy()
    bad = ~d.allowed[rows, x]
    x[bad] = Cf[bad].argmin(axis=1)
    load = np.bincount(x, weights=Af[rows, x], minlength=M)
    cost = float(Cf[rows, x].sum())

    pair = _Pairs(n if n <= rows_max else min(n, rows_max + rows_max // 2), n)

    feas0 = keep_start and bool((load <= cap).all())
    best_x = x.copy() if feas0 else None
    best = cost if feas0 else _INF
    improvements = chains = 0
    block = 0
    it = 0
    eps = 1e-9
    last = 0  # iteration of the last better feasible assignment
    for it in range(iterations):
        if deadline is not None and time.perf_counter() > deadline:
            break
        if patience is not None and it - last > patience:
            break
        if target is not None and best <= target:
            break
        over = np.maximum(load - cap, 0.0)
        over_tot = float(over.sum())
        cj = Cf[rows, x]
        aj = Af[rows, x]
        xo = over[x]
        out_new = np.maximum(load[x] - aj - cap[x], 0.0)
        new_in = np.maximum(load + Af - cap, 0.0)  # n × M: agent k with job j added
        dcost = Cf - cj[:, None]
        # -- shift: record the best feasible neighbour, take a random improving one --
        P = dcost + alpha * (new_in - over)  # j's move without its departure penalty
        P[rows, x] = _INF
        D = P + (alpha[x] * (out_new - xo))[:, None]
        after = over_tot + (out_new - xo)[:, None] + (new_in - over)
        F = np.where(after <= 0, dcost, _INF)
        F[rows, x] = _INF
        fj, fk = np.unravel_index(int(np.argmin(F)), F.shape)
        if cost + F[fj, fk] < best - eps:
            best_x = x.copy()
            best_x[fj] = fk
            best = cost + float(F[fj, fk])
            improvements += 1
            last = it
        moves = _shift_batch(D, x, rng, eps)
        R = rows
        if n > rows_max:  # swap and chain rows: a rotating block, the overloaded's jobs
            blk = np.arange(block, block + rows_max) % n
            block = (block + rows_max) % n
            hot = np.flatnonzero(xo > 0)
            if len(hot) > rows_max // 2:
                hot = rng.choice(hot, rows_max // 2, replace=False)
            R = np.union1d(blk, hot)
        built = False
        if not moves:
            # -- swap: the same, over job pairs ---------------------------------------
            pair.build(R, x, Cf, Af, cj, aj, load, cap, over, alpha)
            built = True
            V, (r, l_, f) = _swaps(pair, x, CfT, AfT, cj, aj, load, cap, over, alpha, over_tot)
            if cost + f < best - eps:
                best_x = x.copy()
                best_x[R[r]], best_x[l_] = x[l_], x[R[r]]
                best = cost + f
                improvements += 1
                last = it
            neg = np.flatnonzero(V.ravel() < -eps)
            if not moves and len(neg):
                r, c = np.unravel_index(int(neg[rng.integers(len(neg))]), V.shape)
                a, b = int(R[r]), int(c)
                moves = [(a, int(x[b])), (b, int(x[a]))]
        if not moves and depth >= 2:
            # -- ejection chains, when neither improves -------------------------------
            if not built:
                pair.build(R, x, Cf, Af, cj, aj, load, cap, over, alpha)
            chain = _best_chain(pair, x, P, cj, aj, load, cap, over, alpha, depth)
            if chain and _chain_delta(chain, x, Cf, Af, load, cap, alpha) < -eps:
                moves = chain
                chains += 1
        if moves:
            for a, k in moves:
                i = int(x[a])
                load[i] -= Af[a, i]
                load[k] += Af[a, k]
                cost += Cf[a, k] - Cf[a, i]
                x[a] = k
            if cost < best - eps and not (load > cap).any():
                best, best_x = cost, x.copy()
                improvements += 1
                last = it
            continue
        # a local optimum of the penalised cost: adapt the weights
        over = np.maximum(load - cap, 0.0)
        if cost + float((alpha * over).sum()) >= best - eps or not over.any():
            alpha = np.maximum(alpha * (1.0 - dec), floor)
        else:
            alpha = alpha * (1.0 + inc * over / over.max())
    done = it + 1 if iterations else 0
    if best_x is None:
        return ChainResult(None, None, done, improvements, chains)
    return ChainResult(best_x, int(round(best)), done, improvements, chains)


def _shift_batch(D: np.ndarray, x: np.ndarray, rng, eps: float) -> list[tuple[int, int]]:
    """Improving shifts on pairwise distinct agents (so that each keeps its value):
    every job's best, in a random order, taken while their agents are untouched."""
    best = D.argmin(axis=1)
    val = D[np.arange(len(x)), best]
    cand = np.flatnonzero(val < -eps)
    if not len(cand):
        return []
    cand = cand[rng.permutation(len(cand))][: 2 * D.shape[1]]
    used: set[int] = set()
    moves = []
    for j in cand.tolist():
        i, k = int(x[j]), int(best[j])
        if i in used or k in used:
            continue
        used.update((i, k))
        moves.append((j, k))
    return moves


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


class _Pairs:
    """The row × job terms that the swaps and the chains share, in buffers allocated
    once per search (fresh arrays of this size each iteration cost as much as the
    arithmetic). Row ``r`` = job ``R[r]`` = j, column = job l, ``i`` = j's agent,
    ``k`` = l's agent; after :meth:`build`:

    - ``GC``: ``Cf[j, k] − Cf[j, i]``, j's change of cost in l's agent;
    - ``dK``: the change of k's overload when l leaves it and j arrives;
    - ``aK``: ``alpha[k] · dK``;
    - ``same``: j and l on the same agent."""

    def __init__(self, rows: int, n: int) -> None:
        self.GC, self.dK, self.aK, self.dC, self.dI, self.V = (
            np.empty((rows, n)) for _ in range(6)
        )
        self.same = np.empty((rows, n), dtype=bool)
        self.mask = np.empty((rows, n), dtype=bool)

    def build(self, R, x, Cf, Af, cj, aj, load, cap, over, alpha) -> None:
        """The shared terms for rows ``R`` (at most the buffers' rows). The sums are
        regrouped to save passes over the matrices (a row's or a column's constants
        summed first): every term is an integer below 2**53 or infinite, so the
        values are those of the plain order (only a zero's sign may differ)."""
        h = len(R)
        self.R, self.xr = R, x[R]
        GC, dK, aK = self.GC[:h], self.dK[:h], self.aK[:h]
        np.take(Cf[R] - cj[R][:, None], x, axis=1, out=GC, mode="clip")
        np.take(Af[R], x, axis=1, out=dK, mode="clip")  # l's agent: loses l, gains j
        dK += load[x] - aj - cap[x] - over[x]
        np.maximum(dK, -over[x], out=dK)
        np.multiply(dK, alpha[x], out=aK)
        np.equal(self.xr[:, None], x[None, :], out=self.same[:h])


def _swaps(pair: _Pairs, x, CfT, AfT, cj, aj, load, cap, over, alpha, over_tot):
    """Swaps of job j (row of R) with job l (column): j takes l's agent, l takes j's.
    Returns the change of the penalised cost (a view of a buffer of ``pair``) and the
    swap (row, column, change of the cost) that changes the cost least among those
    leaving every agent within capacity (the first in row-major order on ties; change
    inf if there is none)."""
    R, xr = pair.R, pair.xr
    h = len(R)
    dC, dI, V = pair.dC[:h], pair.dI[:h], pair.V[:h]
    np.take(CfT - cj[None, :], xr, axis=0, out=dC, mode="clip")  # l's cost at j's agent
    dC += pair.GC[:h]
    np.take(AfT, xr, axis=0, out=dI, mode="clip")  # j's agent: loses j, gains l
    dI += (load[xr] - aj[R] - cap[xr] - over[xr])[:, None]
    np.maximum(dI, -over[xr][:, None], out=dI)
    np.copyto(dC, _INF, where=pair.same[:h])
    np.multiply(dI, alpha[xr][:, None], out=V)
    np.add(dC, V, out=V)
    V += pair.aK[:h]
    if np.count_nonzero(over) > 2:  # a swap mends at most two agents: none feasible
        return V, (0, 0, _INF)
    after = dI
    after += over_tot
    after += pair.dK[:h]
    bad = np.greater(after, 0, out=pair.mask[:h])
    if bad.all():
        return V, (0, 0, _INF)
    np.copyto(dC, _INF, where=bad)
    r, l_ = np.unravel_index(int(np.argmin(dC)), dC.shape)
    return V, (int(r), int(l_), float(dC[r, l_]))


def _best_chain(pair: _Pairs, x, P, cj, aj, load, cap, over, alpha, depth):
    """Best ejection chain of 2..depth moves by dynamic programming over the depth.

    ``E[v]``: best value of moving job ``v`` on (its departure penalty excluded):
    a plain shift, or into the agent of a job ``w`` that it ejects, ``w`` moving on
    in turn (only jobs of ``R`` eject). Returns [(job, agent), ...], empty if the
    best chain from every job is a plain shift.

    Between levels only ``E[R]`` changes: each row's best over the other columns is
    found once, and each level scans only the columns of ``R`` (row × row), ties going
    to the lower column as in one scan of the whole row. Uses the buffers of ``pair``
    (its swap terms are overwritten)."""
    R = pair.R
    n, h = len(x), len(R)
    rows = np.arange(n)
    end_k = P.argmin(axis=1)
    E0 = P[rows, end_k]
    E = E0.copy()
    lx = load[x] - aj  # each job's agent after the job leaves
    fixed = pair.dC[:h]
    np.add(pair.GC[:h], pair.aK[:h], out=fixed)
    np.copyto(fixed, _INF, where=pair.same[:h])
    nR = np.arange(h)
    outside = h < n
    if outside:  # each row's best over the columns outside R, with E fixed there
        Qo = np.add(fixed, E[None, :], out=pair.dI[:h])
        Qo[:, R] = _INF
        vo = Qo.argmin(axis=1)
        qo = Qo[nR, vo]
    fixed_R = fixed[:, R]
    nxt: list[np.ndarray] = []
    for _ in range(depth - 1):
        Q = fixed_R + E[None, R]
        vr = Q.argmin(axis=1)
        qv = Q[nR, vr]
        v = R[vr]
        if outside:
            take = (qo < qv) | ((qo == qv) & (vo < v))
            v = np.where(take, vo, v)
            qv = np.where(take, qo, qv)
        use = qv < E[R]
        step = np.full(n, -1)
        step[R[use]] = v[use]
        E = E.copy()
        E[R[use]] = qv[use]
        nxt.append(step)
    # the first job also pays its departure penalty
    out_new = np.maximum(lx - cap[x], 0.0)
    total = np.where(E < E0, E + alpha[x] * (out_new - over[x]), _INF)
    j = int(np.argmin(total))
    if not np.isfinite(total[j]):
        return []
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
    return moves


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


def _float_arrays(d: Dense) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Costs (infinite where not allowed), weights and capacities (infinite where
    uncapped) as floats."""
    Cf = np.where(d.allowed, d.C, 0).astype(float)
    Cf[~d.allowed] = _INF
    cap = np.where(d.capped, d.cap, 0).astype(float)
    cap[~d.capped] = _INF
    return Cf, d.A.astype(float), cap


@dataclass
class RelinkResult:
    """The best feasible assignment of the elite set (None if it is empty), the
    number of chain runs and the elite costs, best first."""

    x: np.ndarray | None
    cost: int | None
    runs: int
    elite: list[int]


def relink_search(
    d: Dense,
    x0: np.ndarray,
    lam: np.ndarray | None,
    seed: int,
    rounds: int,
    deadline: float | None = None,
    elite: int = 10,
    patience: int = 500,
    scale: float = 1.0,
    target: float | None = None,
    depth: int = 4,
    kick: float = 0.0,
) -> RelinkResult:
    """Path relinking over an elite set of chain-search local optima.

    The elite set starts with ``x0`` (a feasible assignment) and the results of
    chain searches from it with different seeds; then each round takes two elite
    assignments A and B, walks from A towards B (greedy path: each step moves the
    job, among those where they differ, whose move to B's agent costs least in the
    penalised cost under the initial weights) for a random 30-70 % of their
    distance, runs the chain search from there until ``patience`` iterations bring
    no better feasible assignment, and puts its result in the elite set in place of
    the worst one if it is better and not already in it. ``rounds`` counts chain
    runs; only ``deadline`` or reaching ``target`` stops it earlier.

    ``kick`` > 0: the chain searches that fill the elite set start (all but the
    first) from ``x0`` with that share of its jobs moved at random to one of their
    ``KICK_AGENTS`` best agents under the multipliers, and each returns the best
    feasible assignment it reaches even if worse than ``x0``. Without it, from a
    start their chain search cannot improve, they all return ``x0`` and the elite
    set is one assignment (d40400 above 5,000 edges)."""
    rng = np.random.default_rng(seed)
    n, M = d.C.shape
    rows = np.arange(n)
    Cf, Af, cap = _float_arrays(d)
    alpha = scale * _initial_weights(d, lam)
    pool: list[np.ndarray] = []
    costs: list[int] = []

    def add(x: np.ndarray, c: int) -> None:
        if any(costs[i] == c and np.array_equal(pool[i], x) for i in range(len(pool))):
            return
        if len(pool) < elite:
            pool.append(x.copy())
            costs.append(c)
            return
        w = int(np.argmax(costs))
        if c < costs[w]:
            pool[w], costs[w] = x.copy(), c

    x0 = np.asarray(x0, dtype=np.int64)
    near = _near_agents(d, lam, Cf, Af) if kick > 0 else None
    if d.feasible(x0):
        add(x0, d.cost(x0))
    runs = 0
    while runs < rounds:
        if deadline is not None and time.perf_counter() > deadline:
            break
        if target is not None and costs and min(costs) <= target:
            break
        start, seeding = x0, True
        if runs >= elite - 1 and len(pool) >= 2:
            a, b = rng.choice(len(pool), 2, replace=False)
            start = _path(pool[a], pool[b], rng.uniform(0.3, 0.7), Cf, Af, cap, alpha, rows)
            seeding = False
        elif near is not None and runs:
            start = _kick(x0, kick, near, rng)
        res = chain_search(
            d,
            start,
            lam,
            int(rng.integers(2**31)),
            10**9,
            deadline=deadline,
            depth=depth,
            scale=scale,
            target=target,
            patience=patience,
            keep_start=not (seeding and near is not None),
        )
        runs += 1
        if res.x is not None and res.cost is not None:
            add(res.x, res.cost)
    if not pool:
        return RelinkResult(None, None, runs, [])
    order = np.argsort(costs, kind="stable")
    b = int(order[0])
    return RelinkResult(pool[b].copy(), costs[b], runs, [costs[i] for i in order])


def _path(xa, xb, frac, Cf, Af, cap, alpha, rows) -> np.ndarray:
    """From ``xa`` towards ``xb``: ``frac`` of the jobs where they differ moved to
    their agent in ``xb``, greedily by the change of the penalised cost."""
    x = xa.copy()
    diff = np.flatnonzero(xa != xb)
    load = np.bincount(x, weights=Af[rows, x], minlength=len(cap))
    for _ in range(int(round(frac * len(diff)))):
        i, k = x[diff], xb[diff]
        li, lk = load[i] - Af[diff, i], load[k] + Af[diff, k]
        pen = alpha[i] * (np.maximum(li - cap[i], 0) - np.maximum(load[i] - cap[i], 0))
        pen += alpha[k] * (np.maximum(lk - cap[k], 0) - np.maximum(load[k] - cap[k], 0))
        t = int(np.argmin(Cf[diff, k] - Cf[diff, i] + pen))
        j = int(diff[t])
        load[x[j]] -= Af[j, x[j]]
        load[xb[j]] += Af[j, xb[j]]
        x[j] = xb[j]
        diff = np.delete(diff, t)
    return x


def _near_agents(d: Dense, lam: np.ndarray | None, Cf, Af) -> np.ndarray:
    """Each job's ``KICK_AGENTS`` best allowed agents under ``c + λ·a`` (n × k; a job
    with fewer options repeats its best ones)."""
    lam0 = np.zeros(Cf.shape[1]) if lam is None else np.nan_to_num(np.asarray(lam, dtype=float))
    R = np.where(d.allowed, Cf + lam0 * Af, _INF)
    k = min(KICK_AGENTS, R.shape[1])
    near = np.argsort(R, axis=1, kind="stable")[:, :k]
    ok = np.isfinite(np.take_along_axis(R, near, axis=1))
    return np.where(ok, near, near[:, :1])


def _kick(x: np.ndarray, frac: float, near: np.ndarray, rng) -> np.ndarray:
    """``x`` with a random ``frac`` of its jobs (at least one) each moved to a random
    one of its ``near`` agents (a random restart of part of the assignment)."""
    y = x.copy()
    j = rng.choice(len(x), max(1, int(round(frac * len(x)))), replace=False)
    y[j] = near[j, rng.integers(near.shape[1], size=len(j))]
    return y
