"""Rises by merit (placement.domain.rise_merit, eligibility ``rise_among_best``): the
rule pair by pair against a count written out here, and what a result and explain say."""

from __future__ import annotations

import math
import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

import placement
from placement.domain.rise_merit import rise_merit_ok
from placement.explain import explain
from placement.model.config import Eligibility
from placement.model.eligibility import rule_edges
from placement.model.levels import PERFORMANCE, RANKS, service_order
from tests.model.test_reasons import org
from tests.strategies import organisations

_settings = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])

#: rungs of the jabatan ladder as the oracle reads them (levels.JABATAN_RUNGS, a few)
_RUNGS = {("JA", "Pelaksana"): 1, ("JF", "Terampil"): 1, ("JF", "Mahir"): 2, ("JA", "Pengawas"): 4}


def _every_pair_judged(
    emp, pos, units, share: float, jf: str | None = None, reading: str = "scenario"
):
    """The scenario of the frames (career rules off), its context, every (employee,
    post) pair, the policy with ``rise_among_best: share`` (and ``rise_among_best_jf:
    jf``, ``rise_among_best_jpm: reading``) and the rule's answer."""
    sc = placement.Scenario.from_frames(emp, pos, units, eligibility={"career": "off"})
    ctx = sc.compile().context
    n, m = ctx.n_employees, ctx.n_positions
    e, p = (a.ravel().astype(np.int32) for a in np.meshgrid(np.arange(n), np.arange(m)))
    update = {"rise_among_best": share, "rise_among_best_jf": jf, "rise_among_best_jpm": reading}
    policy = sc.config.eligibility.model_copy(update=update)
    got = rise_merit_ok(ctx, e, p, policy)
    assert got is not None
    return sc, ctx, e, p, policy, got


