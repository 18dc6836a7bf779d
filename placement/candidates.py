"""Candidate shortlists: for a post, the best candidates who meet its requirements and
what appointing each one would cost the whole placement.

For a JPT post the selection panel (Pansel) receives at least three names; for an
Administrator or Pengawas post the Tim Penilai Kinerja considers a list. A candidate is
an employee with an eligible edge to the post (every hard requirement met). Candidates
are ranked on merit first: JPM against the post's standard (highest first; not assessed
last), then the standard's competencies not assessed (fewest first), then the number
of competencies below standard (fewest first), then the SKP rating (best first; none
given counts as Baik, as in the placement's own tie-break).
Candidates still level are ordered by seniority, as the Daftar Urut Kepangkatan does:
golongan (highest first), years of service from the NIP's appointment month (longest
first), age (oldest first), then id. For each of the ``top``
best, the exact change of the optimum when the candidate is appointed is found by
re-solving the compiled problem with the pin (as ``explain --position`` does): the
scenario is compiled once and only the pin changes between solves. An appointment
releases the post: whoever the scenario pins there (a kept incumbent) may go
elsewhere, and the candidate's own pin moves to the post.

A scenario that leaves structural appointments to the Tim Penilai Kinerja and the Pansel
(``eligibility.structural_appointments: selection``) is shortlisted as it would be
without that rule (:func:`for_shortlist`): the shortlist is where they choose, so the
officials a move up would bring are candidates, and each cost is measured against the
plan that may appoint them.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from placement.api import solve
from placement.domain.nip import completed_years, employee_nips, parse_dates, reference_date
from placement.domain.pansel import PANSEL_POOL, age_limits
from placement.domain.retirement import birth_dates
from placement.errors import PlacementError
from placement.i18n import msg
from placement.model.config import nearest
from placement.model.levels import PERFORMANCE
from placement.model.result import Result
from placement.model.scenario import Scenario, load_scenario
from placement.model.stability import context_levels
from placement.model.tables import competency_text
from placement.solvers.base import Status

#: Columns of a shortlist, in order.
COLUMNS = (
    "position",
    "title",
    "unit_name",
    "kind",
    "rank_order",
    "employee_id",
    "name",
    "current_position",
    "current_title",
    "rank",
    "performance",
    "years_of_service",
    "age",
    "over_age_limit",
    "grade",
    "years_in_post",
    "jpm",
    "below_standard",
    "not_assessed",
    "holds_post",
    "without_post",
    "status",
    "cost",
    "changed",
)
#: Columns read as the date a person took their current post (TMT JABATAN).
TMT_COLUMNS = ("tmt_jabatan", "TMT JABATAN", "position_since")


@dataclass
class PinCost:
    """The result of appointing one employee to one post: the status of the re-solve,
    the change of the objective (user units; None without a placement) and the other
    employees whose placement changes (indices)."""

    status: Status
    delta: float | None
    changed: list[int]


def pin_cost(
    result: Result, i: int, q: int, time_limit: float | None = 30, release_seat: bool = False
) -> PinCost:
    """Re-solve ``result``'s problem with employee ``i`` pinned to position ``q``.

    With ``release_seat`` (an appointment), the people the scenario pins to ``q`` are
    free to go elsewhere (or unplaced) and ``i``'s own pin, if any, moves to ``q``."""
    p = result.problem
    a = result.assignment
    assert a is not None  # callers pass a placed result
    if a[i] == q:
        return PinCost(result.status, 0.0, [])
    alt = copy.copy(p)
    alt.pinned = p.pinned.copy()
    alt.must_place = p.must_place.copy()
    if release_seat:  # those pinned there, and those a rule holds there (must place)
        cur = np.asarray(p.current_pos)
        held = (alt.pinned == q) | (alt.must_place & (alt.pinned < 0) & (cur == q))
        alt.pinned[held] = -1
        alt.must_place[held] = False
    alt.pinned[i] = q
    alt.must_place[i] = True
    ctx = getattr(result.compiled, "context", None)
    if p.tie_levels and ctx is not None:  # ties toward this result: only the chain moves
        alt.tie_levels = context_levels(ctx, a, p.edge_emp, p.edge_pos)
    r = solve(alt, solver="auto", time_limit=time_limit)
    if not r.status.has_solution:
        return PinCost(r.status, None, [])
    assert r.outcome.cost is not None and result.outcome.cost is not None  # both solved
    delta = p.objective_value(r.outcome.cost) - p.objective_value(result.outcome.cost)
    changed = [int(j) for j in np.flatnonzero(r.assignment != a) if j != i]
    return PinCost(r.status, float(delta), changed)


