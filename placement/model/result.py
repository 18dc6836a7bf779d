"""Results: the assignment with its proof status, and the tables a planner reads."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from placement.model.outcome import SolveOutcome, Status
from placement.model.problem import Problem
from placement.model.tables import build_kpis, build_tables

if TYPE_CHECKING:
    from placement.model.compile import Compiled


@dataclass
class Result:
    """Outcome of :func:`placement.solve`.

    ``status`` (optimal / feasible / infeasible / no_solution), ``objective`` and
    ``bound`` in the problem's units (``bound`` proven; equal to ``objective`` when
    optimal), ``gap``, ``assignment`` (position index per employee, -1 unplaced),
    ``solver`` and ``solver_reason`` (why that solver), ``log`` (the solver's own
    lines). Tables (``placements``,
    ``moves``, ``vacancies``, ``unplaced``, ``decisions``, ``training_needs``, ``unit_fill``,
    ``breakdown``) and ``kpis`` are built on first access.
    """

    problem: Problem
    outcome: SolveOutcome
    solver_reason: str = ""
    compiled: Compiled | None = None
    warnings: list[str] = field(default_factory=list)
    #: when infeasible: the rules that cannot all hold (placement.diagnose.Conflict)
    conflicts: list = field(default_factory=list)
    #: with relax=True: each broken rule and by how much
    relaxations: list = field(default_factory=list)
    #: with ``eligibility.keep_displaced_holders``: the placements before the holders
    #: they left without a post were kept in it over formasi, a round each
    #: (:mod:`placement.keeping`; the ``decisions`` table says why they had no seat)
    before_kept: list[Result] = field(default_factory=list)

    # -- proof status ----------------------------------------------------------------
    @property
    def status(self) -> Status:
        return self.outcome.status

    @property
    def assignment(self) -> np.ndarray | None:
        return self.outcome.assignment

    @property
    def solver(self) -> str:
        return self.outcome.solver

    @property
    def seconds(self) -> float:
        return self.outcome.seconds

    @property
    def objective(self) -> float | None:
        c = self.outcome.cost
        return None if c is None else self.problem.objective_value(c)

    @property
    def bound(self) -> float | None:
        b = self.outcome.bound
        return None if b is None else self.problem.objective_value(b)

    @property
    def gap(self) -> float | None:
        return self.outcome.gap

    @property
    def name(self) -> str:
        return self.problem.name

    @property
    def log(self) -> list[str]:
        """The solver's own lines, in English (what it ran and why it stopped: the
        stages of ``auto``, "stopped early", "path relinking", tie-break levels
        folded, …); the workbook's log sheet shows them too. A copy."""
        return list(self.outcome.log)

    def __repr__(self) -> str:
        obj = "—" if self.objective is None else f"{self.objective:,.2f}"
        gap = "" if self.gap in (None, 0.0) else f", gap {self.gap:.2%}"
        n = self.problem.n_employees
        placed = (
            "" if self.assignment is None else f", {int((self.assignment >= 0).sum())}/{n} placed"
        )
        return (
            f"<Result {self.name!r}: {self.status.value} by {self.solver}, objective "
            f"{obj}{gap}{placed}, {self.seconds:.2f}s>"
        )

    # -- tables ----------------------------------------------------------------------
    @cached_property
    def _tables(self) -> dict[str, pd.DataFrame]:
        return build_tables(self)

    @property
    def tables(self) -> dict[str, pd.DataFrame]:
        """Every table of the result by name: the standard ones and those added by
        extensions (``tables`` of :mod:`placement.model.extension`, e.g. ``workload``)."""
        return dict(self._tables)

    @property
    def placements(self) -> pd.DataFrame:
        """One row per employee (placed or not), in input order."""
        return self._tables["placements"]

    @property
    def moves(self) -> pd.DataFrame:
        return self._tables["moves"]

    @property
    def vacancies(self) -> pd.DataFrame:
        return self._tables["vacancies"]

    @property
    def unplaced(self) -> pd.DataFrame:
        return self._tables["unplaced"]

    @property
    def decisions(self) -> pd.DataFrame:
        """Serving officials without a seat within the rules: kept over formasi
        pending a decision, or without a post (:mod:`placement.model.decisions`)."""
        return self._tables["decisions"]

    @property
    def training_needs(self) -> pd.DataFrame:
        return self._tables["training_needs"]

    @property
    def unit_fill(self) -> pd.DataFrame:
        return self._tables["unit_fill"]

    @property
    def breakdown(self) -> pd.DataFrame:
        """Objective per term: weight and contribution (points)."""
        return self._tables["breakdown"]

    @cached_property
    def kpis(self) -> dict:
        return build_kpis(self)
