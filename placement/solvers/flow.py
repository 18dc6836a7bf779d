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
    n, m, k = problem.n_employees, problem.n_positions, problem.n_units
    sink = n + m + k
    edge_emp, edge_pos = problem.edge_emp, problem.edge_pos
    pinned = problem.pinned
    keep = (pinned[edge_emp] < 0) | (pinned[edge_emp] == edge_pos)
    pinned_ok = np.zeros(n, dtype=bool)
    pinned_ok[edge_emp[keep & (pinned[edge_emp] >= 0)]] = True
    missing_pin = (pinned >= 0) & ~pinned_ok
    if missing_pin.any():
        i = int(np.flatnonzero(missing_pin)[0])
        return None, Status.INFEASIBLE, (f"{problem.label('employee', i)} is pinned to "
                                          f"{problem.label('position', int(pinned[i]))}, "
                                          "which is not an allowed pair")
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
        return None, Status.INFEASIBLE, (f"{problem.label('unit', u)} needs at least {umin[u]} "
                                          f"people but its cap is {unit_cap[u]}")
    big = problem.min_fill_penalty if soft else _big(problem) if (mf.any() or umin.any()) else 0

    pos_node = n + np.arange(m)
    unit_node = n + m + np.arange(k)
    pu = problem.position_unit.astype(np.int64)
    tails = [edge_emp[e_idx], free, pos_node, pos_node, unit_node, unit_node]
    heads = [n + edge_pos[e_idx].astype(np.int64), np.full(len(free), sink), n + m + pu,
             n + m + pu, np.full(k, sink), np.full(k, sink)]
    caps = [np.ones(len(e_idx)), np.ones(len(free)), mf, cap - mf, umin, unit_cap - umin]
    costs = [problem.edge_cost[e_idx], problem.unplaced_cost[free], np.full(m, -big),
             np.zeros(m), np.full(k, -big), np.zeros(k)]
    smcf = min_cost_flow.SimpleMinCostFlow()
    arcs = smcf.add_arcs_with_capacity_and_unit_cost(
        np.concatenate(tails).astype(np.int32), np.concatenate(heads).astype(np.int32),
        np.concatenate(caps).astype(np.int64), np.concatenate(costs).astype(np.int64))
    supplies = np.zeros(sink + 1, dtype=np.int64)
    supplies[:n] = 1
    supplies[sink] = -n
    smcf.set_nodes_supplies(np.arange(sink + 1, dtype=np.int32), supplies)
    status = smcf.solve()
    if status != smcf.OPTIMAL:
        name = {smcf.INFEASIBLE: "INFEASIBLE"}.get(status, f"status {status}")
        st = _STATUS.get(name, Status.NO_SOLUTION)
        return None, st, ("not every employee that must be placed can be placed within the "
                          "headcounts and unit caps" if name == "INFEASIBLE"
                          else f"min-cost flow failed ({name})")
    flows = smcf.flows(arcs)
    ne = len(e_idx)
    used = e_idx[flows[:ne] > 0]
    assignment = np.full(n, -1, dtype=np.int32)
    assignment[edge_emp[used]] = edge_pos[used]
    off = ne + len(free)
    pos_tier = flows[off:off + m]
    unit_tier = flows[off + 2 * m:off + 2 * m + k]
    short_p = np.flatnonzero(pos_tier < mf)
    short_u = np.flatnonzero(unit_tier < umin)
    if (len(short_p) or len(short_u)) and not soft:
        parts = [f"{problem.label('position', p)} min_fill {mf[p]} (at most {pos_tier[p]} "
                 "can be filled)" for p in short_p[:5]]
        parts += [f"{problem.label('unit', u)} min_headcount {umin[u]} (at most "
                  f"{unit_tier[u]} can be filled)"
                  for u in short_u[:5]]
        return None, Status.INFEASIBLE, "minimum fills cannot all be met: " + "; ".join(parts)
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
