"""cp-sat backend on small hand-made problems, against a brute-force oracle.

The oracle works on a dense description of the problem (the same dict that builds the
Problem through ``from_dense``), enumerates every assignment and applies each rule of
the Problem docstring with numpy; it shares no code with the solver.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from placement.errors import PlacementError
from placement.model.gap import load_instance
from placement.model.problem import NO_LIMIT, from_dense
from placement.solvers import SOLVERS, Feature, Status, get_solver
from placement.solvers.cpsat import STATUS_MAP, CpSatSolver
from placement.solvers.cpsat_model import add_hint, build_model
from placement.solvers.registry import solvers_supporting


# -- oracle -----------------------------------------------------------------------------
def spec(cost, capacity, **kw) -> dict:
    """Dense problem description; absent keys take the Problem defaults."""
    cost = np.asarray(cost, dtype=np.int64)
    n, m = cost.shape
    d = {
        "cost": cost,
        "capacity": np.asarray(capacity, dtype=np.int64),
        "eligible": np.ones((n, m), dtype=bool),
        "unplaced_cost": None,  # None: everybody must be placed
        "must_place": None,
        "min_fill": np.zeros(m, dtype=np.int64),
        "position_unit": np.arange(m),
        "n_units": m,
        "unit_cap": None,
        "unit_min": None,
        "pinned": np.full(n, -1),
        "budget_of_position": np.full(m, -1),
        "budget_limit": np.zeros(0, dtype=np.int64),
        "edge_weight": np.zeros((n, m), dtype=np.int64),
        "current_pos": np.full(n, -1),
        "current_unit": None,
        "max_moves": NO_LIMIT,
        "unit_max_moves": None,
        "constant": 0,
    }
    d.update(kw)
    k = d["n_units"]
    if d["must_place"] is None:
        d["must_place"] = np.full(n, d["unplaced_cost"] is None)
    if d["unplaced_cost"] is None:
        d["unplaced_cost"] = np.zeros(n, dtype=np.int64)
    d["unplaced_cost"] = np.broadcast_to(np.asarray(d["unplaced_cost"]), (n,)).astype(np.int64)
    for key, fill in (("unit_cap", NO_LIMIT), ("unit_min", 0), ("unit_max_moves", NO_LIMIT)):
        if d[key] is None:
            d[key] = np.full(k, fill, dtype=np.int64)
    if d["current_unit"] is None:
        cur = np.asarray(d["current_pos"])
        d["current_unit"] = np.where(cur >= 0, np.asarray(d["position_unit"])[cur], -1)
    return {key: np.asarray(v) if isinstance(v, list) else v for key, v in d.items()}


def problem_of(d: dict):
    keys = [
        "must_place",
        "min_fill",
        "position_unit",
        "n_units",
        "unit_cap",
        "unit_min",
        "pinned",
        "budget_of_position",
        "budget_limit",
        "edge_weight",
        "current_pos",
        "current_unit",
        "max_moves",
        "unit_max_moves",
        "constant",
    ]
    return from_dense(
        d["cost"],
        d["capacity"],
        eligible=d["eligible"],
        unplaced_cost=d["unplaced_cost"],
        **{k: d[k] for k in keys},
    )


def evaluate(d: dict, A: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(feasible[K], cost[K]) of K assignments A (K × n, position or -1)."""
    A = np.atleast_2d(np.asarray(A, dtype=np.int64))
    K, n = A.shape
    m = len(d["capacity"])
    rows = np.arange(n)
    placed = A >= 0
    Ac = np.where(placed, A, 0)
    ok = np.ones(K, dtype=bool)
    ok &= (~placed | d["eligible"][rows, Ac]).all(1)
    ok &= (placed | ~d["must_place"]).all(1)
    pin = d["pinned"] >= 0
    ok &= (A[:, pin] == d["pinned"][pin]).all(1)
    count = np.stack([(A == j).sum(1) for j in range(m)], axis=1) if m else np.zeros((K, 0))
    ok &= ((count >= d["min_fill"]) & (count <= d["capacity"])).all(1)
    for u in range(d["n_units"]):
        cu = count[:, d["position_unit"] == u].sum(1)
        if d["unit_cap"][u] != NO_LIMIT:
            ok &= cu <= d["unit_cap"][u]
        ok &= cu >= d["unit_min"][u]
    bop = d["budget_of_position"]
    for b, limit in enumerate(d["budget_limit"]):
        in_b = placed & (bop[Ac] == b)
        load = np.where(in_b, d["edge_weight"][rows, Ac], 0).sum(1)
        ok &= load <= limit
    cur = d["current_pos"]
    moved = (cur >= 0) & (A != cur)
    if d["max_moves"] != NO_LIMIT:
        ok &= moved.sum(1) <= d["max_moves"]
    for u, cap in enumerate(d["unit_max_moves"]):
        if cap != NO_LIMIT:
            ok &= moved[:, (d["current_unit"] == u) & (cur >= 0)].sum(1) <= cap
    cost = (
        np.where(placed, d["cost"][rows, Ac], d["unplaced_cost"]).sum(1) + d["constant"]
    ).astype(np.int64)
    return ok, cost


