"""Compile → Problem: hard requirements, lexicographic priorities, budgets and move caps
(to CP-SAT), the objective equal to its breakdown, every employee once."""

from __future__ import annotations

import numpy as np
import pandas as pd

import placement
from placement.model.check import violations


def scenario(frames, **settings):
    return placement.Scenario.from_frames(*frames, **settings)


def test_hard_requirements_hold(frames):
    r = placement.solve(scenario(frames, eligibility={"incumbents_eligible": False}))
    org = r.compiled.org
    pl = r.placements
    pos = org.positions.set_index("id")
    emp = org.employees.set_index("id")
    for eid, p in zip(pl["employee_id"], pl["position"], strict=True):
        if p:
            assert emp.loc[eid, "edu_level"] >= pos.loc[p, "min_edu_level"]
            assert emp.loc[eid, "rank_level"] >= pos.loc[p, "min_rank_level"]


def test_lexicographic_priorities(frames):
    r = placement.solve(scenario(frames, objective={"priorities": [["continuity"], ["jpm"]]}))
    assert r.kpis["moves"] == 0 or r.kpis["unplaced"] >= 0
    stays = (r.placements["status"] == "stays").sum()
    base = placement.solve(scenario(frames))
    assert stays >= (base.placements["status"] == "stays").sum()


def test_budgets_and_move_caps_use_cp_sat(frames):
    r = placement.solve(
        scenario(
            frames,
            constraints={
                "budgets": {"weight_column": "monthly_cost", "limits": {"U1": 12000}},
                "max_moves": 1,
            },
        )
    )
    assert r.solver == "cp-sat" and r.status.has_solution
    assert violations(r.problem, r.assignment) == []
    pl = r.placements
    cost = pd.to_numeric(r.compiled.org.employees["monthly_cost"])
    assert cost[(pl["unit"] == "U1").to_numpy()].sum() <= 12000


def test_objective_equals_breakdown_and_recomputed(frames):
    r = placement.solve(scenario(frames))
    assert r.outcome.cost == r.problem.cost_of(r.assignment)
    assert np.isclose(r.breakdown["points"].sum(), r.objective)


def test_every_employee_once_in_placements(frames):
    r = placement.solve(scenario(frames))
    assert list(r.placements["employee_id"]) == list(frames[0]["id"])


def test_compiles_of_one_scenario_share_what_they_derive_from_the_organisation():
    """A scenario compiled again (seats given back, holders kept over formasi) reuses
    the arrays its first compile derived from the organisation alone (the same
    objects: not derived again; the pairs every rule allows among them), keeps per
    compile those that read the edges, and
    compiles the same problem as a scenario of its own."""
    from pathlib import Path

    from placement.model.context import ORG_DERIVED

    path = Path(__file__).resolve().parents[2] / "scenarios" / "tebo" / "replace.yaml"
    sc = placement.load_scenario(path)
    first, again = sc.compile(), sc.compile(reclaim=np.zeros(4500, dtype=bool))
    a, b = first.context, again.context
    shared = set(a._shared) & ORG_DERIVED  # noqa: SLF001
    assert {"years_to_retirement", "service_keys", "merit", "careers", "rule_edges"} <= shared
    assert all(b.derived(k, lambda: None) is a._shared[k] for k in shared)  # noqa: SLF001
    assert "rightful_holder" in a._derived and "rightful_holder" in b._derived  # noqa: SLF001
    assert a._derived["rightful_holder"] is not b._derived["rightful_holder"]  # noqa: SLF001
    fresh = placement.load_scenario(path).compile(reclaim=np.zeros(4500, dtype=bool))
    p, q = again.problem, fresh.problem
    assert np.array_equal(p.edge_pos, q.edge_pos) and np.array_equal(p.edge_cost, q.edge_cost)
    assert np.array_equal(p.unplaced_cost, q.unplaced_cost)
