"""Competencies not assessed (review 168 L3): a move into a post whose standard holds
competencies the person was never assessed in is said on the move, on its SK row, on
the proposal's cover and in the summary, and a reason never counts a JPM the objective
only scored (the post's mean) as the person's own fit. The bundled example is assessed
whole; here a copy of it has levels blanked (500 people one competency, 100 all)."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import placement
from placement.i18n import render
from placement.report import summary
from placement.report.decision import summary_html
from placement.report.proposal import _part, proposal_table
from placement.report.proposal_cover import counts
from placement.report.sk_checks import ROWS, checks_of

TEBO = Path(__file__).resolve().parents[2] / "scenarios" / "tebo"


@pytest.fixture(scope="module")
def blanked(tmp_path_factory) -> tuple[placement.Result, pd.DataFrame, Path]:
    """`replace` on the bundled example with levels blanked, its employees file and
    the scenario's path."""
    root = tmp_path_factory.mktemp("unassessed") / "tebo"
    shutil.copytree(TEBO, root)
    path = root / "data" / "employees.csv"
    emp = pd.read_csv(path, dtype=str, keep_default_na=False)
    comps = [c for c in emp.columns if c.startswith("comp:")]
    rng = np.random.default_rng(5)
    rows = rng.choice(len(emp), 600, replace=False)
    for r in rows[:500]:
        filled = [c for c in comps if emp.at[r, c] != ""]
        if filled:
            emp.at[r, rng.choice(filled)] = ""
    emp.loc[rows[500:], comps] = ""
    emp.to_csv(path, index=False)
    return placement.solve(root / "replace.yaml"), emp.set_index("id"), root / "replace.yaml"


def test_each_move_names_the_standard_not_assessed_re_read_from_the_files(blanked):
    """``unassessed_after`` lists, per move, the new post's standard competencies whose
    level the roster leaves blank, in the file's order, each with the standard; the JPM
    there is unknown exactly where the list is the whole standard."""
    r, emp, _ = blanked
    pos = r.compiled.org.positions.set_index("id")
    comps = [c for c in emp.columns if c.startswith("comp:")]
    mv = r.moves
    some = whole = 0
    for e, to, listed, jpm in zip(
        mv["employee_id"], mv["to_position"], mv["unassessed_after"], mv["jpm_after"], strict=True
    ):
        need = {c: pos.at[to, c] for c in comps if c in pos and pos.at[to, c] > 0}
        blank = [f"{c[5:]} -/{int(need[c])}" for c in comps if c in need and emp.at[e, c] == ""]
        assert listed == "; ".join(blank), (e, to)
        assert (jpm != jpm) == (len(need) > 0 and len(blank) == len(need)), (e, jpm, blank)
        # assessed in none: no count of gaps, not "0 below" (review 170 L6)
        below = mv.loc[mv["employee_id"] == e, "competencies_below_after"].iloc[0]
        assert (below != below) == (jpm != jpm), (e, below)
        some += bool(blank) and len(blank) < len(need)
        whole += len(need) > 0 and len(blank) == len(need)
    assert some >= 2 and whole >= 2  # both cases are read


def test_each_such_sk_row_asks_for_an_assessment_and_the_cover_lists_it(blanked):
    """Every move with a competency not assessed, and no other, carries the mark on its
    SK row (the whole standard: JPM unknown; a part: the competencies named), the cover
    counts and lists them, and the comparison's "before the SKs" counts them."""
    r, _, _ = blanked
    t = proposal_table(r, "en")
    part = _part(t)
    moves = t[part == ""].set_index("employee_id")
    mv = r.moves.set_index("employee_id")
    for e, row in mv.iterrows():
        note = moves.at[e, "note"]
        if row["unassessed_after"] == "":
            assert "not assessed" not in note, e
        elif row["jpm_after"] != row["jpm_after"]:
            assert "not assessed in any competency of the new post's standard" in note, e
        else:
            assert f"not assessed in {row['unassessed_after']} (-/standard)" in note, e
    n = int((mv["unassessed_after"] != "").sum())
    lines = counts(t, part, (), "en")
    assert (
        f"ask to assess competencies of the new post's standard first (unassessed_after): {n}"
        in (" ".join(lines))
    )
    from placement.report.proposal_cover import asking

    listed = set(asking(t, part, "en")["nip"])
    assert set(moves.loc[mv.index[mv["unassessed_after"] != ""], "nip"]) <= listed
    got = dict(zip([k for k, _ in ROWS], checks_of(r), strict=True))
    assert got["checks_assessment"] == n


