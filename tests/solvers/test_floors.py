"""Edge floors (reduced-cost fixing) and CP-SAT's tie-break, against a MILP oracle.

The Lagrangian backend's floor of an edge claims that every placement using it costs at
least that much; "auto" drops the edges whose floor is above its placement's cost
before CP-SAT. Checked here against an independent MILP (HiGHS through scipy), with the
employee held to the edge, and CP-SAT's level-by-level tie-break against the MILP's
lexicographic optimum."""

from __future__ import annotations

import copy
import tempfile
from pathlib import Path

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import placement
from placement.model.check import violations
from placement.model.problem import NO_LIMIT, from_dense
from placement.solvers import Status
from placement.solvers.auto import AutoSolver
from placement.solvers.cpsat import CpSatSolver
from placement.solvers.lagrange import LagrangeSolver
from placement.solvers.lagrange.floors import NEVER, edge_floors
from placement.solvers.lagrange.pricing import pricing
from placement.solvers.lagrange.rows import _soft
from placement.solvers.lagrange.run import _Run
from tests.oracle import milp_lexicographic, milp_optimum
from tests.solvers.test_flow import _level, _with_ties
from tests.strategies import problems

_fast = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)


def _held(problem, e: int):
    """``problem`` with edge ``e``'s employee pinned to its position (must take it)."""
    q = copy.copy(problem)
    q.pinned = problem.pinned.copy()
    q.pinned[problem.edge_emp[e]] = problem.edge_pos[e]
    return q


@_fast
@given(problems(side_constraints=True, max_n=10, max_m=5), st.data())
def test_no_placement_using_an_edge_costs_less_than_its_floor(problem, data):
    """The floors of the priced optimum of the best bound after one to a few pricing
    iterations (weak multipliers too), made whether or not the run proved its
    placement optimal; for edges drawn at random, the MILP optimum with the employee
    held to the edge is at least the floor (an edge no placement can use: none)."""
    solver = LagrangeSolver(lns=False, max_iterations=data.draw(st.integers(1, 6)))
    run = _Run(solver, problem, None, 0, 1, None)
    status, _ = pricing(run)
    if status is not None or run.priced_best is None or _soft(problem):
        return
    assert run.bound is not None
    a, cost_e, cost_u, lagrangian, scale = run.priced_best
    floor = edge_floors(run.relaxed, a, cost_e, cost_u, lagrangian, scale)
    assert floor is not None  # no deadline: the potentials of an optimum converge
    assert len(floor) == problem.n_edges
    assert floor.min(initial=NEVER) >= run.bound  # no floor below the bound
    if not problem.n_edges:
        return
    for e in data.draw(st.lists(st.integers(0, problem.n_edges - 1), max_size=4, unique=True)):
        held = milp_optimum(_held(problem, e)) if problem.pinned[problem.edge_emp[e]] < 0 else None
        if held is None:  # no placement uses it (or its employee is pinned elsewhere)
            continue
        assert floor[e] != NEVER
        assert held >= floor[e], (e, held, floor[e])


@_fast
@given(problems(side_constraints=True, max_n=6, max_m=4), st.integers(0, 99))
def test_auto_keeps_every_optimum_when_it_drops_edges(problem, seed):
    """With the edges above the floor dropped, "auto" still reaches the optimum of the
    whole problem and, with tie levels, CP-SAT's tie-break the MILP's lexicographic
    optimum: no edge of any optimum is dropped."""
    q = _with_ties(problem, seed, 25)
    _against_oracle(q, AutoSolver().solve(q, time_limit=20), every_level=False)


@_fast
@given(problems(side_constraints=True, max_n=6, max_m=4), st.integers(0, 99))
def test_cp_sat_breaks_ties_level_by_level_as_the_oracle(problem, seed):
    """CP-SAT alone, with side constraints and the engine's two tie levels: the cost,
    the status-quo count and the canonical order of an independent MILP solved once
    per level."""
    q = _with_ties(problem, seed, 25)
    _against_oracle(q, CpSatSolver().solve(q, time_limit=20), every_level=True)


