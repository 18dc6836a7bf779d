"""The "auto" solver's policy (placement.solvers.auto) and the one time budget of a
solve (SolveOptions): which backend runs, with how much of the limit. Budgets are
checked on the options each stage receives, never on the wall clock."""

from __future__ import annotations

import numpy as np
import pytest

import placement
from placement.i18n import msg
from placement.model.check import violations
from placement.model.gap import load_instance
from placement.model.problem import Problem
from placement.solvers import SOLVERS, SolveOptions, Status, get_solver
from placement.solvers import auto as auto_module
from placement.solvers.auto import AutoSolver
from placement.solvers.base import Feature, SolveOutcome, Solver
from placement.solvers.cpsat import CpSatSolver
from placement.solvers.lagrange import LagrangeSolver
from tests.conftest import small_frames
from tests.system.test_conformance import CASES

NETWORK = CASES[0][1]
BUDGETS = CASES[8][1]  # a budget: Lagrangian pricing, then CP-SAT proves the optimum


def test_options_start_the_clock_once():
    assert SolveOptions().started().deadline is None
    opts = SolveOptions(time_limit=50).started()
    assert opts.deadline is not None and 0 < opts.remaining() <= 50
    assert opts.started() is opts  # a set deadline is kept (a later stage, a re-run)
    assert SolveOptions(time_limit=50, deadline=opts.deadline).started().deadline == opts.deadline


def test_a_stage_gets_a_share_and_never_more_than_is_left():
    opts = SolveOptions(time_limit=50, seed=3).started()
    part = opts.within(10)
    assert part.time_limit == 10 and part.deadline <= opts.deadline and part.seed == 3
    whole = opts.within(None)
    assert whole.time_limit <= 50 and whole.deadline <= opts.deadline
    assert opts.within(1e9).deadline <= opts.deadline + 1e-6
    free = SolveOptions().within(None)
    assert free.time_limit is None and free.deadline is None
    assert SolveOptions().within(4).time_limit == 4


def test_keywords_and_options_object_are_the_same_call():
    a = get_solver("cp-sat").solve(BUDGETS, time_limit=20, seed=1)
    b = get_solver("cp-sat").solve(BUDGETS, SolveOptions(time_limit=20, seed=1))
    assert (a.status, a.cost) == (b.status, b.cost)


def test_auto_is_a_registered_solver():
    assert SOLVERS["auto"] is AutoSolver
    assert isinstance(get_solver("auto"), AutoSolver)
    out = get_solver("auto").solve(NETWORK)
    assert out.solver == "flow" and "network" in out.reason


class _Recorded:
    """Records the options each stage of the auto policy receives (real solvers run)."""

    def __init__(self, monkeypatch):
        self.calls: list[tuple[str, SolveOptions, float | None]] = []
        seen = self.calls

        class Lag(LagrangeSolver):
            def _solve(self, problem, options):
                seen.append(("lagrange", options, options.remaining()))
                self.kept = {"lns": self.lns, "max_iterations": self.max_iterations}
                seen.append(("lagrange-settings", self.kept, None))
                return super()._solve(problem, options)

        class Cp(CpSatSolver):
            def _solve(self, problem, options):
                seen.append(("cp-sat", options, options.remaining()))
                return super()._solve(problem, options)

        monkeypatch.setattr(auto_module, "LagrangeSolver", Lag)
        monkeypatch.setattr(auto_module, "CpSatSolver", Cp)

    def get(self, name):
        return [c for c in self.calls if c[0] == name]


def test_warm_start_takes_its_share_and_cp_sat_the_rest(monkeypatch):
    rec = _Recorded(monkeypatch)
    r = placement.solve(BUDGETS, time_limit=40)
    assert r.status is Status.OPTIMAL and "budgets" in r.solver_reason
    [(_, lag, lag_left)], [(_, cp, cp_left)] = rec.get("lagrange"), rec.get("cp-sat")
    assert lag.time_limit <= 0.3 * 40 + 1e-9  # the warm start's share
    assert lag.deadline < cp.deadline  # CP-SAT keeps the rest of the one budget
    assert cp_left < 40 and cp.hint is not None  # hinted with the placement found
    assert rec.get("lagrange-settings")[0][1] == {"lns": False, "max_iterations": None}
    assert lag_left is not None


def test_without_a_limit_the_warm_start_counts_iterations(monkeypatch):
    rec = _Recorded(monkeypatch)
    placement.solve(BUDGETS)
    [(_, lag, _)], [(_, cp, _)] = rec.get("lagrange"), rec.get("cp-sat")
    assert lag.deadline is None and cp.deadline is None
    assert rec.get("lagrange-settings")[0][1] == {"lns": False, "max_iterations": 40}


def test_above_the_size_threshold_lagrange_runs_alone_to_the_deadline(monkeypatch):
    rec = _Recorded(monkeypatch)
    monkeypatch.setattr(auto_module, "FULL_MODEL_EDGES", 0)
    r = placement.solve(BUDGETS, time_limit=40)
    assert not rec.get("cp-sat")
    [(_, lag, _)] = rec.get("lagrange")
    assert rec.get("lagrange-settings")[0][1]["lns"] is True
    assert lag.time_limit > 0.3 * 40  # all that is left, not a share
    assert r.solver == "lagrange" and "Lagrangian" in r.solver_reason


