"""Workload analysis (ABK, analisis beban kerja) → headcount, and job effectiveness (EJ).

A workload table has one row per task of a position::

    position, task, volume_per_year, minutes_per_unit

(``hours_per_unit`` instead of ``minutes_per_unit`` is read as hours; Indonesian
headers ``jabatan``, ``uraian_tugas``, ``volume``, ``norma_waktu`` are accepted). Then

    workload(position)     = Σ_tasks volume_per_year × minutes_per_unit   (minutes)
    needed_staff(position) = workload / WKE
    difference_exact       = staff − needed_staff   (the peta jabatan's selisih)
    EJ                     = workload / (staff × WKE)

with WKE (effective working time) 75,000 minutes a year (1,250 h) by default and the
fractional headcount rounded ``floor``, ``ceil`` or ``half_up`` (default). EJ is
rounded to two decimals and banded: **A** > 1.00, **B** 0.90–1.00, **C** 0.70–0.89,
**D** 0.50–0.69, **E** < 0.50, named (``ej_predicate``) A Sangat Baik, B Baik,
C Cukup, D Sedang, E Kurang (:data:`EJ_BAND_NAMES`; the middle names vary by guide).
A post with workload but nobody in it has no EJ and no band: it is a shortage (its
``difference_exact`` is minus the whole need), never an "A". The difference follows
the peta jabatan's sign (Selisih = Bezetting − Kebutuhan: + surplus, − shortage), as
the per-OPD table does (review 92 L3: the column ``shortage`` had read the other way).

Scenario operation (the file path is looked up relative to the scenario folder —
taken as the parent of the folder holding the employees file, the usual
``scenario.yaml`` + ``data/`` layout —, then to the data folder itself, then to the
current directory; the path used is written to the operation log)::

    - headcount_from_workload: {file: data/workload.csv, wke_minutes: 75000,
                                rounding: half_up, select: {units: [U04]},
                                priority: workload}

sets the headcount (formasi) of every position in the file (and in ``select`` if
given) to its rounded need (at least ``min_headcount``), lowering ``min_fill`` where
needed; with ``priority: workload`` each such post's vacancy priority becomes its own
priority times its EJ at today's staffing (:func:`workload_priorities`), so that the
optimiser does not fill a post by emptying a more overloaded one of the same weight,
and an overloaded post weighs more than the planner set, never less (review 138 H1),
and keeps each such post at its need or its
holders today, whichever is fewer (``min_fill``; holders past BUP not counted), so that
a post is not emptied below its need for busier ones (``keep``, the default, leaves the
positions' own priorities). Results then get a ``workload`` table (per position:
workload, need, staff before and after, difference, EJ and band),
``workload_minutes``/``ej``/``ej_band`` columns in ``unit_fill`` and KPIs
(``workload_positions``, ``workload_needed_staff``, ``workload_shortage``,
``ej_overall``, ``ej_band_a`` … ``ej_band_e``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar, Literal

import numpy as np
import pandas as pd
from pydantic import Field

from placement.domain.nip import domain_state
from placement.domain.retirement import horizon_end
from placement.errors import DataError, InvalidValueError, OperationError
from placement.i18n import join, msg
from placement.io.files import resolve_file
from placement.io.tables import read_table
from placement.limits import MAX_COUNT
from placement.model.extension import Extension
from placement.model.operations import Operation, Plan, Select, round_policy
from placement.model.organization import ProblemLog
from placement.model.organization import where as rows_at

#: Effective working time per year in minutes (1,250 hours; older rules: 72,000).
DEFAULT_WKE_MINUTES = 75_000.0
#: EJ bands: name and lower bound (A is strictly above 1.00), highest first.
EJ_BANDS = (("A", 1.00), ("B", 0.90), ("C", 0.70), ("D", 0.50), ("E", -np.inf))
#: Names of the EJ bands (peta jabatan guides; the middle names vary, change here).
EJ_BAND_NAMES = {"A": "Sangat Baik", "B": "Baik", "C": "Cukup", "D": "Sedang", "E": "Kurang"}
#: What each band's EJ range says, for the KPIs' labels: a band's name reads as a grade
#: ("Sangat Baik"), and EJ above 1 is more work than the staff's time (review 76: "EJ
#: band A: 22" read as 22 posts doing very well, where they are short of staff).
_BAND_RANGES = {
    "A": ("EJ above 1.00: more work than staff", "EJ di atas 1,00: beban melebihi pegawai"),
    "B": ("EJ 0.90-1.00", "EJ 0,90-1,00"),
    "C": ("EJ 0.70-0.89", "EJ 0,70-0,89"),
    "D": ("EJ 0.50-0.69", "EJ 0,50-0,69"),
    "E": ("EJ below 0.50: more staff than work", "EJ di bawah 0,50: pegawai melebihi beban"),
}
COLUMNS = ("position", "task", "volume_per_year", "minutes_per_unit")
_ALIASES = {
    "position": ("position", "position_id", "jabatan", "id_jabatan", "kode_jabatan"),
    "task": ("task", "tugas", "uraian_tugas", "kegiatan", "uraian_kegiatan"),
    "volume_per_year": ("volume_per_year", "volume", "beban_kerja", "volume_kerja", "jumlah_hasil"),
    "minutes_per_unit": (
        "minutes_per_unit",
        "norma_waktu",
        "waktu_penyelesaian",
        "norma_waktu_menit",
        "minutes",
    ),
    "hours_per_unit": ("hours_per_unit", "norma_waktu_jam", "hours"),
}


def _key(name: str) -> str:
    return "_".join(str(name).strip().lower().replace("-", " ").replace(".", " ").split())


def workload_table(df: pd.DataFrame) -> pd.DataFrame:
    """Validate a raw workload table (text cells): numbers parsed, problems raised as
    one :class:`DataError` naming file, rows and columns."""
    df = df.copy()
    df.attrs.setdefault("source", "workload")
    rename: dict[Any, str] = {}
    for c in df.columns:
        k = _key(c)
        for target, names in _ALIASES.items():
            if k in names and target not in rename.values():
                rename[c] = target
    df = df.rename(columns=rename)
    if "minutes_per_unit" not in df and "hours_per_unit" in df:
        df["minutes_per_unit"] = _num(df["hours_per_unit"]) * 60
    missing = [c for c in ("position", "volume_per_year", "minutes_per_unit") if c not in df]
    if missing:
        raise DataError(
            msg(
                "workload.missing_columns",
                file=Path(df.attrs["source"]).name,
                columns=", ".join(repr(c) for c in missing),
                required=", ".join(COLUMNS),
            )
        )
    log = ProblemLog()
    df["position"] = df["position"].fillna("").astype(str).str.strip()
    log.add(df, (df["position"] == "").to_numpy(), "position", msg("workload.blank_position"))
    if "task" not in df:
        df["task"] = ""
    df["task"] = df["task"].fillna("").astype(str).str.strip()
    for col in ("volume_per_year", "minutes_per_unit"):
        raw = df[col]
        value = _num(raw)
        text = raw.fillna("").astype(str).str.strip()
        log.add(
            df,
            (np.isnan(value) & (text != "").to_numpy()),
            col,
            msg("workload.not_number"),
            InvalidValueError,
        )
        log.add(
            df,
            (np.isnan(value) & (text == "").to_numpy()),
            col,
            msg("workload.blank"),
            InvalidValueError,
        )
        log.add(df, value < 0, col, msg("workload.negative"), InvalidValueError)
        log.add(
            df,
            np.isinf(value) | (value > 1e12),
            col,
            msg("limits.workload_huge"),
            InvalidValueError,
        )
        df[col] = value
    log.raise_if_any()
    return df


def _num(s: pd.Series) -> np.ndarray:
    if pd.api.types.is_numeric_dtype(s):
        return s.astype(float).to_numpy()
    text = (
        s.fillna("").astype(str).str.strip().str.replace(r"^(-?\d+),(\d+)$", r"\1.\2", regex=True)
    )
    return pd.to_numeric(text.where(text != ""), errors="coerce").to_numpy(float)


def read_workload(path: str | Path) -> pd.DataFrame:
    """Read and validate a workload file (CSV / Excel / Parquet)."""
    return workload_table(read_table(path, "workload"))


def needed_headcount(
    tasks: pd.DataFrame, wke_minutes: float = DEFAULT_WKE_MINUTES, rounding: str = "half_up"
) -> pd.DataFrame:
    """Per position: ``workload_minutes``, ``needed_exact`` (workload / WKE) and
    ``needed`` (rounded by ``rounding``); index = position id, in first-seen order.

    >>> t = pd.DataFrame({"position": ["P1", "P1"], "volume_per_year": [1000, 50],
    ...                   "minutes_per_unit": [90, 300]})
    >>> needed_headcount(t).loc["P1"].tolist()   # (90,000 + 15,000) / 75,000 = 1.4
    [105000.0, 1.4, 1.0]
    """
    minutes = tasks["volume_per_year"].to_numpy(float) * tasks["minutes_per_unit"].to_numpy(float)
    position = tasks["position"].to_numpy()
    first = pd.unique(position)
    order = np.lexsort((minutes, position))  # sums in one order whatever the row order
    w = pd.Series(minutes[order]).groupby(position[order], sort=False).sum().reindex(first)
    exact = w / float(wke_minutes)
    return pd.DataFrame(
        {
            "workload_minutes": w,
            "needed_exact": exact,
            "needed": round_policy(exact.to_numpy(), rounding).astype(float),
        },
        index=pd.Index(w.index, name="position"),
    )


def effectiveness(workload_minutes, staff, wke_minutes: float = DEFAULT_WKE_MINUTES) -> np.ndarray:
    """EJ = workload / (staff × WKE), rounded to 2 decimals; NaN where staff is 0."""
    w = np.asarray(workload_minutes, dtype=float)
    s = np.asarray(staff, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        ej = np.where(s > 0, w / (np.maximum(s, 1e-12) * wke_minutes), np.nan)
    return np.round(ej, 2)


def ej_band(ej, workload_minutes=None) -> np.ndarray:
    """Band A-E per EJ (rounded to 2 decimals); '' for NaN (no staff: a post with
    workload and nobody in it is a shortage, not an "A"; ``workload_minutes`` is
    accepted for compatibility).

    >>> ej_band(np.array([1.01, 1.0, 0.9, 0.89, 0.7, 0.69, 0.5, 0.49])).tolist()
    ['A', 'B', 'B', 'C', 'C', 'D', 'D', 'E']
    """
    ej = np.round(np.asarray(ej, dtype=float), 2)
    out = np.full(len(ej), "", dtype=object)
    out[ej >= -np.inf] = "E"
    for name, lo in reversed(EJ_BANDS[1:-1]):
        out[ej >= lo - 1e-9] = name
    out[ej > EJ_BANDS[0][1] + 1e-9] = "A"
    out[np.isnan(ej)] = ""
    return out


def workload_priorities(workload_minutes, staff, wke_minutes: float) -> np.ndarray:
    """Vacancy priority per post from its workload: the EJ at today's staffing, two
    decimals; a post with workload and nobody in it gets the highest EJ of the others
    (1.0 if none has staff), one with no workload 0.

    >>> workload_priorities([150_000, 75_000, 30_000, 0], [1, 2, 0, 3], 75_000).tolist()
    [2.0, 0.5, 2.0, 0.0]
    """
    w = np.asarray(workload_minutes, dtype=float)
    n = np.asarray(staff, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        ej = np.where(n > 0, w / (np.maximum(n, 1) * float(wke_minutes)), np.nan)
    top = float(np.nanmax(ej)) if (n > 0).any() else 1.0
    out = np.where(n > 0, ej, np.where(w > 0, top, 0.0))
    return np.round(out, 2)


#: What the guides' name of a band at either end leaves unsaid (review 152 M3: "A Sangat
#: Baik" of posts still four short of their ABK would read to a Bupati as posts doing
#: very well), in the guides' own language as the names are.
_BAND_GLOSS = {"A": " (beban kerja melebihi pegawai)", "E": " (pegawai melebihi beban kerja)"}


def ej_predicate(bands) -> np.ndarray:
    """'A Sangat Baik (beban kerja melebihi pegawai)' … 'E Kurang (pegawai melebihi
    beban kerja)' per band letter ('' for none)."""
    return np.array(
        [
            f"{b} {EJ_BAND_NAMES[b]}{_BAND_GLOSS.get(b, '')}" if b in EJ_BAND_NAMES else ""
            for b in bands
        ],
        dtype=object,
    )


