"""The ejection-chain search of GAP-shaped problems (placement.solvers.gap_chains):
feasible results, never below the optimum, deterministic, and better than its start."""

from __future__ import annotations

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from placement.model.check import violations
from placement.model.gap import load_instance
from placement.solvers import gap_chains, gap_search
from placement.solvers.lagrange import LagrangeSolver
from tests.oracle import milp_optimum
from tests.solvers.test_lagrange import gap_problems

_fast = settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)


def _start(d: gap_search.Dense, lam: np.ndarray) -> np.ndarray:
    """Each job at its cheapest allowed agent under the prices: often over capacity."""
    return np.where(d.allowed, d.C + lam * d.A, np.inf).argmin(axis=1)


@_fast
@given(gap_problems(), st.integers(0, 3), st.integers(1, 4))
def test_chain_search_is_feasible_and_never_below_the_optimum(problem, seed, depth):
    """From a start that may break capacities: whatever it returns keeps every rule,
    costs what it says and at least the optimum (MILP oracle); when the problem has
    no feasible placement it returns none."""
    d = gap_search.dense_gap(problem)
    assert d is not None
    optimum = milp_optimum(problem)
    _, lam, _ = gap_search.lagrangian_bound(d, 30)
    res = gap_chains.chain_search(d, _start(d, lam), lam, seed, 200, depth=depth)
    if res.x is None:
        return
    assert optimum is not None, "a placement for an infeasible problem"
    assert d.feasible(res.x)
    assert res.cost == d.cost(res.x)
    assert res.cost + int(problem.constant) >= optimum
    assert violations(problem, d.assignment(res.x)) == []


def _tight(seed: int = 5, n: int = 60, m: int = 6):
    from placement.model.problem import from_dense

    rng = np.random.default_rng(seed)
    w = rng.integers(5, 25, size=(n, m))
    return from_dense(
        111 - 4 * w + rng.integers(-10, 10, size=(n, m)),  # type D: heavy = cheap
        np.full(m, n),
        budget_of_position=np.arange(m),
        budget_limit=(0.8 * w.sum(axis=0) / m).astype(int),
        edge_weight=w,
    )


def test_chain_search_is_deterministic_for_a_fixed_budget():
    d = gap_search.dense_gap(_tight())
    assert d is not None
    _, lam, _ = gap_search.lagrangian_bound(d, 200)
    runs = [gap_chains.chain_search(d, _start(d, lam), lam, 7, 400) for _ in range(2)]
    assert runs[0].x is not None and runs[1].x is not None
    assert np.array_equal(runs[0].x, runs[1].x)
    assert runs[0].cost == runs[1].cost and runs[0].iterations == runs[1].iterations == 400


def test_chain_search_improves_on_the_constructions_of_a_yagiura_instance():
    """d10100 (type D, optimum 6,347): the constructions with descent end 0.9 % above
    it; a few hundred iterations of the chain search improve on that."""
    d = gap_search.dense_gap(load_instance("d10100"))
    assert d is not None
    _, lam, pool = gap_search.lagrangian_bound(d, 1000)
    R = np.where(d.allowed, d.C + pool[0] * d.A, np.inf)
    x = gap_search.regret_construct(d, R)
    assert x is not None and d.feasible(x)
    x = gap_search.local_search(d, x)
    res = gap_chains.chain_search(d, x, lam, 0, 600)
    assert res.x is not None and d.feasible(res.x)
    assert 6347 <= res.cost < d.cost(x)
    assert res.chains > 0


def test_lagrangian_gap_path_runs_the_chains_and_can_turn_them_off():
    p = _tight()
    on = LagrangeSolver(lns=False).solve(p, seed=1)
    off = LagrangeSolver(lns=False, gap_chain_work=0).solve(p, seed=1)
    assert any("ejection chains" in line for line in on.log)
    assert not any("ejection chains" in line for line in off.log)
    assert on.cost is not None and off.cost is not None and on.cost <= off.cost
    assert violations(p, on.assignment) == []


def test_chains_are_skipped_where_the_construction_is_at_the_bound():
    """a10100 (type A): the constructions end 1 unit above the bound, where the chains
    improve nothing (CP-SAT, which follows on this path, closes it); d10100 (type D,
    0.9 % away) still runs them."""
    out = LagrangeSolver(lns=False).solve(load_instance("a10100"), seed=0)
    assert any("ejection chains skipped" in line for line in out.log)
    assert not any("ejection chains, " in line for line in out.log)
    hard = LagrangeSolver(lns=False).solve(load_instance("d10100"), seed=0)
    assert any("ejection chains, " in line for line in hard.log)


