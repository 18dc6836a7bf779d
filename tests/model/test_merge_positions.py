"""``merge_positions``: alike posts made one after a merger of units (review 149 M2),
on a small organisation where each effect is worked out by hand, and on the bundled
``merge``, re-read from its data files."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import placement
from placement.errors import OperationError
from placement.model.tables import reorganised_stays

ROOT = Path(__file__).resolve().parents[2]
TEBO = ROOT / "scenarios" / "tebo"
MERGE_UNITS = {"merge_units": {"units": ["U1", "U2"], "into": "U9", "name": "Badan Gabungan"}}
JOIN = {"merge_positions": {"positions": ["P6"], "into": "P3"}}


@pytest.fixture
def alike(frames):
    """The small organisation plus P6, a Pengadministrasi Umum post of Bagian Hukum
    (U2) like Badan Keuangan's P3, held by E7, whom E4 and E2 name in their
    preferences."""
    e, p, u = frames
    e = pd.concat(
        [
            e,
            pd.DataFrame(
                {
                    "id": ["E7"],
                    "name": ["Gita Permata"],
                    "rank": ["II/b"],
                    "education": ["SMA"],
                    "field": ["Umum"],
                    "current_unit": ["U2"],
                    "current_position": ["P6"],
                    "monthly_cost": ["3000"],
                    "certifications": [""],
                    "comp:Integritas": ["2"],
                    "comp:Keuangan": ["2"],
                    "badge": ["g"],
                }
            ),
        ],
        ignore_index=True,
    )
    e["preferences"] = ["", "P6; P1", "", "P6; P3; P1", "", "", ""]
    row = p[p["id"] == "P3"].assign(id="P6", unit="U2", headcount="1")
    return e, pd.concat([p, row], ignore_index=True), u


def scenario(frames, *ops):
    return placement.Scenario.from_frames(*frames, operations=list(ops))


def test_merge_positions_joins_alike_posts(alike):
    """P6 joins P3: one post of formasi 2 + 1, its holder E7 holds P3 (nobody moves),
    pins and preferences naming P6 name P3, the merge's warning of a title held twice
    is answered, and the formasi as read is the two posts' (not raised)."""
    pin = {"pin": {"employee": "E7", "position": "P6"}}
    sc = scenario(alike, MERGE_UNITS, pin, JOIN)
    plan = sc.plan()
    pos = plan.org.positions.set_index("id")
    assert "P6" not in pos.index and pos.loc["P3", "headcount"] == 3
    emp = plan.org.employees.set_index("id")
    assert emp.loc["E7", "current_position"] == "P3" and emp.loc["E7", "current_unit"] == "U9"
    assert plan.pins == {"E7": "P3"}
    assert emp.loc["E2", "preferences"] == "P3; P1"
    assert emp.loc["E4", "preferences"] == "P3; P1"  # named twice: keeps its first place
    assert plan.merged == {"P6": ("P3", "scenario 'scenario': operations[2] (merge_positions)")}
    assert plan.log[-1] == (
        "joined 1 post(s) into P3 (Pengadministrasi Umum): formasi 3, 1 holder(s) of the "
        "posts joined now hold it"
    )
    assert plan.formasi_as_read()["P3"] == 3
    assert not any("title(s) in posts" in str(w) for w in plan.org.warnings)
    said = [str(w) for w in scenario(alike, MERGE_UNITS).plan().org.warnings]
    assert any("Pengadministrasi Umum (P3, P6)" in w and "merge_positions" in w for w in said)

    r = placement.solve(sc)
    pl = r.placements.set_index("employee_id")
    assert pl.loc["E7", "position"] == "P3" and pl.loc["E7", "current_position"] == "P3"
    assert "E7" not in set(r.moves["employee_id"])
    # the SK into the merged office names the unit E7 serves in today, P6's (Bagian
    # Hukum), not P3's (Badan Keuangan)
    stays = reorganised_stays(r).set_index("employee_id")
    assert stays.loc["E7", "unit_today"] == "Bagian Hukum"
    assert stays.loc["E3", "unit_today"] == "Badan Keuangan"


