"""The generator's entry point: :func:`generate_organization` draws structure, people and
their tables from one seeded stream."""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
import pandas as pd

from placement.synth.frames import employees_frame, opt_str, positions_frame, units_frame
from placement.synth.people import attainable_min_fill, build_employees, certifications
from placement.synth.structure import REGION_THRESHOLD, build_structure, default_n_units
from placement.synth.templates import UNITS_PER_REGION


class GeneratedOrganization(NamedTuple):
    """Three tables in the documented input format: employees, positions, units."""

    employees: pd.DataFrame
    positions: pd.DataFrame
    units: pd.DataFrame

    def __repr__(self) -> str:
        regions = int((self.units["type"] == "region").sum())
        return (
            f"<GeneratedOrganization: {len(self.employees)} employees, "
            f"{len(self.positions)} positions (headcount {int(self.positions['headcount'].sum())}),"
            f" {len(self.units) - regions} units"
            + (f" in {regions} regions" if regions else "")
            + ">"
        )


def generate_organization(
    n_employees: int, seed: int = 0, n_units: int | None = None
) -> GeneratedOrganization:
    """Generate a synthetic regency civil service.

    Args:
        n_employees: number of employees (>= 1).
        seed: random seed; the same ``(n_employees, seed, n_units)`` gives identical tables.
        n_units: number of work units (regions not counted); default
            :func:`default_n_units`. From 20,000 employees on, units are grouped into
            regions of ~35 units.

    Returns:
        A :class:`GeneratedOrganization` with ``employees``, ``positions`` and ``units``.

    Raises:
        ValueError: ``n_employees`` or ``n_units`` is not positive.
    """
    n = int(n_employees)
    if n < 1:
        raise ValueError(f"n_employees must be >= 1, got {n_employees}")
    k = default_n_units(n) if n_units is None else int(n_units)
    if k < 1:
        raise ValueError(f"n_units must be >= 1, got {n_units}")
    rng = np.random.default_rng([int(seed), n, k, 20250101])
    regional = n >= REGION_THRESHOLD
    n_regions = max(1, round(k / UNITS_PER_REGION)) if regional else 1

    st = build_structure(rng, n, k, n_regions, regional)
    # fields drawn again (see build_employees) from a stream of their own
    emp = build_employees(rng, n, st, np.random.default_rng([int(seed), n, k, 20250101, 3]))
    st.min_fill = attainable_min_fill(st, emp)  # no minimum its holders cannot meet
    units = units_frame(rng, st, emp)
    positions = positions_frame(st)
    employees = employees_frame(rng, st, emp)
    # certifications from a stream of their own: the other columns stay as they were
    certs = certifications(np.random.default_rng([int(seed), n, k, 20250101, 2]), st, emp)
    employees.insert(
        list(employees.columns).index("preferences") + 1,
        "certifications",
        opt_str(certs, certs != ""),
    )
    return GeneratedOrganization(employees, positions, units)
