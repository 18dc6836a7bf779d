"""Scenarios: an organisation, restructuring operations and settings.

A scenario file is YAML. ``extends: base.yaml`` starts from another file: mappings
are merged key by key (the extending file wins), and ``operations`` are appended to
the base's. Paths (``data`` and operations' ``file``) are relative to the file that
names them.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from placement.errors import ExtendsCycleError, OperationError, PlacementError, ScenarioError
from placement.i18n import msg
from placement.io.yaml_file import read_yaml
from placement.limits import work_limit
from placement.model.compile import Basis, Compiled, compile_scenario
from placement.model.config import ScenarioConfig, resolve_path, validate_config
from placement.model.operations import Plan, apply_operations, parse_operation
from placement.model.organization import Organization, load_organization


class Scenario:
    """An organisation plus a restructuring scenario, ready to compile and solve.

    Build one with :func:`load_scenario` (a YAML file) or :meth:`from_frames`
    (DataFrames and keyword settings, e.g. ``operations=[...]``,
    ``objective={"weights": {...}}``).
    """

    def __init__(
        self,
        config: ScenarioConfig,
        path: Path | None = None,
        organization: Organization | None = None,
        sources: list[Path] | None = None,
    ) -> None:
        self.config = config
        self.path = path
        #: the scenario files read: this one and its ``extends`` chain
        self.sources = list(sources) if sources is not None else ([path] if path else [])
        self._org = organization
        self._plan: Plan | None = None
        self._basis: Basis | None = None
        #: what its compiles derive from the organisation alone (context.ORG_DERIVED)
        self.derived_cache: dict = {}
        ops, problems = [], []
        for i, item in enumerate(config.operations):  # every bad operation, not the first
            try:
                ops.append(parse_operation(item, i, self.source))
            except ScenarioError as exc:
                problems += exc.problems
        if problems:
            raise OperationError(problems)
        self._operations = ops

    @property
    def name(self) -> str:
        return self.config.name

    @property
    def source(self) -> str:
        return self.path.name if self.path else f"scenario {self.config.name!r}"

    @classmethod
    def from_frames(
        cls,
        employees: pd.DataFrame,
        positions: pd.DataFrame,
        units: pd.DataFrame | None = None,
        **settings: Any,
    ) -> Scenario:
        """A scenario over in-memory tables; ``settings`` are scenario-file keys."""
        settings.setdefault("name", "scenario")
        config = validate_config(settings, msg("scenario.name", name=settings["name"]))
        org = Organization.from_frames(employees, positions, units, config.columns_read())
        return cls(config, None, org)

    def input_files(self) -> list[Path]:
        """Every file this scenario reads: the scenario files (``extends`` chain
        included), the data files and the files operations name (pins, bans, workload;
        every place a relative one is looked up). No output may replace them."""
        d = self.config.data
        files = [Path(p) for p in (d.employees, d.positions, d.units) if p]
        files += self.sources
        base = self.path.resolve().parent if self.path else None
        for op, _ in self._operations:
            f = getattr(op, "file", None)
            if not isinstance(f, str):
                continue
            p = Path(f)
            if p.is_absolute():
                files.append(p)
            else:
                files += [q / p for q in (base, Path.cwd()) if q is not None]
        return files

    def organization(self) -> Organization:
        """The organisation as read from the data files (before operations)."""
        if self._org is None:
            d = self.config.data
            if not d.employees or not d.positions:
                raise ScenarioError(msg("scenario.data_needs", source=self.source))
            self._org = load_organization(
                d.employees, d.positions, d.units, self.config.columns_read()
            )
        return self._org

    def plan(self) -> Plan:
        """The organisation after the scenario's operations, with pins and bans."""
        if self._plan is None:
            base = self.path.resolve().parent if self.path else None
            self._plan = apply_operations(
                self.organization(), self._operations, base, self.config.reference_date
            )
        return self._plan

    def compile(
        self,
        reference: dict[str, str] | None = None,
        reclaim: np.ndarray | None = None,
        pending: np.ndarray | None = None,
        late: tuple[np.ndarray, np.ndarray] | None = None,
    ) -> Compiled:
        """Compile into a :class:`~placement.model.compile.Compiled` (Problem + labels).

        ``reference`` (``{employee id: position id or ""}``) is the placement ties are
        broken toward (default: everybody's current post); see
        :mod:`placement.model.stability`. ``reclaim`` (bool per employee): holders who
        would yield their post to those who meet its rules keep their edge to it
        (:func:`placement.api.solve` gives back to them the seats left empty).
        ``pending`` (per employee, 1 or 2: :data:`~placement.model.eligibility.OVER`,
        :data:`~placement.model.eligibility.SEATED`): serving holders a solve left
        without a post, kept in it over its formasi or in a seat of it
        (``eligibility.keep_displaced_holders``, :mod:`placement.keeping`). ``late``
        (employee and position indices): moves left out as their SK would wait for a
        seat longer than a rule lets the mover (:mod:`placement.keeping`)."""
        return compile_scenario(self, reference, self._basis, reclaim, pending, late)

    def share_basis(self, basis: Basis) -> None:
        """Compile on ``basis`` instead of building it: a :class:`~placement.model.
        compile.Basis` of a scenario with the same data, operations, eligibility and
        objective options (only the weights, constraints, solver, tie rule or names may
        differ; the caller keys it so, e.g. a sweep's worker)."""
        self._basis = basis
        self.derived_cache = basis.ctx._shared  # noqa: SLF001 (the same organisation)

    def with_settings(self, **settings: Any) -> Scenario:
        """A copy with top-level keys merged in (e.g. ``solver={"name": "cp-sat"}``)."""
        raw = _merge(self.config.model_dump(), settings)
        return Scenario(validate_config(raw, self.source), self.path, self._org, self.sources)

    def __repr__(self) -> str:
        return (
            f"<Scenario {self.name!r}: {len(self._operations)} operations, solver "
            f"{self.config.solver.name!r}>"
        )


