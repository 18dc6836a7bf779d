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
    # posts matched by id (unique: validated) as row numbers, compared column by column
    ka, kb, only_a, only_b = _matched(pa["id"], pb["id"])
    unit_a, unit_b = pa["unit"].to_numpy(dtype=object), pb["unit"].to_numpy(dtype=object)
    out |= set(unit_a[only_a]) | set(unit_b[only_b])
    changed = _differ(pa, pb, cols, ka, kb)
    out |= set(unit_a[ka[changed]]) | set(unit_b[kb[changed]])
    ua, ub = a.org.units, b.org.units
    ka, kb, only_a, only_b = _matched(ua["id"], ub["id"])
    ids_a, ids_b = ua["id"].to_numpy(dtype=object), ub["id"].to_numpy(dtype=object)
    out |= set(ids_a[only_a]) | set(ids_b[only_b])
    ucols = [
        c
        for c in ("parent", "max_headcount", "min_headcount", "budget")
        if c in ua.columns and c in ub.columns
    ]
    out |= set(ids_a[ka[_differ(ua, ub, ucols, ka, kb)]])
    out |= _pin_units(a, b) | _pin_units(b, a)
    return {u for u in out if u}


def _matched(a: pd.Series, b: pd.Series) -> tuple[np.ndarray, ...]:
    """Rows of two id columns (ids unique in each): the rows of ``a`` and of ``b``
    holding the same id (pairwise, in ``a``'s order), then the rows of ids only in
    ``a`` and only in ``b``."""
    in_b = pd.Index(b).get_indexer(a)
    in_a = pd.Index(a).get_indexer(b)
    ka = np.flatnonzero(in_b >= 0)
    return ka, in_b[ka], np.flatnonzero(in_b < 0), np.flatnonzero(in_a < 0)


def _differ(
    x: pd.DataFrame, y: pd.DataFrame, columns: list[str], rx: np.ndarray, ry: np.ndarray
) -> np.ndarray:
    """Per pair of rows ``rx`` of ``x`` and ``ry`` of ``y``: does any cell of
    ``columns`` differ, compared as text (blank / NaN as "")? Columns of the same
    numeric or text type are compared as they are (the same answer, without turning
    each cell into text)."""
    out = np.zeros(len(rx), dtype=bool)
    for c in columns if len(rx) else ():
        a, b = x[c], y[c]
        if a.dtype == b.dtype and a.dtype.kind in "biuf":
            va, vb = a.to_numpy()[rx], b.to_numpy()[ry]
            same = va == vb
            if a.dtype.kind == "f":
                same |= np.isnan(va) & np.isnan(vb)
        else:
            if a.dtype == b.dtype and a.dtype != object and pd.api.types.is_string_dtype(a.dtype):
                a, b = a.fillna(""), b.fillna("")
            else:
                a, b = _text(a), _text(b)
            same = a.to_numpy(dtype=object)[rx] == b.to_numpy(dtype=object)[ry]
        out |= ~same
    return out


def _text(s: pd.Series) -> pd.Series:
    """Cells as comparable text (blank / NaN as "")."""
    return s.astype(object).where(s.notna(), "").astype(str)


def _pin_units(a: Plan, b: Plan) -> set[str]:
    """Units of pins and bans in plan ``a`` that plan ``b`` lacks."""
    pins = {e: q for e, q in a.pins.items() if b.pins.get(e) != q}
    bans = a.bans - b.bans
    if not pins and not bans:
        return set()
    # the current post and unit of the people concerned only (a plain lookup of each)
    emp = a.org.employees
    who = list(dict.fromkeys([*pins, *(e for e, _ in bans)]))
    rows = pd.Index(emp["id"]).get_indexer(who)
    if (rows < 0).any():
        raise KeyError(who[int(np.flatnonzero(rows < 0)[0])])
    cur_pos = dict(zip(who, emp["current_position"].to_numpy(dtype=object)[rows], strict=True))
    cur_unit = dict(zip(who, emp["current_unit"].to_numpy(dtype=object)[rows], strict=True))
    pos = a.org.positions
    pos_unit = dict(zip(pos["id"].tolist(), pos["unit"].tolist(), strict=True))
    out: set[str] = set()
    for e, q in pins.items():
        if cur_pos[e] == q:
            continue
        out |= {pos_unit.get(q, ""), str(cur_unit[e])}
    for e, q in bans:
        out |= {pos_unit.get(q, ""), str(cur_unit[e])}
    return out


def joined_posts(results) -> dict[str, str]:
    """Posts ``merge_positions`` joined in any of ``results``, by id: one id for all the
    posts joined together (the least), the posts joined and the ones they joined alike.
    A holder of P0341 in one scenario and of P0270, which P0341 joins in another, holds
    the same seat, and two scenarios joining the pair in opposite directions read alike
    (review 153 H2: P0270 into P0341 in one and P0341 into P0270 in the other swapped the
    ids). Read per pair of scenarios: a scenario that joins nothing leaves two others
    that join nothing apart (a move from P0341 to P0270 stays one)."""
    parent: dict[str, str] = {}

    def root(q: str) -> str:
        while parent.get(q, q) != q:
            q = parent[q]
        return q

    for r in results:
        plan = getattr(getattr(r, "compiled", None), "plan", None)
        for q, (into, _) in getattr(plan, "merged", {}).items():
            a, b = root(q), root(into)
            if a != b:
                parent[max(a, b)] = min(a, b)
    return {q: root(q) for q in parent if root(q) != q}


def same_posts(positions, joined: dict[str, str]) -> np.ndarray:
    """``positions`` (post ids) with each post of ``joined`` read as the one it joined."""
    values = pd.Series(np.asarray(positions, dtype=object))
    return (values.replace(joined) if joined else values).to_numpy(dtype=object)


def placed_apart(a: Result, b: Result, pa, pb) -> np.ndarray:
    """bool per person: post ids ``pa`` (in scenario ``a``) and ``pb`` (in ``b``, the
    same people) are different seats, a post ``merge_positions`` joined in either of
    the two read as the one it joined (:func:`joined_posts` of the pair: review 153
    H2)."""
    joined = joined_posts((a, b))
    return same_posts(pa, joined) != same_posts(pb, joined)


def classify_differences(base: Result, other: Result, touched: set[str]) -> pd.Series:
    """For each employee of ``base`` placed differently in ``other`` (two Results),
    ``"touched unit"`` or ``"knock-on"``; "" where the placement is the same. With no
    unit touched (the two differ in their rules, objective or pins to own posts only),
    ``"rules"``: no difference is then a knock-on of a change elsewhere (review 100
    M8)."""
    pb, po = base.placements, other.placements
    rb, ro, _, _ = _matched(pb["employee_id"], po["employee_id"])  # rows of the same ids
    ids = pd.Index(pb["employee_id"].take(rb))
    diff = placed_apart(base, other, pb["position"].take(rb), po["position"].take(ro))
    near = (
        pb["unit"].take(rb).isin(touched).to_numpy()
        | po["unit"].take(ro).isin(touched).to_numpy()
        | pb["current_unit"].take(rb).isin(touched).to_numpy()
    )
    other_kind = "knock-on" if touched else "rules"
    out = np.where(~diff, "", np.where(near, "touched unit", other_kind))
    return pd.Series(out, index=ids, dtype=object)
