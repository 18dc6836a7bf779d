"""New hires and the education they were recruited at (placement.domain.hiring): the
rule ``eligibility.hire_min_education`` on a hand-made organisation and on random ones
(read pair by pair from the data's text columns), its reason, its option; the term
``hire_level`` is tested with the other terms (tests/model/test_terms.py)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import placement
from placement.domain.hiring import hire_jf_level_ok, hire_level_ok
from placement.errors import ScenarioError
from placement.explain import explain
from placement.model.config import Eligibility
from placement.model.levels import EDUCATION
from tests.strategies import organisations


def _frames(open_sma: bool = True):
    """N1, an S1 hire; N2, an SMP hire; H1, an S1 holder of the Pramu Bakti post. PSD
    (Pramu Bakti, asks SD, standard Integritas 1: everyone's JPM 100) has 3 seats, PSMA
    (Pengadministrasi Umum, asks SMA, standard 5: N1's JPM 80) 1 seat, or none."""
    people = pd.DataFrame(
        {
            "id": ["N1", "N2", "H1"],
            "rank": ["III/a", "I/c", "III/a"],
            "education": ["S1", "SMP", "S1"],
            "field": ["Manajemen", "Umum", "Manajemen"],
            "current_unit": ["", "", "U1"],
            "current_position": ["", "", "PSD"],
            "comp:Integritas": ["4", "3", "4"],
        }
    )
    posts = pd.DataFrame(
        {
            "id": ["PSD", "PSMA"],
            "title": ["Pramu Bakti", "Pengadministrasi Umum"],
            "unit": ["U1", "U1"],
            "headcount": ["3", "1" if open_sma else "0"],
            "min_education": ["SD", "SMA"],
            "comp:Integritas": ["1", "5"],
        }
    )
    return people, posts, pd.DataFrame({"id": ["U1"], "name": ["Sekretariat Daerah"]})


def _where(result) -> dict:
    return result.placements.set_index("employee_id")["position"].to_dict()


def test_a_hire_takes_no_post_below_the_education_they_were_recruited_at():
    """Without the rule N1 takes the Pramu Bakti seat (JPM 100 against 80); with
    ``hire_min_education: SMA`` the Pengadministrasi seat. N2 (SMP, below the floor)
    and H1 (serving: their post is theirs) keep the Pramu Bakti seats; explain names
    the rule where it shuts a post, in both languages."""
    sc = placement.Scenario.from_frames(*_frames())
    assert _where(placement.solve(sc)) == {"N1": "PSD", "N2": "PSD", "H1": "PSD"}
    ruled = placement.solve(sc.with_settings(eligibility={"hire_min_education": "SMA"}))
    assert _where(ruled) == {"N1": "PSMA", "N2": "PSD", "H1": "PSD"}
    why = explain(ruled, "N1", "PSD")
    assert (
        "a new hire with S1 is appointed to a post of the education they were recruited "
        "at: this post asks SD, below SMA (hire_min_education)"
    ) in str(why)
    assert "pegawai baru berpendidikan S1" in why.render("id")
    assert "hire_min_education" not in str(explain(ruled, "N2", "PSMA"))


def test_a_hire_no_post_is_open_to_is_left_without_one_and_told_why():
    """With no seat asking SMA or more, N1 is left without a post (the Pramu Bakti seats
    stay empty rather than take a graduate), and the reason names the rule."""
    sc = placement.Scenario.from_frames(
        *_frames(open_sma=False), eligibility={"hire_min_education": "SMA"}
    )
    r = placement.solve(sc)
    assert _where(r) == {"N1": "", "N2": "PSD", "H1": "PSD"}
    reason = r.unplaced.set_index("employee_id").loc["N1", "reason"]
    assert "hire_min_education" in str(reason)


def test_the_option_reads_the_rosters_spellings_and_names_the_nearest_level():
    assert Eligibility(hire_min_education="SLTA").hire_min_education == "SMA"
    assert Eligibility(hire_min_education="D-IV").hire_min_education == "S1"
    assert Eligibility(hire_min_education=None).hire_min_education is None
    with pytest.raises(ScenarioError) as err:
        placement.Scenario.from_frames(*_frames(), eligibility={"hire_min_education": "SMAA"})
    assert "'SMAA' is not an education level (SD, SMP, SMA, D1, D2, D3, S1, S2, S3)" in str(
        err.value
    )
    assert "did you mean 'SMA'" in str(err.value)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(organisations(), st.sampled_from(EDUCATION))
def test_the_rule_pair_by_pair_from_the_data(frames, floor):
    """On random organisations, every pair the rule leaves or takes is what the text
    columns say: taken exactly where the employee has no current post, an education at
    or above the floor and the post a minimum below it. With it on, the flow and CP-SAT
    agree, and no new hire at or above the floor is placed below it."""
    emp, pos, units = frames
    sc = placement.Scenario.from_frames(emp, pos, units)
    ctx = sc.compile().context
    e, p = ctx.edge_emp, ctx.edge_pos
    got = hire_level_ok(ctx, e, p, Eligibility(hire_min_education=floor))
    level = {k: v for v, k in enumerate(EDUCATION)}
    edu = dict(zip(emp["id"], emp["education"], strict=True))
    new = dict(zip(emp["id"], emp["current_position"].str.strip() == "", strict=True))
    need = dict(zip(pos["id"], pos["min_education"], strict=True))
    for k, (i, j) in enumerate(zip(e.tolist(), p.tolist(), strict=True)):
        person, post = ctx.emp_ids[i], ctx.pos_ids[j]
        barred = (
            new[person]
            and level[edu[person]] >= level[floor]
            and bool(need[post])
            and level[need[post]] < level[floor]
        )
        assert bool(got[k]) == (not barred), (person, post)
    ruled = sc.with_settings(eligibility={"hire_min_education": floor})
    flow = placement.solve(ruled, solver="flow")
    if not flow.status.has_solution:
        return
    cpsat = placement.solve(ruled, solver="cp-sat", time_limit=20)
    assert flow.outcome.cost == cpsat.outcome.cost
    where = _where(flow)
    for person, post in where.items():
        if post and new[person] and level[edu[person]] >= level[floor] and need[post]:
            assert level[need[post]] >= level[floor], (person, post)


def _jf_frames():
    """N1, an S.Kep. hire; H1, a Perawat Mahir holder (serving). PM (Perawat Mahir,
    kelas 7, 2 seats, one of them H1's) fits N1 best: JPM 100 against 80 in PAP
    (Perawat Ahli Pertama, 1 seat)."""
    people = pd.DataFrame(
        {
            "id": ["N1", "H1"],
            "rank": ["III/a", "III/a"],
            "education": ["S1", "S1"],
            "field": ["Keperawatan", "Keperawatan"],
            "current_unit": ["", "U1"],
            "current_position": ["", "PM"],
            "comp:Integritas": ["4", "4"],
        }
    )
    posts = pd.DataFrame(
        {
            "id": ["PM", "PAP"],
            "title": ["Perawat Mahir", "Perawat Ahli Pertama"],
            "kind": ["JF", "JF"],
            "level": ["Mahir", "ahli  pertama"],
            "unit": ["U1", "U1"],
            "headcount": ["2", "1"],
            "grade": ["7", "8"],
            "min_education": ["D3", "S1"],
            "comp:Integritas": ["4", "5"],
        }
    )
    return people, posts, pd.DataFrame({"id": ["U1"], "name": ["Dinas Kesehatan"]})


def test_a_hire_enters_a_jf_only_at_a_first_appointment_level():
    """Without the rule N1, a new hire, takes a Perawat Mahir seat (JPM 100 against 80
    in Perawat Ahli Pertama); with ``hire_jf_levels: true`` (Ahli Pertama, Ahli Muda,
    Pemula, Terampil: the levels of a CPNS's first appointment) the Perawat Ahli
    Pertama seat (review 68: hires placed straight into Perawat Mahir). A serving
    holder is not concerned: H1 keeps his Mahir seat, the rule takes no pair of his;
    explain names the rule, in
    both languages. A level written in another case or spacing reads the same."""
    sc = placement.Scenario.from_frames(*_jf_frames(), eligibility={"career": "off"})
    assert _where(placement.solve(sc))["N1"] == "PM"
    ruled = sc.with_settings(eligibility={"hire_jf_levels": True})
    r = placement.solve(ruled)
    assert _where(r) == {"N1": "PAP", "H1": "PM"}
    ctx = ruled.compile().context
    e, p = (a.ravel() for a in np.meshgrid(np.arange(2), np.arange(2)))  # every pair
    got = hire_jf_level_ok(ctx, e, p, ruled.config.eligibility)
    assert got is not None
    shut = {(ctx.emp_ids[i], ctx.pos_ids[j]) for i, j in zip(e[~got], p[~got], strict=True)}
    assert shut == {("N1", "PM")}
    why = str(explain(r, "N1", "PM"))
    assert "a new hire is first appointed to a functional post at one of the levels" in why
    assert "Ahli Pertama, Ahli Muda, Pemula, Terampil (hire_jf_levels): this post is Mahir" in why
    assert "jabatan ini Mahir" in explain(r, "N1", "PM").render("id")
    # a list names its own levels: Mahir allowed, Ahli Pertama not
    mine = sc.with_settings(eligibility={"hire_jf_levels": ["mahir", "Terampil"]})
    assert _where(placement.solve(mine))["N1"] == "PM"


def test_the_hire_jf_levels_option_names_the_levels():
    assert Eligibility(hire_jf_levels=True).hire_jf_levels == [
        "Ahli Pertama",
        "Ahli Muda",
        "Pemula",
        "Terampil",
    ]
    assert Eligibility(hire_jf_levels=["ahli  muda"]).hire_jf_levels == ["Ahli Muda"]
    assert Eligibility(hire_jf_levels=False).hire_jf_levels is None
    with pytest.raises(ScenarioError) as err:
        placement.Scenario.from_frames(*_frames(), eligibility={"hire_jf_levels": ["Madya"]})
    assert "hire_jf_levels: 'Madya' is not a JF level; use some of Ahli Pertama" in str(err.value)
    with pytest.raises(ScenarioError) as err:
        placement.Scenario.from_frames(*_frames(), eligibility={"hire_jf_levels": []})
    assert "an empty list would bar every new hire from every functional post" in str(err.value)


def test_a_jf_post_of_unknown_level_is_not_limited_for_hires():
    """A JF post whose level is blank or not a JF level is not limited by
    ``hire_jf_levels`` (nothing says it is above a first appointment)."""
    people, posts, units = _jf_frames()
    posts["level"] = ["", "Lainnya"]
    sc = placement.Scenario.from_frames(
        people, posts, units, eligibility={"career": "off", "hire_jf_levels": True}
    )
    ctx = sc.compile().context
    e, p = (a.ravel() for a in np.meshgrid(np.arange(2), np.arange(2)))
    assert hire_jf_level_ok(ctx, e, p, sc.config.eligibility) is None
    assert _where(placement.solve(sc))["N1"] == "PM"
