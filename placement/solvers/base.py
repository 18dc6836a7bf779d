"""The solver interface: a Problem in, a SolveOutcome out."""

from __future__ import annotations

import contextlib
import enum
import signal
import threading
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import ClassVar

import numpy as np

from placement.errors import UnsupportedProblemError
from placement.i18n import msg
from placement.model.problem import Problem


class Status(enum.StrEnum):
    """How a solve ended. Sub-optimal outcomes are reported, never raised."""

    OPTIMAL = "optimal"
    FEASIBLE = "feasible"  # a placement, not proven optimal (see bound / gap)
    INFEASIBLE = "infeasible"  # proven: the hard rules cannot all hold
    NO_SOLUTION = "no_solution"  # time limit (or heuristic failure) without a placement

    @property
    def has_solution(self) -> bool:
        return self in (Status.OPTIMAL, Status.FEASIBLE)


class Feature(enum.StrEnum):
    """What a Problem may need from a solver."""

    NETWORK = "network"  # headcounts, unit caps, min fills, pins, bans, linear costs
    BUDGETS = "budgets"
    MOVE_CAPS = "move_caps"


def required_features(problem: Problem) -> frozenset[Feature]:
    need = {Feature.NETWORK}
    if problem.has_budgets:
        need.add(Feature.BUDGETS)
    if problem.has_move_caps:
        need.add(Feature.MOVE_CAPS)
    return frozenset(need)


@dataclass
class SolveOutcome:
    """What a solver returns: the assignment and how far it is proven.

    ``assignment`` int32[n]: position index per employee, -1 unplaced (None when no
    solution). ``cost``/``bound`` are integer objective values of the Problem
    (including its constant); ``bound`` is a proven lower bound on the cost.
    """

    status: Status
    assignment: np.ndarray | None
    cost: int | None
    bound: int | None
    solver: str
    seconds: float
    message: str = ""
    log: list[str] = field(default_factory=list)

    @property
    def gap(self) -> float | None:
        """Relative gap between cost and bound (0 when optimal)."""
        if self.cost is None or self.bound is None:
            return None
        if self.status is Status.OPTIMAL:
            return 0.0
        return abs(self.cost - self.bound) / max(1.0, abs(self.cost))


class Solver(ABC):
    """A backend. Subclasses declare their ``features`` and implement ``_solve``."""

    name: ClassVar[str]
    features: ClassVar[frozenset[Feature]]
    exact: ClassVar[bool] = True

    @classmethod
    def is_available(cls) -> bool:
        return True

    def can_solve(self, problem: Problem) -> bool:
        return required_features(problem) <= self.features

    def check_supported(self, problem: Problem) -> None:
        missing = required_features(problem) - self.features
        if missing:
            from placement.solvers.registry import solvers_supporting

            able = ", ".join(solvers_supporting(required_features(problem))) or "none"
            names = ", ".join(problem.side_constraints())
            raise UnsupportedProblemError(msg("solver.unsupported", solver=self.name,
                                              names=names, able=able))

    def solve(
        self,
        problem: Problem,
        time_limit: float | None = None,
        seed: int = 0,
        workers: int = 1,
        hint: np.ndarray | None = None,
        progress=None,
    ) -> SolveOutcome:
        self.check_supported(problem)
        return self._solve(problem, time_limit, seed, workers, hint, progress)

    @abstractmethod
    def _solve(
        self,
        problem: Problem,
        time_limit: float | None,
        seed: int,
        workers: int,
        hint: np.ndarray | None,
        progress,
    ) -> SolveOutcome: ...


@contextlib.contextmanager
def interruptible(stop):
    """Within the block, Ctrl-C calls ``stop()`` (e.g. CP-SAT's ``stop_search``) instead
    of raising, so the solver returns its best placement so far. Yields a one-item
    list that holds True once interrupted. A no-op outside the main thread."""
    flag = [False]
    if threading.current_thread() is not threading.main_thread():
        yield flag
        return

    def handler(signum, frame):
        flag[0] = True
        stop()

    previous = signal.signal(signal.SIGINT, handler)
    try:
        yield flag
    finally:
        signal.signal(signal.SIGINT, previous)
