"""A change of a placement by objective term (:func:`placement.model.parts.plan_change`),
against the terms summed over two whole placements."""

from __future__ import annotations

from pathlib import Path

import numpy as np

import placement
from placement.model.parts import plan_change

TEBO = Path(__file__).resolve().parents[2] / "scenarios" / "tebo"


def _by_term(p, x: np.ndarray) -> dict[str, int]:
    """Each term's integer cost of the whole placement ``x``, summed edge by edge."""
    e = p.pair_edges(np.arange(p.n_employees), x)
    out = {}
    for name, (ec, uc) in p.term_costs.items():
        out[name] = int(ec[e[x >= 0]].sum() + uc[x < 0].sum())
    return out


def test_a_plan_change_by_term_is_the_terms_of_the_two_placements_apart():
    """``workload`` solved, then solved again with a few pairs taken out (the placements
    of ten movers): the change by term from the first placement to the second, given
    only the people who differ, is each term's total over the second placement less the
    first's, and the terms add up to the costs."""
    r = placement.solve(TEBO / "workload.yaml")
    p, a = r.problem, np.asarray(r.assignment, dtype=np.int64)
    cur = np.asarray(p.current_pos)
    movers = np.flatnonzero((a >= 0) & (a != cur))[:10]
    drop = np.isin(p.pair_edges(movers, a[movers]), np.arange(p.n_edges))
    cut = np.zeros(p.n_edges, dtype=bool)
    cut[p.pair_edges(movers, a[movers])[drop]] = True
    b = np.asarray(placement.solve(p.on_edges(np.flatnonzero(~cut)), solver="flow").assignment)
    b = b.astype(np.int64)
    changed = np.flatnonzero(a != b)
    assert len(changed) >= 10
    got = plan_change(p, a, [(int(i), int(b[i])) for i in changed])
    before, after = _by_term(p, a), _by_term(p, b)
    want = {t: (before[t] - after[t]) / p.objective_scale for t in before if before[t] != after[t]}
    assert got.keys() == want.keys() and all(abs(got[t] - want[t]) < 1e-9 for t in want)
    total = (p.cost_of(a) - p.cost_of(b)) / p.objective_scale
    assert abs(sum(got.values()) - total) < 0.01


def test_a_change_to_a_post_that_is_no_option_is_not_itemised():
    """A change the problem has no edge for gives no parts (nothing to add up)."""
    r = placement.solve(TEBO / "workload.yaml")
    p, a = r.problem, np.asarray(r.assignment, dtype=np.int64)
    i = 0
    options = set(p.edge_pos[p.indptr[i] : p.indptr[i + 1]].tolist())
    q = next(j for j in range(p.n_positions) if j not in options)
    assert plan_change(p, a, [(i, q)]) == {}