class HeadcountFromWorkload(Operation):
    """Set headcounts (formasi) from a workload analysis (ABK) table."""

    op: ClassVar[str] = "headcount_from_workload"
    file: str
    wke_minutes: float = Field(default=DEFAULT_WKE_MINUTES, gt=0, le=1e7)
    rounding: Literal["floor", "ceil", "half_up"] = "half_up"
    select: Select | None = None
    min_headcount: int = Field(default=0, ge=0, le=MAX_COUNT)
    #: ``keep``: the positions' own vacancy priorities; ``workload``: each post's
    #: priority becomes its own times its EJ at today's staffing (workload / (holders ×
    #: WKE)), so that a seat weighs what the post is overloaded by, and leaving the most
    #: overloaded of posts alike costs most (a post with workload and no holder: the
    #: highest EJ of the others)
    priority: Literal["keep", "workload"] = "keep"

    def apply(self, plan: Plan, where: str) -> None:
        path, tried = resolve_file(plan.base_dir, self.file)
        shown = self.file
        if plan.base_dir is not None and Path(self.file).is_absolute():
            try:  # show the path as the scenario file wrote it
                shown = str(Path(self.file).relative_to(plan.base_dir))
            except ValueError:
                pass
        if not path.is_file():
            raise OperationError(
                msg(
                    "op.workload_not_found",
                    where=where,
                    file=shown,
                    tried=", ".join(str(t) for _, t in tried),
                )
            )
        try:
            tasks = read_workload(path)
        except DataError as exc:
            raise OperationError(
                [msg("line", where=where, text=line) for line in exc.problems]
            ) from None
        pos = plan.org.positions
        if plan.merged:  # a post merge_positions joined: its tasks are the joined one's
            tasks["position"] = tasks["position"].replace({q: v[0] for q, v in plan.merged.items()})
        known = tasks["position"].isin(set(pos["id"])).to_numpy()
        if not known.all():
            first = tasks.loc[~known, "position"].iloc[0]
            raise OperationError(
                msg(
                    "op.workload_position",
                    where=where,
                    at=rows_at(tasks, np.flatnonzero(~known), "position"),
                    position=first,
                )
            )
        need = needed_headcount(tasks, self.wke_minutes, self.rounding)
        m = pos["id"].isin(need.index).to_numpy()
        if self.select is not None:
            m = m & self.select.mask(plan, where)
        ids = pos.loc[m, "id"]
        needed = need.loc[ids, "needed"].to_numpy()
        if (needed > MAX_COUNT).any():
            raise OperationError(
                msg(
                    "limits.op_headcount",
                    where=where,
                    position=ids.to_numpy()[np.argmax(needed)],
                    value=float(needed.max()),
                    maximum=MAX_COUNT,
                )
            )
        new = np.maximum(needed, self.min_headcount).astype(np.int64)
        old = int(pos.loc[m, "headcount"].sum())
        pos.loc[m, "headcount"] = new
        pos.loc[m, "min_fill"] = np.minimum(pos.loc[m, "min_fill"].to_numpy(), new)
        plan.note_closed(pos.loc[m, "id"], new)
        st = domain_state(plan.extras)
        prev = st.get("workload")  # an earlier analysis's record, None for the first
        if self.priority == "workload" and m.any():
            # today's placeable holders (not those excluded: legal status, …)
            emp = plan.org.employees
            held = emp.loc[~plan.org.excluded, "current_position"].value_counts()
            staff = held.reindex(ids).fillna(0).to_numpy(float)
            minutes = need.loc[ids, "workload_minutes"].to_numpy(float)
            # on the planner's scale: its own priority times its EJ (review 138 H1: the
            # EJ alone, 1.0 to 1.7, put the service desks the planner weighted 2.0 and
            # 2.5 below every priority post outside the analysis, and the ABK scenario
            # staffed its most overloaded post worse than `replace`)
            own = pos.loc[m, "priority"].to_numpy(float)
            # a post an earlier analysis weighed keeps the planner's own priority, not
            # that analysis' product (review 142 M2: two analyses multiplied their EJs)
            groups_before = prev.get("priority_groups", ()) if prev is not None else ()
            planner = {q: o for g in groups_before for q, o in zip(g[0], g[4], strict=True)}
            own = np.array([planner.get(q, o) for q, o in zip(ids, own, strict=True)], float)
            ej = workload_priorities(minutes, staff, self.wke_minutes)
            pos.loc[m, "priority"] = np.round(own * ej, 2)
        closed = set(ids[new == 0])
        for e in [e for e, q in plan.pins.items() if q in closed]:  # as close_positions does
            del plan.pins[e]
            plan.pin_sources.pop(e, None)
        used = tasks[tasks["position"].isin(set(ids))]
        if prev is not None:  # a later analysis of a position replaces the earlier one
            keep = ~prev["tasks"]["position"].isin(set(ids))
            used = pd.concat([prev["tasks"][keep], used], ignore_index=True)
        floored = set(prev.get("floored", ())) if prev is not None else set()
        floored = (floored | set(ids)) if self.priority == "workload" else floored - set(ids)
        # of those, the posts without a holder today, whose priority is the highest EJ
        # of the others, not an EJ of their own
        empty_now = set(prev.get("empty_now", ())) if prev is not None else set()
        empty_now -= set(ids)
        if self.priority == "workload" and m.any():
            empty_now |= set(np.asarray(ids)[staff == 0].tolist())
        groups = list(prev.get("priority_groups", ())) if prev is not None else []
        if self.priority == "workload" and m.any():
            # the EJ today again once those past BUP are known (today_priorities)
            set_to = pos.loc[m, "priority"].to_numpy(float)
            groups.append((list(ids), minutes, float(self.wke_minutes), set_to, own))
        st["workload"] = {
            "priority_groups": groups,
            "tasks": used,
            "wke_minutes": self.wke_minutes,
            "rounding": self.rounding,
            # the posts whose priority is their EJ: each kept at its need or its
            # holders, whichever is fewer (floor_at_need, once the people past BUP
            # or not placeable are known)
            "floored": sorted(floored),
            "empty_now": sorted(empty_now),
        }
        place = next(name for name, t in tried if t == path)
        plan.log.append(
            msg(
                "log.workload",
                file=shown,
                place=place,
                n=int(m.sum()),
                old=old,
                new=int(new.sum()),
                wke=self.wke_minutes,
                rounding=self.rounding,
            )
        )


