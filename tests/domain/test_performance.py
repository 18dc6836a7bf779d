"""No promosi on a weak SKP (placement.domain.performance, eligibility
``min_performance_to_rise``): the rule pair by pair against the tables, and what a
result and its reasons say."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import placement
from placement.domain.performance import over_filled_holders, rise_performance_ok
from placement.explain import explain
from placement.i18n import msg
from placement.model.config import Eligibility
from placement.model.levels import PERFORMANCE
from placement.report.summary import classified_moves
from tests.conftest import small_frames
from tests.strategies import organisations

TEBO = Path(__file__).resolve().parents[2] / "scenarios" / "tebo"

_settings = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _rated(emp: pd.DataFrame, data) -> str:
    """Draws everyone's SKP rating (blank: none) into ``emp`` and a minimum to ask."""
    rating = st.sampled_from(["", *PERFORMANCE])
    emp["performance"] = data.draw(st.lists(rating, min_size=len(emp), max_size=len(emp)))
    return data.draw(st.sampled_from(["Sangat Baik", "Baik", "Butuh Perbaikan", "Kurang"]))


def _every_pair(emp, pos, units):
    """The compiled context of the frames and every (employee, position) pair of it."""
    ctx = placement.Scenario.from_frames(emp, pos, units).compile().context
    n, m = ctx.n_employees, ctx.n_positions
    e, p = (a.ravel().astype(np.int32) for a in np.meshgrid(np.arange(n), np.arange(m)))
    return ctx, e, p


@_settings
@given(organisations(), st.data())
def test_the_rule_is_the_pair_by_pair_reading_of_grades_and_ratings(frames, data):
    """Refused exactly: a rating given and below the minimum, and the post's kelas
    jabatan above that of the person's own post (both known); everyone else passes."""
    emp, pos, units = (f.copy() for f in frames)
    grade = st.sampled_from(["", "5", "7", "8", "9", "11"])
    pos["grade"] = data.draw(st.lists(grade, min_size=len(pos), max_size=len(pos)))
    need = _rated(emp, data)
    ctx, e, p = _every_pair(emp, pos, units)
    got = rise_performance_ok(ctx, e, p, Eligibility(min_performance_to_rise=need))
    if got is None:  # nobody rated below the minimum: the rule refuses nothing
        got = np.ones(len(e), dtype=bool)
    grades = dict(zip(pos["id"], pos["grade"], strict=True))
    for k, (i, q) in enumerate(zip(e.tolist(), p.tolist(), strict=True)):
        now, there = grades.get(emp["current_position"].iloc[i], ""), pos["grade"].iloc[q]
        rated = emp["performance"].iloc[i]
        weak = rated != "" and PERFORMANCE.index(rated) < PERFORMANCE.index(need)
        up = now != "" and there != "" and int(there) > int(now)
        assert got[k] == (not (weak and up)), (i, q, rated, now, there)
    assert rise_performance_ok(ctx, e, p, Eligibility()) is None  # off by default


def _promotion_frames(rating: str):
    """small_frames with kelas jabatan and P9, an empty JA post of kelas 9 that asks
    nothing, where E2 (P1, kelas 8, rated ``rating``) scores best: the optimum
    without the rule promotes him there."""
    e, p, u = small_frames()
    p["grade"] = ["8", "8", "5", "7", "14"]
    p.loc[len(p)] = {**p.iloc[0].to_dict(), "id": "P9", "title": "Jabatan Naik", "grade": "9"}
    p.loc[p["id"] == "P9", ["headcount", "min_education", "min_rank", "fields"]] = [
        "1",
        "",
        "",
        "",
    ]
    p.loc[p["id"] == "P9", [c for c in p if c.startswith("comp:")]] = ""
    p.loc[p["id"] == "P9", "kind"] = "JA"
    e["performance"] = ""
    e.loc[e["id"] == "E2", "performance"] = rating
    return e, p, u


@pytest.mark.parametrize("rating", ["Kurang", "Baik", ""])
def test_a_weak_rating_keeps_the_person_out_of_a_higher_post_with_the_reason(rating):
    e, p, u = _promotion_frames(rating)
    sc = placement.Scenario.from_frames(e, p, u).with_settings(
        eligibility={"min_performance_to_rise": "Baik", "career": "off"}
    )
    r = placement.solve(sc)
    placed = dict(zip(r.placements["employee_id"], r.placements["position"], strict=True))
    why = explain(r, "E2", "P9")
    if rating == "Kurang":  # refused: no promotion, and explain names the rule
        assert placed["E2"] != "P9"
        assert "min_performance_to_rise" in str(why)
        assert "Kurang" in str(why) and "8 → 9" in str(why)
        mv = classified_moves(r)
        assert not ((mv["grade_change"] == "promosi") & (mv["skp_check"] != "")).any()
    else:  # Baik, or no rating at all (not assessed is not a failure): promoted
        assert placed["E2"] == "P9"
        assert "min_performance_to_rise" not in str(why)
    # without the rule, the same person is promoted whatever the rating
    plain = placement.solve(sc.with_settings(eligibility={"min_performance_to_rise": None}))
    moved = dict(zip(plain.placements["employee_id"], plain.placements["position"], strict=True))
    assert moved["E2"] == "P9"


