"""Talent box (9-box): potential × performance (PermenPANRB 3/2020, DOMAIN.md).

**Potential** is a property of the person, not of a post they might take: it is
measured by assessment, so a ``potential`` column in the roster (a band Rendah /
Menengah / Tinggi or 1 / 2 / 3, or a score 0-100 read with the potential cuts) is used
where it is filled. Without one, the proxy DOMAIN.md allows: the person's **JPM against the
standard of the level above the post they hold** (a Pelaksana against the Pengawas
standard, a Perawat Ahli Pertama against the Perawat Ahli Muda one), never the fit in
the post they hold or are placed in. A level's standard is the median required level,
per competency, of the level's posts, over the competencies at least half of them
require (managerial competencies are set per level, technical ones per post); a JF
level's is that of its family, else of every family at that level. The level above a
JA or JPT post is the next one present in the organisation (Pelaksana → Pengawas →
Administrator → JPT Pratama → Madya → Utama); above a JF level, the next rung of its
track (Ahli Pertama → Ahli Muda …, Terampil → Mahir → Penyelia), else that rung across
families, else the structural level one rung up (an Ahli Madya without an Ahli Utama
post: JPT Pratama). The person's post is the one the data gives, before the
scenario's operations: potential is the same in every scenario. At the top (a JPT
Pratama in a regency) there is no level above, so no potential, and the result says
so ("none above JPT Pratama"), as it does for a post without a kind or level or a
level without a competency standard. Cuts: rendah < 68, menengah 68–<80, tinggi ≥ 80.
People who hold no post (new hires) or are not assessed on that standard have no
potential, never "rendah".

**Performance**: an SKP score below 90, 90–<110, 110 and above (column
``skp_score``, also read as ``nilai_skp`` / ``performance_score``); without a score,
the SKP predicate: Sangat Baik = above, Baik = meets, Butuh Perbaikan / Kurang / Sangat
Kurang = below expectations. Boxes (DOMAIN.md)::

    potential \\ performance   below  meets  above
    tinggi                       6      8      9
    menengah                     3      5      7
    rendah                       1      2      4

Boxes 7–9 are the succession pool for key posts. Thresholds are configurable per
scenario with the operation ``talent_settings: {potential_cuts: [68, 80],
performance_cuts: [90, 110], score_column: skp_score}``.

Results: placements get ``talent_box`` with what its potential rests on
(``potential_against``: the level whose standard was used, or ``assessment``;
``potential_jpm``); blank when unplaced, or when the potential or the performance is
unknown. KPIs ``talent_box_1`` … ``talent_box_9`` and ``succession_pool``. The
eligibility option ``talent_boxes_for_key: [7, 8, 9]`` keeps, for positions with
``key: true``, only the people whose box is listed (incumbents stay eligible for their
own post); people without a box are not eligible for key posts.
"""

from __future__ import annotations

from typing import ClassVar

import numpy as np
import pandas as pd
from pydantic import Field, field_validator

from placement.domain.career import position_families
from placement.domain.nip import domain_state
from placement.errors import OperationError
from placement.i18n import msg
from placement.model import levels
from placement.model.cells import index_of
from placement.model.config import nearest
from placement.model.context import Context
from placement.model.extension import Extension
from placement.model.levels import PERFORMANCE, parse_potential
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
#: the potential bands, lowest first (as :func:`potential_axis` numbers them)
BANDS = ("Rendah", "Menengah", "Tinggi")


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


#: ``potential_against`` of a potential read from the roster's ``potential`` column.
FROM_ASSESSMENT = "assessment"
#: appended to ``potential_against`` where the level above has no competency standard
NO_STANDARD_MARK = " (no standard)"


