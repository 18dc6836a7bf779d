"""Registry of solver backends: a plain dict from name to class."""

from __future__ import annotations

from typing import TYPE_CHECKING

from placement.errors import PlacementError
from placement.i18n import msg

if TYPE_CHECKING:  # base imports this module (solvers_supporting): types only here
    from placement.solvers.base import Feature, Solver

SOLVERS: dict[str, type[Solver]] = {}


def register_solver(cls: type[Solver]) -> type[Solver]:
    """Class decorator: make a backend available by its ``name``."""
    SOLVERS[cls.name] = cls
    return cls


def solvers_supporting(features: frozenset[Feature]) -> list[str]:
    """Names of the available exact solvers that can express ``features``."""
    return [
        name
        for name, cls in SOLVERS.items()
        if features <= cls.features and cls.exact and cls.is_available()
    ]


def get_solver(solver: str | Solver) -> Solver:
    """A solver instance from a name or an instance (users may bring their own)."""
    if not isinstance(solver, str):  # a Solver instance
        return solver
    if solver not in SOLVERS:
        known = ", ".join(sorted(SOLVERS))
        raise PlacementError(msg("solver.unknown", solver=solver, known=known))
    cls = SOLVERS[solver]
    if not cls.is_available():
        raise PlacementError(msg("solver.not_installed", solver=solver))
    return cls()