def test_chain_search_patience_stops_a_stalled_search_deterministically():
    """``patience``: from a feasible start it stops after that many iterations
    without a better feasible assignment, at the same point on every run, with the
    same result."""
    d = gap_search.dense_gap(_tight())
    assert d is not None
    _, lam, _ = gap_search.lagrangian_bound(d, 200)
    x = gap_chains.chain_search(d, _start(d, lam), lam, 7, 400).x
    assert x is not None and d.feasible(x)
    runs = [gap_chains.chain_search(d, x, lam, 3, 10**6, patience=50) for _ in "ab"]
    assert runs[0].iterations < 10**6
    assert runs[0].iterations == runs[1].iterations
    assert runs[0].x is not None and runs[1].x is not None
    assert np.array_equal(runs[0].x, runs[1].x) and runs[0].cost == runs[1].cost
    assert d.feasible(runs[0].x)


@_fast
@given(gap_problems(), st.integers(0, 3), st.sampled_from([0.0, 0.3]))
def test_relink_search_is_feasible_and_never_below_the_optimum(problem, seed, kick):
    """Path relinking from a start that may break capacities (with or without kicked
    seeding): whatever it returns keeps every rule, costs what it says, at least the
    optimum (MILP oracle); the elite set is sorted and holds the returned cost first."""
    d = gap_search.dense_gap(problem)
    assert d is not None
    optimum = milp_optimum(problem)
    _, lam, _ = gap_search.lagrangian_bound(d, 30)
    res = gap_chains.relink_search(d, _start(d, lam), lam, seed, 6, elite=3, patience=20, kick=kick)
    assert res.runs <= 6
    if res.x is None:
        assert res.elite == []
        return
    assert optimum is not None, "a placement for an infeasible problem"
    assert d.feasible(res.x)
    assert res.cost == d.cost(res.x) == res.elite[0]
    assert res.elite == sorted(res.elite)
    assert res.cost + int(problem.constant) >= optimum
    assert violations(problem, d.assignment(res.x)) == []


def test_relink_search_is_deterministic_and_no_worse_than_its_start():
    d = gap_search.dense_gap(_tight(seed=11, n=80, m=8))
    assert d is not None
    _, lam, _ = gap_search.lagrangian_bound(d, 300)
    x = gap_chains.chain_search(d, _start(d, lam), lam, 7, 300).x
    assert x is not None and d.feasible(x)
    runs = [gap_chains.relink_search(d, x, lam, 5, 25, elite=5, patience=100) for _ in "ab"]
    assert runs[0].x is not None and runs[1].x is not None
    assert np.array_equal(runs[0].x, runs[1].x) and runs[0].elite == runs[1].elite
    assert runs[0].runs == 25 and runs[0].cost is not None and runs[0].cost <= d.cost(x)


def test_relink_search_kicked_seeding_is_deterministic_and_diverse():
    """``kick``: from a feasible local optimum the seeding runs leave it (several
    elite assignments where without kicks the elite set is the start alone); same
    result on every run for a fixed seed and run count, no worse than the start."""
    d = gap_search.dense_gap(_tight(seed=11, n=80, m=8))
    assert d is not None
    _, lam, _ = gap_search.lagrangian_bound(d, 300)
    x = gap_chains.chain_search(d, _start(d, lam), lam, 7, 300).x
    assert x is not None and d.feasible(x)
    x = gap_chains.relink_search(d, x, lam, 5, 25, elite=5, patience=100).x
    assert x is not None
    plain = gap_chains.relink_search(d, x, lam, 3, 4, elite=5, patience=50)
    runs = [gap_chains.relink_search(d, x, lam, 3, 4, elite=5, patience=50, kick=0.2) for _ in "ab"]
    assert runs[0].x is not None and runs[1].x is not None
    assert np.array_equal(runs[0].x, runs[1].x) and runs[0].elite == runs[1].elite
    assert runs[0].cost is not None and runs[0].cost <= d.cost(x)
    assert len(runs[0].elite) > len(plain.elite)


