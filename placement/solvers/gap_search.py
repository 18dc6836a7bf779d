"""Dense search for GAP-shaped problems: one knapsack budget per position, nothing else.

A Problem is *GAP-shaped* (:func:`dense_gap`) when its only binding side constraints
are budgets that each cover exactly one position, with non-negative weights: no move
caps, pins, minimum fills or unit minimums, headcounts and unit caps that no placement
can reach, no soft rules. That is the Generalized Assignment Problem (jobs =
employees, agents = positions, agent capacities = budgets), and the flow-based pricing
of :mod:`placement.solvers.lagrange` is a poor fit for it: every job may take every
agent, so each flow solve is large while the relaxation it prices is trivial. This
module works on dense ``n × (m + 1)`` arrays instead (the last column is "unplaced",
allowed only where the employee may stay unplaced, uncapacitated):

- :func:`lagrangian_bound` — Lagrangian relaxation of the capacity rows: each job
  takes its cheapest agent under ``c + λ·a``; subgradient steps on ``λ`` (Held–Karp
  step rule, a fixed number of iterations); the bound of the best ``λ`` is recomputed
  exactly in integers (``λ`` rounded down to multiples of ``1/S``), so it is valid.
- :func:`regret_construct` — Martello–Toth regret construction: repeatedly assign the
  job with the largest regret (second-best minus best *feasible* desirability, here
  the priced cost) to its best feasible agent.
- :func:`local_search` — shift (one job to another agent with room) and swap (two
  jobs exchange agents) descents on the true costs, vectorised over all jobs / job
  pairs; only the moves accepted are applied one by one.
- :func:`priced_repair` — start from the relaxed optimum and move jobs out of the
  over-loaded agents, cheapest priced increase per unit of weight first.
- :class:`AgentLNS` — large-neighbourhood search: free every job of ``k`` agents
  (2 at first) chosen by their pair structure (a seed agent, half the time drawn by
  how far its jobs are from their priced-best agent, then agents that hold each
  other's second-best jobs under the priced costs), plus the ``extra`` (16) jobs
  elsewhere that would most rather be with them (their own agents join the
  sub-problem: two-step ejection chains); fix the rest, solve that sub-GAP with CP-SAT
  hinted with the incumbent under a *deterministic* time budget, keep improvements;
  ``k`` grows after three sub-problems in a row proven optimal and shrinks after one
  that is not.

Every step is a function of the arrays, the seed and iteration counts, never of the
clock, except where a wall-clock ``deadline`` stops the search (see
:mod:`placement.solvers.lagrange`).
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass

import numpy as np
import pandas as pd
from ortools.sat.python import cp_model

from placement.model.problem import NO_LIMIT, Problem
from placement.solvers.cpsat_model import (
    first_values,
    hint_first_variables,
    neighbourhood_parameters,
)

#: Dense arrays above this many cells (jobs × (agents + 1)) are not built.
MAX_CELLS = 6_000_000
_BIG = np.int64(2**52)  # cost / capacity of a forbidden option (sums stay exact)
_SWAP_BLOCK = 512  # rows of the job × job swap matrix evaluated at a time


@dataclass
class Dense:
    """A GAP-shaped Problem as dense arrays; column ``m`` is the unplaced option."""

    C: np.ndarray  # int64[n, m+1]: cost, _BIG where not allowed
    A: np.ndarray  # int64[n, m+1]: weight on the agent's capacity (0 unplaced)
    allowed: np.ndarray  # bool[n, m+1]
    cap: np.ndarray  # int64[m+1]: capacity (_BIG = none)
    capped: np.ndarray  # bool[m+1]

    @property
    def n(self) -> int:
        return self.C.shape[0]

    @property
    def m(self) -> int:
        return self.C.shape[1] - 1

    def cost(self, x: np.ndarray) -> int:
        return int(self.C[np.arange(self.n), x].sum())

    def load(self, x: np.ndarray) -> np.ndarray:
        return np.bincount(x, weights=self.A[np.arange(self.n), x], minlength=self.m + 1).astype(
            np.int64
        )

    def feasible(self, x: np.ndarray) -> bool:
        return bool(self.allowed[np.arange(self.n), x].all() and (self.load(x) <= self.cap).all())

    def assignment(self, x: np.ndarray) -> np.ndarray:
        """Problem assignment (position per employee, -1 unplaced)."""
        return np.where(x == self.m, -1, x).astype(np.int32)

    def from_assignment(self, a: np.ndarray) -> np.ndarray:
        return np.where(np.asarray(a) < 0, self.m, a).astype(np.int64)


def dense_gap(p: Problem) -> Dense | None:
    """The dense form of a GAP-shaped Problem, None if it is not one (module doc)."""
    n, m = p.n_employees, p.n_positions
    if not n or not m or not p.has_budgets or p.has_move_caps or n * (m + 1) > MAX_CELLS:
        return None
    if any(
        int(getattr(p, k, 0) or 0) for k in ("min_fill_penalty", "budget_penalty", "move_penalty")
    ):
        return None
    if (p.pinned >= 0).any() or (p.min_fill > 0).any() or (p.unit_min > 0).any():
        return None
    indeg = np.bincount(p.edge_pos, minlength=m)
    if (p.capacity < indeg).any():
        return None  # a headcount might bind
    if len(p.unit_cap) and ((p.unit_cap != NO_LIMIT) & (p.unit_cap < n)).any():
        return None
    bop = p.budget_of_position
    if (np.bincount(bop[bop >= 0], minlength=len(p.budget_limit)) > 1).any():
        return None  # a budget shared by several positions
    w = p.edge_weight
    budgeted = bop[p.edge_pos] >= 0
    if (w[budgeted] < 0).any():
        return None
    big = int(_BIG) // max(n, 1)
    if (
        p.n_edges
        and int(np.abs(p.edge_cost).max()) >= big
        or int(np.abs(p.unplaced_cost).max()) >= big
    ):
        return None
    C = np.full((n, m + 1), _BIG, dtype=np.int64)
    A = np.zeros((n, m + 1), dtype=np.int64)
    allowed = np.zeros((n, m + 1), dtype=bool)
    C[p.edge_emp, p.edge_pos] = p.edge_cost
    A[p.edge_emp, p.edge_pos] = np.where(budgeted, w, 0)
    allowed[p.edge_emp, p.edge_pos] = True
    free = ~p.must_place
    C[free, m] = p.unplaced_cost[free]
    allowed[free, m] = True
    cap = np.full(m + 1, _BIG, dtype=np.int64)
    has = bop >= 0
    cap[:m][has] = p.budget_limit[bop[has]]
    if (cap[:m][has] < 0).any():
        return None  # a negative limit: infeasible, the generic path says so
    return Dense(C, A, allowed, cap, cap < _BIG)


# -- the Lagrangian bound -------------------------------------------------------------


def lagrangian_bound(
    d: Dense, iterations: int, upper: float | None = None, deadline: float | None = None
) -> tuple[int | None, np.ndarray, list]:
    """Best proven lower bound on the cost (integer, without the Problem's constant),
    its multipliers λ (float[m+1], 0 on uncapped columns), and up to a few other
    good multiplier vectors met on the way (for constructions)."""
    n, M = d.C.shape
    Cf = np.where(d.allowed, d.C, np.inf).astype(float)
    Af = d.A.astype(float)
    capf = np.where(d.capped, d.cap, 0).astype(float)
    rows = np.arange(n)
    lam = np.zeros(M)
    best_L, best_lam = -np.inf, lam.copy()
    pool: list[tuple[float, np.ndarray]] = []
    step, since = 2.0, 0
    target = upper
    for it in range(iterations):
        if deadline is not None and it and time.perf_counter() > deadline:
            break
        R = Cf + lam * Af
        x = R.argmin(axis=1)
        L = float(R[rows, x].sum() - lam @ capf)
        if not math.isfinite(L):
            return None, lam, []  # a job with no allowed option
        g = np.bincount(x, weights=Af[rows, x], minlength=M) - capf
        g[~d.capped] = 0.0
        if best_L == -np.inf or L > best_L + 1e-9 * max(1.0, abs(best_L)):
            best_L, best_lam, since = L, lam.copy(), 0
            pool.append((L, lam.copy()))
        else:
            since += 1
            if since >= 20:
                step, since = step / 2, 0
        if step < 1e-4:
            break
        gp = np.where((lam <= 0) & (g < 0), 0.0, g)
        norm = float(gp @ gp)
        if norm == 0:
            break  # the relaxed optimum fits every capacity: it is optimal
        tgt = target if target is not None else best_L + max(1.0, 0.05 * abs(best_L))
        tgt = max(tgt, best_L + 1e-6 * max(1.0, abs(best_L)))
        lam = np.clip(lam + step * (tgt - L) / norm * gp, 0.0, 1e12)
    bound = exact_bound(d, best_lam)
    best = [lam_ for _, lam_ in sorted(pool, key=lambda t: -t[0])[:4]]
    return bound, best_lam, best


def exact_bound(d: Dense, lam: np.ndarray) -> int | None:
    """``ceil(L(μ/S))`` for ``μ = floor(λ·S)``: a valid lower bound (any ``μ ≥ 0``),
    computed in Python integers (no int64 wrap-around whatever the multipliers)."""
    n, M = d.C.shape
    if not d.allowed.any(axis=1).all():
        return None
    lam = np.nan_to_num(np.asarray(lam, dtype=float), nan=0.0, posinf=0.0)
    lam = np.where(d.capped, np.clip(lam, 0.0, 1e12), 0.0)
    S = 2**20 if float(lam.max(initial=0.0)) < 2.0**40 else 1
    mu = np.array([int(v) for v in np.floor(lam * S)], dtype=object)
    cap = np.where(d.capped, d.cap, 0).astype(object)
    cmax = int(np.abs(np.where(d.allowed, d.C, 0)).max())
    if S * cmax + int(mu.max(initial=0)) * int(d.A.max()) < 2**62 // (n + 1):
        mu64 = mu.astype(np.int64)  # exact in int64 (checked above)
        R = np.where(d.allowed, d.C * S + d.A * mu64, np.iinfo(np.int64).max)
        mins = [int(v) for v in R.min(axis=1)]
    else:
        C = d.C.astype(object) * S + d.A.astype(object) * mu
        C[~d.allowed] = None
        mins = [min(v for v in row if v is not None) for row in C]
    total = sum(mins) - int((mu * cap).sum())
    return -((-total) // S)


# -- construction ---------------------------------------------------------------------


def regret_construct(d: Dense, R: np.ndarray) -> np.ndarray | None:
    """Regret construction on desirability ``R`` (float[n, m+1], lower is better).
    Returns the agent column per job (``m`` = unplaced), None when a job is left with
    no agent that still has room."""
    n, M = d.C.shape
    res = d.cap.copy()
    F = np.where(d.allowed & (d.A <= res), R, np.inf)
    F[np.isnan(F)] = np.inf
    b1, b2, i1 = _two_best(F)
    regret = _regret(b1, b2)
    x = np.full(n, -1, dtype=np.int64)
    done = np.zeros(n, dtype=bool)
    A = d.A
    for _ in range(n):
        j = int(np.argmax(regret))
        if not np.isfinite(b1[j]):
            return None
        i = int(i1[j])
        x[j] = i
        done[j] = True
        regret[j] = -np.inf
        if not d.capped[i]:
            continue
        res[i] -= A[j, i]
        hit = np.flatnonzero(~done & np.isfinite(F[:, i]) & (A[:, i] > res[i]))
        if len(hit):
            F[hit, i] = np.inf
            h1, h2, hi = _two_best(F[hit])
            b1[hit], b2[hit], i1[hit] = h1, h2, hi
            regret[hit] = _regret(h1, h2)
    return x


def _regret(b1: np.ndarray, b2: np.ndarray) -> np.ndarray:
    """Second best minus best; +inf with one option left, or none (fails at once)."""
    out = np.full(len(b1), np.inf)
    both = np.isfinite(b1) & np.isfinite(b2)
    out[both] = b2[both] - b1[both]
    return out


def _two_best(F: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    rows = np.arange(F.shape[0])
    i1 = F.argmin(axis=1)
    b1 = F[rows, i1]
    if F.shape[1] > 1:
        part = np.partition(F, 1, axis=1)
        b2 = part[:, 1]
    else:
        b2 = np.full(F.shape[0], np.inf)
    return b1, b2, i1


# -- local search ---------------------------------------------------------------------


def local_search(
    d: Dense, x: np.ndarray, deadline: float | None = None, max_passes: int = 50
) -> np.ndarray:
    """Shift and swap descents on the true costs until neither improves."""
    x = x.copy()
    res = d.cap - d.load(x)
    for _ in range(max_passes):
        if deadline is not None and time.perf_counter() > deadline:
            break
        moved = _shift_pass(d, x, res)
        moved += _swap_pass(d, x, res)
        if not moved:
            break
    return x


def _shift_pass(d: Dense, x: np.ndarray, res: np.ndarray) -> int:
    n = d.n
    rows = np.arange(n)
    cur = d.C[rows, x]
    fit = d.allowed & (d.A <= res)
    gain = np.where(fit, cur[:, None] - d.C, -1)
    gain[rows, x] = -1
    best = gain.argmax(axis=1)
    g = gain[rows, best]
    cand = np.flatnonzero(g > 0)
    cand = cand[np.lexsort((cand, -g[cand]))]
    done = 0
    for j in cand.tolist():
        i, k = int(x[j]), int(best[j])
        a = d.A[j, k]
        if a > res[k]:
            continue
        res[k] -= a
        res[i] += d.A[j, i]
        x[j] = k
        done += 1
    return done


def _swap_pass(d: Dense, x: np.ndarray, res: np.ndarray) -> int:
    """Best improving swap partner of every job (blocks of rows), then the swaps
    applied greedily, best first, each re-checked against the current loads."""
    n = d.n
    rows = np.arange(n)
    cj = d.C[rows, x]
    aj = d.A[rows, x]
    Cx_cols = d.C[:, x]  # job j at the agent of job l
    Ax_cols = d.A[:, x]
    Alw = d.allowed[:, x]
    resx = res[x]
    best_l = np.full(n, -1, dtype=np.int64)
    best_d = np.zeros(n, dtype=np.int64)
    for s in range(0, n, _SWAP_BLOCK):
        blk = slice(s, min(n, s + _SWAP_BLOCK))
        r = rows[blk]
        # j in block takes l's agent (drops l), l takes j's agent (drops j)
        delta = Cx_cols[blk] + Cx_cols[:, r].T - cj[blk, None] - cj[None, :]
        ok = Alw[blk] & Alw[:, r].T & (x[blk, None] != x[None, :])
        ok &= (Ax_cols[blk] - aj[None, :]) <= resx[None, :]
        ok &= (Ax_cols[:, r].T - aj[blk, None]) <= resx[blk, None]
        delta = np.where(ok, delta, 0)
        bl = delta.argmin(axis=1)
        best_l[blk] = bl
        best_d[blk] = delta[np.arange(len(r)), bl]
    cand = np.flatnonzero(best_d < 0)
    cand = cand[np.lexsort((cand, best_d[cand]))]
    used = np.zeros(n, dtype=bool)
    done = 0
    for j in cand.tolist():
        k = int(best_l[j])
        if used[j] or used[k]:
            continue
        i, q = int(x[j]), int(x[k])
        if i == q:
            continue
        dq = d.A[j, q] - d.A[k, q]
        di = d.A[k, i] - d.A[j, i]
        if dq > res[q] or di > res[i]:
            continue
        if d.C[j, q] + d.C[k, i] - d.C[j, i] - d.C[k, q] >= 0:
            continue
        res[q] -= dq
        res[i] -= di
        x[j], x[k] = q, i
        used[j] = used[k] = True
        done += 1
    return done


# -- large-neighbourhood search over agent sets ---------------------------------------


class AgentLNS:
    """CP-SAT on sub-GAPs made of the jobs of a few agents (see the module doc)."""

    def __init__(
        self,
        d: Dense,
        lam: np.ndarray,
        seed: int,
        workers: int = 1,
        deterministic_time: float = 0.1,
        min_agents: int = 2,
        extra: int = 16,
    ) -> None:
        self.d = d
        self.R = np.where(d.allowed, d.C + lam * d.A, np.inf)
        self.rng = np.random.default_rng(seed)
        self.seed = seed
        self.workers = max(1, int(workers))
        self.dtime = float(deterministic_time)
        m = d.m
        self.k_min = min(max(2, min_agents), m)
        self.k = self.k_min
        self.streak = 0
        self.mis: np.ndarray | None = None
        self.extra = max(0, int(extra))
        self.order: list[int] = []
        self.whole = False  # the last neighbourhood was the whole problem
        self.rounds = 0
        self.solves_optimal = 0

    def affinity(self, x: np.ndarray) -> np.ndarray:
        """W[i, k]: jobs at i whose second-best agent (priced) is k, symmetrised."""
        d = self.d
        M = d.m + 1
        R = self.R.copy()
        R[np.arange(d.n), x] = np.inf
        R[:, d.m] = np.inf  # unplaced is not an agent to pair with
        s = R.argmin(axis=1)
        ok = np.isfinite(R[np.arange(d.n), s]) & (x < d.m)
        rc = self.R[np.arange(d.n), x] - self.R.min(axis=1)
        self.mis = np.bincount(x[ok], weights=rc[ok], minlength=d.m + 1)[: d.m]
        W = np.zeros((M, M))
        np.add.at(W, (x[ok], s[ok]), 1.0)
        W = W + W.T
        return W[: d.m, : d.m]

    def pick(self, W: np.ndarray) -> np.ndarray:
        m = self.d.m
        if not self.order:
            self.order = [int(i) for i in self.rng.permutation(m)]
        first = self.order.pop(0)
        if self.mis is not None and self.mis.sum() > 0 and self.rng.random() < 0.5:
            first = int(self.rng.choice(m, p=self.mis / self.mis.sum()))
        K = [first]
        w = W[first].copy()
        while len(K) < self.k:
            w[K] = 0.0
            rest = m - len(K)
            if rest <= 0:
                break
            prob = w + 0.05 * (w.sum() / max(rest, 1) + 1e-9)
            prob[K] = 0.0
            tot = prob.sum()
            nxt = (
                int(self.rng.choice(m, p=prob / tot))
                if tot > 0
                else int(self.rng.choice(np.setdiff1d(np.arange(m), K)))
            )
            K.append(nxt)
            w += W[nxt]
        return np.array(sorted(K), dtype=np.int64)

    def step(self, x: np.ndarray, time_limit: float | None) -> tuple[np.ndarray | None, bool]:
        """One neighbourhood: (improved x or None, proven optimal sub-problem)."""
        d = self.d
        self.whole = False
        W = self.affinity(x)
        K = self.pick(W)
        self.rounds += 1
        inK = np.zeros(d.m + 1, dtype=bool)
        inK[K] = True
        J = np.flatnonzero(inK[x] | ((x == d.m) & d.allowed[:, : d.m][:, K].any(axis=1)))
        if not len(J):
            return None, True
        cols = np.concatenate([K, [d.m]])
        self.whole = len(K) == d.m and len(J) == d.n
        if self.extra and d.m > len(K):
            # jobs elsewhere that would rather be in K (smallest priced gain), with
            # their own agents as columns: two-step ejection chains through K
            out = np.flatnonzero(~inK[x])
            gainK = self.R[np.ix_(out, K)].min(axis=1) - self.R[out, x[out]]
            pick = out[np.argsort(gainK, kind="stable")[: self.extra]]
            J = np.union1d(J, pick)
            cols = np.union1d(cols, x[pick])
        sub_a, status_opt = _solve_sub(
            d, x, J, cols, self.seed + self.rounds, self.workers, self.dtime, time_limit
        )
        if status_opt:  # grow after a few proofs in a row, shrink after a miss
            self.solves_optimal += 1
            self.streak += 1
            if self.streak >= 3:
                self.k, self.streak = min(d.m, self.k + 1), 0
        else:
            self.k, self.streak = max(self.k_min, self.k - 1), 0
        if sub_a is None:
            return None, status_opt
        y = x.copy()
        y[J] = sub_a
        if d.cost(y) < d.cost(x) and d.feasible(y):
            return y, status_opt
        return None, status_opt


def _solve_sub(
    d: Dense,
    x: np.ndarray,
    J: np.ndarray,
    cols: np.ndarray,
    seed: int,
    workers: int,
    dtime: float,
    time_limit: float | None,
) -> tuple[np.ndarray | None, bool]:
    """CP-SAT on jobs J restricted to agent columns ``cols`` (capacities: the agents'
    own, less the load of jobs outside J); returns (new column per job of J, proven)."""
    n_J = len(J)
    load_out = d.load(np.where(np.isin(np.arange(d.n), J), d.m, x))
    room = d.cap[cols] - np.where(d.capped[cols], load_out[cols], 0)
    Cs = d.C[np.ix_(J, cols)]
    As = d.A[np.ix_(J, cols)]
    ok = d.allowed[np.ix_(J, cols)] & ((As <= room) | ~d.capped[cols])
    jj, kk = np.nonzero(ok)
    if not len(jj) or len(np.unique(jj)) < n_J:
        return None, False
    model = cp_model.CpModel()
    v = model.new_bool_var_series("x", pd.RangeIndex(len(jj))).to_numpy()
    starts = np.searchsorted(jj, np.arange(n_J + 1))
    for t in range(n_J):
        model.add_exactly_one(v[starts[t] : starts[t + 1]])
    order = np.argsort(kk, kind="stable")
    kstarts = np.searchsorted(kk[order], np.arange(len(cols) + 1))
    w = As[jj, kk]
    for c in range(len(cols)):
        if not d.capped[cols[c]]:
            continue
        idx = order[kstarts[c] : kstarts[c + 1]]
        if len(idx) and int(w[idx].sum()) > int(room[c]):
            model.add(cp_model.LinearExpr.weighted_sum(v[idx], w[idx]) <= int(room[c]))
    cost = Cs[jj, kk]
    model.minimize(cp_model.LinearExpr.weighted_sum(v, cost))
    hint_first_variables(model, (cols[kk] == x[J][jj]).astype(np.int64))
    solver = cp_model.CpSolver()
    neighbourhood_parameters(solver.parameters, workers, seed, dtime, time_limit)
    raw = solver.solve(model)
    if raw not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return None, raw == cp_model.INFEASIBLE
    vals = first_values(solver, len(jj))
    out = np.full(n_J, -1, dtype=np.int64)
    out[jj[vals]] = cols[kk[vals]]
    if (out < 0).any():
        return None, False
    return out, raw == cp_model.OPTIMAL


def priced_repair(d: Dense, R: np.ndarray) -> np.ndarray | None:
    """Start from the relaxed optimum (each job at its cheapest agent under ``R``),
    then empty over-loaded agents: repeatedly move the job whose move to an agent with
    room costs the least priced increase per unit of weight removed. None if stuck."""
    with np.errstate(invalid="ignore"):
        return _priced_repair(d, R)


def _priced_repair(d: Dense, R: np.ndarray) -> np.ndarray | None:
    n = d.n
    rows = np.arange(n)
    x = np.where(np.isfinite(R), R, np.inf).argmin(axis=1)
    res = d.cap - d.load(x)
    A = d.A
    for _ in range(n):
        over = np.flatnonzero(res < 0)
        if not len(over):
            return x
        cand = np.flatnonzero(np.isin(x, over))
        sub = R[cand]
        fit = d.allowed[cand] & (A[cand] <= res) & np.isfinite(sub)
        fit[np.arange(len(cand)), x[cand]] = False
        inc = np.where(fit, sub - R[cand, x[cand]][:, None], np.inf)
        best = inc.argmin(axis=1)
        bi = inc[np.arange(len(cand)), best]
        w = A[cand, x[cand]].astype(float)
        ratio = bi / np.maximum(w, 1e-9)
        t = int(np.argmin(ratio))
        if not np.isfinite(ratio[t]):
            return None
        j, k = int(cand[t]), int(best[t])
        res[x[j]] += A[j, x[j]]
        res[k] -= A[j, k]
        x[j] = k
    del rows
    return x if (res >= 0).all() else None
