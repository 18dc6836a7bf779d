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

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import placement
from placement.model.check import violations
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
    best = milp_lexicographic(q)
    out = AutoSolver().solve(q, time_limit=20)
    if best is None:
        assert out.status is Status.INFEASIBLE
        return
    assert out.status is Status.OPTIMAL, out.log
    assert violations(q, out.assignment) == []
    assert out.cost == best[0]
    if out.solver == "cp-sat" and all(
        f"tie-break level {k}: OPTIMAL" in "\n".join(out.log) for k in (1, 2)
    ):
        assert [_level(q, out.assignment, lv) for lv in q.tie_levels] == best[1:]


@_fast
@given(problems(side_constraints=True, max_n=6, max_m=4), st.integers(0, 99))
def test_cp_sat_breaks_ties_level_by_level_as_the_oracle(problem, seed):
    """CP-SAT alone, with side constraints and the engine's two tie levels: the cost,
    the status-quo count and the canonical order of an independent MILP solved once
    per level."""
    q = _with_ties(problem, seed, 25)
    best = milp_lexicographic(q)
    out = CpSatSolver().solve(q, time_limit=20)
    if best is None:
        assert out.status is Status.INFEASIBLE
        return
    assert out.status is Status.OPTIMAL
    assert violations(q, out.assignment) == []
    got = [q.cost_of(out.assignment), *(_level(q, out.assignment, lv) for lv in q.tie_levels)]
    assert got == best, out.log


def test_a_move_cap_on_300_people_is_proven_with_its_ties():
    """The scale suite's 300-person organisation under a cap of 20 moves: CP-SAT on
    all 1,616 edges ran its 60 s without closing a gap of 0.001 %, then had no time to
    break ties. With the edges above their floor dropped it proves the optimum, and
    the tie levels one at a time are each proven. Proven is what is checked (the
    status and the log), not the time it took."""
    from tests.scale.test_sweep import make_org

    with tempfile.TemporaryDirectory() as d:
        org = make_org(Path(d) / "org", 300, seed=3)
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
