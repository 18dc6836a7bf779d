"""What a scenario changed in the organisation, relative to another scenario.

Used by comparisons to tell the differences a scenario causes directly (people placed
differently in the units its operations touched) from knock-on moves elsewhere. The
touched units are found by comparing the two restructured organisations, not by
reading the operations, so every operation (and any plug-in) is covered.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

if TYPE_CHECKING:
    from placement.model.operations import Plan
    from placement.model.result import Result

#: position columns whose change alters what a post needs or offers
_POSITION_KEYS = (
    "unit",
    "headcount",
    "min_fill",
    "min_edu_level",
    "min_rank_level",
    "fields",
    "kind",
    "level",
    "grade",
    "priority",
    "key",
)


def touched_units(a: Plan, b: Plan) -> set[str]:
    """Units whose posts, unit settings, pins or bans differ between plans ``a`` and
    ``b`` (:class:`~placement.model.operations.Plan`): a post added, closed, moved or
    changed marks its unit(s) in either plan; a unit added, removed or with other caps
    marks itself; a pin (other than to one's own post) or a ban marks the units of the
    person's current and pinned posts."""
    out: set[str] = set()
    pa, pb = a.org.positions, b.org.positions
    comp = [c for c in pa.columns if c.startswith("comp:") and c in pb.columns]
    cols = [c for c in (*_POSITION_KEYS, *comp) if c in pa.columns and c in pb.columns]
    ia, ib = pa.set_index("id"), pb.set_index("id")
    only_a = ia.index.difference(ib.index)
    only_b = ib.index.difference(ia.index)
    out |= set(ia.loc[only_a, "unit"]) | set(ib.loc[only_b, "unit"])
    both = ia.index.intersection(ib.index)
    if len(both):
        changed = both[_differ(ia.loc[both, cols], ib.loc[both, cols])]
        out |= set(ia.loc[changed, "unit"]) | set(ib.loc[changed, "unit"])
    ua, ub = a.org.units.set_index("id"), b.org.units.set_index("id")
    out |= set(ua.index.symmetric_difference(ub.index))
    ucols = [
        c
        for c in ("parent", "max_headcount", "min_headcount", "budget")
        if c in ua.columns and c in ub.columns
    ]
    common = ua.index.intersection(ub.index)
    if len(common) and ucols:
        out |= set(common[_differ(ua.loc[common, ucols], ub.loc[common, ucols])])
    out |= _pin_units(a, b) | _pin_units(b, a)
    return {u for u in out if u}


def _differ(x: pd.DataFrame, y: pd.DataFrame) -> np.ndarray:
    """Per row of two frames with the same index and columns: does any cell differ,
    compared as text (blank / NaN as "")? Columns of the same numeric or text type are
    compared as they are (the same answer, without turning each cell into text)."""
    out = np.zeros(len(x), dtype=bool)
    for c in x.columns:
        a, b = x[c], y[c]
        if a.dtype == b.dtype and a.dtype.kind in "biuf":
            va, vb = a.to_numpy(), b.to_numpy()
            same = va == vb
            if a.dtype.kind == "f":
                same |= np.isnan(va) & np.isnan(vb)
        elif a.dtype == b.dtype and a.dtype != object and pd.api.types.is_string_dtype(a.dtype):
            same = (a.fillna("") == b.fillna("")).to_numpy(dtype=bool)
        else:
            same = (_text(a) == _text(b)).to_numpy(dtype=bool)
        out |= ~same
    return out


def _text(s: pd.Series) -> pd.Series:
    """Cells as comparable text (blank / NaN as "")."""
    return s.astype(object).where(s.notna(), "").astype(str)


def _pin_units(a: Plan, b: Plan) -> set[str]:
    """Units of pins and bans in plan ``a`` that plan ``b`` lacks."""
    emp = a.org.employees
    ids = emp["id"].tolist()  # plain lists: zipping Arrow-backed columns is per-cell slow
    cur_pos = dict(zip(ids, emp["current_position"].tolist(), strict=True))
    cur_unit = dict(zip(ids, emp["current_unit"].tolist(), strict=True))
    pos = a.org.positions
    pos_unit = dict(zip(pos["id"].tolist(), pos["unit"].tolist(), strict=True))
    out: set[str] = set()
    for e, q in a.pins.items():
        if b.pins.get(e) == q or cur_pos[e] == q:
            continue
        out |= {pos_unit.get(q, ""), str(cur_unit[e])}
    for e, q in a.bans - b.bans:
        out |= {pos_unit.get(q, ""), str(cur_unit[e])}
    return out


def classify_differences(base: Result, other: Result, touched: set[str]) -> pd.Series:
    """For each employee of ``base`` placed differently in ``other`` (two Results),
    ``"touched unit"`` or ``"knock-on"``; "" where the placement is the same."""
    pb = base.placements.set_index("employee_id")
    po = other.placements.set_index("employee_id")
    ids = pb.index.intersection(po.index)
    pos_b, pos_o = pb.loc[ids, "position"], po.loc[ids, "position"]
    unit_b, unit_o = pb.loc[ids, "unit"], po.loc[ids, "unit"]
    cur = pb.loc[ids, "current_unit"]
    diff = (pos_b != pos_o).to_numpy()
    near = (unit_b.isin(touched) | unit_o.isin(touched) | cur.isin(touched)).to_numpy()
    out = np.where(~diff, "", np.where(near, "touched unit", "knock-on"))
    return pd.Series(out, index=ids, dtype=object)
