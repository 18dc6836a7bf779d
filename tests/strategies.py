"""Hypothesis strategies: consistent random problems and organisations."""

from __future__ import annotations

import numpy as np
import pandas as pd
from hypothesis import strategies as st

from placement.model.levels import EDUCATION, RANKS
from placement.model.problem import NO_LIMIT, from_dense


@st.composite
def problems(draw, side_constraints: bool = False, max_n: int = 7, max_m: int = 4):
    """Small random Problems: eligibility, costs, headcounts, unit caps/mins, min fills,
    pins, must-place, and optionally budgets and move caps."""
    n = draw(st.integers(1, max_n))
    m = draw(st.integers(1, max_m))
    seed = draw(st.integers(0, 2**31 - 1))
    rng = np.random.default_rng(seed)
    elig = rng.random((n, m)) < draw(st.floats(0.3, 1.0))
    cost = rng.integers(-50, 50, size=(n, m))
    cap = rng.integers(0, 3, size=m)
    k = int(rng.integers(1, m + 1))
    unit = rng.integers(0, k, size=m)
    unplaced = rng.integers(0, 60, size=n)
    kw: dict = {"position_unit": unit, "n_units": k}
    if draw(st.booleans()):
        kw["min_fill"] = np.minimum(rng.integers(0, 2, size=m), cap)
    if draw(st.booleans()):
        kw["unit_cap"] = np.where(rng.random(k) < 0.5, rng.integers(0, 4, size=k), NO_LIMIT)
    if draw(st.booleans()):
        kw["unit_min"] = rng.integers(0, 2, size=k)
    if draw(st.booleans()):
        kw["must_place"] = rng.random(n) < 0.3
    cur = np.where(rng.random(n) < 0.6, rng.integers(0, m, size=n), -1)
    kw["current_pos"] = cur
    kw["current_unit"] = np.where(cur >= 0, unit[np.maximum(cur, 0)], -1)
    elig[np.flatnonzero(cur >= 0), cur[cur >= 0]] = True
    if draw(st.booleans()):
        pins = np.where(rng.random(n) < 0.2, cur, -1)
        kw["pinned"] = pins
    if side_constraints:
        if draw(st.booleans()):
            nb = int(rng.integers(1, k + 1))
            bid = np.where(rng.random(k) < 0.7, rng.integers(0, nb, size=k), -1)
            kw["budget_of_position"] = bid[unit]
            kw["budget_limit"] = rng.integers(0, 12, size=nb)
            kw["edge_weight"] = np.broadcast_to(rng.integers(1, 5, size=(n, 1)), (n, m))
        if draw(st.booleans()):
            kw["max_moves"] = int(rng.integers(0, n + 1))
        if draw(st.booleans()):
            kw["unit_max_moves"] = np.where(
                rng.random(k) < 0.6, rng.integers(0, 3, size=k), NO_LIMIT
            )
    return from_dense(cost, cap, eligible=elig, unplaced_cost=unplaced, **kw)


FIELDS = ["Ekonomi", "Akuntansi", "Hukum", "Keperawatan", "Umum"]
COMPS = ["Integritas", "Kerja Sama", "Pengelolaan Keuangan"]


@st.composite
def organisations(draw, max_employees: int = 12, max_positions: int = 6):
    """(employees, positions, units) DataFrames in the documented layout."""
    n = draw(st.integers(1, max_employees))
    m = draw(st.integers(1, max_positions))
    seed = draw(st.integers(0, 2**31 - 1))
    rng = np.random.default_rng(seed)
    k = int(rng.integers(1, 4))
    units = pd.DataFrame(
        {
            "id": [f"U{u}" for u in range(k)],
            "name": [f"Unit {u}" for u in range(k)],
            "parent": ["U0" if u and rng.random() < 0.5 else "" for u in range(k)],
            "max_headcount": [
                str(int(rng.integers(1, 6))) if rng.random() < 0.3 else "" for _ in range(k)
            ],
        }
    )
    pos_unit = rng.integers(0, k, size=m)
    positions = pd.DataFrame(
        {
            "id": [f"P{p}" for p in range(m)],
            "title": [f"Jabatan {p}" for p in range(m)],
            "unit": [f"U{u}" for u in pos_unit],
            "kind": rng.choice(["JA", "JF", "JPT"], size=m),
            "headcount": rng.integers(0, 4, size=m).astype(str),
            "min_education": rng.choice(["", "SMA", "D3", "S1"], size=m),
            "min_rank": rng.choice(["", "II/a", "III/a"], size=m),
            "fields": rng.choice(["", "Ekonomi; Akuntansi", "Hukum", "Keperawatan"], size=m),
            "priority": rng.choice(["1", "2"], size=m),
        }
    )
    for c in COMPS:
        positions[f"comp:{c}"] = np.where(
            rng.random(m) < 0.7, rng.integers(1, 6, size=m).astype(str), ""
        )
    cur = rng.integers(-1, m, size=n)
    employees = pd.DataFrame(
        {
            "id": [f"E{i:03d}" for i in range(n)],
            "name": [f"Pegawai {i}" for i in range(n)],
            "rank": rng.choice(RANKS, size=n),
            "education": rng.choice(EDUCATION, size=n),
            "field": rng.choice(FIELDS, size=n),
            "current_position": [f"P{c}" if c >= 0 else "" for c in cur],
            "monthly_cost": rng.integers(3000, 9000, size=n).astype(str),
        }
    )
    for c in COMPS:
        employees[f"comp:{c}"] = rng.integers(1, 6, size=n).astype(str)
    return employees, positions, units
