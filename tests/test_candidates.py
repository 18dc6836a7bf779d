"""Candidate shortlists: eligible candidates only, ranked by JPM, each cost equal to
re-solving the scenario with the candidate pinned to the post."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from click.testing import CliRunner

import placement
from placement.candidates import COLUMNS, shortlist
from placement.cli import main
from placement.generate import generate_organization


@pytest.fixture(scope="module")
def org():
    g = generate_organization(400, seed=3)
    return g.employees, g.positions, g.units


@pytest.fixture(scope="module")
def result(org):
    return placement.solve(placement.Scenario.from_frames(*org, name="base"))


def test_costs_equal_re_solving_with_each_pin(org, result):
    table = shortlist(result, kind="JPT", top=3)
    assert list(table.columns) == list(COLUMNS)
    posts = table["position"].unique()
    assert len(posts) >= 2 and (table.groupby("position").size() <= 3).all()
    base = result.objective
    for row in table.head(9).itertuples(index=False):
        pinned = placement.solve(
            placement.Scenario.from_frames(
                *org,
                name="pinned",
                operations=[{"pin": {"employee": row.employee_id, "position": row.position}}],
            )
        )
        assert pinned.status.has_solution
        assert row.cost == pytest.approx(pinned.objective - base, abs=1e-6), row
        assert row.cost >= -1e-9  # the optimum cannot improve by adding a rule
        pl = pinned.placements.set_index("employee_id")["position"]
        assert pl[row.employee_id] == row.position
        if row.holds_post:
            assert row.cost == 0


def test_candidates_meet_the_requirements_and_are_ranked_by_jpm(result):
    p = result.problem
    ctx = result.compiled.context
    table = shortlist(result, kind="JPT", top=4)
    emp = {e: i for i, e in enumerate(ctx.emp_ids)}
    pos = {q: j for j, q in enumerate(ctx.pos_ids)}
    for post, g in table.groupby("position", sort=False):
        q = pos[post]
        eligible = {int(i) for i in p.edge_emp[p.edge_pos == q]}
        assert {emp[e] for e in g["employee_id"]} <= eligible
        assert list(g["rank_order"]) == list(range(1, len(g) + 1))
        jpm = g["jpm"].fillna(-1).to_numpy()
        assert (np.diff(jpm) <= 1e-9).all()
        assert len(g) == min(4, len(eligible))


def test_one_position_and_errors(result):
    post = result.placements.loc[result.placements["position"] != "", "position"].iloc[0]
    t = shortlist(result, position=post, top=2)
    assert set(t["position"]) == {post}
    with pytest.raises(placement.PlacementError, match="either a position"):
        shortlist(result)
    with pytest.raises(placement.PlacementError, match="does not exist"):
        shortlist(result, position="NOPE")
    with pytest.raises(placement.PlacementError, match="no open post"):
        shortlist(result, kind="Bupati")


def test_cli_shortlist_prints_and_writes(tmp_path, org):
    e, p, u = org
    for name, df in (("employees", e), ("positions", p), ("units", u)):
        df.to_csv(tmp_path / f"{name}.csv", index=False)
    sc = tmp_path / "s.yaml"
    sc.write_text(
        "name: s\ndata:\n  employees: employees.csv\n  positions: positions.csv\n"
        "  units: units.csv\n",
        encoding="utf-8",
    )
    out = tmp_path / "calon.csv"
    run = CliRunner().invoke(
        main,
        ["--lang", "id", "shortlist", str(sc), "--kind", "JPT", "--top", "3", "--out", str(out)],
    )
    assert run.exit_code == 0, run.output
    assert "Biaya fungsi tujuan bila diangkat" in run.output
    assert "memangku jabatan ini sekarang" in run.output
    t = pd.read_csv(out)
    assert list(t.columns) == list(COLUMNS) and len(t) >= 3
    bad = CliRunner().invoke(main, ["shortlist", str(sc)])
    assert bad.exit_code == 1 and "either a position" in bad.output
