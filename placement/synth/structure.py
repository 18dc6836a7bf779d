"""Units, regions and positions of a synthetic regency: headcounts, seats and each
seat's template row."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from numpy.typing import DTypeLike

from placement.synth.templates import (
    Row,
    edu_profile,
    standard,
    unit_rows,
    unit_specs,
)
from placement.synth.vocabulary import (
    EDU_INDEX,
    FIELD_INDEX,
    NE,
    NF,
    NK,
    PLACE_A,
    PLACE_B,
    RANK_INDEX,
)

REGION_THRESHOLD = 20_000
_NEW_HIRE_SHARE = 0.02


def default_n_units(n_employees: int) -> int:
    """Default unit count: ~35 for a regency-sized roster, ~n/150 beyond 8,000."""
    if n_employees > 8000:
        return 35 + round((n_employees - 8000) / 150)
    if n_employees >= 2000:
        return 35
    return max(1, round(n_employees / 57))


def place_names(rng: np.random.Generator, count: int) -> np.ndarray:
    combos = np.array([f"{a} {b}" for a in PLACE_A for b in PLACE_B])
    order = rng.permutation(len(combos))
    reps = -(-count // len(combos)) if count else 0
    names = np.tile(combos[order], max(reps, 1))[:count]
    if reps > 1:  # disambiguate the repeats with a roman numeral
        round_no = np.arange(count) // len(combos)
        suffix = np.array(["", " II", " III", " IV", " V", " VI", " VII", " VIII", " IX", " X"])
        names = np.char.add(names, suffix[np.minimum(round_no, len(suffix) - 1)])
    return names


@dataclass
class Structure:
    # units (k of them), regions
    unit_id: np.ndarray
    unit_name: np.ndarray
    unit_type: np.ndarray
    unit_parent: np.ndarray  # object, "" = none
    unit_region: np.ndarray  # int, -1 if no regions
    unit_weight: np.ndarray
    region_id: np.ndarray
    region_name: np.ndarray
    # positions
    rows: list[Row]
    pos_row: np.ndarray  # template row index per position
    pos_unit: np.ndarray
    pos_id: np.ndarray
    headcount: np.ndarray
    min_fill: np.ndarray  # -1 = empty
    incumbents: np.ndarray  # seat draws per position (may exceed headcount)
    seat_pos: np.ndarray  # position per filled seat, sorted
    # per template row attributes (arrays indexed by row, plus one "no post" row at the end)
    row_kind: np.ndarray
    row_level: np.ndarray
    row_grade: np.ndarray
    row_min_edu: np.ndarray
    row_min_rank: np.ndarray
    row_fmask: np.ndarray
    row_fweight: np.ndarray
    row_std: np.ndarray
    row_edu_p: np.ndarray
    row_female: np.ndarray
    row_bup: np.ndarray
    row_pelaksana: np.ndarray


def build_structure(
    rng: np.random.Generator, n: int, k: int, n_regions: int, regional: bool
) -> Structure:
    k_hi = -(-k // n_regions)
    specs = unit_specs(k_hi)
    n_region_avg = n / n_regions
    w_tmpl = np.array([s.weight for s in specs])
    size_tmpl = n_region_avg * w_tmpl / w_tmpl.sum()

    rows: list[Row] = []
    row_index: dict[Row, int] = {}
    tmpl_row: list[int] = []
    tmpl_unit: list[int] = []
    for u, spec in enumerate(specs):
        for r in unit_rows(spec, size_tmpl[u]):
            if r not in row_index:
                row_index[r] = len(rows)
                rows.append(r)
            tmpl_row.append(row_index[r])
            tmpl_unit.append(u)
    tmpl_row_a = np.array(tmpl_row, dtype=np.int64)
    tmpl_unit_a = np.array(tmpl_unit, dtype=np.int64)

    # units per region: k spread as evenly as possible, dropping trailing template units
    k_r = np.full(n_regions, k // n_regions)
    k_r[: k % n_regions] += 1
    u_local = np.tile(np.arange(k_hi), n_regions)
    u_region = np.repeat(np.arange(n_regions), k_hi)
    keep_u = u_local < k_r[u_region]
    u_local, u_region = u_local[keep_u], u_region[keep_u]
    n_u = len(u_local)
    glob_of = np.full(n_regions * k_hi, -1)
    glob_of[np.flatnonzero(keep_u)] = np.arange(n_u)

    # names
    kinds = np.array([s.type for s in specs])
    base_names = np.array([s.name for s in specs], dtype=object)
    is_kec = kinds[u_local] == "kecamatan"
    is_uptd = np.array([s.uptd_of >= 0 for s in specs])[u_local]
    places = place_names(rng, int(is_kec.sum() + is_uptd.sum() + n_regions))
    names = base_names[u_local].copy()
    n_kec = int(is_kec.sum())
    names[is_kec] = np.char.add("Kecamatan ", places[:n_kec].astype(str)).astype(object)
    names[is_uptd] = np.char.add(
        np.char.add(base_names[u_local][is_uptd].astype(str), " "),
        places[n_kec : n_kec + int(is_uptd.sum())].astype(str),
    ).astype(object)
    region_place = places[len(places) - n_regions :]
    rw = max(3, len(str(n_regions)))
    region_id = (
        np.array([f"R{i + 1:0{rw}d}" for i in range(n_regions)])
        if regional
        else np.array([], dtype=str)
    )
    region_name = (
        np.char.add("Wilayah ", region_place.astype(str)) if regional else np.array([], dtype=str)
    )
    if regional:
        plain = ~is_kec
        names[plain] = np.char.add(
            np.char.add(names[plain].astype(str), " "), region_name[u_region[plain]]
        ).astype(object)
    uw = max(2, len(str(n_u)))
    unit_id = np.char.add("U", np.char.zfill(np.arange(1, n_u + 1).astype(str), uw))
    if regional:
        parent = region_id[u_region].astype(object)
    else:
        uptd_of = np.array([s.uptd_of for s in specs])[u_local]
        parent = np.where(uptd_of >= 0, unit_id[np.maximum(glob_of[uptd_of], 0)], "")
        parent = parent.astype(object)
    unit_weight = w_tmpl[u_local] * np.exp(rng.normal(0, 0.12, n_u))

    # positions: template rows tiled over regions, optional posts dropped at random
    n_t = len(tmpl_row_a)
    p_unit_slot = np.repeat(np.arange(n_regions), n_t) * k_hi + np.tile(tmpl_unit_a, n_regions)
    p_row = np.tile(tmpl_row_a, n_regions)
    p_keep = np.array([r.p_keep for r in rows])[p_row]
    p_unit = glob_of[p_unit_slot]
    keep = (p_unit >= 0) & (rng.random(len(p_row)) < p_keep)
    p_row, p_unit = p_row[keep], p_unit[keep]
    m = len(p_row)

    # headcounts
    weight = np.array([r.weight for r in rows])[p_row]
    flex = weight > 0
    is_pel = np.array([r.level == "Pelaksana" for r in rows])[p_row]
    lo = np.where(flex, np.where(is_pel, 2, 1), 1)
    hi = np.where(flex, np.where(is_pel, 30, 50), 1)
    ratio = 1 + rng.uniform(0.06, 0.09)
    target = round(n * ratio)
    unit_staff = n * unit_weight / unit_weight.sum()
    fixed_u = np.bincount(p_unit, weights=~flex, minlength=n_u)
    flex_target = np.maximum(unit_staff * ratio - fixed_u, 0)
    # very large units (few units for many people) lift the usual caps instead of overflowing
    # (functional posts first: a post of 120 teachers is plausible, one of 120 clerks is not)
    need = 1.1 * flex_target
    cap_pel = np.bincount(p_unit, weights=np.where(flex & is_pel, hi, 0), minlength=n_u)
    cap_jf = np.bincount(p_unit, weights=np.where(flex & ~is_pel, hi, 0), minlength=n_u)
    lift_jf = np.where(cap_jf > 0, np.maximum(1.0, (need - cap_pel) / np.maximum(cap_jf, 1)), 1)
    short = need - cap_pel - np.where(cap_jf > 0, cap_jf * lift_jf, 0)
    lift_pel = np.where(short > 1, (cap_pel + short) / np.maximum(cap_pel, 1), 1.0)
    lift = np.where(is_pel, lift_pel[p_unit], lift_jf[p_unit])
    hi = np.where(flex, np.ceil(hi * lift), hi).astype(np.int64)
    fw = np.where(flex, weight * np.exp(rng.normal(0, 0.35, m)), 0)
    alloc = np.where(flex, lo, 0).astype(np.float64)
    for _ in range(8):  # water-filling: share each unit's staff among its posts below the cap
        rest = flex_target - np.bincount(p_unit, weights=alloc, minlength=n_u)
        act = np.where(alloc < hi, fw, 0)
        act_u = np.bincount(p_unit, weights=act, minlength=n_u)
        share = np.divide(act, act_u[p_unit], out=np.zeros(m), where=act_u[p_unit] > 0)
        alloc = np.minimum(alloc + np.maximum(rest[p_unit], 0) * share, hi)
        if (rest < 0.5).all():
            break
    hc = np.where(flex, np.floor(alloc + rng.random(m)), 1).astype(np.int64)
    hc = np.clip(hc, lo, hi)
    # a few non-key supervisory / functional posts closed by restructuring (kept occupied)
    closable = (~np.array([r.key for r in rows])[p_row]) & (
        np.array([r.level == "Pengawas" for r in rows])[p_row]
    )
    closed = closable & (rng.random(m) < 0.04)
    hc[closed] = 0
    hc = _fix_total(rng, hc, np.where(flex, lo, hc), np.where(flex, hi, hc), target)

    # over-staffed posts: more incumbents than headcount
    over = flex & (hc >= 2) & (rng.random(m) < 0.07)
    extra = np.where(over, np.maximum(1, np.round(hc * rng.uniform(0.1, 0.35, m))), 0)
    extra = extra.astype(np.int64) + closed.astype(np.int64)
    seats = np.repeat(np.arange(m), hc + extra)
    is_extra = _extra_flags(hc, extra)
    level_w = np.array([4.0 if r.key else 2.0 if r.level == "Pengawas" else 1.0 for r in rows])[
        p_row
    ]
    forced = over | closed
    w = np.where(forced[seats] | is_extra, 1e6, level_w[seats])
    keys = rng.random(len(seats)) ** (1.0 / w)
    n_filled = min(n - round(n * _NEW_HIRE_SHARE), len(seats))
    chosen = (
        np.sort(np.argpartition(-keys, n_filled - 1)[:n_filled])
        if n_filled
        else np.array([], dtype=np.int64)
    )
    seat_pos = seats[chosen]
    incumbents = np.bincount(seat_pos, minlength=m)

    # minimum fill on a few essential posts
    essential = np.array([r.essential for r in rows])[p_row]
    mf = essential & (hc >= 2) & (rng.random(m) < 0.5)
    min_fill = np.where(mf, np.maximum(1, hc // 2), -1)

    pw = max(4, len(str(m)))
    pos_id = np.char.add("P", np.char.zfill(np.arange(1, m + 1).astype(str), pw))

    # per-row attribute arrays, plus a final "no post" row for new hires
    def rarr(
        f: Callable[[Row], object], last: object, dtype: DTypeLike | None = None
    ) -> np.ndarray:
        return np.array([f(r) for r in rows] + [last], dtype=dtype)

    fmask = np.zeros((len(rows) + 1, NF), dtype=bool)
    fweight = np.zeros((len(rows) + 1, NF), dtype=np.float32)
    for i, r in enumerate(rows):
        for j, f in enumerate(r.fields):
            fmask[i, FIELD_INDEX[f]] = True
            fweight[i, FIELD_INDEX[f]] = (1.0, 0.7, 0.5, 0.4)[min(j, 3)]
    new_hire_edu = np.zeros(NE)
    new_hire_edu[[EDU_INDEX[e] for e in ("SMA", "D3", "S1", "S2")]] = (0.2, 0.2, 0.55, 0.05)
    return Structure(
        unit_id=unit_id,
        unit_name=names.astype(str),
        unit_type=kinds[u_local],
        unit_parent=parent,
        unit_region=u_region if regional else np.full(n_u, -1),
        unit_weight=unit_weight,
        region_id=region_id,
        region_name=region_name,
        rows=rows,
        pos_row=p_row,
        pos_unit=p_unit,
        pos_id=pos_id,
        headcount=hc,
        min_fill=min_fill,
        incumbents=incumbents,
        seat_pos=seat_pos,
        row_kind=rarr(lambda r: r.kind, "", object),
        row_level=rarr(lambda r: r.level, "", object),
        row_grade=rarr(lambda r: r.grade, 0, np.int64),
        row_min_edu=rarr(lambda r: EDU_INDEX[r.min_edu], 0, np.int64),
        row_min_rank=rarr(lambda r: RANK_INDEX[r.min_rank] if r.min_rank else -1, -1, np.int64),
        row_fmask=fmask,
        row_fweight=fweight,
        row_std=np.array([standard(r) for r in rows] + [[0] * NK], dtype=np.int64),
        row_edu_p=np.array([edu_profile(r) for r in rows] + [new_hire_edu]),
        row_female=rarr(lambda r: r.female, 0.5, np.float64),
        row_bup=rarr(lambda r: r.bup, 58, np.int64),
        row_pelaksana=rarr(lambda r: r.level == "Pelaksana", False, bool),
    )


def _extra_flags(hc: np.ndarray, extra: np.ndarray) -> np.ndarray:
    """bool per seat of ``np.repeat(arange(m), hc + extra)``: True for the extra seats."""
    tot = hc + extra
    start = np.cumsum(tot) - tot
    rank = np.arange(int(tot.sum())) - np.repeat(start, tot)
    return rank >= np.repeat(hc, tot)


def _fix_total(
    rng: np.random.Generator, hc: np.ndarray, lo: np.ndarray, hi: np.ndarray, target: int
) -> np.ndarray:
    """Add or remove single seats on random flexible posts until the total is ``target``."""
    hc = hc.copy()
    for _ in range(200):
        diff = target - int(hc.sum())
        if diff == 0:
            break
        room = np.flatnonzero(hc < hi) if diff > 0 else np.flatnonzero(hc > lo)
        if not len(room):
            break
        pick = rng.choice(room, size=min(abs(diff), len(room)), replace=False)
        hc[pick] += 1 if diff > 0 else -1
    return hc