def analysed_before_merge(plan: Plan) -> None:
    """Extension ``plan_hooks``: refuse an analysis that a later ``merge_positions``
    outdated, one of its posts joined into another: its table, EJ and KPIs would be
    lost without a word (review 153 H1)."""
    rec = domain_state(plan.extras).get("workload")
    if rec is None or not plan.merged:
        return
    gone = sorted(set(rec["tasks"]["position"].astype(str)) & set(plan.merged))
    if gone:
        into, by = plan.merged[gone[0]]
        raise OperationError(msg("op.workload_before_merge", position=gone[0], into=into, by=by))


def today_priorities(plan: Plan) -> None:
    """Extension ``plan_hooks``: each post whose vacancy priority the analysis set
    (``priority: workload``) gets its EJ with today's placeable holders, those past BUP
    on the reference date and those otherwise excluded not counted (the hook runs after
    those exclusions; the operation, before them: review 84 L1, P0066's EJ today read
    1.19 with Pudra Katadi, past BUP, among its 11 holders, where its 10 give 1.30), and
    the posts without one today are known again. A post whose priority a later
    operation set keeps that one; a later analysis of a post replaces an earlier one."""
    rec = domain_state(plan.extras).get("workload")
    if rec is None or not rec.get("priority_groups"):
        return
    org = plan.org
    pos = org.positions
    index = pd.Index(pos["id"])
    held = org.employees.loc[~org.excluded, "current_position"].value_counts()
    empty: dict[str, bool] = {}
    ej_today: dict[str, tuple[float, float]] = {}
    for ids, minutes, wke, set_to, own in rec["priority_groups"]:
        at = index.get_indexer(ids)
        staff = held.reindex(ids).fillna(0).to_numpy(float)
        ej = workload_priorities(minutes, staff, wke)
        now = np.round(own * ej, 2)
        # still as the analysis set it, and not closed or merged away since
        keep = (at >= 0) & (pos["priority"].to_numpy(float)[np.maximum(at, 0)] == set_to)
        pos.loc[pos.index[at[keep]], "priority"] = now[keep]
        empty.update(zip(ids, (staff == 0).tolist(), strict=True))
        # only of the posts whose priority this analysis sets (review 142 L2: one a
        # later operation set read "3 is its own priority, 2, times its EJ today, 1.7")
        for q, o, x, k in zip(ids, own.tolist(), ej.tolist(), keep.tolist(), strict=True):
            if k:
                ej_today[q] = (o, x)
            else:
                ej_today.pop(q, None)
        plan.log.append(
            msg("log.workload_priority", n=len(ids), low=float(ej.min()), high=float(ej.max()))
        )
    floored = set(rec.get("floored", ()))
    rec["empty_now"] = sorted(k for k, v in empty.items() if v and k in floored)
    rec["ej_today"] = ej_today  # per post: (its own priority, its EJ today)


