"""Penyetaraan jabatan rule checks: grade must not drop, minimum education S1/D4.

``convert_positions`` (the ready operation, default mapping Administrator → Ahli
Madya, Pengawas → Ahli Muda, Eselon V → Ahli Pertama) is registered here again as a
subclass that converts exactly as before and then checks the rules on the converted
posts, listing violations by name:

- ``grade_would_drop``: the post's grade (kelas jabatan) is above the usual grade of
  its new JF level, so applying the JF grade would lower it (and the incumbents'
  pay); the conversion kept the old grade, a decision is needed;
- ``grade_unknown``: the post has no grade, so "does not drop" cannot be checked;
- ``education_below_minimum``: an incumbent lacks the minimum education (S1/D4);
- ``rank_below_minimum``: an incumbent's golongan is below the JF level's lowest;
- after solving, ``grade_drop_after_placement``: an incumbent of a converted post is
  placed in a post of lower grade than the one they held; ``rank_above_range``: an
  incumbent's golongan is above the range of the post's JF level
  (``eligibility.jf_rank_ranges``).

Each check adds a warning (kpis.json, report) and a line to the operation log;
results get a ``penyetaraan_issues`` table and KPIs ``penyetaraan_posts``,
``penyetaraan_issues`` (the rows to check) and ``penyetaraan_rank_check`` (the golongan
notes, :data:`RANK_CHECKS`, which ask nothing). A holder who stays in a converted post
below its education or the JF level's golongan is on the decisions list too
(``converted_on_condition``: :func:`decision_rows`, the extension's ``decisions`` part).
"""

from __future__ import annotations

from typing import ClassVar

import numpy as np
import pandas as pd

from placement.domain.nip import domain_state
from placement.i18n import MESSAGES, Message, first_of, join, msg
from placement.model import levels
from placement.model.decisions import person_columns
from placement.model.extension import Extension
from placement.model.operations import ConvertPositions, Plan

COLUMNS = (
    "issue",
    "position",
    "title",
    "unit",
    "level_before",
    "level_after",
    "grade_before",
    "grade_after",
    "jf_grade",
    "employee_id",
    "name",
    "education",
    "rank",
    "placed_position",
    "placed_grade",
    "detail",
    "condition",
)
_SHOW = 10


class CheckedConvertPositions(ConvertPositions):
    __doc__ = ConvertPositions.__doc__

    op: ClassVar[str] = "convert_positions"

    def apply(self, plan: Plan, where: str) -> None:
        pos = plan.org.positions
        before = pos[["id", "kind", "level", "grade"]].copy()
        super().apply(plan, where)
        pos = plan.org.positions
        converted = (pos["kind"].to_numpy() != before["kind"].to_numpy()) | (
            pos["level"].to_numpy() != before["level"].to_numpy()
        )
        issues = check_conversion(plan, before, converted, self.grades, self.field_condition)
        st = domain_state(plan.extras)
        prev = st.get("penyetaraan")
        n_posts = int(converted.sum()) + (prev["posts"] if prev else 0)
        ids = set(pos.loc[converted, "id"]) | (prev["ids"] if prev else set())
        table = issues if prev is None else pd.concat([prev["issues"], issues], ignore_index=True)
        st["penyetaraan"] = {
            "issues": table,
            "posts": n_posts,
            "ids": ids,
            "grade_before": {
                **(prev["grade_before"] if prev else {}),
                **_grades_before(before, converted),
            },
            # the level each converted post had, whichever operation made it (review
            # 169 H2: a post an earlier operation opened is not in the data as read)
            "level_before": {
                **(prev["level_before"] if prev else {}),
                **dict(zip(before["id"][converted], before["level"][converted], strict=True)),
            },
        }
        counts = issues["issue"].value_counts()
        plan.log.append(
            msg(
                "log.penyetaraan",
                summary=join(
                    ", ",
                    [
                        msg(
                            "log.penyetaraan_count",
                            n=int(counts[k]),
                            issue=msg(f"issue.{k}")
                            if f"issue.{k}" in MESSAGES
                            else k.replace("_", " "),
                        )
                        for k in counts.index
                    ],
                )
                if len(counts)
                else msg("log.penyetaraan_none"),
            )
        )
        for issue, group in issues.groupby("issue", sort=False):
            plan.org.warnings.append(
                msg(
                    "line",
                    where=where,
                    text=msg("warn.penyetaraan_prefix", text=_warning(str(issue), group)),
                )
            )


def _grades_before(before: pd.DataFrame, converted: np.ndarray) -> dict:
    sel = before.loc[converted]
    return dict(zip(sel["id"], sel["grade"].astype(float), strict=True))


def check_conversion(
    plan: Plan,
    before: pd.DataFrame,
    converted: np.ndarray,
    grades: dict[str, int],
    field_condition: bool = False,
) -> pd.DataFrame:
    """Rule violations on the converted posts and their incumbents (one row each), each
    marked ``condition`` where it holds the holder's SK of penyetaraan for the PPK's
    decision: an education below S1/D4 always, a field the post does not accept where
    ``field_condition`` is on (:class:`ConvertPositions`)."""
    org = plan.org
    pos, emp = org.positions, org.employees
    conv = pos.loc[converted]
    b = before.loc[converted]
    jf = conv["level"].str.lower().map({k.lower(): float(v) for k, v in grades.items()})
    base = pd.DataFrame(
        {
            "position": conv["id"].to_numpy(),
            "title": conv["title"].to_numpy(),
            "unit": conv["unit"].to_numpy(),
            "level_before": b["level"].to_numpy(),
            "level_after": conv["level"].to_numpy(),
            "grade_before": b["grade"].to_numpy(dtype=float),
            "grade_after": conv["grade"].to_numpy(dtype=float),
            "jf_grade": jf.to_numpy(dtype=float),
            "min_edu_level": conv["min_edu_level"].to_numpy(),
            "min_rank_level": conv["min_rank_level"].to_numpy(),
            "fields": conv["fields"].astype(str).to_numpy() if "fields" in conv else "",
        }
    )
    rows = []
    drop = base["grade_before"] > base["jf_grade"]
    if drop.any():
        d = base[drop].copy()
        d["issue"] = "grade_would_drop"
        d["detail"] = [
            f"grade {g:g} kept; the usual grade of JF {lv} is {j:g}"
            for g, lv, j in zip(d["grade_before"], d["level_after"], d["jf_grade"], strict=True)
        ]
        rows.append(d)
    unknown = base["grade_before"].isna()
    if unknown.any():
        d = base[unknown].copy()
        d["issue"] = "grade_unknown"
        d["detail"] = "no grade (kelas jabatan): cannot check that it does not drop"
        rows.append(d)
    inc = emp[emp["current_position"].isin(set(base["position"]))]
    if len(inc):
        cols = ["id", "name", "education", "rank", "edu_level", "rank_level", "current_position"]
        cols += ["field"] if "field" in inc else []
        j = inc[cols].merge(base, left_on="current_position", right_on="position", how="left")
        j = j.rename(columns={"id": "employee_id"})
        # one row per incumbent and rule missed, with the detail in the data's words;
        # review 62: twenty converted holders missed their post's fields, a doctor
        # holding an STR made Analis Keuangan among them, and nothing was listed
        checks = (
            (
                "education_below_minimum",
                (j["edu_level"] < j["min_edu_level"]).to_numpy(),
                lambda r: (
                    f"education {r.education or '(blank)'} below the minimum "
                    f"{levels.EDUCATION[int(r.min_edu_level)]} (S1/D4)"
                ),
            ),
            (
                "field_outside_post",
                _field_outside(j),
                lambda r: f"field {r.field} not among the post's accepted fields ({r.fields})",
            ),
            (
                "rank_below_minimum",
                (j["rank_level"] < j["min_rank_level"]).to_numpy(),
                lambda r: (
                    f"golongan {r.rank} below the minimum "
                    f"{levels.RANKS[int(r.min_rank_level)]} of JF {r.level_after}"
                ),
            ),
        )
        for issue, missed, detail in checks:
            if missed.any():
                d = j[missed].copy()
                d["issue"] = issue
                d["detail"] = [detail(r) for r in d.itertuples()]
                rows.append(d)
    if not rows:
        return _tidy(pd.DataFrame(columns=list(COLUMNS)))
    t = pd.concat(rows, ignore_index=True)
    conditions = {"education_below_minimum"} | (
        {"field_outside_post"} if field_condition else set()
    )
    t["condition"] = t["issue"].isin(conditions).to_numpy(bool)
    return _tidy(t)