def test_the_summary_names_them_those_assessed_in_nothing_first(blanked):
    r, _, _ = blanked
    mv = r.moves
    f = summary.facts(r)
    blank = mv["unassessed_after"] != ""
    none = blank & mv["jpm_after"].isna()
    assert f["unassessed_moves"] == int(blank.sum()) and f["unassessed_none"] == int(none.sum())
    first = mv.loc[none, "name"].sort_values().tolist()
    text = summary_html(r, "en").replace("&#x27;", "'")
    said = f"competencies not assessed for the person: {int(blank.sum())}, {int(none.sum())} of"
    assert said in text
    # in the summary's order: those assessed in none first, then the most not assessed,
    # then by id (review 171 L6: the first name alone was read)
    many = mv["unassessed_after"].str.count("; ") + 1
    order = (
        mv[blank]
        .assign(none=~none[blank], many=-many[blank])
        .sort_values(["none", "many", "employee_id"])
    )
    want = [f"{n} ({e})" for n, e in zip(order["name"], order["employee_id"], strict=True)]
    names = render(f["unassessed_names"], "en")
    assert names.startswith(", ".join(want[:2])) and names.split(" (")[0] in first


@pytest.mark.parametrize("scored", ["overall", "mean"])
def test_a_reason_names_a_jpm_only_scored_as_such(blanked, scored):
    """Where a mover has no JPM in their own post or the new one, the jpm term's gain
    is what the objective scored (``objective.unassessed_jpm``), not their fit: the
    parts of the move name it so, and never "jpm" alone (a mover assessed in nothing
    read "jpm +4.5" between two posts' means). By default ("overall") one assessed in
    neither post gains nothing by it between the two posts."""
    from placement.model.reasons import _gains

    r, _, path = blanked
    # each reading set, not left to the default (review 171 L6)
    r = placement.solve(
        placement.load_scenario(path).with_settings(objective={"unassessed_jpm": scored})
    )
    ctx, p = r.compiled.context, r.problem
    mv = r.moves
    e = pd.Index(ctx.emp_ids).get_indexer(mv["employee_id"])
    at = pd.Index(ctx.pos_ids)
    was, now = at.get_indexer(mv["from_position"]), at.get_indexer(mv["to_position"])
    before, _ = ctx.pair_jpm(e, was)
    after, _ = ctx.pair_jpm(e, now)
    named = f"jpm_unknown_{scored}"
    seen = {"jpm": 0, named: 0, "both": 0}
    for k in range(len(mv)):
        e_from, e_to = (
            p.pair_edges(e[k : k + 1], was[k : k + 1])[0],
            p.pair_edges(e[k : k + 1], now[k : k + 1])[0],
        )
        if e_from < 0 or e_to < 0:
            continue  # a move from a post the rules close to them: no pair to compare
        parts = _gains(p, int(e_from), int(e_to), ctx)
        unknown = np.isnan(before[k]) or np.isnan(after[k])
        assert "jpm" not in parts or not unknown, mv["employee_id"].iloc[k]
        assert named not in parts or unknown, mv["employee_id"].iloc[k]
        seen["jpm"] += "jpm" in parts
        seen[named] += named in parts
        both = np.isnan(before[k]) and np.isnan(after[k])
        seen["both"] += both
        if both and scored == "overall":
            assert named not in parts, mv["employee_id"].iloc[k]
    assert seen["jpm"] >= 10
    if scored == "mean":  # two posts' means: a gain nobody measured, named as such
        assert seen[named] >= 1
        irtno = mv[mv["employee_id"] == "198109242010011924"]["reason"].iloc[0]
        assert "(jpm not known (scored as the post's mean) +4.5," in render(irtno, "en")
    else:
        assert seen["both"] >= 1
    # a seat left to another: whose JPM is not known is said (review 171 H1: the nurse
    # assessed in nothing read "jpm not known" of Dera's, which is 100)
    texts = {e: render(x, "en") for e, x in zip(mv["employee_id"], mv["reason"], strict=True)}
    mine = [e for e, x in texts.items() if "jpm against this person's not known" in x]
    assert mine
    for who in mine:
        k = list(mv["employee_id"]).index(who)
        assert np.isnan(before[k]), who  # their own pair in the seat they leave