def _targets(result: Result, position: str | list[str] | None, kind: str | None) -> list[int]:
    assert result.compiled is not None  # shortlist() checked it
    pos = result.compiled.org.positions
    ids = pos["id"].astype(str).tolist()
    index = {p: j for j, p in enumerate(ids)}
    if (position is None) == (kind is None):
        raise PlacementError(msg("shortlist.position_or_kind"))
    if position is not None:
        wanted = [position] if isinstance(position, str) else list(position)
        for w in wanted:
            if w not in index:
                raise PlacementError(
                    msg("explain.unknown_position", position=w, hint=nearest(w, ids[:20000]))
                )
        return [index[w] for w in wanted]
    k = str(kind).strip().lower()
    hit = pos["kind"].astype(str).str.lower().eq(k)
    if "level" in pos:
        hit |= pos["level"].astype(object).fillna("").astype(str).str.lower().eq(k)
    hit &= pd.to_numeric(pos["headcount"], errors="coerce").fillna(0).to_numpy() > 0
    found = np.flatnonzero(hit.to_numpy()).tolist()
    if not found:
        raise PlacementError(msg("shortlist.no_posts", kind=kind))
    return found


def _years_in_post(result: Result) -> np.ndarray:
    assert result.compiled is not None  # shortlist() checked it
    emp = result.compiled.org.employees
    col = next((c for c in TMT_COLUMNS if c in emp), None)
    if col is None:
        return np.full(len(emp), np.nan)
    since = parse_dates(emp[col].astype(object).where(emp[col].notna(), "").astype(str))
    days = (reference_date(result.compiled.plan.extras) - since).dt.days.to_numpy(dtype=float)
    return np.floor(days / 365.25 * 10) / 10


def seniority_keys(result: Result, nips: pd.DataFrame, born: pd.Series) -> tuple[np.ndarray, ...]:
    """Per employee, the sort keys after merit (each ascending = first): the SKP rating
    (best first; none given counts as Baik), then the Daftar Urut Kepangkatan's order:
    golongan (highest first; unknown last), appointment month from the NIP (earliest
    first; none last), birth date (earliest first; none last). ``nips``:
    :func:`~placement.domain.nip.employee_nips` of the roster; ``born``: the birth dates
    the retirement dates read (the ``birth_date`` column, else the NIP)."""
    assert result.compiled is not None  # shortlist() checked it
    ctx = result.compiled.context
    perf = np.nan_to_num(ctx.emp("perf_level").astype(float), nan=-1.0)
    skp = -np.where(perf < 0, PERFORMANCE.index("Baik"), perf)
    rank = -np.nan_to_num(ctx.emp("rank_level").astype(float), nan=-1.0)
    last = np.iinfo(np.int64).max

    def days(d: pd.Series) -> np.ndarray:
        return np.where(d.notna(), d.to_numpy("datetime64[D]").astype(np.int64), last)

    return skp, rank, days(nips["tmt_cpns"]), days(born)