def floor_at_need(plan: Plan) -> None:
    """Extension ``plan_hooks``: each post whose vacancy priority is its EJ (``priority:
    workload``) keeps at least its need (the formasi the analysis set) or its holders
    today, whichever is fewer (``min_fill``): a seat weighs the post's EJ today,
    whatever the plan takes from it, so without this a post at its need (EJ 1.0) could
    be emptied for posts of a higher EJ until it is the most overloaded of all (review
    46: the service desks, at EJ 1.5 to 1.8, took 14 of P0073's 24 holders, need 22).
    Its holders past BUP, or otherwise not placeable, do not count (the hook runs after
    those exclusions). Holders beyond the need may still leave."""
    rec = domain_state(plan.extras).get("workload")
    if rec is None or not rec.get("floored"):
        return
    org = plan.org
    pos = org.positions
    m = pos["id"].isin(rec["floored"]).to_numpy()
    if not m.any():  # closed or merged away by a later operation
        return
    emp = org.employees
    cur = emp["current_position"].astype(object)
    pin = emp["id"].map(plan.pins).astype(object)
    stays = ~org.excluded & (pin.isna() | (pin == cur)).to_numpy()  # not pinned away
    held = cur[stays].value_counts()
    staff = held.reindex(pos.loc[m, "id"]).fillna(0).to_numpy(np.int64)
    hc = pos.loc[m, "headcount"].to_numpy(np.int64)
    floor = np.minimum(hc, staff)
    pos.loc[m, "min_fill"] = np.maximum(pos.loc[m, "min_fill"].to_numpy(np.int64), floor)


