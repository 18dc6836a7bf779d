"""The open selection's pool for a JPT Pratama post (``eligibility.jpt_pratama_from``):
the shortlist of a scenario that leaves structural posts to the Pansel reads those
holding an Administrator post or a JF Ahli Madya as its candidates, whatever the kelas
rise (review 158 H1)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from pydantic import ValidationError

import placement
from placement.candidates import PANSEL_POOL, for_shortlist
from placement.model.config import Eligibility

TEBO = Path(__file__).resolve().parents[2] / "scenarios" / "tebo"
ANHAR = "197806212009121497"  # a Kepala Bidang of the merged office, kelas 11


def _candidates(r, post: str) -> set[str]:
    """The employees with an edge into ``post`` in the solved ``r``."""
    ctx = r.compiled.context
    q = int(np.flatnonzero(ctx.pos_ids == post)[0])
    return set(ctx.emp_ids[r.problem.edge_emp[r.problem.edge_pos == q]])


def test_the_shortlist_reads_the_pansels_pool_past_the_kelas_band():
    """Review 158 H1: the merged office's head (P9001, kelas 14) was shortlisted from
    officials at kelas 12 and above only, every Kepala Bidang (kelas 11) barred by
    max_grade_rise 2, and the Kepala Dinas Perhubungan's (P0344) list was empty while
    its vacancy said the shortlist ranked 19. Read for the shortlist, a JPT Pratama post
    is open to the holders of an Administrator post or a JF Ahli Madya: each candidate
    is one of them or within the band, the scenario's own plan is unchanged, and a
    move of the plan read past the band says on which ground."""
    sc = placement.load_scenario(TEBO / "merge.yaml")
    assert sc.config.eligibility.jpt_pratama_from is None
    read = for_shortlist(sc)
    assert read.config.eligibility.jpt_pratama_from == list(PANSEL_POOL)
    r = placement.solve(read)
    barred = placement.solve(sc.with_settings(eligibility={"structural_appointments": "plan"}))
    pos = r.compiled.org.positions.set_index("id")
    emp = r.compiled.org.employees.set_index("id")
    for post in ("P0344", "P9001"):
        now, before = _candidates(r, post), _candidates(barred, post)
        assert before < now  # more, none lost
        held = emp.loc[sorted(now - before), "current_position"]
        # re-read from the positions: the new candidates hold a post of the pool
        assert set(pos.loc[held, "level"]) <= set(PANSEL_POOL)
        assert (pos.loc[held, "grade"].astype(float) < float(pos.at[post, "grade"]) - 2).all()
    assert ANHAR in _candidates(r, "P9001") and ANHAR not in _candidates(barred, "P9001")
    assert len(_candidates(barred, "P0344")) == 0 < len(_candidates(r, "P0344"))
    # the plan read may appoint past the band: its reason names the ground
    moves = r.moves.set_index("employee_id")
    into = moves[moves["to_position"].isin(pos.index[pos["kind"] == "JPT"])]
    risen = into[
        pos.loc[into["to_position"], "grade"].astype(float).to_numpy()
        - pos.loc[into["from_position"], "grade"].astype(float).to_numpy()
        > 2
    ]
    assert len(risen)
    for reason in risen["reason"]:
        assert "a JPT Pratama post open to those holding a post of Administrator / Ahli Madya" in (
            str(reason)
        )
    # the scenario's own vacancy says whom the shortlist ranks, no more
    own = placement.solve(sc).vacancies.set_index("position")
    text = str(own.at["P0344", "why_empty"])
    assert "placement shortlist ranks those of them the plan's other rules admit" in text


def test_a_level_of_the_pool_is_checked():
    # kept as the ladder names them, whatever the case and spacing (review 160 M3)
    assert Eligibility(jpt_pratama_from=["administrator", " ahli   MADYA"]).jpt_pratama_from == [
        "Administrator",
        "Ahli Madya",
    ]
    with pytest.raises(ValidationError, match="did you mean 'Administrator'"):
        Eligibility(jpt_pratama_from=["Adminstrator"])


def test_the_shortlist_shows_age_and_marks_those_above_the_pansels_limit():
    """Review 160 L3: a JPT Pratama post's shortlist listed candidates past 56, the open
    selection's age limit, with nothing to say so. Each candidate's age, recomputed
    here from the roster's birth dates, is shown; those above the limit are marked
    (and kept at their rank), on a JPT Pratama post only."""
    from placement.candidates import shortlist
    from placement.domain.nip import reference_date
    from placement.report.shortlist import shortlist_text

    sc = placement.load_scenario(TEBO / "merge.yaml")
    t = shortlist(sc, position=["P9001", "P0333"], top=6, time_limit=10)
    roster = pd.read_csv(TEBO / "data" / "employees.csv", dtype=str)
    born = dict(zip(roster["id"], roster["birth_date"], strict=True))
    ref = reference_date(sc.plan().extras)
    for _, row in t.iterrows():
        y, m, d = (int(v) for v in str(born[row["employee_id"]])[:10].split("-"))
        age = ref.year - y - ((ref.month, ref.day) < (m, d))
        assert row["age"] == age
        jpt = row["position"] == "P9001"  # P0333: a Kepala Bidang, no Pansel's limit
        assert row["over_age_limit"] == (jpt and age > 56)
    assert t["over_age_limit"].any()  # the bundled list has one: the test reads a case
    text = shortlist_text(t, "en")
    old = t[t["over_age_limit"]].iloc[0]
    assert f" {int(old['age'])}!" in text
    assert "above the age limit of a JPT Pratama post's open selection" in text


def test_the_shortlist_lists_the_officials_the_plan_leaves_without_a_post():
    """Review 165 L3: the shortlist of the merged office's head post (top 5) listed the
    plan's appointee, one of the two heads whose posts the merger closes, and not the
    other, Irmala, whom the plan leaves without a post, ranked 12th. Every serving
    official the plan leaves without a post who is open to the post is listed, at their
    rank, marked †; re-read from the plan's placements and the problem's edges."""
    from placement.candidates import shortlist
    from placement.report.shortlist import shortlist_text

    r = placement.solve(for_shortlist(placement.load_scenario(TEBO / "merge.yaml")))
    t = shortlist(r, position="P9001", top=5, time_limit=10)
    pl = r.placements
    serving = pl["current_position"].fillna("") != ""
    lost = set(pl.loc[serving & (pl["position"].fillna("") == ""), "employee_id"])
    ctx, p = r.compiled.context, r.problem
    q = list(ctx.pos_ids).index("P9001")
    open_to = {ctx.emp_ids[i] for i in p.edge_emp[p.edge_pos == q]}
    irmala = "197505192003082680"  # Kepala Dinas Lingkungan Hidup, P0328 closed
    assert irmala in lost & open_to
    # those whose own post is in the merged office (review 169 L2: not every post open
    # to one without a post lists them), re-read from the plan's positions
    unit = r.compiled.org.positions.set_index("id")["unit"]
    here = {
        e
        for e in lost & open_to
        if unit[pl.set_index("employee_id").at[e, "current_position"]] == "U13"
    }
    assert irmala in here
    top = set(t.loc[t["rank_order"] <= 5, "employee_id"])
    assert set(t.loc[t["without_post"], "employee_id"]) == here | (top & lost)
    assert set(t["employee_id"]) == top | set(t.loc[t["holds_post"], "employee_id"]) | here
    row = t.set_index("employee_id").loc[irmala]
    assert row["rank_order"] > 5 and not row["holds_post"]
    text = shortlist_text(t, "en")
    assert f"{int(row['rank_order'])}†" in text
    assert "† a serving official the plan leaves without a post" in text