@_settings
@given(organisations(), st.data())
def test_the_rule_is_the_count_of_candidates_ranking_above(frames, data):
    """Pair by pair, over every (employee, post): a pair that is no kelas rise (the
    post's kelas not above that of the person's own post, both known; or a higher rung
    of the jabatan ladder, both known), or without a JPM, passes. A rise passes where,
    of the post's other candidates for a rise (serving, at a lower kelas, the pair
    allowed by every other rule), at most ``share`` of them rank above the person (a
    higher JPM there, to one decimal; at the same JPM a better SKP rating, none counted
    as Baik, then a higher golongan, then the longer service), or fewer than the post
    has seats no serving holder holds (its formasi less its holders in the data, nobody
    excluded). Asked one pair at a time, the rule answers the same.

    With ``rise_among_best_jf``, a JF post of a higher rung of the person's own
    functional family (its title without the level) is judged too (``steps``), and with
    ``all`` one of another family as well (the strategy's people hold no licence),
    among the others for whom it is so judged or a rise at the same rung."""
    emp, pos, units = (f.copy() for f in frames)
    grade = st.sampled_from(["", "5", "6", "7"])
    pos["grade"] = data.draw(st.lists(grade, min_size=len(pos), max_size=len(pos)))
    level = st.sampled_from(["", *sorted({lv for _, lv in _RUNGS})])
    pos["level"] = data.draw(st.lists(level, min_size=len(pos), max_size=len(pos)))
    jf = data.draw(st.sampled_from([None, "steps", "all"]))
    family = data.draw(
        st.lists(st.sampled_from(["Perawat", "Bidan"]), min_size=len(pos), max_size=len(pos))
    )
    pos["title"] = [f"{f} {lv}".strip() for f, lv in zip(family, pos["level"], strict=True)]
    share = data.draw(st.sampled_from([0.1, 0.25, 0.5, 1.0]))
    rating = st.sampled_from(["", *PERFORMANCE])
    emp["performance"] = data.draw(st.lists(rating, min_size=len(emp), max_size=len(emp)))
    if data.draw(st.booleans()):  # everyone at the top level: ties of JPM 100, merit decides
        emp[[c for c in emp if c.startswith("comp:")]] = "5"
    sc, ctx, e, p, policy, got = _every_pair_judged(emp, pos, units, share, jf)
    n = ctx.n_employees
    base_e, base_p = rule_edges(ctx, sc.config.eligibility)  # every other rule
    allowed = set(zip(base_e.tolist(), base_p.tolist(), strict=True))
    ids = pos["id"].tolist()
    grades = dict(zip(ids, pos["grade"], strict=True))
    kinds = zip(ids, pos["kind"], pos["level"], strict=True)
    rungs = {q: _RUNGS.get((k, lv)) for q, k, lv in kinds}
    families = {q: f if k == "JF" else "" for q, f, k in zip(ids, family, pos["kind"], strict=True)}

    def kelas_up(i: int, q: int) -> bool:
        held = emp["current_position"].iloc[i]
        now, there = grades.get(held, ""), pos["grade"].iloc[q]
        if now == "" or there == "" or int(there) <= int(now):
            return False
        r0, r1 = rungs.get(held), rungs[ids[q]]
        if r0 is None or r1 is None:  # unknown: a promotion
            return False
        fam = families[ids[q]]
        up = fam != "" and r1 > r0
        return r1 <= r0 or (up and (jf == "all" or (jf and fam == families.get(held, ""))))

    def jpm(i: int, q: int) -> float:
        return round(float(ctx.pair_jpm(np.array([i]), np.array([q]))[0][0]), 1)

    service = service_order(ctx.org.employees)  # the DUK order after the golongan

    def merit(j: int) -> tuple[int, int, int]:  # the smaller, the better
        rated = emp["performance"].iloc[j] or "Baik"
        return -PERFORMANCE.index(rated), -RANKS.index(emp["rank"].iloc[j]), int(service[j])

    def above(j: int, i: int, q: int) -> bool:
        theirs, mine = jpm(j, q), jpm(i, q)  # NaN is never above
        return theirs > mine or (theirs == mine and merit(j) < merit(i))

    for k, (i, q) in enumerate(zip(e.tolist(), p.tolist(), strict=True)):
        mine = jpm(i, q)
        if not kelas_up(i, q) or math.isnan(mine):
            assert got[k], (i, q)
            continue
        others = [j for j in range(n) if j != i and (j, q) in allowed and kelas_up(j, q)]
        better = sum(1 for j in others if above(j, i, q))
        held = [
            h for h, x in zip(emp["current_position"], ctx.org.excluded, strict=True) if not x
        ].count(ids[q])
        seats = max(int(pos["headcount"].iloc[q]) - held, 0)
        expect = better <= math.floor(share * len(others) + 1e-9) or better < seats
        assert got[k] == expect, (i, q, mine, better, len(others), seats)
        one = rise_merit_ok(ctx, np.array([i], np.int32), np.array([q], np.int32), policy)
        assert one is not None and one[0] == expect
    assert rise_merit_ok(ctx, e, p, Eligibility()) is None  # off by default


_LADDER = [("JA", "Pelaksana", 1), ("JF", "Terampil", 1), ("JF", "Mahir", 2), ("", "", None)]
_COMPS = ["comp:Integritas", "comp:Kerja Sama"]