def priority_note(comp, q: int):
    """Extension ``priority_notes``: of a post whose vacancy priority the workload
    analysis set (``priority: workload``), that it did: its EJ today, or, for a post
    without a holder today, the highest EJ of the others (review 65: "a vacancy that
    weighs more" for moves the ABK's EJ carried, the ABK never named; review 67: a post
    without holders was said to have its own EJ)."""
    ctx = comp.context

    def posts() -> tuple[frozenset, frozenset, dict]:
        rec = domain_state(comp.plan.extras).get("workload") or {}
        floored, empty_now = frozenset(rec.get("floored", ())), frozenset(rec.get("empty_now", ()))
        return floored, empty_now, dict(rec.get("ej_today", {}))

    floored, empty_now, ej_today = ctx.derived("workload_priority_posts", posts)
    pid = ctx.pos_ids[q]
    if pid not in floored or pid not in ej_today:
        return None
    key = (
        "reason.priority_from_workload_empty"
        if pid in empty_now
        else "reason.priority_from_workload"
    )
    own, ej = ej_today[pid]
    return msg(key, to=float(ctx.pos("priority")[q]), own=own, ej=ej)


# -- results ---------------------------------------------------------------------------


def _record(result) -> dict | None:
    comp = result.compiled
    if comp is None or result.assignment is None:
        return None
    return domain_state(comp.plan.extras).get("workload")


def workload_result(result, rec: dict | None = None) -> tuple[pd.DataFrame, pd.DataFrame] | None:
    """(per-position workload table, per-unit workload/EJ) of a solved scenario, by
    its own workload analysis, or by ``rec`` (another scenario's, :func:`compared_kpis`);
    None where it has none, or where a post of that analysis is not in its
    organisation (then nothing compares like for like)."""
    rec = _record(result) if rec is None else rec
    if rec is None or result.compiled is None or result.assignment is None:
        return None
    comp = result.compiled
    org = comp.org
    wke = float(rec["wke_minutes"])
    need = needed_headcount(rec["tasks"], wke, rec["rounding"])
    if not need.index.isin(org.positions["id"]).all():
        return None
    # in the positions' order (by id), not the order the workload file lists them
    need = need.iloc[np.argsort(pd.Index(org.positions["id"]).get_indexer(need.index))]
    pos = org.positions.set_index("id")
    un = org.units
    unit_names = dict(zip(un["id"].tolist(), un["name"].tolist(), strict=True))
    ids = need.index
    a = result.assignment
    m = len(org.positions)
    staff_now = np.bincount(a[a >= 0], minlength=m)
    cur = comp.context.emp("current_pos")
    # today's holders: not those past BUP on the reference date, nor those otherwise
    # excluded (review 84 L1: P0066's 11 counted Pudra Katadi, past BUP)
    today = (cur >= 0) & ~org.excluded
    staff_before = np.bincount(cur[today], minlength=m)
    at = pd.Index(org.positions["id"]).get_indexer(ids)
    w = need["workload_minutes"].to_numpy()
    t = pd.DataFrame(
        {
            "position": ids.to_numpy(dtype=object),
            "title": pos.loc[ids, "title"].to_numpy(),
            "unit": pos.loc[ids, "unit"].to_numpy(),
            # the unit's name beside its code, as the other tables give it (the report
            # shows this table too)
            "unit_name": pos.loc[ids, "unit"].map(unit_names).fillna("").to_numpy(dtype=object),
            "tasks": rec["tasks"].groupby("position", sort=False).size().reindex(ids).to_numpy(),
            "workload_minutes": w,
            "needed_exact": np.round(need["needed_exact"].to_numpy(), 2),
            "needed": need["needed"].to_numpy().astype(np.int64),
            "headcount": pos.loc[ids, "headcount"].to_numpy().astype(np.int64),
            "before": staff_before[at],
            "filled": staff_now[at],
        }
    )
    t["difference_exact"] = np.round(t["filled"] - t["needed_exact"], 2)
    # whole staff short of the ABK's need, as the KPI and the summary count them (review
    # 80: the exact difference summed to 16.64 short where the KPI said 19)
    t["staff_short"] = np.maximum(t["needed"] - t["filled"], 0).astype(np.int64)
    t["ej_before"] = effectiveness(w, t["before"], wke)
    t["ej"] = effectiveness(w, t["filled"], wke)
    t["ej_band"] = ej_band(t["ej"], w)
    t["ej_predicate"] = ej_predicate(t["ej_band"])
    units = t.groupby("unit", sort=False).agg(
        workload_minutes=("workload_minutes", "sum"), filled=("filled", "sum")
    )
    units["ej"] = effectiveness(units["workload_minutes"], units["filled"], wke)
    units["ej_band"] = ej_band(units["ej"], units["workload_minutes"])
    return t, units


