"""Lagrangian backend for side constraints: price them into the flow, repair, then LNS.

Budgets and move caps are what take a placement problem out of the network class. This
backend *dualises* them (Lagrangian relaxation) and keeps everything else in the exact
min-cost flow of :mod:`placement.solvers.flow`:

1. **Pricing.** A multiplier ``λ ≥ 0`` per relaxed row (one per budget, one per unit
   with a move cap, one for ``max_moves``) is added to the cost of every option that
   uses the row: ``λ_b · edge_weight`` on the edges into budget ``b``'s positions,
   ``λ_u`` (and the global ``λ``) on every *move* option of an incumbent of unit ``u``
   (each edge away from the current post, and the unplaced option, since an unplaced
   incumbent counts as a move). The priced network is solved exactly by
   :func:`~placement.solvers.flow.solve_flow`, and
   ``L(λ) = priced optimum − Σ λ · limit`` is a lower bound on the optimum (weak
   duality). To keep it exact in integers, costs are multiplied by a power of two
   ``S`` and the multipliers are integers ``μ = round(λ · S)``: the bound is
   ``ceil(L_S(μ) / S)`` computed in Python integers, valid for *any* ``μ ≥ 0``.
2. **Subgradient.** ``λ`` follows projected, *deflected* subgradient steps (half the
   new subgradient, half the previous direction: it damps the zig-zag between
   budgets that compete for the same people) with Polyak's step length
   ``t · (best cost − L) / |d|²``; rows are normalised so that one typical employee
   is one unit of every row, and ``t`` is halved after a few iterations without a
   better bound (sooner on large problems, which get few iterations). Above
   ``NARROW_EDGES`` edges most steps solve a *narrowed* network (each employee's few
   cheapest priced options plus every option a priced optimum has used, see
   :mod:`~placement.solvers.lagrange.narrow`): its optimum costs at least the full
   one, so it only moves the multipliers; every few steps the full network is solved,
   and only those solves give bounds and are repaired.
3. **Repair.** Each priced optimum (above ``LARGE_EDGES`` edges: the first, those that
   raise the bound and every fourth) is turned into a placement that keeps every rule:
   vectorised rounds send movers of over-cap units back to their current post
   (smallest loss first, when the post has room and the pair is eligible), then
   lighten over-loaded budgets, cheapest cost per unit of weight removed first, by
   *dropping* an employee to their best other seat with room (or unplaced) or by
   *swapping* them with a lighter employee placed outside the over-loaded budgets
   (each takes the other's post). A resource is only consumed when every change
   accepted before it in the round still fits, so a round never breaks a headcount,
   unit cap, minimum fill, budget or move cap. When the rounds stall on move caps
   (chains of displaced incumbents), movers are pinned to their current post and the
   priced flow is solved again. A last pass moves employees to strictly cheaper free
   seats. Every candidate is checked with :func:`placement.model.check.violations`;
   the cheapest valid one is kept.
4. **Large-neighbourhood search.** Around the incumbent: free the employees of one to
   three units (placed in them, incumbents of them, unplaced people eligible for
   them) plus holders of the posts they are eligible for, fix everyone else
   (capacities, unit caps and minimums, budgets and move caps are reduced by the
   fixed placements), and solve that sub-problem with the CP-SAT backend hinted with
   the incumbent (one light presolve pass and the full linear relaxation: many small
   solves). Improvements are accepted; the neighbourhood grows while CP-SAT proves
   its sub-problems optimal and shrinks when it does not; a neighbourhood holding
   everyone, solved to optimality, proves the incumbent optimal.

**GAP-shaped problems** (only budgets, one position each, non-negative weights;
headcounts that cannot bind; no pins, minimums or move caps — see
:func:`placement.solvers.gap_search.dense_gap`) skip the flow: every employee may take
every position, so each flow solve is large while the relaxation it prices is a row
minimum. They run on dense arrays instead: the capacity-relaxed Lagrangian bound
(exact in integers), regret and priced-repair constructions with shift/swap descent,
then the weighted local search with ejection chains of
:mod:`placement.solvers.gap_chains` (a fixed iteration budget, ``gap_chain_work``;
with a time limit and ``lns``, in ``gap_chain_blocks`` turns with the next step, the
last turn going to path relinking), then
a neighbourhood search that frees every job of a few agents (chosen by their
pair structure under the priced costs) plus the outside jobs that would rather be
with them, and solves that with CP-SAT on a deterministic budget
(``gap_deterministic_time``). When no construction is feasible they fall back on the
flow-based path above. ``solve(solver="auto")`` runs CP-SAT on the full model after
this backend only up to :data:`placement.solvers.auto.GAP_FULL_MODEL_EDGES` edges
for them.

**Edge floors** (``edge_floors``, asked for by "auto" before CP-SAT): from the priced
optimum of the best bound and node potentials that prove it, a lower bound per edge on
the cost of any placement using it (:mod:`~placement.solvers.lagrange.floors`).

The outcome is ``FEASIBLE`` with the best placement and ``bound`` = the best
Lagrangian bound (the first one is the flow optimum without side constraints), or
``OPTIMAL`` when they meet. ``INFEASIBLE`` is only claimed with a proof: the network
part alone is infeasible, or counting shows that more incumbents must move
(closed, ineligible or over-full posts, pins elsewhere) than a move cap allows.

Soft rules (a Problem with ``min_fill_penalty`` / ``budget_penalty`` /
``move_penalty``): multipliers are capped at the penalties and the flow pays the
minimum-fill penalty (scaled like the costs), so the bound stays valid; priced
placements that break only soft rules are offered as they are; the LNS is skipped.

Determinism: every decision is a function of the Problem, the seed and iteration
counts: the number of pricing iterations (``max_iterations``, by default derived from
the problem size), the random choices of the LNS (seeded), and each CP-SAT sub-solve,
which stops on a *deterministic* time budget (``lns_deterministic_time``). What still
depends on the wall clock, with a ``time_limit``: when pricing hands over to the LNS
(after ``pricing_share`` of the limit, or when the next iteration would not finish in
time), when the LNS stops, and a sub-solve cut short by the remaining time. Without a
time limit (iteration and round caps only) a run is reproducible; with one, two runs
follow the same path up to the first of those clock decisions.


The package: :mod:`~placement.solvers.lagrange.rows` (the relaxed rows and their
prices), :mod:`~placement.solvers.lagrange.repair`, :mod:`~placement.solvers.lagrange.pricing`
(phases 1-3) with :mod:`~placement.solvers.lagrange.narrow`,
:mod:`~placement.solvers.lagrange.lns` (phase 4),
:mod:`~placement.solvers.lagrange.gap` (GAP-shaped problems) and
:mod:`~placement.solvers.lagrange.run` (a run's state).
"""

