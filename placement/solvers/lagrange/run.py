"""One run of the Lagrangian backend: its clock, incumbent, bound and log."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

import numpy as np

from placement.i18n import msg
from placement.model.check import violations
from placement.model.outcome import SolveOutcome, Status
from placement.model.problem import NO_LIMIT, Problem
from placement.solvers.lagrange.rows import _penalty, _rows

if TYPE_CHECKING:  # the package imports this module: its solver class as a type only
    from placement.solvers.lagrange import LagrangeSolver


class _Run:
    def __init__(
        self, cfg: LagrangeSolver, p: Problem, time_limit, seed, workers, progress
    ) -> None:
        self.cfg, self.p = cfg, p
        self.t0 = time.perf_counter()
        self.deadline = None if time_limit is None else self.t0 + max(0.0, float(time_limit))
        self.time_limit = time_limit
        self.seed, self.workers, self.progress = int(seed), max(1, int(workers)), progress
        self.rows = _rows(p)
        self.best_a: np.ndarray | None = None
        self.best_cost: int | None = None
        self.bound: int | None = None
        self.log: list[str] = []
        self.relaxed = p.network_part()
        #: (placement, priced edge and unplaced costs, S × Lagrangian value, S) of the
        #: full priced solve that gave the best bound
        self.priced_best: tuple | None = None
        self.edge_floor: np.ndarray | None = None
        self.stay = p.edge_index(p.current_pos) if p.has_move_caps else None

    # -- bookkeeping --------------------------------------------------------------------
    def elapsed(self) -> float:
        return time.perf_counter() - self.t0

    def remaining(self) -> float | None:
        return None if self.deadline is None else self.deadline - time.perf_counter()

    def out_of_time(self) -> bool:
        r = self.remaining()
        return r is not None and r <= 0

    def report(self, phase: str) -> None:
        if self.progress is None:
            return
        p = self.p
        self.progress(
            {
                "phase": phase,
                "best": None if self.best_cost is None else p.objective_value(self.best_cost),
                "bound": None if self.bound is None else p.objective_value(self.bound),
                "elapsed": self.elapsed(),
            }
        )

    def offer(self, a: np.ndarray, phase: str) -> bool:
        """Keep ``a`` if it is valid and cheaper than the incumbent."""
        p = self.p
        try:
            cost = p.cost_of(a)
        except ValueError:
            return False
        if self.best_cost is not None and cost >= self.best_cost:
            return False
        if violations(p, a):
            return False
        self.best_a, self.best_cost = np.asarray(a, dtype=np.int32).copy(), cost
        self.report(phase)
        return True

    def raise_bound(self, value: int, phase: str) -> None:
        if self.bound is None or value > self.bound:
            self.bound = value
            self.report(phase)

    def proven(self) -> bool:
        # equal: a bound above a placement's cost proves nothing (see outcome)
        return (
            self.best_cost is not None and self.bound is not None and self.bound == self.best_cost
        )

    def outcome(self, status: Status, message: str) -> SolveOutcome:
        bound = self.bound
        if bound is not None and self.best_cost is not None and bound > self.best_cost:
            # a lower bound above a placement's cost is no bound (a bug, not a proof)
            self.log.append(f"bound {bound} above the placement's cost {self.best_cost}; dropped")
            bound = None
        if status is Status.INFEASIBLE:
            bound = None
        return SolveOutcome(
            status,
            self.best_a if status.has_solution else None,
            self.best_cost if status.has_solution else None,
            bound,
            "lagrange",
            self.elapsed(),
            message,
            self.log,
            edge_floor=self.edge_floor,
        )


def _moves_floor(p: Problem) -> str:
    """Why the move caps cannot hold, from counting alone ('' if no such proof): an
    incumbent must move when staying is not an eligible pair or when pinned
    elsewhere, and at least ``incumbents - seats`` of a post's incumbents from one
    unit must move (seats less those pinned to others)."""
    if not p.has_move_caps or _penalty(p, "move_penalty"):
        return ""
    n, m, k = p.n_employees, p.n_positions, p.n_units
    has = p.current_pos >= 0
    stay = p.edge_index(p.current_pos)
    pinned_away = (p.pinned >= 0) & (p.pinned != p.current_pos)
    forced = has & ((stay < 0) | pinned_away)
    maybe = has & ~forced
    taken = np.bincount(p.pinned[(p.pinned >= 0) & (p.pinned != p.current_pos)], minlength=m)
    seats = np.maximum(p.capacity - taken, 0)
    cu = p.current_unit
    total = int(forced.sum())
    pos = p.current_pos[maybe].astype(np.int64)
    n_p = np.bincount(pos, minlength=m)
    total += int(np.maximum(n_p - seats, 0).sum())
    if p.max_moves != NO_LIMIT and total > p.max_moves:
        return msg("lag.moves", n=total, cap=p.max_moves)
    capped = p.unit_max_moves != NO_LIMIT
    if capped.any():
        floor = np.bincount(cu[forced & (cu >= 0)], minlength=k).astype(np.int64)
        sel = maybe & (cu >= 0)
        key = p.current_pos[sel].astype(np.int64) * k + cu[sel]
        keys, cnt = np.unique(key, return_counts=True)
        excess = np.maximum(cnt - seats[keys // k], 0)
        floor += np.bincount(keys % k, weights=excess, minlength=k).astype(np.int64)
        bad = np.flatnonzero(capped & (floor > p.unit_max_moves))
        if len(bad):
            u = int(bad[0])
            return msg(
                "lag.moves_unit",
                n=int(floor[u]),
                unit=p.label("unit", u),
                cap=int(p.unit_max_moves[u]),
            )
    del n
    return ""
