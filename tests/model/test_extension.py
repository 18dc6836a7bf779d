"""The Extension protocol (placement.model.extension): one declaration per plug-in, read
by the engine; the civil-service domain plugs in through it, and the model names no
domain module."""

from __future__ import annotations

import numpy as np
import pytest

import placement
from placement.i18n import LABELS, label
from placement.model import extension
from placement.model.extension import Extension, register_extension, unregister_extension
from tests.conftest import small_frames


def _ban_e2(ctx, edge_emp, edge_pos, policy):
    """Edge rule: employee E2 may only keep their own post."""
    e2 = int(np.flatnonzero(ctx.emp_ids == "E2")[0])
    cur = ctx.emp("current_pos")[edge_emp]
    return (edge_emp != e2) | (cur == edge_pos)


def _count_placed_e_ids(result):
    """KPI: people placed whose id ends in an even digit."""
    pl = result.placements
    placed = pl["status"] != "unplaced"
    return {
        "test_even_ids_placed": int((placed & pl["employee_id"].str[-1].isin(list("02468"))).sum())
    }


@pytest.fixture
def test_extension():
    ext = register_extension(
        Extension(
            name="test_extension",
            edge_rules=(_ban_e2,),
            kpis=(_count_placed_e_ids,),
            labels={"test_even_ids_placed": ("Even ids placed", "Id genap ditempatkan")},
        )
    )
    yield ext
    unregister_extension(ext.name)
    LABELS.pop("test_even_ids_placed", None)


def _solve():
    return placement.solve(placement.Scenario.from_frames(*small_frames()))


def test_an_extension_adds_a_kpi_and_an_eligibility_rule(test_extension):
    unregister_extension("test_extension")
    try:
        plain = _solve()
        plain_kpis, plain_pl = plain.kpis, plain.placements  # tables are built lazily
    finally:
        register_extension(test_extension)
    r = _solve()
    assert "test_even_ids_placed" not in plain_kpis
    pl = r.placements.set_index("employee_id")
    assert r.kpis["test_even_ids_placed"] == int(
        (pl["status"] != "unplaced")[[e for e in pl.index if e[-1] in "02468"]].sum()
    )
    assert label("test_even_ids_placed", "id") == "Id genap ditempatkan"
    # E2 (in P1) may go nowhere else: fewer eligible pairs, and E2 is in P1 or unplaced
    assert r.problem.n_edges < plain.problem.n_edges
    assert plain_pl.set_index("employee_id").loc["E2", "position"] == "P3"
    assert pl.loc["E2", "position"] in ("P1", "")


def test_the_domain_is_registered_as_extensions():
    names = list(extension.EXTENSIONS)
    for name in (
        "career",
        "categories",
        "nip",
        "penyetaraan",
        "retirement",
        "service",
        "talent",
        "workload",
    ):
        assert name in names
    assert "retirements" in placement.model.operations.operations()
    assert any(f.__name__ == "check_nip" for f in extension.hooks("checks"))