@st.composite
def _office(draw):
    """A small office where many may rise and merit decides: posts of kelas 5 to 7 on
    the ladder (most JA Pelaksana; some JF, some off it), open or closed, asking nothing
    but two competencies (levels 1-3, so that JPM ties are common); people in them or
    new, some not assessed at all, some excluded (not placeable, holding no seat), SKP
    ratings and golongan drawn. Nothing but the grade band and exclusion keeps a pair
    out, so the oracle needs no other rule."""
    m, n = draw(st.integers(2, 5)), draw(st.integers(4, 16))
    rng = np.random.default_rng(draw(st.integers(0, 2**31 - 1)))
    ladder = [_LADDER[k] for k in rng.choice(4, size=m, p=[0.5, 0.2, 0.2, 0.1])]
    family = rng.choice(["Perawat", "Bidan"], size=m).tolist()
    pos = pd.DataFrame(
        {
            "id": [f"P{q}" for q in range(m)],
            # a JF post's family is its title without the level: two families
            "title": [
                f"{fam} {lv}" if k == "JF" else f"Jabatan {q}"
                for q, (k, lv, _), fam in zip(range(m), ladder, family, strict=True)
            ],
            "unit": "U1",
            "kind": [k for k, _, _ in ladder],
            "level": [lv for _, lv, _ in ladder],
            "grade": rng.choice(["5", "6", "7"], size=m),
            "headcount": rng.choice(["0", "1", "2", "3"], size=m, p=[0.1, 0.4, 0.3, 0.2]),
            "priority": "1",
            **{c: rng.integers(1, 4, size=m).astype(str) for c in _COMPS},
        }
    )
    cur = np.where(rng.random(n) < 0.1, -1, rng.integers(0, m, size=n))
    emp = pd.DataFrame(
        {
            "id": [f"E{i:03d}" for i in range(n)],
            "rank": rng.choice(["II/a", "II/c", "III/a", "III/b", "III/d"], size=n),
            "education": "S1",
            "field": "Umum",
            "current_position": [f"P{c}" if c >= 0 else "" for c in cur],
            "performance": rng.choice(["", *PERFORMANCE], size=n),
            "exclusion": np.where(rng.random(n) < 0.2, "CLTN", ""),
            **{c: rng.integers(1, 4, size=n).astype(str) for c in _COMPS},
        }
    )
    blank = rng.random(n) < 0.15  # not assessed: no JPM anywhere
    emp.loc[blank, _COMPS] = ""
    families = [fam if k == "JF" else "" for (k, _, _), fam in zip(ladder, family, strict=True)]
    return emp, pos, [lad[2] for lad in ladder], families


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    _office(),
    st.sampled_from([0.0001, 0.25, 0.5]),
    st.sampled_from([None, "steps", "all"]),
    st.sampled_from(["scenario", "gaps"]),
)
def test_the_rule_against_a_count_written_out(office, share, jf, reading):
    """Pair by pair over every (employee, post), each judged against a count written
    out here from the frames alone: a rise (a serving official not excluded, the
    post's kelas 1-2 above their own, both rungs known and the post's no higher) with a
    JPM passes where at most ``share`` × (its other candidates) rank above them, or
    fewer than the post's seats no serving holder holds (excluded holders hold none);
    the candidates: the others for whom the open post is such a rise; above: a higher
    JPM (one decimal; none is never above), then a better SKP (none as Baik), a
    higher golongan, the DUK order; everyone else passes. With ``jf``
    (``rise_among_best_jf``) ``steps``, a JF post of a higher rung of the person's own
    family (a jenjang above theirs) is judged too, and its candidates are those for
    whom it is such a step or a rise at the same rung: an entry from a JA post or
    another family is neither; with ``all`` such an entry is both (nobody here holds a
    licence: no entry is into their own profession). With ``rise_among_best_jpm: gaps``
    the JPM of the merit order counts each competency up to its standard."""
    emp, pos, rung, family = office
    _, ctx, e, p, _, got = _every_pair_judged(emp, pos, None, share, jf, reading)
    n = ctx.n_employees
    ids = pos["id"].tolist()
    held = emp["current_position"].tolist()
    out = emp["exclusion"].to_numpy() != ""
    grade = pos["grade"].astype(int).tolist()
    std = pos[_COMPS].astype(int).to_numpy()
    service = service_order(ctx.org.employees)

    def jpm(i: int, q: int) -> float:
        """Levels over the standard, capped at 100 (the scenario's cap); with ``gaps``
        each level counted up to its competency's standard."""
        if emp[_COMPS[0]].iloc[i] == "":
            return math.nan
        lv = emp[_COMPS].iloc[i].astype(int).to_numpy()
        if reading == "gaps":
            return round(100 * np.minimum(lv, std[q]).sum() / std[q].sum(), 1)
        return round(min(100.0, 100 * lv.sum() / std[q].sum()), 1)

    def rise(i: int, q: int) -> bool:
        if out[i] or held[i] == "" or int(pos["headcount"].iloc[q]) == 0:
            return False
        c = ids.index(held[i])
        up = 0 < grade[q] - grade[c] <= 2  # max_grade_rise
        if not up or rung[c] is None or rung[q] is None:
            return False
        up = family[q] != "" and rung[q] > rung[c]
        return rung[q] <= rung[c] or (up and (jf == "all" or (jf and family[q] == family[c])))

    def merit(j: int) -> tuple[int, int, int]:  # the smaller, the better
        rated = emp["performance"].iloc[j] or "Baik"
        return -PERFORMANCE.index(rated), -RANKS.index(emp["rank"].iloc[j]), int(service[j])

    judged = refused = 0
    for k, (i, q) in enumerate(zip(e.tolist(), p.tolist(), strict=True)):
        mine = jpm(i, q)
        if not rise(i, q) or math.isnan(mine):
            assert got[k], (i, q)
            continue
        others = [j for j in range(n) if j != i and rise(j, q)]
        above = sum(
            1 for j in others if jpm(j, q) > mine or (jpm(j, q) == mine and merit(j) < merit(i))
        )
        holders = sum(1 for j in range(n) if held[j] == ids[q] and not out[j])
        seats = max(int(pos["headcount"].iloc[q]) - holders, 0)
        expect = above <= math.floor(share * len(others) + 1e-9) or above < seats
        assert got[k] == expect, (i, q, mine, above, len(others), seats)
        judged += 1
        refused += not expect
    event(f"jf {jf}, {reading}: judged {min(judged, 10)}+, refused {min(refused, 3)}+")


