"""Benchmark suites of the placement engine (issue 6).

Run from a checkout::

    python -m benchmarks SUITE [--sizes N,N...] [--time-limit S] [--select GLOB]
                               [--json FILE] [--quick]

Suites (see ``benchmarks/README.md`` for what each measures and the last results):

- ``scale``: network problems from the seeded organisation generator, side by side
  with the edge-scoring floor, bare OR-Tools ``SimpleMinCostFlow``, scipy's sparse
  assignment and the HiGHS LP;
- ``budget``: the same organisations with per-unit budgets (a knapsack per unit);
  ``placement`` against plain CP-SAT and HiGHS MIP, gaps to the LP bound;
- ``gap``: the published GAP instances of ``data/gap/optima.csv``.

Every measured method of ``scale`` and ``budget`` runs in a fresh (spawned) process so
that its peak resident memory is its own.
"""

__all__ = ["__version__"]

__version__ = "1.0"
