"""Restructuring operations, applied in order to an Organization.

In a scenario file, ``operations`` is a list; each item has one key, the
operation's name, holding its parameters::

    operations:
      - merge_units: {units: [U03, U07], into: U40, name: Dinas Pangan dan Pertanian}
      - close_positions: {positions: [P0102]}
      - pin: {employee: "199001012015031001", position: P0007}

Each operation is a small pydantic model with ``apply(plan)``; the registry
``OPERATIONS`` maps names to the engine's own, and extensions add theirs
(:mod:`placement.model.extension`). Every operation records a one-line summary of
what it changed in ``plan.log``. After the operations, the extensions' plan hooks
run on the plan (e.g. the domain layer excludes people past retirement age at the
scenario's reference date).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar, Literal

import numpy as np
import pandas as pd
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from placement.errors import DataError, OperationError
from placement.i18n import msg, noun
from placement.io.files import resolve_file
from placement.io.tables import read_table
from placement.limits import MAX_COUNT, MAX_FACTOR, MAX_MONEY, MAX_WEIGHT
from placement.model import extension, levels
from placement.model.config import format_validation_error, nearest
from placement.model.organization import COMP_PREFIX, Organization
from placement.model.organization import where as rows_where


@dataclass
class Plan:
    """The organisation as restructured so far, plus pins and bans."""

    org: Organization
    pins: dict[str, str] = field(default_factory=dict)  # employee id -> position id
    pin_sources: dict[str, str] = field(default_factory=dict)
    bans: set[tuple[str, str]] = field(default_factory=set)
    log: list[str] = field(default_factory=list)
    #: employees whose pin says ``force: true`` (kept even where it breaks a hard rule)
    forced_pins: set[str] = field(default_factory=set)
    #: folder of the scenario file (relative paths in operations resolve against it)
    base_dir: Path | None = None
    #: state that operations and extensions keep for later stages, by key
    extras: dict = field(default_factory=dict)
    #: the scenario's planning date: ages, retirement and years to retirement are
    #: measured at it (``reference_date`` of the scenario file; default: today)
    reference_date: dt.date = field(default_factory=dt.date.today)


class Operation(BaseModel):
    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)
    op: ClassVar[str]

    def apply(self, plan: Plan, where: str) -> None:  # pragma: no cover - abstract
        raise NotImplementedError


#: The engine's own operations by name; extensions add theirs (:func:`operations`).
OPERATIONS: dict[str, type[Operation]] = {}


def operation(cls: type[Operation]) -> type[Operation]:
    """Class decorator: an engine operation (a plug-in lists its own in its Extension)."""
    OPERATIONS[cls.op] = cls
    return cls


def operations() -> dict[str, type[Operation]]:
    """Every operation a scenario may use: the engine's and the extensions' (an
    extension's replaces the engine's of the same name, in its place)."""
    return {**OPERATIONS, **extension.operations()}


class Select(BaseModel):
    """Position selector shared by several operations; all given filters must match."""

    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)
    positions: list[str] | None = None
    units: list[str] | None = None
    kinds: list[str] | None = None
    levels: list[str] | None = None
    all: bool = False

    def mask(self, plan: Plan, where: str) -> np.ndarray:
        pos = plan.org.positions
        if not (self.positions or self.units or self.kinds or self.levels or self.all):
            raise OperationError(msg("op.select_empty", where=where))
        m = np.ones(len(pos), dtype=bool)
        if self.positions is not None:
            _known(plan.org.positions["id"], self.positions, "position", where)
            m &= pos["id"].isin(self.positions).to_numpy()
        if self.units is not None:
            _known(plan.org.units["id"], self.units, "unit", where)
            m &= pos["unit"].isin(self.units).to_numpy()
        if self.kinds is not None:
            m &= pos["kind"].isin([k.upper() for k in self.kinds]).to_numpy()
        if self.levels is not None:
            m &= pos["level"].str.lower().isin([lv.lower() for lv in self.levels]).to_numpy()
        return m


def _known(ids: pd.Series, wanted: list[str], what: str, where: str) -> None:
    known = set(ids)
    missing = [w for w in wanted if w not in known]
    if missing:
        hint = nearest(missing[0], sorted(known)) if len(known) < 5000 else ""
        raise OperationError(msg("op.unknown_id", where=where, what=noun(what), id=missing[0],
                                 hint=hint))


# -- units ----------------------------------------------------------------------------

@operation
class MergeUnits(Operation):
    """Merge units into one; positions and staff follow. ``into`` is an existing unit,
    or a new one when ``name`` is given (an unknown ``into`` without a name is an
    error: most likely a typo)."""

    op: ClassVar[str] = "merge_units"
    units: list[str] = Field(min_length=1)
    into: str
    name: str | None = None

    def apply(self, plan: Plan, where: str) -> None:
        org = plan.org
        _known(org.units["id"], self.units, "unit", where)
        un = org.units
        merged = un[un["id"] == self.units[0]]  # a new unit takes the first one's fields
        if self.into not in set(un["id"]) and not self.name:  # a typo, not a new unit
            raise OperationError(msg("limits.merge_into", where=where, id=self.into,
                                     hint=nearest(self.into, sorted(un["id"]))))
        if self.into not in set(un["id"]):
            row = merged.iloc[[0]].copy()
            row["id"] = self.into
            row["name"] = self.name or self.into
            un = pd.concat([un, row], ignore_index=True)
        idx = un.index[un["id"] == self.into][0]
        group = un[un["id"].isin(set(self.units) | {self.into})]
        # a cap or budget survives only if every merged unit had one; minimums add up
        for col in ("max_headcount", "budget"):
            vals = group[col].to_numpy(dtype=float)
            un.loc[idx, col] = np.nan if np.isnan(vals).any() else vals.sum()
        mins = group["min_headcount"].to_numpy(dtype=float)
        un.loc[idx, "min_headcount"] = np.nan if np.isnan(mins).all() else np.nansum(mins)
        if self.name:
            un.loc[idx, "name"] = self.name
        un["parent"] = un["parent"].where(~un["parent"].isin(self.units), self.into)
        gone = [u for u in self.units if u != self.into]
        un = un[~un["id"].isin(gone)].reset_index(drop=True)
        un.attrs.update(org.units.attrs)
        moved_pos = org.positions["unit"].isin(self.units)
        org.positions.loc[moved_pos, "unit"] = self.into
        staff = org.employees["current_unit"].isin(self.units)
        org.employees.loc[staff, "current_unit"] = self.into
        org.units = un
        plan.log.append(msg("log.merge", units=", ".join(self.units), into=self.into,
                            positions=int(moved_pos.sum()), staff=int(staff.sum())))


@operation
class AddUnit(Operation):
    """Create a new, empty unit (positions come with move_positions or open_position)."""

    op: ClassVar[str] = "add_unit"
    id: str
    name: str | None = None
    type: str = ""
    parent: str = ""
    max_headcount: int | None = Field(default=None, ge=0, le=MAX_COUNT)
    min_headcount: int | None = Field(default=None, ge=0, le=MAX_COUNT)
    budget: float | None = Field(default=None, ge=0, le=MAX_MONEY)

    def apply(self, plan: Plan, where: str) -> None:
        un = plan.org.units
        if self.id in set(un["id"]):
            raise OperationError(msg("op.unit_exists", where=where, id=self.id))
        row: dict[Any, Any] = {c: "" for c in un.columns}
        row.update(id=self.id, name=self.name or self.id, type=self.type, parent=self.parent,
                   max_headcount=_nan(self.max_headcount), min_headcount=_nan(self.min_headcount),
                   budget=_nan(self.budget), _row=0)
        new = pd.concat([un, pd.DataFrame([row])], ignore_index=True)
        new.attrs.update(un.attrs)
        plan.org.units = new
        plan.log.append(msg("log.add_unit", id=self.id, name=row["name"]))


@operation
class RenameUnit(Operation):
    op: ClassVar[str] = "rename_unit"
    unit: str
    name: str

    def apply(self, plan: Plan, where: str) -> None:
        _known(plan.org.units["id"], [self.unit], "unit", where)
        un = plan.org.units
        old = un.loc[un["id"] == self.unit, "name"].iloc[0]
        un.loc[un["id"] == self.unit, "name"] = self.name
        plan.log.append(msg("log.rename_unit", unit=self.unit, old=old, new=self.name))


@operation
class SetUnit(Operation):
    """Change a unit's caps or budget (null clears a value)."""

    op: ClassVar[str] = "set_unit"
    unit: str
    max_headcount: int | None = Field(default=None, ge=0, le=MAX_COUNT)
    min_headcount: int | None = Field(default=None, ge=0, le=MAX_COUNT)
    budget: float | None = Field(default=None, ge=0, le=MAX_MONEY)

    def apply(self, plan: Plan, where: str) -> None:
        _known(plan.org.units["id"], [self.unit], "unit", where)
        un = plan.org.units
        sel = un["id"] == self.unit
        for key in self.model_fields_set - {"unit"}:
            un.loc[sel, key] = _nan(getattr(self, key))
        plan.log.append(msg("log.set_unit", keys=", ".join(sorted(self.model_fields_set
                                                                  - {"unit"})), unit=self.unit))