def extend_tables(result, tables: dict) -> None:
    """Extension ``tables``: ``workload`` table; EJ columns in ``unit_fill``."""
    got = workload_result(result)
    if got is None:
        return
    t, units = got
    _at_horizon(result, t, tables.get("placements"))
    tables["workload"] = t
    uf = tables.get("unit_fill")
    if uf is not None and "unit" in uf:
        uf["workload_minutes"] = uf["unit"].map(units["workload_minutes"]).to_numpy(float)
        uf["ej"] = uf["unit"].map(units["ej"]).to_numpy(float)
        uf["ej_band"] = uf["unit"].map(units["ej_band"]).fillna("").to_numpy(dtype=object)


def _at_horizon(result, t: pd.DataFrame, pl: pd.DataFrame | None) -> None:
    """Add to the workload table ``t`` what the plan's horizon takes from it (review 159
    M4: a workforce plan looks five years ahead, retirements included; 18 short after
    the plan read as the need, where 65 of those seated in the analysed posts reach
    their BUP by then): ``retiring_by_horizon``, those the plan seats in the post whose
    BUP in it (the placements' ``retirement_date``) falls by the horizon's last day,
    and ``staff_short_at_horizon``, the staff the ABK needs there without them, before
    any recruitment."""
    if pl is None or "retirement_date" not in pl or result.compiled is None:
        return
    end = horizon_end(result.compiled.plan.extras).strftime("%Y-%m-%d")
    bup = pl["retirement_date"].fillna("").astype(str).to_numpy(dtype=object)
    placed = pl["position"].fillna("").astype(str).to_numpy(dtype=object)
    leaving = (bup != "") & (bup <= end) & (placed != "")
    per = pd.Series(placed[leaving]).value_counts()
    gone = t["position"].map(per).fillna(0).astype(np.int64)
    # a post where someone seated has no BUP known (no birth date, no NIP) is blank,
    # not "none leave" (review 160 M2)
    unknown = pd.Series(placed[(bup == "") & (placed != "")]).value_counts()
    blind = t["position"].map(unknown).fillna(0).to_numpy() > 0
    short = np.maximum((t["needed"] - (t["filled"] - gone)).to_numpy(float), 0.0)
    t["retiring_by_horizon"] = np.where(blind, np.nan, gone.to_numpy(float))
    t["staff_short_at_horizon"] = np.where(blind, np.nan, short)


def extend_kpis(result) -> dict:
    """Extension ``kpis``: workload-based need, shortage and EJ."""
    rec = _record(result)
    t = result._tables.get("workload") if rec is not None else None  # noqa: SLF001
    if t is None or rec is None:
        return {}
    return _kpis_of(t, rec)


def compared_kpis(results) -> tuple[dict[str, dict], list]:
    """Extension ``compared_kpis``: the workload KPIs of each solved scenario of a
    comparison without a workload analysis of its own, measured by the first one's
    that has one (the same tasks, WKE and rounding; its posts in their placement):
    review 103 H1, the comparison read "66 → 19 short" for ``workload`` and "–" for
    the others, though ``replace``, the same rules without the analysis, leaves 50
    short by it, so the analysis' own part is 50 → 19. None measured where a post of
    the analysis is not in a scenario's organisation. With the note that says so."""
    src = next((r for r in results if _record(r) is not None), None)
    if src is None:
        return {}, []
    rec = _record(src)
    assert rec is not None  # the one found above
    out = {}
    for r in results:
        if r is src or r.compiled is None or r.assignment is None or _record(r) is not None:
            continue
        got = workload_result(r, rec)
        if got is not None:
            _at_horizon(r, got[0], r.tables.get("placements"))  # as its own would be
            out[r.name] = _kpis_of(got[0], rec)
    if not out:
        return {}, []
    assert src.compiled is not None  # it has a record: solved
    pos = src.compiled.org.positions
    posts = set(rec["tasks"]["position"])
    units = sorted(set(pos.loc[pos["id"].isin(posts), "unit"].astype(str)))
    note = msg(
        "cmp.workload_measured",
        source=src.name,
        n=len(posts),
        k=len(units),
        units=join(", ", units),
        names=join(", ", list(out)),
    )
    return out, [note]


