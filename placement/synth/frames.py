"""The three tables (units, positions, employees) of a generated organisation, in the
documented input format."""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np
import pandas as pd
from numpy.typing import DTypeLike

from placement.synth.people import People, preferences
from placement.synth.structure import Structure
from placement.synth.templates import Row
from placement.synth.vocabulary import (
    COMP_COLUMNS,
    EDU_INDEX,
    EDUCATION_LEVELS,
    FAMILY_A,
    FAMILY_B,
    FAMILY_C,
    FIELD_INDEX,
    FIELDS,
    GELAR_D3,
    GELAR_S1,
    GELAR_S2,
    GIVEN_HEAD,
    GIVEN_TAIL_F,
    GIVEN_TAIL_M,
    PERFORMANCE_LEVELS,
    PREFIX_F,
    PREFIX_M,
    RANKS,
)


def opt_str(values: np.ndarray, present: np.ndarray) -> pd.Series:
    s = pd.Series(np.asarray(values).astype(str), dtype="str")
    return s.where(pd.Series(present), None)


def opt_int(values: np.ndarray, present: np.ndarray) -> pd.arrays.IntegerArray:
    return pd.arrays.IntegerArray(np.asarray(values, dtype=np.int64), ~np.asarray(present))


def units_frame(rng: np.random.Generator, st: Structure, emp: People) -> pd.DataFrame:
    n_u = len(st.unit_id)
    hc_u = np.bincount(st.pos_unit, weights=st.headcount, minlength=n_u).astype(np.int64)
    unit_of = np.where(emp.pos >= 0, st.pos_unit[np.maximum(emp.pos, 0)], -1)
    has = unit_of >= 0
    cost_u = np.bincount(unit_of[has], weights=emp.cost[has], minlength=n_u)
    u = rng.random((3, n_u))
    max_hc = np.ceil(hc_u * (0.97 + 0.08 * u[0])).astype(np.int64)
    has_max = u[1] < 0.6
    min_hc = np.floor(hc_u * 0.75).astype(np.int64)
    has_min = (u[1] > 0.55) & (u[2] < 0.7)
    budget = (np.round(cost_u * (1.03 + 0.09 * u[2]) / 1000) * 1000).astype(np.int64)
    has_budget = (u[0] < 0.8) & (cost_u > 0)
    n_r = len(st.region_id)
    frame = pd.DataFrame(
        {
            "id": pd.Series(np.concatenate([st.region_id, st.unit_id]).astype(str), dtype="str"),
            "name": pd.Series(
                np.concatenate([st.region_name, st.unit_name]).astype(str), dtype="str"
            ),
            "type": pd.Series(
                np.concatenate([np.full(n_r, "region"), st.unit_type]).astype(str), dtype="str"
            ),
            "parent": opt_str(
                np.concatenate([np.full(n_r, ""), st.unit_parent.astype(str)]),
                np.concatenate([np.zeros(n_r, bool), st.unit_parent != ""]),
            ),
            "max_headcount": opt_int(
                np.concatenate([np.zeros(n_r), max_hc]),
                np.concatenate([np.zeros(n_r, bool), has_max]),
            ),
            "min_headcount": opt_int(
                np.concatenate([np.zeros(n_r), min_hc]),
                np.concatenate([np.zeros(n_r, bool), has_min]),
            ),
            "budget": opt_int(
                np.concatenate([np.zeros(n_r), budget]),
                np.concatenate([np.zeros(n_r, bool), has_budget]),
            ),
        }
    )
    return frame


def positions_frame(st: Structure) -> pd.DataFrame:
    rows = st.rows
    r = st.pos_row

    def col(f: Callable[[Row], object], dtype: DTypeLike | None = None) -> np.ndarray:
        return np.array([f(x) for x in rows], dtype=dtype)[r]

    fields = col(lambda x: "; ".join(x.fields), object)
    min_rank = col(lambda x: x.min_rank or "", object)
    std = st.row_std[r]
    frame = pd.DataFrame(
        {
            "id": pd.Series(st.pos_id, dtype="str"),
            "title": pd.Series(col(lambda x: x.title, object), dtype="str"),
            "unit": pd.Series(st.unit_id[st.pos_unit], dtype="str"),
            "kind": pd.Series(col(lambda x: x.kind, object), dtype="str"),
            "level": pd.Series(col(lambda x: x.level, object), dtype="str"),
            "grade": col(lambda x: x.grade, np.int64),
            "headcount": st.headcount.astype(np.int64),
            "min_fill": opt_int(np.maximum(st.min_fill, 0), st.min_fill >= 0),
            "min_education": pd.Series(col(lambda x: x.min_edu, object), dtype="str"),
            "fields": opt_str(fields, fields != ""),
            "min_rank": opt_str(min_rank, min_rank != ""),
            "priority": col(lambda x: x.priority, np.float64),
            "key": col(lambda x: x.key, bool),
        }
    )
    for j, c in enumerate(COMP_COLUMNS):
        frame[c] = opt_int(std[:, j], std[:, j] > 0)
    return frame


