"""The min-cost flow backend (placement.solvers.flow) on hand-made problems whose
optima are worked out in the comments: the minimum-fill tier, unit caps and minimums,
pins, relaxed minimums, the status-quo tie-break, and what it refuses. The conformance
suite (tests/system/test_conformance.py) runs every backend on shared cases."""

from __future__ import annotations

import copy

import numpy as np
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import placement
from placement.errors import UnsupportedProblemError
from placement.model.check import violations
from placement.model.problem import from_dense
from placement.model.stability import current_reference, id_hashes, tie_levels
from tests.oracle import milp_lexicographic, milp_optimum
from tests.strategies import problems
from tests.system.test_conformance import CASES


def flow(problem):
    r = placement.solve(problem, solver="flow")
    assert r.solver == "flow"
    return r


def test_result_log_is_the_solvers_own_lines():
    r = flow(CASES[0][1])
    assert r.log == r.outcome.log and r.log is not r.outcome.log
    assert any(line.startswith("tie-break levels") for line in r.log)


def test_refuses_side_constraints_and_names_the_solver_that_can():
    problem = CASES[8][1]  # a budget
    with pytest.raises(UnsupportedProblemError) as err:
        placement.solve(problem, solver="flow")
    assert "budgets" in str(err.value) and "cp-sat" in str(err.value)


def test_min_fill_tier_takes_a_dearer_seat():
    # E0 costs 0 in post 0 and 6 in post 1; post 1 must hold one person; E1 can only
    # take post 0 (cost 1). Free optimum: E0 → 0 (E1 unplaced, 10) = 10; with the
    # minimum: E0 → 1 (6), E1 → 0 (1) = 7, the only placement filling post 1.
    p = from_dense(
        [[0, 6], [1, 0]],
        [1, 1],
        unplaced_cost=10,
        eligible=np.array([[True, True], [True, False]]),
        min_fill=[0, 1],
    )
    r = flow(p)
    assert r.assignment.tolist() == [1, 0] and r.outcome.cost == 7


def test_unfillable_minimum_is_infeasible_and_named():
    # post 1 needs two people, only E0 may take it
    p = from_dense(
        [[0, 0], [0, 0]],
        [1, 2],
        unplaced_cost=5,
        eligible=np.array([[True, True], [True, False]]),
        min_fill=[0, 2],
    )
    r = flow(p)
    assert r.assignment is None and r.status.value == "infeasible"
    assert str(r.outcome.message).endswith("still leaves 1 unmet: position #1 1 of min_fill 2")


def test_relaxed_minimum_is_paid_for():
    # the same post short by one, each seat short costing 40: E0 in post 1 (cost 0),
    # E1 in post 0 (0), one seat short (40) = 40
    p = from_dense(
        [[0, 0], [0, 0]],
        [1, 2],
        unplaced_cost=5,
        eligible=np.array([[True, True], [True, False]]),
        min_fill=[0, 2],
        min_fill_penalty=40,
    )
    r = flow(p)
    assert r.assignment.tolist() == [1, 0]
    assert r.outcome.cost == 0 + 0 + 40


def test_unit_cap_and_unit_minimum():
    # posts 0, 1 in unit 0 (cap 1), post 2 in unit 1 (minimum 1); rewards:
    #   E0: -9, -8, -1    E1: -7, -9, -2    E2: -1, -1, -1
    # unit 0 holds one person: best E1 → 1 (-9) or E0 → 0 (-9); unit 1 needs one:
    # E0 → 0 (-9) + E1 → 2 (-2) + E2 unplaced (0) = -11, or E1 → 1 (-9) + E0 → 2 (-1)
    # = -10, or E0 → 0 + E2 → 2 (-1) + E1 unplaced = -10: the optimum is -11
    p = from_dense(
        [[-9, -8, -1], [-7, -9, -2], [-1, -1, -1]],
        [1, 1, 1],
        unplaced_cost=0,
        position_unit=[0, 0, 1],
        n_units=2,
        unit_cap=[1, 10**6],
        unit_min=[0, 1],
    )
    r = flow(p)
    assert r.outcome.cost == -11 and r.assignment.tolist() == [0, 2, -1]
    assert violations(p, r.assignment) == []


def test_pin_keeps_only_its_edge():
    # E0 pinned to post 1 (cost 4, where post 0 costs 0); E1 then takes post 0 (-1)
    p = from_dense([[0, 4], [-1, -1]], [1, 1], unplaced_cost=9, pinned=[1, -1])
    r = flow(p)
    assert r.assignment.tolist() == [1, 0] and r.outcome.cost == 3


def test_ties_go_to_the_status_quo():
    # two people, two posts, every placement costs 0; E0 sits in post 1 and E1 in
    # post 0: with the tie-break they stay, whatever the order of the ids
    p = from_dense([[0, 0], [0, 0]], [1, 1], unplaced_cost=100, current_pos=[1, 0])
    p.tie_levels = tie_levels(
        current_reference(p.current_pos),
        id_hashes(["E0", "E1"]),
        id_hashes(["P0", "P1"]),
        p.edge_emp,
        p.edge_pos,
    )
    r = flow(p)
    assert r.assignment.tolist() == [1, 0] and r.outcome.cost == 0


