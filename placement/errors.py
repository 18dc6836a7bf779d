"""Exceptions raised by placement. Every user-facing error derives from PlacementError."""

from __future__ import annotations

from collections.abc import Iterable


class PlacementError(Exception):
    """Root of every error placement raises on purpose.

    ``problems`` holds one line per problem found (all of them, not only the first);
    ``str(error)`` joins them.
    """

    def __init__(self, problems: str | Iterable[str]):
        if isinstance(problems, str):
            problems = [problems]
        self.problems: list[str] = list(problems)
        super().__init__("\n".join(self.problems))


class DataError(PlacementError):
    """A data file (employees, positions, units, ...) is missing, unreadable or invalid."""


class DuplicateIdError(DataError):
    """Two rows share an id that must be unique."""


class UnknownReferenceError(DataError):
    """A row refers to a unit, position or employee that does not exist."""


class InvalidValueError(DataError):
    """A cell holds a value outside its domain (level, rank, headcount ...)."""


class ScenarioError(PlacementError):
    """A scenario file is malformed: syntax, unknown key, extends cycle, bad operation."""


class ExtendsCycleError(ScenarioError):
    """Scenario files extend each other in a cycle."""


class OperationError(ScenarioError):
    """A restructuring operation cannot be applied (unknown unit, closed position ...)."""


class UnsupportedProblemError(PlacementError):
    """A solver was asked for a problem it cannot express."""


class InfeasibleError(PlacementError):
    """The hard rules cannot all hold at once."""
