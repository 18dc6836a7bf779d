"""Solver backends, one module each, and their registry."""

from placement.solvers import auto, cpsat, flow, greedy, lagrange  # noqa: E402,F401,I001  (register backends)
from placement.solvers.base import Feature, SolveOptions, SolveOutcome, Solver, Status
from placement.solvers.registry import SOLVERS, get_solver, register_solver

__all__ = [
    "SOLVERS",
    "Feature",
    "SolveOptions",
    "SolveOutcome",
    "Solver",
    "Status",
    "get_solver",
    "register_solver",
]