def test_merge_positions_refuses_posts_that_differ(alike):
    """Posts of another title or unit are not one post renumbered: their holders would
    change jabatan or unit (close the post, or merge the units first)."""
    other_title = {"merge_positions": {"positions": ["P1"], "into": "P3"}}
    with pytest.raises(OperationError, match=r"P1 differs from P3 in title \(Analis Keuangan"):
        scenario(alike, other_title).plan()
    with pytest.raises(OperationError, match=r"P6 differs from P3 in unit \(U2, not U1\)"):
        scenario(alike, JOIN).plan()
    alone = {"merge_positions": {"positions": ["P3"], "into": "P3"}}
    with pytest.raises(OperationError, match="no post to join into P3"):
        scenario(alike, alone).plan()
    with pytest.raises(OperationError, match="'P7' does not exist"):
        scenario(alike, {"merge_positions": {"positions": ["P7"], "into": "P3"}}).plan()


def test_a_post_joined_is_named_by_the_merge_afterwards(alike, tmp_path):
    """An operation after the merge naming the post joined is told which it joined,
    where, and how to mend it; one before the merge is carried along."""
    later = {"pin": {"employee": "E7", "position": "P6"}}
    with pytest.raises(OperationError) as exc:
        scenario(alike, MERGE_UNITS, JOIN, later).plan()
    assert str(exc.value) == (
        "scenario 'scenario': operations[2] (pin): position 'P6' was joined into P3 by "
        "scenario 'scenario': operations[1] (merge_positions); name P3, or put this "
        "operation before the merge"
    )
    pd.DataFrame({"employee": ["E4", "E1"], "position": ["P1", "P6"]}).to_csv(
        tmp_path / "bans.csv", index=False
    )
    bans = {"forbid": {"file": str(tmp_path / "bans.csv")}}
    with pytest.raises(
        OperationError, match=r"bans.csv row 3, column .position.: position .P6. \(and"
    ):
        scenario(alike, MERGE_UNITS, JOIN, bans).plan()
    plan = scenario(alike, MERGE_UNITS, bans, JOIN).plan()
    assert plan.bans == {("E4", "P1"), ("E1", "P3")}


def test_merge_positions_warns_where_the_posts_asked_otherwise(alike):
    """What the post joined asks applies to all; where the other asked otherwise (here
    D3 and the field Hukum) the planner is told each difference."""
    e, p, u = alike
    p = p.copy()
    p.loc[p["id"] == "P6", ["min_education", "fields"]] = ["D3", "Hukum"]
    plan = scenario((e, p, u), MERGE_UNITS, JOIN).plan()
    said = [str(w) for w in plan.org.warnings if "asked otherwise" in str(w)]
    assert said == [
        "scenario 'scenario': operations[1] (merge_positions): the posts joined into P3 "
        "asked otherwise than it, and what P3 asks now applies to all their holders: "
        "P6: min_education 'D3' (P3: 'SMA'), fields 'Hukum' (P3: '(none)'); where the "
        "new peta jabatan asks otherwise, set it (set_positions)"
    ]
    assert plan.org.positions.set_index("id").loc["P3", "min_education"] == "SMA"


def test_merge_positions_after_keep_incumbents_ranked_it_is_refused(alike):
    e, p, u = alike
    p = p.copy()
    p.loc[p["id"] == "P6", "headcount"] = "0"
    keep = {"keep_incumbents": {"select": {"positions": ["P6"]}}}
    with pytest.raises(OperationError, match="put merge_positions before keep_incumbents"):
        scenario((e, p, u), MERGE_UNITS, keep, JOIN).plan()


