"""The Lagrangian backend: proven bounds, valid placements, its LNS sub-problems, and
``solve(solver="auto")`` on problems with side constraints."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import placement
import placement.generate
from placement.model.check import violations
from placement.model.problem import NO_LIMIT, Problem, from_dense
from placement.solvers import Status, gap_search, get_solver
from placement.solvers.lagrange import LagrangeSolver, _cpsat_sub, _rows, _subproblem
from tests.oracle import milp_optimum
from tests.strategies import problems

ROOT = Path(__file__).resolve().parents[2]
_fast = settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)


def _check(problem, out, optimum) -> None:
    """bound <= optimum <= cost, and every placement keeps every hard rule."""
    if out.bound is not None and optimum is not None:
        assert out.bound <= optimum, (out.bound, optimum)
    if out.assignment is None:
        return
    assert optimum is not None, "a placement for an infeasible problem"
    assert violations(problem, out.assignment) == []
    assert out.cost == problem.cost_of(out.assignment)
    assert out.cost >= optimum
    if out.status is Status.OPTIMAL:
        assert out.cost == optimum


@_fast
@given(problems(side_constraints=True))
def test_bound_below_optimum_below_cost(problem):
    optimum = milp_optimum(problem)
    out = LagrangeSolver().solve(problem, time_limit=10)
    _check(problem, out, optimum)
    if out.status is Status.INFEASIBLE:
        assert optimum is None


@_fast
@given(problems(side_constraints=True), st.integers(0, 3))
def test_neighbourhood_search_keeps_placements_valid(problem, seed):
    """One pricing iteration leaves room for the LNS, which must stay valid."""
    optimum = milp_optimum(problem)
    out = LagrangeSolver(max_iterations=1, lns_rounds=4).solve(problem, seed=seed)
    _check(problem, out, optimum)


@_fast
@given(problems(side_constraints=True), st.integers(0, 2**31 - 1))
def test_subproblem_is_the_problem_around_a_placement(problem, seed):
    """Freeing some employees around a valid placement: the placement is a valid hint
    of the same cost, and the sub-problem's optimum maps back to a valid placement."""
    found = get_solver("cp-sat").solve(problem, time_limit=10)
    if not found.status.has_solution:
        return
    a = found.assignment
    free = np.random.default_rng(seed).random(problem.n_employees) < 0.6
    if not free.any():
        return
    sub, positions, hint = _subproblem(problem, a, free, _rows(problem))
    assert violations(sub, hint) == []
    assert sub.cost_of(hint) == problem.cost_of(a)
    status, sub_a, cost = _cpsat_sub(sub, hint, 0, 1, 10.0, 10)
    assert status.has_solution
    full = a.copy()
    full[free] = -1
    full[np.flatnonzero(free)[sub_a >= 0]] = positions[sub_a[sub_a >= 0]]
    assert violations(problem, full) == []
    assert problem.cost_of(full) == cost <= problem.cost_of(a)


@_fast
@given(problems(side_constraints=True))
def test_auto_is_exact_on_small_problems(problem):
    optimum = milp_optimum(problem)
    r = placement.solve(problem, solver="auto", time_limit=20)
    if optimum is None:
        assert r.status is Status.INFEASIBLE
        return
    assert r.status is Status.OPTIMAL, r.solver_reason
    assert r.outcome.cost == optimum
    assert r.outcome.bound == optimum
    assert violations(problem, r.assignment) == []


@pytest.mark.skipif(
    "budget_penalty" not in Problem.__dataclass_fields__,
    reason="soft (penalised) rules not in this Problem",
)
@_fast
@given(problems(side_constraints=True), st.integers(0, 40), st.integers(0, 40), st.integers(0, 40))
def test_bound_stays_valid_with_soft_rules(problem, mf_pen, b_pen, m_pen):
    """Penalised minimums, budgets and move caps: multipliers capped at the penalties
    and the soft minimum-fill tier keep the bound at or below CP-SAT's optimum."""
    problem.min_fill_penalty, problem.budget_penalty, problem.move_penalty = mf_pen, b_pen, m_pen
    ref = get_solver("cp-sat").solve(problem, time_limit=20)
    out = LagrangeSolver().solve(problem, time_limit=10)
    if ref.status is not Status.OPTIMAL:
        return
    if out.bound is not None:
        assert out.bound <= ref.cost
    if out.assignment is not None:
        assert violations(problem, out.assignment) == []
        assert out.cost == problem.cost_of(out.assignment) >= ref.cost