def test_chain_search_without_keeping_its_start():
    """``keep_start=False``: a feasible start is not a result by itself (no
    iteration: nothing), and what it returns is feasible."""
    d = gap_search.dense_gap(_tight())
    assert d is not None
    _, lam, _ = gap_search.lagrangian_bound(d, 200)
    x = gap_chains.chain_search(d, _start(d, lam), lam, 7, 400).x
    assert x is not None
    assert gap_chains.chain_search(d, x, lam, 1, 0, keep_start=False).x is None
    assert gap_chains.chain_search(d, x, lam, 1, 0).x is not None
    res = gap_chains.chain_search(d, x, lam, 1, 200, keep_start=False)
    assert res.x is not None and d.feasible(res.x) and res.cost == d.cost(res.x)


def test_kick_moves_the_given_share_to_near_agents():
    d = gap_search.dense_gap(_tight())
    assert d is not None
    _, lam, _ = gap_search.lagrangian_bound(d, 200)
    Cf, Af, _ = gap_chains._float_arrays(d)
    near = gap_chains._near_agents(d, lam, Cf, Af)
    assert near.shape == (d.n, gap_chains.KICK_AGENTS)
    assert d.allowed[np.arange(d.n)[:, None], near].all()
    x = _start(d, lam)
    y = gap_chains._kick(x, 0.25, near, np.random.default_rng(0))
    moved = np.flatnonzero(y != x)
    assert len(moved) <= round(0.25 * d.n)
    assert (y[moved][:, None] == near[moved]).any(axis=1).all()


def test_lagrangian_gap_path_relinks_in_the_last_block():
    """With a time limit and blocks, the last block is path relinking
    (``gap_block_relink``; off: chains and neighbourhoods only)."""
    p = _tight()
    on = LagrangeSolver().solve(p, seed=2, time_limit=1.5)
    off = LagrangeSolver(gap_block_relink=False).solve(p, seed=2, time_limit=1.5)
    assert any("path relinking" in line for line in on.log)
    assert not any("path relinking" in line for line in off.log)
    assert violations(p, on.assignment) == []


def test_relink_path_moves_the_given_share_of_the_differing_jobs():
    d = gap_search.dense_gap(_tight())
    assert d is not None
    rng = np.random.default_rng(0)
    xa = rng.integers(0, d.m, d.n)
    xb = rng.integers(0, d.m, d.n)
    Cf = np.where(d.allowed, d.C, np.inf).astype(float)
    cap = np.where(d.capped, d.cap, np.inf).astype(float)
    alpha = np.ones(d.m + 1)
    diff = int((xa != xb).sum())
    x = gap_chains._path(xa, xb, 0.5, Cf, d.A.astype(float), cap, alpha, np.arange(d.n))
    assert int((x != xa).sum()) == round(0.5 * diff)
    assert ((x == xa) | (x == xb)).all()


def test_lagrangian_gap_path_relinks_when_asked():
    """``gap_relink``: the dense path runs the path relinking after the chains (a
    fixed number of chain runs without a time limit); valid, no worse than without."""
    p = _tight()
    on = LagrangeSolver(lns=False, gap_relink=True).solve(p, seed=2)
    off = LagrangeSolver(lns=False).solve(p, seed=2)
    assert any("path relinking" in line for line in on.log)
    assert on.cost is not None and off.cost is not None and on.cost <= off.cost
    assert violations(p, on.assignment) == []


def _swaps_reference(R, x, Cf, Af, cj, aj, load, cap, over, alpha, over_tot):
    """The swap matrices recomputed whole, as the search did before it shared its terms
    and buffers: the change of the penalised cost, and of the cost where feasible."""
    xr = x[R]
    dC = Cf[R][:, x] + Cf[:, xr].T - cj[R][:, None] - cj[None, :]
    li = (load[xr] - aj[R])[:, None] + Af[:, xr].T
    lk = (load[x] - aj)[None, :] + Af[R][:, x]
    dI = np.maximum(li - cap[xr][:, None], 0.0) - over[xr][:, None]
    dK = np.maximum(lk - cap[x][None, :], 0.0) - over[x][None, :]
    dC[xr[:, None] == x[None, :]] = np.inf
    V = dC + alpha[xr][:, None] * dI + alpha[x][None, :] * dK
    F = np.where(over_tot + dI + dK <= 0, dC, np.inf)
    return V, F