def _frames(seats: str = "1"):
    """E1 (kelas 5, JPM 40 in P1) fits P2, a priority post of kelas 6 with ``seats``
    seats, at JPM 50; E2 and E3 (kelas 5, JPM 100 in their own posts) fit it at 100.
    E1 gains most by rising (JPM +10): the optimum without the rule moves E1 up."""
    e, p, u = org(
        [("E1", "S1", "P1", "2", {}), ("E2", "S1", "P3", "4", {}), ("E3", "S1", "P4", "4", {})],
        [
            ("P1", "U1", "1", "5", {"grade": "5"}),
            ("P2", "U1", seats, "4", {"grade": "6", "priority": "3"}),
            ("P3", "U1", "1", "4", {"grade": "5"}),
            ("P4", "U1", "1", "4", {"grade": "5"}),
        ],
    )
    p["kind"], p["level"] = "JA", "Pelaksana"  # one rung: a kelas rise, no promotion
    return e, p, u


def _perawat_frames():
    """:func:`_frames` with P1 and P4 Perawat Terampil posts (E1's and E3's) and P2 a
    Perawat Mahir post: E1's and E3's rises into P2 are jenjang steps in their family,
    E2's (from P3, a JA post) an entry."""
    e, p, u = _frames()
    for q, lv in (("P1", "Terampil"), ("P4", "Terampil"), ("P2", "Mahir")):
        p.loc[p["id"] == q, ["kind", "level", "title"]] = ["JF", lv, f"Perawat {lv}"]
    return e, p, u


def _placed(result) -> dict[str, str]:
    return dict(zip(result.placements["employee_id"], result.placements["position"], strict=True))


def test_a_rise_goes_to_one_of_the_best_fitting_and_explain_says_why():
    """Without the rule E1 rises into P2; with ``rise_among_best: 0.5`` both others fit
    better (2 of 2, more than half, and P2 has one seat): one of them rises instead
    (E1 takes the seat left at kelas 5, where he fits better than in P1), and explain
    gives the counts and E1's JPM (reviews 53-55: a rise at JPM 75 where 223 of 240
    others fitted better)."""
    sc = placement.Scenario.from_frames(*_frames(), eligibility={"career": "off"})
    assert _placed(placement.solve(sc))["E1"] == "P2"
    ruled = placement.solve(sc.with_settings(eligibility={"rise_among_best": 0.5}))
    placed = _placed(ruled)
    assert placed["E1"] != "P2" and "P2" in (placed["E2"], placed["E3"])
    why = str(explain(ruled, "E1", "P2"))
    assert "one among the best 50% of its candidates by merit (the JPM there, then SKP" in why
    assert "of the 2 other serving official(s) at a lower kelas" in why
    assert "2 rank above this person (JPM 50.0 there), and the post has 1 seat(s) that" in why
    assert "(rise_among_best)" in why
    # the rise of one who fits best is open (the reason says where it ranks), and a move
    # at the same kelas is not judged
    taker = "E2" if placed["E2"] == "P2" else "E3"
    assert "within the best 50% (rise_among_best)" in str(explain(ruled, taker, "P2"))
    assert "rise_among_best" not in str(explain(ruled, "E1", "P4"))


