"""The solver interface: a Problem and :class:`SolveOptions` in, a SolveOutcome out.

``Status`` and ``SolveOutcome`` live in :mod:`placement.model.outcome` and are
re-exported here."""

from __future__ import annotations

import contextlib
import enum
import signal
import threading
import time
from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import ClassVar

import numpy as np

from placement.errors import UnsupportedProblemError
from placement.i18n import msg
from placement.model.outcome import SolveOutcome, Status
from placement.model.problem import Problem
from placement.solvers.registry import solvers_supporting


class Feature(enum.StrEnum):
    """What a Problem may need from a solver."""

    NETWORK = "network"  # headcounts, unit caps, min fills, pins, bans, linear costs
    BUDGETS = "budgets"
    MOVE_CAPS = "move_caps"


def required_features(problem: Problem) -> frozenset[Feature]:
    need = {Feature.NETWORK}
    if problem.has_budgets and problem.headcount_budgets() is None:
        need.add(Feature.BUDGETS)  # budgets that count heads are headcount caps
    if problem.has_move_caps:
        need.add(Feature.MOVE_CAPS)
    return frozenset(need)


@dataclass(frozen=True)
class SolveOptions:
    """How to run one solve: the settings every backend reads.

    ``time_limit``: seconds of wall clock for the whole call, model building included
    (None = no limit); :meth:`Solver.solve` turns it into ``deadline``, an instant on
    :func:`time.perf_counter`, which a caller that splits its budget between stages
    (:class:`placement.solvers.auto.AutoSolver`, a relaxed re-run) may set itself.
    ``seed``: the random seed. ``workers``: threads (CP-SAT; 0 = all cores).
    ``hint``: int[n] placement to start from (-1 = unplaced), or None. ``progress``:
    called with ``{"phase", "best", "bound", "elapsed"}`` on each improvement.
    """

    time_limit: float | None = None
    seed: int = 0
    workers: int = 1
    hint: np.ndarray | None = None
    progress: Callable[[dict], None] | None = None
    deadline: float | None = None

    def started(self) -> SolveOptions:
        """These options with the clock started: ``deadline`` = now + ``time_limit``
        unless a deadline is set already."""
        if self.deadline is not None or self.time_limit is None:
            return self
        return replace(self, deadline=time.perf_counter() + max(0.0, float(self.time_limit)))

    def remaining(self) -> float | None:
        """Seconds left before ``deadline`` (never negative; None = no limit)."""
        if self.deadline is None:
            return None
        return max(0.0, self.deadline - time.perf_counter())

    def within(self, seconds: float | None) -> SolveOptions:
        """Options for a stage that may use at most ``seconds`` of what remains
        (None = all of it): the stage's ``time_limit`` and ``deadline``, never past
        this ``deadline``."""
        now = time.perf_counter()
        deadline = self.deadline
        if seconds is not None:
            end = now + max(0.0, float(seconds))
            deadline = end if deadline is None else min(deadline, end)
        if deadline is None:
            return replace(self, time_limit=None, deadline=None)
        return replace(self, time_limit=max(0.0, deadline - now), deadline=deadline)


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
            able = ", ".join(solvers_supporting(required_features(problem))) or "none"
            names = ", ".join(problem.side_constraints())
            raise UnsupportedProblemError(
                msg("solver.unsupported", solver=self.name, names=names, able=able)
            )

    def solve(
        self, problem: Problem, options: SolveOptions | None = None, **settings
    ) -> SolveOutcome:
        """Solve ``problem``. ``options`` (a :class:`SolveOptions`) and/or its fields
        as keywords (``time_limit=10, seed=3``; keywords win). The clock of
        ``time_limit`` starts here."""
        opts = options if options is not None else SolveOptions()
        if "time_limit" in settings:  # a new limit: its clock starts now
            settings.setdefault("deadline", None)
        if settings:
            opts = replace(opts, **settings)
        self.check_supported(problem)
        return self._solve(problem, opts.started())

    @abstractmethod
    def _solve(self, problem: Problem, options: SolveOptions) -> SolveOutcome:
        """The backend's work; ``options.deadline`` is set when there is a limit."""


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


__all__ = [
    "Feature",
    "SolveOptions",
    "SolveOutcome",
    "Solver",
    "Status",
    "interruptible",
    "required_features",
]