@operation
class MovePositions(Operation):
    """Move positions (with their incumbents) to another unit."""

    op: ClassVar[str] = "move_positions"
    select: Select
    to: str

    def apply(self, plan: Plan, where: str) -> None:
        _known(plan.org.units["id"], [self.to], "unit", where)
        m = self.select.mask(plan, where)
        pos = plan.org.positions
        ids = set(pos.loc[m, "id"])
        pos.loc[m, "unit"] = self.to
        emp = plan.org.employees
        staff = emp["current_position"].isin(ids)
        emp.loc[staff, "current_unit"] = self.to
        plan.log.append(msg("log.move_positions", n=int(m.sum()), staff=int(staff.sum()),
                            to=self.to))


# -- positions ------------------------------------------------------------------------

#: Penyetaraan jabatan default mapping (administrative level → functional level).
PENYETARAAN = {"Administrator": "Ahli Madya", "Pengawas": "Ahli Muda",
               "Eselon V": "Ahli Pertama"}
#: Lowest rank and usual kelas jabatan of functional (expert) levels (defaults).
JF_MIN_RANK = {"Ahli Pertama": "III/a", "Ahli Muda": "III/c", "Ahli Madya": "IV/a",
               "Ahli Utama": "IV/d"}
JF_GRADE = {"Ahli Pertama": 8, "Ahli Muda": 9, "Ahli Madya": 11, "Ahli Utama": 13}