from __future__ import annotations

import numpy as np

from placement.i18n import msg
from placement.model.problem import Problem
from placement.solvers import gap_search
from placement.solvers.base import Feature, SolveOptions, SolveOutcome, Solver, Status
from placement.solvers.lagrange.floors import edge_floors
from placement.solvers.lagrange.gap import dense_search
from placement.solvers.lagrange.lns import _cpsat_sub, _subproblem, neighbourhoods
from placement.solvers.lagrange.narrow import NARROW_EDGES
from placement.solvers.lagrange.pricing import LARGE_EDGES, pricing
from placement.solvers.lagrange.rows import _rows, _soft
from placement.solvers.lagrange.run import _moves_floor, _Run
from placement.solvers.registry import register_solver

__all__ = ["LARGE_EDGES", "LagrangeSolver", "_cpsat_sub", "_rows", "_subproblem"]


# -- the solver ---------------------------------------------------------------------------


@register_solver
class LagrangeSolver(Solver):
    """Lagrangian pricing + flow + repair + CP-SAT LNS; feasible with a proven bound."""

    name = "lagrange"
    features = frozenset({Feature.NETWORK, Feature.BUDGETS, Feature.MOVE_CAPS})
    exact = False

    def __init__(
        self,
        max_iterations: int | None = None,
        lns: bool = True,
        lns_rounds: int | None = None,
        lns_deterministic_time: float = 1.5,
        pricing_share: float = 0.85,
        patience: int = 4,
        smoothing: float = 0.5,
        target_gap: float = 1.0,
        gap_deterministic_time: float = 0.1,
        gap_lns: bool | None = None,
        gap_chain_work: float = 1e8,
        gap_chain_share: float = 0.5,
        gap_chain_blocks: int = 3,
        gap_chain_patience: int | None = 300,
        gap_relink: bool = False,
        gap_block_relink: bool = True,
        narrow: int = 6,
        narrow_options: int = 8,
        narrow_above: int = NARROW_EDGES,
        edge_floors: bool = False,
    ) -> None:
        """``max_iterations``: pricing iterations (flow solves); default from the
        problem size (about 10⁸ edges in total, 10 to 200). ``lns``: run the
        neighbourhood search after pricing; ``lns_rounds`` caps it (default: until the
        time limit, or ``3 × units`` rounds without a time limit).
        ``lns_deterministic_time``: CP-SAT's deterministic budget per sub-solve.
        ``pricing_share``: the pricing phase also stops after this share of
        ``time_limit``. ``patience``: iterations without a better bound before the
        step length is halved. ``smoothing``: weight of the new subgradient in the
        step direction (1 = plain subgradient). ``target_gap``: Polyak's target is at
        most this share above the best bound (1 = the best cost, uncapped).
        ``gap_deterministic_time``: CP-SAT's deterministic budget per sub-solve of the
        agent neighbourhoods on GAP-shaped problems (see :mod:`gap_search`).
        ``gap_lns``: run those neighbourhoods (None = as ``lns`` says; True with
        ``lns=False``: for half of the time limit, then stop). ``narrow``: above
        ``narrow_above`` edges, one pricing iteration in this many solves the full
        network, the others a narrowed one (``narrow_options`` cheapest options per
        employee plus those used so far; see :mod:`~placement.solvers.lagrange.narrow`;
        1 = always the full network). ``gap_chain_work``: budget of the ejection-chain
        search on GAP-shaped problems (:mod:`~placement.solvers.gap_chains`) in cells
        evaluated (see :func:`~placement.solvers.lagrange.gap.chains`); 0 = off.
        ``gap_chain_share``: with a time limit and ``lns``, the share of the limit
        that search runs for ahead of the agent neighbourhoods (``gap_chain_blocks``
        = 1); ``gap_chain_blocks`` > 1: the limit is cut into that many blocks, each
        ejection chains (from the incumbent, seed + block) for up to
        :data:`~placement.solvers.lagrange.gap.BLOCK_CHAIN_SHARE` of it, then agent
        neighbourhoods. ``gap_chain_patience``: with a time limit, each of those chain
        searches also stops after this many iterations (per 400 jobs) without a better
        assignment, the rest of its share going to the neighbourhoods (None: no such
        stop). ``gap_relink``: on GAP-shaped problems with a time limit, path
        relinking over chain-search local optima
        (:func:`~placement.solvers.gap_chains.relink_search`) from the best placement
        (the hint, if better) until the limit, after the chains.
        ``gap_block_relink``: with ``gap_chain_blocks`` > 1, the last block goes to
        that path relinking from the incumbent instead of chains and neighbourhoods
        (its elite set seeded by kicked copies of the incumbent; see
        :func:`~placement.solvers.lagrange.gap.dense_search`). ``edge_floors``:
        after pricing, the outcome's ``edge_floor`` per edge (reduced-cost fixing, see
        :mod:`~placement.solvers.lagrange.floors`; not on GAP-shaped problems solved
        on dense arrays, nor with soft rules)."""
        self.max_iterations = max_iterations
        self.lns = lns
        self.lns_rounds = lns_rounds
        self.lns_deterministic_time = lns_deterministic_time
        self.pricing_share = pricing_share
        self.patience = patience
        self.smoothing = smoothing
        self.target_gap = target_gap
        self.gap_deterministic_time = gap_deterministic_time
        self.gap_lns = gap_lns
        self.gap_chain_work = gap_chain_work
        self.gap_chain_share = gap_chain_share
        self.gap_chain_blocks = gap_chain_blocks
        self.gap_chain_patience = gap_chain_patience
        self.gap_relink = gap_relink
        self.gap_block_relink = gap_block_relink
        self.narrow = narrow
        self.narrow_options = narrow_options
        self.narrow_above = narrow_above
        self.edge_floors = edge_floors

    def _solve(self, problem: Problem, options: SolveOptions) -> SolveOutcome:
        run = _Run(
            self, problem, options.remaining(), options.seed, options.workers, options.progress
        )
        return _go(run, options.hint)


