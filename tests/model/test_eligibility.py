"""Eligibility (placement.model.eligibility): the grouped, sort-free edge builder against a
pair-by-pair reading of the rules on random organisations."""

from __future__ import annotations

import numpy as np
import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import placement
from placement.model.config import Eligibility
from placement.model.eligibility import _group_edges, grade_band_ok, group_rules
from placement.model.levels import RANKS
from tests.requirements import requirements_missed
from tests.strategies import organisations

_settings = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_settings
@given(organisations())
def test_eligible_edges_are_exactly_the_pairs_the_rules_allow(frames):
    """The grouped, sort-free edge builder against a pair-by-pair reading of the rules
    (education, rank, field, scope, open posts, incumbents) on the tables themselves."""
    base = placement.Scenario.from_frames(*frames)  # the tables read once, for 3 scopes
    for scope in ("any", "unit", "parent"):
        sc = base.with_settings(
            eligibility={
                "scope": scope,
                "hard": ["education", "rank", "field"],
                "max_grade_drop": None,
                "max_grade_rise": None,
                "career": "off",
                "qualified_holders_first": "none",  # the next test's oracle
            }
        )  # test_career.py has its own oracle
        c = sc.compile()
        org, p = c.org, c.problem
        emp, pos, units = org.employees, org.positions, org.units
        parent = {u: (pr or u) for u, pr in zip(units["id"], units["parent"], strict=True)}
        pos_ids = list(pos["id"])
        expected = set()
        for i, e in enumerate(emp.itertuples(index=False)):
            for j, q in enumerate(pos.itertuples(index=False)):
                accepted = [x.strip().lower() for x in q.fields.split(";") if x.strip()]
                ok = (
                    int(q.headcount) > 0
                    and e.edu_level >= q.min_edu_level
                    and e.rank_level >= q.min_rank_level
                    and (not accepted or e.field.strip().lower() in accepted)
                )
                if scope != "any" and e.current_unit:
                    mine, theirs = e.current_unit, q.unit
                    if scope == "parent":
                        mine, theirs = parent[mine], parent[theirs]
                    ok = ok and mine == theirs
                if ok or e.current_position == pos_ids[j]:
                    expected.add((i, j))
        got = set(zip(p.edge_emp.tolist(), p.edge_pos.tolist(), strict=True))
        assert got == expected, scope
        keys = p.edge_emp.astype(np.int64) * len(pos) + p.edge_pos
        assert (np.diff(keys) > 0).all()  # CSR order, no duplicates


def _jpm(emp, pos, i: int, j: int) -> float:
    """JPM % of employee row ``i`` in position row ``j`` read off the tables (the
    default ``jpm_surplus: cap``): assessed levels over the standard's assessed
    required levels, at most 100; NaN without one."""
    comps = [c for c in pos.columns if c.startswith("comp:") and c in emp.columns]
    req = pd.to_numeric(pos.iloc[j][comps], errors="coerce").fillna(0).to_numpy(float)
    lvl = pd.to_numeric(emp.iloc[i][comps], errors="coerce").to_numpy(float)
    known = (req > 0) & ~np.isnan(lvl)
    den = req[known].sum()
    return np.nan if den == 0 else min(100.0 * lvl[known].sum() / den, 100.0)


@_settings
@given(organisations())
def test_qualified_holders_first_leaves_holders_who_miss_the_rules_the_seats_left(frames):
    """``qualified_holders_first``, pair by pair: of a post's holders who miss its
    rules, only as many keep their edge to it as seats its holders who meet them
    leave (all of them where the post is closed), those the rules open no other post
    to first, then those who miss fewer of its stated requirements, then the best JPM
    there (to one decimal), then the higher golongan,
    then by id; every other edge is the same as with ``none``; ``jf`` looks at JF
    posts only."""
    base = placement.Scenario.from_frames(*frames)
    opts = {"max_grade_drop": None, "max_grade_rise": None, "career": "off"}
    none = base.with_settings(eligibility={**opts, "qualified_holders_first": "none"}).compile()
    free = set(zip(none.problem.edge_emp.tolist(), none.problem.edge_pos.tolist(), strict=True))
    emp, pos = none.org.employees, none.org.positions
    pos_ids = list(pos["id"])
    rules = base.with_settings(eligibility={**opts, "incumbents_eligible": False}).compile()
    meets = set(zip(rules.problem.edge_emp.tolist(), rules.problem.edge_pos.tolist(), strict=True))
    for mode in ("all", "jf"):
        c = base.with_settings(eligibility={**opts, "qualified_holders_first": mode}).compile()
        got = set(zip(c.problem.edge_emp.tolist(), c.problem.edge_pos.tolist(), strict=True))
        expected = set(free)
        for j, q in enumerate(pos.itertuples(index=False)):
            if int(q.headcount) == 0 or (mode == "jf" and q.kind != "JF"):
                continue
            holders = [i for i, cur in enumerate(emp["current_position"]) if cur == pos_ids[j]]
            holders = (
                [i for i in holders if not emp["exclusion"].iloc[i]]
                if ("exclusion" in emp)
                else holders
            )
            missing = [i for i in holders if (i, j) not in meets]
            seats = max(int(q.headcount) - (len(holders) - len(missing)), 0)
            ranked = sorted(
                missing,
                key=lambda i: (
                    any(e == i and q != j for e, q in meets),  # another post open to i
                    requirements_missed(emp.iloc[i], pos.iloc[j]),  # fewer missed first
                    -np.round(_jpm(emp, pos, i, j), 1)
                    if _jpm(emp, pos, i, j) == _jpm(emp, pos, i, j)
                    else np.inf,
                    -RANKS.index(emp["rank"].iloc[i]) if emp["rank"].iloc[i] in RANKS else 1,
                    str(emp["id"].iloc[i]),
                ),
            )
            expected -= {(i, j) for i in ranked[seats:]}
        assert got == expected, mode
        yields = {int(i) for i in np.flatnonzero(c.context.yields_own_post)}
        assert yields == {i for i, j in free - expected}, mode


