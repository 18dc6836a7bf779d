"""Posts a mover could take instead at no difference to anyone (review 113 M4): named
in their reason, for the PPK to choose; re-checked by solving again with the mover
pinned there, not by the function that found them."""

from __future__ import annotations

from pathlib import Path

import numpy as np

import placement
from tests.model.test_reasons import org, solve, why

TEBO = Path(__file__).resolve().parents[2] / "scenarios" / "tebo"
SAID = "as good for them and for the plan: "


def _frames(p3_unit: str = "U1", p2_held: bool = False):
    """E1 holds P1, which has no seat; P2 and P3 are alike posts of one seat each (P3
    in ``p3_unit``); with ``p2_held`` E2 holds P2."""
    people = [("E1", "S1", "P1", "3", {})]
    if p2_held:
        people.append(("E2", "S1", "P2", "3", {}))
    return org(
        people,
        [("P1", "U1", "0", "3", {}), ("P2", "U1", "1", "3", {}), ("P3", p3_unit, "1", "3", {})],
    )


def test_a_mover_with_an_alike_post_empty_is_told_it_and_the_plan_is_the_same_there():
    r = solve(_frames())
    at = r.placements.set_index("employee_id")["position"]["E1"]
    other = {"P2": "P3", "P3": "P2"}[at]
    text = why(r, "E1")[1]
    assert f"{SAID}{other} (Jabatan {other}), each with a seat empty in this plan" in text
    assert "a fixed order of the ids, which chose this post" in text
    pinned = solve(_frames(), operations=[{"pin": {"employee": "E1", "position": other}}])
    assert pinned.objective == r.objective


def test_no_alike_post_where_it_costs_more_or_has_no_seat_free():
    # another unit: a mutasi, not a rotasi; P2 held: no seat free for E1
    for frames in (_frames(p3_unit="U2"), _frames(p2_held=True)):
        r = solve(frames)
        assert SAID not in why(r, "E1")[1]


def test_the_alike_posts_named_in_the_bundled_quota_are_each_as_good():
    """In `quota` every post a reason names as alike has a seat empty in the plan, and
    a mover pinned there (two moves checked) leaves the plan's objective as it is."""
    r = placement.solve(TEBO / "quota.yaml")
    mv = r.moves
    named = mv[mv["reason"].map(str).str.contains(SAID, regex=False)]
    assert len(named) >= 10
    vac = set(r.vacancies.loc[r.vacancies["vacant"] > 0, "position"])
    for text in named["reason"].map(str):
        listed = text.split(SAID)[1].split(", each with a seat empty")[0]
        for item in listed.split(", "):
            post = item.split(" ")[0]
            if post.startswith("P"):
                assert post in vac, (post, text)
    for e, text in list(zip(named["employee_id"], named["reason"].map(str), strict=True))[:2]:
        post = text.split(SAID)[1].split(" ")[0]
        sc = placement.load_scenario(TEBO / "quota.yaml")
        ops = [*sc.config.model_dump()["operations"], {"pin": {"employee": e, "position": post}}]
        pinned = placement.solve(sc.with_settings(operations=ops))
        assert pinned.placements.set_index("employee_id")["position"][e] == post
        assert np.isclose(pinned.objective, r.objective), (e, post)