def brute_force(d: dict) -> int | None:
    """Optimal cost over all assignments, None if none is feasible."""
    n, m = d["cost"].shape
    options = [
        [j for j in range(m) if d["eligible"][i, j]] + ([] if d["must_place"][i] else [-1])
        for i in range(n)
    ]
    A = np.array(list(itertools.product(*options)), dtype=np.int64).reshape(-1, n)
    ok, cost = evaluate(d, A)
    return int(cost[ok].min()) if ok.any() else None


def solve(d: dict, **kw):
    problem = problem_of(d)
    kw.setdefault("time_limit", 10)
    out = get_solver("cp-sat").solve(problem, **kw)
    if out.status.has_solution:
        ok, cost = evaluate(d, out.assignment)
        assert ok[0], f"cp-sat returned an infeasible assignment {out.assignment}"
        assert cost[0] == out.cost == problem.cost_of(out.assignment)
        assert out.assignment.dtype == np.int32
        assert out.bound is not None and out.bound <= out.cost
    else:
        assert out.assignment is None and out.cost is None
    return out


def assert_matches_oracle(d: dict, **kw):
    best = brute_force(d)
    out = solve(d, **kw)
    if best is None:
        assert out.status is Status.INFEASIBLE, (out.status, out.cost)
    else:
        assert out.status is Status.OPTIMAL, out.message
        assert out.cost == best == out.bound
    return out


# -- registry and interface -------------------------------------------------------------
def test_registered():
    assert SOLVERS["cp-sat"] is CpSatSolver
    assert isinstance(get_solver("cp-sat"), CpSatSolver)
    assert CpSatSolver.exact
    assert CpSatSolver.features == {Feature.NETWORK, Feature.BUDGETS, Feature.MOVE_CAPS}
    assert "cp-sat" in solvers_supporting(frozenset(Feature))
    assert set(STATUS_MAP.values()) == set(Status)


# -- hand-made cases --------------------------------------------------------------------
def test_plain_assignment():
    d = spec([[1, 5], [2, 3], [4, 1]], [1, 2], unplaced_cost=10)
    out = assert_matches_oracle(d)
    assert out.assignment.tolist() == [0, 1, 1]
    assert out.cost == 5


def test_unplaced_when_cheaper():
    d = spec([[9, 9], [1, 9]], [1, 1], unplaced_cost=[4, 4])
    out = assert_matches_oracle(d)
    assert out.assignment.tolist() == [-1, 0]
    assert out.cost == 5


def test_must_place_overrides_unplaced_cost():
    d = spec([[9, 8], [1, 9]], [1, 1], unplaced_cost=[4, 4], must_place=[True, False])
    out = assert_matches_oracle(d)
    assert out.assignment.tolist() == [1, 0]
    assert out.cost == 9


def test_must_place_without_eligible_position_is_infeasible():
    d = spec([[1, 1], [1, 1]], [2, 2], unplaced_cost=0, must_place=[True, False])
    d["eligible"][0] = False
    out = assert_matches_oracle(d)
    assert "employee 0" in out.message


def test_must_place_beyond_capacity_is_infeasible():
    assert_matches_oracle(spec(np.zeros((4, 2)), [1, 2]))


def test_pin_takes_expensive_position():
    d = spec([[1, 7], [1, 1]], [1, 1], unplaced_cost=3, pinned=[1, -1])
    out = assert_matches_oracle(d)
    assert out.assignment.tolist() == [1, 0]


def test_pin_to_ineligible_position_is_infeasible():
    d = spec([[1, 7], [1, 1]], [1, 1], unplaced_cost=3, pinned=[1, -1])
    d["eligible"][0, 1] = False
    out = assert_matches_oracle(d)
    assert "pinned" in out.message


def test_pin_outside_the_position_range_is_infeasible():
    # with m = 2, (employee 0, position 3) would alias edge (employee 1, position 0) in
    # Problem.edge_index's key; the solver must not take it for a real edge
    d = spec([[1, 7], [1, 1]], [2, 2], unplaced_cost=3, pinned=[3, -1])
    out = assert_matches_oracle(d)
    assert "pinned to position 3" in out.message


