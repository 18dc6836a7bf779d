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

Ties: the problem's ``tie_levels`` (status quo first, then an order keyed by ids; see
:mod:`placement.model.stability`) are folded into the integer costs
(:meth:`Problem.with_ties`), so the optimum found is the lexicographic one: least
cost, then fewest changes, then the canonical order. The cost-scaling algorithm
multiplies costs by the number of nodes, so levels that would overflow 62 bits are
left out (the outcome's log says how many were folded).
"""

from __future__ import annotations

import time

import numpy as np
from ortools.graph.python import min_cost_flow

from placement.i18n import first_of, msg
from placement.model.arrays import option_spread
from placement.model.problem import NO_LIMIT, Problem
from placement.solvers.base import Feature, SolveOptions, SolveOutcome, Solver, Status
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

    def _solve(self, problem: Problem, options: SolveOptions) -> SolveOutcome:
        t0 = time.perf_counter()
        if options.progress:
            options.progress(
                {"phase": "flow: building network", "best": None, "bound": None, "elapsed": 0.0}
            )
        # budgets that count heads are solved as the headcount caps they are (the
        # feature check let only those through)
        network = problem.headcount_budgets() if problem.has_budgets else problem
        assert network is not None, "budgets with unequal weights reached the flow"
        folded, used = fold_ties(network)
        try:
            assignment, status, message = _solve_network(folded)
        except OverflowError:  # the minimum-fill tier's reward does not fit: no ties
            used = 0
            assignment, status, message = _solve_network(network)
        headroom = 0
        while assignment is None and status is Status.NO_SOLUTION and used:
            # OR-Tools refused the folded costs (BAD_COST_RANGE: its checks on the
            # prices it computes are tighter than the fold's): coarser ties, then none
            headroom += 4
            folded, used = fold_ties(network, headroom)
            assignment, status, message = _solve_network(folded)
        seconds = time.perf_counter() - t0
        log = [f"tie-break levels folded into the costs: {used} of {len(problem.tie_levels)}"]
        if assignment is None:
            return SolveOutcome(status, None, None, None, self.name, seconds, message, log)
        cost = problem.cost_of(assignment)
        return SolveOutcome(
            Status.OPTIMAL, assignment, cost, cost, self.name, seconds, message, log
        )


def fold_ties(problem: Problem, headroom: int = 0) -> tuple[Problem, int]:
    """The problem with its tie levels folded in, as far as the flow's cost range allows
    (``headroom``: that many bits of it left unused)."""
    if not problem.tie_levels:
        return problem, 0
    nodes = problem.n_employees + problem.n_positions + problem.n_units + 1
    return problem.with_ties(nodes << headroom)


def solve_flow(problem: Problem, ties: bool = True) -> tuple[np.ndarray | None, Status, str]:
    """Solve the network problem; returns (assignment or None, status, message).

    With ``ties`` the problem's tie levels are folded in first (the lexicographic
    optimum); the assignment is optimal for the problem's own costs either way."""
    if ties:
        folded, used = fold_ties(problem)
        if used:
            try:
                return _solve_network(folded)
            except OverflowError:  # the minimum-fill tier's reward does not fit: no ties
                pass
    return _solve_network(problem)


def network_bounds(problem: Problem):
    """What the network of :func:`_network` allows, shared with the re-solve from an
    optimum (:mod:`placement.solvers.flow_again`): the edges kept (bool per edge: a
    pinned employee keeps the pinned one only), who has an unplaced arc (bool per
    employee: not must-place, not pinned), the position minimums (capped at the
    headcount), the unit caps (``NO_LIMIT`` as the roster's size) and the unit
    minimums (capped at the cap when they are soft)."""
    n, pinned = problem.n_employees, problem.pinned
    keep = (pinned[problem.edge_emp] < 0) | (pinned[problem.edge_emp] == problem.edge_pos)
    has_out = ~(problem.must_place | (pinned >= 0))
    mf = np.minimum(problem.min_fill, problem.capacity)
    unit_cap = np.where(problem.unit_cap == NO_LIMIT, n, problem.unit_cap)
    soft = problem.min_fill_penalty > 0
    umin = np.minimum(problem.unit_min, unit_cap) if soft else problem.unit_min
    return keep, has_out, mf, unit_cap, umin