@pytest.mark.parametrize(("seats", "share"), [("3", 0.5), ("1", 1.0)])
def test_a_post_with_seats_for_all_who_fit_better_or_a_share_of_one_lets_them_rise(seats, share):
    """With three empty seats in P2, were both who fit better placed there a seat would
    be left for E1 (review 40: a licensed nurse rising into a Perawat Mahir post with
    empty seats); with a share of 1, anyone the other rules allow rises."""
    sc = placement.Scenario.from_frames(
        *_frames(seats), eligibility={"career": "off", "rise_among_best": share}
    )
    r = placement.solve(sc)
    assert _placed(r)["E1"] == "P2"
    # the move's reason says by which leg of the rule the rise is open to him
    why = str(explain(r, "E1", "P2"))
    if seats == "3":
        assert "2 rank above this person by merit" in why
        assert "3 seat(s) that no serving holder holds: one for each of them and for" in why
    else:
        assert "2 rank above this person by merit (the JPM there, then SKP rating" in why
        assert "within the best 100% (rise_among_best)" in why


def test_at_the_same_jpm_the_better_rated_rises():
    """E2 and E3 both fit P2 at JPM 100, E3 rated Sangat Baik, E2 Baik, and E2 lists P2
    among his preferences; without the rule E1 rises (he gains most). With a share of
    0.25 only the first of each one's two others by merit may rise (review 56: a rise at
    JPM 100 over 67 colleagues at the same JPM ranking above her on SKP and golongan):
    E3 rises, not E2 who asked for the post, and the reasons say so."""
    e, p, u = _frames()
    e["performance"] = ["Baik", "Baik", "Sangat Baik"]
    e["preferences"] = ["", "P2", ""]
    sc = placement.Scenario.from_frames(e, p, u, eligibility={"career": "off"})
    assert _placed(placement.solve(sc))["E1"] == "P2"
    r = placement.solve(sc.with_settings(eligibility={"rise_among_best": 0.25}))
    assert _placed(r)["E3"] == "P2"
    moved = r.moves.set_index("employee_id").loc["E3", "reason"]
    assert "0 rank above this person by merit" in str(moved)
    assert "within the best 25% (rise_among_best)" in str(moved)
    why = str(explain(r, "E2", "P2"))
    assert "1 rank above this person (JPM 100.0 there), and the post has 1 seat(s)" in why


def test_the_only_candidate_for_a_rise_is_told_so():
    """Review 59: a rise with no other candidate read "of the 0 other serving
    official(s) … 0 rank above this person … within the best 25%". E2 and E3 hold posts
    of P2's kelas (no rise for them): E1 is its only candidate, and the reason says so."""
    e, p, u = _frames()
    p.loc[p["id"].isin(["P3", "P4"]), "grade"] = "6"
    sc = placement.Scenario.from_frames(
        e, p, u, eligibility={"career": "off", "rise_among_best": 0.25}
    )
    r = placement.solve(sc)
    assert _placed(r)["E1"] == "P2"
    moved = str(r.moves.set_index("employee_id").loc["E1", "reason"])
    assert "the only candidate for the rise (rise_among_best)" in moved, moved
    assert "of the 0 other" not in moved


def test_the_share_is_a_fraction():
    with pytest.raises(ValueError, match="rise_among_best"):
        Eligibility(rise_among_best=50)
    with pytest.raises(ValueError, match="rise_among_best"):
        Eligibility(rise_among_best=0)


def test_a_promotion_to_a_higher_rung_is_not_judged():
    """P2 a JF Mahir post and the others JA Pelaksana posts: E1's rise into it is a
    promotion (a JF jenjang, by angka kredit and uji kompetensi), not a kelas rise at
    the same level: he rises as without the rule (review 40: a licensed nurse, a
    Pelaksana, into a Perawat Mahir post)."""
    e, p, u = _frames()
    p["kind"], p["level"] = "JA", "Pelaksana"
    p.loc[p["id"] == "P2", ["kind", "level"]] = ["JF", "Mahir"]
    rules = {"career": "off", "rise_among_best": 0.5}
    r = placement.solve(placement.Scenario.from_frames(e, p, u, eligibility=rules))
    assert _placed(r)["E1"] == "P2"
    assert "rise_among_best" not in str(explain(r, "E1", "P2"))
    p.loc[p["id"] == "P2", ["kind", "level"]] = ["JA", "Pelaksana"]  # the same level
    r = placement.solve(placement.Scenario.from_frames(e, p, u, eligibility=rules))
    assert _placed(r)["E1"] != "P2"
    assert "rise_among_best" in str(explain(r, "E1", "P2"))