def load_scenario(
    path: str | Path,
    organizations: dict[tuple, Organization] | None = None,
    *,
    read_data: bool = True,
) -> Scenario:
    """Read a scenario file (resolving ``extends``), its data files and operations into
    a :class:`Scenario`, reporting every problem of the run at once.

    ``organizations`` (a dict kept by the caller, e.g. a comparison) shares the reading
    and validation of the data files between scenarios that name the same unchanged
    files: each scenario gets its own copy of the organisation. ``read_data=False``
    checks the settings and operations only; the data files are read (and their
    problems raised) when the scenario first needs its organisation.

    Raises :class:`ScenarioError` (syntax, unknown keys with the nearest valid one,
    ``extends`` cycles, missing files), :class:`DataError` (the tables) or, when both
    kinds are found, a :class:`PlacementError` holding all of them (scenario file
    first, then the data files in order); ``error.warnings`` holds the data warnings.
    A YAML syntax error or an ``extends`` problem stops the reading at once.
    """
    path = Path(path)
    sources: list[Path] = []
    try:
        raw = _load_raw(path, (), sources)
    except RecursionError:  # a limit raised beyond what Python's stack can follow
        most, var = work_limit("extends")
        raise ScenarioError(msg("limits.extends", file=path.name, limit=most, var=var)) from None
    raw.setdefault("name", path.stem)
    raw.pop("extends", None)
    found: list[PlacementError] = []
    config = None
    try:
        config = validate_config(raw, path.name)
    except ScenarioError as exc:
        found.append(exc)
        ops = raw.get("operations")  # their own errors too, though the settings failed
        for i, item in enumerate(ops if isinstance(ops, list) else []):
            try:
                parse_operation(item, i, path.name)
            except ScenarioError as op_exc:
                found.append(op_exc)
    org = None
    data = raw.get("data")
    emp_f, pos_f, unit_f = (
        data.get(k) if isinstance(data, dict) else None for k in ("employees", "positions", "units")
    )
    if read_data and isinstance(emp_f, str) and isinstance(pos_f, str):  # even if the rest is wrong
        try:
            org = _organization(
                emp_f,
                pos_f,
                unit_f if isinstance(unit_f, str) else None,
                organizations,
                config.columns_read() if config is not None else {},
            )
        except PlacementError as exc:
            found.append(exc)
    scenario = None
    if config is not None:
        try:
            scenario = Scenario(config, path, org, sources=sources)
            if org is not None:
                scenario.plan()  # operations that cannot be applied
        except PlacementError as exc:
            found.append(exc)
    if found:
        raise _together(found)
    assert scenario is not None
    return scenario