# -- budgets that count heads ------------------------------------------------------------


@st.composite
def headcount_budget_problems(draw):
    """A random network problem plus budgets whose edges all weigh the same: one per
    position (as a unit-weight GAP agent) or one per whole unit (as equal salaries)."""
    p = draw(problems(max_n=7, max_m=4))
    rng = np.random.default_rng(draw(st.integers(0, 2**31 - 1)))
    if draw(st.booleans()):  # a budget per position
        bid = np.arange(p.n_positions, dtype=np.int32)
    else:  # a budget per unit
        bid = p.position_unit.astype(np.int32)
    nb = int(bid.max()) + 1
    weight = rng.integers(0, 4, size=nb)  # 0: a budget that never binds
    q = copy.copy(p)
    q.budget_of_position = bid
    q.budget_limit = rng.integers(0, 9, size=nb).astype(np.int64)
    q.edge_weight = weight[bid[p.edge_pos]].astype(np.int64)
    q.budget_names = [f"budget {b}" for b in range(nb)]
    return q


@settings(max_examples=60, deadline=None)
@given(headcount_budget_problems())
def test_budgets_that_count_heads_are_solved_exactly_by_the_flow(p):
    # the flow takes them (no UnsupportedProblemError), keeps every budget (checked by
    # the independent checker on the original problem) and matches the MILP oracle;
    # a cap that would fall under a minimum fill stays a budget (the flow refuses it)
    assert p.has_budgets
    if p.headcount_budgets() is None:
        assert (p.min_fill > 0).any() or (p.unit_min > 0).any()
        with pytest.raises(UnsupportedProblemError):
            placement.solve(p, solver="flow")
        return
    best = milp_optimum(p)
    r = placement.solve(p, solver="flow")
    if best is None:
        assert r.assignment is None
        return
    assert r.status.value == "optimal" and r.outcome.cost == best
    assert violations(p, r.assignment) == []
    auto = placement.solve(p)
    assert auto.solver == "flow" and "counts heads" in str(auto.solver_reason)
    assert auto.outcome.cost == best


def test_budgets_with_unequal_weights_stay_side_constraints():
    p = from_dense(
        [[0, 1], [1, 0]],
        [2, 2],
        unplaced_cost=10,
        budget_of_position=[0, 0],
        budget_limit=[3],
        n_units=1,
        position_unit=[0, 0],
        edge_weight=[[1, 2], [2, 1]],
    )
    assert p.headcount_budgets() is None
    with pytest.raises(UnsupportedProblemError):
        placement.solve(p, solver="flow")
    # equal weights (2 each, limit 3): one head fits the unit
    q = from_dense(
        [[0, 1], [1, 0]],
        [2, 2],
        unplaced_cost=10,
        budget_of_position=[0, 0],
        budget_limit=[3],
        n_units=1,
        position_unit=[0, 0],
        edge_weight=[[2, 2], [2, 2]],
    )
    net = q.headcount_budgets()
    assert net is not None and int(net.unit_cap[0]) == 1 and not net.has_budgets
    r = placement.solve(q, solver="flow")
    assert (r.assignment >= 0).sum() == 1 and r.outcome.cost == 0 + 10


def test_a_unit_weight_gap_instance_is_a_transportation_problem():
    # OR-Library gap1-1 with every job weighing 1 on every agent: each agent's capacity
    # b[i] becomes a headcount; the flow and CP-SAT reach the same optimum
    from placement.model.gap import load_instance

    p = copy.copy(load_instance("gap1-1", "max"))
    p.edge_weight = np.ones(p.n_edges, dtype=np.int64)
    net = p.headcount_budgets()
    assert net is not None and not net.has_budgets
    assert (net.capacity == np.minimum(p.capacity, p.budget_limit)).all()
    f = placement.solve(p, solver="flow")
    c = placement.solve(p, solver="cp-sat", time_limit=60)
    assert f.status.value == c.status.value == "optimal"
    assert f.outcome.cost == c.outcome.cost
    assert violations(p, f.assignment) == []


def test_folded_costs_or_tools_refuses_are_folded_coarser():
    """1,200 people (300 copies of a small organisation with tie levels): the fold fits
    the 62 bits the fold allows, yet OR-Tools' min-cost flow refuses the folded costs
    (BAD_COST_RANGE: its own checks on prices are tighter); the fold (what the flow
    falls back on where its two stages do not apply) folds the ties coarser and
    solves, instead of reporting no solution. The two stages reach the same cost and
    the same status-quo count with all three levels at full resolution."""
    from placement.solvers.flow import _solve_folded
    from tests.model.test_reasons import seat_left_empty

    sc = placement.Scenario.from_frames(*seat_left_empty(copies=300)).with_settings(
        objective={"weights": {"continuity": 10}},
        eligibility={"career": "off", "give_back_rounds": 0},
    )
    p = sc.compile().problem
    folded, status, message, used = _solve_folded(p)
    assert folded is not None and used == 3, message
    r = placement.solve(sc, solver="flow")
    assert r.status.value == "optimal", r.outcome.message
    assert r.outcome.log[0].startswith("tie-break levels, among the optima")
    assert r.outcome.log[0].endswith(": 3 of 3")
    assert r.outcome.cost == p.cost_of(folded)
    changes = p.tie_levels[0]
    assert _level(p, r.assignment, changes) == _level(p, folded, changes)