def test_two_pins_on_a_single_seat_is_infeasible():
    assert_matches_oracle(spec([[1, 1], [1, 1]], [1, 1], unplaced_cost=0, pinned=[0, 0]))


def test_min_fill():
    d = spec([[5, 1], [5, 1]], [2, 2], unplaced_cost=9, min_fill=[1, 0])
    out = assert_matches_oracle(d)
    assert sorted(out.assignment.tolist()) == [0, 1]


def test_min_fill_unreachable_is_infeasible():
    d = spec([[5, 1], [5, 1]], [2, 2], unplaced_cost=9, min_fill=[3, 0])
    out = assert_matches_oracle(d)
    assert "position 0" in out.message


def test_unit_cap_and_unit_min():
    # positions 0, 1 in unit 0 (cap 1), position 2 in unit 1 (min 2)
    d = spec(
        [[1, 1, 6], [1, 1, 6], [1, 1, 6]],
        [3, 3, 3],
        unplaced_cost=2,
        position_unit=[0, 0, 1],
        n_units=2,
        unit_cap=[1, NO_LIMIT],
        unit_min=[0, 2],
    )
    out = assert_matches_oracle(d)
    assert np.bincount(out.assignment[out.assignment >= 0], minlength=3)[2] == 2
    assert (np.isin(out.assignment, [0, 1])).sum() == 1
    d["unit_min"] = np.array([0, 4])
    assert assert_matches_oracle(d).status is Status.INFEASIBLE


def test_budget():
    # both want position 0; its budget (limit 5) holds only one of them
    d = spec(
        [[1, 4], [1, 6]],
        [2, 2],
        budget_of_position=[0, -1],
        budget_limit=[5],
        edge_weight=[[3, 9], [4, 9]],
    )
    out = assert_matches_oracle(d)
    assert out.assignment.tolist() == [1, 0]
    assert out.cost == 5


def test_shared_budget_over_two_positions():
    d = spec(
        np.zeros((3, 3)) + [[0, 0, 5]],
        [3, 3, 3],
        budget_of_position=[0, 0, 1],
        budget_limit=[4, 100],
        edge_weight=np.full((3, 3), 2),
    )
    out = assert_matches_oracle(d)
    assert (out.assignment == 2).sum() == 1
    d["budget_limit"] = np.array([1, 3])
    assert assert_matches_oracle(d).status is Status.INFEASIBLE


def test_max_moves():
    # everybody would gain by moving to position 1, only one move allowed
    d = spec(
        [[5, 1], [5, 2], [5, 3]],
        [3, 3],
        current_pos=[0, 0, 0],
        max_moves=1,
    )
    out = assert_matches_oracle(d)
    assert out.assignment.tolist() == [1, 0, 0]
    d["max_moves"] = 0
    assert assert_matches_oracle(d).assignment.tolist() == [0, 0, 0]


def test_unplacing_counts_as_a_move():
    d = spec([[5], [5]], [2], unplaced_cost=0, current_pos=[0, 0], max_moves=1)
    out = assert_matches_oracle(d)
    assert sorted(out.assignment.tolist()) == [-1, 0]
    assert out.cost == 5


def test_current_position_not_eligible_is_a_forced_move():
    d = spec([[5, 1], [5, 1]], [2, 2], current_pos=[0, 0], max_moves=0)
    d["eligible"][0, 0] = False
    out = assert_matches_oracle(d)
    assert "max_moves" in out.message


def test_unit_max_moves():
    # employees 0, 1 sit in unit 0, employee 2 in unit 1; moving to position 2 is cheap
    d = spec(
        [[5, 5, 1], [5, 5, 1], [5, 5, 1]],
        [3, 3, 3],
        current_pos=[0, 0, 1],
        position_unit=[0, 1, 1],
        n_units=2,
        unit_max_moves=[1, 0],
    )
    out = assert_matches_oracle(d)
    assert sorted(out.assignment.tolist()[:2]) == [0, 2]
    assert out.assignment[2] == 1
    d["unit_max_moves"] = np.array([NO_LIMIT, NO_LIMIT])
    assert assert_matches_oracle(d).assignment.tolist() == [2, 2, 2]


def test_pins_conflict_with_move_cap():
    d = spec([[1, 1], [1, 1]], [2, 2], current_pos=[0, 0], pinned=[1, 1], max_moves=1)
    assert assert_matches_oracle(d).status is Status.INFEASIBLE


