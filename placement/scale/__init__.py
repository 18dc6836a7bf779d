"""Scale-out on Dask: sweeps of scenario settings, the moves–fit frontier (the price of
change), many organisations, and the scenarios of a comparison (``solve_each``, in
processes forked from this one), each task one ordinary solve.

>>> from placement.scale import sweep, frontier, sweep_each, solve_each
>>> # sweep("scenarios/tebo/replace.yaml", {"objective.weights.continuity": [0, 5, 10]})
"""

from placement.scale.cluster import dask_client
from placement.scale.frontier import Frontier, frontier
from placement.scale.grid import parse_vary, variants
from placement.scale.output import write_frontier, write_sweep
from placement.scale.scenarios import solve_each
from placement.scale.sweep import Sweep, sweep, sweep_each

__all__ = [
    "Frontier",
    "Sweep",
    "dask_client",
    "frontier",
    "parse_vary",
    "solve_each",
    "sweep",
    "sweep_each",
    "variants",
    "write_frontier",
    "write_sweep",
]
