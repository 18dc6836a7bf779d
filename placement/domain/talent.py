"""Talent box (9-box): potential from JPM, performance from the SKP score or predicate.

Potential (JPM %): rendah < 68, menengah 68–<80, tinggi ≥ 80. Performance: an SKP
score below 90, 90–<110, 110 and above (column ``skp_score``, also read as
``nilai_skp`` / ``performance_score``); without a score, the SKP predicate: Sangat
Baik = above, Baik = meets, Butuh Perbaikan / Kurang / Sangat Kurang = below
expectations. Boxes (DOMAIN.md)::

    potential \\ performance   below  meets  above
    tinggi                       6      8      9
    menengah                     3      5      7
    rendah                       1      2      4

Boxes 7–9 are the succession pool for key posts. Thresholds are configurable per
scenario with the operation ``talent_settings: {potential_cuts: [68, 80],
performance_cuts: [90, 110], score_column: skp_score}``.

Results: placements get ``talent_box`` (of the placed post's JPM; blank when
unplaced or the performance is unknown); KPIs ``talent_box_1`` … ``talent_box_9`` and
``succession_pool``. The eligibility option ``talent_boxes_for_key: [7, 8, 9]`` keeps,
for positions with ``key: true``, only the people whose box *for that post* (JPM of
the person in that post) is listed; people with unknown performance are not in any
box (incumbents stay eligible for their own post). A pair without a JPM (the person
not assessed on the post's standard, or a post without a standard) has no potential
and so no box: it is never read as JPM 0 ("rendah"); such people are not in the
succession pool and, under ``talent_boxes_for_key``, not eligible for key posts
(potential is measured by assessment, PermenPANRB 3/2020).
"""

from __future__ import annotations

from typing import ClassVar

import numpy as np
import pandas as pd
from pydantic import Field, field_validator

from placement.domain.nip import domain_state
from placement.errors import OperationError
from placement.i18n import msg
from placement.model.config import nearest
from placement.model.extension import Extension
from placement.model.levels import PERFORMANCE
from placement.model.operations import Operation, Plan
from placement.model.organization import Organization

#: JPM lower bounds of menengah and tinggi potential.
POTENTIAL_CUTS = (68.0, 80.0)
#: SKP score lower bounds of "meets" and "above" expectations.
PERFORMANCE_CUTS = (90.0, 110.0)
#: Performance axis (0 below, 1 meets, 2 above) of each SKP predicate.
PREDICATE_AXIS = {
    "Sangat Baik": 2,
    "Baik": 1,
    "Butuh Perbaikan": 0,
    "Kurang": 0,
    "Sangat Kurang": 0,
}
SCORE_COLUMNS = ("skp_score", "nilai_skp", "performance_score")
#: BOX[potential][performance]; potential 0 rendah, 1 menengah, 2 tinggi.
BOX = np.array([[1, 2, 4], [3, 5, 7], [6, 8, 9]], dtype=np.int8)
SUCCESSION_BOXES = (7, 8, 9)


def _settings(extras: dict | None) -> dict:
    st = domain_state(extras).get("talent", {}) if extras is not None else {}
    return {
        "potential_cuts": tuple(st.get("potential_cuts", POTENTIAL_CUTS)),
        "performance_cuts": tuple(st.get("performance_cuts", PERFORMANCE_CUTS)),
        "score_column": st.get("score_column"),
    }


def potential_axis(jpm, cuts=POTENTIAL_CUTS) -> np.ndarray:
    """0 rendah, 1 menengah, 2 tinggi; -1 for NaN."""
    jpm = np.asarray(jpm, dtype=float)
    axis = np.searchsorted(np.asarray(cuts, dtype=float), jpm, side="right").astype(np.int8)
    return np.where(np.isnan(jpm), -1, axis).astype(np.int8)


def score_axis(score, cuts=PERFORMANCE_CUTS) -> np.ndarray:
    """0 below, 1 meets, 2 above expectations from an SKP score; -1 for NaN."""
    return potential_axis(score, cuts)


def performance_axis(
    emp: pd.DataFrame, cuts=PERFORMANCE_CUTS, score_column: str | None = None
) -> np.ndarray:
    """Performance axis per employee: the score where there is one, else the predicate."""
    pred_level = emp["perf_level"].to_numpy() if "perf_level" in emp else np.full(len(emp), -1)
    by_level = np.array([PREDICATE_AXIS[p] for p in PERFORMANCE] + [-1], dtype=np.int8)
    axis = by_level[np.where(pred_level >= 0, pred_level, -1)]
    cols = [score_column] if score_column else [c for c in SCORE_COLUMNS if c in emp]
    for c in cols:
        if c in emp:
            text = (
                emp[c].astype(str).str.strip().str.replace(r"^(-?\d+),(\d+)$", r"\1.\2", regex=True)
            )
            score = pd.to_numeric(text, errors="coerce").to_numpy(float)
            s_axis = score_axis(score, cuts)
            axis = np.where(s_axis >= 0, s_axis, axis).astype(np.int8)
            break
    return axis


def talent_box(potential: np.ndarray, performance: np.ndarray) -> np.ndarray:
    """Box 1-9 per pair of axes; 0 where either axis is unknown (-1).

    >>> talent_box(np.array([2, 1, 0, -1]), np.array([2, 0, 1, 1])).tolist()
    [9, 3, 2, 0]
    """
    p = np.asarray(potential)
    q = np.asarray(performance)
    ok = (p >= 0) & (q >= 0)
    return np.where(ok, BOX[np.maximum(p, 0), np.maximum(q, 0)], 0).astype(np.int8)