def _kpis_of(t: pd.DataFrame, rec: dict) -> dict:
    """The workload KPIs of a workload table ``t`` (:func:`workload_result`) by the
    analysis ``rec``."""
    wke = float(rec["wke_minutes"])
    staff = int(t["filled"].sum())
    before = int(t["before"].sum())
    minutes = [t["workload_minutes"].sum()]
    out = {
        "workload_positions": int(len(t)),
        "workload_needed_staff": int(t["needed"].sum()),
        # before the plan as after it (review 100 M11: the comparison gave the shortage
        # and the EJ after only, 19 and 1.04, not 66 and 1.15 before)
        "workload_shortage_before": int(np.maximum(t["needed"] - t["before"], 0).sum()),
        "workload_shortage": int(t["staff_short"].sum()),
        **(
            {"workload_shortage_at_horizon": int(t["staff_short_at_horizon"].sum())}
            if "staff_short_at_horizon" in t and t["staff_short_at_horizon"].notna().all()
            else {}
        ),
        "ej_overall_before": float(effectiveness(minutes, [before], wke)[0]),
        "ej_overall": float(effectiveness(minutes, [staff], wke)[0]),
    }
    counts = t["ej_band"].value_counts()
    for name, _ in EJ_BANDS:
        out[f"ej_band_{name.lower()}"] = int(counts.get(name, 0))
    return out


#: posts named in the summary's sentence on the staff still short by the ABK
SHORT_NAMED = 3


def summary_sentences(result) -> list:
    """Extension ``summary``: the analysed posts the plan leaves short of the staff
    their workload needs (ABK), how many staff in all, the most short first (review
    76: 19 staff short across 8 posts were in the KPI table only; P0170 7 of 12)."""
    t = result.tables.get("workload") if _record(result) is not None else None
    if t is None or not len(t):
        return []
    short = t["staff_short"].to_numpy(dtype=np.int64)
    at = np.flatnonzero(short > 0)
    ahead = _horizon_sentence(result, t)
    if not len(at):
        return [msg("sum.workload_met", n=int(len(t))), *ahead]
    at = at[np.lexsort((at, -short[at]))]  # the most short first, then by row
    named = [
        msg(
            "sum.workload_post",
            position=f"{t['position'].iloc[k]} ({t['title'].iloc[k]})",
            filled=int(t["filled"].iloc[k]),
            needed=int(t["needed"].iloc[k]),
        )
        for k in at[:SHORT_NAMED].tolist()
    ]
    more = len(at) - len(named)
    return [
        msg(
            "sum.workload_short",
            n=int(len(at)),
            staff=int(short[at].sum()),
            posts=join("; ", named),
            more=msg("sum.workload_more", n=more) if more else "",
        ),
        *ahead,
    ]


def _horizon_sentence(result, t: pd.DataFrame) -> list:
    """The sentence on the horizon: how many of those seated in the analysed posts
    reach their BUP by its last day, and the staff short then without recruitment
    (:func:`_at_horizon`); none where the table has no such columns or nobody leaves."""
    if "retiring_by_horizon" not in t or result.compiled is None:
        return []
    if t["retiring_by_horizon"].isna().any():
        n = int(t["retiring_by_horizon"].isna().sum())
        return [msg("sum.workload_horizon_unknown", n=n)]
    gone = int(t["retiring_by_horizon"].sum())
    if not gone:
        return []
    return [
        msg(
            "sum.workload_horizon",
            end=horizon_end(result.compiled.plan.extras).strftime("%Y-%m-%d"),
            gone=gone,
            posts=int((t["retiring_by_horizon"] > 0).sum()),
            short=int(t["staff_short_at_horizon"].sum()),
            now=int(t["staff_short"].sum()),
        )
    ]


