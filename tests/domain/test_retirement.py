"""The scenario's reference date (issue 10, item 7): ages and retirement are measured at
it, the result records it, and people past retirement age on it are never placed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import placement
from placement.domain import retirement, table
from placement.domain.retirement import PAST_RETIREMENT
from placement.report.decision import summary_html
from placement.report.summary import facts
from tests.conftest import small_frames

ROOT = Path(__file__).resolve().parents[2]

# Retirement dates of the worked example (_retirement_frames below): E1 2026-03-01,
# E6 2026-07-01, E3 2028-01-01, E5 2028-06-01, E4 2033-07-01, E2 2048-02-01.


# -- retirement ------------------------------------------------------------------------


def _retirement_frames():
    e, p, u = small_frames()
    # E1 (P2, JF Ahli Pertama): born 1968-02-28 → 58 on 2026-02-28 → pension 2026-03-01
    # E2 (P1, JF Ahli Pertama): born 1990-01-01 → 2048-02-01
    # E3 (P3, JA Pelaksana): born 1969-12-31 → 58 on 2027-12-31 → 2028-01-01
    # E4 (new hire): born 1975-06-15 → default 58 → 2033-07-01
    # E5 (P4, JF Terampil): born 1970-05-20 → 58 → 2028-06-01
    # E6 (P5, JPT Pratama): born 1966-06-10 → 60 on 2026-06-10 → 2026-07-01
    e["birth_date"] = [
        "1968-02-28",
        "1990-01-01",
        "1969-12-31",
        "1975-06-15",
        "1970-05-20",
        "1966-06-10",
    ]
    return e, p, u


#: the date the worked examples below are computed at
REF = "2026-01-01"


def test_retirement_dates_worked_example():
    e, p, u = _retirement_frames()
    org = placement.Organization.from_frames(e, p, u)
    rd = retirement.retirement_dates(org)
    assert rd["retirement_age"].tolist() == [58, 58, 58, 58, 58, 60]
    assert rd["retirement_date"].dt.strftime("%Y-%m-%d").tolist() == [
        "2026-03-01",
        "2048-02-01",
        "2028-01-01",
        "2033-07-01",
        "2028-06-01",
        "2026-07-01",
    ]
    p2 = p.copy()
    p2.loc[p2["id"] == "P2", "level"] = "Ahli Utama"  # 65 for JF Ahli Utama
    org2 = placement.Organization.from_frames(e, p2, u)
    assert retirement.retirement_ages(org2)[0] == 65
    # birth date from the NIP when the column is blank
    e3 = e.copy()
    e3.loc[0, ["id", "birth_date"]] = ["196802281992091809", ""]
    org3 = placement.Organization.from_frames(e3, p, u)
    assert retirement.retirement_dates(org3)["birth_date_source"][0] == "nip"
    assert retirement.retirement_dates(org3)["retirement_date"][0] == pd.Timestamp("2026-03-01")


def test_teachers_retire_at_60_at_every_level_and_a_family_key_wins_over_the_level():
    """A post of the Guru families (by ``jf`` or by title) retires its holder at 60,
    Ahli Pertama too (58 for other JF posts at that level); a longer family name wins
    over a shorter one, a family over the level; the operation accepts such keys."""
    e, p, u = _retirement_frames()
    p = p.copy()
    p.loc[p["id"] == "P2", "title"] = "Guru Kelas Ahli Pertama"  # E1's post
    p.loc[p["id"] == "P1", ["title", "jf"]] = ["Pengajar SD Ahli Pertama", "Guru Agama"]
    org = placement.Organization.from_frames(e, p, u)
    assert retirement.retirement_ages(org).tolist() == [60, 60, 58, 58, 58, 60]
    # E1, born 1968-02-28: 60 on 2028-02-28, so placeable on 2026-12-01
    assert retirement.retirement_dates(org)["retirement_date"][0] == pd.Timestamp("2028-03-01")
    ages = {"JF:Guru Kelas": 62, "JF:Ahli Pertama": 59}
    assert retirement.retirement_ages(org, ages).tolist() == [62, 60, 58, 58, 58, 60]
    sc = placement.Scenario.from_frames(
        e, p, u, operations=[{"retirements": {"ages": {"JF:Guru": 61}}}]
    )
    assert retirement.retirement_ages(sc.plan().org, {"JF:Guru": 61})[0] == 61
    # a key naming no level and no family (a typo) would match nothing: an error that
    # names it and the key meant; a known level no post has is fine
    for key, meant in (
        ("JF:Gru", "JF:Guru Kelas"),
        ("JPT:Pratma", "JPT:Pratama"),
        ("JA:Ahli Madya", "valid keys: JA:Administrator, JA:Pengawas"),  # a JF level
        ("JF:", "names no level"),  # no level at all
    ):
        typo = placement.Scenario.from_frames(
            e, p, u, operations=[{"retirements": {"ages": {key: 61}}}]
        )
        said = meant if " " in meant else f"did you mean '{meant}'"
        with pytest.raises(placement.ScenarioError, match=f"'{key}'.*{said}"):
            typo.plan()
    fine = {"JF:Ahli Utama": 66, "JA:Administrator": 59, "JF:Guru Agama": 61}
    sc = placement.Scenario.from_frames(e, p, u, operations=[{"retirements": {"ages": fine}}])
    assert sc.plan().org is not None
    # spacing does not matter: the key is read in its canonical form
    assert retirement.retirement_ages(org, {"jf : Guru  Kelas ": 63}).tolist()[0] == 63
    # a family that a later operation creates is checked on the final organisation
    later = placement.Scenario.from_frames(
        e,
        p,
        u,
        operations=[
            {"retirements": {"ages": {"JF:Pengadministrasi": 59}}},
            {
                "convert_positions": {
                    "select": {"positions": ["P3"]},
                    "mapping": {"Pelaksana": "Terampil"},
                }
            },
        ],
    )
    assert later.plan().org.positions.set_index("id").loc["P3", "kind"] == "JF"
    r = placement.solve(placement.Scenario.from_frames(e, p, u, reference_date="2026-12-01"))
    assert "E1" not in set(r.unplaced.loc[r.unplaced["reason_code"] == "excluded", "employee_id"])


def test_retirements_exclude_and_vacate():
    e, p, u = _retirement_frames()
    # horizon 2 years from 2026-01-01 (→ 2028-01-01): E1 (2026-03), E6 (2026-07), E3 (2028-01)
    sc = placement.Scenario.from_frames(
        e,
        p,
        u,
        reference_date=REF,
        operations=[{"retirements": {"horizon_years": 2, "mode": "exclude"}}],
    )
    r = placement.solve(sc)
    assert set(r.placements["employee_id"]) == {"E2", "E4", "E5"}
    t = table(r, "retirements")
    assert t["employee_id"].tolist() == ["E1", "E6", "E3"]
    assert t["action"].unique().tolist() == ["excluded"]
    assert (r.kpis["retiring_within_horizon"], r.kpis["retirees_excluded"]) == (3, 3)
    vac = placement.Scenario.from_frames(
        e,
        p,
        u,
        reference_date=REF,
        operations=[{"retirements": {"horizon_years": 2, "mode": "vacate"}}],
    )
    rv = placement.solve(vac)
    tv = table(rv, "retirements").set_index("employee_id")
    assert (tv["action"] == "stays until retirement").all()
    assert tv.loc["E6", "vacant_from"] == "2026-07-01" and tv.loc["E6", "position"] == "P5"
    pl = rv.placements.set_index("employee_id")
    assert pl.loc[["E1", "E3", "E6"], "status"].tolist() == ["stays"] * 3


def test_retirement_table_without_the_operation_and_no_move_rule():
    e, p, u = _retirement_frames()
    r = placement.solve(placement.Scenario.from_frames(e, p, u, reference_date=REF))
    # default: 5 years from 2026-01-01 → 2031-01-01: E1, E6, E3, E5
    assert table(r, "retirements")["employee_id"].tolist() == ["E1", "E6", "E3", "E5"]
    assert r.kpis["retiring_within_horizon"] == 4
    sc = placement.Scenario.from_frames(
        e, p, u, reference_date=REF, eligibility={"no_move_within_years_of_retirement": 1}
    )
    comp = sc.compile()
    # E1 (0.16 years left) and E6 (0.5) may only keep their posts
    emp_of = comp.context.emp_ids[np.repeat(np.arange(6), np.diff(comp.problem.indptr))]
    pos_of = comp.context.pos_ids[comp.problem.edge_pos]
    assert sorted(pos_of[emp_of == "E1"]) == ["P2"] and sorted(pos_of[emp_of == "E6"]) == ["P5"]
    from placement.model.requirements import requirement_failures

    why = [str(m) for m in requirement_failures(comp, 0, 4)]  # E1 into P5
    assert (
        "retires in 0.2 year(s) (BUP); within 1 year(s) of retirement people keep their "
        "post (rule no_move_within_years_of_retirement)"
    ) in why
    assert not any("no_move_within" in str(m) for m in requirement_failures(comp, 1, 4))
    # no birth dates and no NIPs: no table, no KPI
    r0 = placement.solve(placement.Scenario.from_frames(*small_frames()))
    assert table(r0, "retirements") is None and "retiring_within_horizon" not in r0.kpis


def test_retirements_ages_validated():
    e, p, u = _retirement_frames()
    with pytest.raises(placement.ScenarioError, match="unknown key 'XX'"):
        placement.Scenario.from_frames(e, p, u, operations=[{"retirements": {"ages": {"XX": 58}}}])


# -- the reference date ------------------------------------------------------------------


def _scenario(**settings):
    return placement.Scenario.from_frames(*_retirement_frames(), **settings)


def test_reference_date_defaults_to_today_and_is_recorded():
    r = placement.solve(_scenario())
    assert r.kpis["reference_date"] == dt.date.today().isoformat()
    assert r.compiled.plan.reference_date == dt.date.today()


def test_explicit_reference_date_is_used_everywhere():
    r = placement.solve(_scenario(reference_date="2026-01-01"))
    assert r.kpis["reference_date"] == "2026-01-01"
    years = retirement.years_to_retirement(r.compiled.org, extras=r.compiled.plan.extras)
    # E1 retires 2026-03-01: two months after 2026-01-01, by the calendar (review 167
    # H1: 59 / 365.25 days read two years to BUP as 2.0014)
    assert years[0] == pytest.approx(2 / 12)
    t = table(r, "retirements").set_index("employee_id")
    assert t.loc["E1", "years_to_retirement"] == 0.17
    # a year later the same people are nearer retirement, E1 and E6 past it
    r2 = placement.solve(_scenario(reference_date="2027-01-01"))
    assert r2.kpis["reference_date"] == "2027-01-01"
    t2 = table(r2, "retirements").set_index("employee_id")
    assert t2.loc["E3", "years_to_retirement"] == pytest.approx(1.0, abs=0.01)


@pytest.mark.parametrize(
    ("day", "ref", "years"),
    [
        ("2028-12-01", "2026-12-01", 2.0),  # not 731 / 365.25
        ("2029-11-01", "2026-12-01", 2 + 11 / 12),
        ("2027-01-01", "2026-12-01", 1 / 12),
        ("2026-05-01", "2026-12-01", -7 / 12),  # past BUP
        ("2027-03-01", "2026-12-15", 3 / 12 - 14 / 365.25),  # a reference date mid-month
    ],
)
def test_years_to_a_bup_are_counted_by_the_calendar(day, ref, years):
    """Review 167 H1: two years to BUP read as 2.0014 (731 days / 365.25), so the
    ``late_move`` term weighed one move 4.993 against another's 5.0 and a move worth
    0.01 to the plan went ahead of the tie order. Whole months count as twelfths."""
    from placement.model.dates import calendar_years

    got = calendar_years(pd.Series([pd.Timestamp(day)]), pd.Timestamp(ref))
    assert got[0] == pytest.approx(years, abs=1e-12)


def test_people_past_retirement_age_are_excluded_with_a_warning():
    # 2026-08-01: E1 (retired 2026-03-01) and E6 (2026-07-01) are past BUP
    sc = _scenario(
        reference_date="2026-08-01", operations=[{"pin": {"employee": "E1", "position": "P2"}}]
    )
    r = placement.solve(sc)
    pl = r.placements.set_index("employee_id")
    assert (pl.loc[["E1", "E6"], "status"] == "unplaced").all()
    assert (pl.loc[["E1", "E6"], "exclusion"] == PAST_RETIREMENT).all()
    assert (pl.drop(["E1", "E6"])["exclusion"] == "").all()
    up = r.unplaced.set_index("employee_id")
    assert (up.loc[["E1", "E6"], "reason"] == f"not placeable: {PAST_RETIREMENT}").all()
    assert (up.loc[["E1", "E6"], "reason_code"] == "excluded").all()
    warn = [w for w in r.warnings if "past retirement age" in w]
    assert len(warn) == 1 and "2 employees" in warn[0]
    assert "placed: Ayu Lestari (E1), Fajar Nugroho (E6) (set" in warn[0]
    assert "2026-08-01" in warn[0]
    assert r.kpis["excluded_past_retirement"] == 2
    # the pin of a retired person is dropped; their seats count as vacant, they are
    # not moves and not "displaced"
    assert r.problem.pinned[0] == -1
    # and the log says so after the operation that pinned them (review 122 L1: "kept
    # 26 incumbents" counted one past BUP)
    log = [str(x) for x in r.compiled.plan.log]
    assert log[-1] == (
        "of them, 1 kept in or pinned to a post by the operations above, which they "
        "therefore do not take: Ayu Lestari (E1)"
    )
    both = [{"pin": {"employee": e, "position": q}} for e, q in (("E1", "P2"), ("E6", "P5"))]
    log = placement.solve(_scenario(reference_date="2026-08-01", operations=both)).compiled.plan.log
    assert str(log[-1]) == (
        "all of them kept in or pinned to a post by the operations above, which they "
        "therefore do not take"
    )
    assert {"P2", "P5"} <= set(r.vacancies["position"])
    assert not {"E1", "E6"} & set(r.moves["employee_id"])
    assert r.kpis["displaced"] == 0
    t = table(r, "retirements").set_index("employee_id")
    assert (t.loc[["E1", "E6"], "action"] == PAST_RETIREMENT).all()
    # the day before E1's retirement, nobody is excluded
    r0 = placement.solve(_scenario(reference_date="2026-02-28"))
    assert "exclusion" not in r0.placements or (r0.placements["exclusion"] == "").all()
    assert r0.kpis.get("excluded_past_retirement", 0) == 0
    assert not [w for w in r0.warnings if "past retirement age" in w]
    # without a name, the NIP alone
    e, p, u = _retirement_frames()
    e.loc[0, "name"] = ""
    sc = placement.Scenario.from_frames(e, p, u, reference_date="2026-08-01")
    warn = [w for w in placement.solve(sc).warnings if "past retirement age" in w]
    assert "placed: E1, Fajar Nugroho (E6) (set" in warn[0]


def test_vacate_never_keeps_someone_already_retired():
    sc = _scenario(
        reference_date="2026-08-01",
        operations=[{"retirements": {"horizon_years": 2, "mode": "vacate"}}],
    )
    r = placement.solve(sc)
    t = table(r, "retirements").set_index("employee_id")
    assert t.loc["E1", "action"] == PAST_RETIREMENT and t.loc["E6", "action"] == PAST_RETIREMENT
    assert t.loc["E3", "action"] == "stays until retirement"
    pl = r.placements.set_index("employee_id")
    assert (pl.loc[["E1", "E6"], "status"] == "unplaced").all()
    assert pl.loc["E3", "status"] == "stays"


def test_retirements_operation_date_becomes_the_scenarios():
    sc = _scenario(
        reference_date="2030-01-01",
        operations=[
            {"retirements": {"horizon_years": 2, "mode": "report", "reference_date": "2026-01-01"}}
        ],
    )
    r = placement.solve(sc)
    assert r.kpis["reference_date"] == "2026-01-01"
    assert r.kpis.get("excluded_past_retirement", 0) == 0
    # without a date of its own, the operation uses the scenario's
    sc2 = _scenario(
        reference_date="2026-08-01",
        operations=[{"retirements": {"horizon_years": 2, "mode": "exclude"}}],
    )
    r2 = placement.solve(sc2)
    # → 2028-08-01: E1, E6 (already retired), E3 (2028-01), E5 (2028-06)
    assert set(table(r2, "retirements")["employee_id"]) == {"E1", "E6", "E3", "E5"}
    assert set(r2.placements["employee_id"]) == {"E2", "E4"}


def test_reference_date_in_a_scenario_file(tmp_path):
    (tmp_path / "s.yaml").write_text(
        "extends: " + str(_bundled_base()) + "\nreference_date: 2026-12-01\n"
    )
    assert placement.load_scenario(tmp_path / "s.yaml").config.reference_date == dt.date(
        2026, 12, 1
    )
    (tmp_path / "bad.yaml").write_text("reference_date: 1 Desember\n")
    with pytest.raises(placement.PlacementError, match="reference_date"):
        placement.load_scenario(tmp_path / "bad.yaml")
    (tmp_path / "bad2.yaml").write_text("reference_date: 2026-13-01\n")
    with pytest.raises(placement.PlacementError, match="bad2.yaml.*month must be in 1..12"):
        placement.load_scenario(tmp_path / "bad2.yaml")


def _bundled_base():

    return Path(__file__).resolve().parents[2] / "scenarios/tebo/common/base.yaml"


def test_bundled_example_is_pinned_to_a_date():
    sc = placement.load_scenario(_bundled_base().parent.parent / "baseline.yaml")
    assert sc.config.reference_date == dt.date(2026, 12, 1)
    org = sc.plan().org
    # measured at that date, whatever the day: 53 people have passed BUP by then (teachers
    # retire at 60)
    assert int(org.excluded.sum()) == 53
    rd = retirement.retirement_dates(org)["retirement_date"].to_numpy()
    assert (rd[org.excluded] <= np.datetime64("2026-12-01")).all()


def test_a_post_converted_after_its_holder_retired_keeps_them_retired():
    """E3 holds P3 (JA Pelaksana, BUP 58): retired on 2028-01-01. A penyetaraan that
    turns P3 into a JF Ahli Madya post (BUP 60) on 2028-06-01 does not bring E3 back:
    excluded, and the retirements table shows the post retired from. On 2027-06-01,
    before that date, the converted post's BUP is E3's: 60, 2030-01-01."""
    e, p, u = _retirement_frames()
    convert = {
        "convert_positions": {
            "select": {"kinds": ["JA"], "levels": ["Pelaksana"]},
            "mapping": {"Pelaksana": "Ahli Madya"},
        }
    }
    after = placement.solve(
        placement.Scenario.from_frames(e, p, u, reference_date="2028-06-01", operations=[convert])
    )
    assert after.compiled.org.positions.set_index("id").loc["P3", "kind"] == "JF"
    gone = after.unplaced.set_index("employee_id")
    assert gone.loc["E3", "reason"] == f"not placeable: {PAST_RETIREMENT}"
    row = table(after, "retirements").set_index("employee_id").loc["E3"]
    assert (row["kind"], row["position_level"], row["retirement_age"]) == ("JA", "Pelaksana", 58)
    assert (row["retirement_date"], row["action"]) == ("2028-01-01", PAST_RETIREMENT)
    before = placement.solve(
        placement.Scenario.from_frames(e, p, u, reference_date="2027-06-01", operations=[convert])
    )
    assert "E3" not in set(before.unplaced["employee_id"])
    row = table(before, "retirements").set_index("employee_id").loc["E3"]
    assert (row["kind"], row["position_level"], row["retirement_age"]) == ("JF", "Ahli Madya", 60)
    assert row["retirement_date"] == "2030-01-01"


def test_the_table_takes_the_bup_of_the_post_the_placement_gives():
    """A move to a post with another BUP moves the retirement date with it: E3, JA
    Pelaksana (58, 2028-01-01), placed in a JF Ahli Madya post retires at 60."""
    e, p, u = _retirement_frames()
    extra = dict(title="Analis Kebijakan Ahli Madya", kind="JF", level="Ahli Madya", unit="U1")
    p = pd.concat([p, pd.DataFrame([dict(id="P6", headcount=1, **extra)])], ignore_index=True)
    relaxed = {"hard": [], "career": "off", "max_grade_rise": None}
    pin = [{"pin": {"employee": "E3", "position": "P6"}}]
    before = table(placement.solve(_scenario_of(e, p, u, relaxed)), "retirements")
    row = before.set_index("employee_id").loc["E3"]
    assert (row["retirement_age"], row["retirement_date"], row["position"]) == (
        58,
        "2028-01-01",
        "P3",
    )
    for ops in (pin, [*pin, {"retirements": {"horizon_years": 5, "mode": "report"}}]):
        r = placement.solve(_scenario_of(e, p, u, relaxed, ops))
        t = table(r, "retirements").set_index("employee_id")
        row = t.loc["E3"]
        assert (row["kind"], row["position_level"], row["retirement_age"]) == (
            "JF",
            "Ahli Madya",
            60,
        )
        assert (row["retirement_date"], row["position"], row["current_position"]) == (
            "2030-01-01",
            "P6",
            "P3",
        )
        assert r.kpis["retiring_within_horizon"] == len(t) == 4
        # the moves list shows the pension moving with the post, and the summary counts it
        mv = r.moves.set_index("employee_id")
        assert (mv.loc["E3", "retirement_before"], mv.loc["E3", "retirement_after"]) == (
            "2028-01-01",
            "2030-01-01",
        )
        same = mv["retirement_after"] == mv["retirement_before"]
        assert same.drop("E3").all() and not same["E3"]
        # and the reason tells it (review 37: only the columns did)
        assert str(mv.loc["E3", "reason"]).endswith(
            "; the retirement date (BUP) moves with the post, later: 2028-01-01 → "
            "2030-01-01; tell them before the SK"
        )
        assert "(BUP) moves with the post" not in " ".join(map(str, mv["reason"].drop("E3")))
        # the placements give everyone's date in the post they are placed in (review
        # 37: the column was the roster's, blank for all)
        pl = r.placements.set_index("employee_id")["retirement_date"]
        assert pl["E3"] == "2030-01-01" and (pl != "").all()
        placed_movers = mv.index[mv["to_position"].fillna("") != ""]
        assert (pl[placed_movers] == mv.loc[placed_movers, "retirement_after"]).all()
        f = facts(r)
        assert (f["bup_later"], f["bup_earlier"]) == (1, 0)
        assert "retirement date (BUP) of 1 people to later" in summary_html(r, "en")
    # with a horizon that the new date passes, the row goes
    short = [*pin, {"retirements": {"horizon_years": 3, "mode": "report"}}]
    t = table(placement.solve(_scenario_of(e, p, u, relaxed, short)), "retirements")
    assert "E3" not in set(t["employee_id"])


def _scenario_of(e, p, u, eligibility, operations=()):
    return placement.Scenario.from_frames(
        e, p, u, reference_date=REF, eligibility=eligibility, operations=list(operations)
    )


def test_the_table_is_of_the_organisation_after_every_operation_whoever_moves():
    """A post converted by an operation after ``retirements`` counts as converted in
    the table, whether or not anyone else moves (review: E3's row changed with a pin
    on E2)."""
    e, p, u = _retirement_frames()
    e = e[e["id"] != "E4"].reset_index(drop=True)
    extra = dict(title="Analis Kebijakan Ahli Madya", kind="JF", level="Ahli Madya", unit="U1")
    p = pd.concat([p, pd.DataFrame([dict(id="P6", headcount=1, **extra)])], ignore_index=True)
    convert = {
        "convert_positions": {
            "select": {"kinds": ["JA"], "levels": ["Pelaksana"]},
            "mapping": {"Pelaksana": "Ahli Madya"},
        }
    }
    report = {"retirements": {"horizon_years": 5, "mode": "report"}}
    relaxed = {"hard": [], "career": "off", "max_grade_rise": None}
    rows = []
    for pins in ([], [{"pin": {"employee": "E2", "position": "P6"}}]):
        r = placement.solve(_scenario_of(e, p, u, relaxed, [report, convert, *pins]))
        row = table(r, "retirements").set_index("employee_id").loc["E3"]
        rows.append((row["kind"], row["retirement_age"], row["retirement_date"]))
    assert rows[0] == rows[1] == ("JF", 60, "2030-01-01")  # P3 is a JF Ahli Madya post now


def test_no_near_retirement_reason_for_someone_past_bup():
    e, p, u = _retirement_frames()
    sc = placement.Scenario.from_frames(
        e, p, u, reference_date="2026-08-01", eligibility={"no_move_within_years_of_retirement": 1}
    )
    from placement.model.requirements import requirement_failures

    comp = sc.compile()
    assert not any("retires in" in str(m) for m in requirement_failures(comp, 0, 4))  # E1


def test_the_pension_before_a_move_is_that_of_the_post_as_read():
    """An Administrator (BUP 58) whose post penyetaraan turns into JF Ahli Madya (60)
    and who moves to another Administrator post keeps 2028-06-01 on both sides: the
    move shifts nothing, and the summary counts no shift."""
    p = pd.DataFrame(
        [
            ("P1", "Kepala Bagian Keuangan", "JA", "Administrator", "11"),
            ("P2", "Kepala Bagian Umum", "JA", "Administrator", "11"),
        ],
        columns=["id", "title", "kind", "level", "grade"],
    ).assign(unit="U1", headcount="1")
    e = pd.DataFrame(
        {
            "id": ["A", "B"],
            "rank": "IV/a",
            "education": "S1",
            "field": "Umum",
            "current_unit": "U1",
            "current_position": ["P1", ""],
            "birth_date": ["1970-05-10", "1980-01-01"],
        }
    )
    u = pd.DataFrame({"id": ["U1"], "name": ["Dinas"]})
    ops = [
        {
            "convert_positions": {
                "select": {"positions": ["P1"]},
                "mapping": {"Administrator": "Ahli Madya"},
            }
        },
        {"pin": {"employee": "A", "position": "P2"}},
    ]
    loose = {"hard": [], "career": "off", "max_grade_rise": None, "max_grade_drop": None}
    sc = placement.Scenario.from_frames(e, p, u, operations=ops).with_settings(
        eligibility=loose, reference_date="2026-01-01"
    )
    r = placement.solve(sc)
    row = r.moves.set_index("employee_id").loc["A"]
    assert (row["retirement_before"], row["retirement_after"]) == ("2028-06-01", "2028-06-01")
    assert (facts(r)["bup_later"], facts(r)["bup_earlier"]) == (0, 0)


@pytest.mark.parametrize("born", ["1968-03-10", "1968-11-30", "1969-01-15"])
def test_no_one_takes_a_post_whose_bup_they_have_reached(born):
    """Review 90 M2: S, Analis Kebijakan Ahli Madya (BUP 60), whose post closes, was
    placed in a JA post (BUP 58) he had passed, and the SK list told him his BUP moved
    to a day before the reference date. The BUP falls on the first day of the month
    after the birthday at the age: one born in March or November 1968 has reached 58
    by 2026-12-01 and takes no such post, and is told why; one born in January 1969
    has not, and takes it."""
    from tests.model.test_reasons import org

    e, p, u = org(
        [("S", "S1", "P1", "3", {"birth_date": born})],
        [
            ("P1", "U1", "1", "3", {"kind": "JF", "title": "Analis Kebijakan Ahli Madya",
                                    "level": "Ahli Madya", "grade": "11"}),
            ("P2", "U1", "1", "3", {"kind": "JA", "title": "Analis Data", "grade": "11"}),
        ],
    )  # fmt: skip
    ops = [{"close_positions": {"select": {"positions": ["P1"]}}}]
    sc = placement.Scenario.from_frames(e, p, u, operations=ops, reference_date="2026-12-01")
    r = placement.solve(sc)
    # the BUP in P2, re-read: the first of the month after the 58th birthday
    b = pd.Timestamp(born)
    bup = (pd.Timestamp(year=b.year + 58, month=b.month, day=1) + pd.DateOffset(months=1)).date()
    reached = bup <= dt.date(2026, 12, 1)
    assert reached == (born != "1969-01-15")
    placed = r.placements.set_index("employee_id").loc["S", "position"]
    assert placed == ("" if reached else "P2")
    if reached:
        why = str(r.unplaced.set_index("employee_id").loc["S", "reason"])
        assert "they have reached the post's retirement age, 58, by the reference date" in why
    else:
        assert r.moves.set_index("employee_id").loc["S", "retirement_after"] == bup.isoformat()


def test_a_move_whose_seat_waits_past_the_horizon_is_on_the_decisions_list(tmp_path):
    """Review 91 M1: Fahar Rojawan's move into P0268, whose seat was sure to be free
    only in 2037, was listed apart from the SK list, yet he, staying in P0229 over its
    formasi until then, was on no list (since review 106 he keeps his post). The
    decisions list names every official moving into a post whose every such SK waits,
    the first exit past the horizon; re-read from the placements and the vacancies
    (the stayers' BUPs in turn), and the SK list lists them apart: `quota` planned over
    2.5 years, Henlia Jayani into P0089 (a seat sure to be free on 2029-09-01)."""
    from placement.report.proposal import proposal_table
    from tests.model.test_reasons import quota_on_a_short_horizon

    r = placement.solve(quota_on_a_short_horizon(tmp_path))
    pl = r.placements.astype({"position": str, "current_position": str})
    pl["current_position"] = pl["current_position"].replace("nan", "")
    vac = r.vacancies.set_index("position")
    held = (vac["supernumerary"] + vac["kept_pending"]).astype(int)
    end = "2029-06-01"
    want = set()
    for q, n in held[held > 0].items():
        came = pl[(pl["position"] == q) & (pl["current_position"] != q)]
        came = came[came["current_position"] != ""]
        if not 1 <= len(came) <= n:
            continue
        stay = pl[(pl["position"] == q) & (pl["current_position"] == q)]
        dates = sorted(d for d in stay["retirement_date"].astype(str) if d)
        first = dates[n - len(came)]  # the exit that gives the first of them a seat
        if first > end:
            want |= set(came["employee_id"])
    dec = r.decisions
    listed = dec[dec["decision"] == "move_past_horizon"]
    assert set(listed["employee_id"]) == want == {"197509152005102481"}  # Henlia Jayani
    row = listed.iloc[0]
    assert row["current_position"] == "P0622"
    assert "the first sure to be free only on 2029-09-01, past the plan's horizon" in str(
        row["reason"]
    )
    t = proposal_table(r, "en")
    assert set(t.loc[t["waits"], "employee_id"]) == want
    assert r.kpis["decisions_listed"] == len(dec)


def test_a_move_within_three_years_of_the_pension_says_so():
    """Review 95 M1: Anana Purloyo, moved across OPDs 14 months before her BUP in
    `quota`, read only her rank among the holders of an over-filled post. Every move
    whose BUP in the new post comes within LATE_MOVE_YEARS of the reference date says
    the date and the years left; no other move does."""
    r = placement.solve(_bundled_base().parent.parent / "quota.yaml")
    mv = r.moves.set_index("employee_id")
    after = pd.to_datetime(mv["retirement_after"].replace("", None))
    years = (after - pd.Timestamp("2026-12-01")).dt.days / 365.25
    near = set(years.index[years < retirement.LATE_MOVE_YEARS])
    said = {e for e in mv.index if "(BUP), " in str(mv.at[e, "reason"])}
    said = {e for e in said if "after the reference date 2026-12-01" in str(mv.at[e, "reason"])}
    assert said == near and len(near) >= 2
    for e in near:
        date = mv.at[e, "retirement_after"]
        assert f"retires on {date} (BUP), {years[e]:.1f} year(s) after the" in str(
            mv.at[e, "reason"]
        )
    assert "retires on 2028-02-01 (BUP), 1.2 year(s)" in str(mv.at["197001101997022450", "reason"])


def test_the_decisions_list_gives_each_ones_schooling_birth_date_and_bup():
    """Review 150 L3: the PPK deciding on one kept over formasi till their BUP read
    neither the date nor their schooling on the row. Each row of `replace`'s list gives
    them, re-read from the roster and the positions file: the BUP the first of the month
    after the age the post they are placed in retires at (58; 60 of a JPT, a JF Ahli
    Madya and a teacher; 65 of an Ahli Utama)."""
    r = placement.solve(ROOT / "scenarios" / "tebo" / "replace.yaml")
    dec = r.decisions
    data = ROOT / "scenarios" / "tebo" / "data"
    emp = pd.read_csv(data / "employees.csv", dtype=str, keep_default_na=False).set_index("id")
    pos = pd.read_csv(data / "positions.csv", dtype=str, keep_default_na=False).set_index("id")
    placed = r.placements.set_index("employee_id")["position"]
    assert len(dec) > 50
    cols = list(dec.columns)
    assert cols[cols.index("performance") + 1 : cols.index("performance") + 5] == [
        "education",
        "field",
        "birth_date",
        "retirement_date",
    ]
    for row in dec.itertuples():
        e = emp.loc[row.employee_id]
        assert (row.education, row.field, row.birth_date) == (e.education, e.field, e.birth_date)
        post = pos.loc[placed[row.employee_id] or e.current_position]
        age = 58
        if post.kind == "JPT" or post.level == "Ahli Madya" or post.title.startswith("Guru"):
            age = 60
        if post.level == "Ahli Utama":
            age = 65
        born = dt.date.fromisoformat(e.birth_date)
        y, m = born.year + age + (born.month == 12), born.month % 12 + 1
        assert row.retirement_date == f"{y:04d}-{m:02d}-01", (row.employee_id, post.title)