def boxes_from_jpm(
    org: Organization, emp_index: np.ndarray, jpm: np.ndarray, extras: dict | None = None
) -> np.ndarray:
    """Box of employees ``emp_index`` at the given JPM values (0 = unknown), with the
    talent settings of the plan whose ``extras`` are given (else the defaults)."""
    s = _settings(extras)
    perf = performance_axis(org.employees, s["performance_cuts"], s["score_column"])
    return talent_box(potential_axis(jpm, s["potential_cuts"]), perf[emp_index])


def pair_boxes(ctx, edge_emp: np.ndarray, edge_pos: np.ndarray) -> np.ndarray:
    """Talent box of the pairs given (JPM of the person in that post); the roster's
    performance axis is read once per context."""
    s = _settings(ctx.extras)
    perf = ctx.derived(
        "talent_performance_axis",
        lambda: performance_axis(ctx.org.employees, s["performance_cuts"], s["score_column"]),
    )
    jpm = ctx.jpm_of(edge_emp, edge_pos)
    return talent_box(potential_axis(jpm, s["potential_cuts"]), perf[edge_emp])


def key_post_box_ok(ctx, edge_emp: np.ndarray, edge_pos: np.ndarray, policy) -> np.ndarray | None:
    """Edge rule (``eligibility.talent_boxes_for_key``): only people in the given talent
    boxes may take a key post."""
    if policy.talent_boxes_for_key is None:
        return None
    key = ctx.pos("key").astype(bool)[edge_pos]
    if not key.any():
        return None
    return ~key | np.isin(pair_boxes(ctx, edge_emp, edge_pos), policy.talent_boxes_for_key)


def key_post_reasons(comp, i: int, q: int) -> list:
    """Extension ``reasons``: ``q`` is a key post and ``i``'s talent box there is not
    among ``talent_boxes_for_key``."""
    boxes = comp.config.eligibility.talent_boxes_for_key
    ctx = comp.context
    if boxes is None or not bool(ctx.pos("key")[q]):
        return []
    box = int(pair_boxes(ctx, np.array([i]), np.array([q]))[0])
    if box in boxes:
        return []
    return [
        msg(
            "explain.why_talent_box",
            boxes=", ".join(str(b) for b in boxes),
            box=box or "–",
        )
    ]


class TalentSettings(Operation):
    """Thresholds of the 9-box for this scenario."""

    op: ClassVar[str] = "talent_settings"
    potential_cuts: tuple[float, float] = POTENTIAL_CUTS
    performance_cuts: tuple[float, float] = PERFORMANCE_CUTS
    score_column: str | None = Field(default=None)

    @field_validator("potential_cuts", "performance_cuts")
    @classmethod
    def _ordered(cls, v):
        if not v[0] < v[1]:
            raise ValueError("the two thresholds must increase, e.g. [68, 80]")
        return v

    def apply(self, plan: Plan, where: str) -> None:
        if self.score_column and self.score_column not in plan.org.employees:
            raise OperationError(
                msg(
                    "op.no_column",
                    where=where,
                    column=self.score_column,
                    hint=nearest(self.score_column, plan.org.employees.columns),
                )
            )
        domain_state(plan.extras)["talent"] = self.model_dump()
        plan.log.append(
            msg(
                "log.talent",
                potential=list(self.potential_cuts),
                performance=list(self.performance_cuts),
            )
        )


# -- results ---------------------------------------------------------------------------


def extend_tables(result, tables: dict) -> None:
    """Extension ``tables``: ``talent_box`` per placed employee."""
    comp = result.compiled
    pl = tables.get("placements")
    if comp is None or pl is None or "jpm" not in pl or len(pl) != len(comp.org.employees):
        return
    jpm = pd.to_numeric(pl["jpm"], errors="coerce").to_numpy(float)
    box = boxes_from_jpm(comp.org, np.arange(len(pl)), jpm, comp.plan.extras)
    values = pd.array(np.where(box > 0, box, 0), dtype="Int64")
    values[box == 0] = pd.NA
    at = list(pl.columns).index("jpm_category") + 1 if "jpm_category" in pl else len(pl.columns)
    if "selection_category" in pl:
        at = list(pl.columns).index("selection_category") + 1
    pl.insert(at, "talent_box", values)


def extend_kpis(result) -> dict:
    """Extension ``kpis``: placed people per box and the succession pool (7-9)."""
    pl = result.placements
    if "talent_box" not in pl:
        return {}
    box = pl["talent_box"].dropna().astype(int)
    counts = box.value_counts()
    out = {f"talent_box_{b}": int(counts.get(b, 0)) for b in range(1, 10)}
    out["succession_pool"] = int(box.isin(SUCCESSION_BOXES).sum())
    return out


#: What this module adds to the engine (registered by :mod:`placement.domain`).
EXTENSION = Extension(
    name="talent",
    operations=(TalentSettings,),
    edge_rules=(key_post_box_ok,),
    reasons=(key_post_reasons,),
    tables=(extend_tables,),
    kpis=(extend_kpis,),
    labels={
        "talent_box": ("Talent box (9-box)", "Kotak talenta (9-box)"),
        "succession_pool": ("Succession pool (boxes 7–9)", "Kelompok suksesi (kotak 7–9)"),
        **{f"talent_box_{b}": (f"Talent box {b}", f"Kotak talenta {b}") for b in range(1, 10)},
    },
)