@operation
class ConvertPositions(Operation):
    """Penyetaraan: convert administrative posts into functional ones.

    Selected positions of a level in ``mapping`` get kind JF and the mapped level;
    the grade (kelas jabatan) becomes the functional level's usual grade but never
    drops; minimum education is raised to ``min_education`` (S1/D4 by default) and
    minimum rank to the level's lowest rank (``min_rank``). ``title`` may use
    ``{title}`` and ``{level}``. Incumbents stay eligible for their converted post
    (inpassing) unless the scenario turns ``incumbents_eligible`` off.
    """

    op: ClassVar[str] = "convert_positions"
    select: Select = Field(default_factory=lambda: Select(kinds=["JA"]))
    mapping: dict[str, str] = Field(default_factory=lambda: dict(PENYETARAAN))
    min_education: str = "S1"
    min_rank: dict[str, str] = Field(default_factory=lambda: dict(JF_MIN_RANK))
    grades: dict[str, int] = Field(default_factory=lambda: dict(JF_GRADE))
    title: str | None = None

    def apply(self, plan: Plan, where: str) -> None:
        pos = plan.org.positions
        edu = levels.normalise_education(self.min_education)
        if edu is None:
            raise OperationError(msg("op.bad_min_education", where=where,
                                     value=self.min_education,
                                     levels=", ".join(levels.EDUCATION)))
        m = self.select.mask(plan, where)
        lower = {k.lower(): v for k, v in self.mapping.items()}
        new_level = pos["level"].str.lower().map(lower)
        m &= new_level.notna().to_numpy()
        sel = np.flatnonzero(m)
        if self.title:
            pos.loc[m, "title"] = [self.title.format(title=t, level=lv) for t, lv in
                                   zip(pos["title"].to_numpy()[sel], new_level.to_numpy()[sel],
                                       strict=True)]
        pos.loc[m, "kind"] = "JF"
        pos.loc[m, "level"] = new_level[m]
        e = levels.EDUCATION.index(edu)
        pos.loc[m, "min_edu_level"] = np.maximum(pos.loc[m, "min_edu_level"], e)
        pos.loc[m, "min_education"] = [levels.EDUCATION[i] for i in pos.loc[m, "min_edu_level"]]
        ranks = {}
        for lv, r in self.min_rank.items():
            code = levels.normalise_rank(r)
            if code is None:
                raise OperationError(msg("op.bad_min_rank", where=where, rank=r, level=lv))
            ranks[lv.lower()] = levels.RANKS.index(code)
        need = new_level[m].str.lower().map(ranks).fillna(-1).to_numpy(dtype=np.int16)
        pos.loc[m, "min_rank_level"] = np.maximum(pos.loc[m, "min_rank_level"].to_numpy(), need)
        pos.loc[m, "min_rank"] = [levels.RANKS[i] if i >= 0 else ""
                                  for i in pos.loc[m, "min_rank_level"]]
        grade = new_level[m].str.lower().map({k.lower(): v for k, v in self.grades.items()})
        old_grade = pos.loc[m, "grade"].to_numpy(dtype=float)
        pos.loc[m, "grade"] = np.fmax(old_grade, grade.to_numpy(dtype=float))
        plan.log.append(msg("log.convert", n=len(sel)))