def _field_outside(j: pd.DataFrame) -> np.ndarray:
    """bool per incumbent row of ``j``: a field of education given that the converted
    post's list of accepted fields (``;``-separated, any case; an empty list accepts
    every field) does not name."""
    if "field" not in j:
        return np.zeros(len(j), dtype=bool)
    field = j["field"].fillna("").astype(str).str.strip().str.lower()
    accepted = [
        {x.strip() for x in str(text).lower().split(";") if x.strip()}
        for text in j["fields"].fillna("")
    ]
    return np.array(
        [bool(f) and bool(ok) and f not in ok for f, ok in zip(field, accepted, strict=True)],
        dtype=bool,
    )


_NUMERIC = ("grade_before", "grade_after", "jf_grade", "placed_grade")


def _tidy(t: pd.DataFrame) -> pd.DataFrame:
    """All of :data:`COLUMNS` in order; blank text cells as '', grades as floats and
    ``condition`` as a bool (False where not set);
    the golongan notes (:data:`RANK_CHECKS`, no condition of penyetaraan) after the
    issues to check, each part in its order (review 156 L3: the table titled "golongan
    notes apart" mixed its 51 notes among 46 issues)."""
    for c in COLUMNS:
        if c == "condition":  # a row added after the check (a placement's) is none
            t[c] = t[c].fillna(False).astype(bool) if c in t else False
        elif c not in t:
            t[c] = np.nan if c in _NUMERIC else ""
        elif c in _NUMERIC:
            t[c] = pd.to_numeric(t[c], errors="coerce").astype(float)
        else:
            t[c] = t[c].astype(object).where(t[c].notna(), "")
    noted = t["issue"].astype(str).isin(RANK_CHECKS).to_numpy(bool)
    order = np.argsort(noted, kind="stable")
    return t.loc[:, list(COLUMNS)].iloc[order].reset_index(drop=True)


def _warning(issue: str, group: pd.DataFrame) -> str:
    # each issue its own words (review 74: 20 holders whose field the post does not
    # accept read as "below the JF level's minimum golongan")
    key = f"warn.penyetaraan.{issue}"
    what = msg(key) if key in MESSAGES else issue.replace("_", " ")
    if issue in ("grade_would_drop", "grade_unknown"):
        names = [f"{p} ({t})" for p, t in zip(group["position"], group["title"], strict=True)]
    else:
        names = [
            msg("warn.penyetaraan.in", name=n or e, id=e, position=p)
            for n, e, p in zip(group["name"], group["employee_id"], group["position"], strict=True)
        ]
    more = msg("comma_and_n_more", n=len(names) - _SHOW) if len(names) > _SHOW else ""
    return msg(
        "warn.penyetaraan", n=len(names), what=what, names=join("; ", names[:_SHOW]), more=more
    )


# -- results ---------------------------------------------------------------------------


def _record(result):
    comp = result.compiled
    if comp is None:
        return None
    return domain_state(comp.plan.extras).get("penyetaraan")


def issues_table(result, placements: pd.DataFrame | None = None) -> pd.DataFrame | None:
    """The recorded issues plus, after solving, where each named incumbent was placed
    and incumbents of converted posts placed in a post of lower grade."""
    rec = _record(result)
    if rec is None:
        return None
    t = rec["issues"].copy()
    if result.assignment is None or (placements is not None and "employee_id" not in placements):
        return _tidy(t)
    comp = result.compiled
    pl = (placements if placements is not None else result.placements).set_index("employee_id")
    grade_of = dict(
        zip(comp.org.positions["id"], comp.org.positions["grade"].astype(float), strict=True)
    )
    has_emp = t["employee_id"].fillna("").astype(str) != ""
    t.loc[has_emp, "placed_position"] = (
        t.loc[has_emp, "employee_id"].map(pl["position"]).fillna("").to_numpy()
    )
    t["placed_grade"] = t["placed_position"].map(grade_of).astype(float)
    # incumbents of converted posts placed below the grade they held
    inc = pl[pl["current_position"].isin(rec["ids"]) & (pl["position"] != "")]
    held = inc["current_position"].map(rec["grade_before"]).astype(float)
    now = inc["position"].map(grade_of).astype(float)
    lower = (now < held).to_numpy()
    if lower.any():
        d = inc[lower]
        extra = pd.DataFrame(
            {
                "issue": "grade_drop_after_placement",
                "position": d["current_position"].to_numpy(),
                "title": d["current_position"]
                .map(dict(zip(comp.org.positions["id"], comp.org.positions["title"], strict=True)))
                .to_numpy(),
                "unit": d["current_unit"].to_numpy(),
                "grade_before": held[lower].to_numpy(),
                "employee_id": d.index.to_numpy(),
                "name": d["name"].to_numpy() if "name" in d else "",
                "education": d["education"].to_numpy() if "education" in d else "",
                "rank": d["rank"].to_numpy() if "rank" in d else "",
                "placed_position": d["position"].to_numpy(),
                "placed_grade": now[lower].to_numpy(),
                "detail": [
                    f"placed in a post of grade {g:g}, below the grade {h:g} held"
                    for g, h in zip(now[lower], held[lower], strict=True)
                ],
            }
        )
        t = pd.concat([t, extra], ignore_index=True)
    for more in (_above_range(comp, pl, rec), _held_rows(result, pl, rec)):
        if more is not None:
            t = pd.concat([t, more], ignore_index=True)
    return _tidy(t)


def _held_rows(result, pl: pd.DataFrame, rec: dict) -> pd.DataFrame | None:
    """Holders the plan keeps in their converted post for whom its SK of penyetaraan
    waits on a check (review 117 H1, M1):

    - ``kept_over_formasi``: kept in it over its formasi pending the PPK's decision
      (two converted posts of the bundled example have formasi 0; their holders read
      as clean conversions here while the decisions list said "verify the peta
      jabatan");
    - ``performance_below_jf_entry``: rated below the SKP predicate the scenario asks of
      an entry into a JF (``eligibility.min_performance_to_enter_jf``), which kept a
      doctor rated Butuh Perbaikan out of Dokter while penyetaraan made him Analis
      Keuangan. Penyetaraan is no perpindahan: whether its rules ask a rating is the
      PPK's to confirm, said, not decided."""
    from placement.domain.performance import rated_below  # start-up time

    comp = result.compiled
    ctx = comp.context
    ids = np.asarray(ctx.emp_ids, dtype=object)
    need = comp.config.eligibility.min_performance_to_enter_jf
    weak = rated_below(ctx, need) if need is not None else np.zeros(len(ids), dtype=bool)
    licence = _licences_outside(comp, result.assignment)
    checks = {
        "kept_over_formasi": set(_held(result).tolist()),
        "performance_below_jf_entry": set(ids[weak].tolist()),
        "licence_outside_profession": set(licence),
    }
    inc = pl[pl["current_position"].isin(rec["ids"]) & (pl["position"] == pl["current_position"])]
    pos = comp.org.positions.set_index("id")
    seats = inc["position"].map(pos["headcount"]).fillna(0).astype(int)
    rating = inc["performance"].astype(str) if "performance" in inc else pd.Series("", inc.index)
    parts = []
    for issue, who in checks.items():
        d = inc[inc.index.isin(who)]
        if not len(d):
            continue
        if issue == "kept_over_formasi":
            detail = [
                f"kept in the converted post over its formasi ({n} seat(s)), pending the "
                "PPK's decision: no SK of penyetaraan before it"
                + (": verify the peta jabatan" if n == 0 else "")
                + "; see the decisions list"
                for n in seats[d.index]
            ]
        elif issue == "licence_outside_profession":
            detail = [
                f"holds {licence[e][0]}, the licence of a profession outside this post's JF "
                "(licensed_families): "
                + (
                    "a post of it at their level has a seat left in this plan: see the "
                    "decisions list (converted_on_condition, outside_profession)"
                    if licence[e][1]
                    else "no post of it at their level (its golongan range) has a seat "
                    "left in this plan open to them"
                )
                for e in d.index
            ]
        else:
            detail = [
                f"SKP {r}: below {need}, the rating the scenario asks of an entry into a JF "
                "by perpindahan (min_performance_to_enter_jf); penyetaraan is no "
                "perpindahan: confirm whether its rules ask one before the SK"
                for r in rating[d.index]
            ]
        parts.append(
            pd.DataFrame(
                {
                    "issue": issue,
                    "position": d["position"].to_numpy(),
                    "title": d["position"].map(pos["title"]).to_numpy(),
                    "unit": d["current_unit"].to_numpy(),
                    "level_after": d["position"].map(pos["level"]).to_numpy(),
                    "employee_id": d.index.to_numpy(),
                    "name": d["name"].to_numpy() if "name" in d else "",
                    "education": d["education"].to_numpy() if "education" in d else "",
                    "rank": d["rank"].to_numpy() if "rank" in d else "",
                    "placed_position": d["position"].to_numpy(),
                    "detail": detail,
                    # a post of their profession at their level with a seat left: the
                    # SK of penyetaraan waits on the PPK's decision on it (review 166
                    # M3: dr. Tahar's row read no condition, his SK held on the list)
                    "condition": [
                        issue == "licence_outside_profession" and licence[e][1] for e in d.index
                    ],
                }
            )
        )
    return pd.concat(parts, ignore_index=True) if parts else None


