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
from placement.model.problem import Problem
from placement.model.residual import Residual, network_bounds
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
        two = solve_lexicographic(network)
        if two is not None:
            assignment, status, message, used, arcs = two
            how = f", among the optima (second stage: {arcs:,} arcs of reduced cost 0)"
        else:
            assignment, status, message, used = _solve_folded(network)
            how = " folded into the costs"
        seconds = time.perf_counter() - t0
        log = [f"tie-break levels{how}: {used} of {len(problem.tie_levels)}"]
        if assignment is None:
            return SolveOutcome(status, None, None, None, self.name, seconds, message, log)
        cost = problem.cost_of(assignment)
        return SolveOutcome(
            Status.OPTIMAL, assignment, cost, cost, self.name, seconds, message, log
        )


def _solve_folded(network: Problem) -> tuple[np.ndarray | None, Status, str, int]:
    """One solve with the tie levels folded into the costs (:meth:`Problem.with_ties`):
    (assignment or None, status, message, levels folded)."""
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
    return assignment, status, message, used


def fold_ties(problem: Problem, headroom: int = 0) -> tuple[Problem, int]:
    """The problem with its tie levels folded in, as far as the flow's cost range allows
    (``headroom``: that many bits of it left unused)."""
    if not problem.tie_levels:
        return problem, 0
    return problem.with_ties(_nodes(problem) << headroom)


def _nodes(problem: Problem) -> int:
    return problem.n_employees + problem.n_positions + problem.n_units + 1


def solve_flow(problem: Problem, ties: bool = True) -> tuple[np.ndarray | None, Status, str]:
    """Solve the network problem; returns (assignment or None, status, message).

    With ``ties`` the lexicographic optimum (the tie levels below the cost); the
    assignment is optimal for the problem's own costs either way."""
    if ties:
        two = solve_lexicographic(problem)
        if two is not None:
            return two[:3]
        folded, used = fold_ties(problem)
        if used:
            try:
                return _solve_network(folded)
            except OverflowError:  # the minimum-fill tier's reward does not fit: no ties
                pass
    return _solve_network(problem)


def solve_lexicographic(
    problem: Problem,
) -> tuple[np.ndarray | None, Status, str, int, int] | None:
    """The lexicographic optimum (least cost, then the tie levels in turn) in two
    stages, each with a small cost range, instead of one solve of the folded costs
    (whose range is the costs' times the tie levels': at 100,000 people the
    cost-scaling algorithm then takes about twice as long).

    1. The problem's own costs: an optimum, and from it node potentials under which
       every residual arc's reduced cost is ≥ 0 (:class:`Residual`, which checks it).
    2. Complementary slackness: every optimum leaves an arc of reduced cost > 0 at
       its lower bound and fills one of reduced cost < 0. So the optima are exactly
       the flows of the same network with those arcs fixed and only the arcs of
       reduced cost 0 free: solved with the tie levels alone as costs (as many, as
       finely, as fit: :meth:`Problem.tie_costs`), their optimum is the
       lexicographic one. Its cost is checked to equal the first stage's.

    Returns (assignment or None, status, message, tie levels used, arcs of the
    second stage), or None where it does not apply (no tie levels, relaxed
    minimums, a first stage solved on the tiered network): the caller then folds."""
    if not problem.tie_levels or problem.min_fill_penalty > 0:
        return None
    a, status, message = _solve_network(problem)
    if a is None:
        return a, status, message, 0, 0
    tied = break_ties(problem, a)
    if tied is None:
        return None  # not the lower-bound network's optimum: the fold decides
    b, used, arcs = tied
    return b, Status.OPTIMAL, "", used, arcs