def _best_chain_reference(R, x, P, Cf, Af, cj, aj, load, cap, over, alpha, depth):
    """The chain dynamic programme over whole rows at every level (as before)."""
    n = len(x)
    rows = np.arange(n)
    end_k = P.argmin(axis=1)
    E0 = P[rows, end_k]
    E = E0.copy()
    lx = load[x] - aj
    into = np.maximum(lx[None, :] + Af[R][:, x] - cap[x][None, :], 0.0) - over[x][None, :]
    fixed = Cf[R][:, x] - cj[R][:, None] + alpha[x][None, :] * into
    fixed[x[R][:, None] == x[None, :]] = np.inf
    nR = np.arange(len(R))
    nxt = []
    for _ in range(depth - 1):
        Q = fixed + E[None, :]
        v = Q.argmin(axis=1)
        qv = Q[nR, v]
        use = qv < E[R]
        step = np.full(n, -1)
        step[R[use]] = v[use]
        E = E.copy()
        E[R[use]] = qv[use]
        nxt.append(step)
    out_new = np.maximum(lx - cap[x], 0.0)
    total = np.where(E < E0, E + alpha[x] * (out_new - over[x]), np.inf)
    j = int(np.argmin(total))
    if not np.isfinite(total[j]):
        return []
    moves = []
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


@_fast
@given(
    st.integers(2, 40),
    st.integers(1, 6),
    st.integers(0, 2**31 - 1),
    st.sampled_from([0.0, 0.2, 0.5]),
    st.integers(1, 40),
    st.integers(2, 5),
)
def test_shared_swap_and_chain_terms_equal_the_whole_recomputation(n, m, seed, forbid, rows, depth):
    """The swaps and chains on shared terms in reused buffers (``_Pairs``; the chain's
    levels scanning only the columns of the rows, the others' best found once) give
    exactly what the whole row × job matrices gave: the same penalised changes bit for
    bit, the same best feasible swap, the same chain, whatever the rows (a subset of
    the jobs, possibly all), with forbidden options, ties and overloaded agents."""
    rng = np.random.default_rng(seed)
    M = m + 1
    C = rng.integers(0, 6, size=(n, M))  # few values: many ties
    A = rng.integers(0, 8, size=(n, M))
    allowed = rng.random((n, M)) >= forbid
    allowed[np.arange(n), rng.integers(M, size=n)] = True
    capped = np.ones(M, dtype=bool)
    capped[-1] = rng.random() < 0.5
    d = gap_search.Dense(
        np.where(allowed, C, gap_search._BIG),
        np.where(allowed, A, 0),
        allowed,
        np.where(capped, rng.integers(0, 3 * n, size=M), gap_search._BIG),
        capped,
    )
    Cf, Af, cap = gap_chains._float_arrays(d)
    x = np.where(allowed, rng.random((n, M)), -1.0).argmax(axis=1)
    alpha = np.where(capped, rng.choice([0.5, 1.0, 2.75, 10.0], size=M), 0.0)
    job = np.arange(n)
    load = np.bincount(x, weights=Af[job, x], minlength=M)
    over = np.maximum(load - cap, 0.0)
    cj, aj = Cf[job, x], Af[job, x]
    new_in = np.maximum(load + Af - cap, 0.0)
    P = Cf - cj[:, None] + alpha * (new_in - over)
    P[job, x] = np.inf
    R = np.unique(rng.integers(n, size=min(rows, n))) if rows < n else job
    pair = gap_chains._Pairs(len(R) + int(rng.integers(3)), n)
    CfT, AfT = np.ascontiguousarray(Cf.T), np.ascontiguousarray(Af.T)
    for _ in range(2):  # the second time on the buffers the first one left
        pair.build(R, x, Cf, Af, cj, aj, load, cap, over, alpha)
        V, (r, c, f) = gap_chains._swaps(
            pair, x, CfT, AfT, cj, aj, load, cap, over, alpha, float(over.sum())
        )
        V_ref, F_ref = _swaps_reference(
            R, x, Cf, Af, cj, aj, load, cap, over, alpha, float(over.sum())
        )
        assert np.array_equal(V, V_ref)
        r_ref, c_ref = np.unravel_index(int(np.argmin(F_ref)), F_ref.shape)
        if np.isfinite(F_ref[r_ref, c_ref]):
            assert (r, c, f) == (r_ref, c_ref, F_ref[r_ref, c_ref])
        else:
            assert f == np.inf
        chain = gap_chains._best_chain(pair, x, P, cj, aj, load, cap, over, alpha, depth)
        ref = _best_chain_reference(R, x, P, Cf, Af, cj, aj, load, cap, over, alpha, depth)
        assert chain == ref