def _above_range(comp, pl: pd.DataFrame, rec: dict) -> pd.DataFrame | None:
    """Incumbents of converted posts whose golongan is above the range of the post's
    JF level (``eligibility.jf_rank_ranges``; a IV/c Pengawas in an Ahli Muda post,
    III/c–III/d): ``rank_above_range``. Those the plan keeps in the converted post hold
    it so, but no other post of that level is open to them, nor their post to others
    of their golongan (review 36: 45 such holders went unlisted); those it leaves
    without a post are said to be (review 75: two holders of posts with formasi 0 in
    the data were said to be kept as the converted post's holder); those it moves to
    another post no longer hold it, and those who cannot be placed (past BUP) are not
    placed anywhere: neither is listed."""
    ranges = {k.lower(): v for k, v in comp.config.eligibility.jf_rank_ranges.items()}
    pos = comp.org.positions.set_index("id")
    inc = pl[pl["current_position"].isin(rec["ids"])]
    if not len(inc) or "rank" not in inc:
        return None
    level = inc["current_position"].map(pos["level"]).astype(object).fillna("").astype(str)
    top = [ranges.get(lv.lower(), (None, None))[1] for lv in level]
    rank = [levels.normalise_rank(r) if isinstance(r, str) else None for r in inc["rank"]]
    over = np.array(
        [
            bool(r and h and levels.RANKS.index(r) > levels.RANKS.index(h))
            for r, h in zip(rank, top, strict=True)
        ],
        dtype=bool,
    )
    over &= (inc["position"] == inc["current_position"]).to_numpy() | (
        inc["position"].fillna("") == ""
    ).to_numpy()
    # not those who cannot be placed (past BUP, not active: review 78, said to be on a
    # decisions list that has no row for them)
    gone = np.asarray(comp.context.emp_ids, dtype=object)[comp.org.excluded]
    over &= ~inc.index.isin(gone)
    if not over.any():
        return None
    d = inc[over]
    seats = d["current_position"].map(pos["headcount"]).fillna(0).astype(int).to_numpy()
    kept = (d["position"] == d["current_position"]).to_numpy()
    lo_hi = [ranges[lv.lower()] for lv in level[over]]
    return pd.DataFrame(
        {
            "issue": "rank_above_range",
            "position": d["current_position"].to_numpy(),
            "title": d["current_position"].map(pos["title"]).to_numpy(),
            "unit": d["current_unit"].to_numpy(),
            "level_after": level[over].to_numpy(),
            "employee_id": d.index.to_numpy(),
            "name": d["name"].to_numpy() if "name" in d else "",
            "education": d["education"].to_numpy() if "education" in d else "",
            "rank": d["rank"].to_numpy(),
            "placed_position": d["position"].to_numpy(),
            "detail": [
                f"golongan {r} above the range {lo}–{hi} of JF {lv}: "
                + (
                    "kept as the converted post's holder; no other post of that level is "
                    "open to that golongan"
                    if k
                    else "without a post in this plan, "
                    + (
                        "the converted post having no seat (formasi 0): see the decisions list"
                        if n == 0
                        else "see the decisions list"
                    )
                )
                for r, (lo, hi), lv, k, n in zip(
                    d["rank"], lo_hi, level[over], kept, seats, strict=True
                )
            ],
        }
    )


def _licences_outside(comp, a) -> dict[str, tuple[str, bool]]:
    """Employee id → (the licensed professions, ``eligibility.licensed_families``,
    whose licence they hold; whether a post of one at their level has a seat placement
    ``a`` leaves empty or held without the licence, open to them by education, golongan
    and field), for those it
    places outside every one of them (:func:`~placement.domain.profession.outside_own`):
    a nurse's STR held by one converted to Analis Kebijakan (review 117 L1: nine such
    holders converted, one listed; review 120 M1: most have no post of their
    profession at their level)."""
    from placement.domain.career import careers  # start-up time
    from placement.domain.profession import (  # start-up time
        held_without_licence,
        outside_own,
        seats_of_own,
    )

    ctx, policy = comp.context, comp.config.eligibility
    a = np.asarray(a, dtype=np.int64)
    e, f = outside_own(ctx, policy, a)
    c = careers(ctx, policy)
    # the seats held for now without the licence too, as the outside_profession list
    # counts them (review 151 L1)
    seated = set(seats_of_own(ctx, policy, a, e, f, held_without_licence(comp, a))[0].tolist())
    held: dict[int, dict[str, set[str]]] = {}
    for i, fam in zip(e.tolist(), f.tolist(), strict=True):
        held.setdefault(i, {}).setdefault(str(c.certificate[fam]), set()).add(str(c.families[fam]))
    return {
        str(ctx.emp_ids[i]): (
            ", ".join(f"{k} ({', '.join(sorted(v))})" for k, v in sorted(held[i].items())),
            i in seated,
        )
        for i in sorted(held)
    }


def _profession_posts_below(comp, a) -> dict[str, str]:
    """Employee id → the posts ("P0116; P0119") of a licensed profession whose licence
    they hold, placement ``a`` placing them outside every one, that have a seat ``a``
    leaves empty at the jenjang of their own post (a converted one's: the penyetaraan's)
    whose golongan range ends below theirs: closed to them as a move by that range, the
    range a penyetaraan sets aside (review 172 H1: a teacher,
    IV/d, made Analis Kebijakan Ahli Madya while Guru Ahli Madya posts stood empty, his
    row saying only that none at his jenjang was open to him). A few licence holders,
    each against their family's posts."""
    from placement.domain.career import careers  # start-up time
    from placement.domain.profession import outside_own  # start-up time

    ctx, policy = comp.context, comp.config.eligibility
    a = np.asarray(a, dtype=np.int64)
    e, f = outside_own(ctx, policy, a)
    if not len(e):
        return {}
    c = careers(ctx, policy)
    hc = ctx.pos("headcount").astype(np.int64)
    empty = np.maximum(hc - np.bincount(a[a >= 0], minlength=ctx.n_positions), 0)
    rank = ctx.emp("rank_level")
    level = comp.org.positions["level"].astype(str).to_numpy()
    out: dict[str, list[str]] = {}
    for i, fam in zip(e.tolist(), f.tolist(), strict=True):
        # at the jenjang of their own post, the one a penyetaraan gives them
        posts = np.flatnonzero(
            (c.pos_family == fam)
            & (level == level[a[i]])
            & (empty > 0)
            & (c.rank_hi >= 0)
            & (c.rank_hi < rank[i])
        )
        if len(posts) and rank[i] >= 0:
            out.setdefault(str(ctx.emp_ids[i]), []).extend(str(ctx.pos_ids[q]) for q in posts)
    return {k: "; ".join(sorted(set(v))) for k, v in out.items()}


