"""Planner tables built from a Result: placements, moves, vacancies, unplaced,
training needs, unit fill, objective breakdown and KPIs. All vectorised."""

from __future__ import annotations

import dataclasses

import numpy as np
import pandas as pd

from placement.errors import PlacementError
from placement.model import extension
from placement.model.alike import add_alike_notes
from placement.model.compile import budget_weight, formasi_left, left_over_formasi, unit_budgets
from placement.model.context import NOT_ASSESSED, jpm_reason
from placement.model.decisions import (
    decisions_table,
    extension_rows,
    kept_pending,
    kept_without_licence,
    with_person,
)
from placement.model.jpm import (
    CATEGORY_NO_STANDARD,
    CATEGORY_NOT_ASSESSED,
    JPM_CATEGORIES,
    jpm_category,
)
from placement.model.organization import COMP_PREFIX, opd_of
from placement.model.problem import Problem
from placement.model.reasons import LowerSeats, fields_listed, hire_seat_notes, reasons

_EMP_OUT = ("name", "rank", "education", "field", "performance")


def _pair_metrics(ctx, e: np.ndarray, p: np.ndarray) -> dict[str, np.ndarray]:
    """JPM (over the standard's assessed competencies, see placement.model.context), its
    reason code where missing, coverage (share of the standard's required levels that
    are assessed), assessed gap sum, how many competencies have a gap, and field fit
    of arbitrary (employee, position) pairs, one per employee; NaN where p<0."""
    ok = p >= 0
    ps = np.maximum(p, 0)
    jpm, den = ctx.pair_jpm(e, ps)
    req = ctx.required[ps].astype(float)  # [pairs, C]
    lvl = ctx.levels[e].astype(float)  # NaN = not assessed
    short = np.nan_to_num(np.maximum(req - lvl, 0.0) * (req > 0))
    gap = short.sum(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        std = ctx.required_sum[ps].astype(float)
        coverage = np.where(std > 0, den / np.maximum(std, 1e-9), np.nan)
    ef, pf, acc = ctx._fields  # noqa: SLF001
    field_ok = acc[pf[ps], ef[e]]
    why = jpm_reason(jpm, std)
    # assessed in none of the standard: no count of gaps, not "0 below" (review 170 L6:
    # 44 movers assessed in nothing read competencies_below_after 0, as if none short)
    counted = ok & (why != NOT_ASSESSED)
    return {
        "jpm": np.where(ok, jpm, np.nan),
        "jpm_reason": np.where(ok, why, -1),
        "coverage": np.where(ok, coverage, np.nan),
        "gap": np.where(counted, gap, np.nan),
        "below": np.where(counted, (short > 0).sum(axis=1), np.nan),
        "field_ok": np.where(ok, field_ok, False),
        "edu_ok": np.where(ok, ctx.emp("edu_level")[e] >= ctx.pos("min_edu_level")[ps], False),
    }


def _column(s: pd.Series):
    """An employee column for a table of one row per employee, in order: text stays in
    its Arrow strings (no round trip through Python objects), the rest as NumPy."""
    if pd.api.types.is_string_dtype(s.dtype) and not pd.api.types.is_object_dtype(s.dtype):
        return s.array
    return s.to_numpy()


def competency_text(names: list[str], lvl: np.ndarray, req: np.ndarray, cols) -> str:
    """ "Administrasi Kependudukan 1/3; Komunikasi -/3": each competency of ``cols`` (in
    their order) with the person's level ("-" where not assessed) and the standard."""
    return "; ".join(
        f"{names[c]} {'-' if np.isnan(lvl[c]) else int(lvl[c])}/{int(req[c])}" for c in cols
    )


def _per_mover(ctx, who: np.ndarray, a: np.ndarray, pick) -> np.ndarray:
    """Per employee of ``who``, :func:`competency_text` of the competencies of the
    standard of the post ``a`` gives them that ``pick(required, levels)`` marks; "" for
    none or no post. A few hundred movers, each their own row of the standards."""
    out = np.full(len(who), "", dtype=object)
    placed = a[who] >= 0
    if not placed.any():
        return out
    at = who[placed]
    req, lvl = ctx.required[a[at]], ctx.levels[at]
    names = list(ctx.competencies)
    rows = pick(req, lvl)
    out[np.flatnonzero(placed)] = [
        competency_text(names, lvl[k], req[k], np.flatnonzero(row)) for k, row in enumerate(rows)
    ]
    return out


def _gaps(ctx, who: np.ndarray, a: np.ndarray) -> np.ndarray:
    """Per employee of ``who``, the competencies below the standard of the post ``a``
    gives them, each with their level and the standard ("Administrasi Kependudukan
    1/3; Komunikasi 2/3"): what a development plan with the SK covers (review 134 M2: a
    promotion into Administrator Database Kependudukan at level 1 of 3 in
    Administrasi Kependudukan read JPM 88 and said nothing of it). Not assessed is no
    gap."""
    return _per_mover(ctx, who, a, lambda req, lvl: (req > 0) & (lvl < req))


def _unassessed(ctx, who: np.ndarray, a: np.ndarray) -> np.ndarray:
    """Per employee of ``who``, the competencies of the standard of the post ``a`` gives
    them that are not assessed for them ("Komunikasi -/3; Integritas -/3"): the JPM
    there is over the rest of the standard, or unknown where none is assessed, and an
    assessment comes before the SK (review 168 L3: a competency not assessed left no
    mark on the move)."""
    if ctx.fully_assessed:
        return np.full(len(who), "", dtype=object)
    return _per_mover(ctx, who, a, lambda req, lvl: (req > 0) & np.isnan(lvl))


def _take(s: pd.Series, rows: np.ndarray, blank: str | None = None):
    """Cells ``rows`` of column ``s`` (text stays in its Arrow strings); with ``blank``,
    a row -1 gives ``blank``."""
    col = _column(s)
    if blank is not None:
        if len(rows) and not isinstance(col, np.ndarray):
            return col.take(rows, allow_fill=True, fill_value=blank)
        # no rows (no type to infer from them) or not text: as NumPy's where makes it
        return np.where(rows >= 0, s.to_numpy()[np.maximum(rows, 0)], blank)
    return col[rows] if isinstance(col, np.ndarray) else col.take(rows)


def units_today(comp, ids: pd.Series) -> list[str]:
    """Per employee id of ``ids``, the name of the unit they serve in today, as the
    data read it before the scenario's operations (``Plan.source``); "" where the data
    gives none."""
    src = getattr(comp.plan, "source", None)
    if src is None or "current_unit" not in src.employees:
        return [""] * len(ids)
    emp = src.employees
    unit_of = dict(zip(emp["id"].astype(str), emp["current_unit"].astype(str), strict=True))
    name_of = dict(zip(src.units["id"].astype(str), src.units["name"].astype(str), strict=True))
    return [name_of.get(unit_of.get(e, ""), "") for e in ids.astype(str).tolist()]


def reorganised_stays(result) -> pd.DataFrame:
    """Those placed in their own post while the scenario's operations put it in a unit
    of another name or under another OPD (a merger, a unit renamed, a post moved to
    another unit): ``employee_id``, ``unit_today`` (the name the data gives the post's
    unit, or its OPD's where that changes) and ``unit_after`` (the plan's); once per
    result (the summary and the legal status's count read it). No move lists them, yet
    each needs an SK into the new organisation (review 120 M2: `merge`'s staff of Dinas
    Lingkungan Hidup entering the merged office were counted nowhere; review 123 M3: a
    sub-unit keeps its name when its OPD merges)."""
    kept = result.__dict__
    if "_reorganised_stays" not in kept:
        kept["_reorganised_stays"] = _reorganised_stays(result.compiled, result.placements)
    return kept["_reorganised_stays"]


def _reorganised_stays(comp, pl: pd.DataFrame) -> pd.DataFrame:
    out = pd.DataFrame(columns=["employee_id", "unit_today", "unit_after"])
    src = getattr(comp.plan, "source", None) if comp is not None else None
    need = {"employee_id", "current_position", "position"}
    if src is None or not len(pl) or not need <= set(pl.columns):
        return out
    cur = pl["current_position"].astype(str).to_numpy(dtype=object)
    own = np.flatnonzero((pl["position"].astype(str).to_numpy(dtype=object) == cur) & (cur != ""))
    post = cur[own]
    # the post as the data reads it, where merge_positions joined it into this one
    # (a holder of P0341 in Dinas Lingkungan Hidup holds the merged office's P0270)
    was = comp.plan.joined_held(pl["employee_id"].astype(str).to_numpy(dtype=object)[own])
    read = np.where(was != "", was, post)

    def where(org, post) -> tuple[np.ndarray, np.ndarray]:
        # per holder: the name of their post's unit, and of its OPD ("" where unknown)
        un, pos = org.units, org.positions
        ids = pd.Index(un["id"].astype(str))
        names = np.append(un["name"].astype(str).to_numpy(dtype=object), "")
        top = ids.get_indexer(pd.Series(ids).map(opd_of(un)))
        at = pd.Index(pos["id"].astype(str)).get_indexer(post)
        units = np.append(pos["unit"].astype(str).to_numpy(dtype=object), "")[at]
        leaf = ids.get_indexer(units)
        return names[leaf], names[np.append(top, -1)[leaf]]

    leaf_was, opd_was = where(src, read)
    leaf_now, opd_now = where(comp.org, post)
    moved = (leaf_was != "") & ((leaf_was != leaf_now) | (opd_was != opd_now))
    opd = opd_was != opd_now
    return pd.DataFrame(
        {
            "employee_id": pl["employee_id"].astype(str).to_numpy(dtype=object)[own][moved],
            "unit_today": np.where(opd, opd_was, leaf_was)[moved],
            "unit_after": np.where(opd, opd_now, leaf_now)[moved],
        }
    )


def _units_today(comp, ids: pd.Series, planned: pd.Series) -> list[str]:
    """Per mover (``ids``), the name of the unit the plan has them in before the move
    (``planned``), or, where the scenario's operations changed it (a merger, a unit
    renamed or moved), the name the data gives the unit they serve in today
    (:func:`units_today`), then the plan's: "Dinas Lingkungan Hidup → Dinas Pertanian,
    Pangan dan Lingkungan Hidup". Review 110 M3: Yaman Galim's jabatan lama read as a
    post of the merged office, which does not exist until the reorganisation (the SK
    list reads the unit of today alone: review 98 H2)."""
    out = planned.fillna("").astype(str).tolist()
    today = units_today(comp, ids)
    return [
        t if not p else p if not t or t == p else f"{t} → {p}"
        for t, p in zip(today, out, strict=True)
    ]


def build_tables(result) -> dict[str, pd.DataFrame]:
    comp = result.compiled
    if comp is None:
        return _bare_tables(result)
    if result.assignment is None:
        return _no_placement_tables(result)
    p: Problem = result.problem
    ctx = comp.context
    org = comp.org
    emp, pos, un = org.employees, org.positions, org.units
    n = p.n_employees
    a = result.assignment if result.assignment is not None else np.full(n, -1, np.int32)
    placed = a >= 0
    ps = np.maximum(a, 0)
    # from lists: a dict zipped from Arrow strings takes them cell by cell (10x slower)
    unit_name = dict(zip(un["id"].tolist(), un["name"].tolist(), strict=True))
    cur = ctx.emp("current_pos")
    idx = np.arange(n)
    now = _pair_metrics(ctx, idx, a)
    before = _pair_metrics(ctx, idx, cur)

    pl = pd.DataFrame({"employee_id": _column(emp["id"])})
    for c in _EMP_OUT:
        if c in emp:
            pl[c] = _column(emp[c])
    pl["current_unit"] = _column(emp["current_unit"])
    pl["current_position"] = _column(emp["current_position"])
    pl["unit"] = _take(pos["unit"], a, blank="")
    pl["unit_name"] = _take(un["name"], np.where(placed, ctx.pos("unit_idx")[ps], -1), blank="")
    pl["position"] = _take(pos["id"], a, blank="")
    pl["title"] = _take(pos["title"], a, blank="")
    status = np.where(
        ~placed,
        "unplaced",
        np.where(
            cur < 0,
            "new",
            np.where(
                a == cur,
                "stays",
                np.where(
                    ctx.pos("unit_idx")[ps] == ctx.emp("current_unit"),
                    "moves within unit",
                    "moves to another unit",
                ),
            ),
        ),
    )
    waiting = kept_pending(result)  # kept over formasi pending a decision: no plain stay
    status = np.where(waiting, "kept_over_formasi", status)
    pl["status"] = status
    pl["jpm"] = np.round(now["jpm"], 1)
    pl["jpm_coverage"] = np.round(now["coverage"], 3)
    pl["jpm_category"] = jpm_category(now["jpm"], now["jpm_reason"])
    pl["jpm_before"] = np.round(before["jpm"], 1)
    pl["field_fit"] = now["field_ok"]
    pl["education_fit"] = now["edu_ok"]
    pl["training_gap"] = now["gap"]
    # how many assessed competencies fall short of the standard: a JPM whose surplus
    # makes up for gaps (jpm_surplus "cap") reads 100 with some (review 64: JPM 100
    # with three competencies one level below)
    pl["competencies_below"] = now["below"]
    pl["pinned"] = p.pinned >= 0
    # a new hire placed in a post the plan leaves holding people over its formasi
    seat_note = np.full(n, "", dtype=object)
    for i, note in hire_seat_notes(result).items():
        seat_note[i] = note
    pl["seat_note"] = pd.Series(seat_note, dtype=object)
    extra = [
        c
        for c in emp.columns
        if c not in pl.columns
        and not c.startswith(COMP_PREFIX)
        and not c.startswith("_")
        and c not in ("id", "rank_level", "edu_level", "perf_level", "preferences")
    ]
    for c in extra:
        pl[c] = _column(emp[c])
    if "status" in emp.columns:  # e.g. PNS / PPPK; "status" is the placement outcome here
        pl["employee_status"] = _column(emp["status"])

    # moves (reasons: placement.model.reasons, the one source for every output; people
    # excluded by rule, e.g. past retirement age or on leave, are no move)
    moved = (cur >= 0) & (a != cur) & ~org.excluded
    hc = ctx.pos("headcount")
    lower = LowerSeats.of(result)  # the lower seats the reasons name, here and in decisions
    why = reasons(result, lower=lower)
    mv = pl.loc[moved, ["employee_id", "name"] if "name" in pl else ["employee_id"]].copy()
    title_of = dict(zip(pos["id"].tolist(), pos["title"].tolist(), strict=True))
    mv["from_unit"] = pl.loc[moved, "current_unit"]
    mv["from_unit_name"] = _units_today(comp, mv["employee_id"], mv["from_unit"].map(unit_name))
    mv["from_position"] = pl.loc[moved, "current_position"]
    mv["from_title"] = mv["from_position"].map(title_of).fillna("")
    mv["to_unit"] = pl.loc[moved, "unit"]
    mv["to_unit_name"] = pl.loc[moved, "unit_name"]
    mv["to_position"] = pl.loc[moved, "position"]
    mv["to_title"] = pl.loc[moved, "title"]
    grade = ctx.pos("grade")
    mv["from_grade"] = grade[cur[moved]]
    mv["to_grade"] = np.where(placed[moved], grade[ps[moved]], np.nan)
    # the posts' priority, which a step up weighs as the kelas (skp_check: skp_priority)
    priority = ctx.pos("priority")
    mv["from_priority"] = priority[cur[moved]]
    mv["to_priority"] = np.where(placed[moved], priority[ps[moved]], np.nan)
    mv["jpm_before"] = pl.loc[moved, "jpm_before"]
    mv["jpm_after"] = pl.loc[moved, "jpm"]
    mv["competencies_below_after"] = pl.loc[moved, "competencies_below"]
    mv["gaps_after"] = _gaps(ctx, np.flatnonzero(moved), a)
    mv["unassessed_after"] = _unassessed(ctx, np.flatnonzero(moved), a)
    # object dtype keeps the messages (rendered per language by the reports)
    mv["reason"] = pd.Series(
        why["reason"].reindex(np.flatnonzero(moved)).to_numpy(), index=mv.index, dtype=object
    )
    mv["reason_code"] = why["code"].reindex(np.flatnonzero(moved)).to_numpy()
    mv["reason_points"] = why["points"].reindex(np.flatnonzero(moved)).to_numpy()
    mv["plan_points"] = why["plan_points"].reindex(np.flatnonzero(moved)).to_numpy()

    # vacancies and unit fill: a holder kept over formasi until BUP fills no seat of it
    fill = np.bincount(a[placed], minlength=p.n_positions)
    held_over = over_formasi(result)
    over = np.bincount(cur[held_over], minlength=p.n_positions)
    pending = np.bincount(cur[waiting], minlength=p.n_positions)
    vac = pos[["id", "title", "unit", "kind"]].rename(columns={"id": "position"}).copy()
    vac["unit_name"] = vac["unit"].map(unit_name).fillna("")
    vac["headcount"] = hc
    vac["filled"] = fill
    vac["vacant"] = formasi_left(comp, a, held_over)
    vac["supernumerary"] = over - pending  # until BUP (a rule keeps them)
    vac["kept_pending"] = pending  # pending a decision (keep_displaced_holders)
    # seats held for now by holders without the post's licence, for one who holds it
    # (licence_to_hold; review 56: a Dokter post read 11 filled, 4 of them not doctors)
    unlicensed = np.bincount(cur[kept_without_licence(result)], minlength=p.n_positions)
    vac["kept_without_licence"] = unlicensed
    vac["priority"] = ctx.pos("priority")
    # the posts with a vacant seat, and those with a holder kept over formasi or without
    # its licence (the summary points here for them)
    vacancies = vac[(vac["vacant"] > 0) | (over > 0) | (unlicensed > 0)].reset_index(drop=True)

    uf = un[["id", "name"]].rename(columns={"id": "unit", "name": "unit_name"}).copy()
    k = p.n_units
    uf["headcount"] = np.bincount(p.position_unit, weights=hc, minlength=k).astype(np.int64)
    uf["filled"] = np.bincount(p.position_unit[a[placed]], minlength=k)
    uf["before"] = np.bincount(ctx.emp("current_unit")[ctx.emp("current_unit") >= 0], minlength=k)
    uf["vacant"] = (
        uf["headcount"]
        - uf["filled"]
        + np.bincount(p.position_unit, weights=over, minlength=k).astype(np.int64)
    )
    in_formasi = uf["headcount"] - uf["vacant"]
    uf["fill_rate"] = np.round(
        np.where(uf["headcount"] > 0, in_formasi / np.maximum(uf["headcount"], 1), 1.0), 3
    )
    by_unit = pd.Series(now["jpm"][placed]).groupby(p.position_unit[a[placed]])
    uf["mean_jpm"] = np.round(by_unit.mean().reindex(range(k)).to_numpy(), 1)
    # share of the unit's placed staff with a JPM: the mean is over them only
    uf["assessment_coverage"] = np.round(
        (by_unit.count() / by_unit.size()).reindex(range(k)).to_numpy(), 3
    )
    uf["max_headcount"] = un["max_headcount"].to_numpy()
    _unit_costs(comp, uf, a, placed)

    # unplaced with reasons
    # eligible posts that are open (a closed post, formasi 0, may keep its holder's edge)
    open_edge = np.asarray(p.capacity)[p.edge_pos] > 0
    run = np.concatenate(([0], np.cumsum(open_edge, dtype=np.int64)))
    deg = run[p.indptr[1:]] - run[p.indptr[:-1]]
    up = pl.loc[
        ~placed,
        ["employee_id", "name", "current_unit", "current_position"]
        if "name" in pl
        else ["employee_id", "current_unit", "current_position"],
    ].copy()
    d = deg[~placed]
    up["eligible_positions"] = d
    unplaced_idx = np.flatnonzero(~placed)
    up["reason"] = pd.Series(
        why["reason"].reindex(unplaced_idx).to_numpy(), index=up.index, dtype=object
    )
    up["reason_code"] = why["code"].reindex(unplaced_idx).to_numpy()
    up["reason_points"] = why["points"].reindex(unplaced_idx).to_numpy()

    # training needs (long table): one row per placed employee and competency below
    # the post's standard, competency by competency (then sorted); the id columns are
    # taken from the Arrow strings once for all the rows
    pe = np.flatnonzero(placed)
    req_pe, lvl_pe = ctx.required[a[pe]], ctx.levels[pe]
    short = (req_pe > 0) & (lvl_pe < req_pe)  # NaN (not assessed) is no gap
    comp_of, row_of = np.nonzero(short.T)  # competency-major, employees ascending
    names = pd.Series(ctx.competencies, dtype="str")
    unit_of = ctx.pos("unit_idx")[a[pe]]
    presorted = (
        emp["id"].is_monotonic_increasing  # in id order (Organization.canonical)
        and un["id"].is_monotonic_increasing
        and bool((unit_of >= 0).all())
    )
    if presorted:  # the rows in the table's order already: by the indices, not the texts
        rank = np.empty(len(names), dtype=np.int64)
        rank[names.argsort(kind="stable").to_numpy()] = np.arange(len(names))
        order = np.lexsort((rank[comp_of], row_of, unit_of[row_of]))
        comp_of, row_of = comp_of[order], row_of[order]
    sel = pe[row_of]
    cols = ["employee_id", "unit", "position", "competency", "required", "level", "gap"]
    if len(sel):
        req_g, lvl_g = req_pe[row_of, comp_of], lvl_pe[row_of, comp_of]
        tn = pd.DataFrame(
            {
                "employee_id": _take(emp["id"], sel),
                "unit": _take(pos["unit"], a[sel]),
                "position": _take(pos["id"], a[sel]),
                "competency": _take(names, comp_of),
                "required": req_g.astype(int),
                "level": lvl_g.astype(int),
                "gap": (req_g - lvl_g).astype(int),
            }
        )
        if not presorted:
            tn = tn.sort_values(["unit", "employee_id", "competency"], kind="stable")
            tn = tn.reset_index(drop=True)
    else:
        tn = pd.DataFrame(columns=cols)
    # every input employee exactly once, in input order (checked on every run)
    if len(pl) != len(emp) or not pl["employee_id"].equals(emp["id"].reset_index(drop=True)):
        raise PlacementError(
            "internal error: the placements table does not list every "
            "employee exactly once (a bug, please report it)"
        )
    tables = {
        "placements": pl,
        "moves": mv.reset_index(drop=True),
        "vacancies": vacancies,
        "unit_fill": uf,
        "unplaced": up.reset_index(drop=True),
        "training_needs": tn,
        "breakdown": _breakdown(result),
    }
    for extend in extension.hooks("tables"):  # e.g. talent box, workload (EJ), retirement
        extend(result, tables)
    # after the extensions: the placements' licence check goes with each row
    tables["decisions"] = decisions_table(result, tables["placements"], why, lower)
    tables["decisions"] = with_person(
        extension_rows(tables["decisions"], result, tables), tables["placements"]
    )
    # the posts as good as a mover's, less the seats the decisions list offers
    add_alike_notes(result, tables)
    return tables


def _breakdown(result) -> pd.DataFrame:
    p: Problem = result.problem
    a = result.assignment
    rows = []
    comp = result.compiled
    weights = {t.name: (w, t.sense, t.description) for t, w in comp.terms} if comp else {}
    if a is None:
        return pd.DataFrame(columns=["term", "weight", "sense", "points", "description"])
    e = p.edge_index(a)
    placed = a >= 0
    for name, (ec, uc) in p.term_costs.items():
        total = int(ec[e[placed]].sum() + uc[~placed].sum() + p.term_constants.get(name, 0))
        w, sense, desc = weights.get(name, (1.0, "", ""))
        rows.append(
            {
                "term": name,
                "weight": w,
                "sense": sense,
                "points": total / p.objective_scale,
                "description": desc,
            }
        )
    return pd.DataFrame(rows)


def _no_placement_tables(result) -> dict[str, pd.DataFrame]:
    """The tables of a scenario without a placement (infeasible, or no solution in
    time): every column of a placed result, no rows. Their CSV files have a header, so
    they read as empty tables instead of failing to parse; kpis.json says why."""
    # everyone in their current post (new hires unplaced): the fewest reasons to build
    stay = np.asarray(result.problem.current_pos, dtype=np.int32)  # -1: no post
    shape = dataclasses.replace(
        result, outcome=dataclasses.replace(result.outcome, assignment=stay)
    )
    return {k: df.iloc[:0].reset_index(drop=True) for k, df in build_tables(shape).items()}


def _bare_tables(result) -> dict[str, pd.DataFrame]:
    """Tables of a raw Problem (indices only): placements and unplaced as ``employee,
    position`` (no rows when there is no placement) and the objective breakdown."""
    empty = pd.DataFrame()
    a = result.assignment if result.assignment is not None else np.zeros(0, np.int32)
    pl = pd.DataFrame({"employee": np.arange(len(a)), "position": a})
    return {
        "placements": pl,
        "moves": empty,
        "vacancies": empty,
        "unit_fill": empty,
        "unplaced": pl[pl["position"] < 0].reset_index(drop=True),
        "decisions": empty,
        "training_needs": empty,
        "breakdown": _breakdown(result),
    }


def build_kpis(result) -> dict:
    p: Problem = result.problem
    k: dict = {
        "scenario": p.name,
        "status": result.status.value,
        "solver": result.solver,
        "objective": None if result.objective is None else round(result.objective, 2),
        "bound": None if result.bound is None else round(result.bound, 2),
        "gap": None if result.gap is None else round(result.gap, 6),
        "employees": p.n_employees,
        "positions": p.n_positions,
        "eligible_pairs": p.n_edges,
    }
    if result.compiled is not None:  # the date ages and retirement were measured at
        k["reference_date"] = result.compiled.plan.reference_date.isoformat()
    if result.assignment is None or result.compiled is None:
        if result.assignment is not None:
            k["placed"] = int((result.assignment >= 0).sum())
        return k
    pl = result.placements
    st = pl["status"].value_counts()
    placed = pl["status"] != "unplaced"
    # the formasi: a holder kept over it until BUP (a seat of their own) is placed,
    # and neither takes nor adds a seat of it
    over = int(over_formasi(result).sum())
    pending = int(kept_pending(result).sum())
    seats = int(p.capacity.sum()) - _held_over_formasi(result)
    in_formasi = int(placed.sum()) - over
    # JPM figures are over the pairs that have a JPM; assessment_coverage says how many
    has_jpm = placed & pl["jpm"].notna()
    same = has_jpm & pl["jpm_before"].notna()
    # the field fit of those placed in a post that names its fields: one that names
    # none accepts every field, a fit by definition (review 155 M3: 568 of 4,441 in
    # `baseline`, 12.8 %, read as fits, the rate 85.5 % against 83.3 % where it is
    # measured); how many are in such posts, apart
    listed = fields_listed(result.compiled.context)
    a = np.asarray(result.assignment)
    named = placed.to_numpy(bool) & listed[np.maximum(a, 0)]
    k.update(
        {
            "placed": int(placed.sum()),
            "unplaced": int((~placed).sum()),
            "stays": int(st.get("stays", 0)),
            "moves": int(len(result.moves)),
            "moves_within_unit": int(st.get("moves within unit", 0)),
            "moves_between_units": int(st.get("moves to another unit", 0)),
            "displaced": int(
                (~placed & (pl["current_position"] != "") & (pl.get("exclusion", "") == "")).sum()
            ),
            "new_placements": int(st.get("new", 0)),
            "seats": seats,
            "supernumerary": over - pending,
            "kept_pending": pending,
            "vacancies": seats - in_formasi,
            "fill_rate": round(in_formasi / seats, 4) if seats else 1.0,
            # the empty seats of posts weighed above the rest (``priority`` > 1): fewer
            # vacancies may be seats cut, not filled (review 100 H1: `quota` cut 160
            # kecamatan seats and its priority posts' empty seats doubled, 75 → 149)
            **_priority_posts(result),
            "mean_jpm": round(float(pl.loc[has_jpm, "jpm"].mean()), 2) if has_jpm.any() else None,
            "assessment_coverage": round(int(has_jpm.sum()) / int(placed.sum()), 4)
            if placed.any()
            else None,
            "mean_jpm_before": round(float(pl["jpm_before"].mean()), 2)
            if pl["jpm_before"].notna().any()
            else None,
            # the same people (incumbents before, now placed): like for like with _before
            "mean_jpm_incumbents_after": round(float(pl.loc[same, "jpm"].mean()), 2)
            if same.any()
            else None,
            "field_fit_rate": round(float(pl.loc[named, "field_fit"].mean()), 4)
            if named.any()
            else None,
            "field_open_share": round(1 - int(named.sum()) / int(placed.sum()), 4)
            if placed.any()
            else None,
        }
    )
    for name, _ in JPM_CATEGORIES:
        k[f"jpm_{name.lower().replace(' ', '_')}"] = int((pl["jpm_category"] == name).sum())
    k["jpm_not_assessed"] = int((pl["jpm_category"] == CATEGORY_NOT_ASSESSED).sum())
    k["jpm_no_standard"] = int((pl["jpm_category"] == CATEGORY_NO_STANDARD).sum())
    tn = result.training_needs
    k["training_gap_total"] = int(tn["gap"].sum()) if len(tn) else 0
    k["people_needing_training"] = int(tn["employee_id"].nunique()) if len(tn) else 0
    k["rules_relaxed"] = len(getattr(result, "relaxations", []))
    # every official the PPK decides on before the SK, whatever the decision (review
    # 89 M2: penyetaraan's 145 rows against replace's 82 were in no key figure)
    k["decisions_listed"] = int(len(result.decisions))
    uf = result.unit_fill
    if "budget" in uf:  # the units the plan puts over their budget (review 103 M3)
        k["units_over_budget"] = int(
            (uf["monthly_cost_after"] > uf["budget"]).sum()
        )  # NaN: no budget
        # and by how much in all (review 114 M2: one unit 6.2 % over read as one unit)
        over = (uf["monthly_cost_after"] - uf["budget"]).clip(lower=0).fillna(0.0)
        k["budget_overrun"] = round(float(over.sum()), 2)
    # the moves to a post of a higher kelas jabatan (review 114 M4)
    mv = result.moves
    if len(mv) and "to_grade" in mv:
        rise = pd.to_numeric(mv["to_grade"], errors="coerce") > pd.to_numeric(
            mv["from_grade"], errors="coerce"
        )
        k["kelas_rises"] = int(rise.sum())
    else:
        k["kelas_rises"] = 0
    for extend in extension.hooks("kpis"):
        k.update(extend(result))
    return k


def _unit_costs(comp, uf: pd.DataFrame, a: np.ndarray, placed: np.ndarray) -> None:
    """``monthly_cost_before``, ``monthly_cost_after``, ``monthly_cost_without_post``
    (of the serving officials it leaves without a post, by the unit they leave) and
    ``budget`` per unit in
    ``uf`` (in place), where the units file or the scenario's budgets give one
    (:func:`unit_budgets`) and the employees the budget's weight column
    (``constraints.budgets.weight_column``, ``monthly_cost`` by default): the cost of
    its holders today and of those the plan places in it, blank costs counted 0.
    Whether or not the scenario holds the budget as a rule (review 103 M3: with the
    formasi from an ABK and the units' caps lifted, two units went 6.2 % and 4.7 % over
    their budget and nothing said so)."""
    org = comp.org
    b = comp.config.constraints.budgets
    budget = unit_budgets(b, org) if "budget" in org.units else None
    weight = budget_weight(comp)
    if budget is None or np.isnan(budget).all() or weight is None:
        return
    ctx = comp.context
    if b is not None:  # as the rule counts them: whole limits
        budget = np.floor(budget)
    k = len(uf)
    unit_now = ctx.emp("current_unit")
    before = unit_now >= 0
    uf["monthly_cost_before"] = np.round(
        np.bincount(unit_now[before], weights=weight[before], minlength=k), 2
    )
    pu = np.asarray(comp.problem.position_unit)
    uf["monthly_cost_after"] = np.round(
        np.bincount(pu[a[placed]], weights=weight[placed], minlength=k), 2
    )
    # the serving officials the plan leaves without a post, still paid until the PPK
    # decides, by the unit they leave (review 118 M1: the merged office's cost fell by
    # 88,853 after the plan, 64,845 of it the pay of the five left without a post)
    lost = (ctx.emp("current_pos") >= 0) & ~placed & ~np.asarray(org.excluded, dtype=bool)
    uf["monthly_cost_without_post"] = np.round(
        np.bincount(unit_now[lost], weights=weight[lost], minlength=k), 2
    )
    uf["budget"] = budget


def _priority_posts(result) -> dict[str, int]:
    """The posts whose vacancy weighs more than the rest (``priority`` above 1): their
    empty seats (the vacancies table's ``vacant``) and their seats (a scenario that cuts
    such seats has fewer empty, and is compared per seat)."""
    ctx = result.compiled.context
    top = ctx.pos("priority") > 1
    vac = result.vacancies
    empty = vac.loc[vac["position"].isin(ctx.pos_ids[top]), "vacant"] if len(vac) else vac
    return {
        "priority_vacancies": int(empty.sum()) if len(vac) else 0,
        "priority_seats": int(ctx.pos("headcount")[top].sum()),
    }


def over_formasi(result) -> np.ndarray:
    """bool per employee: kept in their post over its formasi, in this result
    (:func:`~placement.model.compile.left_over_formasi`)."""
    comp = result.compiled
    if comp is None or comp.over_formasi is None or result.assignment is None:
        return np.zeros(result.problem.n_employees, dtype=bool)
    return left_over_formasi(comp, result.assignment)


def _held_over_formasi(result) -> int:
    """How many the compile keeps over their post's formasi: the seats the problem
    adds for them (:attr:`~placement.model.compile.Compiled.over_formasi`)."""
    comp = result.compiled
    return 0 if comp is None or comp.over_formasi is None else int(comp.over_formasi.sum())
