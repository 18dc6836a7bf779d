"""Operations on people: pin, forbid, keep incumbents."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

import numpy as np
import pandas as pd
from pydantic import Field

from placement.errors import DataError, OperationError
from placement.i18n import msg, noun
from placement.io.files import resolve_file
from placement.io.tables import read_table
from placement.model.cells import isin
from placement.model.context import field_codes
from placement.model.levels import service_order, skp_order
from placement.model.operations.base import (
    Operation,
    Plan,
    Select,
    check_known,
    check_positions,
    operation,
)
from placement.model.organization import where as rows_where

# -- people ---------------------------------------------------------------------------


def _pair_file(plan: Plan, file: str, where: str, what: str) -> pd.DataFrame:
    """(employee, position) rows of a pins or bans file, ids checked against the data;
    every problem is reported at once with its rows."""
    path, tried = resolve_file(plan.base_dir, file)
    if not path.is_file():
        raise OperationError(
            msg(
                "op.pairs_not_found",
                where=where,
                file=file,
                tried=", ".join(str(t) for _, t in tried),
            )
        )
    try:
        df = read_table(path, what)
    except DataError as exc:
        raise OperationError(
            [msg("line", where=where, text=line) for line in exc.problems]
        ) from None
    missing = [c for c in ("employee", "position") if c not in df.columns]
    if missing:
        raise OperationError(
            msg(
                "op.pairs_columns",
                where=where,
                file=path.name,
                columns=", ".join(repr(c) for c in missing),
            )
        )
    for c in ("employee", "position"):
        df[c] = df[c].astype(str).str.strip()
    problems = []
    gone = np.flatnonzero(isin(df["position"], set(plan.merged)))
    if len(gone):  # a post merge_positions joined into another, said so
        first = df["position"].iloc[gone[0]]
        into, by = plan.merged[first]
        problems.append(
            msg(
                "op.pairs_merged",
                where=where,
                at=rows_where(df, gone, "position"),
                id=first,
                into=into,
                by=by,
            )
        )
    for col, ids, noun_key in (
        ("employee", plan.org.employees["id"], "employee"),
        ("position", plan.org.positions["id"], "position"),
    ):
        said = set(plan.merged) if col == "position" else set()
        bad = np.flatnonzero(~isin(df[col], set(ids) | said))
        if len(bad):
            problems.append(
                msg(
                    "op.pairs_unknown",
                    where=where,
                    at=rows_where(df, bad, col),
                    what=noun(noun_key),
                    id=df[col].iloc[bad[0]],
                )
            )
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
            self.file is not None and (self.employee or self.position)
        ):
            raise OperationError(msg("op.pin_or_file", where=where))
        if self.file is not None:
            return self._apply_file(plan, where)
        assert self.employee is not None and self.position is not None  # checked above
        org = plan.org
        check_known(org.employees["id"], [self.employee], "employee", where)
        check_positions(plan, [self.position], where)
        hc = int(org.positions.loc[org.positions["id"] == self.position, "headcount"].iloc[0])
        if hc == 0:
            raise OperationError(msg("op.pin_closed", where=where, position=self.position))
        if self.employee in plan.pins and plan.pins[self.employee] != self.position:
            raise OperationError(
                msg(
                    "op.pin_twice",
                    where=where,
                    employee=self.employee,
                    position=plan.pins[self.employee],
                    source=plan.pin_sources[self.employee],
                )
            )
        if (self.employee, self.position) in plan.bans:
            raise OperationError(
                msg("op.pin_forbidden", where=where, employee=self.employee, position=self.position)
            )
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
            problems.append(
                msg("op.pairs_closed", where=where, at=rows_where(df, closed, "position"))
            )
        distinct = df.drop_duplicates(["employee", "position"])
        twice = distinct["employee"].duplicated(keep=False)
        rows = np.flatnonzero(isin(e, set(distinct.loc[twice, "employee"])))
        if len(rows):
            problems.append(msg("op.pairs_twice", where=where, at=rows_where(df, rows, "employee")))
        earlier = e.map(plan.pins)
        rows = np.flatnonzero((earlier.notna() & (earlier != p)).to_numpy())
        if len(rows):
            first = e.iloc[rows[0]]
            problems.append(
                msg(
                    "op.pairs_pinned_before",
                    where=where,
                    at=rows_where(df, rows, "employee"),
                    employee=first,
                    position=plan.pins[first],
                    source=plan.pin_sources[first],
                )
            )
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
            self.file is not None and (self.employee or self.positions)
        ):
            raise OperationError(msg("op.forbid_or_file", where=where))
        if self.file is not None:
            return self._apply_file(plan, where)
        assert self.employee is not None and self.positions is not None  # checked above
        check_known(plan.org.employees["id"], [self.employee], "employee", where)
        check_positions(plan, self.positions, where)
        for p in self.positions:
            if plan.pins.get(self.employee) == p:
                raise OperationError(
                    msg(
                        "op.forbid_pinned",
                        where=where,
                        employee=self.employee,
                        position=p,
                        source=plan.pin_sources[self.employee],
                    )
                )
            plan.bans.add((self.employee, p))
        plan.log.append(msg("log.forbid", employee=self.employee, n=len(self.positions)))

    def _apply_file(self, plan: Plan, where: str) -> None:
        assert self.file is not None  # apply() calls this with a file
        df = _pair_file(plan, self.file, where, "bans")
        e, p = df["employee"], df["position"]
        rows = np.flatnonzero((e.map(plan.pins) == p).to_numpy())
        if len(rows):
            first = e.iloc[rows[0]]
            raise OperationError(
                msg(
                    "op.pairs_pinned",
                    where=where,
                    at=rows_where(df, rows),
                    employee=first,
                    position=plan.pins[first],
                    source=plan.pin_sources[first],
                )
            )
        pairs = set(zip(e, p, strict=True))
        plan.bans |= pairs
        plan.log.append(msg("log.forbid_file", n=len(pairs), file=Path(self.file).name))


@operation
class KeepIncumbents(Operation):
    """Pin the incumbents of the selected positions to their posts (up to headcount).

    Where a post holds more incumbents than seats, those who meet its requirements
    (education, golongan, field) are kept first, then those whom the eligibility
    rules open no other post (settled when compiling, where those rules are known),
    then the better SKP rating (none given as Baik), then the highest-ranked, then the
    longer service (TMT CPNS), the older, the NIP
    (:func:`~placement.model.levels.service_order`); the rest are re-placed.
    """

    op: ClassVar[str] = "keep_incumbents"
    select: Select

    def apply(self, plan: Plan, where: str) -> None:
        org = plan.org
        m = self.select.mask(plan, where)
        pos = org.positions.loc[m, ["id", "headcount"]]
        emp = org.employees
        # not placeable (e.g. on leave outside the state's budget) keeps no seat
        held = isin(emp["current_position"], set(pos["id"])) & ~org.excluded
        inc = emp[held & ~isin(emp["id"], plan.pins)]
        inc = inc.assign(
            _meets=meets_requirements(inc, org.positions),
            _skp=skp_order(pd.to_numeric(inc["perf_level"], errors="coerce").to_numpy(float)),
            _service=service_order(inc),
        )
        inc = inc.sort_values(
            ["current_position", "_meets", "_skp", "rank_level", "_service"],
            ascending=[True, False, False, False, True],
            kind="stable",
        )
        seat = inc.groupby("current_position", sort=False).cumcount().to_numpy()
        seats = dict(zip(pos["id"], pos["headcount"], strict=True))
        cap = inc["current_position"].map(seats).to_numpy()
        keep = inc[seat < cap]
        size = inc.groupby("current_position", sort=False)["id"].transform("size").to_numpy()
        over = inc[size > cap]
        for p, rows in over.groupby("current_position", sort=False):
            plan.kept_contests[p] = (
                where,
                int(seats[p]),
                rows["id"].tolist(),
                rows["_meets"].tolist(),
            )
        for e, p in zip(keep["id"].tolist(), keep["current_position"].tolist(), strict=True):
            if (e, p) not in plan.bans:
                plan.pins[e] = p
                plan.pin_sources[e] = where
        plan.log.append(
            msg(
                "log.keep",
                n=len(keep),
                positions=int(m.sum()),
                over=msg("log.keep_over", n=len(inc) - len(keep)) if len(inc) > len(keep) else "",
            )
        )


def meets_requirements(emp: pd.DataFrame, positions: pd.DataFrame) -> np.ndarray:
    """bool per employee row: do they meet their current post's minimum education,
    minimum golongan and accepted fields (as the tables state them; a post without
    fields accepts any)."""
    at = pd.Index(positions["id"]).get_indexer(emp["current_position"])
    ok = at >= 0
    p = positions.iloc[np.maximum(at, 0)]
    ok &= emp["edu_level"].to_numpy() >= p["min_edu_level"].to_numpy()
    ok &= emp["rank_level"].to_numpy() >= p["min_rank_level"].to_numpy()
    ef, pf, accepts = field_codes(emp["field"], p["fields"])
    return ok & accepts[pf, ef]