def test_the_bundled_merge_joins_the_merged_offices_alike_posts():
    """Review 149 M2: `merge` kept Pengadministrasi Umum, Pengelola Keuangan and
    Pengelola Kepegawaian twice in the merged office. Joined, each is one post whose
    formasi is the two posts' as the data gives them, and every official serving in
    one of the environment office's three who keeps a post of that title in the plan
    is in the SK list's reorganised attachment with Dinas Lingkungan Hidup as the unit
    of today (re-read from the data files)."""
    sc = placement.load_scenario(TEBO / "merge.yaml")
    plan = sc.plan()
    assert not any("title(s) in posts" in str(w) for w in plan.org.warnings)
    pos = pd.read_csv(TEBO / "data" / "positions.csv", dtype=str).set_index("id")
    units = pd.read_csv(TEBO / "data" / "units.csv", dtype=str).set_index("id")["name"]
    pairs = {"P0341": "P0270", "P0342": "P0272", "P0343": "P0273"}
    now = plan.org.positions.set_index("id")
    for gone, into in pairs.items():
        assert gone not in now.index
        assert pos.loc[gone, "title"] == pos.loc[into, "title"]
        want = int(pos.loc[gone, "headcount"]) + int(pos.loc[into, "headcount"])
        assert now.loc[into, "headcount"] == want
    r = placement.solve(sc)
    emp = pd.read_csv(TEBO / "data" / "employees.csv", dtype=str)
    held = emp[emp["current_position"].isin(list(pairs))].set_index("id")
    pl = r.placements.set_index("employee_id").loc[held.index]
    kept = pl[pl["position"] == held["current_position"].map(pairs)]
    assert len(kept) >= 30  # most keep their post; the rest move or retire
    stays = reorganised_stays(r).set_index("employee_id")
    assert set(kept.index) <= set(stays.index)
    assert set(stays.loc[kept.index, "unit_today"]) == {units["U17"]}
    assert set(stays.loc[kept.index, "unit_after"]) == {
        "Dinas Pertanian, Pangan dan Lingkungan Hidup"
    }


def test_a_holder_of_a_joined_post_is_placed_alike_in_the_comparison(alike):
    """E7 holds P6 where the merged office keeps both posts, and P3, which P6 joined,
    where it joins them: the same seat. The comparison's differences, its pair counts
    and its kinds of difference count nobody placed differently for it."""
    from placement.report.files import pair_differences

    both = placement.Scenario.from_frames(*alike, name="both", operations=[MERGE_UNITS])
    one = placement.Scenario.from_frames(*alike, name="one", operations=[MERGE_UNITS, JOIN])
    c = placement.compare([both, one])
    pl = {r.name: r.placements.set_index("employee_id")["position"] for r in c.results}
    assert (pl["both"]["E7"], pl["one"]["E7"]) == ("P6", "P3")
    assert "E7" not in set(c.differences["employee_id"])
    assert pair_differences(c)["placed_differently"].tolist() == [len(c.differences)]
    kinds = c.difference_kinds
    assert "E7" not in set(kinds.loc[kinds["change:one"] != "", "employee_id"])


def test_a_workload_file_naming_a_joined_post_counts_its_tasks_in_the_one_joined(alike, tmp_path):
    """The ABK of the data as read names P6 and P3 apart; after the merge their tasks
    are the one post's: (60,000 + 90,000) / 75,000 = 2 staff."""
    import placement.domain  # noqa: F401  (registers headcount_from_workload)

    pd.DataFrame(
        {
            "position": ["P3", "P6"],
            "task": ["arsip", "surat"],
            "volume_per_year": [1000, 1500],
            "minutes_per_unit": [60, 60],
        }
    ).to_csv(tmp_path / "abk.csv", index=False)
    abk = {"headcount_from_workload": {"file": str(tmp_path / "abk.csv"), "wke_minutes": 75000}}
    plan = scenario(alike, MERGE_UNITS, JOIN, abk).plan()
    assert plan.org.positions.set_index("id").loc["P3", "headcount"] == 2