def _organization(
    employees: str,
    positions: str,
    units: str | None,
    cache: dict[tuple, Organization] | None,
    reads: dict[str, tuple[str, ...]],
) -> Organization:
    """:func:`load_organization`, once per set of unchanged files (and of the columns
    the settings read) when given a cache."""
    if cache is None:
        return load_organization(employees, positions, units, reads)
    key = (*(_file_key(f) for f in (employees, positions, units)), tuple(sorted(reads.items())))
    if key not in cache:
        cache[key] = load_organization(employees, positions, units, reads)
    return cache[key].copy()


def _file_key(path: str | None) -> tuple | None:
    """A data file's identity: resolved path, size and modification time."""
    if path is None:
        return None
    p = Path(path).resolve()
    try:
        st = p.stat()
    except OSError:  # missing: read (and reported) by load_organization as usual
        return (str(p), None, None)
    return (str(p), st.st_size, st.st_mtime_ns)


def _together(found: list[PlacementError]) -> PlacementError:
    """One error holding every problem found (the error itself when there is one)."""
    if len(found) == 1:
        return found[0]
    classes = {type(e) for e in found}
    cls = classes.pop() if len(classes) == 1 else PlacementError
    err = cls([line for e in found for line in e.problems])
    err.warnings = [w for e in found for w in getattr(e, "warnings", [])]  # type: ignore[attr-defined]
    return err


def _load_raw(path: Path, chain: tuple[Path, ...], sources: list[Path]) -> dict:
    path = path.resolve() if path.exists() else path
    if path in chain:
        cycle = " → ".join(p.name for p in (*chain, path))
        raise ExtendsCycleError(msg("scenario.cycle", file=chain[-1].name, cycle=cycle))
    if not path.exists():
        by = msg("scenario.extended_by", file=chain[-1].name) if chain else ""
        raise ScenarioError(msg("scenario.not_found", path=path, by=by))
    if not path.is_file():
        raise ScenarioError(msg("limits.not_regular", path=path))
    most, var = work_limit("extends")
    if len(chain) > most:
        raise ScenarioError(msg("limits.extends", file=chain[0].name, limit=most, var=var))
    sources.append(path)
    data = read_yaml(path)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ScenarioError(msg("scenario.not_mapping", file=path.name, type=type(data).__name__))
    data = copy.deepcopy(data)
    base_dir = path.parent
    if isinstance(data.get("data"), dict):
        data["data"] = {
            k: resolve_path(base_dir, v) if isinstance(v, str) else v
            for k, v in data["data"].items()
        }
    stab = data.get("stability")
    if isinstance(stab, dict) and isinstance(stab.get("reference"), str):
        stab["reference"] = resolve_path(base_dir, stab["reference"])
    ops = data.get("operations")
    for op in ops if isinstance(ops, list) else []:  # operation files: relative to this file
        if isinstance(op, dict) and len(op) == 1:
            params = next(iter(op.values()))
            if isinstance(params, dict) and isinstance(params.get("file"), str):
                params["file"] = resolve_path(base_dir, params["file"])
    ext = data.get("extends")
    if ext is None:
        return data
    if not isinstance(ext, str):
        raise ScenarioError(msg("scenario.extends_one", file=path.name))
    base = _load_raw(base_dir / ext, (*chain, path), sources)
    base.pop("name", None)
    base.pop("description", None)
    base.pop("description_id", None)
    if not all(isinstance(d.get("operations") or [], list) for d in (base, data)):
        raise ScenarioError(msg("scenario.operations_list", file=path.name))
    ops = list(base.get("operations") or []) + list(data.get("operations") or [])
    merged = _merge(base, data)
    merged["operations"] = ops
    return merged


def _merge(base: dict, over: dict) -> dict:
    out = dict(base)
    for k, v in over.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = _merge(out[k], v)
        else:
            out[k] = v
    return out


__all__ = ["PlacementError", "Scenario", "load_scenario"]