@operation
class SetHeadcount(Operation):
    op: ClassVar[str] = "set_headcount"
    select: Select
    headcount: int = Field(ge=0, le=MAX_COUNT)

    def apply(self, plan: Plan, where: str) -> None:
        m = self.select.mask(plan, where)
        pos = plan.org.positions
        pos.loc[m, "headcount"] = self.headcount
        pos.loc[m, "min_fill"] = np.minimum(pos.loc[m, "min_fill"], self.headcount)
        plan.log.append(msg("log.set_headcount", n=int(m.sum()), headcount=self.headcount))


@operation
class ScaleHeadcount(Operation):
    op: ClassVar[str] = "scale_headcount"
    select: Select
    factor: float = Field(ge=0, le=MAX_FACTOR)
    #: "proportional" (default) rounds the selection's total to the nearest seat and
    #: shares it out by largest remainder, so the total follows the factor exactly;
    #: floor / ceil / half_up round each post on its own.
    rounding: Literal["proportional", "floor", "ceil", "half_up"] = "proportional"

    def apply(self, plan: Plan, where: str) -> None:
        m = self.select.mask(plan, where)
        pos = plan.org.positions
        old = pos.loc[m, "headcount"].to_numpy(dtype=float)
        if (old * self.factor > MAX_COUNT).any():
            i = int(np.argmax(old))
            raise OperationError(msg("limits.op_headcount", where=where,
                                     position=pos.loc[m, "id"].to_numpy()[i],
                                     value=float(old[i] * self.factor), maximum=MAX_COUNT))
        if self.rounding == "proportional":
            new = largest_remainder(old * self.factor, pos.loc[m, "id"].to_numpy())
        else:
            new = round_policy(old * self.factor, self.rounding)
        pos.loc[m, "headcount"] = new
        pos.loc[m, "min_fill"] = np.minimum(pos.loc[m, "min_fill"], new)
        plan.log.append(msg("log.scale_headcount", n=int(m.sum()), factor=self.factor,
                            old=int(old.sum()), new=int(new.sum())))


