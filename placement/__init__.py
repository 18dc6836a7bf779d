"""placement: competency-based staff placement for public-sector restructuring.

Library entry points::

    import placement
    scenario = placement.load_scenario("scenarios/tebo/replace.yaml")
    result = placement.solve(scenario)          # exact min-cost flow when possible
    result.placements, result.moves, result.kpis
    placement.compare([...]).kpis               # scenarios side by side
    placement.shortlist(result, kind="JPT")     # candidates per post, with exact costs
"""

import placement.domain  # noqa: F401  (domain hooks, operations and labels)
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
from placement.scale import Frontier, Sweep, frontier, sweep, sweep_each
from placement.solvers import SOLVERS, Status, register_solver

__version__ = "0.1.0"

__all__ = [
    "SOLVERS", "TERMS", "Comparison", "DataError", "Frontier", "InfeasibleError",
    "Organization", "PlacementError", "Problem", "Result", "Scenario", "ScenarioError",
    "Status", "Sweep", "UnsupportedProblemError", "compare", "frontier", "load_organization",
    "load_scenario", "register_solver", "register_term", "shortlist", "solve", "sweep",
    "sweep_each",
]