def test_the_minimum_is_read_as_the_roster_reads_a_rating():
    """Case and spaces do not matter; a name that is no rating is an error naming the
    allowed ones."""
    assert Eligibility(min_performance_to_rise=" baik ").min_performance_to_rise == "Baik"
    assert Eligibility(min_performance_to_rise="sangat  BAIK").min_performance_to_rise == (
        "Sangat Baik"
    )
    with pytest.raises(ValueError, match="'Butuh Perbaikan'"):
        Eligibility(min_performance_to_rise="bagus")


#: Rungs of the jabatan ladder as the oracle reads them (PermenPANRB equivalences:
#: Pengawas = JF Ahli Muda, Administrator = JF Ahli Madya), written out here again
_RUNGS = {
    ("JA", "Pelaksana"): 1,
    ("JA", "Pengawas"): 4,
    ("JF", "Ahli Muda"): 4,
    ("JA", "Administrator"): 5,
    ("JF", "Ahli Madya"): 5,
    ("JPT", "Pratama"): 6,
}
_KINDS = [*_RUNGS, ("JA", ""), ("", "")]


@_settings
@given(organisations(), st.data())
def test_structural_appointments_selection_refuses_exactly_the_appointing_bodies_choices(
    frames, data
):
    """Pair by pair: refused exactly a post of JA Pengawas or Administrator, unless the
    person holds a structural post (JA Pengawas or Administrator, JPT) at its rung or
    above (a JF Ahli Muda, of the Pengawas rung, may not enter a Pengawas post; a new
    hire none) and either it is their own post, or their post has no seat for each of
    its serving holders and the post has a seat none of them holds (a move across);
    and a JPT post other than the person's own; off by default."""
    from placement.domain.performance import structural_ok

    emp, pos, units = (f.copy() for f in frames)
    kinds = data.draw(st.lists(st.sampled_from(_KINDS), min_size=len(pos), max_size=len(pos)))
    pos["kind"], pos["level"] = [k for k, _ in kinds], [lv for _, lv in kinds]
    ctx = placement.Scenario.from_frames(emp, pos, units).compile().context
    n, m = ctx.n_employees, ctx.n_positions
    e, p = (a.ravel().astype(np.int32) for a in np.meshgrid(np.arange(n), np.arange(m)))
    got = structural_ok(ctx, e, p, Eligibility(structural_appointments="selection"))
    assert got is not None
    ids = pos["id"].tolist()
    seats = dict(zip(ids, pos["headcount"].astype(int), strict=True))
    out = ctx.org.excluded  # past retirement age: they hold no seat
    serving = [h for h, x in zip(emp["current_position"], out, strict=True) if not x]
    holders = {q: serving.count(q) for q in ids}
    for k, (i, q) in enumerate(zip(e.tolist(), p.tolist(), strict=True)):
        held = emp["current_position"].iloc[i]
        mine = _RUNGS.get(kinds[ids.index(held)]) if held in ids else None
        kind, level = kinds[q]
        if kind == "JPT":
            refused = held != ids[q]
        elif kind == "JA" and level in ("Pengawas", "Administrator"):
            own = kinds[ids.index(held)] if held in ids else ("", "")
            structural = own[0] == "JPT" or own in (("JA", "Pengawas"), ("JA", "Administrator"))
            refused = not structural or mine is None or _RUNGS[kinds[q]] > mine
            if not refused and held != ids[q]:  # across: not a sitting official's move,
                sitting = seats[held] >= holders[held] and not out[i]
                refused = sitting or seats[ids[q]] <= holders[ids[q]]  # nor into a held post
        else:
            refused = False
        assert got[k] == (not refused), (i, q, held, kinds[q])
    assert structural_ok(ctx, e, p, Eligibility()) is None  # off by default


def _structural_frames():
    """small_frames with a jabatan ladder: P9, an empty JA Pengawas post of kelas 9 that
    asks nothing, where E2 (Pelaksana P1, kelas 8) scores best; P8, a Pengawas post
    of kelas 9 held by E6 and closed, so that E6 moves across into P9 if it may."""
    e, p, u = _promotion_frames("Baik")
    p["kind"], p["level"] = "JA", "Pelaksana"
    p.loc[p["id"] == "P9", "level"] = "Pengawas"
    return e, p, u


