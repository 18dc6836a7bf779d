"""Assessments as data with gaps (issue 10, item 6): a blank competency level is not
assessed, a post without a standard has no JPM; neither is ever read as 0 or 100."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import placement
from placement.domain import table  # noqa: F401  (domain hooks registered)
from placement.i18n import kpi_label, value_label
from placement.model.compile import SCALE
from placement.model.context import HAS_JPM, NO_STANDARD, NOT_ASSESSED, Context
from placement.model.tables import _pair_metrics
from tests.conftest import small_frames


def _frames():
    """small_frames with E4 (new hire, S2 Akuntansi) not assessed at all, E1 assessed on
    Integritas only, and P3 (Pengadministrasi Umum) without a competency standard."""
    e, p, u = small_frames()
    e.loc[e["id"] == "E4", ["comp:Integritas", "comp:Keuangan"]] = ""
    e.loc[e["id"] == "E1", "comp:Keuangan"] = ""
    p.loc[p["id"] == "P3", ["comp:Integritas", "comp:Keuangan"]] = ""
    return e, p, u


def _solve(**settings):
    return placement.solve(placement.Scenario.from_frames(*_frames(), **settings))


def test_blank_level_is_not_assessed_not_zero():
    r = _solve()
    pl = r.placements.set_index("employee_id")
    e4 = pl.loc["E4"]
    assert e4["status"] != "unplaced"
    assert math.isnan(e4["jpm"]) and e4["jpm_category"] == "not assessed"
    assert e4["selection_category"] == "not assessed" and pd.isna(e4["talent_box"])
    # assessed in nothing: no count of gaps, not 0 (review 170 L6), and no training need
    assert math.isnan(e4["training_gap"]) and math.isnan(e4["competencies_below"])
    assert "E4" not in set(r.training_needs["employee_id"])


def test_partial_coverage_uses_the_assessed_part_of_the_standard():
    # E1: Integritas 3 assessed, Keuangan not. In P1 (Integritas 3, Keuangan 4) the JPM
    # is over Integritas only: 3 / 3 = 100 %, with 3 of the 7 required levels assessed;
    # the unknown Keuangan level is no gap.
    comp = placement.Scenario.from_frames(*_frames()).compile()
    ctx = comp.context
    e1 = list(ctx.emp_ids).index("E1")
    p1 = list(ctx.pos_ids).index("P1")
    m = _pair_metrics(ctx, np.array([e1]), np.array([p1]))
    assert m["jpm"][0] == pytest.approx(100.0)
    assert m["coverage"][0] == pytest.approx(3 / 7)
    assert m["gap"][0] == 0 and m["jpm_reason"][0] == HAS_JPM


def test_post_without_standard_has_no_jpm_for_anybody():
    r = _solve()
    pl = r.placements
    in_p3 = pl[pl["position"] == "P3"]
    assert len(in_p3) >= 1
    assert in_p3["jpm"].isna().all() and (in_p3["jpm_category"] == "no standard").all()
    assert r.kpis["jpm_no_standard"] == len(in_p3)
    # every eligible pair of P3 (not only the placed ones)
    ctx = r.compiled.context
    ctx.set_edges(r.problem.edge_emp, r.problem.edge_pos)
    at_p3 = r.problem.edge_pos == list(ctx.pos_ids).index("P3")
    assert np.isnan(ctx.jpm()[at_p3]).all()
    assert (ctx.jpm_reason()[at_p3] == NO_STANDARD).all()


def test_kpis_are_over_assessed_pairs_with_coverage_beside():
    r = _solve()
    pl, k = r.placements, r.kpis
    placed = pl["status"] != "unplaced"
    has = placed & pl["jpm"].notna()
    assert k["mean_jpm"] == round(float(pl.loc[has, "jpm"].mean()), 2)
    assert k["assessment_coverage"] == round(has.sum() / placed.sum(), 4) < 1
    counted = sum(k[c] for c in ("jpm_optimal", "jpm_cukup_optimal", "jpm_kurang_optimal"))
    assert counted == has.sum()
    assert counted + k["jpm_not_assessed"] + k["jpm_no_standard"] == placed.sum()
    assert sum(k[c] for c in ("selection_ms", "selection_mms", "selection_kms")) == has.sum()
    uf = r.unit_fill.set_index("unit")
    assert uf.loc["U1", "assessment_coverage"] < 1  # P3 holders have no JPM


def _jpm_points(comp):
    """JPM term score per eligible edge, back from the compiled integer costs."""
    ec, _ = comp.problem.term_costs["jpm"]
    w = dict((t.name, w) for t, w in comp.terms)["jpm"]
    return -ec / (w * SCALE)


def test_objective_scores_pairs_without_jpm_by_the_neutral_value():
    comp = placement.Scenario.from_frames(*_frames()).compile()
    ctx, p = comp.context, comp.problem
    ctx.set_edges(p.edge_emp, p.edge_pos)
    jpm, pts = ctx.jpm(), _jpm_points(comp)
    known = ~np.isnan(jpm)
    np.testing.assert_allclose(pts[known], np.round(jpm[known] * SCALE) / SCALE, atol=0.01)
    # default "overall": every pair without a JPM scores the mean JPM of every
    # assessed eligible pair, one value (no move gains a JPM nobody knows)
    assert pts[~known] == pytest.approx(np.full((~known).sum(), jpm[known].mean()), abs=0.01)
    # "mean": an unassessed candidate scores the mean JPM of the post's assessed
    # eligible candidates (an average one of that post)
    mean = placement.Scenario.from_frames(*_frames(), objective={"unassessed_jpm": "mean"})
    pts_mean = _jpm_points(mean.compile())
    for q in np.unique(p.edge_pos[~known]):
        at = p.edge_pos == q
        want = jpm[at & known].mean() if (at & known).any() else jpm[known].mean()
        assert pts_mean[at & ~known] == pytest.approx(want, abs=0.01)
    assert len({round(x, 2) for x in pts_mean[~known]}) > 1  # the two readings differ
    # a number: that value for every pair without a JPM
    comp50 = placement.Scenario.from_frames(*_frames(), objective={"unassessed_jpm": 50}).compile()
    pts50 = _jpm_points(comp50)
    assert np.allclose(pts50[~known], 50.0) and np.allclose(pts50[known], pts[known])
    with pytest.raises(placement.PlacementError, match="unassessed_jpm"):
        placement.Scenario.from_frames(*_frames(), objective={"unassessed_jpm": 120})
    # a word not among the choices names all three, the number too
    with pytest.raises(placement.PlacementError, match="use 'overall', 'mean' or a number"):
        placement.Scenario.from_frames(*_frames(), objective={"unassessed_jpm": "average"})


def test_unassessed_people_create_no_training_need_in_the_objective():
    comp = placement.Scenario.from_frames(*_frames()).compile()
    ec, _ = comp.problem.term_costs["training"]
    e4 = list(comp.context.emp_ids).index("E4")
    assert (ec[comp.problem.edge_emp == e4] == 0).all()


def test_unknown_is_not_a_failure_of_competency_rules():
    # min_jpm 95 and hard competency rules: E4 (not assessed) stays eligible everywhere
    # it was; assessed people with a gap are kept out
    base = (
        placement.Scenario.from_frames(*_frames(), eligibility={"hard": ["education"]})
        .compile()
        .problem
    )
    strict = placement.Scenario.from_frames(
        *_frames(),
        eligibility={
            "hard": ["education", "competency"],
            "min_jpm": 95,
            "min_jpm_category": "Optimal",
        },
    ).compile()
    e4 = list(strict.context.emp_ids).index("E4")
    assert sorted(strict.problem.edge_pos[strict.problem.edge_emp == e4]) == sorted(
        base.edge_pos[base.edge_emp == e4]
    )
    assert strict.problem.n_edges < base.n_edges


def test_fully_unassessed_roster_scores_nothing_and_reports_nothing():
    e, p, u = small_frames()
    e[["comp:Integritas", "comp:Keuangan"]] = ""
    r = placement.solve(placement.Scenario.from_frames(e, p, u))
    k = r.kpis
    assert k["mean_jpm"] is None and k["assessment_coverage"] == 0
    assert k["training_gap_total"] == 0 and len(r.training_needs) == 0
    assert (r.compiled.problem.term_costs["jpm"][0] == 0).all()
    assert set(r.placements.loc[r.placements["status"] != "unplaced", "jpm_category"]) <= {
        "not assessed",
        "no standard",
    }


def test_reports_show_coverage_and_the_new_categories_in_both_languages():
    from placement.report.pages import result_html

    r = _solve()
    assert value_label("not assessed", "id") == "belum diases"
    assert value_label("no standard", "id") == "belum ada standar"
    assert kpi_label("assessment_coverage", "id").startswith("Cakupan asesmen")
    assert "atas 50,0% pegawai yang ditempatkan" in result_html(r, "id", {})
    assert "over 50.0% of placed staff" in result_html(r, "en", {})


# -- property: the vectorised JPM equals a per-pair computation -----------------------


def _reference_jpm(level, required, surplus):
    """JPM of one pair, written plainly: over the standard's assessed competencies."""
    std = [k for k in range(len(required)) if required[k] > 0]
    if not std:
        return math.nan, NO_STANDARD, 0.0
    known = [k for k in std if not math.isnan(level[k])]
    if not known:
        return math.nan, NOT_ASSESSED, 0.0
    if surplus == "min":
        num = sum(min(level[k], required[k]) for k in known)
    else:
        num = sum(level[k] for k in known)
    v = 100.0 * num / sum(required[k] for k in known)
    gap = sum(max(required[k] - level[k], 0) for k in known)
    return (min(v, 100.0) if surplus == "cap" else v), HAS_JPM, gap


