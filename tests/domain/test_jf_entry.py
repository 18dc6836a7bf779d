"""The age limit of a perpindahan into a JF (placement.domain.jf_entry, eligibility
``max_age_to_enter_jf``): the rule pair by pair against birth dates read by hand,
what a result and explain say, and how the option is read."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import placement
from placement.domain.jf_entry import entry_age_ok
from placement.domain.performance import jf_entries
from placement.errors import ScenarioError
from placement.explain import explain
from placement.model.config import JF_ENTRY_MAX_AGE, Eligibility
from tests.domain.test_performance import _promotion_frames
from tests.strategies import organisations

_settings = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
REFERENCE = dt.date(2026, 12, 1)
_LEVELS = [("JF", lv) for lv in JF_ENTRY_MAX_AGE] + [("JA", "Pelaksana"), ("JF", "")]


def _age(born: str) -> float:
    """Completed years on REFERENCE, by hand ("" unknown: NaN)."""
    if not born:
        return float("nan")
    b = dt.date.fromisoformat(born)
    return REFERENCE.year - b.year - ((REFERENCE.month, REFERENCE.day) < (b.month, b.day))


@_settings
@given(organisations(), st.data())
def test_the_rule_is_the_pair_by_pair_reading_of_ages_and_levels(frames, data):
    """Refused exactly: a serving employee entering a JF post by perpindahan
    (:func:`jf_entries`) whose completed years on the reference date exceed the limit
    of the post's level (53, Ahli Madya 55, Ahli Utama 60, or the mapping given);
    unknown birth dates, new hires, other levels and one's own family pass."""
    emp, pos, units = (f.copy() for f in frames)
    kinds = data.draw(st.lists(st.sampled_from(_LEVELS), min_size=len(pos), max_size=len(pos)))
    pos["kind"], pos["level"] = [k for k, _ in kinds], [lv for _, lv in kinds]
    born = st.sampled_from(
        ["", "1966-11-30", "1966-12-01", "1966-12-02", "1971-06-15", "1985-01-01"]
    )
    emp["birth_date"] = data.draw(st.lists(born, min_size=len(emp), max_size=len(emp)))
    limits = data.draw(st.sampled_from([True, {"ahli madya": 56, "Terampil": None}]))
    policy = Eligibility(max_age_to_enter_jf=limits)
    sc = placement.Scenario.from_frames(emp, pos, units, reference_date=REFERENCE.isoformat())
    ctx = sc.compile().context
    n, m = ctx.n_employees, ctx.n_positions
    e, p = (a.ravel().astype(np.int32) for a in np.meshgrid(np.arange(n), np.arange(m)))
    got = entry_age_ok(ctx, e, p, policy)
    entry = jf_entries(ctx, e, p)
    allowed = {k.lower(): v for k, v in (policy.max_age_to_enter_jf or {}).items()}
    for k, (i, q) in enumerate(zip(e.tolist(), p.tolist(), strict=True)):
        serving = emp["current_position"].iloc[i] != ""
        limit = allowed.get(kinds[q][1].lower(), float("inf"))
        old = _age(emp["birth_date"].iloc[i]) > limit  # NaN compares False
        assert got[k] == (not (serving and entry[k] and old)), (i, q, kinds[q])
    assert entry_age_ok(ctx, e, p, Eligibility()) is None  # off by default


def _entry_frames(born: str, level: str = "Ahli Muda"):
    """E2 (a JA post, P1) scores best in P9, a JF post of ``level`` at his own kelas:
    without the rule the plan moves him there; born on ``born``."""
    e, p, u = _promotion_frames("Baik")
    p.loc[p["id"] == "P9", ["kind", "level", "title", "grade"]] = ["JF", level, "Analis", "8"]
    p.loc[p["id"] == "P1", "kind"] = "JA"
    e["birth_date"] = "1980-01-01"
    e.loc[e["id"] == "E2", "birth_date"] = born
    return e, p, u