@operation
class SetMinFill(Operation):
    op: ClassVar[str] = "set_min_fill"
    select: Select
    min_fill: int = Field(ge=0, le=MAX_COUNT)

    def apply(self, plan: Plan, where: str) -> None:
        m = self.select.mask(plan, where)
        pos = plan.org.positions
        pos.loc[m, "min_fill"] = np.minimum(self.min_fill, pos.loc[m, "headcount"])
        plan.log.append(msg("log.set_min_fill", min_fill=self.min_fill, n=int(m.sum())))


@operation
class ClosePositions(Operation):
    """Headcount 0: incumbents must be placed elsewhere."""

    op: ClassVar[str] = "close_positions"
    select: Select

    def apply(self, plan: Plan, where: str) -> None:
        m = self.select.mask(plan, where)
        pos = plan.org.positions
        pos.loc[m, ["headcount", "min_fill"]] = 0
        closed = set(pos.loc[m, "id"])
        n = int(plan.org.employees["current_position"].isin(closed).sum())
        released = [e for e, q in plan.pins.items() if q in closed]
        for e in released:  # earlier pins (e.g. keep_incumbents) to a post now closed
            del plan.pins[e]
            del plan.pin_sources[e]
        plan.log.append(msg("log.close", n=int(m.sum()), incumbents=n,
                            released=msg("log.pins_released", n=len(released))
                            if released else ""))


@operation
class OpenPosition(Operation):
    """Create a position. ``competencies`` maps competency names to required levels."""

    op: ClassVar[str] = "open_position"
    id: str
    title: str
    unit: str
    kind: Literal["JPT", "JA", "JF"] = "JF"
    level: str = ""
    grade: int | None = Field(default=None, ge=1, le=17)
    headcount: int = Field(default=1, ge=0, le=MAX_COUNT)
    min_fill: int = Field(default=0, ge=0, le=MAX_COUNT)
    min_education: str = ""
    fields: list[str] = Field(default_factory=list)
    min_rank: str = ""
    priority: float = Field(default=1.0, ge=0, le=MAX_WEIGHT)
    key: bool = False
    competencies: dict[str, int] = Field(default_factory=dict)

    def apply(self, plan: Plan, where: str) -> None:
        org = plan.org
        if self.id in set(org.positions["id"]):
            raise OperationError(msg("op.position_exists", where=where, id=self.id))
        _known(org.units["id"], [self.unit], "unit", where)
        edu = levels.normalise_education(self.min_education) if self.min_education else ""
        rank = levels.normalise_rank(self.min_rank) if self.min_rank else ""
        if edu is None or rank is None:
            raise OperationError(msg("op.bad_edu_rank", where=where,
                                     education=self.min_education, rank=self.min_rank))
        unknown = [c for c in self.competencies if c not in org.competencies]
        if unknown:
            raise OperationError(msg("op.unknown_competency", where=where, name=unknown[0],
                                     hint=nearest(unknown[0], org.competencies)))
        bad = {c: v for c, v in self.competencies.items() if not 1 <= v <= 5}
        if bad:
            raise OperationError(msg("op.bad_levels", where=where, bad=bad))
        row: dict[str, Any] = {c: (np.nan if c.startswith(COMP_PREFIX) else "")
                               for c in org.positions.columns}
        row.update(
            id=self.id, title=self.title, unit=self.unit, kind=self.kind, level=self.level,
            grade=_nan(self.grade), headcount=self.headcount,
            min_fill=min(self.min_fill, self.headcount), min_education=edu,
            min_edu_level=levels.EDUCATION.index(edu) if edu else -1,
            fields="; ".join(self.fields), min_rank=rank,
            min_rank_level=levels.RANKS.index(rank) if rank else -1,
            priority=self.priority, key=self.key, _row=0,
        )
        for c, v in self.competencies.items():
            row[COMP_PREFIX + c] = float(v)
        new = pd.concat([org.positions, pd.DataFrame([row])], ignore_index=True)
        new.attrs.update(org.positions.attrs)
        for col in ("headcount", "min_fill"):
            new[col] = new[col].astype(np.int64)
        new["key"] = new["key"].astype(bool)
        org.positions = new
        plan.log.append(msg("log.open", id=self.id, title=self.title, unit=self.unit,
                            headcount=self.headcount))