@st.composite
def gappy_organisations(draw):
    n = draw(st.integers(1, 6))
    m = draw(st.integers(1, 5))
    c = draw(st.integers(1, 4))
    # levels as text, blanks as in a CSV file
    lv = st.sampled_from(["", "1", "2", "3", "4", "5"])
    rq = st.sampled_from(["", "", "", "1", "2", "3", "4", "5"])
    emp = pd.DataFrame({"id": [f"E{i}" for i in range(n)], "rank": "III/a", "education": "S1"})
    pos = pd.DataFrame({"id": [f"P{j}" for j in range(m)], "unit": "U1", "headcount": 1})
    for k in range(c):
        emp[f"comp:C{k}"] = [draw(lv) for _ in range(n)]
        pos[f"comp:C{k}"] = [draw(rq) for _ in range(m)]
    return placement.Organization.from_frames(emp, pos), draw(
        st.sampled_from(["cap", "count", "min"])
    )


@settings(max_examples=60, deadline=None)
@given(gappy_organisations(), st.data())
def test_vectorised_jpm_equals_per_pair_computation(case, data):
    org, surplus = case
    ctx = Context(org, surplus)
    n, m = ctx.n_employees, ctx.n_positions
    every = (np.repeat(np.arange(n), m).astype(np.int32), np.tile(np.arange(m), n).astype(np.int32))
    some = data.draw(st.lists(st.integers(0, n * m - 1), min_size=1, max_size=3, unique=True))
    some = np.sort(np.asarray(some))
    # all pairs (per-standard table path) and a few (per-edge path): the same values
    for e, p in (every, (every[0][some], every[1][some])):
        ctx.set_edges(e, p)
        jpm, reason, gap = ctx.jpm(), ctx.jpm_reason(), ctx.gap_sum()
        pm = _pair_metrics(ctx, e, p)
        for i in range(len(e)):
            want, why, g = _reference_jpm(
                ctx.levels[e[i]].astype(float), ctx.required[p[i]].astype(float), surplus
            )
            assert reason[i] == why and pm["jpm_reason"][i] == why
            assert gap[i] == pytest.approx(g)
            # the tables count no gaps of a pair assessed in none (review 170 L6)
            if why == NOT_ASSESSED:
                assert math.isnan(pm["gap"][i]) and math.isnan(pm["below"][i])
            else:
                assert pm["gap"][i] == pytest.approx(g)
            if math.isnan(want):
                assert math.isnan(jpm[i]) and math.isnan(pm["jpm"][i])
            else:
                assert jpm[i] == pytest.approx(want, rel=1e-5)
                assert pm["jpm"][i] == pytest.approx(want, rel=1e-9)
        score = ctx.jpm_score()
        assert np.isfinite(score).all()
        known = ~np.isnan(jpm)
        assert np.array_equal(score[known], jpm[known])