def _against_oracle(q, out, every_level: bool) -> None:
    """``out``, an outcome on problem ``q``, against the MILP's lexicographic optimum:
    infeasible alike, else proven optimal, every hard rule kept, the same cost, and the
    same value of each tie level where ``every_level`` or where CP-SAT proved them all
    (its log)."""
    best = milp_lexicographic(q)
    if best is None:
        assert out.status is Status.INFEASIBLE, out.log
        return
    assert out.status is Status.OPTIMAL, out.log
    assert violations(q, out.assignment) == []
    got = [q.cost_of(out.assignment), *(_level(q, out.assignment, lv) for lv in q.tie_levels)]
    assert got[0] == best[0], (got, best, out.log)
    log = "\n".join(out.log)
    levels = range(1, len(q.tie_levels) + 1)
    if every_level or (
        out.solver == "cp-sat" and all(f"tie-break level {k}: OPTIMAL" in log for k in levels)
    ):
        assert got == best, (got, best, out.log)


def _generated(seed: int):
    """A random problem with every rule the floors must respect: minimum fills, unit
    caps and minimums, must-place, current posts (eligible or not), pins, budgets with
    negative weights too, a global and per-unit move caps, a constant (the reviewing
    helper's generator)."""
    rng = np.random.default_rng(seed)
    n, m = int(rng.integers(1, 25)), int(rng.integers(1, 8))
    elig = rng.random((n, m)) < rng.uniform(0.3, 1)
    cost = rng.integers(-500, 500, size=(n, m))
    cap = rng.integers(0, 3, size=m)
    k = int(rng.integers(1, m + 1))
    unit = rng.integers(0, k, size=m)
    kw: dict = {"position_unit": unit, "n_units": k, "constant": int(rng.integers(-1000, 1000))}
    if rng.random() < 0.5:
        kw["min_fill"] = np.minimum(rng.integers(0, 2, size=m), cap)
    if rng.random() < 0.5:
        kw["unit_cap"] = np.where(rng.random(k) < 0.5, rng.integers(0, 4, size=k), NO_LIMIT)
    if rng.random() < 0.5:
        kw["unit_min"] = rng.integers(0, 2, size=k)
    if rng.random() < 0.5:
        kw["must_place"] = rng.random(n) < 0.3
    cur = np.where(rng.random(n) < 0.7, rng.integers(0, m, size=n), -1)
    kw["current_pos"] = cur
    kw["current_unit"] = np.where(cur >= 0, unit[np.maximum(cur, 0)], -1)
    if rng.random() < 0.5:  # sometimes the current post is eligible
        elig[np.flatnonzero(cur >= 0), cur[cur >= 0]] = True
    if rng.random() < 0.3:
        pins = np.where(rng.random(n) < 0.2, cur, -1)
        kw["pinned"] = np.where((pins >= 0) & elig[np.arange(n), np.maximum(pins, 0)], pins, -1)
    if rng.random() < 0.6:
        nb = int(rng.integers(1, k + 1))
        kw["budget_of_position"] = np.where(rng.random(k) < 0.8, rng.integers(0, nb, size=k), -1)[
            unit
        ]
        kw["budget_limit"] = rng.integers(0, 12, size=nb)
        kw["edge_weight"] = rng.integers(-4, 6, size=(n, m))
    if rng.random() < 0.5:
        kw["max_moves"] = int(rng.integers(0, n + 1))
    if rng.random() < 0.5:
        kw["unit_max_moves"] = np.where(rng.random(k) < 0.6, rng.integers(0, 3, size=k), NO_LIMIT)
    p = from_dense(cost, cap, eligible=elig, unplaced_cost=rng.integers(0, 600, size=n), **kw)
    return _with_ties(p, seed, int(rng.choice([1, 25, 100])))


#: seeds of :func:`_generated` whose "auto" run drops edges before CP-SAT (about 3 in
#: 100 do; the strategies' problems reach that path about once in 60)
RESTRICTED_SEEDS = (2, 26, 46, 74, 100, 106, 133, 139, 158, 180, 265, 281, 288, 350, 351, 353)