def extend_tables(result, tables: dict) -> None:
    """Extension ``tables``: the ``penyetaraan_issues`` table, and ``conversions``."""
    if _record(result) is None:
        return
    t = issues_table(result, tables.get("placements"))
    if t is not None:
        tables["penyetaraan_issues"] = t
    c = conversions_table(result, tables.get("placements"), t)
    if c is not None:
        tables["conversions"] = c


#: columns of the ``conversions`` table
CONVERSION_COLUMNS = (
    "employee_id",
    "name",
    "rank",
    "performance",
    "unit",
    "unit_name",
    "position",
    "title_before",
    "title_after",
    "level_before",
    "level_after",
    "grade_before",
    "grade_after",
    "retirement_before",
    "retirement_after",
    "condition",
    "rank_check",
    "field_check",
    "skp_check",
    "licence_held",
    "licence_posts_below",
    "jpm_as_read",
    "jpm",
)


def conversions_table(
    result, placements: pd.DataFrame | None, issues: pd.DataFrame | None
) -> pd.DataFrame | None:
    """Each official the plan keeps in their own post that penyetaraan converts, one
    row: the jabatan before and after (title, level, kelas), their BUP in the post as
    read and as converted, and the issues that ask the PPK's decision before the SK
    (``condition``: the decisions list's ``converted_on_condition``, ``kept_pending``,
    or ``licence_outside_profession``: its ``outside_profession``), then the notes
    that hold nothing (``rank_check``, ``field_check``: a golongan outside the JF
    level's range, a field the post does not accept where the scenario makes it no
    condition; review 156 M1). Review 79 H1:
    123 officials of the bundled penyetaraan change jabatan in their own seat, 68 of
    them retiring two years later, and were counted as staying: the moves list, the
    summary and the comparison ("changes nobody's post") named none of them. Their
    SKs of penyetaraan are not moves; they are listed here. In the placements' order
    (the employees')."""
    from placement.domain.performance import rated, rated_below  # start-up time
    from placement.domain.retirement import bup_as_operated, bup_as_read  # start-up

    rec = _record(result)
    comp = result.compiled
    if rec is None or result.assignment is None or placements is None:
        return None
    if "employee_id" not in placements:
        return None
    a = np.asarray(result.assignment, dtype=np.int64)
    cur = comp.context.emp("current_pos").astype(np.int64)
    pos = comp.org.positions
    ids = pos["id"].to_numpy(dtype=object)
    converted = np.isin(ids, sorted(rec["ids"]))
    stay = np.flatnonzero((a >= 0) & (a == cur) & converted[np.maximum(a, 0)])
    src = comp.plan.source.positions if comp.plan.source is not None else pos
    before = src.set_index("id").reindex(ids[a[stay]])
    pl = placements.iloc[stay]
    emp_ids = pl["employee_id"].astype(str)
    cond = pd.Series("", index=emp_ids.to_numpy(), dtype=object)
    rank, field = cond.copy(), cond.copy()
    if issues is not None and len(issues):
        here = issues[issues["placed_position"] == issues["position"]]

        def codes(rows: pd.DataFrame) -> pd.Series:
            per = rows.groupby("employee_id", sort=False)["issue"].agg("; ".join)
            return emp_ids.map(per).astype(object).fillna("")

        cond = codes(here[here["condition"].to_numpy(bool)])
        rank = codes(here[here["issue"].isin(RANK_CHECKS)])
        # a field the post does not accept, no condition here: noted on the SK
        field = codes(here[(here["issue"] == "field_outside_post") & ~here["condition"]])
    # kept in it over its formasi pending the PPK (a converted post with no seat for
    # them, formasi 0 in the data): no SK of penyetaraan before that decision (review
    # 99 H3 on the SK list; review 117 H1: this table's condition was blank)
    held = np.isin(emp_ids.to_numpy(dtype=object), _held(result))
    # the licence of a profession outside the JF (``licence_held``, named on the SK
    # row), and where a post of it at their level has a seat left, the PPK's decision on
    # the decisions list (outside_profession) first (review 164 M1: dr. Tahar, STR
    # Dokter, read as a plain Analis Keuangan on the list to sign while P0084, Dokter
    # Ahli Muda, had 3 seats empty): its condition is the issues table's (condition)
    lic = _licences_outside(comp, a)
    licence = [lic[e][0] if e in lic else "" for e in emp_ids]
    below = _profession_posts_below(comp, a)
    condition = [
        "; ".join(x for x in (c, "kept_pending" if h else "") if x)
        for c, h in zip(np.asarray(cond, dtype=object), held, strict=True)
    ]
    grade = pos["grade"].to_numpy(dtype=float)[a[stay]]
    # an entry into a JF by penyetaraan, its SKP rating marked as a move's into one
    # (``skp_check``; review 129 M2: 12 of the 99 without a condition rated below Baik,
    # three Sangat Kurang, read as clean here while the summary asked a check)
    ctx = comp.context
    # (review 139 L4: their own codes, as penyetaraan is neither a promotion nor an
    # entry into a JF by the career rules: the moves' read "promotion or entry …")
    skp = np.where(
        rated_below(ctx, "Baik")[stay],
        "conversion_skp_below_baik",
        np.where(rated(ctx)[stay], "", "conversion_skp_unknown"),
    )
    t = pd.DataFrame(
        {
            "employee_id": emp_ids.to_numpy(dtype=object),
            "name": pl["name"].to_numpy(dtype=object) if "name" in pl else "",
            "rank": pl["rank"].to_numpy(dtype=object) if "rank" in pl else "",
            "performance": pl["performance"].to_numpy(dtype=object) if "performance" in pl else "",
            "unit": pl["unit"].to_numpy(dtype=object),
            "unit_name": pl["unit_name"].to_numpy(dtype=object),
            "position": ids[a[stay]],
            "title_before": before["title"].to_numpy(dtype=object),
            "title_after": pos["title"].to_numpy(dtype=object)[a[stay]],
            "level_before": before["level"].to_numpy(dtype=object),
            "level_after": pos["level"].to_numpy(dtype=object)[a[stay]],
            "grade_before": before["grade"].to_numpy(dtype=float),
            "grade_after": grade,
            "retirement_before": bup_as_read(comp, emp_ids),
            "retirement_after": bup_as_operated(comp, emp_ids),
            "condition": np.asarray(condition, dtype=object),
            "rank_check": np.asarray(rank, dtype=object),
            "field_check": np.asarray(field, dtype=object),
            "skp_check": skp.astype(object),
            "licence_held": np.asarray(licence, dtype=object),
            "licence_posts_below": np.asarray([below.get(e, "") for e in emp_ids], dtype=object),
            # the fit the JF's standard (jf_standard) changes (review 164 M2: 65 of the
            # 123 converted in the bundled example fell, two below 68, nothing said)
            "jpm_as_read": np.round(ctx.jpm_against(stay, ctx.standards_of(before))[0], 1),
            "jpm": np.round(ctx.jpm_against(stay, ctx.required[a[stay]])[0], 1),
        }
    )
    return t.loc[:, list(CONVERSION_COLUMNS)].reset_index(drop=True)


#: a golongan outside the JF level's range: no condition of penyetaraan, which sets the
#: level by the post held (Administrator → Ahli Madya, Pengawas → Ahli Muda) and keeps
#: the pangkat (review 99 H2: 44 were listed as conditions and 45 notes offered "a
#: higher level of the family", Ahli Utama for a IV/e); said for information
#: (``rank_check`` of the conversions), as the issues table has it
RANK_CHECKS = ("rank_below_minimum", "rank_above_range")