@_settings
@given(organisations(), st.data())
def test_grade_band_is_the_pair_by_pair_grade_change(frames, data):
    """``grade_band_ok`` (the per-employee ``Context.current_grade`` gathered per edge)
    against the grade change of each pair read from the tables; a post without a grade,
    or a person without a post, is not limited."""
    emp, pos, units = (f.copy() for f in frames)
    grades = data.draw(
        st.lists(
            st.sampled_from(["", "1", "5", "7", "9", "17"]), min_size=len(pos), max_size=len(pos)
        )
    )
    pos["grade"] = grades
    drop = data.draw(st.one_of(st.none(), st.integers(0, 4)))
    rise = data.draw(st.one_of(st.none(), st.integers(0, 4)))
    policy = Eligibility(max_grade_drop=drop, max_grade_rise=rise)
    ctx = placement.Scenario.from_frames(emp, pos, units).compile().context
    n, m = ctx.n_employees, ctx.n_positions
    e, p = (a.ravel().astype(np.int32) for a in np.meshgrid(np.arange(n), np.arange(m)))
    got = grade_band_ok(ctx, e, p, policy)
    grade = dict(zip(pos["id"], pos["grade"], strict=True))
    for k, (i, q) in enumerate(zip(e.tolist(), p.tolist(), strict=True)):
        mine = emp["current_position"].iloc[i]
        now, there = grade.get(mine, ""), grade[pos["id"].iloc[q]]
        ok = True
        if now and there:
            step = int(there) - int(now)
            ok = (drop is None or step >= -drop) and (rise is None or step <= rise)
        assert got[k] == ok, (i, q)


@_settings
@given(organisations(), st.data())
def test_grade_band_on_groups_keeps_the_edges_the_per_edge_band_keeps(frames, data):
    """The grade band as a rule of the employee and position groups (before the edges
    are expanded) against the grouped edges without it, filtered edge by edge."""
    emp, pos, units = (f.copy() for f in frames)
    grades = ["", "1", "5", "7", "9", "17"]
    pos["grade"] = data.draw(
        st.lists(st.sampled_from(grades), min_size=len(pos), max_size=len(pos))
    )
    ctx = placement.Scenario.from_frames(emp, pos, units).compile().context
    hard = data.draw(st.lists(st.sampled_from(["education", "rank", "field"]), unique=True))
    drop = data.draw(st.one_of(st.none(), st.integers(0, 4)))
    rise = data.draw(st.one_of(st.none(), st.integers(0, 4)))
    policy = Eligibility(hard=hard, max_grade_drop=drop, max_grade_rise=rise)
    plain = Eligibility(hard=hard, max_grade_drop=None, max_grade_rise=None)
    scope = data.draw(st.sampled_from(["any", "parent"]))
    if scope == "parent":
        e_scope, p_scope = ctx.emp("current_parent"), ctx.pos("parent_idx")
    else:
        e_scope, p_scope = np.zeros(ctx.n_employees, np.int32), np.zeros(ctx.n_positions, np.int32)
    open_pos = ctx.pos("headcount") > 0
    e, p = _group_edges(group_rules(ctx, plain), e_scope, p_scope, open_pos)
    keep = grade_band_ok(ctx, e, p, policy)
    got = _group_edges(group_rules(ctx, policy), e_scope, p_scope, open_pos)
    assert np.array_equal(got[0], e[keep]) and np.array_equal(got[1], p[keep])


@_settings
@given(organisations())
def test_keep_incumbents_pins_the_holders_its_ranking_names(frames):
    """``keep_incumbents``, post by post from the tables: of a post's holders, the
    first ``headcount`` by (meets its education, golongan and fields; no other post
    open under the rules; higher golongan; id) are pinned there, no one else."""
    opts = {"max_grade_drop": None, "max_grade_rise": None, "career": "off"}
    base = placement.Scenario.from_frames(*frames, eligibility=opts)
    rules = base.with_settings(eligibility={"incumbents_eligible": False}).compile()
    meets = set(zip(rules.problem.edge_emp.tolist(), rules.problem.edge_pos.tolist(), strict=True))
    emp, pos = rules.org.employees, rules.org.positions
    keep = base.with_settings(operations=[{"keep_incumbents": {"select": {"all": True}}}])
    got = keep.compile().plan.pins
    expected = {}
    for j, q in enumerate(pos.itertuples(index=False)):
        holders = [i for i, cur in enumerate(emp["current_position"]) if cur == q.id]
        accepted = [x.strip().lower() for x in q.fields.split(";") if x.strip()]

        def key(i, j=j, q=q, accepted=accepted):
            e = emp.iloc[i]
            fits = (
                e.edu_level >= q.min_edu_level
                and e.rank_level >= q.min_rank_level
                and (not accepted or e.field.strip().lower() in accepted)
            )
            other = any((i, k) in meets for k in range(len(pos)) if k != j)
            rank = -RANKS.index(e["rank"]) if e["rank"] in RANKS else 1
            return (not fits, other, rank, str(e["id"]))

        for i in sorted(holders, key=key)[: int(q.headcount)]:
            expected[str(emp["id"].iloc[i])] = q.id
    assert got == expected