def test_selection_leaves_a_move_up_into_a_pengawas_post_to_the_tpk(tmp_path):
    """Without the rule E2 is promoted into P9; with ``selection`` nobody is moved up
    into it: P9 stays vacant, marked for the Tim Penilai Kinerja, explain names the
    rule, the summary says who fills it, and the scenario's shortlist (read without
    the rule) lists E2 for it."""
    from placement.candidates import shortlist
    from placement.report.decision import summary_html

    e, p, u = _structural_frames()
    sc = placement.Scenario.from_frames(e, p, u).with_settings(eligibility={"career": "off"})
    plain = placement.solve(sc)
    was = plain.placements.set_index("employee_id")["position"]
    assert was["E2"] == "P9"
    sel = sc.with_settings(eligibility={"structural_appointments": "selection"})
    r = placement.solve(sel)
    placed = dict(zip(r.placements["employee_id"], r.placements["position"], strict=True))
    assert "P9" not in placed.values()
    vac = r.vacancies.set_index("position")
    assert vac.loc["P9", "selection"] == "tpk"
    assert "structural_appointments: selection" in str(explain(r, "E2", "P9"))
    assert "1 Administrator or Pengawas post(s) for the Tim Penilai Kinerja" in summary_html(
        r, "en"
    )
    table = shortlist(sel, position="P9", top=3, time_limit=10)
    assert "E2" in set(table["employee_id"])
    from placement.report.shortlist import shortlist_text

    assert table.attrs["relaxed"]  # read without the rule, and the text says so
    assert "the shortlist reads it without that rule" in shortlist_text(table, "en")
    from placement.report.shortlist import write_shortlist  # the files say it too

    write_shortlist(table, tmp_path / "s.csv", "en")
    assert set(pd.read_csv(tmp_path / "s.csv")["note"]) == {
        msg("cli.shortlist_selection", pool="Administrator / Ahli Madya").render("en")
    }
    write_shortlist(table, tmp_path / "s.xlsx", "id")
    notes = pd.read_excel(tmp_path / "s.xlsx", sheet_name="Keterangan")
    assert msg("cli.shortlist_selection", pool="Administrator / Ahli Madya").render("id") in set(
        notes.iloc[:, 0]
    )
    with pytest.raises(placement.PlacementError, match="shortlist the scenario itself"):
        shortlist(r, position="P9")


def test_selection_keeps_a_move_across_and_a_jpt_holders_own_post():
    """A Pengawas whose post closes may take another Pengawas post (the same rung);
    a JPT holder keeps their own post but takes no other JPT post."""
    e, p, u = _structural_frames()
    p.loc[p["id"] == "P5", ["level", "grade", "headcount"]] = ["Pengawas", "9", "0"]
    p.loc[len(p)] = {**p.iloc[0].to_dict(), "id": "P7", "title": "Kepala Dinas"}
    p.loc[p["id"] == "P7", ["kind", "level", "grade", "headcount"]] = ["JPT", "Pratama", "14", "2"]
    p.loc[p["id"] == "P7", ["min_education", "min_rank", "fields"]] = ["", "", ""]
    p.loc[p["id"] == "P7", [c for c in p if c.startswith("comp:")]] = ""
    sc = placement.Scenario.from_frames(e, p, u).with_settings(
        eligibility={"career": "off", "structural_appointments": "selection"}
    )
    r = placement.solve(sc)
    placed = dict(zip(r.placements["employee_id"], r.placements["position"], strict=True))
    assert placed["E6"] == "P9"  # Pengawas P5 (closed) → Pengawas P9, across
    # P5 converted into a JF post (penyetaraan): E6 is still a Pengawas by career, as
    # the data has it, and moves across as before (review 36)
    convert = {
        "convert_positions": {
            "select": {"positions": ["P5"]},
            "mapping": {"Pengawas": "Ahli Muda"},
            "min_education": "S1",
        }
    }
    conv = placement.solve(sc.with_settings(operations=[convert]))
    assert conv.compiled.org.positions.set_index("id").loc["P5", "kind"] == "JF"
    placed = dict(zip(conv.placements["employee_id"], conv.placements["position"], strict=True))
    assert placed["E6"] == "P9"
    assert "P7" not in placed.values()  # nobody enters the JPT post by the plan
    assert r.vacancies.set_index("position").loc["P7", "selection"] == "pansel"


@_settings
@given(organisations(), st.data())
def test_structural_performance_refuses_exactly_another_structural_post_to_the_weak(frames, data):
    """Pair by pair: ``min_performance_for_structural`` refuses exactly a rating given
    and below the minimum, and a structural post (JPT; JA Administrator or Pengawas)
    other than the person's own; off by default."""
    from placement.domain.performance import structural_performance_ok

    emp, pos, units = (f.copy() for f in frames)
    kinds = data.draw(st.lists(st.sampled_from(_KINDS), min_size=len(pos), max_size=len(pos)))
    pos["kind"], pos["level"] = [k for k, _ in kinds], [lv for _, lv in kinds]
    need = _rated(emp, data)
    ctx, e, p = _every_pair(emp, pos, units)
    got = structural_performance_ok(ctx, e, p, Eligibility(min_performance_for_structural=need))
    if got is None:  # nobody rated below the minimum
        got = np.ones(len(e), dtype=bool)
    ids = pos["id"].tolist()
    for k, (i, q) in enumerate(zip(e.tolist(), p.tolist(), strict=True)):
        rated = emp["performance"].iloc[i]
        weak = rated != "" and PERFORMANCE.index(rated) < PERFORMANCE.index(need)
        kind, level = kinds[q]
        structural = kind == "JPT" or (kind == "JA" and level in ("Pengawas", "Administrator"))
        own = emp["current_position"].iloc[i] == ids[q]
        assert got[k] == (not (weak and structural and not own)), (i, q, rated, kinds[q])
    assert structural_performance_ok(ctx, e, p, Eligibility()) is None  # off by default