def _go(run: _Run, hint) -> SolveOutcome:
    """The phases in order; see the module docstring."""
    p = run.p
    if hint is not None:
        h = np.asarray(hint)
        if h.shape == (p.n_employees,) and ((h >= -1) & (h < p.n_positions)).all():
            run.offer(h.astype(np.int32), "lagrange: hint")
    reason = _moves_floor(p)
    if reason:
        return run.outcome(Status.INFEASIBLE, reason)
    dense = gap_search.dense_gap(p)
    if dense is not None and dense_search(run, dense):
        return run.outcome(Status.OPTIMAL if run.proven() else Status.FEASIBLE, "")
    status, message = pricing(run)
    if status is Status.INFEASIBLE:
        return run.outcome(Status.INFEASIBLE, message)
    if run.cfg.edge_floors and not run.proven() and run.priced_best is not None and not _soft(p):
        a, cost_e, cost_u, lagrangian, scale = run.priced_best
        run.edge_floor = edge_floors(
            run.relaxed, a, cost_e, cost_u, lagrangian, scale, run.deadline
        )
        kept = "none" if run.edge_floor is None else "made"
        run.log.append(f"lagrange: edge floors {kept}")
    if run.cfg.lns and not run.proven() and run.best_a is not None and not _soft(p):
        neighbourhoods(run)
    if run.best_a is None:
        return run.outcome(Status.NO_SOLUTION, message or msg("lag.none"))
    return run.outcome(Status.OPTIMAL if run.proven() else Status.FEASIBLE, message)