def test_the_shortlist_names_the_standard_not_assessed(blanked):
    """A candidate's competencies not assessed are listed beside those below the
    standard (a candidate assessed in nothing read no gap at all), re-read from the
    files; the text block says "the whole standard" where none is assessed."""
    from placement.candidates import shortlist
    from placement.report.shortlist import shortlist_text

    r, emp, path = blanked
    pos = r.compiled.org.positions.set_index("id")
    comps = [c for c in emp.columns if c.startswith("comp:")]
    table = shortlist(path, position="P0118", top=3)
    need = {c: int(pos.at["P0118", c]) for c in comps if c in pos and pos.at["P0118", c] > 0}
    for e, listed in zip(table["employee_id"], table["not_assessed"], strict=True):
        want = [f"{c[5:]} -/{need[c]}" for c in comps if c in need and emp.at[e, c] == ""]
        assert listed == "; ".join(want), e
    unknown = table["jpm"].isna() & (table["not_assessed"] != "")
    assert unknown.sum() >= 1
    text = shortlist_text(table, "en")
    assert text.count("the whole standard") == unknown.sum()
    assert "Not assessed (-/standard)" in text


def test_explain_names_a_jpm_only_scored_as_such(blanked):
    """``explain`` of a mover assessed in nothing of the new post's standard: the
    result's line names the jpm term as scored (the post's mean), not as theirs; one
    assessed whole keeps "jpm"."""
    from placement.explain import explain

    r, _, _ = blanked
    mv = r.moves
    unknown = mv[mv["jpm_after"].isna()].iloc[0]
    known = mv[mv["jpm_after"].notna() & (mv["unassessed_after"] == "")].iloc[0]
    for row, scored in ((unknown, True), (known, False)):
        lines = [render(x, "en") for x in explain(r, row["employee_id"]).lines]
        result = next(x for x in lines if x.startswith("Result:"))
        assert ("jpm not known (scored as the organisation's mean) +" in result) == scored, result
        assert (" jpm +" in result or "(jpm +" in result or ": jpm +" in result) != scored


def test_the_summary_says_whose_training_need_is_unknown(blanked):
    """Review 171 L3: "3,167 people need competency development" said nothing of the 98
    placed who are assessed in none of their post's standard, whose need is unknown.
    Re-read from the files: each placed person whose levels are blank in every
    competency of their post's standard is counted, and only they."""
    r, emp, _ = blanked
    pos = r.compiled.org.positions.set_index("id")
    comps = [c for c in emp.columns if c.startswith("comp:") and c in pos]
    placed = r.placements[r.placements["position"].fillna("") != ""]
    need = pos.loc[placed["position"], comps].to_numpy(float) > 0
    blank = (emp.loc[placed["employee_id"], comps] == "").to_numpy()
    n = int(((need & ~blank).sum(axis=1) == 0)[need.any(axis=1)].sum())
    assert n >= 50
    text = summary_html(r, "en").replace("&#x27;", "'")
    assert f"Of those placed, {n} are assessed in none of their post's standard" in text
    bundled = summary_html(placement.solve(TEBO / "replace.yaml"), "en")
    assert "assessed in none of their post" not in bundled