@pytest.mark.parametrize("rating", ["Butuh Perbaikan", "Baik", ""])
def test_a_weak_rating_is_appointed_to_no_other_structural_post(rating):
    """E6, a Pengawas whose post P5 closes, moves across into the Pengawas post P9;
    rated below Baik, with ``min_performance_for_structural: Baik``, he does not, and
    explain names the rule and the rating. A holder rated below Baik keeps his own
    open structural post."""
    e, p, u = _structural_frames()
    p.loc[p["id"] == "P5", ["level", "grade", "headcount"]] = ["Pengawas", "9", "0"]
    e.loc[e["id"] == "E6", "performance"] = rating
    rule = {"career": "off", "structural_appointments": "selection"}
    sc = placement.Scenario.from_frames(e, p, u).with_settings(eligibility=rule)
    plain = placement.solve(sc).placements.set_index("employee_id")["position"]
    assert plain["E6"] == "P9"
    strict = sc.with_settings(eligibility={"min_performance_for_structural": "Baik"})
    r = placement.solve(strict)
    placed = dict(zip(r.placements["employee_id"], r.placements["position"], strict=True))
    why = str(explain(r, "E6", "P9"))
    if rating == "Butuh Perbaikan":
        assert placed["E6"] != "P9"
        assert "min_performance_for_structural" in why and "Butuh Perbaikan" in why
    else:  # Baik, or not rated (not assessed is no failure)
        assert placed["E6"] == "P9"
        assert "min_performance_for_structural" not in why
    # his own post open again: he keeps it, whatever the rating
    p.loc[p["id"] == "P5", "headcount"] = "1"
    own = placement.Scenario.from_frames(e, p, u).with_settings(
        eligibility={**rule, "min_performance_for_structural": "Baik"}
    )
    kept = placement.solve(own).placements.set_index("employee_id")["position"]
    assert kept["E6"] == "P5"


def test_a_weak_rating_keeps_the_person_out_of_another_jf_family_with_the_reason():
    """``min_performance_to_enter_jf``: E2, rated Kurang in a JA post, scores best in
    P9, a JF post at his own kelas (no promosi): without the rule the plan moves him
    there; with it (a perpindahan into a JF asks for at least Baik) he stays, and
    explain names the rule. His own post is never an entry (review 36: JF entries on
    an SKP below Baik were proposed, only flagged)."""
    from placement.domain.performance import jf_entries

    e, p, u = _promotion_frames("Kurang")
    p.loc[p["id"] == "P9", ["kind", "level", "title", "grade"]] = [
        "JF",
        "Ahli Pertama",
        "Analis Kebijakan Ahli Pertama",
        "8",
    ]
    p.loc[p["id"] == "P1", "kind"] = "JA"
    sc = placement.Scenario.from_frames(e, p, u).with_settings(eligibility={"career": "off"})
    placed = placement.solve(sc).placements.set_index("employee_id")["position"]
    assert placed["E2"] == "P9"
    ruled = placement.solve(sc.with_settings(eligibility={"min_performance_to_enter_jf": "baik"}))
    assert ruled.placements.set_index("employee_id")["position"]["E2"] == "P1"
    text = str(explain(ruled, "E2", "P9"))
    assert "SKP rating of at least Baik; theirs is Kurang (min_performance_to_enter_jf)" in text
    assert "(perpindahan)" in text
    # a new hire rated Kurang: a first appointment, not a perpindahan (review 80 M1)
    hire = e[e["id"] == "E2"].assign(id="H1", current_position="", current_unit="")
    hired = placement.solve(
        placement.Scenario.from_frames(pd.concat([e, hire], ignore_index=True), p, u).with_settings(
            eligibility={"career": "off", "min_performance_to_enter_jf": "Baik"}
        )
    )
    first = str(explain(hired, "H1", "P9"))
    assert "a new hire's first appointment to a functional post asks" in first, first
    assert "perpindahan" not in first and "theirs is Kurang" in first
    ctx = ruled.compiled.context
    two = np.array([1, 1])  # E2 into P9 (an entry) and into P1 (his own post)
    assert jf_entries(ctx, two, np.array([5, 0])).tolist() == [True, False]
    e.loc[e["id"] == "E2", "performance"] = "Baik"  # rated well enough: not limited
    ok = placement.Scenario.from_frames(e, p, u).with_settings(
        eligibility={"career": "off", "min_performance_to_enter_jf": "Baik"}
    )
    assert placement.solve(ok).placements.set_index("employee_id")["position"]["E2"] == "P9"


