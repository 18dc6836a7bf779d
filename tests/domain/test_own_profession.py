"""``eligibility.rise_into_own_profession`` (review 71): a serving official holding the
licence of a licensed JF family enters that family's post at the level their golongan
fits, past ``max_grade_rise``; nothing else is let past any rule. Small frames worked
out by hand, explain, and the bundled example against an oracle read from the data."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import placement
from placement.model import levels
from placement.model.config import JF_RANK_RANGES, LICENSED_FAMILIES
from placement.model.eligibility import rule_edges
from placement.model.requirements import requirement_failures

TEBO = Path(__file__).resolve().parents[2] / "scenarios" / "tebo"

POSITIONS = [  # id, title, kind, level, kelas
    ("A1", "Pengadministrasi Umum", "JA", "Pelaksana", 5),
    ("A9", "Analis Perencanaan", "JA", "Pelaksana", 10),
    ("G1", "Guru Kelas Ahli Pertama", "JF", "Ahli Pertama", 8),
    ("G2", "Guru Kelas Ahli Muda", "JF", "Ahli Muda", 9),
    ("N3", "Perawat Ahli Pertama", "JF", "Ahli Pertama", 8),
    ("K2", "Analis Keuangan Ahli Muda", "JF", "Ahli Muda", 9),
]
PEOPLE = [  # id, golongan, post, certifications
    ("T1", "III/d", "A1", "Sertifikat Pendidik"),  # a teacher in an office post
    ("T2", "III/d", "A1", ""),  # no licence
    ("T3", "III/d", "A1", "Uji Kompetensi Analis Keuangan"),  # a family without a licence
    ("T4", "III/d", "A9", "Sertifikat Pendidik"),  # Guru Ahli Muda is a kelas down for him
    ("N1", "III/a", "A1", "STR Perawat"),  # a nurse in an office post
    ("N2", "II/c", "A1", "STR Perawat"),  # below Ahli Pertama's golongan range
]


def _scenario(on: bool):
    pos = pd.DataFrame(
        [
            dict(id=i, title=t, unit="U1", kind=k, level=lv, grade=str(g), headcount="3")
            for i, t, k, lv, g in POSITIONS
        ]
    )
    emp = pd.DataFrame(
        [
            dict(id=i, rank=r, education="S1", current_position=c, certifications=cert)
            for i, r, c, cert in PEOPLE
        ]
    )
    elig = {"hard": [], "max_grade_drop": 0, "max_grade_rise": 2}
    return placement.Scenario.from_frames(
        emp, pos, None, eligibility={**elig, "rise_into_own_profession": on}
    )


def _pairs(c) -> set[tuple[str, str]]:
    p, ctx = c.problem, c.context
    e = np.repeat(np.arange(p.n_employees), np.diff(p.indptr))
    return set(zip(ctx.emp_ids[e], ctx.pos_ids[p.edge_pos], strict=True))


def test_a_licence_holder_enters_their_profession_past_the_kelas_band_and_no_one_else():
    off, on = _pairs(_scenario(False).compile()), _pairs(_scenario(True).compile())
    assert ("T1", "G2") not in off and ("N1", "N3") not in off  # 5 -> 9, 5 -> 8: the band
    assert on - off == {("T1", "G2"), ("N1", "N3")}
    assert off <= on
    # not past the other rules: Guru Ahli Pertama's golongan range is III/a-III/b (T1 is
    # III/d), N2 (II/c) is below Perawat Ahli Pertama's; no licence, no licensed family,
    # no rise (a drop stays barred: T4 from kelas 10)
    for pair in [("T1", "G1"), ("N2", "N3"), ("T2", "G2"), ("T3", "K2"), ("T4", "G2")]:
        assert pair not in on, pair


@pytest.mark.parametrize("on", [False, True])
def test_explain_names_the_kelas_band_only_where_it_bars(on):
    c = _scenario(on).compile()
    ids = {e: k for k, e in enumerate(c.context.emp_ids)}
    pos = {q: k for k, q in enumerate(c.context.pos_ids)}
    keys = [getattr(f, "key", "") for f in requirement_failures(c, ids["T1"], pos["G2"])]
    assert ("explain.why_grade" in keys) is not on
    keys = [getattr(f, "key", "") for f in requirement_failures(c, ids["T4"], pos["G2"])]
    assert "explain.why_grade" in keys  # a drop: max_grade_drop, either way


def test_the_bundled_example_lets_only_licence_holders_into_their_profession():
    """Every pair the bundled `replace` opens with the option and not without it is a
    serving official's rise of more than ``max_grade_rise`` kelas into a JF post of a
    licensed family whose licence (``LICENSED_FAMILIES``) they hold, at a level whose
    golongan range (``JF_RANK_RANGES``) holds theirs: read from the data, not from the
    career rules' tables. And the three teachers of review 71 teach."""
    sc = placement.load_scenario(TEBO / "replace.yaml")
    policy = sc.config.eligibility
    assert policy.rise_into_own_profession
    ctx = sc.compile().context
    on = rule_edges(ctx, policy)
    off = rule_edges(ctx, policy.model_copy(update={"rise_into_own_profession": False}))
    m = ctx.n_positions
    new = np.setdiff1d(on[0].astype(np.int64) * m + on[1], off[0].astype(np.int64) * m + off[1])
    assert 0 < len(new) and np.isin(off[0] * m + off[1], on[0] * m + on[1]).all()
    emp = ctx.org.employees.set_index("id")
    pos = ctx.org.positions
    cur_grade = ctx.current_grade
    for e, q in zip((new // m).tolist(), (new % m).tolist(), strict=True):
        title = str(pos["title"].iloc[q])
        family = [f for f in LICENSED_FAMILIES if title.startswith(f + " ")]
        assert pos["kind"].iloc[q] == "JF" and family, title
        certs = str(emp.at[ctx.emp_ids[e], "certifications"])
        licence = LICENSED_FAMILIES[max(family, key=len)]
        assert licence in [c.strip() for c in certs.split(";")], (title, certs)
        lo, hi = JF_RANK_RANGES[str(pos["level"].iloc[q])]
        rank = levels.RANKS.index(str(emp.at[ctx.emp_ids[e], "rank"]))
        assert levels.RANKS.index(lo) <= rank <= levels.RANKS.index(hi)
        assert float(pos["grade"].iloc[q]) - cur_grade[e] > policy.max_grade_rise
    r = placement.solve(sc)
    mv = r.moves.set_index("name")
    for name in ("Puri Yusan Ronalim, S.Pd.", "Iryadi Simdi, S.Pd.", "Andin Lulorah"):
        assert mv.at[name, "to_title"] == "Guru Kelas Ahli Muda", name
        assert (mv.at[name, "from_grade"], mv.at[name, "to_grade"]) == (5, 9)
    # the reason of each move past the band says so, and no other reason does ("a
    # promotion: kelas jabatan 5 → 9" alone read as a four-kelas jump the plan chose)
    far = (mv["to_grade"] - mv["from_grade"]) > policy.max_grade_rise
    says = (
        mv["reason"]
        .map(str)
        .str.contains(
            "kelas up, past max_grade_rise 2: the jenjang of the licensed profession they hold"
        )
    )
    assert far.sum() == 3 and (far == says).all()
    rank = r.placements.set_index("name")["rank"]
    for name in mv.index[far]:
        assert f"their golongan {rank[name]} fits" in str(mv.at[name, "reason"]), name
