"""placement: competency-based staff placement for public-sector restructuring.

Library entry points::

    import placement
    scenario = placement.load_scenario("scenarios/tebo/replace.yaml")
    result = placement.solve(scenario)          # exact min-cost flow when possible
    result.placements, result.moves, result.kpis
    placement.compare([...]).kpis               # scenarios side by side
    placement.shortlist(result, kind="JPT")     # candidates per post, with exact costs
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

#: public name -> module that holds it. Imported on first use (PEP 562), so that
#: ``placement --help`` and other light commands start without pandas / OR-Tools
#: (start-up time, issue 15). The first use imports the domain layer first, as before.
_EXPORTS = {
    "Comparison": "placement.api",
    "compare": "placement.api",
    "solve": "placement.api",
    "shortlist": "placement.candidates",
    "DataError": "placement.errors",
    "InfeasibleError": "placement.errors",
    "PlacementError": "placement.errors",
    "ScenarioError": "placement.errors",
    "UnsupportedProblemError": "placement.errors",
    "Organization": "placement.model.organization",
    "load_organization": "placement.model.organization",
    "Problem": "placement.model.problem",
    "Result": "placement.model.result",
    "Scenario": "placement.model.scenario",
    "load_scenario": "placement.model.scenario",
    "TERMS": "placement.model.terms",
    "register_term": "placement.model.terms",
    "Frontier": "placement.scale",
    "Sweep": "placement.scale",
    "frontier": "placement.scale",
    "sweep": "placement.scale",
    "sweep_each": "placement.scale",
    "SOLVERS": "placement.solvers",
    "Status": "placement.solvers",
    "register_solver": "placement.solvers",
}

if TYPE_CHECKING:  # pragma: no cover
    from placement.api import Comparison, compare, solve
    from placement.candidates import shortlist
    from placement.errors import (
        DataError,
        InfeasibleError,
        PlacementError,
        ScenarioError,
        UnsupportedProblemError,
    )
    from placement.model.organization import Organization, load_organization
    from placement.model.problem import Problem
    from placement.model.result import Result
    from placement.model.scenario import Scenario, load_scenario
    from placement.model.terms import TERMS, register_term
    from placement.scale.frontier import Frontier, frontier
    from placement.scale.sweep import Sweep, sweep, sweep_each
    from placement.solvers import SOLVERS, Status, register_solver


def __getattr__(name: str):
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'placement' has no attribute {name!r}")
    importlib.import_module("placement.domain")  # domain hooks, operations and labels
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))


__version__ = "0.1.0"

__all__ = [
    "SOLVERS",
    "TERMS",
    "Comparison",
    "DataError",
    "Frontier",
    "InfeasibleError",
    "Organization",
    "PlacementError",
    "Problem",
    "Result",
    "Scenario",
    "ScenarioError",
    "Status",
    "Sweep",
    "UnsupportedProblemError",
    "compare",
    "frontier",
    "load_organization",
    "load_scenario",
    "register_solver",
    "register_term",
    "shortlist",
    "solve",
    "sweep",
    "sweep_each",
]
