"""Narrowed pricing networks: on large problems most subgradient steps solve the priced
flow on a few options per employee, the full network only now and then.

A narrowed network keeps, for each employee, its ``options`` cheapest priced edges
(as of the last full solve) plus every edge a priced optimum has used so far and the
edges that must stay reachable (an incumbent's current post, a pinned post). Its
optimum is a placement of the full network (its edges are real edges) whose cost is
*at least* the full priced optimum: it is no bound and is never reported as one. It
only moves the multipliers: the row activities of an optimum over the options that
matter are a good subgradient, at a fraction of the cost (100k employees: about 0.7M
of 4.1M edges, a solve of ~1.7 s instead of ~5.5 s). Every bound still comes from a
full solve, and the narrowed set is rebuilt at each (the cheapest options move with
the multipliers).
"""

from __future__ import annotations

import copy

import numpy as np

from placement.model.problem import Problem

#: Above this many edges pricing narrows (the size above which "auto" runs no CP-SAT
#: on the full model: the Lagrangian backend is all there is). 10k employees (311k
#: edges), 30 s: 0.245 % -> 0.195 %; 100k (4.1M), 120 s: 1.62 % -> 0.40 %.
NARROW_EDGES = 200_000


class _Narrow:
    """The edge set of the narrowed network, grown with every priced optimum seen."""

    def __init__(self, p: Problem, options: int) -> None:
        self.p, self.options = p, max(1, int(options))
        self.used = np.zeros(p.n_edges, dtype=bool)
        keep = p.edge_index(p.current_pos)
        self.used[keep[keep >= 0]] = True
        keep = p.edge_index(p.pinned)
        self.used[keep[keep >= 0]] = True
        deg = np.diff(p.indptr)
        self.wide = deg > self.options  # employees whose options are narrowed
        self.wide_edges = np.flatnonzero(self.wide[p.edge_emp])
        self.idx = np.zeros(0, dtype=np.int64)

    def note(self, e: np.ndarray) -> None:
        """Keep the edges of a priced optimum (``e``: edge per employee, -1 none)."""
        self.used[e[e >= 0]] = True

    def rebuild(self, cost_e: np.ndarray) -> None:
        """The edge set for the priced costs ``cost_e``: the ``options`` cheapest edges
        of each employee (ties: lowest edge id) plus the kept ones."""
        p = self.p
        keep = self.used | ~self.wide[p.edge_emp]
        w = self.wide_edges
        if len(w):
            order = np.lexsort((w, cost_e[w], p.edge_emp[w]))
            emp = p.edge_emp[w[order]]
            first = np.searchsorted(emp, emp)
            rank = np.arange(len(w)) - first
            keep[w[order[rank < self.options]]] = True
        self.idx = np.flatnonzero(keep)

    def problem(self, q: Problem) -> Problem:
        """The priced network ``q`` (costs per edge of the full problem) on the kept
        edges only, tie levels left out (no tie-break: the optimum only steers)."""
        r = copy.copy(q)
        r.term_costs, r.tie_levels = {}, []
        return r.on_edges(self.idx)
