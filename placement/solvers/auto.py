"""The "auto" solver: which backend, in what order, with how much of the time limit.

A network problem goes to the exact min-cost flow. With side constraints (budgets,
move caps) the Lagrangian backend prices them into the flow (a placement and a proven
bound); then, when the full CP-SAT model is small enough (:func:`full_model_edges`),
CP-SAT runs on it hinted with the best placement found so far, without the edges
whose floor from the Lagrangian bound is above that placement's cost (reduced-cost
fixing, :mod:`placement.solvers.lagrange.floors`: every optimum keeps its edges, so
the result is the whole problem's). The time limit is one
wall-clock budget for all of it (``SolveOptions.deadline``): the Lagrangian warm start
takes :attr:`AutoSolver.warm_share` of what remains, CP-SAT the rest, building its
model included. On GAP-shaped problems CP-SAT is stopped when a share of the limit
is left (:attr:`AutoSolver.relink_checks`) if its gap is still wide, and the rest goes
to the Lagrangian backend's path relinking from the best placement.

Every outcome carries ``reason``: which path was taken and why (the user-facing
``Result.solver_reason``).
"""

from __future__ import annotations

import time
from dataclasses import replace

import numpy as np

from placement.i18n import msg
from placement.model.problem import Problem
from placement.solvers import gap_search
from placement.solvers.base import Feature, SolveOptions, SolveOutcome, Solver, Status
from placement.solvers.cpsat import CpSatSolver
from placement.solvers.flow import FlowSolver, solve_flow
from placement.solvers.greedy import greedy_assignment
from placement.solvers.lagrange import LagrangeSolver
from placement.solvers.registry import register_solver

#: Full CP-SAT model (one Boolean per edge) after the Lagrangian stage only up to this
#: many edges; above, the Lagrangian neighbourhood search runs to the limit.
FULL_MODEL_EDGES = 200_000

#: CP-SAT follows the Lagrangian warm start only on at most this many edges left open
#: by the bound (:meth:`AutoSolver._fixed`); above, the warm start's neighbourhood
#: search on those edges. Measured with ``python -m benchmarks moves`` and ``budget``
#: (60 s, 30 s): a 300-person move cap leaves 505 edges, CP-SAT proves the optimum,
#: the search does not; 2,000 people leave 7,667 (CP-SAT 0.001 %, the search 0.000 %);
#: 3,000 leave 69,830 (0.026 % against 0.0016 %); 1,000 people with unit budgets leave
#: all 11,070 (1.90 % against 0.93 % from the LP bound).
CP_SAT_KEPT_EDGES = 5_000

#: The same limit for GAP-shaped problems (:func:`gap_search.dense_gap`): above it the
#: ejection chains and agent neighbourhoods beat one CP-SAT search on the whole model
#: in a minute, below it CP-SAT (hinted with the Lagrangian placement, improved by the
#: chains) proves optimality.
GAP_FULL_MODEL_EDGES = 5_000


def full_model_edges(p: Problem) -> int:
    """Edges up to which "auto" follows the Lagrangian backend with CP-SAT on the full
    model (above: the Lagrangian backend alone, with its neighbourhood search)."""
    if p.n_edges > GAP_FULL_MODEL_EDGES and gap_search.dense_gap(p) is not None:
        return GAP_FULL_MODEL_EDGES
    return FULL_MODEL_EDGES


