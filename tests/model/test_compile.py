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