def level_standards(
    org: Organization, required: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(standards ``float[G, C]``; per position, the name of the level above it whose
    standard its holders' potential is read against, and that standard's row, -1 where
    there is none: a post whose kind or level is unknown, or with no level above it in
    the organisation, "none above <its level>"). ``required``: the positions' required
    levels ``[m, C]`` (0 = not in the standard).

    The level above a JF level is the next rung of its track in its family, else that
    rung across families, else the structural level one rung up
    (:data:`placement.model.levels.JABATAN_RUNGS`: an Ahli Madya without an Ahli Utama
    post is measured against JPT Pratama); above a JA or JPT level, the next one present
    on the same ladder (Pelaksana → Pengawas → Administrator → JPT Pratama → Madya →
    Utama). A level's standard is the median required level, per
    competency, of its posts, over the competencies at least half of them require."""
    pos = org.positions
    m = len(pos)
    kind, level = levels.jabatan_kind_level(pos)
    level_txt = pos["level"].fillna("").astype(str).str.split().str.join(" ")
    fam_txt = position_families(org).fillna("").astype(str).str.split().str.join(" ")
    fam = fam_txt.str.lower()
    known = ((kind != "") & (level != "")).to_numpy()
    jf = (kind == "JF").to_numpy() & known
    # a group per (kind, level, family) of the posts with a known level; JF levels also
    # across families
    own_key = (kind + "|" + level + "|" + fam).to_numpy(dtype=object)
    own_name = np.where(fam != "", fam_txt + " " + level_txt, kind + " " + level_txt)
    wide = jf & (fam != "").to_numpy()
    member_key = np.concatenate([own_key[known], ("JF|" + level + "|").to_numpy(object)[wide]])
    member_name = np.concatenate(
        [own_name[known], ("JF " + level_txt).to_numpy(dtype=object)[wide]]
    ).astype(object)
    member_pos = np.concatenate([np.flatnonzero(known), np.flatnonzero(wide)])
    codes, keys = pd.factorize(member_key, sort=True)
    groups = len(keys)
    # one name per group whatever the row order: the first spelling in sort order
    names = (
        pd.Series(member_name).groupby(codes).min().reindex(range(groups)).to_numpy(object)
        if groups
        else np.zeros(0, dtype=object)
    )
    # per group and competency: how many members require it, at what median level
    req = np.asarray(required, dtype=float)[member_pos]
    rows, comp = np.nonzero(req > 0)
    size = np.bincount(codes, minlength=groups)
    standards = np.zeros((groups, req.shape[1] if req.ndim == 2 else 0))
    if len(rows):
        long = pd.DataFrame({"g": codes[rows], "c": comp, "v": req[rows, comp]})
        agg = long.groupby(["g", "c"], sort=True)["v"].agg(["median", "size"])
        g = agg.index.get_level_values("g").to_numpy()
        c = agg.index.get_level_values("c").to_numpy()
        keep = 2 * agg["size"].to_numpy() >= size[g]
        standards[g[keep], c[keep]] = agg["median"].to_numpy()[keep]
    index = {k: i for i, k in enumerate(keys)}
    structural = {  # rung → the JA / JPT level there, if present
        levels.JABATAN_RUNGS[(kd, lv)]: i
        for k, i in index.items()
        for kd, lv, _ in [k.split("|", 2)]
        if kd != "JF" and (kd, lv) in levels.JABATAN_RUNGS
    }
    # the level above each group of posts (few)
    above = np.full(groups, -1, dtype=np.int64)
    for k, i in index.items():
        kd, lv, f = k.split("|", 2)  # the family (free text) may hold a "|"
        target = None
        if kd == "JF":
            nxt = levels.JF_LEVEL_ABOVE.get(lv)
            if nxt is not None:
                target = index.get(f"JF|{nxt}|{f}", index.get(f"JF|{nxt}|"))
            rung = levels.JABATAN_RUNGS.get(("JF", lv))
            if target is None and rung is not None:
                target = structural.get(rung + 1)
        elif (kd, lv) in levels.JABATAN_RUNGS:  # the next JA / JPT level present
            higher = [r for r in structural if r > levels.JABATAN_RUNGS[(kd, lv)]]
            target = structural[min(higher)] if higher else None
        above[i] = -1 if target is None else target
    label = np.array(
        [names[t] if t >= 0 else f"none above {names[i]}" for i, t in enumerate(above)],
        dtype=object,
    )
    out_name = np.full(m, "", dtype=object)
    out_row = np.full(m, -1, dtype=np.int64)
    at = np.flatnonzero(known)
    own = codes[: len(at)]
    out_name[at] = label[own]
    out_row[at] = above[own]
    return standards, out_name, out_row


def potentials(ctx) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per employee of a context: the potential axis (0 rendah, 1 menengah, 2 tinggi,
    -1 unknown), the JPM it was read from (NaN: from the roster's assessment, or none)
    and what it rests on (``potential_against``: a level's name, :data:`FROM_ASSESSMENT`
    or ''), computed once per context. Read from the organisation as the data gives
    it (the plan's source, recorded by :func:`record_source`), not as the scenario's
    operations make it: potential is the person's, the same in every scenario."""
    return ctx.derived("talent_potentials", lambda: _potentials(ctx))


def record_source(plan: Plan) -> None:
    """Extension ``plan_hooks``: keep the organisation as read for :func:`potentials`."""
    if plan.source is not None:
        domain_state(plan.extras)["talent_source"] = plan.source


def _potentials(ctx) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    src = domain_state(ctx.extras).get("talent_source")
    if src is None or src is ctx.org or not len(src.employees):
        return _potentials_of(ctx, ctx)
    read = Context(src, jpm_surplus=ctx.jpm_surplus)
    axis, jpm, against = _potentials_of(read, ctx)
    at = index_of(pd.Index(read.emp_ids), ctx.emp_ids)  # -1: not in the data as read
    ok = at >= 0
    k = np.where(ok, at, 0)
    return (
        np.where(ok, axis[k], -1).astype(np.int8),
        np.where(ok, jpm[k], np.nan),
        np.where(ok, against[k], "").astype(object),
    )


def _potentials_of(ctx, settings_of) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """:func:`potentials` of the organisation of ``ctx`` with the talent settings of
    ``settings_of`` (the scenario's context)."""
    s = _settings(settings_of.extras)
    n = ctx.n_employees
    standards, names, per_pos = ctx.derived(
        "level_standards", lambda: level_standards(ctx.org, ctx.required)
    )
    cur = ctx.emp("current_pos").astype(np.int64)
    g = np.append(per_pos, -1)[np.where(cur >= 0, cur, len(per_pos))]
    has = g >= 0
    jpm = np.full(n, np.nan)
    if has.any():
        who = np.flatnonzero(has)
        jpm[who] = ctx.jpm_against(who, standards[g[who]])[0]
    axis = potential_axis(jpm, s["potential_cuts"])
    # a level whose posts carry no competency standard: said so, not "not assessed"
    empty = np.append(standards.sum(axis=1) <= 0, False) if len(standards) else np.zeros(1, bool)
    names = np.where(
        (per_pos >= 0) & empty[np.where(per_pos >= 0, per_pos, -1)],
        names.astype(str) + NO_STANDARD_MARK,
        names,
    ).astype(object)
    against = np.append(names, "")[np.where(cur >= 0, cur, len(names))]
    emp = ctx.org.employees
    if "potential" in emp:  # an assessment of potential wins where it is given
        band, score, _, _ = parse_potential(emp["potential"])
        from_score = potential_axis(score, s["potential_cuts"])
        given = np.where(band >= 0, band, from_score).astype(np.int8)
        axis = np.where(given >= 0, given, axis).astype(np.int8)
        jpm = np.where(given >= 0, np.nan, jpm)
        against = np.where(given >= 0, FROM_ASSESSMENT, against)
    return axis, jpm, against.astype(object)


def person_boxes(ctx) -> np.ndarray:
    """Talent box per employee of a context (0: unknown potential or performance)."""
    s = _settings(ctx.extras)
    perf = ctx.derived(
        "talent_performance_axis",
        lambda: performance_axis(ctx.org.employees, s["performance_cuts"], s["score_column"]),
    )
    return ctx.derived("talent_boxes", lambda: talent_box(potentials(ctx)[0], perf))


def talent_box(potential: np.ndarray, performance: np.ndarray) -> np.ndarray:
    """Box 1-9 per pair of axes; 0 where either axis is unknown (-1).

    >>> talent_box(np.array([2, 1, 0, -1]), np.array([2, 0, 1, 1])).tolist()
    [9, 3, 2, 0]
    """
    p = np.asarray(potential)
    q = np.asarray(performance)
    ok = (p >= 0) & (q >= 0)
    return np.where(ok, BOX[np.maximum(p, 0), np.maximum(q, 0)], 0).astype(np.int8)


def key_post_box_ok(ctx, edge_emp: np.ndarray, edge_pos: np.ndarray, policy) -> np.ndarray | None:
    """Edge rule (``eligibility.talent_boxes_for_key``): only people in the given talent
    boxes may take a key post."""
    if policy.talent_boxes_for_key is None:
        return None
    key = ctx.pos("key").astype(bool)[edge_pos]
    if not key.any():
        return None
    return ~key | np.isin(person_boxes(ctx)[edge_emp], policy.talent_boxes_for_key)


def key_post_reasons(comp, i: int, q: int) -> list:
    """Extension ``reasons``: ``q`` is a key post and ``i``'s talent box there is not
    among ``talent_boxes_for_key``."""
    boxes = comp.config.eligibility.talent_boxes_for_key
    ctx = comp.context
    if boxes is None or not bool(ctx.pos("key")[q]):
        return []
    box = int(person_boxes(ctx)[i])
    if box in boxes:
        return []
    return [
        msg(
            "explain.why_talent_box",
            boxes=", ".join(str(b) for b in boxes),
            box=box or "–",
            potential=potential_note(ctx, i),
        )
    ]


def potential_note(ctx, i: int):
    """What employee ``i``'s potential rests on, in words."""
    axis, jpm, against = (a[i] for a in potentials(ctx))
    if against == FROM_ASSESSMENT:
        return msg("talent.potential_assessed", band=BANDS[int(axis)])
    if against.startswith("none above "):
        return msg("talent.potential_top", level=against[len("none above ") :])
    if not against:
        held = ctx.emp("current_pos")[i] >= 0
        return msg("talent.potential_no_level" if held else "talent.potential_no_post")
    if against.endswith(NO_STANDARD_MARK):
        return msg("talent.potential_no_standard", level=against[: -len(NO_STANDARD_MARK)])
    if np.isnan(jpm):
        return msg("talent.potential_unassessed", level=against)
    return msg("talent.potential_jpm", jpm=float(jpm), level=against)


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
    """Extension ``tables``: ``talent_box`` per placed employee, with what its
    potential rests on (``potential_against``, ``potential_jpm``)."""
    comp = result.compiled
    pl = tables.get("placements")
    if comp is None or pl is None or "jpm" not in pl or len(pl) != len(comp.org.employees):
        return
    ctx = comp.context
    at = index_of(pd.Index(ctx.emp_ids), pl["employee_id"])  # the table's own order
    placed = pl["position"].fillna("").astype(str).to_numpy() != ""
    box = np.where(placed, person_boxes(ctx)[at], 0)
    _, jpm, against = potentials(ctx)
    values = pd.array(np.where(box > 0, box, 0), dtype="Int64")
    values[box == 0] = pd.NA
    where = list(pl.columns).index("jpm_category") + 1 if "jpm_category" in pl else len(pl.columns)
    if "selection_category" in pl:
        where = list(pl.columns).index("selection_category") + 1
    pl.insert(where, "talent_box", values)
    pl.insert(where + 1, "potential_against", np.where(placed, against[at], ""))
    pl.insert(where + 2, "potential_jpm", np.where(placed, np.round(jpm[at], 1), np.nan))


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
    plan_hooks=(record_source,),
    edge_rules=(key_post_box_ok,),
    reasons=(key_post_reasons,),
    tables=(extend_tables,),
    kpis=(extend_kpis,),
    messages={
        "talent.potential_jpm": (
            "potential from JPM {jpm:.1f} against the {level} standard",
            "potensi dari JPM {jpm:.1f} terhadap standar {level}",
        ),
        "talent.potential_assessed": (
            "potential {band} from the assessment",
            "potensi {band} dari hasil asesmen",
        ),
        "talent.potential_unassessed": (
            "no potential: not assessed against the {level} standard",
            "tanpa potensi: belum diases terhadap standar {level}",
        ),
        "talent.potential_no_standard": (
            "no potential: the {level} posts carry no competency standard",
            "tanpa potensi: jabatan {level} tidak memiliki standar kompetensi",
        ),
        "talent.potential_top": (
            "no potential: no level above {level} in this organisation",
            "tanpa potensi: tidak ada jenjang di atas {level} dalam organisasi ini",
        ),
        "talent.potential_no_level": (
            "no potential: the kind or level of their post is not given",
            "tanpa potensi: jenis atau jenjang jabatannya tidak tercantum",
        ),
        "talent.potential_no_post": (
            "no potential: no post held, so no level above to measure it against",
            "tanpa potensi: tidak memegang jabatan, jadi tidak ada jenjang di atasnya "
            "sebagai ukuran",
        ),
    },
    labels={
        "talent_box": ("Talent box (9-box)", "Kotak talenta (9-box)"),
        "potential_against": ("Potential measured against", "Potensi diukur terhadap"),
        "potential_jpm": ("Potential (JPM, level above)", "Potensi (JPM, jenjang di atas)"),
        "succession_pool": ("Succession pool (boxes 7–9)", "Kelompok suksesi (kotak 7–9)"),
        **{f"talent_box_{b}": (f"Talent box {b}", f"Kotak talenta {b}") for b in range(1, 10)},
    },
)
