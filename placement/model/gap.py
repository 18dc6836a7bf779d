"""Generalized Assignment Problem (GAP) benchmark instances as :class:`Problem`.

The files are read by :mod:`placement.io.gap`. Jobs become employees (all
``must_place``), agents become positions, each with its own unit and its own budget:
job j put on agent i weighs ``a[i][j]`` against budget ``b[i]``. Headcount capacity is
``n`` (never binding). Every (job, agent) pair is an edge.

``sense="min"`` keeps ``c`` as the cost; ``sense="max"`` reads ``c`` as a profit, stores
``-c`` as the cost and marks the problem ``sense="max"`` so that
``problem.objective_value(cost)`` is the profit.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from placement.errors import DataError, PlacementError
from placement.io.gap import GapBlock, instance_file, read_gap_blocks
from placement.model.problem import Problem


def read_gap(path: str | Path, sense: str = "min") -> list[Problem]:
    """All problems of a GAP file (one for the Yagiura single-problem files).

    Problems are named ``<stem>-<k>`` (1-based) for multi-problem files, ``<stem>``
    otherwise. Raises :class:`DataError` (naming the file) when the file is missing,
    unreadable, holds a non-integer token, or has the wrong number of integers.
    """
    if sense not in ("min", "max"):
        raise PlacementError(f"GAP sense must be 'min' or 'max', not {sense!r}")
    return [gap_problem(block, sense) for block in read_gap_blocks(path)]


def load_instance(name: str, sense: str = "min", data_dir: str | Path | None = None) -> Problem:
    """The Problem for an ``optima.csv`` instance name (``gap5-3``, ``d801600``)."""
    path, k = instance_file(name, data_dir)
    problems = read_gap(path, sense=sense)
    if not 1 <= k <= len(problems):
        raise DataError(
            f"GAP instance {name!r}: {path.name} holds {len(problems)} problems, "
            f"optima.csv asks for number {k}"
        )
    return problems[k - 1]


def gap_problem(block: GapBlock, sense: str = "min") -> Problem:
    """The Problem of one GAP block (see the module docstring)."""
    m, n, c, a, b = block.m, block.n, block.c, block.a, block.b
    name = block.name
    cost = c.T.ravel()  # edge (job j, agent i) at j*m + i
    if sense == "max":
        cost = -cost
    edge_cost = np.ascontiguousarray(cost, dtype=np.int64)
    return Problem(
        indptr=np.arange(n + 1, dtype=np.int64) * m,
        edge_pos=np.tile(np.arange(m, dtype=np.int32), n),
        edge_cost=edge_cost,
        unplaced_cost=np.zeros(n, dtype=np.int64),
        capacity=np.full(m, n, dtype=np.int64),
        position_unit=np.arange(m, dtype=np.int32),
        n_units=m,
        must_place=np.ones(n, dtype=bool),
        budget_of_position=np.arange(m, dtype=np.int32),
        budget_limit=np.array(b, dtype=np.int64),
        edge_weight=np.ascontiguousarray(a.T.ravel(), dtype=np.int64),
        sense=sense,
        name=name,
        term_costs={"assignment": (edge_cost.copy(), np.zeros(n, dtype=np.int64))},
        budget_names=[f"agent {i + 1} capacity" for i in range(m)],
    )


__all__ = ["gap_problem", "load_instance", "read_gap"]
