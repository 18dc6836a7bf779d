"""Properties on random organisations, through the whole compile → solve path."""

from __future__ import annotations

import numpy as np
from hypothesis import HealthCheck, given, settings

import placement
from placement.model.check import violations
from tests.oracle import milp_optimum
from tests.strategies import organisations

_settings = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_settings
@given(organisations())
def test_organisation_solves_respect_hard_rules(frames):
    sc = placement.Scenario.from_frames(*frames, eligibility={"incumbents_eligible": False})
    flow = placement.solve(sc, solver="flow")
    cpsat = placement.solve(sc, solver="cp-sat", time_limit=20)
    greedy = placement.solve(sc, solver="greedy")
    p = flow.problem
    assert flow.status.value == "optimal" and cpsat.status.value == "optimal"
    assert flow.outcome.cost == cpsat.outcome.cost == milp_optimum(p)
    assert greedy.outcome.cost >= flow.outcome.cost
    org = flow.compiled.org
    for r in (flow, cpsat, greedy):
        a = r.assignment
        assert violations(p, a) == []
        placed = a >= 0
        # headcount, checked from the organisation tables themselves
        fill = np.bincount(a[placed], minlength=len(org.positions))
        assert (fill <= org.positions["headcount"].to_numpy()).all()
        # hard requirements, checked from the tables, not from the Problem
        e = np.flatnonzero(placed)
        pos = org.positions.iloc[a[e]]
        emp = org.employees.iloc[e]
        assert (emp["edu_level"].to_numpy() >= pos["min_edu_level"].to_numpy()).all()
        assert (emp["rank_level"].to_numpy() >= pos["min_rank_level"].to_numpy()).all()
        for f, fields in zip(emp["field"], pos["fields"], strict=True):
            accepted = [x.strip().lower() for x in fields.split(";") if x.strip()]
            assert not accepted or f.lower() in accepted
        # every employee exactly once; objective equals the breakdown
        assert len(r.placements) == len(org.employees)
        assert np.isclose(r.breakdown["points"].sum(), r.objective)


@_settings
@given(organisations())
def test_pins_and_bans_kept(frames):
    emp, pos, units = frames
    open_pos = pos.loc[pos["headcount"].astype(int) > 0, "id"].tolist()
    if not open_pos:
        return
    # force: the pin may break a hard rule of the random post (kept, with a warning)
    ops = [{"pin": {"employee": emp["id"].iloc[0], "position": open_pos[0], "force": True}}]
    if len(emp) > 1:
        ops.append({"forbid": {"employee": emp["id"].iloc[1], "positions": open_pos}})
    sc = placement.Scenario.from_frames(
        emp, pos, units, operations=ops, eligibility={"incumbents_eligible": False}
    )
    r = placement.solve(sc)
    if not r.status.has_solution:
        return
    pl = r.placements.set_index("employee_id")["position"]
    assert pl[emp["id"].iloc[0]] == open_pos[0]
    if len(emp) > 1:
        assert pl[emp["id"].iloc[1]] not in open_pos