def decision_rows(result, tables: dict) -> pd.DataFrame | None:
    """Extension ``decisions``: the holders of converted posts who stay in them below
    the post's education (S1/D4) or, where the scenario makes it a condition
    (``field_condition``), in a field of education it does not accept, one row each
    (``converted_on_condition``; review 53: two D3 holders of posts converted to JF Ahli
    Muda stayed in them with no decision listed; review 62: a doctor made Analis
    Keuangan). A holder below S1/D4 may be converted on condition of completing
    it. A golongan outside the JF level's range is no condition (:data:`RANK_CHECKS`)."""
    t = tables.get("penyetaraan_issues")
    if t is None or not len(t) or result.assignment is None:
        return None
    t = t[t["condition"].to_numpy(bool) & (t["placed_position"] == t["position"])]
    if not len(t):
        return None
    pl = tables["placements"].set_index("employee_id")
    pos = result.compiled.org.positions
    fields = pos["fields"].astype(str) if "fields" in pos else pd.Series("", index=pos.index)
    accepts = dict(zip(pos["id"], fields, strict=True))
    licensed = (t["issue"] == "licence_outside_profession").any()
    lic = _licences_outside(result.compiled, result.assignment) if licensed else {}
    rows = []
    for who, group in t.groupby("employee_id", sort=False):
        first = group.iloc[0]
        why, ways = [], []
        for issue, r in zip(group["issue"], group.itertuples(), strict=True):
            if issue == "education_below_minimum":
                why.append(msg("decision.converted_education", edu=r.education or "-"))
                ways.append(msg("decision.converted_education_way"))
            elif issue == "licence_outside_profession":
                # the licence of another profession, a post of it with a seat left
                # (review 166 M3: his row read outside_profession alone)
                why.append(msg("decision.converted_licence", licence=lic[who][0]))
                ways.append(msg("decision.converted_licence_way"))
            else:  # field_outside_post
                field = str(pl.at[who, "field"]) if "field" in pl else ""
                why.append(msg("decision.converted_field", field=field, fields=accepts[r.position]))
                ways.append(msg("decision.converted_field_way"))
        person = pl.loc[who]
        rows.append(
            {
                "employee_id": who,
                "name": person.get("name", ""),
                "rank": person.get("rank", ""),
                "performance": person.get("performance", ""),
                "current_unit": person.get("current_unit", ""),
                "current_position": first["position"],
                "current_title": first["title"],
                "decision": "converted_on_condition",
                "reason": msg("decision.converted", title=first["title"], why=join("; ", why)),
                "reason_code": str(group["issue"].iloc[0]),
                "note": join("; ", ways),
                "offer_position": "",
                "offer_title": "",
            }
        )
    # messages stay objects (rendered in the report's language), not text
    return pd.DataFrame({k: pd.Series([r[k] for r in rows], dtype=object) for k in rows[0]})


#: the decisions list's code of a holder kept over a converted post's formasi whom the SK
#: of penyetaraan may place in another post of its JF and level (:func:`elsewhere_rows`)
CONVERTED_ELSEWHERE = "converted_elsewhere"


def elsewhere_rows(result, tables: dict) -> pd.DataFrame | None:
    """Extension ``decisions``: the holders of converted posts kept in them over formasi
    pending the PPK's decision (``kept_pending``: a post of formasi 0 in the bundled
    example) for whom another post of the JF and level their post converts to has a
    seat this plan leaves empty: the SK of penyetaraan may place them there, its
    golongan range no condition of penyetaraan (``converted_elsewhere``, added to their
    row). The plan does not: they hold that JF only once the SK is made (review 147 H1:
    Muhammad Anyan Tabani, IV/c, was offered a demosi while P0155, Analis SDMA Ahli
    Muda, kept two seats empty, named only as shut by the golongan range)."""
    from placement.domain.career import careers, converted_posts, level_codes  # as read
    from placement.model.compile import formasi_left  # the vacancies' empty seats
    from placement.model.decisions import kept_pending  # the decisions list's mask

    comp = result.compiled
    pl = tables.get("placements")
    if pl is None or comp is None or result.assignment is None:
        return None
    ctx = comp.context
    cur = ctx.emp("current_pos").astype(np.int64)
    # kept over the formasi of a post this scenario converts
    held = np.flatnonzero(kept_pending(result) & (cur >= 0) & converted_posts(ctx)[cur])
    if not len(held):
        return None
    fam = careers(ctx, comp.config.eligibility).pos_family
    level = level_codes(ctx)
    free = formasi_left(comp, np.asarray(result.assignment))
    titles = ctx.texts("positions", "title")
    rows = []
    for i in held.tolist():
        c = int(cur[i])
        if fam[c] < 0 or level[c] < 0:
            continue
        alike = np.flatnonzero((fam == fam[c]) & (level == level[c]) & (free > 0))
        # of those, the ones only the golongan range keeps them out of (a post or two)
        alike = np.array(
            [q for q in alike.tolist() if q != c and _range_only(comp, i, q)], dtype=np.int64
        )
        if not len(alike):
            continue
        posts = [
            msg(
                "decision.converted_elsewhere_post",
                position=f"{ctx.pos_ids[q]} ({titles[q]})",
                n=int(free[q]),
            )
            for q in alike.tolist()
        ]
        row = {
            **person_columns(pl, ctx, i, c),
            "decision": CONVERTED_ELSEWHERE,
            "reason": msg("decision.converted_elsewhere", posts=first_of(posts, 3)),
            "reason_code": CONVERTED_ELSEWHERE,
            "note": msg("decision.converted_elsewhere_way", position=ctx.pos_ids[int(alike[0])]),
            "offer_position": "",
            "offer_title": "",
        }
        rows.append(row)
    if not rows:
        return None
    return pd.DataFrame({k: pd.Series([r[k] for r in rows], dtype=object) for k in rows[0]})


def _range_only(comp, i: int, q: int) -> bool:
    """Every rule that keeps employee ``i`` out of post ``q`` is the golongan range of
    its JF level (``jf_rank_range``), as explain reads them."""
    from placement.model.requirements import each_failure  # the rules, as explain says

    said = [getattr(f, "key", "") for f in each_failure(comp, i, q)]
    return bool(said) and set(said) == {"career.why_rank_range"}


def extend_kpis(result) -> dict:
    """Extension ``kpis``: converted posts, issues found, the officials converted in
    their own post and how many of them retire later or earlier by it."""
    rec = _record(result)
    if rec is None:
        return {}
    t = result._tables.get("penyetaraan_issues")  # noqa: SLF001
    kinds = (t if t is not None else rec["issues"])["issue"].astype(str)
    # a golongan outside the JF level's range asks nothing (RANK_CHECKS): counted
    # apart (review 129 L1: "Penyetaraan issues 101" of which 51 such notes)
    noted = kinds.isin(RANK_CHECKS)
    out = {"penyetaraan_posts": int(rec["posts"])}
    c = result._tables.get("conversions")  # noqa: SLF001
    if c is not None:
        later, earlier = _bup_shifts(c)
        out["penyetaraan_holders"] = int(len(c))
        # of them converted on condition, the PPK deciding first (review 100 M6: the
        # comparison gave the issues, 73, the warnings 28 and the decisions 64 or 66)
        # with those kept over formasi pending in a converted post with no seat for them
        # (formasi 0): the SK list's sheet of those converted on condition (review 102)
        out["penyetaraan_on_condition"] = int((c["condition"] != "").sum())
        out["penyetaraan_bup_later"] = int(later.sum())
        out["penyetaraan_bup_earlier"] = int(earlier.sum())
        # rated below Baik, or not rated: an SKP to check before the SK (review 132 M3:
        # the comparison's checks before the SKs counted none of the 17)
        out["penyetaraan_skp_check"] = int((c["skp_check"] != "").sum())
    out["penyetaraan_issues"] = int((~noted).sum())
    out["penyetaraan_rank_check"] = int(noted.sum())
    return out


def _held(result) -> np.ndarray:
    """The ids of those kept in their post over its formasi pending the PPK's decision
    (no SK of penyetaraan before it): the ``kept_pending`` condition of the
    conversions."""
    from placement.model.decisions import kept_pending  # the decisions list's mask

    ids = np.asarray(result.compiled.context.emp_ids, dtype=object)
    return ids[kept_pending(result)]