def _level(p, a, level) -> int:
    te, tu = level
    e = p.edge_index(a)
    placed = a >= 0
    return int(te[e[placed]].sum() + tu[~placed].sum())


def _with_ties(p, seed: int, spread: int):
    """``p`` with its costs coarsened to a few values (ties everywhere) and the
    engine's two tie levels (status quo, canonical order) for made-up ids."""
    q = copy.copy(p)
    q.edge_cost = (p.edge_cost // spread) * spread
    q.tie_levels = tie_levels(
        current_reference(p.current_pos),
        id_hashes([f"E{seed}-{i}" for i in range(p.n_employees)]),
        id_hashes([f"P{seed}-{j}" for j in range(p.n_positions)]),
        p.edge_emp,
        p.edge_pos,
    )
    return q


@settings(max_examples=80, deadline=None)
@given(problems(max_n=7, max_m=4), st.integers(0, 99), st.sampled_from([1, 25, 100]))
def test_two_stages_reach_the_lexicographic_optimum_of_an_independent_oracle(p, seed, spread):
    # the flow's two stages (the optimum, then the ties among the arcs of reduced cost
    # 0) against a MILP solved once per level, each held at its optimum after: the
    # same cost, the same status-quo count, the same canonical-order value; the
    # placement keeps every hard rule (independent checker)
    from placement.solvers.flow import solve_lexicographic

    q = _with_ties(p, seed, spread)
    best = milp_lexicographic(q)
    out = solve_lexicographic(q)
    assert out is not None
    a, status, message, used, _ = out
    if best is None:
        assert a is None and status.value == "infeasible", message
        return
    assert a is not None and used == 2
    assert violations(q, a) == []
    got = [q.cost_of(a), *(_level(q, a, lv) for lv in q.tie_levels)]
    assert got == best


def _every_placement(p) -> np.ndarray:
    """Every assignment of ``p``'s employees to one of their options or to none
    (rows), rules not checked."""
    import itertools

    options = [
        [int(j) for j in p.edge_pos[p.indptr[i] : p.indptr[i + 1]]] + [-1]
        for i in range(p.n_employees)
    ]
    return np.array(list(itertools.product(*options)), dtype=np.int64).reshape(-1, p.n_employees)


# E1 holds P0 but costs more there (12) than unplaced (5); E2 fills P1's minimum at
# 20. Placing E1 would only add a seat to unit 0, whose minimum E0 meets: the unit's
# arc to the sink has reduced cost > 0, and the second stage must cap the unit there
# (else it would put E1 back in P0, which the status quo prefers)
_UNIT_AT_ITS_MINIMUM = from_dense(
    [[0, 0], [12, 0], [0, 20]],
    [2, 1],
    eligible=np.array([[True, False], [True, False], [False, True]]),
    unplaced_cost=[100, 5, 5],
    min_fill=[0, 1],
    unit_min=[1, 0],
    current_pos=[0, 0, -1],
)

# E0 and E1 both want P0 (0 against 10 unplaced) but unit 0 takes one: the unit's arc
# to the sink has reduced cost < 0, and the second stage must keep the unit full
# (else it would admit both unplaced)
_UNIT_AT_ITS_CAP = from_dense([[0], [0]], [2], unplaced_cost=10, unit_cap=[1], current_pos=[-1, -1])


@settings(max_examples=120, deadline=None)
@given(problems(max_n=5, max_m=3), st.sampled_from([1, 25, 100]))
@example(_UNIT_AT_ITS_MINIMUM, 1)
@example(_UNIT_AT_ITS_CAP, 1)
def test_the_second_stage_admits_exactly_the_optima(p, spread):
    # from one optimum's potentials, the problem of the second stage: every placement
    # it admits (the settled people where they are, the rest a valid placement of it)
    # is an optimum of the first, and every optimum is one it admits; enumerated
    # against the independent checker
    from placement.model.residual import Residual
    from placement.solvers.flow import _optimal_face, _solve_network

    q = _with_ties(p, 0, spread)
    a, _, _ = _solve_network(q)
    if a is None:
        return
    res = Residual(q, a.astype(np.int64), np.zeros(q.n_edges, dtype=bool))
    assert res.feasible() and res.potentials() and res.proven()
    sub, who = _optimal_face(q, res)
    settled = np.setdiff1d(np.arange(q.n_employees), who)
    best = q.cost_of(a)
    for b in _every_placement(q):
        if violations(q, b):
            continue
        admitted = (b[settled] == a[settled]).all() and not violations(sub, b[who])
        assert admitted == (q.cost_of(b) == best), (b.tolist(), a.tolist())
