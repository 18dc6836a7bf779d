"""Why a seat stays empty (review 85 H2: in `quota` 14 seats of Perawat Mahir and 11 of
Bidan Mahir stayed empty beside Perawat and Bidan Terampil who met their every rule,
and 191 of the 198 vacancies gave no ground at all)."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pandas as pd

import placement

TEBO = Path(__file__).resolve().parents[2] / "scenarios" / "tebo"

#: the seven Perawat Terampil the review found meeting every rule of P0087 (S.Kep., STR
#: Perawat, golongan III/a, SKP Baik or better, JPM 77.3 to 95.5 there)
NURSES = {
    "199402022019111783",
    "198112272004022796",
    "198306132007031788",
    "198302262009122486",
    "198005122007011110",
    "197705192004102513",
    "197810212004082473",
}


def test_every_empty_seat_says_why_and_names_those_a_jenjang_below(tmp_path):
    """Each post with an empty seat says why; P0087 names its candidates a jenjang
    below (the review's seven) and that their kenaikan jenjang is the PPK's; the counts
    agree with the words; posts with no empty seat say nothing. The candidates of a
    step up are re-read from the placements: a lower kelas of the same family
    (Perawat), its holders not among them."""
    r = placement.solve(TEBO / "quota.yaml")
    vac = r.vacancies.set_index("position")
    empty = vac["vacant"] > 0
    why = vac["why_empty"].map(str)
    assert (why[empty] != "").all() and (why[~empty] == "").all()
    assert (vac.loc[~empty, ["candidates", "step_up"]] == 0).all().all()
    none = why.str.startswith("no one outside it whom every rule of the scenario opens it")
    board = vac["selection"].astype(str).isin(["tpk", "pansel"])
    assert (none == (empty & (vac["candidates"] == 0) & ~board)).all()
    # a post left open for the appointment boards says so (review 86 H1: "no one ...
    # meets its rules" of Kepala Dinas Perhubungan, P0344, whom 16 could be)
    assert board.sum() >= 5 and why[board].str.startswith("left open for the ").all()
    assert why["P0344"].startswith("left open for the open selection (Pansel)") or why[
        "P0344"
    ].startswith("left open for the Tim Penilai Kinerja")
    # a JPT post takes nobody the plan moves, across or not (review 110 L2); an
    # Administrator or Pengawas post takes one across from another
    pansel = vac["selection"].astype(str) == "pansel"
    assert (pansel & empty).any() and (pansel & empty & ~board).sum() == 0
    for q, text in why[board & empty].items():
        across = "the plan moves nobody into it but across from another such post" in text
        assert across != bool(pansel[q]), (q, text)
        assert ("the plan moves nobody into a JPT post;" in text) == bool(pansel[q]), text
    for q, text in why[empty & ~none & ~board].items():
        # those placed elsewhere, those qualified_holders_stay keeps, those pinned
        n = sum(
            int(k) for k in re.findall(r"(?<!of the )(?<!\d)(\d+) whom the rules open it to", text)
        )
        assert n == vac.loc[q, "candidates"], text
        k = re.search(r", (\d+) of them at a lower kelas of its own family", text)
        assert (int(k.group(1)) if k else 0) == vac.loc[q, "step_up"], text
    assert (vac["step_up"] <= vac["candidates"]).all()
    assert (vac.loc["P0087", "vacant"], vac.loc["P0087", "step_up"]) == (14, 7)
    named = set(re.findall(r"\((\d{18})\)", why["P0087"]))
    assert len(named) == 3 and named <= NURSES
    assert "and 4 more; a kenaikan jenjang rests on their angka kredit and uji" in why["P0087"]
    # and why the plan moves none of them (review 86 M1)
    assert why["P0087"].endswith("and no such move would raise its total within its rules")
    # those a jenjang below are holders of a lower kelas of its family, not in it
    pl = r.placements.set_index("employee_id")
    titles = r.compiled.org.positions.set_index("id")
    for e in named:
        now = str(pl.loc[e, "current_position"])
        assert str(pl.loc[e, "position"]) != "P0087"
        assert titles.loc[now, "title"].startswith("Perawat ")
        assert titles.loc[now, "grade"] < titles.loc["P0087", "grade"]
    assert vac.loc["P0091", "step_up"] == 8  # Bidan Mahir, the review's eight midwives
    # every post names its own, no more than it counts (review 89 H1: P0020, Analis
    # Kebijakan Ahli Muda, one of them, named two Perawat Terampil of P0087 after its
    # own): each a holder of a lower kelas of the post's family, not placed in it
    from placement.domain.career import family_of_title

    family = family_of_title(titles["title"])
    few = 0
    for q in vac.index[vac["step_up"] > 0]:
        ids = re.findall(r"\((\d{18})\)", why[q])
        assert len(ids) == min(int(vac.loc[q, "step_up"]), 3), (q, why[q])
        few += int(vac.loc[q, "step_up"]) < 3
        for e in ids:
            now = str(pl.loc[e, "current_position"])
            assert family[now] == family[q] and str(pl.loc[e, "position"]) != q, (q, e)
            assert titles.loc[now, "grade"] < titles.loc[q, "grade"], (q, e)
    assert few >= 1  # P0020
    # in the report's vacancy table and the CSV too
    from placement.report.files import write_result

    write_result(r, tmp_path, formats=("csv", "html"))
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "Why it stays empty" in html and "at a lower kelas of its own family" in html
    csv = pd.read_csv(tmp_path / "vacancies.csv", dtype=str, keep_default_na=False)
    assert csv.set_index("position").loc["P0087", "why_empty"] == why["P0087"]


def test_a_seat_the_unit_cap_keeps_empty_says_so():
    """A seat its unit's cap keeps empty says so, with the cap: U1 may hold one, and A
    (Hukum) holds P1 there; P3 (U1, Ekonomi) stays empty though B and C, of U2, could
    take it. Where a candidate is in the unit already, the cap keeps no one out and is
    not said (review 87 M4): with P3 open to Hukum too, A is one."""
    e = pd.DataFrame(
        {
            "id": ["A", "B", "C"],
            "rank": "III/a",
            "education": "S1",
            "field": ["Hukum", "Ekonomi", "Ekonomi"],
            "current_unit": ["U1", "U2", "U2"],
            "current_position": ["P1", "P2", "P2"],
        }
    )
    p = pd.DataFrame(
        {
            "id": ["P1", "P2", "P3"],
            "title": ["Analis A", "Analis B", "Analis C"],
            "unit": ["U1", "U2", "U1"],
            "headcount": ["1", "2", "2"],
            "min_education": "S1",
            "fields": ["Hukum", "Ekonomi", "Ekonomi"],
        }
    )
    u = pd.DataFrame({"id": ["U1", "U2"], "name": ["Satu", "Dua"], "max_headcount": ["1", ""]})
    r = placement.solve(placement.Scenario.from_frames(e, p, u))
    vac = r.vacancies.set_index("position")
    assert vac.loc["P3", "vacant"] == 2 and vac.loc["P3", "candidates"] >= 2
    assert "but its unit is at its cap (1 staff: max_headcount)" in str(vac.loc["P3", "why_empty"])
    assert np.isin(["P1", "P2"], vac.index[vac["vacant"] > 0]).sum() == 0
    p["fields"] = ["Hukum", "Ekonomi", "Ekonomi;Hukum"]
    r = placement.solve(placement.Scenario.from_frames(e, p, u))
    text = str(r.vacancies.set_index("position").loc["P3", "why_empty"])
    assert "cap" not in text and text.startswith("3 whom the rules open it to")


def test_those_a_jenjang_below_are_named_in_the_rises_merit_order():
    """Review 87: the step-up names were ranked by the scenario's JPM while
    ``rise_among_best_jpm: gaps`` ranks the rises with each competency counted up to its
    standard. Four Analis Kebijakan Ahli Pertama could rise into P2 (Ahli Muda): A is
    above the standard in one competency and below it in another, B meets both. Read as
    the scenario reads them (a surplus counts, JPM capped), A, B and D tie at 100; as
    the merit order reads them under ``gaps``, B alone meets every standard and comes
    first, A, C and D tie below (by id)."""
    ids = ["A", "B", "C", "D", "H"]
    levels = {"A": (5, 2), "B": (3, 3), "C": (3, 2), "D": (4, 2), "H": (3, 3)}
    e = pd.DataFrame(
        {
            "id": ids,
            "name": [f"Nama {i}" for i in ids],
            "rank": "III/b",
            "education": "S1",
            "field": "Ekonomi",
            "current_unit": "U1",
            "current_position": ["P1"] * 4 + ["P2"],
            "comp:Integritas": [levels[i][0] for i in ids],
            "comp:Kerjasama": [levels[i][1] for i in ids],
            "performance": ["Baik", "Baik", "Baik", "Baik", "Baik"],
        }
    )
    p = pd.DataFrame(
        {
            "id": ["P1", "P2"],
            "title": ["Analis Kebijakan Ahli Pertama", "Analis Kebijakan Ahli Muda"],
            "kind": "JF",
            "unit": "U1",
            "headcount": ["4", "3"],
            "grade": ["8", "9"],
            "min_education": "S1",
            "fields": "Ekonomi",
            "comp:Integritas": "3",
            "comp:Kerjasama": "3",
        }
    )
    u = pd.DataFrame({"id": ["U1"], "name": ["Satu"]})

    def named(mode: str) -> list[str]:
        sc = placement.Scenario.from_frames(
            e, p, u, eligibility={"rise_among_best_jpm": mode}, objective={"weights": {}}
        )
        vac = placement.solve(sc).vacancies.set_index("position")
        assert vac.loc["P2", "step_up"] == 4
        return re.findall(r"Nama (\w) \(", str(vac.loc["P2", "why_empty"]))

    assert named("scenario") == ["A", "B", "D"]
    assert named("gaps") == ["B", "A", "C"]
    # alike in JPM to one decimal, the Daftar Urut Kepangkatan's order decides: the SKP
    # rating, then the golongan (review 90 M4: of two at JPM 100, one rated Baik was
    # named before one rated Sangat Baik, by NIP)
    e.loc[e["id"] == "D", "performance"] = "Sangat Baik"
    assert named("gaps") == ["B", "D", "A"]
    e.loc[e["id"] == "C", "rank"] = "III/c"
    assert named("gaps") == ["B", "D", "C"]


def test_a_post_left_to_the_boards_counts_those_who_meet_its_requirements():
    """Review 98 M10: P9001, the head post of `merge`'s merged office, read "candidates
    0" though both former heads meet its every requirement and the Pansel needs a pool.
    A post left to the Tim Penilai Kinerja or the Pansel counts, and says, those not in
    it who meet its education, golongan and field, re-read from the roster."""
    from placement.model.levels import RANKS

    r = placement.solve(TEBO / "merge.yaml")
    vac = r.vacancies.set_index("position")
    emp = r.compiled.org.employees
    pos = r.compiled.org.positions.set_index("id")
    board = vac[vac["selection"].astype(str).isin(["tpk", "pansel"]) & (vac["vacant"] > 0)]
    assert len(board) >= 3 and "P9001" in board.index
    active = ~r.compiled.org.excluded
    for q, row in board.iterrows():
        edu = emp["edu_level"] >= pos.at[q, "min_edu_level"]
        rank = emp["rank_level"] >= pos.at[q, "min_rank_level"]
        fields = {f.strip().lower() for f in str(pos.at[q, "fields"]).split(";") if f.strip()}
        field = emp["field"].str.strip().str.lower().isin(fields) if fields else True
        want = int((edu & rank & field & active & (emp["current_position"] != q)).sum())
        assert row["candidates"] == want > 0, q
        assert f"; {want} not in it meet its education, golongan and field" in str(row["why_empty"])
    heads = {"197504162006051069", "197505192003082680"}  # both former heads
    assert board.at["P9001", "candidates"] >= 100
    e = emp.set_index("id").loc[sorted(heads)]
    assert (e["rank"].map(RANKS.index) >= RANKS.index("IV/a")).all()


def test_an_empty_post_names_those_only_the_scenarios_own_limits_keep_out():
    """Review 136 M3: P0286 (Pranata Humas Ahli Muda) kept a seat empty, its reason
    "no one outside it whom every rule opens it to", while only ``max_grade_rise`` shut
    it to Ahmad Muham Suroni Nasjayo, who holds its uji kompetensi. Such a post now
    names those whom only the scenario's own limits keep out, and the count is re-read
    from the rules themselves: with the kelas band, ``min_jpm``, the competency gap and
    the scope lifted, the pairs that open (of those not in it who meet its education,
    golongan and field; bans aside) are exactly those counted, and everyone named is
    among them."""
    r = placement.solve(TEBO / "workload.yaml")
    why = r.vacancies.set_index("position")["why_empty"].map(str)
    said = why[why.str.contains("alone keep out")]
    assert {"P0286", "P0171"} <= set(said.index)
    assert "Ahmad Muham Suroni Nasjayo (198408172015031335): grade 9 is outside" in said["P0286"]
    assert "max_grade_rise 2" in said["P0286"]
    _limits_alone_re_read(r)
    # review 142 M1: with the gap a rule, lifting it ranks more candidates for a rise:
    # the regulations' rules are judged as they would read then (P0154 had named one
    # whom rise_among_best_jf still kept out)
    gap = placement.load_scenario(TEBO / "replace.yaml").with_settings(
        eligibility={"max_competency_gap": 0}
    )
    _limits_alone_re_read(placement.solve(gap))


def _limits_alone_re_read(r) -> None:
    """The counts and names of "alone keep out" in ``r``'s vacancies, against the
    engine's rule edges with the limits lifted."""
    from placement.model.eligibility import rule_edges_of  # the engine's own rules

    comp, vac = r.compiled, r.vacancies.set_index("position")
    ctx, cfg = comp.context, comp.config.eligibility
    why = vac["why_empty"].map(str)
    free = cfg.model_copy(
        update={
            "max_grade_rise": None,
            "max_grade_drop": None,
            "min_jpm": None,
            "max_competency_gap": None,
            "scope": "any",
            "hard": [h for h in cfg.hard if h != "competency"],
        }
    )
    now = set(zip(*(x.tolist() for x in rule_edges_of(ctx, cfg)), strict=True))
    lifted = set(zip(*(x.tolist() for x in rule_edges_of(ctx, free)), strict=True))
    a = np.asarray(r.assignment)
    pos = pd.Index(ctx.pos_ids)
    ids = np.asarray(ctx.emp_ids).astype(str)
    none = why.str.startswith("no one outside it whom every rule of the scenario opens it")
    assert none.sum() >= 10
    for q, text in why[none].items():
        k = int(pos.get_loc(q))
        formal = ctx.pair_formal_ok(np.arange(len(a)), np.full(len(a), k))
        formal &= ~comp.org.excluded & (a != k) & (ctx.emp("current_pos") != k)
        opened = {
            i
            for i in np.flatnonzero(formal).tolist()
            if (i, k) in lifted and (i, k) not in now and (ids[i], q) not in comp.plan.bans
        }
        m = re.search(r"alone keep out (\d+) who meet", text)
        assert (int(m.group(1)) if m else 0) == len(opened), (q, text)
        named = set(re.findall(r"\((\d{18})\): ", text))
        assert named <= {ids[i] for i in opened} and len(named) == min(3, len(opened)), q


def test_the_scope_is_named_only_of_a_pair_out_of_it():
    """Review 142 L1: under ``scope: unit`` every pair's failures named the scope, so a
    vacancy named people "outside the employee's scope" who were in it. Re-read from the
    units: of pairs in the person's unit the scope is never a failure, of pairs outside
    it always."""
    from placement.model.requirements import requirement_failures

    sc = placement.load_scenario(TEBO / "replace.yaml").with_settings(eligibility={"scope": "unit"})
    comp = sc.compile()
    ctx = comp.context
    unit_e, unit_p = ctx.emp("current_unit"), ctx.pos("unit_idx")
    rng = np.random.default_rng(142)
    seen = {True: 0, False: 0}
    for i in rng.choice(np.flatnonzero(unit_e >= 0), 40, replace=False).tolist():
        for q in rng.choice(ctx.n_positions, 10, replace=False).tolist():
            out = unit_e[i] != unit_p[q]
            said = any("scope" in str(f) for f in requirement_failures(comp, i, q))
            assert said == out, (ctx.emp_ids[i], ctx.pos_ids[q])
            seen[out] += 1
        same = np.flatnonzero(unit_p == unit_e[i])[:3]
        for q in same.tolist():
            assert not any("scope" in str(f) for f in requirement_failures(comp, i, q))
            seen[False] += 1
    assert min(seen.values()) > 20


def test_a_candidate_qualified_holders_stay_keeps_is_said_apart_as_explain_says_it():
    """Review 152 M4: P0170 (ABK: the most overloaded post, 4 short) read "1 whom the
    rules open it to are placed elsewhere ...; moving one of them here would not raise
    this plan's total", where its one candidate, Muwan Marrah, is kept in his own post
    by qualified_holders_stay, as `placement explain` says: the solve could not move
    him. Re-read per post from the explanation of every candidate the rules open it to."""
    from placement.explain import explain
    from placement.i18n import render
    from placement.model.eligibility import rule_edges_of

    r = placement.solve(TEBO / "workload.yaml")
    why = r.vacancies.set_index("position")["why_empty"].map(str)
    assert why["P0170"] == (
        "1 whom the rules open it to are kept in their own post by the rule "
        "qualified_holders_stay (each meets the post they hold, and a move here, at their "
        "kelas or lower, would be a loss to them)"
    )
    text = "\n".join(render(x, "en") for x in explain(r, "199310092019101147", "P0170").lines)
    assert "Not eligible for P0170" in text and "qualified_holders_stay" in text
    # a post of few candidates: each one's explanation, counted against the row
    ctx = r.compiled.context
    e, q = rule_edges_of(ctx, r.compiled.config.eligibility)
    a = r.assignment
    checked = 0
    vac = r.vacancies.set_index("position")
    some = vac[why.str.contains("qualified_holders_stay")].sort_values(["candidates"]).index
    for post in some[:4]:  # the fewest candidates: an explanation each
        k = int(np.flatnonzero(ctx.pos_ids == post)[0])
        who = e[(q == k) & (a[e] != k)]
        kept = sum(
            "eligibility.qualified_holders_stay"
            in "\n".join(render(x, "en") for x in explain(r, str(ctx.emp_ids[j]), post).lines)
            for j in who.tolist()
        )
        said = re.search(r"(\d+) whom the rules open it to are kept in their own post", why[post])
        assert kept == (int(said.group(1)) if said else 0), (post, why[post])
        checked += 1
    assert checked == 4 and "P0170" in some[:4]


def test_a_step_up_row_says_apart_those_qualified_holders_stay_keeps():
    """Review 153 L5: a post's row naming its candidates at a lower kelas of its family
    counted all of them, 6 of whose 8 (P0020, Analis Kebijakan Ahli Muda) the solve
    cannot move, qualified_holders_stay keeping them in their own post: said of the
    whole count, not of those at a lower kelas, whom the rule does not hold (review 157
    M1: "7 of them at a lower kelas …; of them, 38 are kept"). Re-read from `placement
    explain` of each candidate."""
    from placement.explain import explain
    from placement.i18n import render
    from placement.model.eligibility import rule_edges_of

    r = placement.solve(TEBO / "workload.yaml")
    why = r.vacancies.set_index("position")["why_empty"].map(str)
    row = why["P0020"]
    assert "lower kelas of its own family" in row and "the plan moves none of them" in row
    said = re.search(r"of the (\d+) whom the rules open it to, (\d+) are kept in their own", row)
    assert said is not None, row
    # of all its candidates, not of those at a lower kelas, whom the rule never holds
    # (it keeps a holder from a move at their kelas or lower: review 157 M1)
    assert int(said.group(1)) == int(r.vacancies.set_index("position").at["P0020", "candidates"])
    ctx = r.compiled.context
    e, q = rule_edges_of(ctx, r.compiled.config.eligibility)
    k = int(np.flatnonzero(ctx.pos_ids == "P0020")[0])
    who = e[(q == k) & (r.assignment[e] != k)]
    kept = sum(
        "eligibility.qualified_holders_stay"
        in "\n".join(render(x, "en") for x in explain(r, str(ctx.emp_ids[j]), "P0020").lines)
        for j in who.tolist()
    )
    assert kept == int(said.group(2)) > 0 and len(who) > kept
    # none of them at a lower kelas: the step-up candidates are open to a move here
    grade = ctx.pos("grade")
    cur = ctx.emp("current_pos").astype(int)
    lower = [j for j in who.tolist() if cur[j] >= 0 and grade[k] > grade[cur[j]]]
    assert lower and not any(
        "eligibility.qualified_holders_stay"
        in "\n".join(render(x, "en") for x in explain(r, str(ctx.emp_ids[j]), "P0020").lines)
        for j in lower
    )