# -- people ---------------------------------------------------------------------------

def _pair_file(plan: Plan, file: str, where: str, what: str) -> pd.DataFrame:
    """(employee, position) rows of a pins or bans file, ids checked against the data;
    every problem is reported at once with its rows."""
    path, tried = resolve_file(plan.base_dir, file)
    if not path.is_file():
        raise OperationError(msg("op.pairs_not_found", where=where, file=file,
                                 tried=", ".join(str(t) for _, t in tried)))
    try:
        df = read_table(path, what)
    except DataError as exc:
        raise OperationError([msg("line", where=where, text=line)
                              for line in exc.problems]) from None
    missing = [c for c in ("employee", "position") if c not in df.columns]
    if missing:
        raise OperationError(msg("op.pairs_columns", where=where, file=path.name,
                                 columns=", ".join(repr(c) for c in missing)))
    for c in ("employee", "position"):
        df[c] = df[c].astype(str).str.strip()
    problems = []
    for col, ids, noun_key in (("employee", plan.org.employees["id"], "employee"),
                               ("position", plan.org.positions["id"], "position")):
        bad = np.flatnonzero(~df[col].isin(set(ids)).to_numpy())
        if len(bad):
            problems.append(msg("op.pairs_unknown", where=where, at=rows_where(df, bad, col),
                                what=noun(noun_key), id=df[col].iloc[bad[0]]))
    if problems:
        raise OperationError(problems)
    return df