def _priority_seat(ratings: list[str], short: int | list[int], fit_in: str = "P2"):
    """Holders E1, E2 … (rated ``ratings``) of P1, two seats, alike there but in one
    thing; P2 beside it, one seat of priority 3. ``fit_in`` (P2 or P1) holds five
    competencies of standard 5 that all meet but those at ``short`` (an index, or a
    list), who fall one level short in one (4 points of JPM); the other post asks
    Integritas 3, met by all."""
    comps = [f"comp:C{k}" for k in range(5)]
    n = len(ratings)
    shorts = [short] if isinstance(short, int) else short
    emp = pd.DataFrame(
        {
            "id": [f"E{i + 1}" for i in range(n)],
            "rank": ["III/a"] * n,
            "education": ["S1"] * n,
            "field": ["Ekonomi"] * n,
            "current_position": ["P1"] * n,
            "performance": ratings,
            "comp:Integritas": ["3"] * n,
            **{
                c: ["4" if k == 0 and i in shorts else "5" for i in range(n)]
                for k, c in enumerate(comps)
            },
        }
    )
    five, other = (["", "5"], ["3", ""]) if fit_in == "P2" else (["5", ""], ["", "3"])
    pos = pd.DataFrame(
        {
            "id": ["P1", "P2"],
            "unit": ["U1", "U1"],
            "headcount": ["2", "1"],
            "fields": ["Ekonomi", "Ekonomi"],
            "priority": ["1", "3"],
            "comp:Integritas": other,
            **{c: five for c in comps},
        }
    )
    return emp, pos


def _both_orders_both_solvers(emp: pd.DataFrame, pos: pd.DataFrame, weights: dict):
    """(row order, solver, result, employee -> position placed) of ``emp`` in both row
    orders, solved by both exact solvers with the objective's ``weights``."""
    for rows in ([0, 1, 2], [2, 1, 0]):
        sc = placement.Scenario.from_frames(
            emp.iloc[rows].reset_index(drop=True), pos, objective={"weights": weights}
        )
        for solver in ("flow", "cp-sat"):
            r = placement.solve(sc, solver=solver)
            placed = dict(zip(r.placements["employee_id"], r.placements["position"], strict=True))
            yield rows, solver, r, placed


@pytest.mark.parametrize(
    ("rating", "weight", "takes"),
    [
        ("Kurang", 3, "E2"),  # 2 steps below Baik: 6 points, more than the 4 of fit
        ("Sangat Kurang", 3, "E2"),
        ("Butuh Perbaikan", 3, "E1"),  # 3 points, less than the 4 of fit
        ("", 3, "E1"),  # not assessed is no failure
        ("Sangat Baik", 3, "E1"),
        ("Kurang", 0, "E1"),  # the term off: the fit alone decides
        ("Kurang", 1, "E1"),  # 2 points, less than the 4 of fit
    ],
)
def test_skp_step_gives_a_priority_seat_to_the_better_rated_unless_the_weaker_fits_clearly_better(
    rating, weight, takes
):
    """Review 38: with no weight on the SKP, a holder rated Kurang took a priority
    vacancy for 0.56 points of fit over one rated Sangat Baik. The term ``skp_step``
    costs a step up (here a post of higher priority) its rating steps below Baik times
    the weight; both exact solvers agree; the move left is marked ``skp_priority``
    where someone rated below Baik still takes it."""
    emp, pos = _priority_seat([rating, "Baik"], short=1)
    weights = {"training": 0, "skp_step": weight}
    sc = placement.Scenario.from_frames(emp, pos, objective={"weights": weights})
    for solver in ("flow", "cp-sat"):
        r = placement.solve(sc, solver=solver)
        placed = dict(zip(r.placements["employee_id"], r.placements["position"], strict=True))
        assert placed[takes] == "P2", (rating, weight, solver)
        assert sorted(placed.values()) == ["P1", "P2"]
        mv = classified_moves(r).set_index("employee_id")
        weak = rating in ("Butuh Perbaikan", "Kurang", "Sangat Kurang") and takes == "E1"
        assert mv.loc[takes, "skp_check"] == ("skp_priority" if weak else ""), (rating, weight)
        assert r.kpis["step_ups_below_baik"] == int(weak), (rating, weight)
        # the moves show the priorities the flag reads
        assert (mv.loc[takes, "from_priority"], mv.loc[takes, "to_priority"]) == (1.0, 3.0)