def _bup_shifts(c: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    """Per row of the ``conversions`` table: retires later by the conversion, earlier
    (both dates known)."""
    was, now = c["retirement_before"].astype(str), c["retirement_after"].astype(str)
    known = (was != "") & (now != "")
    return known & (now > was), known & (now < was)


def summary_sentences(result) -> list:
    """Extension ``summary``: the officials penyetaraan converts in their own post, each
    with an SK of penyetaraan, not among the moves; how many retire later or earlier by
    it, and how many are converted on condition (review 79 H1)."""
    c = result.tables.get("conversions") if result.compiled is not None else None
    if c is None or not len(c):
        return []
    later, earlier = _bup_shifts(c)
    codes = c["condition"].astype(str).str.split("; ")
    held = codes.map(lambda x: "kept_pending" in x).to_numpy(dtype=bool)
    # one kept pending is counted so only, whatever else their SK waits on (review 119
    # M4: one official read as "1 converted on condition … and 1 kept")
    cond = codes.map(lambda x: any(k not in ("", "kept_pending") for k in x)).to_numpy(bool)
    cond = cond & ~held
    ranked = int((c["rank_check"] != "").sum()) if "rank_check" in c else 0
    # a field the post does not accept, noted and no condition (review 156 M1)
    fielded = int((c["field_check"] != "").sum()) if "field_check" in c else 0
    # those kept over formasi and those rated below the JF entry's SKP, as the issues
    # table lists them (review 117 H1: "22 are converted on condition" of 24 waiting)
    t = result.tables.get("penyetaraan_issues")
    weak = int((t["issue"] == "performance_below_jf_entry").sum()) if t is not None else 0
    # the licence holders converted outside their profession, and of them those with a
    # post of it left with a seat (the issues table's licence_outside_profession rows)
    lic = _licences_outside(result.compiled, result.assignment)
    mine = [lic[e] for e in c["employee_id"].astype(str) if e in lic]
    licensed, open_ = len(mine), sum(seat for _, seat in mine)
    zero = ""
    if held.any():
        pos = result.compiled.org.positions.set_index("id")["headcount"]
        none = int((c["position"][held].map(pos).fillna(0) == 0).sum())
        zero = msg("sum.penyetaraan_held_zero", n=none) if none else ""
    need = result.compiled.config.eligibility.min_performance_to_enter_jf
    return [
        msg(
            "sum.penyetaraan_holders",
            n=int(len(c)),
            later=int(later.sum()),
            earlier=int(earlier.sum()),
            cond=int(cond.sum()),
            held=msg("sum.penyetaraan_held", n=int(held.sum()), zero=zero) if held.any() else "",
            # a later BUP of a conversion on condition holds once the PPK confirms it
            # (review 81: 21 of the 68 were counted as final)
            later_cond=int((later & (cond | held)).sum()),
            waiting=int((cond | held).sum()),
            rank=msg("sum.penyetaraan_rank", n=int(ranked)) if ranked else "",
            field=msg("sum.penyetaraan_field", n=fielded) if fielded else "",
            weak=msg("sum.penyetaraan_weak", n=weak, need=need) if weak else "",
            licensed=msg("sum.penyetaraan_licensed", n=licensed, open=open_) if licensed else "",
        ),
        *_standard_sentence(c),
        *_organisation_sentence(result),
        # what its SKs rest on and this plan does not check (review 156 M3)
        msg("sum.penyetaraan_before", n=int((~(cond | held)).sum())),
    ]


#: the structural levels penyetaraan converts (JA Administrator, Pengawas)
STRUCTURAL_LEVELS = ("Administrator", "Pengawas")


def _unit_heads(pos: pd.DataFrame) -> set[str]:
    """Per unit, the id of its head post: the structural post (JPT, Administrator,
    Pengawas) of the highest kelas, the lowest id on a tie."""
    ja = pos["kind"].isin(["JPT"]) | ((pos["kind"] == "JA") & pos["level"].isin(STRUCTURAL_LEVELS))
    s = pos[ja].assign(_g=pd.to_numeric(pos["grade"], errors="coerce").fillna(-1))
    s = s.sort_values(["unit", "_g", "id"], ascending=[True, False, True], kind="stable")
    return set(s.drop_duplicates("unit")["id"])


def _organisation_sentence(result) -> list:
    """What the organisation becomes: the posts converted, in how many OPDs, each level
    to which; the Administrator and Pengawas posts those OPDs keep, by the first word of
    their titles; those of the whole organisation and its functional posts, before and
    after (review 164 L3: in the bundled example only the Sekretaris posts stay
    structural in the 21 OPDs converted, beside their heads, which the summary did not
    say)."""
    rec = _record(result)
    comp = result.compiled
    if rec is None or not rec.get("ids") or comp.plan.source is None:
        return []
    before, after = comp.plan.source.positions, comp.org.positions
    ids = sorted(rec["ids"])
    now = after.set_index("id").reindex(ids)
    was = pd.Series(rec.get("level_before", {})).reindex(ids).fillna("?").astype(str)
    steps = (was + " → " + now["level"].astype(str)).value_counts()
    units = set(now["unit"].dropna())
    # each unit's head (the structural post of the highest kelas) is no post it "keeps"
    # beside its head (review 169 M1: a kecamatan's Camat, an Administrator, counted)
    heads = _unit_heads(after)
    ja = (after["kind"] == "JA") & after["level"].isin(STRUCTURAL_LEVELS)
    kept = after[ja & after["unit"].isin(units) & ~after["id"].isin(heads)]
    words = kept["title"].astype(str).str.split().str[0].value_counts()
    titles: Message | str = ", ".join(f"{k} {v}" for k, v in words.head(3).items()) or "-"
    if len(words) > 3:
        titles = join("", [titles, msg("sum.penyetaraan_titles_more", n=int(words.iloc[3:].sum()))])

    def count(t: pd.DataFrame, level: str) -> int:
        return int(((t["kind"] == "JA") & (t["level"] == level)).sum())

    return [
        msg(
            "sum.penyetaraan_organisation",
            n=len(was),
            units=len(units),
            steps=", ".join(f"{k} {v}" for k, v in sorted(steps.items())),
            left=len(kept),
            titles=titles,
            adm=count(after, "Administrator"),
            adm0=count(before, "Administrator"),
            pgw=count(after, "Pengawas"),
            pgw0=count(before, "Pengawas"),
            jf=int((after["kind"] == "JF").sum()),
            jf0=int((before["kind"] == "JF").sum()),
        )
    ]


def _standard_sentence(c: pd.DataFrame) -> list:
    """How the JF's competency standard changes the fit of those converted: how many
    fall, the mean JPM as read and as converted, the largest fall and how many fall
    below the selection's Masih Memenuhi Syarat (review 164 M2: the summary read 88.2
    before and after, its "before" measured against the converted standard)."""
    from placement.domain.categories import SELECTION_CATEGORIES  # start-up time

    if "jpm_as_read" not in c:
        return []
    was, now = c["jpm_as_read"].astype(float), c["jpm"].astype(float)
    # both known: a post without a standard as read compares nothing (review 166 M4)
    both = was.notna() & now.notna()
    fell = both & (now < was)
    if not fell.any():
        return []
    need = SELECTION_CATEGORIES[1][1]
    return [
        msg(
            "sum.penyetaraan_standard",
            n=int(fell.sum()),
            total=int(both.sum()),
            was=float(was[both].mean()),
            now=float(now[both].mean()),
            most=float((was - now).max()),
            below=int((fell & (now < need) & ~(was < need)).sum()),
            need=need,
        )
    ]


def lead_sentences(result) -> list:
    """Extension ``lead``: right after who stays and who changes post, how many of
    those who stay change jabatan in it by an SK of penyetaraan, and how many of them
    wait on the PPK first (review 129 M1: the summary's first line read "4,217 stay …
    95 change post", as `replace`'s, the 123 SKs of penyetaraan named only further
    down)."""
    c = result.tables.get("conversions") if result.compiled is not None else None
    if c is None or not len(c):
        return []
    waiting = int((c["condition"].astype(str) != "").sum())
    return [msg("sum.penyetaraan_lead", n=int(len(c)), waiting=waiting)]


#: What this module adds to the engine (registered by :mod:`placement.domain`).
EXTENSION = Extension(
    name="penyetaraan",
    operations=(CheckedConvertPositions,),
    tables=(extend_tables,),
    kpis=(extend_kpis,),
    decisions=(decision_rows, elsewhere_rows),
    summary=(summary_sentences,),
    lead=(lead_sentences,),
    messages={
        "sum.penyetaraan_lead": (
            "Of those who stay in their post or are kept in it, {n} change jabatan in it by "
            "penyetaraan: an SK of penyetaraan each, no move ({waiting} of them wait on the "
            "PPK first; more below).",
            "Dari yang tetap atau dipertahankan di jabatannya, {n} berganti jabatan di "
            "tempat melalui penyetaraan: masing-masing dengan SK penyetaraan, bukan mutasi "
            "({waiting} di antaranya menunggu keputusan PPK lebih dulu; rinciannya di bawah).",
        ),
        "sum.penyetaraan_holders": (
            "Penyetaraan converts the posts of {n} official(s) who stay in them: each "
            "changes jabatan by an SK of penyetaraan, not a move (the conversions table "
            "lists them, each jabatan before and after); {later} of them retire later by "
            "it, {earlier} earlier (the BUP of the JF level against that of the "
            "structural post), and {cond} are converted on condition, pending the PPK "
            "(decisions.csv){held}; of these {waiting}, {later_cond} retire later by it, "
            "once the PPK confirms the conversion at that level.{rank}{field}{weak}{licensed}",
            "Penyetaraan mengubah jabatan {n} pejabat yang tetap di jabatannya: masing-"
            "masing berganti jabatan dengan SK penyetaraan, bukan mutasi (tabel "
            "penyetaraan jabatan memuat mereka, jabatan sebelum dan sesudahnya); {later} "
            "di antaranya pensiun lebih lambat karenanya, {earlier} lebih cepat (BUP "
            "jenjang JF dibanding jabatan struktural), dan {cond} disetarakan dengan "
            "syarat, menunggu keputusan PPK (decisions.csv){held}; dari {waiting} pejabat "
            "itu, {later_cond} pensiun lebih lambat karenanya, setelah PPK menetapkan "
            "penyetaraannya pada jenjang itu.{rank}{field}{weak}{licensed}",
        ),
        "sum.penyetaraan_standard": (
            "The competency standard of their JF (jf_standard) asks more than their post "
            "as read of {n} of the {total} converted whose post had a standard as read: "
            "their JPM falls by up to {most:.1f} "
            "points (the mean of all {total}, {was:.1f} against the posts as read, is {now:.1f} "
            "against the converted ones), and {below} fall below {need:g} (Kurang Memenuhi "
            "Syarat; their SK rows say so): pengembangan kompetensi in the JF "
            "(conversions: jpm_as_read, jpm).",
            "Standar kompetensi JF-nya (jf_standard) menuntut lebih dari jabatannya "
            "semula bagi {n} dari {total} pejabat yang disetarakan yang jabatan semulanya "
            "memiliki standar kompetensi: JPM-nya turun paling "
            "banyak {most:.1f} poin (rata-rata {total} pejabat, {was:.1f} terhadap jabatan semula, "
            "menjadi {now:.1f} terhadap jabatan yang disetarakan), dan {below} turun di bawah "
            "{need:g} (Kurang Memenuhi Syarat; baris SK-nya menyebutkannya): pengembangan "
            "kompetensi di JF itu (conversions: jpm_as_read, jpm).",
        ),
        "sum.penyetaraan_organisation": (
            "The organisation after it: {n} post(s) converted in {units} OPD(s) ({steps}); "
            "those OPDs keep {left} Administrator or Pengawas post(s) beside each one's head "
            "(the structural post of the highest kelas) ({titles}, by the first word of "
            "their titles); the whole "
            "organisation keeps {adm} Administrator and {pgw} Pengawas posts ({adm0} and "
            "{pgw0} before) and has {jf} functional posts ({jf0} before): the peta "
            "jabatan to enact (Perbup).",
            "Organisasi sesudahnya: {n} jabatan disetarakan di {units} perangkat daerah "
            "({steps}); perangkat daerah itu tetap memiliki {left} jabatan Administrator "
            "atau Pengawas di samping kepalanya masing-masing (jabatan struktural dengan "
            "kelas tertinggi) ({titles}, menurut kata pertama "
            "nama jabatannya); seluruh organisasi tetap memiliki {adm} jabatan "
            "Administrator dan {pgw} jabatan Pengawas (sebelumnya {adm0} dan {pgw0}) dan "
            "{jf} jabatan fungsional (sebelumnya {jf0}): peta jabatan yang perlu "
            "ditetapkan (Perbup).",
        ),
        "sum.penyetaraan_titles_more": (" and {n} more", " dan {n} lainnya"),
        "sum.penyetaraan_before": (
            "Not checked, before the {n} SKs of penyetaraan: the peta jabatan naming the "
            "functional posts, with their formasi, enacted first (Perbup), and each "
            "official's income after it (the JF's tunjangan, TPP) no lower than before "
            "(PermenPANRB 17/2021); the SK list's attachment says so.",
            "Tidak diperiksa, sebelum {n} SK penyetaraan: peta jabatan yang memuat jabatan "
            "fungsional itu beserta formasinya ditetapkan lebih dahulu (Perbup), dan "
            "penghasilan setiap pejabat sesudahnya (tunjangan JF, TPP) tidak lebih rendah "
            "dari sebelumnya (PermenPANRB 17/2021); lampiran daftar SK menyebutkannya.",
        ),
        "sum.penyetaraan_held": (
            " and {n} are kept in their converted post over its formasi, pending the "
            "PPK's decision, with no SK of penyetaraan before it{zero}",
            " dan {n} dipertahankan di jabatannya yang disetarakan di luar formasinya, "
            "menunggu keputusan PPK, tanpa SK penyetaraan sebelum keputusan itu{zero}",
        ),
        "sum.penyetaraan_held_zero": (
            " ({n} of them in a post of formasi 0: verify the peta jabatan)",
            " ({n} di antaranya pada jabatan berformasi 0: periksa peta jabatan)",
        ),
        "sum.penyetaraan_licensed": (
            " {n} of the officials converted hold the licence of a profession outside the "
            "JF of their converted post (licensed_families), {open} of them with a post of "
            "it at their level that has a seat left, whose SK of penyetaraan waits on the "
            "PPK's decision (penyetaraan_issues, licence_outside_profession; the decisions "
            "list, outside_profession).",
            " {n} pejabat yang disetarakan memiliki sertifikat profesi di luar JF jabatannya "
            "(licensed_families), {open} di antaranya dengan jabatan profesi itu pada "
            "jenjangnya yang masih memiliki formasi kosong, yang SK penyetaraannya menunggu "
            "keputusan PPK (penyetaraan_issues, licence_outside_profession; daftar "
            "keputusan, outside_profession).",
        ),
        "sum.penyetaraan_weak": (
            " {n} of the officials converted are rated below {need}, the SKP predicate the "
            "scenario asks of an entry into a JF by perpindahan (min_performance_to_enter_jf): "
            "penyetaraan is no perpindahan; confirm before their SKs whether its rules ask "
            "a rating (penyetaraan_issues, performance_below_jf_entry).",
            " {n} pejabat yang disetarakan berpredikat di bawah {need}, predikat SKP yang "
            "disyaratkan skenario untuk masuk JF melalui perpindahan "
            "(min_performance_to_enter_jf): "
            "penyetaraan bukan perpindahan; pastikan sebelum SK-nya apakah ketentuannya "
            "mensyaratkan predikat (penyetaraan_issues, performance_below_jf_entry).",
        ),
        "sum.penyetaraan_rank": (
            " The golongan of {n} is outside the JF level's range: no condition of "
            "penyetaraan, which sets the level by the post held and keeps the pangkat "
            "(their next jenjang comes by angka kredit and uji kompetensi).",
            " Golongan {n} pejabat berada di luar rentang jenjang JF-nya: bukan syarat "
            "penyetaraan, yang menetapkan jenjang menurut jabatan yang diduduki dan "
            "mempertahankan pangkat (kenaikan jenjang berikutnya melalui angka kredit dan "
            "uji kompetensi).",
        ),
        "sum.penyetaraan_field": (
            " The field of education of {n} is not among those their converted post "
            "accepts: no condition of penyetaraan under the operation that converted it "
            "(field_condition), "
            "noted on their SK, with pengembangan kompetensi in the JF's field where "
            "needed.",
            " Bidang pendidikan {n} pejabat tidak termasuk yang diterima jabatan hasil "
            "penyetaraannya: bukan syarat penyetaraan menurut operasi yang menyetarakannya "
            "(field_condition), dicatat pada SK-nya, dengan pengembangan kompetensi di "
            "bidang JF itu bila diperlukan.",
        ),
        "decision.converted": (
            "stays in own post, converted by penyetaraan to {title}: {why}",
            "tetap di jabatan sendiri, disetarakan menjadi {title}: {why}",
        ),
        "decision.converted_education": (
            "their education {edu} is below its minimum S1/D4",
            "pendidikannya {edu} di bawah minimum S1/D4",
        ),
        "decision.converted_licence": (
            "they hold {licence}, the licence of a profession outside its JF, and a post "
            "of it at their level has a seat left in this plan: no SK of penyetaraan "
            "before the PPK decides whether they return to it (outside_profession)",
            "memiliki {licence}, sertifikat profesi di luar JF-nya, dan jabatan profesi "
            "itu pada jenjangnya masih memiliki formasi kosong dalam rencana ini: tanpa SK "
            "penyetaraan sebelum PPK memutuskan apakah ia kembali ke profesinya "
            "(outside_profession)",
        ),
        "decision.converted_field": (
            "their field of education ({field}) is not among those the post accepts ({fields})",
            "bidang pendidikannya ({field}) tidak termasuk yang diterima jabatan itu ({fields})",
        ),
        "decision.converted_elsewhere": (
            "a post of the JF and level their post converts to keeps a seat empty in this "
            "plan: {posts}; the SK of penyetaraan may place them there (it keeps the pangkat: "
            "the golongan range of the level is no condition of it), which the plan does "
            "not do, as they hold that JF only once the SK is made",
            "jabatan dari JF dan jenjang hasil penyetaraan jabatannya memiliki formasi "
            "kosong dalam rencana ini: {posts}; SK penyetaraan dapat menempatkan mereka di "
            "sana (pangkat tetap: rentang golongan jenjang itu bukan syarat penyetaraan), "
            "yang tidak dilakukan rencana ini, karena mereka baru menduduki JF itu setelah "
            "SK ditetapkan",
        ),
        "decision.converted_elsewhere_post": (
            "{position}, {n} seat(s) empty",
            "{position}, {n} formasi kosong",
        ),
        "decision.converted_elsewhere_way": (
            "the SK of penyetaraan placing them in {position}, before a post of a lower kelas",
            "SK penyetaraan yang menempatkan mereka pada {position}, sebelum jabatan dengan "
            "kelas lebih rendah",
        ),
        "decision.converted_licence_way": (
            "if they return to their profession, a move into its post (no SK of "
            "penyetaraan); if not, the SK of penyetaraan, its licence noted",
            "bila kembali ke profesinya, mutasi ke jabatan profesi itu (tanpa SK "
            "penyetaraan); bila tidak, SK penyetaraan dengan catatan sertifikat profesinya",
        ),
        "decision.converted_field_way": (
            "penyetaraan on condition of passing the JF's uji kompetensi (with training in "
            "its field where they need it) within a period the PPK sets, or a post of "
            "their field",
            "penyetaraan dengan syarat lulus uji kompetensi JF itu (dengan pelatihan di "
            "bidangnya bila diperlukan) dalam jangka waktu yang ditetapkan PPK, atau "
            "jabatan sesuai bidangnya",
        ),
        "decision.converted_education_way": (
            "penyetaraan on condition of completing S1/D4 within a period the PPK sets, "
            "or a post of their education",
            "penyetaraan dengan syarat menyelesaikan S1/D4 dalam jangka waktu yang "
            "ditetapkan PPK, atau jabatan sesuai pendidikannya",
        ),
    },
    labels={
        "value:converted_elsewhere": (
            "may be converted into another post of that JF and level, with a seat empty",
            "dapat disetarakan pada jabatan lain dari JF dan jenjang itu, yang formasinya kosong",
        ),
        "value:converted_on_condition": (
            "stays, converted on condition, pending the PPK",
            "tetap, disetarakan dengan syarat, menunggu keputusan PPK",
        ),
        "penyetaraan_issues": (
            "Penyetaraan issues to check (penyetaraan_issues; the golongan notes, no "
            "condition, last)",
            "Masalah penyetaraan untuk diperiksa (penyetaraan_issues; catatan golongan, "
            "bukan syarat, di akhir)",
        ),
        "penyetaraan_rank_check": (
            "Golongan outside the JF level's range (rank_check; no condition)",
            "Golongan di luar rentang jenjang JF (rank_check; bukan syarat)",
        ),
        "penyetaraan_skp_check": (
            "… of them rated below Baik, or not rated (skp_check)",
            "… di antaranya berpredikat di bawah Baik, atau tanpa predikat (skp_check)",
        ),
        "penyetaraan_on_condition": (
            "… of them on condition or kept pending (the PPK decides first)",
            "… di antaranya bersyarat atau menunggu keputusan (PPK memutuskan lebih dahulu)",
        ),
        "rank_check": (
            "Golongan outside the JF level's range (no condition)",
            "Golongan di luar rentang jenjang JF (bukan syarat)",
        ),
        "field_check": (
            "Field of education not the post's (no condition)",
            "Bidang pendidikan di luar jabatan (bukan syarat)",
        ),
        "licence_held": (
            "Licence of a profession outside the JF",
            "Sertifikat profesi di luar JF",
        ),
        "licence_posts_below": (
            "Posts of that profession at this jenjang with a seat left, below their golongan",
            "Jabatan profesi itu pada jenjang ini dengan formasi kosong, di bawah golongannya",
        ),
        "jpm_as_read": (
            "JPM against the post as read (%)",
            "JPM terhadap jabatan semula (%)",
        ),
        "sheet:penyetaraan_issues": ("Penyetaraan issues", "Masalah penyetaraan"),
        "sheet:conversions": ("Penyetaraan converted", "Pejabat disetarakan"),
        "conversions": (
            "Penyetaraan: officials converted in their own post",
            "Penyetaraan: pejabat yang disetarakan di jabatannya",
        ),
        "title_before": ("Jabatan before", "Jabatan sebelum"),
        "title_after": ("Jabatan after", "Jabatan sesudah"),
        "condition": ("Condition (decisions.csv)", "Syarat (decisions.csv)"),
        "penyetaraan_holders": (
            "Officials converted in their own post (penyetaraan)",
            "Pejabat yang disetarakan di jabatannya",
        ),
        "penyetaraan_bup_later": (
            "… of them retiring later by it",
            "… di antaranya pensiun lebih lambat karenanya",
        ),
        "penyetaraan_bup_earlier": (
            "… of them retiring earlier by it",
            "… di antaranya pensiun lebih cepat karenanya",
        ),
        "penyetaraan_posts": ("Posts converted (penyetaraan)", "Jabatan disetarakan"),
        "issue": ("Issue", "Masalah"),
        "level_before": ("Level before", "Jenjang sebelum"),
        "level_after": ("Level after", "Jenjang sesudah"),
        "grade_before": ("Grade before", "Kelas jabatan sebelum"),
        "grade_after": ("Grade after", "Kelas jabatan sesudah"),
        "jf_grade": ("Usual JF grade", "Kelas jabatan JF lazim"),
        "placed_position": ("Placed in", "Ditempatkan di"),
        "placed_grade": ("Grade placed", "Kelas jabatan penempatan"),
        "detail": ("Detail", "Keterangan"),
        "grade_would_drop": ("grade would drop", "kelas jabatan akan turun"),
        "grade_unknown": ("grade unknown", "kelas jabatan tidak diketahui"),
        "education_below_minimum": (
            "education below minimum (S1/D4)",
            "pendidikan di bawah minimum (S1/D4)",
        ),
        "rank_below_minimum": ("golongan below minimum", "golongan di bawah minimum"),
        "kept_over_formasi": (
            "kept over its formasi, pending the PPK",
            "dipertahankan di luar formasi, menunggu keputusan PPK",
        ),
        "performance_below_jf_entry": (
            "SKP below the rating asked to enter a JF",
            "SKP di bawah predikat yang disyaratkan untuk masuk JF",
        ),
        "licence_outside_profession": (
            "licence of a profession outside the post's JF",
            "sertifikat profesi di luar JF jabatannya",
        ),
        "grade_drop_after_placement": (
            "placed in a lower grade",
            "ditempatkan pada kelas jabatan lebih rendah",
        ),
    },
)