def test_bound_is_exact_with_fractional_multipliers():
    """Budgets whose weights make every useful multiplier fractional: the integer
    scaling must still give a bound at or below the optimum, and the LP value rounded
    up when the relaxation is tight."""
    # knapsack: weights 3, 3, 4, limit 6; rewards -5, -5, -8 → optimum -10 (E0 + E1);
    # LP value -11.33 → the Lagrangian dual (= LP here) rounds up to -11
    p = from_dense(
        [[-5], [-5], [-8]],
        [3],
        unplaced_cost=0,
        budget_of_position=[0],
        budget_limit=[6],
        edge_weight=np.array([[3], [3], [4]]),
    )
    out = LagrangeSolver().solve(p)
    assert out.bound is not None and -11 <= out.bound <= -10
    assert out.cost == -10 and violations(p, out.assignment) == []


def test_unplaced_incumbent_counts_as_a_move():
    """Two incumbents of unit 0 (move cap 1) both gain by leaving; one position of
    theirs is closed, so that one must move (or be unplaced: also a move)."""
    p = from_dense(
        [[5, 0, 9], [5, 0, 9]],
        [1, 2, 0],
        unplaced_cost=1,
        current_pos=[0, 2],
        current_unit=[0, 0],
        position_unit=[0, 1, 0],
        n_units=2,
        unit_max_moves=[1, NO_LIMIT],
    )
    optimum = milp_optimum(p)
    out = LagrangeSolver().solve(p)
    _check(p, out, optimum)
    assert out.status is Status.OPTIMAL and out.cost == optimum == 5


def _budgeted_1k(**constraints):
    """The compiled problem of a generated 1,000-employee organisation with budgets on
    monthly cost (and ``constraints``)."""
    o = placement.generate.generate_organization(1000, seed=3)
    sc = placement.Scenario.from_frames(
        o.employees,
        o.positions,
        o.units,
        constraints={**constraints, "budgets": {"weight_column": "monthly_cost"}},
    )
    return sc.compile().problem


def test_deterministic_for_a_seed():
    problem = _budgeted_1k(max_moves=40)
    runs = [LagrangeSolver(max_iterations=8, lns_rounds=3).solve(problem, seed=7) for _ in range(2)]
    assert runs[0].cost == runs[1].cost and runs[0].bound == runs[1].bound
    assert np.array_equal(runs[0].assignment, runs[1].assignment)
    assert runs[0].status.has_solution
    assert violations(problem, runs[0].assignment) == []
    assert runs[0].bound <= runs[0].cost


#: pricing on narrowed networks (1 option per employee, a full solve every third
#: iteration), as large problems do, forced on small ones
_NARROW = {"narrow": 3, "narrow_options": 1, "narrow_above": 0}


@_fast
@given(problems(side_constraints=True))
def test_narrowed_pricing_claims_only_full_network_bounds(problem):
    """A narrowed network's optimum costs at least the full one: it must steer the
    multipliers only, never be reported as a bound."""
    optimum = milp_optimum(problem)
    out = LagrangeSolver(max_iterations=12, lns=False, **_NARROW).solve(problem)
    _check(problem, out, optimum)
    if out.status is Status.INFEASIBLE:
        assert optimum is None


