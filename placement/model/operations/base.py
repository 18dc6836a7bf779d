"""Operations: the plan they change, the base class, the registry, the position
selector and the rounding helpers the operations share."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar

import numpy as np
import pandas as pd
from pydantic import BaseModel, ConfigDict

from placement.errors import OperationError
from placement.i18n import msg, noun
from placement.model import extension
from placement.model.config import nearest
from placement.model.organization import Organization


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
    #: over-filled posts whose holders ``keep_incumbents`` ranked, by post id: where
    #: (the operation), its seats there, the holders in its order and whether each
    #: meets the post's requirements; compiling settles who keeps the pins once the
    #: rules' edges show who has another post open
    #: (:func:`placement.model.eligibility.settle_kept`)
    kept_contests: dict[str, tuple[str, int, list[str], list[bool]]] = field(default_factory=dict)
    #: folder of the scenario file (relative paths in operations resolve against it)
    base_dir: Path | None = None
    #: state that operations and extensions keep for later stages, by key
    extras: dict = field(default_factory=dict)
    #: the scenario's planning date: ages, retirement and years to retirement are
    #: measured at it (``reference_date`` of the scenario file; default: today)
    reference_date: dt.date = field(default_factory=dt.date.today)
    #: the organisation as read, before any operation (read only): what was true
    #: before the restructuring (e.g. who had retired by the reference date under the
    #: post they held, whatever an operation made of that post)
    source: Organization | None = None
    #: ids of the posts an operation set to formasi 0 (closed, or scaled or set to no
    #: seat): a post with formasi 0 as read that no operation touched is a peta jabatan
    #: to verify, one the scenario closes is closed (``Compiled.no_seat_as_read``)
    closed: set[str] = field(default_factory=set)
    #: posts ``merge_positions`` joined into another, by id: (the post they joined,
    #: the operation); their holders hold that one now, and a later operation naming
    #: one is told so
    merged: dict[str, tuple[str, str]] = field(default_factory=dict)

    def formasi_as_read(self) -> pd.Series:
        """The formasi the data gives each post before the operations (``source``),
        by post id, a post ``merge_positions`` joined counted in the one it joined (the
        merged post's 23 + 30 seats were not raised: they are the two posts' own);
        empty without a source."""
        if self.source is None or "headcount" not in self.source.positions:
            return pd.Series(dtype=float)
        src = self.source.positions
        read = pd.Series(
            pd.to_numeric(src["headcount"], errors="coerce").to_numpy(dtype=float),
            index=src["id"].astype(str).to_numpy(dtype=object),
        )
        read = read[~read.index.duplicated()]
        if self.merged:
            into = {q: q2 for q, (q2, _) in self.merged.items()}
            read = read.groupby(pd.Series(read.index).replace(into).to_numpy(), sort=False).sum()
        return read

    def joined_held(self, ids) -> np.ndarray:
        """Per employee id of ``ids``, the post they hold as the data reads it where
        ``merge_positions`` joined it into another ('' otherwise, or without a source):
        a holder of P0341, joined into P0270, holds P0341 in the data."""
        out = np.full(len(ids), "", dtype=object)
        src = self.source
        if not self.merged or src is None or "current_position" not in src.employees:
            return out
        emp = src.employees
        held = pd.Series(emp["current_position"].fillna("").astype(str).to_numpy(dtype=object))
        held.index = emp["id"].astype(str).to_numpy(dtype=object)
        held = held[~held.index.duplicated()]
        was = (
            held.reindex(pd.Index(ids, dtype=object).astype(str)).fillna("").to_numpy(dtype=object)
        )
        return np.where(np.isin(was, list(self.merged)), was, out)

    def note_closed(self, ids, headcount) -> None:
        """Record in :attr:`closed` each of ``ids`` whose new ``headcount`` is 0."""
        self.closed.update(q for q, h in zip(ids, headcount, strict=True) if h == 0)


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
    #: posts whose title holds one of these words (whole words, any case)
    titles: list[str] | None = None
    #: posts whose title holds none of these words (e.g. the Sekretaris, Camat and
    #: Lurah posts a penyetaraan leaves structural)
    except_titles: list[str] | None = None
    all: bool = False

    def mask(self, plan: Plan, where: str) -> np.ndarray:
        pos = plan.org.positions
        if not (
            self.positions or self.units or self.kinds or self.levels or self.titles or self.all
        ):
            raise OperationError(msg("op.select_empty", where=where))
        m = np.ones(len(pos), dtype=bool)
        if self.positions is not None:
            check_positions(plan, self.positions, where)
            m &= pos["id"].isin(self.positions).to_numpy()
        if self.units is not None:
            check_known(plan.org.units["id"], self.units, "unit", where)
            m &= pos["unit"].isin(self.units).to_numpy()
        if self.kinds is not None:
            m &= pos["kind"].isin([k.upper() for k in self.kinds]).to_numpy()
        if self.levels is not None:
            m &= pos["level"].str.lower().isin([lv.lower() for lv in self.levels]).to_numpy()
        if self.titles is not None:
            m &= _title_has(pos["title"], self.titles)
        if self.except_titles:
            m &= ~_title_has(pos["title"], self.except_titles)
        return m


def _title_has(titles: pd.Series, words: list[str]) -> np.ndarray:
    """Titles holding one of ``words`` as whole words, in any case (a blank word
    matches nothing)."""
    words = [w for w in words if w.strip()]
    if not words:
        return np.zeros(len(titles), dtype=bool)
    pattern = r"\b(?:" + "|".join(re.escape(w.strip()) for w in words) + r")\b"
    return titles.astype(str).str.contains(pattern, case=False, regex=True).to_numpy(dtype=bool)


def check_positions(plan: Plan, wanted: list[str], where: str) -> None:
    """:func:`check_known` for post ids, where a post an earlier ``merge_positions``
    joined into another says which it joined and where."""
    gone = [q for q in wanted if q in plan.merged]
    if gone:
        into, by = plan.merged[gone[0]]
        raise OperationError(msg("op.merged_position", where=where, id=gone[0], into=into, by=by))
    check_known(plan.org.positions["id"], wanted, "position", where)


def check_known(ids: pd.Series, wanted: list[str], what: str, where: str) -> None:
    known = set(ids)
    missing = [w for w in wanted if w not in known]
    if missing:
        hint = nearest(missing[0], sorted(known)) if len(known) < 5000 else ""
        raise OperationError(
            msg("op.unknown_id", where=where, what=noun(what), id=missing[0], hint=hint)
        )


def largest_remainder(x: np.ndarray, ids=None) -> np.ndarray:
    """Integers with the total of ``x`` rounded half up, each within 1 of its value.

    The largest remainders get the extra units; equal remainders go in the order of
    ``ids`` (never of rows, so that shuffling a file changes nothing).
    """
    base = np.floor(x + 1e-9).astype(np.int64)
    extra = int(np.floor(np.sort(x).sum() + 0.5)) - int(base.sum())
    if extra > 0:
        key = (
            np.arange(len(x))
            if ids is None
            else pd.factorize(np.asarray(ids, dtype=object), sort=True)[0]
        )
        remainder = np.round(x - base, 9)  # equal fractions compare equal
        order = np.lexsort((key, -remainder))  # largest remainder first, then by id
        base[order[:extra]] += 1
    return base


def round_policy(x: np.ndarray, rounding: str) -> np.ndarray:
    """Each value rounded on its own: ``floor``, ``ceil`` or ``half_up``, a value
    within 1e-9 of a whole number or of a half read as it (30 × 1.15 is
    34.499999999999996 in floating point: half up, 35; review 144 M1)."""
    if rounding == "floor":
        return np.floor(x + 1e-9).astype(np.int64)
    if rounding == "ceil":
        return np.ceil(x - 1e-9).astype(np.int64)
    return np.floor(x + 0.5 + 1e-9).astype(np.int64)


def none_to_nan(v):
    return np.nan if v is None else v