def _solve_network(problem: Problem) -> tuple[np.ndarray | None, Status, str]:
    n = problem.n_employees
    edge_emp = problem.edge_emp
    pinned = problem.pinned
    keep, has_out, mf, unit_cap, umin = network_bounds(problem)
    pinned_ok = np.zeros(n, dtype=bool)
    pinned_ok[edge_emp[keep & (pinned[edge_emp] >= 0)]] = True
    missing_pin = (pinned >= 0) & ~pinned_ok
    if missing_pin.any():
        i = int(np.flatnonzero(missing_pin)[0])
        return (
            None,
            Status.INFEASIBLE,
            msg(
                "flow.pin_not_allowed",
                employee=problem.label("employee", i),
                position=problem.label("position", int(pinned[i])),
            ),
        )
    e_idx = None if keep.all() else np.flatnonzero(keep)  # None: every edge
    free = np.flatnonzero(has_out)
    soft = problem.min_fill_penalty > 0
    if (umin > unit_cap).any():
        u = int(np.flatnonzero(umin > unit_cap)[0])
        return (
            None,
            Status.INFEASIBLE,
            msg("flow.unit_cap", unit=problem.label("unit", u), need=umin[u], cap=unit_cap[u]),
        )
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
    cap = problem.capacity
    pu = problem.position_unit.astype(np.int64)
    e_emp, e_pos, e_cost = (
        _take(a, e_idx) for a in (problem.edge_emp, problem.edge_pos, problem.edge_cost)
    )
    u_cost = problem.unplaced_cost[free]
    low = min(int(e_cost.min(initial=0)), int(u_cost.min(initial=0)))
    ne, nf = len(e_emp), len(free)
    layers = 2 if tiers else 1  # (tier +) ordinary arcs position → unit and unit → sink
    total = ne + nf + layers * (m + k)
    tails = np.empty(total, dtype=np.int32)
    heads = np.empty(total, dtype=np.int32)
    caps = np.empty(total, dtype=np.int64)
    costs = np.empty(total, dtype=np.int64)
    tails[:ne], heads[:ne], caps[:ne] = e_emp, e_pos, 1  # built in place: 5M+ arcs
    heads[:ne] += n
    np.subtract(e_cost, low, out=costs[:ne])
    tails[ne : ne + nf], heads[ne : ne + nf], caps[ne : ne + nf] = free, sink, 1
    costs[ne : ne + nf] = u_cost - low
    at = ne + nf
    for pos_cap, unit_caps, cost in (((mf, umin, -big),) if tiers else ()) + (
        (cap - mf, unit_cap - umin, 0),
    ):
        tails[at : at + m], heads[at : at + m] = n + np.arange(m), n + m + pu
        caps[at : at + m], costs[at : at + m] = pos_cap, cost
        at += m
        tails[at : at + k], heads[at : at + k] = n + m + np.arange(k), sink
        caps[at : at + k], costs[at : at + k] = unit_caps, cost
        at += k
    supplies = np.zeros(sink + 1, dtype=np.int64)
    supplies[:n] = 1
    supplies[sink] = -n
    if not tiers:
        supplies[n : n + m] -= mf
        np.add.at(supplies, n + m + pu, mf)
        supplies[n + m : sink] -= umin
        supplies[sink] += int(umin.sum())
    smcf = min_cost_flow.SimpleMinCostFlow()
    arcs = smcf.add_arcs_with_capacity_and_unit_cost(tails, heads, caps, costs)
    smcf.set_nodes_supplies(np.arange(sink + 1, dtype=np.int32), supplies)
    return smcf, arcs


def _take(values: np.ndarray, idx: np.ndarray | None) -> np.ndarray:
    return values if idx is None else values[idx]


def _assignment(problem: Problem, e_idx, flows) -> np.ndarray:
    ne = problem.n_edges if e_idx is None else len(e_idx)
    used = np.flatnonzero(flows[:ne] > 0)
    if e_idx is not None:
        used = e_idx[used]
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
        return (
            None,
            st,
            (msg("flow.must_place") if name == "INFEASIBLE" else msg("flow.failed", name=name)),
        )
    flows = smcf.flows(arcs)
    assignment = _assignment(problem, e_idx, flows)
    off = (problem.n_edges if e_idx is None else len(e_idx)) + len(free)
    pos_tier = flows[off : off + m]
    unit_tier = flows[off + m : off + m + k]
    short_p = np.flatnonzero(pos_tier < mf)
    short_u = np.flatnonzero(unit_tier < umin)
    if (len(short_p) or len(short_u)) and not soft:
        # the tiers maximise the minimum seats filled together: each part is that
        # placement's count, not what the post could get alone
        parts = [
            msg(
                "flow.min_fill_part",
                position=problem.label("position", p),
                need=mf[p],
                can=pos_tier[p],
            )
            for p in short_p
        ]
        parts += [
            msg("flow.unit_min_part", unit=problem.label("unit", u), need=umin[u], can=unit_tier[u])
            for u in short_u
        ]
        return (
            None,
            Status.INFEASIBLE,
            msg("flow.min_fills", n=len(parts), parts=first_of(parts, 5)),
        )
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
