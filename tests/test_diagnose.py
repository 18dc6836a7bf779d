"""Infeasibility explained in planner terms: one test per kind of conflict, each
checking that the explanation names the rule that must change."""

from __future__ import annotations

import placement
from placement.solvers.base import Status
from tests.conftest import small_frames


def solve(**settings):
    e, p, u = small_frames()
    return placement.solve(placement.Scenario.from_frames(e, p, u, **settings))


def kinds(r):
    return {(c.kind, c.name) for c in r.conflicts}


def test_min_fill_above_eligible_supply():
    # P1 (Analis Keuangan) has 2 seats after set_headcount; only E1 and E4 qualify
    # (S1 Ekonomi/Akuntansi, rank ≥ III/a; its incumbent E2 is a lawyer) → a minimum
    # of 3 cannot be met
    r = solve(
        operations=[
            {"set_headcount": {"select": {"positions": ["P1"]}, "headcount": 3}},
            {"set_min_fill": {"select": {"positions": ["P1"]}, "min_fill": 3}},
        ],
        eligibility={"incumbents_eligible": False},
    )
    assert r.status is Status.INFEASIBLE
    assert ("min_fill", "P1 (Analis Keuangan)") in kinds(r)
    msg = str(r.conflicts[0])
    assert "needs at least 3 people; only 2 employee(s) meet its requirements" in msg
    assert "field in Ekonomi; Akuntansi" in msg
    assert "in or certified for Analis Keuangan, golongan range III/a–III/b" in msg  # career


def test_unit_minimum_above_supply():
    e, p, u = small_frames()
    u = u.copy()
    u["min_headcount"] = ["", "", "3"]  # Dinas Kesehatan has one seat
    r = placement.solve(placement.Scenario.from_frames(e, p, u))
    assert r.status is Status.INFEASIBLE
    (c,) = r.conflicts
    assert c.kind == "unit_min" and c.name == "U3 (Dinas Kesehatan)"
    assert "needs at least 3 people" in c.message and "only 1 seat(s)" in c.message


def test_pins_conflicting_with_headcount():
    r = solve(
        operations=[
            {"pin": {"employee": "E1", "position": "P4", "force": True}},
            {"pin": {"employee": "E5", "position": "P4"}},
        ],
        eligibility={"hard": []},
    )
    assert r.status is Status.INFEASIBLE
    assert ("pins", "P4 (Perawat)") in kinds(r)
    assert "2 employee(s) are pinned to position P4 (Perawat), which has 1 seat(s)" in [
        c.message for c in r.conflicts
    ]


def test_budget_too_small():
    r = solve(
        operations=[{"pin": {"employee": "E6", "position": "P5"}}],
        constraints={"budgets": {"weight_column": "monthly_cost", "limits": {"U1": 8000}}},
    )
    assert r.status is Status.INFEASIBLE
    (c,) = r.conflicts
    assert c.kind == "budget" and "budget of unit U1" in c.name
    assert "is 8,000, but the pinned staff alone cost 9,000" in c.message


def test_move_cap_too_tight():
    # closing P3 forces its incumbent E3 to move; nobody may move
    r = solve(
        operations=[{"close_positions": {"select": {"positions": ["P3"]}}}],
        constraints={"max_moves": 0},
    )
    assert r.status is Status.INFEASIBLE
    assert ("move_cap", "max_moves") in kinds(r)


def test_unit_move_cap_too_tight():
    r = solve(
        operations=[{"close_positions": {"select": {"positions": ["P3", "P1"]}}}],
        constraints={"max_moves_per_unit": {"U1": 1}},
    )
    assert r.status is Status.INFEASIBLE
    assert ("move_cap", "U1 (Badan Keuangan)") in kinds(r)
    assert any("must lose at least 2 people" in c.message for c in r.conflicts)