def test_joins_in_opposite_directions_read_alike_and_others_stay_apart(alike):
    """Review 153 H2: one scenario joining P6 into P3 and another P3 into P6 hold the
    same seats (the ids had swapped, and everyone in them read as placed differently);
    two scenarios that join nothing keep their own difference whatever a third joins
    (E7 pinned into P3 in one is a move from P6, not the same seat)."""
    from placement.report.files import pair_differences

    back = {"merge_positions": {"positions": ["P3"], "into": "P6"}}
    to_p3 = placement.Scenario.from_frames(*alike, name="to_p3", operations=[MERGE_UNITS, JOIN])
    to_p6 = placement.Scenario.from_frames(*alike, name="to_p6", operations=[MERGE_UNITS, back])
    c = placement.compare([to_p3, to_p6])
    assert c.differences.empty
    assert pair_differences(c)["placed_differently"].tolist() == [0]

    pin = {"pin": {"employee": "E7", "position": "P3"}}
    plain = placement.Scenario.from_frames(*alike, name="plain", operations=[MERGE_UNITS])
    pinned = placement.Scenario.from_frames(*alike, name="pinned", operations=[MERGE_UNITS, pin])
    for items in ([plain, pinned], [plain, pinned, to_p3]):
        c = placement.compare(items)
        assert "E7" in set(c.differences["employee_id"]), [r.name for r in c.results]
        pairs = pair_differences(c).set_index(["scenario_a", "scenario_b"])
        assert pairs.loc[("plain", "pinned"), "placed_differently"] >= 1
        kinds = c.difference_kinds.set_index("employee_id")
        assert kinds.loc["E7", "change:pinned"] != ""


def test_a_closed_post_or_a_workload_analysis_before_the_merge_is_refused(alike, tmp_path):
    """Review 153 M1: a post closed before the merge was opened again by it (its holder
    kept a seat with no SK); H1: an ABK before the merge naming a joined post lost its
    whole table without a word."""
    import placement.domain  # noqa: F401  (registers headcount_from_workload)

    close = {"close_positions": {"select": {"positions": ["P6"]}}}
    with pytest.raises(OperationError, match="P6 was closed by an earlier operation"):
        scenario(alike, MERGE_UNITS, close, JOIN).plan()
    pd.DataFrame(
        {"position": ["P6"], "task": ["surat"], "volume_per_year": [1500], "minutes_per_unit": [60]}
    ).to_csv(tmp_path / "abk.csv", index=False)
    abk = {"headcount_from_workload": {"file": str(tmp_path / "abk.csv")}}
    with pytest.raises(OperationError, match="put merge_positions before the analysis"):
        scenario(alike, MERGE_UNITS, abk, JOIN).plan()


def test_a_reference_placement_reads_a_joined_post_as_the_post_it_joined(alike):
    """Review 153 L3: ``stability.reference`` from a scenario that keeps P6 apart named
    E7's seat P6, which a scenario joining P6 into P3 no longer has: E7 had no reference
    there (a tie could move them as from nowhere). And from a scenario that joins it,
    E7's reference read P3, a seat they do not hold where P6 stays apart. Either way
    the reference is E7's own seat."""
    from placement.api import placed_by_id

    both = placement.Scenario.from_frames(*alike, name="both", operations=[MERGE_UNITS])
    one = placement.Scenario.from_frames(*alike, name="one", operations=[MERGE_UNITS, JOIN])
    r_both, r_one = placement.solve(both), placement.solve(one)
    assert placed_by_id(r_both)["E7"] == "P6" and placed_by_id(r_one)["E7"] == "P6"
    assert r_one.placements.set_index("employee_id").loc["E7", "position"] == "P3"
    for sc, ref, seat in ((one, r_both, "P3"), (both, r_one, "P6")):
        comp = sc.compile(placed_by_id(ref))
        ctx = comp.context
        i = list(ctx.emp_ids).index("E7")
        assert ctx.pos_ids[comp.context.tie_reference[i]] == seat, (sc.name, seat)
        # and the others' references are their placements there, as given
        placed = placed_by_id(ref)
        for j, e in enumerate(ctx.emp_ids):
            if e != "E7" and placed[e]:
                assert ctx.pos_ids[ctx.tie_reference[j]] == placed[e], e
    # the solve with the reference keeps E7 where they are
    r = placement.solve(one, reference=r_both)
    assert r.placements.set_index("employee_id").loc["E7", "position"] == "P3"
