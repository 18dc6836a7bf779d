"""Solver conformance: canonical problems with hand-checked optima on every backend,
and properties on random problems against an independent MILP oracle."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings

import placement
from placement.errors import UnsupportedProblemError
from placement.model.check import violations
from placement.model.problem import NO_LIMIT, from_dense
from placement.solvers import SOLVERS, Status, get_solver
from tests.oracle import milp_optimum
from tests.strategies import problems

EXACT = [name for name, cls in SOLVERS.items() if cls.exact]


def _cases():
    """(name, problem, optimal cost or None if infeasible); optima worked out by hand."""
    cases = []
    # 1. assignment: 2 people, 2 posts; diagonal costs 1+1 beat 0+5
    cases.append(("assignment", from_dense([[1, 0], [5, 1]], [1, 1], unplaced_cost=100), 2))
    # 2. unplaced is cheaper than a bad post: costs 50 vs unplaced 10 → leave unplaced
    cases.append(("unplaced cheaper", from_dense([[50]], [1], unplaced_cost=10), 10))
    # 3. headcount 1 for two who both want it: the one with the larger gain gets it
    #    options: E0 at -10 / unplaced 0; E1 at -4 / unplaced 0 → -10
    cases.append(("competition", from_dense([[-10], [-4]], [1], unplaced_cost=0), -10))
    # 4. min fill forces a seat to be filled although it costs +3 instead of 0 unplaced
    cases.append(("min fill", from_dense([[3]], [1], unplaced_cost=0, min_fill=[1]), 3))
    # 5. unit cap 1 over two posts of one unit: best single placement -7
    cases.append(
        (
            "unit cap",
            from_dense(
                [[-7, -1], [-2, -6]],
                [1, 1],
                unplaced_cost=0,
                position_unit=[0, 0],
                n_units=1,
                unit_cap=[1],
            ),
            -7,
        )
    )
    # 6. pin overrides the cheaper choice: E0 pinned to post 1 (cost 4); E1 takes post 0 (-1)
    cases.append(
        ("pin", from_dense([[0, 4], [-1, -1]], [1, 1], unplaced_cost=9, pinned=[1, -1]), 3)
    )
    # 7. must place, not enough seats → infeasible
    cases.append(("infeasible", from_dense([[1], [1]], [1]), None))
    # 8. ineligible pair excluded: E0 can only take post 1 (cost 5) and must be placed
    cases.append(
        ("eligibility", from_dense([[0, 5]], [1, 1], eligible=np.array([[False, True]])), 5)
    )
    # 9. budget (knapsack): weights 3,3,4 limit 6; rewards -5,-5,-8 → take E0+E1 = -10
    cases.append(
        (
            "budget",
            from_dense(
                [[-5], [-5], [-8]],
                [3],
                unplaced_cost=0,
                budget_of_position=[0],
                budget_limit=[6],
                edge_weight=np.array([[3], [3], [4]]),
            ),
            -10,
        )
    )
    # 10. move cap 0: both stay where they are (cost 2+2) instead of swapping (0+0)
    cases.append(
        (
            "max moves",
            from_dense(
                [[2, 0], [0, 2]],
                [1, 1],
                unplaced_cost=50,
                current_pos=[0, 1],
                current_unit=[0, 1],
                max_moves=0,
            ),
            4,
        )
    )
    # 11. per-unit move cap: unit 0 may lose one person; two would gain
    cases.append(
        (
            "unit moves",
            from_dense(
                [[5, 0], [5, 0]],
                [2, 2],
                unplaced_cost=50,
                current_pos=[0, 0],
                current_unit=[0, 0],
                unit_max_moves=[1, NO_LIMIT],
            ),
            5,
        )
    )
    return cases


CASES = _cases()


@pytest.mark.parametrize("solver", sorted(SOLVERS))
@pytest.mark.parametrize("name,problem,optimum", CASES, ids=[c[0] for c in CASES])
def test_conformance(solver, name, problem, optimum):
    s = get_solver(solver)
    if not s.can_solve(problem):
        with pytest.raises(UnsupportedProblemError, match="cp-sat"):
            placement.solve(problem, solver=solver)
        return
    r = placement.solve(problem, solver=solver, time_limit=10)
    if optimum is None:
        assert r.status in (Status.INFEASIBLE, Status.NO_SOLUTION)
        if s.exact:
            assert r.status is Status.INFEASIBLE
        return
    if s.exact:
        assert r.status is Status.OPTIMAL
        assert r.outcome.cost == optimum
    elif r.status.has_solution:
        assert r.outcome.cost >= optimum
    if r.assignment is not None:
        assert violations(problem, r.assignment) == []


def test_oracle_agrees_with_hand_optima():
    for _, problem, optimum in CASES:
        assert milp_optimum(problem) == optimum


def test_auto_explains_its_choice():
    r = placement.solve(CASES[0][1])
    assert r.solver == "flow" and "network" in r.solver_reason
    r = placement.solve(CASES[8][1])
    assert r.solver == "cp-sat" and "budgets" in r.solver_reason


_fast = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_fast
@given(problems())
def test_network_solvers_agree_with_oracle(problem):
    expected = milp_optimum(problem)
    for name in ("flow", "cp-sat"):
        r = placement.solve(problem, solver=name, time_limit=20)
        if expected is None:
            assert r.status is Status.INFEASIBLE, name
            continue
        assert r.status is Status.OPTIMAL, name
        assert r.outcome.cost == expected, name
        assert violations(problem, r.assignment) == []
        assert (r.assignment[problem.pinned >= 0] == problem.pinned[problem.pinned >= 0]).all()
    g = placement.solve(problem, solver="greedy")
    if g.status.has_solution:
        assert expected is not None and g.outcome.cost >= expected
        assert violations(problem, g.assignment) == []


@_fast
@given(problems(side_constraints=True))
def test_cpsat_with_side_constraints_agrees_with_oracle(problem):
    expected = milp_optimum(problem)
    r = placement.solve(problem, solver="auto", time_limit=20)
    if expected is None:
        assert r.status is Status.INFEASIBLE
        return
    assert r.status is Status.OPTIMAL
    assert r.outcome.cost == expected
    assert violations(problem, r.assignment) == []
    g = placement.solve(problem, solver="greedy")
    if g.status.has_solution:
        assert g.outcome.cost >= expected
        assert violations(problem, g.assignment) == []


@_fast
@given(problems(side_constraints=True))
def test_relaxed_rules_agree_between_flow_and_cp_sat(problem):
    """Soft minimums / budgets / move caps: flow and CP-SAT (two independent encodings)
    agree where both apply; a relaxed optimum never costs more than the hard one."""
    import copy

    soft = copy.copy(problem)
    soft.min_fill_penalty = soft.budget_penalty = soft.move_penalty = 1000
    r = placement.solve(soft, solver="cp-sat", time_limit=20)
    hard = milp_optimum(problem)
    if hard is not None:
        assert r.status is Status.OPTIMAL
        assert r.outcome.cost <= hard
    if r.assignment is not None:
        assert violations(soft, r.assignment) == []
        assert r.outcome.cost == soft.cost_of(r.assignment)
    if soft.is_network and r.status is Status.OPTIMAL:
        f = placement.solve(soft, solver="flow")
        assert f.outcome.cost == r.outcome.cost