@register_solver
class AutoSolver(Solver):
    """Flow for networks; Lagrangian pricing then CP-SAT for side constraints."""

    name = "auto"
    features = frozenset({Feature.NETWORK, Feature.BUDGETS, Feature.MOVE_CAPS})
    exact = False  # exact on networks and small models; a bound, not a proof, above

    def __init__(
        self,
        warm_share: float = 0.3,
        warm_iterations: int = 40,
        relink_checks: tuple[tuple[float, float], ...] = ((0.5, 0.001), (0.25, 0.001)),
        cp_sat_edges: int = CP_SAT_KEPT_EDGES,
    ) -> None:
        """``warm_share``: share of the remaining time the Lagrangian stage may use
        when CP-SAT follows it. ``warm_iterations``: its pricing iterations when there
        is no time limit (with one, the clock stops it). ``relink_checks``: pairs
        (share, gap): on GAP-shaped problems with CP-SAT on the full model and a time
        limit, when ``share`` of the limit is left and CP-SAT's relative gap is still
        above ``gap``, CP-SAT stops and the rest goes to the path relinking of the
        Lagrangian backend (``gap_relink``) from the best placement (empty: never).
        ``cp_sat_edges``: CP-SAT follows the warm start only when the edges its bound
        leaves open are at most this many; above, the Lagrangian backend's
        neighbourhood search does, on those edges (:data:`CP_SAT_KEPT_EDGES`)."""
        self.cp_sat_edges = cp_sat_edges
        self.warm_share = warm_share
        self.warm_iterations = warm_iterations
        self.relink_checks = tuple(relink_checks)

    def _solve(self, problem: Problem, options: SolveOptions) -> SolveOutcome:
        if problem.is_network:
            out = FlowSolver().solve(problem, options)
            return replace(out, reason=msg("reason.network"))
        if not problem.has_move_caps and problem.headcount_budgets() is not None:
            out = FlowSolver().solve(problem, options)
            return replace(out, reason=msg("reason.headcount_budgets"))
        return self._side(problem, options)

    # -- side constraints ----------------------------------------------------------------
    def _side(self, problem: Problem, options: SolveOptions) -> SolveOutcome:
        t0 = time.perf_counter()

        def head(text: str) -> str:
            return msg("reason.side", constraints=", ".join(problem.side_constraints()), text=text)

        relayed = replace(options, progress=_relay(problem, options.progress, t0))
        full_limit = full_model_edges(problem)
        full = problem.n_edges <= full_limit
        lag, hint, origin = self.warm_start(problem, relayed, full_model=full)
        if lag.status is Status.INFEASIBLE:
            return replace(lag, reason=head(msg("reason.lag_infeasible", message=lag.message)))
        if lag.status is Status.OPTIMAL:
            return replace(lag, reason=head(msg("reason.lag_optimal")))
        if not full:
            found = "" if lag.assignment is not None else msg("reason.none_found")
            return replace(
                lag,
                reason=head(
                    msg("reason.lag_lns", edges=problem.n_edges, limit=full_limit, found=found)
                ),
            )
        left = relayed.remaining()
        if left is not None and left <= 0:
            return replace(lag, reason=head(msg("reason.lag_no_time")))
        # CP-SAT's own limit covers building its model: the rest of the budget
        relink = (
            bool(self.relink_checks)
            and relayed.deadline is not None
            and options.time_limit is not None
            and gap_search.dense_gap(problem) is not None
        )
        early = None
        if relink:
            assert relayed.deadline is not None and options.time_limit is not None
            limit, end = options.time_limit, relayed.deadline
            early = [(end - share * limit, gap) for share, gap in self.relink_checks]
        floor = lag.bound if relink else None
        model, kept = self._fixed(problem, lag, hint)
        if model.n_edges > self.cp_sat_edges and not relink:
            # too many for CP-SAT to prove or improve in the time: the neighbourhood
            # search, on the edges the bound leaves open (their optimum is the whole's)
            lns = LagrangeSolver().solve(model, replace(relayed, hint=hint))
            if kept:
                lns = replace(lns, log=[kept, *lns.log])
            return self._merge(
                lag,
                lns,
                time.perf_counter() - t0,
                lambda outcome: head(
                    msg(
                        "reason.stage_lns",
                        status=lag.status.value,
                        edges=model.n_edges,
                        limit=self.cp_sat_edges,
                        outcome=outcome,
                    )
                ),
                second="lns",
            )
        cp = CpSatSolver(early_stop=early, early_floor=floor).solve(
            model, replace(relayed, hint=hint)
        )
        if kept:
            cp = replace(cp, log=[kept, *cp.log])
        if (
            relink
            and cp.status not in (Status.OPTIMAL, Status.INFEASIBLE)
            and (cp.assignment is not None or lag.assignment is not None)
            and relayed.remaining()
        ):
            cp, relinked = self._relink(problem, relayed, lag, cp)
        else:
            relinked = False
        return self._merge(
            lag,
            cp,
            time.perf_counter() - t0,
            lambda outcome: head(
                msg("reason.stage", status=lag.status.value, origin=origin, outcome=outcome)
            ),
            relinked,
        )

    def warm_start(
        self, problem: Problem, options: SolveOptions, full_model: bool = True
    ) -> tuple[SolveOutcome, np.ndarray | None, str]:
        """Run the Lagrangian backend on a problem with side constraints.

        Returns its outcome (a placement and a proven bound, or none), a hint for a
        full CP-SAT model and where the hint comes from: the Lagrangian placement,
        else a greedy placement, else the flow optimum without side constraints (which
        may break them). With ``full_model`` (CP-SAT follows) the Lagrangian stage only
        prices and repairs, within ``warm_share`` of the remaining time; otherwise it
        also runs its neighbourhood search, until the deadline.
        """
        left = options.remaining()
        if full_model:
            lag = LagrangeSolver(
                lns=False,
                pricing_share=1.0,
                max_iterations=None if left is not None else self.warm_iterations,
                edge_floors=True,
            )
            stage = options.within(None if left is None else self.warm_share * left)
        else:
            lag, stage = LagrangeSolver(), options.within(None)
        out = lag.solve(problem, replace(stage, hint=None))
        if out.assignment is not None or not full_model:
            return out, out.assignment, msg("hint.lagrange")
        greedy, _ = greedy_assignment(problem)
        if greedy is not None:
            return out, greedy, msg("hint.greedy")
        a, _, _ = solve_flow(problem.network_part())
        if a is not None:
            return out, a, msg("hint.flow")
        return out, None, msg("hint.none")

    @staticmethod
    def _fixed(problem: Problem, lag: SolveOutcome, hint: np.ndarray | None) -> tuple[Problem, str]:
        """The problem CP-SAT searches: without the edges whose floor (the Lagrangian
        stage's reduced costs, :mod:`placement.solvers.lagrange.floors`) is above the
        cost of its placement, which are in no placement as good (a 300-person move
        cap: 1,616 edges, CP-SAT ran its 60 s without closing a 0.001 % gap). Every
        optimum, ties included, keeps its edges, so CP-SAT's optimum, its tie-break
        and its bound are those of the whole problem. Returns the problem and a log
        line ("" when every edge stays)."""
        if lag.edge_floor is None or lag.cost is None:
            return problem, ""
        keep = lag.edge_floor <= lag.cost
        if hint is not None:  # the hint's own edges (their floors are at most its cost)
            e = problem.edge_index(hint)
            keep[e[e >= 0]] = True
        if keep.all():
            return problem, ""
        n = int(keep.sum())
        line = f"auto: {n} of {problem.n_edges} edges kept for CP-SAT (reduced-cost fixing)"
        return problem.on_edges(np.flatnonzero(keep)), line

    @staticmethod
    def _relink(
        problem: Problem, options: SolveOptions, lag: SolveOutcome, cp: SolveOutcome
    ) -> tuple[SolveOutcome, bool]:
        """The rest of the limit to the Lagrangian backend's path relinking from the
        better of the two placements: CP-SAT's outcome with the relinking's placement
        (and solver name) if that is better, and whether it was."""
        best = cp if lag.cost is None or (cp.cost is not None and cp.cost <= lag.cost) else lag
        rl = LagrangeSolver(lns=False, pricing_share=1.0, gap_chain_work=0, gap_relink=True).solve(
            problem, replace(options, hint=best.assignment)
        )
        log = [*cp.log, *rl.log]
        if rl.cost is None or (cp.cost is not None and rl.cost >= cp.cost):
            return replace(cp, log=log), False
        out = replace(
            cp,
            status=Status.FEASIBLE,
            assignment=rl.assignment,
            cost=rl.cost,
            solver=rl.solver,
            log=log,
            message="",
        )
        return out, True

    @staticmethod
    def _merge(
        lag: SolveOutcome,
        cp: SolveOutcome,
        seconds: float,
        stage,
        relinked: bool = False,
        second: str = "cp",
    ) -> SolveOutcome:
        """One outcome from the two stages: the better placement, the better bound.
        ``relinked``: ``cp`` carries the path relinking's placement (better than
        CP-SAT's own), which the reason then names. ``second``: what ran after the
        warm start, as the reason names it: ``cp`` (CP-SAT) or ``lns`` (the
        Lagrangian backend's neighbourhood search)."""
        log = [*lag.log, *cp.log]
        costs = [c for c in (lag.cost, cp.cost) if c is not None]
        bounds = []
        for name, b in (("lagrange", lag.bound), ("cp-sat", cp.bound)):
            if b is not None and costs and b > min(costs):  # a bound cannot beat a placement
                log.append(f"auto: {name} bound {b} above a placement's cost {min(costs)}; dropped")
            elif b is not None:
                bounds.append(b)
        bound = max(bounds) if bounds else None
        use_cp = (
            cp.status.has_solution
            and cp.cost is not None
            and (lag.cost is None or cp.cost <= lag.cost)
        )
        best = cp if use_cp else lag
        if not best.status.has_solution:
            status = Status.INFEASIBLE if cp.status is Status.INFEASIBLE else Status.NO_SOLUTION
            return SolveOutcome(
                status,
                None,
                None,
                None if status is Status.INFEASIBLE else bound,
                "cp-sat",
                seconds,
                cp.message or lag.message,
                log,
                stage(msg("reason.no_placement")),
            )
        assert best.cost is not None  # has a solution
        if cp.status is Status.OPTIMAL:
            bound = best.cost
        elif bound is not None:
            bound = min(bound, best.cost)
        status = Status.OPTIMAL if bound == best.cost else Status.FEASIBLE
        kept = msg(
            ("reason.kept_lag" if second == "cp" else "reason.kept_lag_lns")
            if not use_cp
            else "reason.kept_relink"
            if relinked
            else f"reason.kept_{second}"
            if lag.cost is None
            else f"reason.kept_{second}_better"
            if best.cost < lag.cost
            else f"reason.kept_{second}_same"
        )
        if status is Status.OPTIMAL:
            kept = msg("reason.proof", kept=kept)
        return SolveOutcome(
            status,
            best.assignment,
            best.cost,
            bound,
            best.solver,
            seconds,
            best.message,
            log,
            stage(kept),
        )


def _relay(problem: Problem, progress, t0: float):
    """One monotone progress stream over both stages (None when nobody listens)."""
    if progress is None:
        return None
    sign = -1.0 if problem.sense == "max" else 1.0
    seen: dict = {"best": None, "bound": None}

    def relay(event: dict) -> None:
        best, bound = event.get("best"), event.get("bound")
        better = best is not None and (seen["best"] is None or sign * best < sign * seen["best"])
        higher = bound is not None and (
            seen["bound"] is None or sign * bound > sign * seen["bound"]
        )
        seen["best"] = best if better else seen["best"]
        seen["bound"] = bound if higher else seen["bound"]
        if better or higher:
            progress(
                {
                    **event,
                    "best": seen["best"],
                    "bound": seen["bound"],
                    "elapsed": time.perf_counter() - t0,
                }
            )

    return relay
