"""Employees of a synthetic regency: education, field, rank, age, competencies and pay
of each seat's incumbent and of new hires; their certifications and preferences."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from placement.model.config import JF_RANK_RANGES, LICENSED_FAMILIES
from placement.synth.structure import Structure
from placement.synth.vocabulary import (
    ALLOWED,
    EDU_INDEX,
    EDU_ORD,
    ENTRY_AGE,
    ENTRY_RANK,
    FEMALE_ONLY,
    GAPOK,
    NF,
    NK,
    NM,
    PELAKSANA_RANK_CAP,
    PRIOR,
    RANK_CAP,
    RANK_INDEX,
    RANKS,
    REFERENCE_DATE,
    RELATED,
)

_FIELD_MISMATCH = 0.16  # incumbents of field-specific posts drawn outside the accepted fields
_COMP_MISFIT = 0.15  # incumbents given a competency 2+ levels under their post's standard


@dataclass
class People:
    pos: np.ndarray  # position index, -1 = new hire
    row: np.ndarray  # template row index (len(rows) for new hires)
    edu: np.ndarray
    field: np.ndarray
    female: np.ndarray
    rank: np.ndarray
    birth: np.ndarray  # datetime64[D]
    tmt_year: np.ndarray
    tmt_month: np.ndarray
    service: np.ndarray  # years
    comp: np.ndarray  # n x K int
    ability: np.ndarray
    cost: np.ndarray


def _sample_rows(rng: np.random.Generator, weights: np.ndarray) -> np.ndarray:
    """One categorical draw per row of ``weights`` (rows with zero total give 0)."""
    cw = np.cumsum(weights, axis=1)
    u = rng.random(len(weights)) * cw[:, -1]
    return np.minimum((cw <= u[:, None]).sum(axis=1), weights.shape[1] - 1)


def build_employees(
    rng: np.random.Generator, n: int, st: Structure, redraw: np.random.Generator
) -> People:
    """The people of the seats of ``st`` and ``n - len(seats)`` new hires.

    ``redraw`` is a stream of its own for the fields drawn again (a man drawn into a
    field only women study), so that every other column stays as ``rng`` draws it."""
    n_filled = len(st.seat_pos)
    pos = np.concatenate([st.seat_pos, np.full(n - n_filled, -1)]).astype(np.int64)
    has = pos >= 0
    row = np.where(has, st.pos_row[np.maximum(pos, 0)], len(st.rows))

    # education
    edu = _sample_rows(rng, st.row_edu_p[row])

    # field of study: mostly one the post accepts, some deliberately outside
    fmask = st.row_fmask[row]
    specific = np.any(fmask, axis=1)
    allowed = ALLOWED[edu]
    prior = PRIOR[edu]
    mis = specific & (rng.random(n) < _FIELD_MISMATCH)
    w = np.where(specific[:, None], st.row_fweight[row] * allowed, prior)
    w = np.where(mis[:, None], prior * ~fmask, w)
    empty = w.sum(axis=1) <= 0
    w[empty] = prior[empty]
    fld = _sample_rows(rng, w)

    female = rng.random(n) < st.row_female[row]
    # midwifery is studied by women only: a man drawn into it takes another field his
    # post (or, failing that, his education) allows
    men = np.flatnonzero(~female & FEMALE_ONLY[fld])
    if len(men):
        w_men = w[men] * ~FEMALE_ONLY
        w_men = np.where(w_men.sum(axis=1, keepdims=True) > 0, w_men, prior[men] * ~FEMALE_ONLY)
        fld[men] = _sample_rows(redraw, w_men)

    # service years and rank: entry rank by education, one step per ~4 years
    step = np.where(rng.random(n) < 0.3, 5.0, 4.0)
    phase = rng.random(n) * step
    ea_mu, ea_sd = ENTRY_AGE[edu, 0], ENTRY_AGE[edu, 1]
    entry_age = np.clip(rng.normal(ea_mu, ea_sd), 18, 40)
    bup = st.row_bup[row]
    s_hi = np.maximum(bup - 1.2 - entry_age, 0.5)
    entry = ENTRY_RANK[edu]
    cap = np.where(
        st.row_pelaksana[row], np.minimum(RANK_CAP[edu], PELAKSANA_RANK_CAP), RANK_CAP[edu]
    )
    # a JF level's golongan range has an upper bound too (promotion beyond it needs the
    # next level): functional staff wait at their level's highest golongan
    cap = np.minimum(cap, jf_rank_bounds(st)[1][row])
    need = np.maximum(st.row_min_rank[row] - entry, 0)
    kind_min = np.select(
        [
            st.row_kind[row] == "JPT",
            st.row_level[row] == "Administrator",
            st.row_level[row] == "Pengawas",
        ],
        [16.0, 10.0, 6.0],
        0.0,
    )
    s_lo = np.maximum(need * step - phase + 0.01, kind_min)
    s_lo = np.minimum(s_lo, s_hi)
    s = s_lo + (s_hi - s_lo) * rng.beta(1.5, 1.4, n)
    s = np.where(has, s, rng.random(n))  # new hires: appointed within the last year
    rank = np.minimum(entry + np.floor((s + phase) / step).astype(np.int64), cap)
    rank = np.clip(np.maximum(rank, entry), 0, len(RANKS) - 1)

    # dates: TMT CPNS month, birth date consistent with entry age
    ref = np.datetime64(REFERENCE_DATE, "M")
    months = np.floor(s * 12).astype(np.int64) + 1
    tmt = ref - months.astype("timedelta64[M]")
    tmt_year = tmt.astype("datetime64[Y]").astype(np.int64) + 1970
    tmt_month = tmt.astype(np.int64) % 12 + 1
    birth = (
        tmt.astype("datetime64[D]")
        - np.round(entry_age * 365.25).astype("timedelta64[D]")
        - rng.integers(0, 28, n).astype("timedelta64[D]")
    )

    # competencies
    a_mu = np.array([-0.3, -0.2, -0.1, -0.05, -0.05, 0.0, 0.05, 0.05, 0.2, 0.3])[edu]
    ability = rng.normal(a_mu, 0.45)
    std = st.row_std[row]
    rel = RELATED[fld]
    noise = rng.normal(0, 0.55, (n, NK))
    d = np.clip(np.round(ability[:, None] + noise), -1, 2)
    tech_cols = np.arange(NK) >= NM
    d = np.where(tech_cols & ~rel & (std > 0), np.clip(d - 1, -2, 1), d)
    level = std + d
    base = 1.3 + 0.15 * rank + 0.15 * (edu >= EDU_INDEX["S1"]) + ability
    general = np.round(base[:, None] + noise)
    tech_free = np.where(
        rel, np.round(base[:, None] - 0.3 + noise), 1 + (rng.random((n, NK)) < 0.2)
    )
    free = np.where(tech_cols, tech_free, general)
    level = np.where(std > 0, level, free)
    # misfits: one competency of the standard 2-3 levels short
    misfit = has & (rng.random(n) < _COMP_MISFIT)
    cand = (std >= 3) & misfit[:, None]
    pick = np.argmax(np.where(cand, rng.random((n, NK)) + 1, 0), axis=1)
    ok = cand[np.arange(n), pick]
    short = std[np.arange(n), pick] - 2 - (rng.random(n) < 0.3)
    level[ok, pick[ok]] = short[ok]
    comp = np.clip(level, 1, 5).astype(np.int64)

    # monthly cost, thousands of rupiah: basic salary with seniority, allowances by grade
    grade = st.row_grade[row]
    cost = GAPOK[rank] * (1 + 0.02 * np.minimum(s, 32)) * 1.1 + 300 * np.maximum(grade, 4) ** 1.35
    return People(
        pos,
        row,
        edu,
        fld,
        female,
        rank,
        birth,
        tmt_year,
        tmt_month,
        s,
        comp,
        ability,
        np.round(cost).astype(np.int64),
    )


_P_LICENCE = {"staff": 0.5, "new": 0.9}
#: teachers' certificate comes from in-service PPG: rare outside teaching posts
_P_TEACHING_LICENCE = {"staff": 0.1, "new": 0.5}
_P_UJI = {"staff": 0.12, "new": 0.5}


def certifications(rng: np.random.Generator, st: Structure, emp: People) -> np.ndarray:
    """'; '-joined certificates per employee ('' for none).

    Everyone in a licensed JF family (health workers, teachers) whose field the family
    accepts holds its licence (STR …, Sertifikat Pendidik). Others hold, by chance
    (:data:`_P_LICENCE`), the licence of a licensed family their field and education
    fit (a nurse in an office post), and
    (:data:`_P_UJI`) an uji kompetensi of an unlicensed family they fit, other than
    their own; new hires (recruited into a formasi) hold them more often.
    """
    n = len(emp.pos)
    rows = st.rows
    row_fam = np.array(
        [r.title[: -len(r.level)].strip() if r.kind == "JF" else "" for r in rows] + [""],
        dtype=object,
    )
    present = np.unique(st.pos_row)  # template rows that exist in some unit
    fams = sorted({row_fam[r] for r in present if row_fam[r]})
    if not fams:
        return np.full(n, "", dtype=object)
    f_index = {f: i for i, f in enumerate(fams)}

    def licence(f: str) -> str:
        names = [k for k in LICENSED_FAMILIES if f == k or f.startswith(k + " ")]
        return LICENSED_FAMILIES[max(names, key=len)] if names else ""

    cert_lic = np.array([licence(f) for f in fams], dtype=object)
    licensed = cert_lic != ""
    # which fields and lowest education each family accepts (over its existing posts)
    accept = np.zeros((len(fams), NF), dtype=bool)
    min_edu = np.full(len(fams), 99, dtype=np.int64)
    for r in present:
        if row_fam[r]:
            i = f_index[row_fam[r]]
            accept[i] |= st.row_fmask[r]
            min_edu[i] = min(min_edu[i], EDU_ORD[st.row_min_edu[r]])
    own = np.array([f_index.get(f, -1) for f in row_fam], dtype=np.int64)[emp.row]
    fits = accept[:, emp.field].T & (min_edu[None, :] <= EDU_ORD[emp.edu][:, None])
    fits[np.arange(n), np.maximum(own, 0)] &= own < 0  # not one's own family
    new = emp.pos < 0
    u = rng.random((n, 2))
    # the own family's licence, when one's field is one the family accepts (the few in
    # a licensed post outside its fields are the mismatches a run should find)
    in_lic = (own >= 0) & licensed[np.maximum(own, 0)] & accept[np.maximum(own, 0), emp.field]
    out = np.where(in_lic, cert_lic[np.maximum(own, 0)], "")
    # a licence of a family one fits (own family's licence already held)
    w_lic = (fits & licensed[None, :]).astype(float)
    pick = _sample_rows(rng, np.where(w_lic.sum(axis=1, keepdims=True) > 0, w_lic, 1.0))
    teaching = np.array([c == LICENSED_FAMILIES.get("Guru") for c in cert_lic])[pick]
    p_lic = np.where(
        teaching,
        np.where(new, _P_TEACHING_LICENCE["new"], _P_TEACHING_LICENCE["staff"]),
        np.where(new, _P_LICENCE["new"], _P_LICENCE["staff"]),
    )
    take = (w_lic.sum(axis=1) > 0) & (u[:, 0] < p_lic) & (out == "")
    out = np.where(take, cert_lic[pick], out)
    # an uji kompetensi of an unlicensed family one fits
    w_uji = (fits & ~licensed[None, :]).astype(float)
    pick = _sample_rows(rng, np.where(w_uji.sum(axis=1, keepdims=True) > 0, w_uji, 1.0))
    p_uji = np.where(new, _P_UJI["new"], _P_UJI["staff"])
    take = (w_uji.sum(axis=1) > 0) & (u[:, 1] < p_uji)
    uji = np.where(take, np.char.add("Uji Kompetensi ", np.array(fams, dtype=str)[pick]), "")
    both = (out != "") & (uji != "")
    return np.where(both, out + "; " + uji, np.where(out != "", out, uji)).astype(object)


def _draw(rng: np.random.Generator, pool: np.ndarray, lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
    """One uniform pick from ``pool[lo:hi]`` per row (-1 where the slice is empty)."""
    if not len(pool):
        return np.full(len(lo), -1, dtype=np.int64)
    idx = np.minimum(lo + (rng.random(len(lo)) * (hi - lo)).astype(np.int64), len(pool) - 1)
    return np.where(hi > lo, pool[idx], -1)


def preferences(
    rng: np.random.Generator, st: Structure, emp: People, unit: np.ndarray
) -> np.ndarray:
    """'; '-joined ranked position ids for ~30 % of staff (mostly posts they could take)."""
    n, m = len(emp.pos), len(st.pos_row)
    n_regions = max(len(st.region_id), 1)
    if len(st.region_id):  # new hires wish for posts in a random region
        region = np.where(
            unit >= 0, st.unit_region[np.maximum(unit, 0)], rng.integers(0, n_regions, n)
        )
        pos_region = st.unit_region[st.pos_unit]
    else:
        region, pos_region = np.zeros(n, np.int64), np.zeros(m, np.int64)
    open_pos = st.headcount > 0

    # (region, field) -> open positions accepting that field, as CSR
    pi, fi = np.nonzero(st.row_fmask[st.pos_row] & open_pos[:, None])
    key = pos_region[pi] * NF + fi
    o = np.argsort(key, kind="stable")
    key, pi = key[o], pi[o]
    indptr = np.searchsorted(key, np.arange(n_regions * NF + 1))
    # every open position of each region, for the less plausible wishes
    o2 = np.argsort(pos_region, kind="stable")
    o2 = o2[open_pos[o2]]
    rptr = np.searchsorted(pos_region[o2], np.arange(n_regions + 1))

    who = np.flatnonzero(rng.random(n) < 0.3)
    count = 1 + (rng.random(len(who)) < 0.6) + (rng.random(len(who)) < 0.42)
    g = region[who] * NF + emp.field[who]
    reg = region[who]
    edu_o = EDU_ORD[emp.edu[who]]
    out = np.full((len(who), 3), -1, dtype=np.int64)
    for j in range(3):
        best = np.full(len(who), -1, dtype=np.int64)
        for _ in range(4):  # a few draws, keeping the first the person is eligible for
            cand = _draw(rng, pi, indptr[g], indptr[g + 1])
            r = st.pos_row[np.maximum(cand, 0)]
            ok = (
                (cand >= 0)
                & (EDU_ORD[st.row_min_edu[r]] <= edu_o)
                & (st.row_min_rank[r] <= emp.rank[who])
                & (best < 0)
            )
            best = np.where(ok, cand, best)
        wild = (best < 0) | (rng.random(len(who)) < 0.15)
        out[:, j] = np.where(wild, _draw(rng, o2, rptr[reg], rptr[reg + 1]), best)
    out[np.arange(3)[None, :] >= count[:, None]] = -1
    out[out == emp.pos[who][:, None]] = -1
    out[:, 1][out[:, 1] == out[:, 0]] = -1
    out[:, 2][(out[:, 2] == out[:, 0]) | (out[:, 2] == out[:, 1])] = -1
    # compact: valid entries first, order kept
    out = np.take_along_axis(out, np.argsort(out < 0, axis=1, kind="stable"), axis=1)
    ids = np.where(out >= 0, st.pos_id[np.maximum(out, 0)], "").astype(object)
    joined = ids[:, 0]
    for j in (1, 2):
        joined = np.where(ids[:, j] != "", joined + "; " + ids[:, j], joined)
    prefs = np.full(n, "", dtype=object)
    prefs[who] = joined
    return prefs.astype(str)


def attainable_min_fill(st: Structure, emp: People) -> np.ndarray:
    """Per position: its minimum fill (-1: none), at most the number of its holders who
    meet its own requirements as drawn (a field it accepts, or it lists none; its
    minimum education; its minimum golongan and a JF level's golongan range); none
    where no holder does. The generator puts a few mismatched holders in posts (the
    cases a run should find), and a minimum above those who could fill it made the
    scale suite's 100,000-person organisation infeasible under the rules: P07436,
    Dokter Ahli Madya, a minimum of 6 and 4 holders with the field and golongan."""
    held = np.flatnonzero(emp.pos >= 0)
    pos = emp.pos[held]
    r = st.pos_row[pos]
    rank = emp.rank[held]
    lo, hi = jf_rank_bounds(st)
    any_field = np.asarray(~st.row_fmask.any(axis=1), dtype=bool)
    ok = (
        (st.row_fmask[r, emp.field[held]] | any_field[r])
        & (EDU_ORD[st.row_min_edu[r]] <= EDU_ORD[emp.edu[held]])
        & (st.row_min_rank[r] <= rank)
        & (lo[r] <= rank)
        & (rank <= hi[r])
    )
    fit = np.bincount(pos[ok], minlength=len(st.pos_id))
    capped = np.minimum(st.min_fill, fit)
    return np.where((st.min_fill >= 0) & (capped > 0), capped, -1)


def jf_rank_bounds(st: Structure) -> tuple[np.ndarray, np.ndarray]:
    """Per template row (and the "no post" row): the lowest and highest golongan
    (indices of ``RANKS``) of a JF level's range, -1 and 99 for a row without one."""
    ranges = [
        JF_RANK_RANGES[lv] if k == "JF" and lv in JF_RANK_RANGES else None
        for k, lv in zip(st.row_kind, st.row_level, strict=True)
    ]
    lo = [RANK_INDEX[b[0]] if b else -1 for b in ranges]
    hi = [RANK_INDEX[b[1]] if b else 99 for b in ranges]
    return np.array(lo, dtype=np.int64), np.array(hi, dtype=np.int64)