def test_narrowed_pricing_is_deterministic_and_closes_the_gap():
    problem = _budgeted_1k()
    solver = LagrangeSolver(max_iterations=20, lns=False, narrow=4, narrow_above=0)
    runs = [solver.solve(problem, seed=7) for _ in range(2)]
    assert runs[0].cost == runs[1].cost and runs[0].bound == runs[1].bound
    assert np.array_equal(runs[0].assignment, runs[1].assignment)
    assert violations(problem, runs[0].assignment) == []
    assert runs[0].bound <= runs[0].cost
    full = LagrangeSolver(max_iterations=1, lns=False).solve(problem)
    assert runs[0].bound >= full.bound  # the first full solve is the same


def test_progress_reports_monotone_best_and_bound():
    p = from_dense(
        [[-5], [-5], [-8]],
        [3],
        unplaced_cost=0,
        budget_of_position=[0],
        budget_limit=[6],
        edge_weight=np.array([[3], [3], [4]]),
    )
    events: list[dict] = []
    r = placement.solve(p, progress=events.append)
    assert events and {"phase", "best", "bound", "elapsed"} <= set(events[0])
    best = [e["best"] for e in events if e["best"] is not None]
    bound = [e["bound"] for e in events if e["bound"] is not None]
    assert best == sorted(best, reverse=True) and bound == sorted(bound)
    assert r.status is Status.OPTIMAL and r.objective == -10


def test_bundled_example_with_unit_move_caps():
    """4,500 employees, 356k edges: too large for one Boolean per edge in CP-SAT
    (no placement in 60 s before); the Lagrangian backend finds one quickly. The cap
    is 80: Dinas Kesehatan has 65 holders who must leave their post (no seat of it
    theirs: over formasi, its rules or, in a health post, its licence missed)."""
    sc = placement.load_scenario(ROOT / "scenarios" / "tebo" / "replace.yaml")
    sc = sc.with_settings(constraints={"max_moves_per_unit": 80})
    r = placement.solve(sc, time_limit=20)
    assert r.status.has_solution, r.solver_reason
    assert r.solver == "lagrange" and "Lagrangian" in r.solver_reason
    problem = r.problem
    assert violations(problem, r.assignment) == []
    moved = (problem.current_pos >= 0) & (r.assignment != problem.current_pos)
    per_unit = np.bincount(
        problem.current_unit[moved & (problem.current_unit >= 0)], minlength=problem.n_units
    )
    assert per_unit.max() <= 80
    assert r.outcome.bound is not None and r.outcome.bound <= r.outcome.cost
    assert r.gap is not None and r.gap < 0.01


# -- GAP-shaped problems: the dense path (placement.solvers.gap_search) ----------------


@st.composite
def gap_problems(draw, max_n: int = 8, max_m: int = 4):
    """Random GAP-shaped Problems: one budget per position (weights ≥ 0), headcounts
    that never bind, some jobs optionally allowed to stay unplaced, sparse eligibility,
    costs of both signs."""
    n = draw(st.integers(1, max_n))
    m = draw(st.integers(1, max_m))
    rng = np.random.default_rng(draw(st.integers(0, 2**31 - 1)))
    elig = rng.random((n, m)) < draw(st.floats(0.4, 1.0))
    cost = rng.integers(-20, 60, size=(n, m))
    weight = rng.integers(0, 7, size=(n, m))
    limit = rng.integers(0, 14, size=m)
    kw: dict = {"budget_of_position": np.arange(m), "budget_limit": limit, "edge_weight": weight}
    if draw(st.booleans()):
        return from_dense(cost, np.full(m, n), eligible=elig, **kw)
    unplaced = np.where(rng.random(n) < 0.5, rng.integers(0, 80, size=n), 0)
    must = rng.random(n) < 0.5
    return from_dense(
        cost, np.full(m, n), eligible=elig, unplaced_cost=unplaced, must_place=must, **kw
    )


def _feasible_dense(d, x) -> bool:
    return x is not None and d.feasible(x)


@_fast
@given(gap_problems(), st.integers(0, 3))
def test_gap_shaped_dense_path_is_valid(problem, seed):
    """The dense path (bound, constructions, descent, agent LNS): bound <= optimum <=
    cost, every placement keeps every rule; proven optimal only at the optimum."""
    assert gap_search.dense_gap(problem) is not None
    optimum = milp_optimum(problem)
    out = LagrangeSolver(lns_rounds=6).solve(problem, seed=seed)
    _check(problem, out, optimum)