@pytest.mark.parametrize(
    ("born", "level", "enters"),
    [
        ("1972-12-01", "Ahli Muda", False),  # 54 on the reference date: past 53
        ("1972-12-02", "Ahli Muda", True),  # 53 until the next day: within it
        ("1972-12-01", "Ahli Madya", True),  # 54: Ahli Madya allows 55
        ("1970-06-01", "Ahli Madya", False),  # 56
        ("", "Ahli Muda", True),  # birth date unknown (and no NIP): not limited
    ],
)
def test_a_perpindahan_past_the_age_of_the_level_is_refused_with_the_reason(born, level, enters):
    e, p, u = _entry_frames(born, level)
    sc = placement.Scenario.from_frames(e, p, u, reference_date=REFERENCE.isoformat())
    sc = sc.with_settings(eligibility={"career": "off"})
    plain = placement.solve(sc).placements.set_index("employee_id")["position"]
    assert plain["E2"] == "P9"  # without the rule the plan moves him there
    ruled = placement.solve(sc.with_settings(eligibility={"max_age_to_enter_jf": True}))
    placed = ruled.placements.set_index("employee_id")["position"]
    assert (placed["E2"] == "P9") == enters
    why = explain(ruled, "E2", "P9")
    if enters:
        assert "max_age_to_enter_jf" not in str(why)
    else:
        limit = JF_ENTRY_MAX_AGE[level]
        age = _age(born)
        assert (
            f"entering a functional post from another post (perpindahan) at {level} is "
            f"open up to age {limit} (PermenPANRB 1/2023); they are {age} on 2026-12-01 "
            "(max_age_to_enter_jf)"
        ) in str(why)
        assert f"berusia paling tinggi {limit} tahun" in why.render("id")


def test_a_new_hire_and_ones_own_family_are_not_limited():
    """E4, a new hire aged 60, may still take P9 (a first appointment has rules of its
    own); E2 aged 60 in a JF post of the family keeps moving within it."""
    e, p, u = _entry_frames("1966-01-01")
    sc = placement.Scenario.from_frames(e, p, u, reference_date=REFERENCE.isoformat())
    ctx = sc.with_settings(eligibility={"career": "off"}).compile().context
    policy = Eligibility(max_age_to_enter_jf=True)
    e4, e2, p9 = 3, 1, 5
    e.loc[e["id"] == "E4", "birth_date"] = "1966-01-01"
    assert entry_age_ok(ctx, np.array([e2]), np.array([p9]), policy).tolist() == [False]
    ctx = placement.Scenario.from_frames(e, p, u, reference_date=REFERENCE.isoformat())
    ctx = ctx.compile().context
    assert entry_age_ok(ctx, np.array([e4]), np.array([p9]), policy).tolist() == [True]
    p.loc[p["id"] == "P1", ["kind", "level", "title"]] = ["JF", "Ahli Pertama", "Analis"]
    ctx = placement.Scenario.from_frames(e, p, u, reference_date=REFERENCE.isoformat())
    ctx = ctx.compile().context
    assert entry_age_ok(ctx, np.array([e2]), np.array([p9]), policy).tolist() == [True]


def test_the_types_of_one_licensed_jf_are_one_family():
    """Guru Kelas and Guru Mata Pelajaran are both JF Guru (one licence covers them):
    a move between them is no perpindahan, whatever the age; into Bidan it is
    (review 43: 13 teacher pairs were refused with a perpindahan's age)."""
    e, p, u = _entry_frames("1966-01-01")
    p.loc[p["id"] == "P1", ["kind", "level", "title"]] = ["JF", "Ahli Muda", "Guru Kelas Ahli Muda"]
    policy = Eligibility(max_age_to_enter_jf=True)
    e2, p9 = np.array([1]), np.array([5])
    for title, entry in (("Guru Mata Pelajaran Ahli Muda", False), ("Bidan Ahli Muda", True)):
        p.loc[p["id"] == "P9", "title"] = title
        sc = placement.Scenario.from_frames(e, p, u, reference_date=REFERENCE.isoformat())
        ctx = sc.compile().context
        assert jf_entries(ctx, e2, p9).tolist() == [entry], title
        assert entry_age_ok(ctx, e2, p9, policy).tolist() == [not entry], title


def test_the_option_reads_true_a_mapping_and_refuses_an_unknown_level():
    assert Eligibility(max_age_to_enter_jf=True).max_age_to_enter_jf == JF_ENTRY_MAX_AGE
    assert Eligibility(max_age_to_enter_jf=False).max_age_to_enter_jf is None
    got = Eligibility(max_age_to_enter_jf={"ahli  MADYA": 56, "Penyelia": None})
    assert got.max_age_to_enter_jf == {
        **{k: v for k, v in JF_ENTRY_MAX_AGE.items() if k != "Penyelia"},
        "Ahli Madya": 56,
    }
    e, p, u = _entry_frames("1970-01-01")
    with pytest.raises(ScenarioError) as err:
        placement.Scenario.from_frames(e, p, u, eligibility={"max_age_to_enter_jf": {"Madya": 55}})
    assert "max_age_to_enter_jf: 'Madya' is not a JF level; use one of Ahli Pertama" in str(
        err.value
    )
