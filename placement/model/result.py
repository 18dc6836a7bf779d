"""Results: the assignment with its proof status, and the tables a planner reads."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from placement.model.context import NO_STANDARD, NOT_ASSESSED
from placement.model.problem import Problem
from placement.solvers.base import SolveOutcome, Status

if TYPE_CHECKING:
    from placement.model.compile import Compiled

#: JPM mapping categories (DOMAIN.md): lower bound of each, highest first.
JPM_CATEGORIES = (("Optimal", 90.0), ("Cukup Optimal", 78.0), ("Kurang Optimal", 0.0))
#: Category of a placed pair without a JPM: the person is not assessed on any competency
#: of the post's standard / the post has no competency standard.
CATEGORY_NOT_ASSESSED, CATEGORY_NO_STANDARD = "not assessed", "no standard"


def jpm_category(jpm: np.ndarray, reason: np.ndarray | None = None) -> np.ndarray:
    """Mapping category per JPM value; where there is no JPM, '' or, given ``reason``
    (:func:`placement.model.context.jpm_reason` codes), :data:`CATEGORY_NOT_ASSESSED`
    / :data:`CATEGORY_NO_STANDARD`."""
    jpm = np.asarray(jpm, dtype=float)
    out = np.full(len(jpm), "", dtype=object)
    for name, lo in reversed(JPM_CATEGORIES):
        out[jpm >= lo] = name
    out[np.isnan(jpm)] = ""
    if reason is not None:
        out[reason == NOT_ASSESSED] = CATEGORY_NOT_ASSESSED
        out[reason == NO_STANDARD] = CATEGORY_NO_STANDARD
    return out


@dataclass
class Result:
    """Outcome of :func:`placement.solve`.

    ``status`` (optimal / feasible / infeasible / no_solution), ``objective`` and
    ``bound`` in the problem's units (``bound`` proven; equal to ``objective`` when
    optimal), ``gap``, ``assignment`` (position index per employee, -1 unplaced),
    ``solver`` and ``solver_reason`` (why that solver). Tables (``placements``,
    ``moves``, ``vacancies``, ``unplaced``, ``training_needs``, ``unit_fill``,
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

    def __repr__(self) -> str:
        obj = "—" if self.objective is None else f"{self.objective:,.2f}"
        gap = "" if self.gap in (None, 0.0) else f", gap {self.gap:.2%}"
        n = self.problem.n_employees
        placed = "" if self.assignment is None else \
            f", {int((self.assignment >= 0).sum())}/{n} placed"
        return (f"<Result {self.name!r}: {self.status.value} by {self.solver}, objective "
                f"{obj}{gap}{placed}, {self.seconds:.2f}s>")

    # -- tables ----------------------------------------------------------------------
    @cached_property
    def _tables(self) -> dict[str, pd.DataFrame]:
        from placement.model.tables import build_tables

        return build_tables(self)

    @property
    def tables(self) -> dict[str, pd.DataFrame]:
        """Every table of the result by name: the standard ones and those added by
        extensions (``placement.model.tables.TABLE_EXTENSIONS``, e.g. ``workload``)."""
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
        from placement.model.tables import build_kpis

        return build_kpis(self)