@_fast
@given(gap_problems(), st.lists(st.floats(0, 30), min_size=5, max_size=5))
def test_gap_bound_is_valid_for_any_multipliers(problem, lam):
    d = gap_search.dense_gap(problem)
    optimum = milp_optimum(problem)
    lam = np.array(lam[: d.m + 1] + [0.0] * (d.m + 1 - len(lam[: d.m + 1])))
    bound = gap_search.exact_bound(d, lam)
    if optimum is not None and bound is not None:
        assert bound + int(problem.constant) <= optimum
    b, _, _ = gap_search.lagrangian_bound(d, 50)
    if optimum is not None and b is not None:
        assert b + int(problem.constant) <= optimum


@_fast
@given(gap_problems(), st.integers(0, 3))
def test_gap_constructions_and_descent_stay_feasible(problem, seed):
    """Regret construction, priced repair, shift/swap descent and one agent
    neighbourhood: feasible whenever they return a placement, never better than the
    optimum, and the descent and the neighbourhood never make a placement worse."""
    d = gap_search.dense_gap(problem)
    optimum = milp_optimum(problem)
    _, lam, _ = gap_search.lagrangian_bound(d, 30)
    R = np.where(d.allowed, d.C + lam * d.A, np.inf)
    for build in (gap_search.regret_construct, gap_search.priced_repair):
        x = build(d, R)
        if x is None or not d.feasible(x):
            continue  # the caller checks feasibility too
        assert optimum is not None
        y = gap_search.local_search(d, x)
        assert _feasible_dense(d, y) and d.cost(y) <= d.cost(x)
        assert d.cost(y) + int(problem.constant) >= optimum
        assert violations(problem, d.assignment(y)) == []
        lns = gap_search.AgentLNS(d, lam, seed)
        z, _ = lns.step(y, None)
        if z is not None:
            assert _feasible_dense(d, z) and d.cost(z) < d.cost(y)
            assert d.cost(z) + int(problem.constant) >= optimum


def test_gap_shape_detection():
    """Only budgets of one position each, non-binding headcounts, no pins, minimums
    or move caps: anything else takes the flow-based path."""
    base = dict(
        budget_of_position=[0, 1],
        budget_limit=[3, 3],
        edge_weight=np.array([[1, 2], [2, 1], [1, 1]]),
    )
    cost = [[1, 2], [2, 1], [3, 3]]
    assert gap_search.dense_gap(from_dense(cost, [3, 3], **base)) is not None
    assert gap_search.dense_gap(from_dense(cost, [1, 3], **base)) is None  # headcount
    shared = {**base, "budget_of_position": [0, 0], "budget_limit": [5]}
    assert gap_search.dense_gap(from_dense(cost, [3, 3], **shared)) is None
    assert gap_search.dense_gap(from_dense(cost, [3, 3], min_fill=[1, 0], **base)) is None
    assert gap_search.dense_gap(from_dense(cost, [3, 3], pinned=[0, -1, -1], **base)) is None
    assert gap_search.dense_gap(from_dense(cost, [3, 3])) is None  # no budget: a network


def test_gap_dense_path_is_deterministic():
    rng = np.random.default_rng(5)
    n, m = 60, 6
    w = rng.integers(5, 25, size=(n, m))
    p = from_dense(
        rng.integers(10, 50, size=(n, m)),
        np.full(m, n),
        budget_of_position=np.arange(m),
        budget_limit=(0.8 * w.sum(axis=0) / m).astype(int),
        edge_weight=w,
    )
    runs = [LagrangeSolver(lns_rounds=8).solve(p, seed=3) for _ in range(2)]
    assert runs[0].status.has_solution
    assert runs[0].cost == runs[1].cost and runs[0].bound == runs[1].bound
    assert np.array_equal(runs[0].assignment, runs[1].assignment)
    assert any("agent neighbourhood" in line for line in runs[0].log)