@operation
class Pin(Operation):
    """Place an employee in a position, whatever the objective says; or, with
    ``file``, every (employee, position) row of a CSV / Excel / Parquet file."""

    op: ClassVar[str] = "pin"
    employee: str | None = None
    position: str | None = None
    file: str | None = None
    #: keep the pin even where it breaks a hard eligibility rule (then a warning in the
    #: result); without it such a pin is an error naming the rule
    force: bool = False

    def apply(self, plan: Plan, where: str) -> None:
        if (self.file is None) == (self.employee is None or self.position is None) or (
                self.file is not None and (self.employee or self.position)):
            raise OperationError(msg("op.pin_or_file", where=where))
        if self.file is not None:
            return self._apply_file(plan, where)
        assert self.employee is not None and self.position is not None  # checked above
        org = plan.org
        _known(org.employees["id"], [self.employee], "employee", where)
        _known(org.positions["id"], [self.position], "position", where)
        hc = int(org.positions.loc[org.positions["id"] == self.position, "headcount"].iloc[0])
        if hc == 0:
            raise OperationError(msg("op.pin_closed", where=where, position=self.position))
        if self.employee in plan.pins and plan.pins[self.employee] != self.position:
            raise OperationError(msg("op.pin_twice", where=where, employee=self.employee,
                                     position=plan.pins[self.employee],
                                     source=plan.pin_sources[self.employee]))
        if (self.employee, self.position) in plan.bans:
            raise OperationError(msg("op.pin_forbidden", where=where, employee=self.employee,
                                     position=self.position))
        plan.pins[self.employee] = self.position
        plan.pin_sources[self.employee] = where
        if self.force:
            plan.forced_pins.add(self.employee)
        plan.log.append(msg("log.pin", employee=self.employee, position=self.position))

    def _apply_file(self, plan: Plan, where: str) -> None:
        assert self.file is not None  # apply() calls this with a file
        df = _pair_file(plan, self.file, where, "pins")
        pos = plan.org.positions
        headcount = dict(zip(pos["id"], pos["headcount"], strict=True))
        e, p = df["employee"], df["position"]
        problems = []
        closed = np.flatnonzero(p.map(headcount).to_numpy() == 0)
        if len(closed):
            problems.append(msg("op.pairs_closed", where=where,
                                at=rows_where(df, closed, "position")))
        distinct = df.drop_duplicates(["employee", "position"])
        twice = distinct["employee"].duplicated(keep=False)
        rows = np.flatnonzero(e.isin(set(distinct.loc[twice, "employee"])).to_numpy())
        if len(rows):
            problems.append(msg("op.pairs_twice", where=where, at=rows_where(df, rows, "employee")))
        earlier = e.map(plan.pins)
        rows = np.flatnonzero((earlier.notna() & (earlier != p)).to_numpy())
        if len(rows):
            first = e.iloc[rows[0]]
            problems.append(msg("op.pairs_pinned_before", where=where,
                                at=rows_where(df, rows, "employee"), employee=first,
                                position=plan.pins[first], source=plan.pin_sources[first]))
        if plan.bans:
            banned = [(a, b) in plan.bans for a, b in zip(e, p, strict=True)]  # per pin row
            rows = np.flatnonzero(banned)
            if len(rows):
                problems.append(msg("op.pairs_forbidden", where=where, at=rows_where(df, rows)))
        if problems:
            raise OperationError(problems)
        for a, b in zip(distinct["employee"], distinct["position"], strict=True):
            plan.pins[a] = b
            plan.pin_sources[a] = where
            if self.force:
                plan.forced_pins.add(a)
        plan.log.append(msg("log.pin_file", n=len(distinct), file=Path(self.file).name))


@operation
class Forbid(Operation):
    """Never place an employee in the given positions; or, with ``file``, never any
    (employee, position) row of a CSV / Excel / Parquet file."""

    op: ClassVar[str] = "forbid"
    employee: str | None = None
    positions: list[str] | None = Field(default=None, min_length=1)
    file: str | None = None

    def apply(self, plan: Plan, where: str) -> None:
        if (self.file is None) == (self.employee is None or self.positions is None) or (
                self.file is not None and (self.employee or self.positions)):
            raise OperationError(msg("op.forbid_or_file", where=where))
        if self.file is not None:
            return self._apply_file(plan, where)
        assert self.employee is not None and self.positions is not None  # checked above
        _known(plan.org.employees["id"], [self.employee], "employee", where)
        _known(plan.org.positions["id"], self.positions, "position", where)
        for p in self.positions:
            if plan.pins.get(self.employee) == p:
                raise OperationError(msg("op.forbid_pinned", where=where,
                                         employee=self.employee, position=p,
                                         source=plan.pin_sources[self.employee]))
            plan.bans.add((self.employee, p))
        plan.log.append(msg("log.forbid", employee=self.employee, n=len(self.positions)))

    def _apply_file(self, plan: Plan, where: str) -> None:
        assert self.file is not None  # apply() calls this with a file
        df = _pair_file(plan, self.file, where, "bans")
        e, p = df["employee"], df["position"]
        rows = np.flatnonzero((e.map(plan.pins) == p).to_numpy())
        if len(rows):
            first = e.iloc[rows[0]]
            raise OperationError(msg("op.pairs_pinned", where=where,
                                     at=rows_where(df, rows), employee=first,
                                     position=plan.pins[first], source=plan.pin_sources[first]))
        pairs = set(zip(e, p, strict=True))
        plan.bans |= pairs
        plan.log.append(msg("log.forbid_file", n=len(pairs), file=Path(self.file).name))