def employees_frame(rng: np.random.Generator, st: Structure, emp: People) -> pd.DataFrame:
    n = len(emp.pos)
    has = emp.pos >= 0

    # NIP: birth date, TMT year+month, gender, serial unique within the 15-digit prefix
    bd = emp.birth.astype("datetime64[D]")
    by = bd.astype("datetime64[Y]").astype(np.int64) + 1970
    bm = bd.astype("datetime64[M]").astype(np.int64) % 12 + 1
    bday = (bd - bd.astype("datetime64[M]").astype("datetime64[D]")).astype(np.int64) + 1
    prefix = (
        (by * 10000 + bm * 100 + bday) * 1_000_000 + emp.tmt_year * 100 + emp.tmt_month
    ) * 10 + np.where(emp.female, 2, 1)
    order = np.argsort(prefix, kind="stable")
    sp = prefix[order]
    start = np.r_[True, sp[1:] != sp[:-1]]
    gid = np.cumsum(start) - 1
    first = np.flatnonzero(start)
    occ = np.arange(n) - first[gid]
    size = np.bincount(gid)
    offset = rng.integers(0, np.maximum(999 - size + 1, 1))  # per group
    serial = np.empty(n, dtype=np.int64)
    serial[order] = 1 + offset[gid] + occ
    nip = (prefix * 1000 + serial).astype(str)

    # names: composed syllables, gender-specific, academic titles by education and field
    given_m = np.array([a + b for a in GIVEN_HEAD for b in GIVEN_TAIL_M])
    given_f = np.array([a + b for a in GIVEN_HEAD for b in GIVEN_TAIL_F])
    family = np.array(
        [(a + b + c).capitalize() for a in FAMILY_A for b in FAMILY_B for c in FAMILY_C]
    )
    g1 = np.where(
        emp.female,
        given_f[rng.integers(0, len(given_f), n)],
        given_m[rng.integers(0, len(given_m), n)],
    )
    g2 = np.where(
        emp.female,
        given_f[rng.integers(0, len(given_f), n)],
        given_m[rng.integers(0, len(given_m), n)],
    )
    pre = np.where(
        emp.female,
        np.array(PREFIX_F)[rng.integers(0, 3, n)],
        np.array(PREFIX_M)[rng.integers(0, 3, n)],
    )
    pre = np.where(rng.random(n) < 0.25, pre, "")
    fam = family[rng.integers(0, len(family), n)]
    middle = np.where(rng.random(n) < 0.35, np.char.add(g2, " "), "")
    name = (
        pd.Series(pre, dtype="str")
        + pd.Series(g1, dtype="str")
        + " "
        + pd.Series(middle, dtype="str")
        + pd.Series(fam, dtype="str")
    )
    fields = np.array(FIELDS)
    s1 = np.array([GELAR_S1.get(f, "") for f in FIELDS])
    d3 = np.array([GELAR_D3.get(f, "A.Md.") for f in FIELDS])
    s2 = np.array([GELAR_S2.get(f, "M.Si.") for f in FIELDS])
    e = emp.edu
    is_s1 = (e == EDU_INDEX["S1"]) | (e == EDU_INDEX["D4"])
    is_s2 = e >= EDU_INDEX["S2"]
    titled = rng.random(n) < 0.85
    gel = np.where(is_s1 | is_s2, s1[emp.field], np.where(e == EDU_INDEX["D3"], d3[emp.field], ""))
    gel = np.where(is_s2, np.char.add(np.char.add(gel, ", "), s2[emp.field]), gel)
    gel = np.where(e == EDU_INDEX["S3"], np.char.add(gel, ", Dr."), gel)
    doctor = titled & (emp.field == FIELD_INDEX["Kedokteran"]) & (is_s1 | is_s2)
    gel = np.where(doctor, np.where(is_s2, s2[emp.field], ""), gel)
    gel = np.where(titled & (gel != ""), np.char.add(", ", gel), "")
    name = pd.Series(np.where(doctor, "dr. ", ""), dtype="str") + name + pd.Series(gel, dtype="str")

    # performance, correlated with ability
    score = 0.8 * emp.ability + rng.normal(0, 1, n)
    sd = math.sqrt(0.64 * 0.45**2 + 1)
    cuts = np.array([-2.326, -1.645, -1.036, 1.036]) * sd
    perf = np.array(PERFORMANCE_LEVELS[::-1])[np.searchsorted(cuts, score)]

    unit = np.where(has, st.pos_unit[np.maximum(emp.pos, 0)], -1)
    prefs = preferences(rng, st, emp, unit)

    frame = pd.DataFrame(
        {
            "id": pd.Series(nip, dtype="str"),
            "name": name,
            "gender": pd.Series(np.where(emp.female, "P", "L"), dtype="str"),
            "birth_date": pd.Series(np.datetime_as_string(bd, unit="D"), dtype="str"),
            "rank": pd.Series(np.array(RANKS)[emp.rank], dtype="str"),
            "education": pd.Series(np.array(EDUCATION_LEVELS)[emp.edu], dtype="str"),
            "field": pd.Series(fields[emp.field], dtype="str"),
            "current_unit": opt_str(np.where(has, st.unit_id[np.maximum(unit, 0)], ""), has),
            "current_position": opt_str(np.where(has, st.pos_id[np.maximum(emp.pos, 0)], ""), has),
            "performance": pd.Series(perf, dtype="str"),
            "preferences": opt_str(prefs, prefs != ""),
            "monthly_cost": emp.cost,
        }
    )
    for j, c in enumerate(COMP_COLUMNS):
        frame[c] = emp.comp[:, j]
    return frame


#: Chances of holding certificates (career rules, placement.domain.career): a licence of
#: a licensed family the person's field and education fit (nurses, midwives, teachers in
#: other posts), and one uji kompetensi of another (unlicensed) JF family they fit.