def test_a_jenjang_step_in_ones_own_family_is_judged_with_rise_among_best_jf():
    """P1 and P4 Perawat Terampil, P2 Perawat Mahir (one seat), P3 a JA Pelaksana post.
    E1's rise from P1 into P2 is a jenjang above his own in his own family: not judged
    by ``rise_among_best`` alone (he rises), judged with ``rise_among_best_jf`` (review
    65: two Perawat Terampil were moved up to Ahli Pertama, a post already over its
    formasi, so that new hires could take their seats, while 8 of its other candidates
    ranked above them). E3 (P4) steps up in the same family at a higher JPM there: the
    one candidate ranking above E1. E2 enters the JF from a JA post: neither judged nor
    counted."""
    e, p, u = _perawat_frames()
    rules = {"career": "off", "rise_among_best": 0.5}
    sc = placement.Scenario.from_frames(e, p, u, eligibility=rules)
    assert _placed(placement.solve(sc))["E1"] == "P2"
    r = placement.solve(sc.with_settings(eligibility={"rise_among_best_jf": True}))
    placed = _placed(r)
    assert placed["E1"] != "P2" and "P2" in (placed["E2"], placed["E3"])
    why = str(explain(r, "E1", "P2"))
    assert "a promotion to a higher jenjang of one's own functional family" in why
    assert "of the 1 other candidates the rule ranks for this post (serving officials" in why
    assert "1 rank above this person (JPM 50.0 there), and the post has 1 seat(s)" in why
    assert "(rise_among_best_jf)" in why
    assert "rise_among_best" not in str(explain(r, "E2", "P2"))  # an entry
    assert "Not eligible for P2" not in str(explain(r, "E3", "P2"))  # E3's step is open


def test_an_entry_into_a_jf_is_judged_with_all_but_not_into_ones_own_profession():
    """P2 Perawat Mahir (one seat); E1 holds a JA Pelaksana post (P1) and rises into P2
    at JPM 50, E2 and E3 at 100 from JA posts too. With ``rise_among_best_jf: steps``
    E1's entry is not judged (he rises); with ``all`` it is (review 68: three officials
    entered Pol PP Mahir two kelas up, one while 16 others had a higher JPM there),
    unless E1 holds the STR Perawat: a licensed professional entering their own
    profession (review 40's nurse) is not judged."""
    e, p, u = _frames()
    p.loc[p["id"] == "P2", ["kind", "level", "title"]] = ["JF", "Mahir", "Perawat Mahir"]
    rules = {"career": "off", "rise_among_best": 0.5, "rise_among_best_jf": "steps"}
    sc = placement.Scenario.from_frames(e, p, u, eligibility=rules)
    assert _placed(placement.solve(sc))["E1"] == "P2"
    every = sc.with_settings(eligibility={"rise_among_best_jf": "all"})
    r = placement.solve(every)
    assert _placed(r)["E1"] != "P2"
    why = str(explain(r, "E1", "P2"))
    assert "a promotion into a functional post from another post or family" in why
    assert "of the 2 other candidates the rule ranks for this post (serving officials" in why
    assert "(rise_among_best_jf: all)" in why
    e["certifications"] = ["STR Perawat", "", ""]
    licensed = placement.Scenario.from_frames(
        e, p, u, eligibility={**rules, "rise_among_best_jf": "all"}
    )
    r = placement.solve(licensed)
    assert _placed(r)["E1"] == "P2"
    assert "rise_among_best" not in str(explain(r, "E1", "P2"))


def test_rise_among_best_jf_reads_true_as_steps():
    assert Eligibility(rise_among_best_jf=True).rise_among_best_jf == "steps"
    assert Eligibility(rise_among_best_jf=False).rise_among_best_jf is None
    with pytest.raises(ValueError, match="rise_among_best_jf"):
        Eligibility(rise_among_best_jf="some")