def test_the_restricted_cp_sat_reaches_the_oracles_lexicographic_optimum():
    """Problems on which "auto" gives CP-SAT fewer edges than the whole: the optimum
    (cost, then the tie levels CP-SAT proves) is the MILP oracle's on the whole
    problem. Most of these seeds must take that path (the pricing may change)."""
    restricted = 0
    for seed in RESTRICTED_SEEDS:
        q = _generated(seed)
        out = AutoSolver().solve(q, workers=1)
        restricted += any("reduced-cost fixing" in line for line in out.log)
        _against_oracle(q, out, every_level=False)
    assert restricted >= 12, restricted


def test_each_tie_level_holds_while_the_next_is_minimised():
    """Two people who may swap at no cost: the first level counts changes, the second
    prefers the swap. The first must hold: both stay."""
    p = from_dense(np.zeros((2, 2), dtype=np.int64), np.array([1, 1]), current_pos=np.array([0, 1]))
    p.tie_levels = [
        (np.array([0, 1, 1, 0]), np.zeros(2, np.int64)),
        (np.array([5, 0, 0, 5]), np.zeros(2, np.int64)),
    ]
    out = CpSatSolver().solve(p, workers=1)
    assert out.status is Status.OPTIMAL
    assert out.assignment.tolist() == [0, 1], out.log


def test_a_move_cap_on_300_people_is_proven_with_its_ties():
    """The scale suite's 300-person organisation under a cap of 20 moves: CP-SAT on
    all 1,616 edges ran its 60 s without closing a gap of 0.001 %, then had no time to
    break ties (seed 3 then; since review 147 H1 opened moves within a JF family and
    level held, the Lagrangian closes seed 3's gap alone, and seed 13 takes this path).
    With the edges above their floor dropped it proves the optimum, and the tie levels
    one at a time are each proven. Proven is what is checked (the status and the log),
    not the time it took."""
    from tests.scale.test_sweep import make_org

    with tempfile.TemporaryDirectory() as d:
        org = make_org(Path(d) / "org", 300, seed=13)
        sc = placement.load_scenario(org).with_settings(
            constraints={"max_moves": 20},
            objective={"weights": {"continuity": 0}},
            solver={"time_limit": 60},
        )
        r = placement.solve(sc)
    assert r.status.value == "optimal"
    log = "\n".join(r.log)
    assert "edges kept for CP-SAT (reduced-cost fixing)" in log, log
    for k in range(1, len(r.problem.tie_levels) + 1):
        assert f"cp-sat tie-break level {k}: OPTIMAL" in log, log
    assert violations(r.problem, r.assignment) == []
    assert r.kpis["moves"] <= 20
    assert r.outcome.cost == milp_optimum(r.problem)  # the whole problem's optimum


def test_a_deterministic_cap_covers_the_tie_levels_too(monkeypatch):
    """CP-SAT with a cap in deterministic time: the first phase and every tie level
    together stay within it (each solve had been given all of it again)."""
    from ortools.sat.python import cp_model

    from tests.scale.test_sweep import make_org

    with tempfile.TemporaryDirectory() as d:
        org = make_org(Path(d) / "org", 300, seed=13)
        sc = placement.load_scenario(org).with_settings(
            constraints={"max_moves": 20}, objective={"weights": {"continuity": 0}}
        )
        whole = sc.compile().problem
    lag = LagrangeSolver(lns=False, edge_floors=True).solve(whole, time_limit=20)
    assert lag.edge_floor is not None and lag.cost is not None
    problem = whole.on_edges(np.flatnonzero(lag.edge_floor <= lag.cost))  # as auto does
    spent: list[float] = []
    real = cp_model.CpSolver.solve

    def solve(self, *args, **kwargs):
        out = real(self, *args, **kwargs)
        spent.append(self.deterministic_time)
        return out

    monkeypatch.setattr(cp_model.CpSolver, "solve", solve)
    cap = 0.3  # the third level alone takes more (the id-keyed order)
    out = CpSatSolver(deterministic_time=cap).solve(problem, time_limit=60, hint=lag.assignment)
    assert out.assignment is not None and violations(problem, out.assignment) == []
    assert len(spent) >= 2, out.log  # a proven optimum, then tie levels
    assert sum(spent) <= cap + 0.02, (spent, out.log)
