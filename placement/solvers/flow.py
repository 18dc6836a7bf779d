"""Exact min-cost flow backend (OR-Tools ``SimpleMinCostFlow``).

Network: employee (supply 1) → position → unit → sink, plus an "unplaced" arc from
each employee to the sink carrying its penalty. Headcounts are position → unit
capacities, unit caps are unit → sink capacities. Minimum fills (per position and
per unit) are a first tier of seats whose arcs carry a reward larger than any
possible difference in the rest of the objective, so a solution filling every
minimum is always preferred; if the optimum still leaves a minimum unfilled, no
placement can fill them all and the problem is reported infeasible, naming them.
Pinned employees keep only their pinned edge and lose the unplaced arc.
With ``min_fill_penalty`` set (relaxed minimums) the tier reward is that penalty and
a minimum left short is simply paid for.
"""

from __future__ import annotations

import time

import numpy as np
from ortools.graph.python import min_cost_flow

from placement.messages import join, msg
from placement.model.arrays import option_spread
from placement.model.problem import NO_LIMIT, Problem
from placement.solvers.base import Feature, SolveOutcome, Solver, Status
from placement.solvers.registry import register_solver

_STATUS = {
    "OPTIMAL": Status.OPTIMAL,
    "INFEASIBLE": Status.INFEASIBLE,
}


@register_solver
class FlowSolver(Solver):
    name = "flow"
    features = frozenset({Feature.NETWORK})
    exact = True

    def _solve(self, problem, time_limit, seed, workers, hint, progress) -> SolveOutcome:
        t0 = time.perf_counter()
        if progress:
            progress({"phase": "flow: building network", "best": None, "bound": None,
                      "elapsed": 0.0})
        assignment, status, message = solve_flow(problem)
        seconds = time.perf_counter() - t0
        if assignment is None:
            return SolveOutcome(status, None, None, None, self.name, seconds, message)
        cost = problem.cost_of(assignment)
        return SolveOutcome(Status.OPTIMAL, assignment, cost, cost, self.name, seconds, message)


def solve_flow(problem: Problem) -> tuple[np.ndarray | None, Status, str]:
    """Solve the network problem; returns (assignment or None, status, message)."""
    n = problem.n_employees
    edge_emp, edge_pos = problem.edge_emp, problem.edge_pos
    pinned = problem.pinned
    keep = (pinned[edge_emp] < 0) | (pinned[edge_emp] == edge_pos)
    pinned_ok = np.zeros(n, dtype=bool)
    pinned_ok[edge_emp[keep & (pinned[edge_emp] >= 0)]] = True
    missing_pin = (pinned >= 0) & ~pinned_ok
    if missing_pin.any():
        i = int(np.flatnonzero(missing_pin)[0])
        return None, Status.INFEASIBLE, msg("flow.pin_not_allowed",
                                            employee=problem.label("employee", i),
                                            position=problem.label("position", int(pinned[i])))
    e_idx = np.flatnonzero(keep)
    must = problem.must_place | (pinned >= 0)
    free = np.flatnonzero(~must)

    cap = problem.capacity
    mf = np.minimum(problem.min_fill, cap)
    unit_cap = np.where(problem.unit_cap == NO_LIMIT, n, problem.unit_cap)
    soft = problem.min_fill_penalty > 0
    umin = np.minimum(problem.unit_min, unit_cap) if soft else problem.unit_min
    if (umin > unit_cap).any():
        u = int(np.flatnonzero(umin > unit_cap)[0])
        return None, Status.INFEASIBLE, msg("flow.unit_cap", unit=problem.label("unit", u),
                                            need=umin[u], cap=unit_cap[u])
    if not soft and (mf.any() or umin.any()):
        # Hard minimums as lower bounds on the position → unit and unit → sink arcs
        # (the supplies absorb them): no tier rewards, so the costs keep their own
        # small range, which the cost-scaling algorithm solves faster. Only when
        # this is infeasible is the tiered network solved, to name the minimums.
        out = _solve(problem, e_idx, free, mf, umin, unit_cap, tiers=False)
        if out is not None:
            return out, Status.OPTIMAL, ""
    big = problem.min_fill_penalty if soft else _big(problem) if (mf.any() or umin.any()) else 0
    return _solve_tiered(problem, e_idx, free, mf, umin, unit_cap, big, soft)