def break_ties(problem: Problem, a: np.ndarray) -> tuple[np.ndarray, int, int] | None:
    """The second stage of :func:`solve_lexicographic` from ``a``, an optimum of
    ``problem``'s own costs (however found: the re-solve after seats were given back
    too, :func:`placement.api.solve`): the lexicographic optimum, the tie levels used
    and the arcs of the second stage; None where it does not apply (no tie levels,
    relaxed minimums, ``a`` not proven an optimum of the lower-bound network)."""
    if not problem.tie_levels or problem.min_fill_penalty > 0:
        return None
    res = Residual(problem, np.asarray(a, dtype=np.int64), np.zeros(problem.n_edges, dtype=bool))
    if not (res.feasible() and res.potentials() and res.proven()):
        return None
    sub, who = _optimal_face(problem, res)
    arcs = sub.n_edges + int((~sub.must_place).sum())
    for headroom in range(0, 60, 4):
        # the multipliers over those the optimal face leaves a choice, not the roster
        # (each level costs their count's bits: the seat-free-now level had dropped
        # the hash at 4,500 people)
        tie = problem.tie_costs(_nodes(sub) << headroom, people=len(who))
        if tie is None:
            break
        te, tu, used = tie
        sub.edge_cost, sub.unplaced_cost = te[sub.labels["edge"]], tu[who]
        try:
            b_sub, _, _ = _solve_network(sub)
        except OverflowError:  # the costs OR-Tools would scale do not fit: coarser ties
            continue
        if b_sub is not None:
            b = np.array(a, dtype=np.int32)
            b[who] = b_sub
            assert problem.cost_of(b) == problem.cost_of(a), "the second stage changed the cost"
            return b, used, arcs
    return np.array(a, dtype=np.int32), 0, arcs


def _optimal_face(problem: Problem, res: Residual) -> tuple[Problem, np.ndarray]:
    """The problem whose placements are the optima of ``problem``, from the
    potentials of one optimum (``res``), and the employees it keeps.

    An arc of reduced cost > 0 is held at its lower bound (an edge or unplaced arc
    dropped; a position's or unit's seats capped at its minimum), one of reduced
    cost < 0 at its capacity (the employee kept to what they hold; the minimum
    raised to the capacity). Whoever is left a single arc is settled: they leave the
    problem, their seats taken off the capacities and minimums. The problem returned
    has no costs yet (zeros) and ``labels["edge"]``: the edge of ``problem`` each of
    its edges is."""
    n, m, sink, d, de = problem.n_employees, res.m, res.sink, res.d, res.de
    emp, pos = problem.edge_emp, problem.edge_pos
    placed = res.a >= 0
    used = np.zeros(problem.n_edges, dtype=bool)
    used[res.e_now[placed]] = True
    rc = de[emp] + problem.edge_cost - d[pos]
    rc_out = de + problem.unplaced_cost - d[sink]
    # held to what they have: a placement of reduced cost < 0, or unplaced ditto
    held = (placed & (de + res.now - d[res.src] < 0)) | (~placed & res.has_out & (rc_out < 0))
    keep = res.open & (rc <= 0) & (used | ~held[emp])
    out = res.has_out & (rc_out <= 0) & (~held | ~placed)
    rc_p = d[:m] - d[m + res.pu]
    rc_u = d[m:sink] - d[sink]
    cap = np.where(rc_p > 0, res.mf, res.cap)
    mf = np.where(rc_p < 0, res.cap, res.mf)
    ucap = np.where(rc_u > 0, res.umin, res.ucap)
    umin = np.where(rc_u < 0, res.ucap, res.umin)
    arcs = np.bincount(emp[keep], minlength=n) + out
    who = np.flatnonzero(arcs > 1)
    settled = placed & (arcs <= 1)
    fp = np.bincount(res.a[settled], minlength=m)
    fu = np.bincount(res.pu[res.a[settled]], minlength=res.k)
    edges = np.flatnonzero(keep & (arcs[emp] > 1))
    sub = Problem(
        indptr=np.concatenate([[0], np.cumsum(arcs[who] - out[who])]),
        edge_pos=pos[edges],
        edge_cost=np.zeros(len(edges), dtype=np.int64),
        unplaced_cost=np.zeros(len(who), dtype=np.int64),
        capacity=cap - fp,
        position_unit=problem.position_unit,
        n_units=problem.n_units,
        must_place=~out[who],
        min_fill=np.maximum(mf - fp, 0),
        unit_cap=ucap - fu,
        unit_min=np.maximum(umin - fu, 0),
        labels={"edge": edges},
    )
    return sub, who


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
