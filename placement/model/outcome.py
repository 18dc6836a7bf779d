"""How a solve ended: the status and the outcome a solver returns.

They live in the model layer because :class:`placement.model.result.Result` wraps an
outcome; :mod:`placement.solvers.base` re-exports both (users import them there).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

import numpy as np


class Status(enum.StrEnum):
    """How a solve ended. Sub-optimal outcomes are reported, never raised."""

    OPTIMAL = "optimal"
    FEASIBLE = "feasible"  # a placement, not proven optimal (see bound / gap)
    INFEASIBLE = "infeasible"  # proven: the hard rules cannot all hold
    NO_SOLUTION = "no_solution"  # time limit (or heuristic failure) without a placement

    @property
    def has_solution(self) -> bool:
        return self in (Status.OPTIMAL, Status.FEASIBLE)


@dataclass
class SolveOutcome:
    """What a solver returns: the assignment and how far it is proven.

    ``assignment`` int32[n]: position index per employee, -1 unplaced (None when no
    solution). ``cost``/``bound`` are integer objective values of the Problem
    (including its constant); ``bound`` is a proven lower bound on the cost.
    ``reason``: why this solver (or this path of a policy solver such as "auto") was
    used; empty when the caller named the solver.
    """

    status: Status
    assignment: np.ndarray | None
    cost: int | None
    bound: int | None
    solver: str
    seconds: float
    message: str = ""
    log: list[str] = field(default_factory=list)
    reason: str = ""
    #: int64[E] or None: per edge, a proven lower bound on the cost of any placement
    #: that uses it (the Lagrangian backend's reduced costs, see
    #: :mod:`placement.solvers.lagrange.floors`); an edge whose floor is above a known
    #: placement's cost is in no better placement, nor in any as good
    edge_floor: np.ndarray | None = None

    @property
    def gap(self) -> float | None:
        """Relative gap between cost and bound (0 when optimal)."""
        if self.cost is None or self.bound is None:
            return None
        if self.status is Status.OPTIMAL:
            return 0.0
        return abs(self.cost - self.bound) / max(1.0, abs(self.cost))