def test_the_merit_order_may_count_each_competency_up_to_its_standard():
    """E1 (Integritas 5, Kerja Sama 1) and E2 (3 and 3) both rise into P2 (standard 3
    and 3): under the cap both read JPM 100 and E1, rated Sangat Baik, ranks first; with
    ``rise_among_best_jpm: gaps`` E1's JPM is 66.7 (Kerja Sama two below standard) and
    E2 ranks first (review 69: entries into Pol PP Mahir ranked within the best quarter
    at a capped JPM of 100, with 17 of 39 above them so counted). Explain says which
    reading it ranks by."""
    people = [
        ("E1", "S1", "P1", "5", {"comp:Kerja Sama": "1", "performance": "Sangat Baik"}),
        ("E2", "S1", "P3", "3", {"comp:Kerja Sama": "3", "performance": "Baik"}),
    ]
    posts = [
        ("P1", "U1", "1", "3", {"grade": "5", "comp:Kerja Sama": "3"}),
        ("P2", "U1", "1", "3", {"grade": "6", "comp:Kerja Sama": "3", "priority": "3"}),
        ("P3", "U1", "1", "3", {"grade": "5", "comp:Kerja Sama": "3"}),
    ]
    e, p, u = org(people, posts)
    p["kind"], p["level"] = "JA", "Pelaksana"
    rules = {"career": "off", "rise_among_best": 0.0001}
    sc = placement.Scenario.from_frames(e, p, u, eligibility=rules)
    capped = placement.solve(sc)
    assert _placed(capped)["E1"] == "P2"
    assert "Not eligible for P2" in str(explain(capped, "E2", "P2"))
    gaps = placement.solve(sc.with_settings(eligibility={"rise_among_best_jpm": "gaps"}))
    assert _placed(gaps)["E2"] == "P2"
    why = str(explain(gaps, "E1", "P2"))
    assert "1 rank above this person (JPM 66.7 there, each competency counted up to" in why
    assert "by merit (the JPM there with each competency counted up to its standard" in why
    # the move's reason gives the figure it ranks by beside the one it quotes
    moved = str(gaps.moves.set_index("employee_id").loc["E2", "reason"])
    assert "(its JPM there so counted: 100.0): within the best" in moved


def test_the_pool_of_candidates_is_kept_per_policy():
    """The candidates of a rise are built once per context and policy: policies that
    differ only in ``rise_among_best_jf`` or ``rise_among_best_jpm`` get pools of
    their own (P2, Perawat Mahir: no candidate judged for the rule alone, E1 and E3
    stepping up from Perawat Terampil with ``steps``)."""
    from placement.domain import rise_merit

    e, p, u = _perawat_frames()
    rules = {"career": "off", "rise_among_best": 0.5}
    sc = placement.Scenario.from_frames(e, p, u, eligibility=rules)
    ctx = sc.compile().context
    base = sc.config.eligibility
    q2 = ctx.pos_ids.tolist().index("P2")
    pools = {
        jf: rise_merit._candidates(ctx, base.model_copy(update={"rise_among_best_jf": jf}))
        for jf in (None, "steps")
    }
    assert pools[None].count[q2] == 0 and pools["steps"].count[q2] == 2
    gaps = base.model_copy(update={"rise_among_best_jf": "steps", "rise_among_best_jpm": "gaps"})
    assert rise_merit._candidates(ctx, gaps) is not pools["steps"]


def test_a_licence_holder_the_rule_lets_past_is_a_rival_all_the_same():
    """Review 83 H3: in `replace` Hensari Wilowan was promoted into P0097 (Epidemiolog
    Kesehatan Ahli Muda) as "the only candidate", while Deto Wididana, holding the STR
    Epidemiolog, of the same JPM there and a higher golongan, could take it too. The
    rule lets a licence holder's entry into their own profession past, and so had left
    them out of the others' count. They count as a rival now; Hensari is not promoted
    over him."""
    from placement.domain.rise_merit import kelas_rises

    r = placement.solve(Path(__file__).resolve().parents[2] / "scenarios/tebo/replace.yaml")
    ctx, policy = r.compiled.context, r.compiled.config.eligibility
    deto = np.array([list(ctx.emp_ids).index("197906132008011526")])
    p0097 = np.array([list(ctx.pos_ids).index("P0097")])
    assert kelas_rises(ctx, deto, p0097, policy, rivals=True)[0]
    assert not kelas_rises(ctx, deto, p0097, policy)[0]  # he enters past the rule
    placed = dict(zip(r.placements["employee_id"], r.placements["position"], strict=True))
    assert placed["198604232020042766"] != "P0097"
    for text in r.moves["reason"].astype(str):
        assert not ("P0097" in text and "the only candidate" in text), text


