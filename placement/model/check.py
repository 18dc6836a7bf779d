"""Independent check of an assignment against every hard rule of a Problem.

This module does not trust any solver: it recomputes loads, fills, budgets, moves
and the objective from the Problem's arrays alone.
"""

from __future__ import annotations

import numpy as np

from placement.model.problem import NO_LIMIT, Problem


def violations(problem: Problem, assignment: np.ndarray) -> list[str]:
    """Every hard rule the assignment breaks (empty list: valid)."""
    p = problem
    a = np.asarray(assignment)
    out: list[str] = []
    if a.shape != (p.n_employees,):
        return [f"assignment has shape {a.shape}, expected ({p.n_employees},)"]
    if ((a < -1) | (a >= p.n_positions)).any():
        return ["assignment holds position indices out of range"]
    placed = a >= 0
    e = p.edge_index(a)
    bad = placed & (e < 0)
    if bad.any():
        out.append(
            f"{int(bad.sum())} employee(s) placed on a pair that is not eligible "
            f"(first: {p.label('employee', int(np.flatnonzero(bad)[0]))})"
        )
    miss = p.must_place & ~placed
    if miss.any():
        out.append(f"{int(miss.sum())} employee(s) who must be placed are unplaced")
    pin = (p.pinned >= 0) & (a != p.pinned)
    if pin.any():
        out.append(f"{int(pin.sum())} pinned employee(s) not in their pinned position")
    fill = np.bincount(a[placed], minlength=p.n_positions)
    over = fill > p.capacity
    if over.any():
        out.append(f"{int(over.sum())} position(s) over headcount")
    under = fill < np.minimum(p.min_fill, p.capacity)
    if under.any() and not p.min_fill_penalty:
        out.append(f"{int(under.sum())} position(s) below their minimum fill")
    ufill = np.bincount(p.position_unit[a[placed]], minlength=p.n_units)
    ucap = (p.unit_cap != NO_LIMIT) & (ufill > p.unit_cap)
    if ucap.any():
        out.append(f"{int(ucap.sum())} unit(s) over their headcount cap")
    umin = ufill < p.unit_min
    if umin.any() and not p.min_fill_penalty:
        out.append(f"{int(umin.sum())} unit(s) below their minimum headcount")
    if len(p.budget_limit) and not p.budget_penalty:
        ok_e = e[placed & (e >= 0)]
        b = p.budget_of_position[p.edge_pos[ok_e]]
        has = b >= 0
        load = np.bincount(
            b[has], weights=p.edge_weight[ok_e][has].astype(float), minlength=len(p.budget_limit)
        )
        overb = load > p.budget_limit
        if overb.any():
            out.append(
                f"{int(overb.sum())} budget(s) exceeded "
                f"(first: {p.budget_names[int(np.flatnonzero(overb)[0])]})"
            )
    moved = (p.current_pos >= 0) & (a != p.current_pos)
    if p.move_penalty:
        return out
    if p.max_moves != NO_LIMIT and moved.sum() > p.max_moves:
        out.append(f"{int(moved.sum())} moves exceed max_moves {p.max_moves}")
    if (p.unit_max_moves != NO_LIMIT).any():
        cu = p.current_unit[moved & (p.current_unit >= 0)]
        per = np.bincount(cu, minlength=p.n_units)
        over_u = (p.unit_max_moves != NO_LIMIT) & (per > p.unit_max_moves)
        if over_u.any():
            out.append(f"{int(over_u.sum())} unit(s) exceed max_moves_per_unit")
    return out


def recompute_cost(problem: Problem, assignment: np.ndarray) -> int:
    """The integer objective recomputed from the edge and unplaced costs."""
    return problem.cost_of(assignment)