def test_constant_and_sense():
    d = spec([[3, 1]], [1, 1], constant=100)
    out = assert_matches_oracle(d)
    assert out.cost == out.bound == 101
    p = problem_of(d)
    p.sense = "max"
    assert p.objective_value(out.cost) == -101


def test_no_edges_and_nothing_to_do():
    d = spec(np.zeros((2, 2)), [1, 1], unplaced_cost=[3, 4], constant=-2)
    d["eligible"][:] = False
    out = assert_matches_oracle(d)
    assert out.assignment.tolist() == [-1, -1] and out.cost == 5


def test_model_invalid_raises():
    huge = spec(np.full((3, 2), 2**61), [3, 3])
    with pytest.raises(PlacementError, match="CP-SAT rejected the model"):
        solve(huge)


# -- hints, progress, determinism, limits -------------------------------------------------
def test_hint_sets_every_edge_literal():
    d = spec([[1, 5], [2, 3], [4, 1]], [1, 2], unplaced_cost=10)
    d["eligible"][1, 0] = False
    p = problem_of(d)
    model, _, _, _ = build_model(p)
    add_hint(model, p, np.array([1, -1, 1]))
    hint = model.proto.solution_hint
    assert list(hint.vars) == list(range(p.n_edges))
    chosen = [(int(p.edge_emp[e]), int(p.edge_pos[e])) for e, v in enumerate(hint.values) if v]
    assert chosen == [(0, 1), (2, 1)]


def test_hint_does_not_change_the_optimum():
    d = spec([[1, 5], [2, 3], [4, 1]], [1, 2], unplaced_cost=10)
    best = brute_force(d)
    for hint in ([0, 1, 1], [1, 1, 0], [-1, -1, -1], [5, 0, 0]):  # good, bad, empty, junk
        out = solve(d, hint=np.array(hint))
        assert out.status is Status.OPTIMAL and out.cost == best
    with pytest.raises(PlacementError, match="one position per employee"):
        solve(d, hint=np.array([0, 1]))


def test_progress_reports_improving_solutions():
    problem = load_instance("gap12-1", "max")
    seen = []
    out = get_solver("cp-sat").solve(problem, time_limit=10, progress=seen.append)
    assert out.status is Status.OPTIMAL
    assert seen and all(set(s) == {"phase", "best", "bound", "elapsed"} for s in seen)
    assert all(s["phase"] == "cp-sat" for s in seen)
    profits = [s["best"] for s in seen]
    assert profits == sorted(profits)  # sense max: each report a better profit
    assert profits[-1] == problem.objective_value(out.cost)
    assert all(s["bound"] is None or s["bound"] >= s["best"] for s in seen)
    assert all(0 <= s["elapsed"] <= out.seconds for s in seen)


@pytest.mark.parametrize("workers", [1, 2])
def test_deterministic_for_seed_and_workers(workers):
    problem = load_instance("gap11-3", "min")
    runs = [
        get_solver("cp-sat").solve(problem, time_limit=20, seed=3, workers=workers)
        for _ in range(3)
    ]
    assert all(r.status is Status.OPTIMAL for r in runs)
    assert len({r.assignment.tobytes() for r in runs}) == 1


def test_time_limit_outcome_is_consistent():
    problem = load_instance("d801600", "min")
    out = get_solver("cp-sat").solve(problem, time_limit=0.2, workers=1)
    assert out.status in (Status.FEASIBLE, Status.NO_SOLUTION)
    if out.status is Status.FEASIBLE:
        assert out.bound <= out.cost
        assert problem.cost_of(out.assignment) == out.cost
    else:
        assert out.assignment is None and out.cost is None and out.message