def test_the_size_threshold_is_smaller_for_gap_shaped_problems():
    assert auto_module.full_model_edges(BUDGETS) in (
        auto_module.FULL_MODEL_EDGES,
        auto_module.GAP_FULL_MODEL_EDGES,
    )
    assert auto_module.GAP_FULL_MODEL_EDGES < auto_module.FULL_MODEL_EDGES


class _Recorder(Solver):
    """CP-SAT, recording the options of each call."""

    name = "recorder"
    features = frozenset({Feature.NETWORK, Feature.BUDGETS, Feature.MOVE_CAPS})

    def __init__(self) -> None:
        self.seen: list[tuple[SolveOptions, float | None]] = []

    def _solve(self, problem: Problem, options: SolveOptions) -> SolveOutcome:
        self.seen.append((options, options.remaining()))
        return CpSatSolver()._solve(problem, options)


@pytest.mark.parametrize("time_limit", [30.0, 7.5])
def test_a_relaxed_rerun_gets_what_is_left_of_the_same_budget(time_limit):
    e, p, u = small_frames()
    sc = placement.Scenario.from_frames(
        e,
        p,
        u,
        operations=[
            {"set_headcount": {"select": {"positions": ["P1"]}, "headcount": 3}},
            {"set_min_fill": {"select": {"positions": ["P1"]}, "min_fill": 3}},
        ],
        eligibility={"incumbents_eligible": False},
    )
    rec = _Recorder()
    r = placement.solve(sc, solver=rec, time_limit=time_limit, relax=True)
    assert r.status is Status.OPTIMAL and r.relaxations
    (first, first_left), (second, second_left) = rec.seen
    assert first.deadline == second.deadline  # one budget, not one per run
    assert first_left <= time_limit and second_left < first_left


def test_a_bound_above_a_placement_is_dropped_not_a_proof():
    """A stage's bound above the other stage's placement cost proves nothing: the merge
    keeps the placement as feasible, with the valid bound, and says why in the log."""
    a = np.zeros(3, dtype=np.int32)
    lag = SolveOutcome(Status.FEASIBLE, a, -100, -120, "lagrange", 1.0)
    cp = SolveOutcome(Status.NO_SOLUTION, None, None, 0, "cp-sat", 1.0)
    out = AutoSolver._merge(lag, cp, 2.0, lambda outcome: outcome)
    assert out.status is Status.FEASIBLE
    assert out.bound == -120 and out.cost == -100
    assert any("cp-sat bound 0 above" in line for line in out.log)


def test_a_relinked_placement_is_named_as_such():
    """When the path relinking after a stopped CP-SAT wins, the reason and the solver
    say so instead of crediting CP-SAT."""
    a = np.zeros(3, dtype=np.int32)
    lag = SolveOutcome(Status.FEASIBLE, a, -100, -120, "lagrange", 1.0)
    rl = SolveOutcome(Status.FEASIBLE, a, -110, -115, "lagrange", 1.0)
    out = AutoSolver._merge(lag, rl, 2.0, lambda outcome: outcome, relinked=True)
    assert out.cost == -110 and out.solver == "lagrange"
    assert out.reason == msg("reason.kept_relink")
    cp = SolveOutcome(Status.FEASIBLE, a, -110, -115, "cp-sat", 1.0)
    assert AutoSolver._merge(lag, cp, 2.0, lambda o: o).reason == msg("reason.kept_cp_better")


def test_gap_shaped_cp_sat_hands_the_rest_to_path_relinking():
    """``relink_checks``: a check at the start of CP-SAT (share 1 of the limit left,
    gap 0) stops it unless it has proved optimality; the path relinking gets the
    rest, and the placement returned keeps every rule and is never below the
    optimum (d10100: 6,347)."""
    p = load_instance("d10100")
    out = AutoSolver(relink_checks=((1.0, 0.0),)).solve(p, time_limit=4)
    assert out.assignment is not None and violations(p, out.assignment) == []
    assert out.cost is not None and out.cost >= 6347
    assert any("stopped early" in line for line in out.log)
    assert any("path relinking" in line for line in out.log)


def test_cp_sat_early_stop_returns_a_valid_outcome():
    """A check due at once (gap 0) stops CP-SAT unless it has proved optimality by
    then: whatever it returns keeps every rule, costs at least the optimum and is
    not reported as an interruption by the user."""
    plain = CpSatSolver().solve(BUDGETS)
    watched = CpSatSolver(early_stop=[(0.0, 0.0)]).solve(BUDGETS, time_limit=20)
    assert plain.status is Status.OPTIMAL and plain.cost is not None
    assert watched.status in (Status.OPTIMAL, Status.FEASIBLE, Status.NO_SOLUTION)
    if watched.assignment is not None:
        assert violations(BUDGETS, watched.assignment) == []
        assert watched.cost is not None and watched.cost >= plain.cost
        assert watched.message != msg("cpsat.interrupted")