#: What this module adds to the engine (registered by :mod:`placement.domain`).
EXTENSION = Extension(
    name="workload",
    operations=(HeadcountFromWorkload,),
    plan_hooks=(analysed_before_merge, today_priorities, floor_at_need),
    priority_notes=(priority_note,),
    tables=(extend_tables,),
    kpis=(extend_kpis,),
    compared_kpis=(compared_kpis,),
    summary=(summary_sentences,),
    messages={
        "sum.workload_short": (
            "By the workload analysis (ABK), {n} analysed post(s) stay short of the staff "
            "their workload needs after this plan, {staff} staff in all: {posts}{more} "
            "(the workload table, column staff_short).",
            "Menurut analisis beban kerja (ABK), {n} jabatan yang dianalisis tetap kurang "
            "pegawai dari kebutuhan beban kerjanya setelah rencana ini, {staff} pegawai "
            "seluruhnya: {posts}{more} (tabel beban kerja, kolom staff_short).",
        ),
        "sum.workload_post": (
            "{position}, {filled} of {needed}",
            "{position}, {filled} dari {needed}",
        ),
        "sum.workload_more": ("; and {n} more", "; dan {n} lainnya"),
        "cmp.workload_measured": (
            "The workload rows of {names}, which have no workload analysis of their own, "
            "are measured by the ABK of {source} ({n} posts of {k} unit(s): {units}; the "
            "same tasks, WKE and rounding), with each scenario's own placement in those "
            "posts: what {source} gains by its analysis is its shortage against that of "
            "a scenario with the same rules and no analysis, not against the shortage "
            "before any plan. The ABK measures no other unit: staff a scenario draws "
            "into these posts from elsewhere leave seats there that these rows do not "
            "count (the vacancies do).",
            "Baris beban kerja {names}, yang tidak memiliki analisis beban kerja sendiri, "
            "diukur dengan ABK {source} ({n} jabatan pada {k} unit kerja: {units}; tugas, "
            "WKE, dan pembulatan yang sama), dengan penempatan masing-masing skenario pada "
            "jabatan itu: yang diperoleh {source} dari analisisnya adalah kekurangannya "
            "dibandingkan dengan skenario beraturan sama tanpa analisis, bukan dengan "
            "kekurangan sebelum rencana apa pun. ABK tidak mengukur unit kerja lain: "
            "pegawai yang ditarik ke jabatan ini dari tempat lain meninggalkan formasi di "
            "sana yang tidak dihitung baris ini (lowongan menghitungnya).",
        ),
        "sum.workload_horizon": (
            "By {end}, the end of the plan's horizon, {gone} of those it seats in {posts} "
            "analysed post(s) reach their BUP: without recruitment, {short} staff would be "
            "short by the ABK then, against {now} after the plan (the workload table, "
            "columns retiring_by_horizon and staff_short_at_horizon).",
            "Sampai {end}, akhir cakrawala rencana, {gone} pegawai yang ditempatkannya pada "
            "{posts} jabatan yang dianalisis mencapai BUP: tanpa rekrutmen, kekurangan "
            "pegawai menurut ABK saat itu {short} orang, dibanding {now} setelah rencana "
            "(tabel beban kerja, kolom retiring_by_horizon dan staff_short_at_horizon).",
        ),
        "sum.workload_horizon_unknown": (
            "In {n} analysed post(s) the BUP of someone the plan seats there is not known "
            "(no birth date, no NIP to read it from): the workload table leaves what the "
            "plan's horizon takes from them blank (retiring_by_horizon).",
            "Pada {n} jabatan yang dianalisis, BUP seseorang yang ditempatkan rencana di "
            "sana tidak diketahui (tanpa tanggal lahir atau NIP untuk membacanya): tabel "
            "beban kerja mengosongkan yang diambil cakrawala rencana dari jabatan itu "
            "(retiring_by_horizon).",
        ),
        "sum.workload_met": (
            "By the workload analysis (ABK), each of the {n} analysed posts has the staff "
            "its workload needs after this plan.",
            "Menurut analisis beban kerja (ABK), setiap jabatan dari {n} jabatan yang "
            "dianalisis memiliki pegawai sesuai kebutuhan beban kerjanya setelah rencana ini.",
        ),
    },
    labels={
        "workload": ("Workload (ABK)", "Analisis beban kerja (ABK)"),
        "tasks": ("Tasks", "Jumlah uraian tugas"),
        "workload_minutes": ("Workload (minutes/year)", "Beban kerja (menit/tahun)"),
        "needed_exact": ("Staff needed (exact)", "Kebutuhan pegawai (eksak)"),
        "needed": ("Staff needed (ABK)", "Kebutuhan pegawai (ABK)"),
        "difference_exact": (
            "Difference (+ surplus, − shortage), exact",
            "Selisih (+ lebih, − kurang), eksak",
        ),
        "staff_short": ("Staff short (ABK, whole)", "Kekurangan pegawai (ABK, orang)"),
        "retiring_by_horizon": (
            "Reaching BUP by the horizon",
            "Mencapai BUP dalam cakrawala rencana",
        ),
        "staff_short_at_horizon": (
            "Staff short at the horizon, before recruitment",
            "Kekurangan pegawai pada akhir cakrawala, sebelum rekrutmen",
        ),
        "workload_shortage_at_horizon": (
            "Shortage by workload at the horizon, before recruitment",
            "Kekurangan menurut beban kerja pada akhir cakrawala, sebelum rekrutmen",
        ),
        "workload_shortage_before": (
            "Shortage by workload before the plan",
            "Kekurangan menurut beban kerja sebelum rencana",
        ),
        "ej_overall_before": ("EJ overall before the plan", "EJ keseluruhan sebelum rencana"),
        "ej_before": ("EJ before", "EJ sebelum"),
        "ej": ("EJ (job effectiveness)", "Efektivitas jabatan (EJ)"),
        "ej_band": ("EJ band", "Kelas EJ"),
        "ej_predicate": ("EJ predicate", "Predikat EJ"),
        "workload_positions": ("Positions with workload analysis", "Jabatan dengan ABK"),
        "workload_needed_staff": ("Staff needed by workload", "Kebutuhan pegawai menurut ABK"),
        "workload_shortage": ("Shortage by workload", "Kekurangan pegawai menurut ABK"),
        "ej_overall": ("EJ overall", "EJ keseluruhan"),
        **{
            f"ej_band_{b.lower()}": (
                f"Positions in EJ band {b} ({EJ_BAND_NAMES[b]}, {en})",
                f"Jabatan dengan predikat EJ {b} ({EJ_BAND_NAMES[b]}, {id_})",
            )
            for b, (en, id_) in _BAND_RANGES.items()
        },
    },
)
