"""Relaxation: turn the hard rules that conflict into penalised soft ones.

Each relaxed rule costs, per seat short / unit over / move too many / pin broken, more
than any possible gain elsewhere in the objective, so the relaxed optimum breaks the
rules as little as possible first and optimises the rest second.
"""

from __future__ import annotations

import copy

import numpy as np

from placement.i18n import msg
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
    done: list[str] = []
    if kinds & {"min_fill", "unit_min"}:
        p.min_fill_penalty = big
        done.append(msg("relax.done_min_fill"))
    if "budget" in kinds:
        p.budget_penalty = big
        done.append(msg("relax.done_budget"))
    if "move_cap" in kinds:
        p.move_penalty = big
        done.append(msg("relax.done_move_cap"))
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
        done.append(msg("relax.done_pins"))
    return p, done


def describe(original: Problem, assignment: np.ndarray) -> list[str]:
    """One line per rule of ``original`` that ``assignment`` breaks, with the amount."""
    p = original
    a = np.asarray(assignment)
    s = p.shortfalls(a)
    out: list[str] = []
    for q in np.flatnonzero(s["min_fill"]):
        out.append(
            msg(
                "relax.min_fill",
                position=p.label("position", q),
                need=int(p.min_fill[q]),
                short=int(s["min_fill"][q]),
            )
        )
    for u in np.flatnonzero(s["unit_min"]):
        out.append(
            msg(
                "relax.unit_min",
                unit=p.label("unit", u),
                need=int(p.unit_min[u]),
                short=int(s["unit_min"][u]),
            )
        )
    for b in np.flatnonzero(s["budget"]):
        out.append(
            msg(
                "relax.budget",
                budget=p.budget_names[b],
                limit=int(p.budget_limit[b]),
                over=int(s["budget"][b]),
            )
        )
    if s["max_moves"].sum():
        out.append(msg("relax.max_moves", cap=p.max_moves, over=int(s["max_moves"][0])))
    for u in np.flatnonzero(s["unit_moves"]):
        out.append(
            msg(
                "relax.max_moves_unit",
                unit=p.label("unit", u),
                cap=int(p.unit_max_moves[u]),
                over=int(s["unit_moves"][u]),
            )
        )
    broken = (p.pinned >= 0) & (a != p.pinned)
    for i in np.flatnonzero(broken)[:50]:
        where = p.label("position", int(a[i])) if a[i] >= 0 else msg("relax.unplaced")
        out.append(
            msg(
                "relax.pin",
                employee=p.label("employee", i),
                position=p.label("position", int(p.pinned[i])),
                where=where,
            )
        )
    miss = p.must_place & (p.pinned < 0) & (a < 0)
    if miss.any():
        out.append(msg("relax.must_place", n=int(miss.sum())))
    return out