def test_positions_sharing_one_pool():
    # two posts each need one S1 Keperawatan nurse; only E5 (D3) could... nobody has S1
    # Keperawatan, but both accept D3 → 2 needed, 1 eligible
    r = solve(
        operations=[
            {
                "open_position": {
                    "id": "P9",
                    "title": "Perawat Pelaksana",
                    "unit": "U3",
                    "headcount": 1,
                    "min_fill": 1,
                    "min_education": "D3",
                    "fields": ["Keperawatan"],
                }
            },
            {"set_min_fill": {"select": {"positions": ["P4"]}, "min_fill": 1}},
        ]
    )
    assert r.status is Status.INFEASIBLE
    (c,) = r.conflicts
    assert "need at least 2 people together; only 1 employee(s)" in c.message
    assert "P4 (Perawat)" in c.message and "P9 (Perawat Pelaksana)" in c.message


def test_relax_reports_what_gave_way():
    r = solve(
        operations=[
            {"set_headcount": {"select": {"positions": ["P1"]}, "headcount": 3}},
            {"set_min_fill": {"select": {"positions": ["P1"]}, "min_fill": 3}},
        ],
        eligibility={"incumbents_eligible": False},
    )
    assert r.status is Status.INFEASIBLE and not r.relaxations
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
    r = placement.solve(sc, relax=True)
    assert r.status is Status.OPTIMAL
    assert r.relaxations == ["minimum fill of P1 (Analis Keuangan) (3): 1 seat(s) short"]
    assert "relaxed: minimum fills" in r.solver_reason
    assert (r.placements["position"] == "P1").sum() == 2  # everyone who can fill it
    assert r.kpis["rules_relaxed"] == 1


def test_relax_each_kind():
    cases = [
        (
            dict(
                operations=[
                    {"pin": {"employee": "E1", "position": "P4", "force": True}},
                    {"pin": {"employee": "E5", "position": "P4"}},
                ],
                eligibility={"hard": []},
            ),
            "pin of E1 to P4 (Perawat): not kept",
        ),
        (
            dict(
                operations=[{"pin": {"employee": "E6", "position": "P5"}}],
                constraints={"budgets": {"weight_column": "monthly_cost", "limits": {"U1": 8000}}},
            ),
            "budget of unit U1 (8,000): 1,000 over",
        ),
        (
            dict(
                operations=[{"close_positions": {"select": {"positions": ["P3"]}}}],
                constraints={"max_moves": 0},
            ),
            "max_moves (0): 1 move(s) over",
        ),
    ]
    for settings, expected in cases:
        e, p, u = small_frames()
        r = placement.solve(placement.Scenario.from_frames(e, p, u, **settings), relax=True)
        assert r.status.has_solution
        assert any(line.startswith(expected) for line in r.relaxations), r.relaxations


def test_cli_relax(tmp_path):
    import yaml
    from click.testing import CliRunner

    from placement.cli import main

    e, p, u = small_frames()
    for name, df in (("employees", e), ("positions", p), ("units", u)):
        df.to_csv(tmp_path / f"{name}.csv", index=False)
    (tmp_path / "s.yaml").write_text(
        yaml.safe_dump(
            {
                "name": "s",
                "data": {
                    "employees": "employees.csv",
                    "positions": "positions.csv",
                    "units": "units.csv",
                },
                "operations": [{"close_positions": {"select": {"positions": ["P3"]}}}],
                "constraints": {"max_moves": 0},
            }
        )
    )
    r = CliRunner().invoke(main, ["solve", str(tmp_path / "s.yaml"), "--out", str(tmp_path / "o")])
    assert r.exit_code == 2 and "max_moves is 0" in r.output and "--relax" not in r.output
    r = CliRunner().invoke(
        main, ["solve", str(tmp_path / "s.yaml"), "--out", str(tmp_path / "o"), "--relax"]
    )
    assert r.exit_code == 0, r.output
    assert "max_moves (0): 1 move(s) over" in r.output
    import json

    kp = json.loads((tmp_path / "o" / "kpis.json").read_text())
    assert kp["relaxations"] == ["max_moves (0): 1 move(s) over"]
