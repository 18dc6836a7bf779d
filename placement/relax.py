"""Relaxation: turn the hard rules that conflict into penalised soft ones.

Each relaxed rule costs, per seat short / unit over / move too many / pin broken, more
than any possible gain elsewhere in the objective, so the relaxed optimum breaks the
rules as little as possible first and optimises the rest second.
"""

from __future__ import annotations

import copy

import numpy as np

from placement.model.arrays import option_spread
from placement.model.problem import Problem

RELAXABLE = ("min_fill", "unit_min", "budget", "move_cap", "pins", "unit_cap", "must_place")


def penalty(problem: Problem) -> int:
    """More than the spread of the whole objective over all placements."""
    p = problem
    no_must = np.zeros(p.n_employees, dtype=bool)
    return option_spread(p.edge_cost, p.unplaced_cost, p.indptr, no_must) + 1


def relax_problem(problem: Problem, kinds: set[str]) -> tuple[Problem, list[str]]:
    """A copy of ``problem`` with the rule kinds in ``kinds`` made soft; the names of
    what was relaxed."""
    p = copy.copy(problem)
    big = penalty(problem)
    done = []
    if kinds & {"min_fill", "unit_min"}:
        p.min_fill_penalty = big
        done.append("minimum fills and unit minimums")
    if "budget" in kinds:
        p.budget_penalty = big
        done.append("budgets")
    if "move_cap" in kinds:
        p.move_penalty = big
        done.append("move caps")
    if kinds & {"pins", "unit_cap", "must_place"}:
        # pins become strong preferences: every other option costs `big` more
        pinned = np.flatnonzero(p.pinned >= 0)
        p.edge_cost = p.edge_cost.copy()
        p.unplaced_cost = p.unplaced_cost.copy()
        off_pin = (p.pinned[p.edge_emp] >= 0) & (p.edge_pos != p.pinned[p.edge_emp])
        p.edge_cost[off_pin] += big
        p.unplaced_cost[pinned] += big
        must = p.must_place.copy()
        p.unplaced_cost[must & (p.pinned < 0)] += big  # must-place: "place if at all possible"
        must[:] = False
        p.must_place = must
        p.pinned = np.full(p.n_employees, -1, dtype=np.int32)
        done.append("pins and must-place")
    return p, done


def describe(original: Problem, assignment: np.ndarray) -> list[str]:
    """One line per rule of ``original`` that ``assignment`` breaks, with the amount."""
    p = original
    a = np.asarray(assignment)
    s = p.shortfalls(a)
    out = []
    for q in np.flatnonzero(s["min_fill"]):
        out.append(f"minimum fill of {p.label('position', q)} ({int(p.min_fill[q])}): "
                   f"{int(s['min_fill'][q])} seat(s) short")
    for u in np.flatnonzero(s["unit_min"]):
        out.append(f"minimum headcount of unit {p.label('unit', u)} ({int(p.unit_min[u])}): "
                   f"{int(s['unit_min'][u])} short")
    for b in np.flatnonzero(s["budget"]):
        out.append(f"{p.budget_names[b]} ({int(p.budget_limit[b]):,}): "
                   f"{int(s['budget'][b]):,} over")
    if s["max_moves"].sum():
        out.append(f"max_moves ({p.max_moves}): {int(s['max_moves'][0])} move(s) over")
    for u in np.flatnonzero(s["unit_moves"]):
        out.append(f"max_moves_per_unit of {p.label('unit', u)} ({int(p.unit_max_moves[u])}): "
                   f"{int(s['unit_moves'][u])} move(s) over")
    broken = (p.pinned >= 0) & (a != p.pinned)
    for i in np.flatnonzero(broken)[:50]:
        where = p.label("position", int(a[i])) if a[i] >= 0 else "unplaced"
        out.append(f"pin of {p.label('employee', i)} to {p.label('position', int(p.pinned[i]))}"
                   f": not kept ({where})")
    miss = p.must_place & (p.pinned < 0) & (a < 0)
    if miss.any():
        out.append(f"{int(miss.sum())} employee(s) who must be placed are left unplaced")
    return out