def for_shortlist(scenario: Scenario) -> Scenario:
    """``scenario`` as a shortlist reads it: with ``structural_appointments: plan``
    where it says ``selection`` (see the module), and a JPT Pratama post open to the
    Pansel's pool whatever ``max_grade_rise`` (``jpt_pratama_from``: :data:`PANSEL_POOL`
    unless the scenario names its own; review 158 H1: every Kepala Bidang was left out
    of the merged office's head's list), else unchanged."""
    rules = scenario.config.eligibility
    if rules.structural_appointments != "selection":
        return scenario
    pool = rules.jpt_pratama_from if rules.jpt_pratama_from is not None else list(PANSEL_POOL)
    return scenario.with_settings(
        eligibility={"structural_appointments": "plan", "jpt_pratama_from": pool}
    )


def shortlist(
    target: Result | Scenario | str | Path,
    position: str | list[str] | None = None,
    kind: str | None = None,
    top: int = 5,
    time_limit: float | None = 30,
) -> pd.DataFrame:
    """The ``top`` best eligible candidates per post, with the exact cost of each.

    ``target``: a solved :class:`Result`, a :class:`Scenario` or a scenario path (solved
    first). Posts: ``position`` (an id or a list of ids) or ``kind`` (a position kind
    such as ``JPT``, or a level such as ``Administrator``, ``Pengawas``; open posts only).
    Returns one row per (post, candidate) with :data:`COLUMNS`: JPM against the post,
    the competencies below its standard (``Name level/required``) and those of it not
    assessed for the candidate (``not_assessed``, ``Name -/required``), golongan, SKP
    rating (``performance``), years of service (from the NIP), age at the plan's date
    and whether it is above the Pansel's limit of a JPT Pratama post
    (``over_age_limit``; :data:`~placement.domain.pansel.PANSEL_MAX_AGE`), current grade, years
    in post (from ``tmt_jabatan`` when the roster has it), whether the candidate holds
    the post in the placement (``holds_post``), whether it leaves them, a serving
    official, without a post (``without_post``; either is listed, at their rank, even
    below the ``top``, the latter where their own post is in the post's unit), the
    re-solve status, ``cost`` (change of the
    objective if appointed: 0 for the current holder, positive = worse) and ``changed``
    (other people whose placement changes). Raises :class:`PlacementError` without a
    placement or for an unknown post.
    """
    if isinstance(target, str | Path):
        target = load_scenario(target)
    read = for_shortlist(target) if isinstance(target, Scenario) else None
    result = solve(read) if read is not None else target
    assert isinstance(result, Result)
    if result.compiled is None or result.assignment is None:
        raise PlacementError(msg("shortlist.needs_placement"))
    if result.compiled.config.eligibility.structural_appointments == "selection":
        raise PlacementError(msg("shortlist.selection_result"))
    if top < 1:
        raise PlacementError(msg("shortlist.bad_top", top=top))
    comp = result.compiled
    p, ctx = result.problem, comp.context
    emp, pos = comp.org.employees, comp.org.positions
    targets = _targets(result, position, kind)
    ctx.set_edges(p.edge_emp, p.edge_pos)
    jpm_all = ctx.jpm()
    on = np.flatnonzero(np.isin(p.edge_pos, np.asarray(targets)))
    units = dict(zip(comp.org.units["id"], comp.org.units["name"], strict=True))
    titles = pos["title"].astype(str).to_numpy()
    cur = ctx.emp("current_pos")
    grade = ctx.pos("grade") if "grade" in pos else np.full(len(pos), np.nan)
    years = _years_in_post(result)
    ref = reference_date(comp.plan.extras)
    nips = employee_nips(emp, ref)
    birth = birth_dates(emp)[0]
    skp, senior, appointed, born = seniority_keys(result, nips, birth)
    service = nips["years_of_service"].astype("Float64").to_numpy(float, na_value=np.nan)
    age = completed_years(birth, ref).astype("Float64").to_numpy(float, na_value=np.nan)
    limit = age_limits(pos)  # the Pansel's, for a JPT Pratama post (review 160 L3)
    performance = emp["performance"] if "performance" in emp else pd.Series("", index=emp.index)
    comps = list(ctx.competencies)
    lost = (cur >= 0) & ~comp.org.excluded & (result.assignment < 0)
    unit_of = ctx.pos("unit_idx").astype(np.int64)
    rows = []
    for q in targets:
        edges = on[p.edge_pos[on] == q]
        e = p.edge_emp[edges]
        jpm = jpm_all[edges].astype(float)
        req = ctx.required[q]
        below = (ctx.levels[e] < req[None, :]) & (req[None, :] > 0)
        # the standard's competencies not assessed for each: no gap, and no level either
        # (review 168 L3: a candidate assessed in nothing read no gap at all)
        blank = np.isnan(ctx.levels[e]) & (req[None, :] > 0)
        full = np.lexsort(
            (
                ctx.emp_ids[e].astype(str),
                born[e],
                appointed[e],
                senior[e],
                skp[e],
                below.sum(axis=1),
                # a JPM over less of the standard after one over more of it (review 171
                # M3: JPM 100 without the post's one technical competency ranked first)
                blank.sum(axis=1),
                -np.nan_to_num(jpm, nan=-1.0),
            )
        )
        # the top, and whoever the placement appoints there though ranked lower (a
        # panel reads the plan's choice beside the best-ranked), and the serving
        # officials it leaves without a post, whom the post concerns most (review 165
        # L3: Irmala, head of an office the merger closes, ranked below the top five of
        # the merged office's head post, was not listed)
        at = np.arange(len(full))
        # of those, the ones whose own post is in this post's unit (review 169 L2: one
        # official without a post was listed under each of 37 Pengawas posts)
        near = lost & (unit_of[np.maximum(cur, 0)] == unit_of[q])
        keep = (at < top) | (result.assignment[e[full]] == q) | near[e[full]]
        for rank, k in zip((at + 1)[keep].tolist(), full[keep].tolist(), strict=True):
            i = int(e[k])
            pc = pin_cost(result, i, q, time_limit, release_seat=True)
            c_i = int(cur[i])
            rows.append(
                {
                    "position": ctx.pos_ids[q],
                    "title": titles[q],
                    "unit_name": units.get(pos["unit"].iloc[q], pos["unit"].iloc[q]),
                    "kind": pos["kind"].iloc[q],
                    "rank_order": rank,
                    "employee_id": ctx.emp_ids[i],
                    "name": emp["name"].iloc[i] if "name" in emp else "",
                    "current_position": ctx.pos_ids[c_i] if c_i >= 0 else "",
                    "current_title": titles[c_i] if c_i >= 0 else "",
                    "rank": emp["rank"].iloc[i] if "rank" in emp else "",
                    "performance": performance.iloc[i],
                    "years_of_service": service[i],
                    "age": age[i],
                    "over_age_limit": bool(age[i] > limit[q]),  # False where none is known
                    "grade": grade[c_i] if c_i >= 0 else np.nan,
                    "years_in_post": years[i],
                    "jpm": round(float(jpm[k]), 1) if not np.isnan(jpm[k]) else np.nan,
                    "below_standard": competency_text(
                        comps, ctx.levels[i], req, np.flatnonzero(below[k])
                    ),
                    "not_assessed": competency_text(
                        comps, ctx.levels[i], req, np.flatnonzero(blank[k])
                    ),
                    "holds_post": bool(result.assignment[i] == q),
                    "without_post": bool(lost[i]),
                    "status": pc.status.value,
                    "cost": np.nan if pc.delta is None else round(pc.delta, 4),
                    "changed": len(pc.changed),
                }
            )
    out = pd.DataFrame(rows, columns=list(COLUMNS))
    # read without structural_appointments: selection: * and the costs are that plan's
    out.attrs["relaxed"] = read is not None and read is not target
    out.attrs["pool"] = list(comp.config.eligibility.jpt_pratama_from or [])
    return out
