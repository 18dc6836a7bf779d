"""Seats given back to the holders who yielded them (``placement.api``): a round whose
compile shuts a pair the placement so far uses keeps that placement."""

from __future__ import annotations

from pathlib import Path

import numpy as np

import placement
from placement.api import _seats_to_give_back
from placement.model.check import violations

TEBO = Path(__file__).resolve().parents[2] / "scenarios" / "tebo"


def test_a_round_that_shuts_a_pair_of_the_placement_so_far_keeps_it():
    """The README's sweep of the bundled ``replace`` stopped on its two variants with
    ``continuity`` 0: "assignment uses a non-eligible (employee, position) pair". A seat
    given back can shut pairs too (the rise rule counts a post's free seats), and the
    round compared its result with the placement before in the new problem, where
    that placement used a pair no longer open. The solve now keeps the placement
    before, a valid one; the pair shut is re-made here from the two compiles."""
    sc = placement.load_scenario(TEBO / "replace.yaml").with_settings(
        objective={"weights": {"continuity": 0}}
    )
    first = placement.solve(sc.with_settings(eligibility={"give_back_rounds": 0}))
    back = _seats_to_give_back(first.compiled, first.assignment)
    assert back is not None and back.any()
    again = sc.compile(None, reclaim=back)
    a = np.asarray(first.assignment)
    placed = np.flatnonzero(a >= 0)
    assert (again.problem.pair_edges(placed, a[placed]) < 0).any()  # the case arises
    r = placement.solve(sc)
    assert r.assignment is not None and violations(r.problem, r.assignment) == []
    assert r.problem.cost_of(r.assignment) == r.outcome.cost