def test_the_only_candidate_for_a_rise_is_not_told_of_those_ranking_above():
    """Review 86 L1: Taroni Gamadana's rise in `quota` read "the only candidate for the
    rise (rise_among_best); this plan leaves 3 of its seats empty: those ranking above
    may still be promoted into them". No reason that names no one above says so; those
    that rank some above and leave seats empty still do."""
    tebo = Path(__file__).resolve().parents[2] / "scenarios" / "tebo"
    said = 0
    for name in ("quota.yaml", "replace.yaml"):
        why = placement.solve(tebo / name).moves.set_index("name")["reason"].astype(str)
        room = why.str.contains("those ranking above may still be promoted", regex=False)
        alone = why.str.contains("the only candidate for the rise", regex=False)
        none_above = why.str.contains(", 0 rank above this person", regex=False)
        assert not (room & (alone | none_above)).any()
        said += int(room.sum())
        if name == "quota.yaml":
            assert alone["Taroni Gamadana, A.Md.Kep."]
    assert said >= 1  # where some rank above and seats stay empty, still said


def test_a_promotion_names_who_ranks_above_it_among_the_promoted_and_those_left():
    """Review 146 F2: Muhammad Hadra Anham Tambasid's promotion into P0087 (Perawat
    Mahir) read "the plan promotes 3 into it, who may be among them" of three of whom
    one ranked above him, while Derita Hurah and Muhammad Gumat Purdingan, above all
    four (JPM 95.5 there), stayed Perawat Terampil. Each such reason now names, of the
    others promoted into the post, those ranking above, and those ranking above whom
    the plan leaves where they are: re-read here from the JPM there (each competency
    counted up to its standard, as the rule reads it) and the placements."""
    tebo = Path(__file__).resolve().parents[2] / "scenarios" / "tebo"
    r = placement.solve(tebo / "replace.yaml")
    ctx = r.compiled.context
    at = {e: k for k, e in enumerate(ctx.emp_ids)}
    pos = {q: k for k, q in enumerate(ctx.pos_ids)}
    pl = r.placements.set_index("employee_id")
    mv = r.moves.set_index("employee_id")
    why = mv["reason"].astype(str)
    hadra = why["198306132007031788"]
    assert "of them, ranking above this one: Manah Mufitri Tamjana" in hadra
    left = hadra.split("ranking above this one and left where they are: ")[1]
    assert "(198005122007011110)" in left and "(198302262009122486)" in left
    said = 0
    for e, text in why.items():
        if "ranking above this one" not in text:
            continue
        said += 1
        q = str(mv.at[e, "to_position"])

        def jpm(who: str, q: str = q) -> float:
            return float(
                np.round(ctx.pair_jpm(np.array([at[who]]), np.array([pos[q]]), "min")[0][0], 1)
            )

        mine = jpm(str(e))
        stayed = text.split("ranking above this one and left where they are: ")
        named = re.findall(r"\((\d{18})\)", stayed[1].split(";")[0] if len(stayed) > 1 else "")
        for nip in named:
            assert pl.at[nip, "position"] == pl.at[nip, "current_position"], (e, nip)
            assert jpm(nip) >= mine, (e, nip)
        # the highest first (review 148 L1: in employee order, two at JPM 100 after 95)
        assert [jpm(n) for n in named] == sorted((jpm(n) for n in named), reverse=True), e
        if "of them, ranking above this one: " in text:
            risers = re.search(
                r"the plan (?:promotes|moves) \d+ into it[^(]*\((.*?)\); of them", text
            )
            assert risers is not None, text
            above = text.split("of them, ranking above this one: ")[1].split(";")[0]
            for nip in re.findall(r"\((\d{18})\)", risers.group(1)):
                if f"({nip})" in above:
                    assert jpm(nip) >= mine, (e, nip)
                else:
                    assert jpm(nip) <= mine, (e, nip)
    assert said >= 3
