"""Seats given back to the holders who yielded them (``placement.api``): a round whose
compile shuts a pair the placement so far uses keeps that placement."""

from __future__ import annotations

from pathlib import Path

import placement
from placement.model.check import violations

TEBO = Path(__file__).resolve().parents[2] / "scenarios" / "tebo"


def test_the_readme_sweeps_continuity_0_variants_solve():
    """The README's sweep of the bundled ``replace`` stopped on its two variants with
    ``continuity`` 0 at e7c12bf: "assignment uses a non-eligible (employee, position)
    pair". A seat given back had shut pairs the placement before used (the staying
    rule pruning entries into a post the holder given back made over-filled, which
    skp_seat then charged), and the round compared that placement's cost in the new
    problem. Both variants solve to a valid placement whose cost is the solver's."""
    base = placement.load_scenario(TEBO / "replace.yaml")
    for jpm in (None, 70):
        sc = base.with_settings(
            objective={"weights": {"continuity": 0}}, eligibility={"min_jpm": jpm}
        )
        r = placement.solve(sc)
        assert r.assignment is not None and violations(r.problem, r.assignment) == []
        assert r.problem.cost_of(r.assignment) == r.outcome.cost
        assert len(r.moves) > 500
