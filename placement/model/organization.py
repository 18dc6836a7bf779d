"""The organisation: employees, positions and units as validated pandas tables.

Table layout (one row per record, any extra column is carried through):

- employees: ``id, name, rank, education, field, current_unit, current_position,
  performance, preferences, birth_date, retirement_date, jf, certifications,
  comp:<Competency>…``
- positions: ``id, title, unit, kind, level, grade, headcount, min_fill,
  min_education, fields, min_rank, priority, key, jf, comp:<Competency>…``
- units: ``id, name, type, parent, max_headcount, min_headcount, budget``

``jf`` names a functional family and ``certifications`` lists an employee's
certificates (career rules: :mod:`placement.domain.career`).
``comp:<Competency>`` holds an employee's assessed level (1–5) or a position's
required level (1–5, blank = not in its standard). Lists (``fields``,
``preferences``, ``certifications``) are separated by ``;``.

Validation is vectorised and collects every problem at once; each message names the
file, the row(s), the column and the fix.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
from pandas.api.extensions import ExtensionArray

from placement.errors import DataError, PlacementError
from placement.io.tables import read_table
from placement.model import extension
from placement.model.validate import (
    COMP_PREFIX,
    EMPLOYEE_COLUMNS,
    KINDS,
    KNOWN,
    LIST_SEP,
    POSITION_COLUMNS,
    REQUIRED,
    UNIT_COLUMNS,
    ProblemLog,
    check_employees,
    check_positions,
    check_references,
    check_units,
    competency_columns,
    is_competency,
    prepare_table,
    where,
)


@dataclass
class Organization:
    """Validated organisation tables (see module docstring for the layout).

    Parsed columns added: employees ``rank_level``, ``edu_level``, ``perf_level``;
    positions ``min_edu_level``, ``min_rank_level``, ``headcount``/``min_fill`` (int),
    ``priority`` (float), ``key`` (bool); units ``max_headcount``, ``min_headcount``,
    ``budget`` (float, NaN = none). ``competencies`` lists the competency names.
    """

    employees: pd.DataFrame
    positions: pd.DataFrame
    units: pd.DataFrame
    competencies: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @classmethod
    def from_frames(
        cls,
        employees: pd.DataFrame,
        positions: pd.DataFrame,
        units: pd.DataFrame | None = None,
        reads: Mapping[str, Collection[str]] | None = None,
    ) -> Organization:
        """Validate raw tables (any dtypes) and return an Organization.

        ``reads``: per table, the columns a scenario's settings read besides the known
        ones (:meth:`~placement.model.config.ScenarioConfig.columns_read`), not warned of
        as unused. Raises a :class:`DataError` subclass listing every problem found.
        """
        log = ProblemLog()
        reads = reads or {}
        emp = prepare_table(employees, "employees", log, reads.get("employees", ()))
        pos = prepare_table(positions, "positions", log, reads.get("positions", ()))
        if units is None:
            ids: np.ndarray | ExtensionArray | list[str] = (
                pd.unique(pos["unit"].astype(str).str.strip()) if "unit" in pos else []
            )
            units = pd.DataFrame({"id": ids, "name": ids})
            units.attrs["table"] = "units (derived from positions)"
        un = prepare_table(units, "units", log, reads.get("units", ()))
        if log.errors:  # missing columns: check the tables that do not depend on the broken
            lacking = {
                t
                for t, df in (("employees", emp), ("positions", pos), ("units", un))
                if any(c not in df for c in REQUIRED[t])
            }
            if "units" not in lacking:
                un = check_units(un, log)
                if "positions" not in lacking:
                    check_positions(pos, set(un["id"]), competency_columns(emp, pos), log)
            log.raise_if_any()
        comps = competency_columns(emp, pos)
        un = check_units(un, log)
        pos = check_positions(pos, set(un["id"]), comps, log)
        emp = check_employees(emp, pos, set(un["id"]), comps, log)
        log.raise_if_any()
        org = cls(emp, pos, un, comps, []).canonical()
        # extra validations of the extensions (e.g. NIP): ``check(org, log)``; they may add
        # parsed columns to the tables and report errors or warnings through ``log``
        for check in extension.hooks("checks"):
            check(org, log)
        log.raise_if_any()
        org.warnings = list(log.warnings)
        return org

    def copy(self) -> Organization:
        return Organization(
            self.employees.copy(),
            self.positions.copy(),
            self.units.copy(),
            list(self.competencies),
            list(self.warnings),
        )

    def revalidate(self) -> Organization:
        """Re-run the cross-table checks after operations changed the tables (and put
        the rows back in canonical order)."""
        log = ProblemLog()
        check_references(self.employees, self.positions, set(self.units["id"]), log)
        log.raise_if_any()
        return self.canonical()

    def canonical(self) -> Organization:
        """Sort every table by id, in place (returns self).

        Row order carries no meaning: the solvers and every output see the records in
        id order, so shuffling the rows of an input file changes nothing downstream
        (messages still quote the file's own row numbers from ``_row``).
        """
        for name in ("employees", "positions", "units"):
            df = getattr(self, name)
            ids = df["id"].to_numpy(dtype=object)
            if len(ids) > 1 and not (ids[1:] > ids[:-1]).all():
                attrs = dict(df.attrs)
                df = df.iloc[np.argsort(ids.astype(str), kind="stable")].reset_index(drop=True)
                df.attrs.update(attrs)
                setattr(self, name, df)
        return self

    @property
    def excluded(self) -> np.ndarray:
        """bool[n]: employees who may not be placed (``exclusion`` holds the reason)."""
        if "exclusion" not in self.employees:
            return np.zeros(len(self.employees), dtype=bool)
        return self.employees["exclusion"].to_numpy(dtype=object) != ""

    def exclude(self, mask: np.ndarray, reason: str) -> None:
        """Mark employees as not placeable with a reason (the first reason given wins);
        they get no eligible post, their seats count as vacant, and the result lists
        them as unplaced with this reason."""
        emp = self.employees
        if "exclusion" not in emp:
            emp["exclusion"] = ""
        mask = np.asarray(mask, dtype=bool) & ~self.excluded
        if mask.any():
            col = emp["exclusion"].to_numpy(dtype=object).copy()
            col[mask] = reason
            # object, not str: a catalogue Message reason stays one (translated later)
            emp["exclusion"] = pd.Series(col, index=emp.index, dtype=object)

    def __repr__(self) -> str:
        return (
            f"<Organization: {len(self.employees)} employees, {len(self.positions)} "
            f"positions ({int(self.positions['headcount'].sum())} seats), "
            f"{len(self.units)} units, {len(self.competencies)} competencies>"
        )


def load_organization(
    employees: str | Path,
    positions: str | Path,
    units: str | Path | None = None,
    reads: Mapping[str, Collection[str]] | None = None,
) -> Organization:
    """Read and validate the three tables from CSV / Excel / Parquet files (``reads``:
    as :meth:`Organization.from_frames`)."""
    problems: list[str] = []
    frames: dict[str, pd.DataFrame] = {}
    paths = [employees, positions, units]
    for what, path in zip(("employees", "positions", "units"), paths, strict=True):
        if path is None:
            continue
        try:
            frames[what] = read_table(path, what, numbers=is_competency)
        except PlacementError as exc:
            problems += exc.problems
    if problems:
        raise DataError(by_file(problems, paths))
    try:
        return Organization.from_frames(
            frames["employees"], frames["positions"], frames.get("units"), reads
        )
    except PlacementError as exc:
        warnings = getattr(exc, "warnings", [])
        exc.__init__(by_file(exc.problems, paths))  # type: ignore[misc]
        exc.warnings = by_file(warnings, paths)  # type: ignore[attr-defined]
        raise


def by_file(lines: list[str], paths: Sequence[str | Path | None]) -> list[str]:
    """``lines`` grouped by the file they name first (in the order of ``paths``; lines
    naming none last), keeping their order within a file."""
    names = [(str(p), Path(p).name) for p in paths if p is not None]

    def key(line: str) -> int:
        for i, (full, name) in enumerate(names):
            if line.startswith(full) or line.startswith(name):
                return i
        return len(names)

    return sorted(lines, key=key)


#: The organisation and its loader; the table layout and the problem log are defined
#: in :mod:`placement.model.validate` and re-exported here, where callers find them.
def opd_of(units: pd.DataFrame) -> dict[str, str]:
    """Unit id → id of its OPD (the top-level ancestor; itself without a parent)."""
    if not len(units) or "id" not in units:
        return {}
    ids = units["id"].astype(str).tolist()
    parents = (
        units["parent"].astype(object).fillna("").astype(str).tolist()
        if "parent" in units
        else [""] * len(ids)
    )
    parent = {u: p for u, p in zip(ids, parents, strict=True) if p and p != u}
    out = {}
    for u in ids:
        top, seen = u, {u}
        while top in parent and parent[top] not in seen:
            top = parent[top]
            seen.add(top)
        out[u] = top
    return out


__all__ = [
    "COMP_PREFIX",
    "EMPLOYEE_COLUMNS",
    "KINDS",
    "KNOWN",
    "LIST_SEP",
    "POSITION_COLUMNS",
    "REQUIRED",
    "UNIT_COLUMNS",
    "Organization",
    "ProblemLog",
    "by_file",
    "load_organization",
    "opd_of",
    "where",
]
