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
    assert len(posts) >= 2
    # the top 3, and the placement's appointee where ranked below them
    assert ((table["rank_order"] <= 3) | table["holds_post"] | table["without_post"]).all()
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
        top = g[g["rank_order"] <= 4]
        assert list(top["rank_order"]) == list(range(1, len(top) + 1))
        assert len(top) == min(4, len(eligible))
        jpm = g["jpm"].fillna(-1).to_numpy()
        assert (np.diff(jpm) <= 1e-9).all() and (np.diff(g["rank_order"]) > 0).all()
        # whoever the placement appoints there is listed, at their rank
        appointed = {int(i) for i in np.flatnonzero(result.assignment == q)}
        assert appointed <= {emp[e] for e in g["employee_id"]}
        below = g[g["rank_order"] > 4]
        assert (below["holds_post"] | below["without_post"]).all()


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
    assert "ditempatkan di sini oleh penempatan skenario" in run.output
    t = pd.read_csv(out)
    assert list(t.columns) == list(COLUMNS) and len(t) >= 3
    bad = CliRunner().invoke(main, ["shortlist", str(sc)])
    assert bad.exit_code == 1 and "either a position" in bad.output


def test_ties_of_merit_follow_skp_then_the_seniority_list(org):
    """Candidates level on JPM and gaps are ordered by SKP rating (none = Baik), then
    as the Daftar Urut Kepangkatan: golongan, years of service, age (from the NIP)."""
    from placement.domain.nip import parse_nip
    from placement.model.levels import PERFORMANCE, RANKS

    e, p, u = org
    e = e.copy()
    e[[c for c in e if c.startswith("comp:")]] = 5  # everyone at JPM 100, no gap
    e.loc[e.index[::7], "performance"] = None  # some without a rating
    level = placement.solve(placement.Scenario.from_frames(e, p, u, name="level"))
    table = shortlist(level, kind="JPT", top=12)
    table = table[table["rank_order"] <= 12]
    nip = parse_nip(table["employee_id"].astype(str))
    skp = table["performance"].map({p: k for k, p in enumerate(PERFORMANCE)})
    key = pd.DataFrame(
        {
            "post": table["position"].to_numpy(),
            "jpm": -table["jpm"].fillna(-1).to_numpy(),
            "gaps": [len(b.split("; ")) if b else 0 for b in table["below_standard"]],
            "skp": -skp.fillna(PERFORMANCE.index("Baik")).to_numpy(),
            "rank": [-RANKS.index(r) if r in RANKS else 1 for r in table["rank"]],
            "tmt": nip["tmt_cpns"].to_numpy(),
            "born": nip["birth_date"].to_numpy(),
            "id": table["employee_id"].astype(str).to_numpy(),
        }
    )
    ties = 0
    for _, g in key.groupby("post", sort=False):
        rows = list(g.drop(columns="post").itertuples(index=False, name=None))
        assert rows == sorted(rows), g
        ties += sum(a[:3] == b[:3] for a, b in zip(rows, rows[1:], strict=False))
    assert ties >= 5  # level on merit and SKP: golongan, service and age decide