def _two_desks(rows: list[int]):
    """E3 (Sangat Kurang) and E4 (Sangat Baik), alike otherwise, hold P1 (priority 1),
    closed (formasi 0): both move, to P2 (priority 2) or P3 (priority 1.5), one seat
    each, which both fit alike. ``rows``: the employees' row order. The ids are those
    whose order (the last tie level) gives E3 the larger step when both steps cost
    alike, as the term did before."""
    emp, pos = _priority_seat(["Sangat Kurang", "Sangat Baik"], short=[], fit_in="P1")
    emp = emp.assign(id=["E3", "E4"])
    p3 = pos.iloc[[1]].assign(id="P3", priority="1.5")
    pos = pd.concat([pos, p3], ignore_index=True).assign(headcount=["0", "1", "1"])
    pos = pos.assign(priority=["1", "2", "1.5"], **{"comp:Integritas": ["", "3", "3"]})
    return emp.iloc[rows].reset_index(drop=True), pos


def test_skp_step_weighs_a_priority_step_by_the_priority_gained_on_top_of_the_step():
    """Review 59: a step in priority cost a holder rated Sangat Kurang the same whether
    to a desk of priority 2 or of 1.54, and at the same total the plan gave her the
    larger step and a colleague rated Sangat Baik the smaller. The term is the rating
    steps times the step: 1 for a kelas rise; for a priority step 1 plus a tenth per
    unit of priority gained, up to one (review 60: in proportion to the gain alone, a
    step of 0.12 cost 0.7 points and took a colleague's kelas rise). Here E3 (3 steps
    below Baik) to P2 (gain 1) costs 3.3, to P3 (gain 0.5) 3.15, and E4 nothing: E4
    takes P2, in both row orders, with both exact solvers (with the steps alike, E3
    took it)."""
    from placement.domain.performance import skp_step, step_size

    for rows in ([0, 1], [1, 0]):
        emp, pos = _two_desks(rows)
        sc = placement.Scenario.from_frames(
            emp, pos, objective={"weights": {"training": 0, "skp_step": 3}}
        )
        ctx = sc.compile().context
        ids, pids = list(ctx.emp_ids), list(ctx.pos_ids)
        e = np.array([ids.index(x) for x in ("E3", "E3", "E4", "E4")])
        p = np.array([pids.index(x) for x in ("P2", "P3", "P2", "P3")])
        assert step_size(ctx, e, p) == pytest.approx([1.1, 1.05, 1.1, 1.05])
        ctx.set_edges(e, p)
        assert skp_step(ctx) == pytest.approx([3.3, 3.15, 0.0, 0.0])
        for solver in ("flow", "cp-sat"):
            r = placement.solve(sc, solver=solver)
            placed = dict(zip(r.placements["employee_id"], r.placements["position"], strict=True))
            assert placed == {"E3": "P3", "E4": "P2"}, (rows, solver)


def test_a_priority_step_costs_at_least_a_whole_step_and_at_most_a_tenth_more():
    """A step from priority 1 to 3 costs 1.1 steps (the gain counts up to one unit), a
    step of 0.12 still 1.012: a small step is no cheaper than a kelas rise (review 60),
    and staying in an over-filled post (``skp_seat``, twice the weight) still costs the
    weaker more than any step up out of it."""
    from placement.domain.performance import step_size

    emp, pos = _priority_seat(["Kurang", "Baik"], short=1)
    pos = pd.concat([pos, pos.iloc[[1]].assign(id="P3", priority="1.12")], ignore_index=True)
    ctx = placement.Scenario.from_frames(emp, pos).compile().context
    p2, p3 = (list(ctx.pos_ids).index(q) for q in ("P2", "P3"))
    sizes = step_size(ctx, np.array([0, 0]), np.array([p2, p3]))
    assert sizes == pytest.approx([1.1, 1.012])


@pytest.mark.parametrize(
    ("short", "seat", "leaves"), [(0, 6, "E1"), ([1, 2], 6, "E1"), ([1, 2], 0, "E3")]
)
def test_skp_seat_gives_an_over_filled_posts_seats_to_the_better_rated(short, seat, leaves):
    """Reviews 39 and 40: three holders of P1's two seats, the only seat free elsewhere a
    priority desk (a step up, which ``skp_step`` charges E1, rated Sangat Kurang, 9
    points). With ``skp_seat`` (6 a rating step below Baik, 18 for E1) E1 gives up the
    seat, whether E1 fits P1 4 points worse than the two rated Baik or 4 points
    better; without it, where E1 fits better, a colleague rated Baik is moved instead
    (review 39 found such a one sent to another OPD). Both exact solvers, both row
    orders."""
    emp, pos = _priority_seat(["Sangat Kurang", "Baik", "Baik"], short=short, fit_in="P1")
    weights = {"training": 0, "skp_step": 3, "skp_seat": seat}
    for rows, solver, r, placed in _both_orders_both_solvers(emp, pos, weights):
        stays = {e: "P1" for e in ("E1", "E2", "E3") if e != leaves}
        if leaves == "E3":  # E2 and E3 alike: the tie rule picks one of them
            moved = [e for e in ("E2", "E3") if placed[e] == "P2"]
            assert placed["E1"] == "P1" and len(moved) == 1, (rows, solver)
            continue
        assert placed == {**stays, leaves: "P2"}, (rows, solver)
        mv = classified_moves(r).set_index("employee_id")
        assert mv.loc["E1", "skp_check"] == "skp_priority"