def _network(problem: Problem, e_idx, free, mf, umin, unit_cap, big: int, tiers: bool):
    """Arcs (tails, heads, capacities, costs) and node supplies of the flow network.

    Every employee sends exactly one unit through exactly one of its option arcs, so
    the option costs are shifted to start at 0 (the optimum is the same; the smaller
    range saves the cost-scaling algorithm work). With ``tiers`` the minimums are
    rewarded first-tier arcs (``-big``); without, they are lower bounds.
    """
    n, m, k = problem.n_employees, problem.n_positions, problem.n_units
    sink = n + m + k
    edge_emp, edge_pos = problem.edge_emp, problem.edge_pos
    cap = problem.capacity
    pos_node = n + np.arange(m)
    unit_node = n + m + np.arange(k)
    pu = problem.position_unit.astype(np.int64)
    e_cost = problem.edge_cost[e_idx]
    u_cost = problem.unplaced_cost[free]
    low = min(int(e_cost.min(initial=0)), int(u_cost.min(initial=0)))
    tails = [edge_emp[e_idx], free]
    heads = [n + edge_pos[e_idx].astype(np.int64), np.full(len(free), sink)]
    caps = [np.ones(len(e_idx)), np.ones(len(free))]
    costs = [e_cost - low, u_cost - low]
    if tiers:
        tails += [pos_node, unit_node]
        heads += [n + m + pu, np.full(k, sink)]
        caps += [mf, umin]
        costs += [np.full(m, -big), np.full(k, -big)]
    tails += [pos_node, unit_node]
    heads += [n + m + pu, np.full(k, sink)]
    caps += [cap - mf, unit_cap - umin]
    costs += [np.zeros(m), np.zeros(k)]
    supplies = np.zeros(sink + 1, dtype=np.int64)
    supplies[:n] = 1
    supplies[sink] = -n
    if not tiers:
        supplies[n:n + m] -= mf
        np.add.at(supplies, n + m + pu, mf)
        supplies[n + m:sink] -= umin
        supplies[sink] += int(umin.sum())
    smcf = min_cost_flow.SimpleMinCostFlow()
    arcs = smcf.add_arcs_with_capacity_and_unit_cost(
        np.concatenate(tails).astype(np.int32), np.concatenate(heads).astype(np.int32),
        np.concatenate(caps).astype(np.int64), np.concatenate(costs).astype(np.int64))
    smcf.set_nodes_supplies(np.arange(sink + 1, dtype=np.int32), supplies)
    return smcf, arcs


def _assignment(problem: Problem, e_idx, flows) -> np.ndarray:
    used = e_idx[flows[:len(e_idx)] > 0]
    assignment = np.full(problem.n_employees, -1, dtype=np.int32)
    assignment[problem.edge_emp[used]] = problem.edge_pos[used]
    return assignment


def _solve(problem: Problem, e_idx, free, mf, umin, unit_cap, tiers: bool):
    """The lower-bound network: the optimal assignment, or None if infeasible."""
    smcf, arcs = _network(problem, e_idx, free, mf, umin, unit_cap, 0, tiers)
    if smcf.solve() != smcf.OPTIMAL:
        return None
    return _assignment(problem, e_idx, smcf.flows(arcs))


def _solve_tiered(problem: Problem, e_idx, free, mf, umin, unit_cap, big: int, soft: bool):
    m, k = problem.n_positions, problem.n_units
    smcf, arcs = _network(problem, e_idx, free, mf, umin, unit_cap, big, tiers=True)
    status = smcf.solve()
    if status != smcf.OPTIMAL:
        name = {smcf.INFEASIBLE: "INFEASIBLE"}.get(status, f"status {status}")
        st = _STATUS.get(name, Status.NO_SOLUTION)
        return None, st, (msg("flow.must_place") if name == "INFEASIBLE"
                          else msg("flow.failed", name=name))
    flows = smcf.flows(arcs)
    assignment = _assignment(problem, e_idx, flows)
    off = len(e_idx) + len(free)
    pos_tier = flows[off:off + m]
    unit_tier = flows[off + m:off + m + k]
    short_p = np.flatnonzero(pos_tier < mf)
    short_u = np.flatnonzero(unit_tier < umin)
    if (len(short_p) or len(short_u)) and not soft:
        parts = [msg("flow.min_fill_part", position=problem.label("position", p), need=mf[p],
                     can=pos_tier[p]) for p in short_p[:5]]
        parts += [msg("flow.unit_min_part", unit=problem.label("unit", u), need=umin[u],
                      can=unit_tier[u]) for u in short_u[:5]]
        return None, Status.INFEASIBLE, msg("flow.min_fills", parts=join("; ", parts))
    return assignment, Status.OPTIMAL, ""


def _big(problem: Problem) -> int:
    """A reward per minimum seat larger than any difference in the rest of the cost:
    the sum over employees of the spread between their dearest and cheapest option."""
    p = problem
    must = p.must_place | (p.pinned >= 0)
    span = option_spread(p.edge_cost, p.unplaced_cost, p.indptr, must) + 1
    if span * (int(p.min_fill.sum()) + int(p.unit_min.sum()) + 1) > 2**62:
        raise OverflowError("costs too large for the minimum-fill tier of the flow network")
    return span