@pytest.mark.parametrize("marked", [True, False])
@pytest.mark.parametrize("surplus", ["cap", "count", "min"])
def test_pair_jpm_of_many_pairs_equals_each_pair_bit_for_bit(monkeypatch, marked, surplus):
    """Many pairs: each distinct (employee, standard) computed once, marked in a table
    or sorted, the same bits as every pair's own row (NaN where none)."""
    import placement.model.context as context_module

    if not marked:
        monkeypatch.setattr(context_module, "_DISTINCT_TABLE", 0)
    rng = np.random.default_rng(7)
    n, m, c = 40, 12, 5
    emp = pd.DataFrame({"id": [f"E{i}" for i in range(n)], "rank": "III/a", "education": "S1"})
    pos = pd.DataFrame({"id": [f"P{j}" for j in range(m)], "unit": "U1", "headcount": 1})
    for k in range(c):
        emp[f"comp:C{k}"] = rng.choice(["", "1", "2", "3", "4", "5"], n)
        # four standards shared by the twelve posts, one of them empty
        pos[f"comp:C{k}"] = np.tile(["", str(k % 5 + 1), "2", ""], 3) if k else ["3"] * m
    ctx = Context(placement.Organization.from_frames(emp, pos), surplus)
    e = rng.integers(0, n, 3000)
    p = rng.integers(0, m, 3000).astype(np.int32)
    assert ctx._distinct_cells(e, p) is not None  # noqa: SLF001
    many = ctx.pair_jpm(e, p)
    for got, want in zip(many, ctx.jpm_against(e, ctx.required[p]), strict=True):
        assert got.tobytes() == want.tobytes()