def test_the_summary_counts_new_hires_rated_below_baik_in_priority_posts():
    """Review 39: the objective's skp_step charged a new hire rated Kurang placed in a
    priority post, but the summary counted moves only. E3, a new hire rated Kurang, the
    one person open to P2 (priority 3), is placed there: the summary counts them."""
    from placement.report import decision
    from placement.report.summary import facts

    emp, pos = _priority_seat(["Baik", "Baik"], short=1)
    hire = emp.iloc[[0]].assign(id="E3", current_position="", performance="Kurang")
    emp = pd.concat([emp, hire], ignore_index=True)
    sc = placement.Scenario.from_frames(
        emp,
        pos,
        objective={"weights": {"training": 0, "skp_step": 3}},
        operations=[{"forbid": {"employee": e, "positions": ["P2"]}} for e in ("E1", "E2")],
    )
    r = placement.solve(sc)
    placed = dict(zip(r.placements["employee_id"], r.placements["position"], strict=True))
    assert placed["E3"] == "P2"
    assert facts(r)["skp_priority_hires"] == 1
    assert r.kpis["step_ups_below_baik"] == 1  # the comparison's count, hires included
    assert "placed in a post of priority above 1: 1." in decision.summary_html(r, "en")


def test_skp_seat_charges_only_as_many_of_the_weakest_as_a_post_has_too_many():
    """Review 48: P0417 had 6 holders who meet its rules for 5 seats; both rated below
    Baik were charged and both left, where one had to. Here P1 has 2 seats and three
    holders: E1 Sangat Kurang, E2 Butuh Perbaikan, E3 Baik; P2 beside it, 2 empty
    seats. Only E1, the weakest of the one too many, is charged (12 a step, against 10
    for the move): E1 leaves, E2 and E3 keep P1. Both exact solvers, both row orders."""
    emp, pos = _priority_seat(["Sangat Kurang", "Butuh Perbaikan", "Baik"], short=[], fit_in="P1")
    pos = pos.assign(headcount=["2", "2"], priority=["1", "1"])
    weights = {"training": 0, "skp_seat": 12, "continuity": 10}
    for rows, solver, r, placed in _both_orders_both_solvers(emp, pos, weights):
        assert placed == {"E1": "P2", "E2": "P1", "E3": "P1"}, (rows, solver)
        ctx = r.compiled.context
        charged = dict(zip(ctx.emp_ids, over_filled_holders(ctx).tolist(), strict=True))
        assert charged == {"E1": True, "E2": False, "E3": False}, (rows, solver)


def _tied_weak_holders():
    """P1, 2 seats, held by E1, E2, E3 (rated Kurang; golongan III/a, III/b, III/c)
    and E4 (Baik), alike in all else; P2 beside it, 3 empty seats, as good a fit."""
    emp, pos = _priority_seat(["Kurang", "Kurang", "Kurang", "Baik"], short=[], fit_in="P1")
    emp = emp.assign(rank=["III/a", "III/b", "III/c", "III/a"])
    pos = pos.assign(headcount=["2", "3"], priority=["1", "1"], **{"comp:Integritas": ["", ""]})
    return emp, pos


def test_skp_seat_charges_as_many_of_holders_rated_alike_as_a_post_has_too_many():
    """Review 80 H1: P0553 had 25 holders who may keep its 22 seats, five rated Kurang;
    all five were charged (all of a rating tied at the last place picked), all five
    left where three had to, and the seats they left went to people from outside. Of
    holders rated alike, the least merited (golongan, then service and age, as the
    rule for ties reads them) are picked, as many as the post has too many: here E1
    and E2 (III/a, III/b) are charged and leave, E3 (III/c) keeps P1 with E4. Both
    exact solvers, both row orders."""
    emp, pos = _tied_weak_holders()
    weights = {"training": 0, "skp_seat": 12, "continuity": 10}
    for rows in ([0, 1, 2, 3], [3, 2, 1, 0]):
        sc = placement.Scenario.from_frames(
            emp.iloc[rows].reset_index(drop=True), pos, objective={"weights": weights}
        )
        for solver in ("flow", "cp-sat"):
            r = placement.solve(sc, solver=solver)
            placed = dict(zip(r.placements["employee_id"], r.placements["position"], strict=True))
            assert placed == {"E1": "P2", "E2": "P2", "E3": "P1", "E4": "P1"}, (rows, solver)
            ctx = r.compiled.context
            charged = dict(zip(ctx.emp_ids, over_filled_holders(ctx).tolist(), strict=True))
            assert charged == {"E1": True, "E2": True, "E3": False, "E4": False}, rows


