"""Eligibility (placement.model.eligibility): the grouped, sort-free edge builder against a
pair-by-pair reading of the rules on random organisations."""

from __future__ import annotations

import numpy as np
from hypothesis import HealthCheck, given, settings

import placement
from tests.strategies import organisations

_settings = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_settings
@given(organisations())
def test_eligible_edges_are_exactly_the_pairs_the_rules_allow(frames):
    """The grouped, sort-free edge builder against a pair-by-pair reading of the rules
    (education, rank, field, scope, open posts, incumbents) on the tables themselves."""
    base = placement.Scenario.from_frames(*frames)  # the tables read once, for 3 scopes
    for scope in ("any", "unit", "parent"):
        sc = base.with_settings(
            eligibility={
                "scope": scope,
                "hard": ["education", "rank", "field"],
                "max_grade_drop": None,
                "max_grade_rise": None,
                "career": "off",
            }
        )  # test_career.py has its own oracle
        c = sc.compile()
        org, p = c.org, c.problem
        emp, pos, units = org.employees, org.positions, org.units
        parent = {u: (pr or u) for u, pr in zip(units["id"], units["parent"], strict=True)}
        pos_ids = list(pos["id"])
        expected = set()
        for i, e in enumerate(emp.itertuples(index=False)):
            for j, q in enumerate(pos.itertuples(index=False)):
                accepted = [x.strip().lower() for x in q.fields.split(";") if x.strip()]
                ok = (
                    int(q.headcount) > 0
                    and e.edu_level >= q.min_edu_level
                    and e.rank_level >= q.min_rank_level
                    and (not accepted or e.field.strip().lower() in accepted)
                )
                if scope != "any" and e.current_unit:
                    mine, theirs = e.current_unit, q.unit
                    if scope == "parent":
                        mine, theirs = parent[mine], parent[theirs]
                    ok = ok and mine == theirs
                if ok or e.current_position == pos_ids[j]:
                    expected.add((i, j))
        got = set(zip(p.edge_emp.tolist(), p.edge_pos.tolist(), strict=True))
        assert got == expected, scope
        keys = p.edge_emp.astype(np.int64) * len(pos) + p.edge_pos
        assert (np.diff(keys) > 0).all()  # CSR order, no duplicates