@operation
class KeepIncumbents(Operation):
    """Pin the incumbents of the selected positions to their posts (up to headcount).

    Where a post holds more incumbents than seats, the highest-ranked (then longest
    id order) are kept; the rest are re-placed.
    """

    op: ClassVar[str] = "keep_incumbents"
    select: Select

    def apply(self, plan: Plan, where: str) -> None:
        org = plan.org
        m = self.select.mask(plan, where)
        pos = org.positions.loc[m, ["id", "headcount"]]
        emp = org.employees
        inc = emp[emp["current_position"].isin(set(pos["id"])) & ~emp["id"].isin(plan.pins)]
        inc = inc.sort_values(["current_position", "rank_level", "id"],
                              ascending=[True, False, True], kind="stable")
        seat = inc.groupby("current_position", sort=False).cumcount().to_numpy()
        cap = inc["current_position"].map(dict(zip(pos["id"], pos["headcount"],
                                                    strict=True))).to_numpy()
        keep = inc[seat < cap]
        for e, p in zip(keep["id"], keep["current_position"], strict=True):
            if (e, p) not in plan.bans:
                plan.pins[e] = p
                plan.pin_sources[e] = where
        plan.log.append(msg("log.keep", n=len(keep), positions=int(m.sum()),
                            over=msg("log.keep_over", n=len(inc) - len(keep))
                            if len(inc) > len(keep) else ""))


def largest_remainder(x: np.ndarray, ids=None) -> np.ndarray:
    """Integers with the total of ``x`` rounded half up, each within 1 of its value.

    The largest remainders get the extra units; equal remainders go in the order of
    ``ids`` (never of rows, so that shuffling a file changes nothing).
    """
    base = np.floor(x + 1e-9).astype(np.int64)
    extra = int(np.floor(np.sort(x).sum() + 0.5)) - int(base.sum())
    if extra > 0:
        key = np.arange(len(x)) if ids is None else pd.factorize(np.asarray(ids, dtype=object),
                                                                 sort=True)[0]
        remainder = np.round(x - base, 9)  # equal fractions compare equal
        order = np.lexsort((key, -remainder))  # largest remainder first, then by id
        base[order[:extra]] += 1
    return base


def round_policy(x: np.ndarray, rounding: str) -> np.ndarray:
    if rounding == "floor":
        return np.floor(x + 1e-9).astype(np.int64)
    if rounding == "ceil":
        return np.ceil(x - 1e-9).astype(np.int64)
    return np.floor(x + 0.5).astype(np.int64)


def _nan(v):
    return np.nan if v is None else v


def parse_operation(item: Any, index: int, source: str) -> tuple[Operation, str]:
    """Validate one ``operations`` list item; returns the operation and its label."""
    where = msg("op.where", source=source, index=index)
    if not isinstance(item, dict) or len(item) != 1:
        raise OperationError(msg("op.not_mapping", where=where))
    (name, params), = item.items()
    known = operations()
    if name not in known:
        raise OperationError(msg("op.unknown", where=where, name=name,
                                 hint=nearest(name, known)))
    cls = known[name]
    try:
        op = cls.model_validate(params or {})
    except ValidationError as exc:
        raise OperationError(format_validation_error(exc, cls, msg("op.label", where=where,
                                                                   name=name))) from None
    return op, msg("op.label", where=where, name=name)


def apply_operations(org: Organization, items: list[tuple[Operation, str]],
                     base_dir: Path | None = None,
                     reference_date: dt.date | None = None) -> Plan:
    """The organisation after ``items`` in order, then the extensions' plan hooks;
    ``reference_date`` (default: today) is the scenario's planning date."""
    plan = Plan(org.copy(), base_dir=base_dir,
                reference_date=reference_date or dt.date.today())
    for op, where in items:
        op.apply(plan, where)
    for hook in extension.hooks("plan_hooks"):
        hook(plan)
    plan.org.revalidate()
    return plan