# -- property test against the oracle ----------------------------------------------------
@st.composite
def tiny_problems(draw):
    """Random problems with n <= 6 employees and m <= 3 positions; each constraint family
    is switched on at random so that about half of them are feasible."""
    n = draw(st.integers(1, 6))
    m = draw(st.integers(1, 3))

    def ints(lo, hi, size):
        return np.array(
            draw(st.lists(st.integers(lo, hi), min_size=size, max_size=size)), dtype=np.int64
        )

    def flags(percent, size=None):
        out = ints(0, 99, size or 1) < percent
        return out if size else bool(out[0])

    kw: dict = {}
    kw["eligible"] = flags(80, n * m).reshape(n, m)
    kw["unplaced_cost"] = ints(0, 15, n)
    kw["must_place"] = flags(25, n)
    kw["constant"] = draw(st.integers(-5, 5))
    capacity = ints(0, 3, m)
    if flags(40):
        kw["min_fill"] = np.where(flags(40, m), ints(1, 2, m), 0)
    k = draw(st.integers(1, 2))
    kw["n_units"] = k
    kw["position_unit"] = ints(0, k - 1, m)
    if flags(40):
        kw["unit_cap"] = ints(NO_LIMIT, 4, k)
        kw["unit_min"] = ints(0, 1, k)
    if flags(40):
        kw["pinned"] = np.where(flags(20, n), ints(0, m - 1, n), -1)
    if flags(60):
        nb = draw(st.integers(1, 2))
        kw["budget_of_position"] = ints(-1, nb - 1, m)
        kw["budget_limit"] = ints(0, 12, nb)
        kw["edge_weight"] = ints(0, 5, n * m).reshape(n, m)
    if flags(60):
        cur = np.where(flags(70, n), ints(0, m - 1, n), -1)
        kw["current_pos"] = cur
        if flags(30):  # current unit not the unit of the current position
            kw["current_unit"] = np.where(cur >= 0, ints(0, k - 1, n), -1)
        kw["max_moves"] = draw(st.sampled_from([NO_LIMIT, 0, 1, 2, 3]))
        if flags(50):
            kw["unit_max_moves"] = ints(NO_LIMIT, 2, k)
    return spec(ints(-9, 9, n * m).reshape(n, m), capacity, **kw)


def _without(d: dict, family: str) -> dict:
    d = dict(d)
    if family == "budgets":
        d["budget_limit"] = np.zeros(0, dtype=np.int64)
    else:
        d["max_moves"] = NO_LIMIT
        d["unit_max_moves"] = np.full(d["n_units"], NO_LIMIT)
    return d


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(d=tiny_problems(), seed=st.integers(0, 3))
def test_matches_brute_force(d, seed):
    out = assert_matches_oracle(d, seed=seed, workers=1)
    proven = "by CP-SAT" if out.message.startswith("CP-SAT") else "before solving"
    event(f"{out.status.value}" + (f" ({proven})" if out.status is Status.INFEASIBLE else ""))
    # does a side-constraint family change the answer? (shows the test has teeth)
    for family, present in (
        ("budgets", len(d["budget_limit"]) > 0),
        ("move caps", d["max_moves"] != NO_LIMIT or (d["unit_max_moves"] != NO_LIMIT).any()),
    ):
        if present and brute_force(_without(d, family)) != brute_force(d):
            event(f"{family} binding")


@settings(max_examples=40, deadline=None)
@given(d=tiny_problems())
def test_matches_brute_force_with_hint_and_two_workers(d):
    n, m = d["cost"].shape
    assert_matches_oracle(d, workers=2, hint=np.arange(n) % m)


def test_plain_cp_sat_finds_the_flow_optimum_of_the_bundled_example():
    # 4,500 people, 120k edge variables: unhinted, CP-SAT found no placement in 30 s;
    # started from the flow optimum (and, on a network, without its presolve) it holds
    # that optimum at once. Bounded in deterministic time, not the clock.
    import placement
    from placement.solvers.flow import FlowSolver

    bundled = Path(__file__).resolve().parents[2] / "scenarios" / "tebo" / "replace.yaml"
    problem = placement.load_scenario(bundled).compile().problem
    flow = FlowSolver().solve(problem)
    out = CpSatSolver(deterministic_time=0.5).solve(problem)
    assert out.status in (Status.FEASIBLE, Status.OPTIMAL)
    assert out.cost == flow.cost
    assert np.array_equal(out.assignment, flow.assignment)  # the flow's tie rule kept
    # proven optimal, it may go on to a phase for the tie rule (its own log line)
    assert "hinted with the flow optimum" in out.log[0]


def test_a_search_stopped_before_any_bound_claims_none():
    """CP-SAT stopped in presolve reports a bound of 0: with costs all negative that
    would "prove" more than the optimum (auto once merged it into a false OPTIMAL)."""
    rng = np.random.default_rng(1)
    n, m = 300, 30
    p = from_dense(
        -rng.integers(1, 1000, size=(n, m)),
        np.full(m, 12),
        None,
        unplaced_cost=0,
        current_pos=rng.integers(0, m, n),
        max_moves=20,
    )
    stopped = CpSatSolver(deterministic_time=1e-9).solve(p, time_limit=30)
    best = CpSatSolver().solve(p, time_limit=30)
    assert stopped.status is Status.NO_SOLUTION
    assert best.status is Status.OPTIMAL and best.cost < 0
    assert stopped.bound is None or stopped.bound <= best.cost