def test_skp_seat_charges_one_rated_below_baik_who_takes_a_seat_of_an_over_filled_post():
    """Review 80 H1: two holders rated Kurang of two over-filled posts swapped them,
    each shedding the charge on staying for 4 points to the plan. One rated below Baik
    who takes a seat of an over-filled post from outside pays what keeping its weakest
    charged holder costs (Kurang: 2 steps), or their own rating's steps where more:
    per edge, a new hire rated Kurang 2, one rated Sangat Kurang 3; one not rated or
    rated Baik nothing (review 82: charged to all, a seat the holders freed beyond the
    post's excess stayed empty in quota's P0442); their edges elsewhere 0; the
    holders' own edges as before."""
    from placement.domain.performance import skp_seat

    emp, pos = _tied_weak_holders()
    hires = emp.iloc[[3, 3, 3, 3]].assign(
        id=["H1", "H2", "H3", "H4"],
        current_position="",
        performance=["", "Sangat Kurang", "Kurang", "Baik"],
    )
    emp = pd.concat([emp, hires], ignore_index=True)
    r = placement.solve(placement.Scenario.from_frames(emp, pos))
    ctx = r.compiled.context
    value = skp_seat(ctx)
    got = {
        (ctx.emp_ids[i], ctx.pos_ids[q]): v
        for i, q, v in zip(
            ctx.edge_emp.tolist(), ctx.edge_pos.tolist(), value.tolist(), strict=True
        )
    }
    assert got[("H2", "P1")] == 3 and got[("H3", "P1")] == 2
    assert got[("H1", "P1")] == got[("H4", "P1")] == 0
    assert got[("E1", "P1")] == got[("E2", "P1")] == 2  # the two picked, staying
    assert got[("E3", "P1")] == got[("E4", "P1")] == 0
    assert all(v == 0 for (e, q), v in got.items() if q == "P2")


def test_no_one_rated_below_baik_takes_a_seat_of_a_bundled_over_filled_post_from_outside():
    """Review 80 H1 in `quota`: of P0553 (25 holders who may keep its 22 seats) five
    rated Kurang left where three had to, and Deyadi Radra Rosid (Kurang) and two new
    hires took seats of it. Now nobody rated below Baik enters a post over-filled on
    its holders, no such post keeps a seat empty (review 82: P0442 had, with every
    entrant charged), and P0553 loses two (a retirement meets a third seat of its cut)."""
    from placement.domain.performance import _over_filled
    from placement.model.levels import skp_order

    r = placement.solve(TEBO / "quota.yaml")
    ctx = r.compiled.context
    over = _over_filled(ctx)[1]
    a = np.asarray(r.assignment)
    cur = ctx.emp("current_pos")
    weak = skp_order(ctx.emp("perf_level")) < PERFORMANCE.index("Baik")
    into = (a >= 0) & (a != cur) & over[np.maximum(a, 0)]
    assert over.sum() > 10 and not (into & weak).any()
    hc = ctx.pos("headcount").astype(np.int64)
    fill = np.bincount(a[a >= 0], minlength=len(hc))
    assert not (over & (fill < hc)).any()
    p0553 = list(ctx.pos_ids).index("P0553")
    # 2 since a retiring holder kept over its cut formasi meets one seat of the cut
    # (retirement_meets_cut; 3 before)
    assert ((cur == p0553) & (a != p0553)).sum() == 2


def test_selection_seats_a_displaced_official_across_only_in_a_seat_no_one_holds():
    """E1's Kasi post P1 closes. P2 is held by E2; P3 is empty, and its standard (4)
    fits E2 better than E1. Without ``selection`` the optimum seats E1 in P2 and moves
    E2 across into P3; with it E1 takes P3 and E2 keeps P2 (review 54: displaced
    Kasubbag took other offices' held posts, a chain of seven structural moves).
    Explain says why E1 may not take P2, and why E3, sitting in P4, may not be
    rotated into P3."""
    from tests.model.test_reasons import org

    kasi = {"kind": "JA", "level": "Pengawas", "grade": "9"}
    e, p, u = org(
        [
            ("E1", "S1", "P1", "3", {}),
            ("E2", "S1", "P2", "4", {}),
            ("E3", "S1", "P4", "2", {}),
        ],
        [
            ("P1", "U1", "0", "3", kasi),
            ("P2", "U1", "1", "3", kasi),
            ("P3", "U1", "1", "4", kasi),
            ("P4", "U1", "1", "4", kasi),
        ],
    )
    sc = placement.Scenario.from_frames(e, p, u).with_settings(eligibility={"career": "off"})

    def placed(r):
        return r.placements.set_index("employee_id")["position"].to_dict()

    assert placed(placement.solve(sc)) == {"E1": "P2", "E2": "P3", "E3": "P4"}
    r = placement.solve(sc.with_settings(eligibility={"structural_appointments": "selection"}))
    assert placed(r) == {"E1": "P3", "E2": "P2", "E3": "P4"}
    assert len(r.moves) == 1
    assert "every seat of this Administrator or Pengawas post is held" in str(
        explain(r, "E1", "P2")
    )
    assert "a rotation the Tim Penilai Kinerja considers" in str(explain(r, "E3", "P3"))
