"""Retirement (BUP, batas usia pensiun) and the ``retirements`` scenario operation.

Retirement age depends on the kind (and level) of the employee's current post
*(defaults, configurable per operation with* ``ages`` *)*:

=====================  ====  ==========================================
key                    age   posts
=====================  ====  ==========================================
``JA``                 58    administrative (Administrator, Pengawas, Pelaksana)
``JPT``                60    senior leadership (Utama, Madya, Pratama)
``JF``                 58    functional, skilled track and Ahli Pertama / Muda
``JF:Ahli Madya``      60    functional expert, Madya
``JF:Ahli Utama``      65    functional expert, Utama
``JF:Guru``            60    teachers (Guru Kelas, Guru Mata Pelajaran …), every level
``default``            58    people without a current post (new hires)
=====================  ====  ==========================================

A ``JF:`` key that is not a level names a functional family and covers the families
whose name starts with it (as :mod:`placement.domain.career` names them: the ``jf``
column, or the title without its level words), the longest first; it wins over
``KIND:Level``, which wins over ``KIND``. A key that names neither a level nor the
start of a family of the positions table is an error naming the key meant (a typo
would match nothing). Teachers retire at 60 at every level by their
own law (BUP can differ per JF). The retirement date is the first day of the month
after the month the employee reaches that age (pension TMT), unless the employees
table gives a ``retirement_date``. The birth date comes from the
``birth_date`` column, or else from the NIP.

Dates are measured at the scenario's ``reference_date`` (a scenario-file key; default:
the day the scenario is run; the KPI ``reference_date`` records it). **People past
retirement age on that date** (retirement date on or before it) **are never placed**:
after the operations they are excluded (``Organization.exclude``, reason
:data:`PAST_RETIREMENT`: no eligible post, their seat counts as vacant, any pin of
theirs is dropped), listed in a warning and counted by the KPI
``excluded_past_retirement``.

Scenario operation::

    - retirements: {horizon_years: 5, mode: exclude}

lists everyone who retires on or before ``reference_date + horizon_years`` (the
operation's own ``reference_date``, if given, becomes the scenario's), then

- ``exclude``: removes them from the roster (they are not placed; their seats stay in
  the formasi, so others can be placed there now);
- ``vacate``: keeps each in their current post until retirement (pinned, as far as
  the post is open and has seats) and records the post as falling vacant at the
  retirement date (``vacant_from``); people whose post is closed are re-placed;
  people already past retirement age are not kept (action :data:`PAST_RETIREMENT`);
- ``report``: lists them only (those past retirement age are excluded all the same);
  in the result's table, whoever the placement puts in a post other than their own
  retires by that post's BUP (:func:`_as_placed`): its rows, dates, kind and
  level are those of the plan.

Results get a ``retirements`` table and the KPIs ``retiring_within_horizon`` (and
``retirees_excluded``); a scenario without the operation still gets the table and the
KPI, for the default horizon (5 years) at the reference date, as information.
"""

from __future__ import annotations

import datetime as dt
from typing import ClassVar, Literal

import numpy as np
import pandas as pd
from pydantic import Field, field_validator

from placement.domain.career import LEVEL_WORDS, normalise, position_families
from placement.domain.nip import (
    domain_state,
    employee_nips,
    parse_dates,
    reference_date,
)
from placement.errors import OperationError
from placement.i18n import first_of, join, msg, person
from placement.model.cells import index_of, isin
from placement.model.config import nearest
from placement.model.dates import calendar_years
from placement.model.decisions import person_columns
from placement.model.extension import Extension
from placement.model.operations import Operation, Plan
from placement.model.organization import Organization
from placement.model.terms import register_term

#: Retirement age per position kind / ``kind:level`` (DOMAIN.md defaults).
DEFAULT_AGES: dict[str, int] = {
    "JA": 58,
    "JPT": 60,
    "JF": 58,
    "JF:Ahli Madya": 60,
    "JF:Ahli Utama": 65,
    "JF:Guru": 60,
    "default": 58,
}
#: Planning horizon used for the informational table when a scenario has no
#: ``retirements`` operation.
DEFAULT_HORIZON_YEARS = 5.0
#: ``exclusion`` reason (and ``retirements`` action) of people past retirement age on
#: the reference date.
PAST_RETIREMENT = "past retirement age (BUP)"

COLUMNS = (
    "employee_id",
    "name",
    "current_unit",
    "current_position",
    "kind",
    "position_level",
    "birth_date",
    "birth_date_source",
    "retirement_age",
    "retirement_date",
    "years_to_retirement",
    "action",
    "position",
    "vacant_from",
)


def birth_dates(emp: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    """Birth date per employee (``birth_date`` column, else the NIP) and its source."""
    explicit = (
        parse_dates(emp["birth_date"])
        if "birth_date" in emp
        else pd.Series(pd.NaT, index=emp.index, dtype="datetime64[ns]")
    )
    from_nip = pd.Series(pd.NaT, index=emp.index, dtype="datetime64[ns]")
    missing = explicit.isna().to_numpy()
    if missing.any():  # the NIP only where the column is blank
        from_nip[missing] = employee_nips(emp.loc[missing])["birth_date"].to_numpy()
    out = explicit.fillna(from_nip)
    source = np.where(explicit.notna(), "birth_date", np.where(from_nip.notna(), "nip", ""))
    return out, pd.Series(source, index=emp.index)


def retirement_ages(
    org: Organization, ages: dict[str, int] | None = None, per_position: np.ndarray | None = None
) -> np.ndarray:
    """Retirement age per employee from the kind / level of their current post;
    ``per_position``: :func:`position_ages` of ``org`` if already computed."""
    values = position_ages(org, ages) if per_position is None else per_position
    at = index_of(pd.Index(org.positions["id"]), org.employees["current_position"])
    return values[np.where(at >= 0, at, len(values) - 1)]


def position_ages(org: Organization, ages: dict[str, int] | None = None) -> np.ndarray:
    """Retirement age per position (kind, level, JF family), the default age last (for
    people without a post)."""
    table = {canonical_key(k): v for k, v in {**DEFAULT_AGES, **(ages or {})}.items()}
    pos = org.positions
    lower = {k.lower(): float(v) for k, v in table.items()}
    default = lower.get("default", 58.0)
    # one age per position (few), then a gather per employee (many)
    kind = pos["kind"].astype(str).str.upper()
    key = (kind + ":" + pos["level"].astype(str)).str.lower()
    per_pos = key.map(lower).fillna(kind.str.lower().map(lower)).fillna(default)
    levels_ = {w.lower() for w in LEVEL_WORDS}
    families = {
        normalise(k.split(":", 1)[1]): v
        for k, v in lower.items()
        if k.startswith("jf:") and k.split(":", 1)[1].strip() not in levels_
    }
    if families:  # a family's own age wins over its level's
        fam = position_families(org).map(normalise)  # " guru kelas " …
        for name in sorted(families, key=len):  # the longest name last: it wins
            per_pos = per_pos.mask(fam.str.startswith(name).to_numpy(), families[name])
    return np.append(per_pos.to_numpy(dtype=float), default)


def retirement_dates(
    org: Organization, ages: dict[str, int] | None = None, per_position: np.ndarray | None = None
) -> pd.DataFrame:
    """Per employee: the ``kind`` and ``position_level`` of their current post (whose
    BUP applies; "" without a post), ``birth_date``, ``birth_date_source``,
    ``retirement_age`` and ``retirement_date`` (Timestamps, NaT when unknown)."""
    emp, pos = org.employees, org.positions
    at = index_of(pd.Index(pos["id"]), emp["current_position"])  # -1: no post
    kind = np.append(pos["kind"].to_numpy(dtype=object), "")[at]
    level = np.append(pos["level"].to_numpy(dtype=object), "")[at]
    birth, source = birth_dates(emp)
    age = retirement_ages(org, ages, per_position)
    ret = pd.Series(bup_dates(birth.to_numpy(dtype="datetime64[ns]"), age), index=emp.index)
    if "retirement_date" in emp:
        given = parse_dates(emp["retirement_date"])
        ret = given.fillna(ret)
    return pd.DataFrame(
        {
            "kind": kind,
            "position_level": level,
            "birth_date": birth,
            "birth_date_source": source,
            "retirement_age": age,
            "retirement_date": ret,
        },
        index=emp.index,
    )


def bup_dates(birth: np.ndarray, age: np.ndarray) -> np.ndarray:
    """Retirement dates (datetime64[ns], NaT where the birth date is unknown): the first
    day of the month after the month of the birthday at ``age``."""
    months = np.nan_to_num(np.asarray(age, dtype=float)).astype(np.int64) * 12 + 1
    return (birth.astype("datetime64[M]") + months).astype("datetime64[ns]")


def years_to_retirement(
    org: Organization,
    reference=None,
    ages: dict[str, int] | None = None,
    extras: dict | None = None,
) -> np.ndarray:
    """Years from the reference date to each employee's retirement (NaN unknown);
    ``reference`` and ``ages`` default to those of the plan whose ``extras`` are given."""
    st = domain_state(extras) if extras is not None else {}
    ref = pd.Timestamp(reference) if reference is not None else reference_date(extras)
    ages = ages if ages is not None else st.get("retirement_ages")
    ret = _org_dates(org, ages, extras)["retirement_date"]
    return calendar_years(ret, ref)


def _org_dates(org: Organization, ages: dict[str, int] | None, extras: dict | None) -> pd.DataFrame:
    """:func:`retirement_dates` of ``org`` (not to be changed): those the plan hook
    computed, before it kept the rows of the holders retired as read
    (:func:`plan_retirement_dates`), where ``org`` is still the organisation of the plan
    whose ``extras`` are given and ``ages`` the same; else computed. A solve reads every
    one's years to retirement, and a result's notes their BUP: each had parsed every
    birth date again (a tenth of a second over the bundled comparison)."""
    kept = domain_state(extras).get("org_retirement_dates") if extras is not None else None
    if kept is not None and kept[0] is org.employees and kept[1] is org.positions:
        if kept[2] == ages:
            return kept[3]
    return retirement_dates(org, ages)


def retiring_within(
    org: Organization,
    horizon_years: float,
    reference=None,
    ages: dict[str, int] | None = None,
    dates: pd.DataFrame | None = None,
    extras: dict | None = None,
) -> pd.DataFrame:
    """The employees who retire on or before ``reference + horizon_years`` (a table
    with :data:`COLUMNS` minus the outcome columns), soonest first. ``dates``: the
    :func:`retirement_dates` of ``org`` if already computed; ``reference`` defaults to
    that of the plan whose ``extras`` are given."""
    emp = org.employees
    ref = pd.Timestamp(reference) if reference is not None else reference_date(extras)
    rd = retirement_dates(org, ages) if dates is None else dates
    end = ref + pd.DateOffset(months=int(round(horizon_years * 12)))
    within = (rd["retirement_date"] <= end).fillna(False).to_numpy(bool)
    sel = emp.loc[within]
    out = pd.DataFrame(
        {
            "employee_id": sel["id"].to_numpy(),
            "name": sel["name"].to_numpy() if "name" in sel else "",
            "current_unit": sel["current_unit"].to_numpy(),
            "current_position": sel["current_position"].to_numpy(),
            "kind": rd.loc[within, "kind"].to_numpy(dtype=object),
            "position_level": rd.loc[within, "position_level"].to_numpy(dtype=object),
            "birth_date": _iso(rd.loc[within, "birth_date"]),
            "birth_date_source": rd.loc[within, "birth_date_source"].to_numpy(),
            "retirement_age": rd.loc[within, "retirement_age"].to_numpy(),
            "retirement_date": _iso(rd.loc[within, "retirement_date"]),
            "years_to_retirement": np.round(
                calendar_years(rd.loc[within, "retirement_date"], ref), 2
            ),
        }
    )
    out = out.sort_values(["retirement_date", "employee_id"], kind="stable")
    return out.reset_index(drop=True)


def _iso(s: pd.Series) -> np.ndarray:
    return pd.to_datetime(s).dt.strftime("%Y-%m-%d").fillna("").to_numpy(dtype=object)


#: The levels of each kind a ``KIND:Level`` key may name although no post of the
#: organisation has it (a shared ``ages`` table stays valid for an organisation
#: without such posts); the positions table's own levels of the kind count too.
KIND_LEVELS: dict[str, tuple[str, ...]] = {
    "JF": LEVEL_WORDS,
    "JPT": ("Utama", "Madya", "Pratama"),
    "JA": ("Administrator", "Pengawas", "Pelaksana"),
}


def canonical_key(key: str) -> str:
    """``JF: Ahli  Madya `` → ``JF:Ahli Madya`` (the kind upper case, the words single
    spaced): keys are matched in this form."""
    kind, sep, rest = key.partition(":")
    return f"{kind.strip().upper()}:{' '.join(rest.split())}" if sep else kind.strip()


def _check_keys(org: Organization, ages: dict[str, int], where: str) -> None:
    """A ``KIND:X`` key must name a level of that kind (:data:`KIND_LEVELS` or the
    positions table's) or, for ``JF:``, the start of a functional family of the
    positions table (whole words): a typo would match nothing and leave those people
    at their kind's age without a word."""
    pos = org.positions
    families = sorted({f for f in position_families(org) if f})
    names = [normalise(f) for f in families]
    kinds = pos["kind"].astype(str).str.upper().to_numpy()
    for key in ages:
        k, sep, word = canonical_key(key).partition(":")
        if not sep:
            continue  # JA, JPT, JF, default: checked by the operation's model
        known = [*KIND_LEVELS.get(k, ()), *pos.loc[kinds == k, "level"].dropna().astype(str)]
        if word and word.lower() in {lv.lower() for lv in known}:
            continue
        if word and k == "JF" and any(n.startswith(normalise(word)) for n in names):
            continue
        choices = [f"{k}:{lv}" for lv in dict.fromkeys(known)]
        if k == "JF":
            choices = [f"JF:{f}" for f in families] + choices
        raise OperationError(
            msg("op.retirement_key", where=where, key=key, hint=nearest(key, choices))
        )


class Retirements(Operation):
    """People who retire within the planning horizon: exclude, vacate or report."""

    op: ClassVar[str] = "retirements"
    horizon_years: float = Field(default=DEFAULT_HORIZON_YEARS, ge=0, le=50)
    mode: Literal["exclude", "vacate", "report"] = "exclude"
    #: null: the scenario's reference date; a date here becomes the scenario's (within
    #: the dates a roster may hold, placement.model.organization.DATE_RANGE)
    reference_date: dt.date | None = Field(
        default=None, ge=dt.date(1900, 1, 1), le=dt.date(2100, 12, 31)
    )
    ages: dict[str, int] = Field(default_factory=dict)

    @field_validator("ages")
    @classmethod
    def _ages(cls, v: dict[str, int]) -> dict[str, int]:
        for key, age in v.items():
            kind = key.split(":", 1)[0].strip().upper()
            if kind not in ("JA", "JPT", "JF", "DEFAULT"):
                raise ValueError(
                    f"unknown key {key!r}: use JA, JPT, JF, KIND:Level (e.g. "
                    "'JF:Ahli Utama'), JF:Family (e.g. 'JF:Guru') or default"
                )
            if not 40 <= age <= 75:
                raise ValueError(f"retirement age {age} for {key!r} is not between 40 and 75")
        return v

    def apply(self, plan: Plan, where: str) -> None:
        org = plan.org
        st = domain_state(plan.extras)
        if self.reference_date is not None:
            plan.reference_date = self.reference_date
        ref = plan.reference_date
        st["reference_date"] = ref
        # checked against the organisation after every operation (as the ages apply)
        st["retirement_keys"] = (dict(self.ages), where)
        ages = {**DEFAULT_AGES, **self.ages}
        st["retirement_ages"] = ages
        table = retiring_within(
            org, self.horizon_years, ref, ages, dates=plan_retirement_dates(plan, ages)
        )
        table["action"] = ""
        table["position"] = ""
        table["vacant_from"] = ""
        ids = set(table["employee_id"])
        # retired on the reference date (ISO strings compare as dates)
        past = (table["retirement_date"] <= pd.Timestamp(ref).strftime("%Y-%m-%d")).to_numpy()
        if self.mode == "exclude":
            emp = org.employees
            keep = ~isin(emp["id"], ids)
            new = emp.loc[keep].reset_index(drop=True)
            new.attrs.update(emp.attrs)
            org.employees = new
            for e in [e for e in plan.pins if e in ids]:
                del plan.pins[e]
                plan.pin_sources.pop(e, None)
            plan.bans = {(e, p) for e, p in plan.bans if e not in ids}
            table["action"] = "excluded"
            what = msg("log.retire_excluded")
        elif self.mode == "vacate":
            table["action"] = self._pin_in_post(plan, table, where, past)
            stay = (table["action"] == "stays until retirement").to_numpy()
            table.loc[stay, "vacant_from"] = table.loc[stay, "retirement_date"]
            what = msg("log.retire_vacate", n=int(stay.sum()))
        else:
            table["action"] = np.where(past, PAST_RETIREMENT, "reported")
            what = msg("log.retire_report")
        st["retirements"] = {"table": table, "mode": self.mode, "horizon_years": self.horizon_years}
        end = pd.Timestamp(ref) + pd.DateOffset(months=int(round(self.horizon_years * 12)))
        plan.log.append(
            msg(
                "log.retirements",
                n=len(table),
                end=end.date(),
                years=self.horizon_years,
                start=ref,
                what=what,
            )
        )

    @staticmethod
    def _pin_in_post(plan: Plan, table: pd.DataFrame, where: str, past: np.ndarray) -> np.ndarray:
        pos = plan.org.positions
        hc = dict(zip(pos["id"], pos["headcount"], strict=True))
        used: dict[str, int] = {}
        for p in plan.pins.values():
            used[p] = used.get(p, 0) + 1
        actions = []
        people = zip(
            table["employee_id"].tolist(), table["current_position"].tolist(), past, strict=True
        )
        for e, p, gone in people:
            if gone:  # retired already: excluded after the operations, never kept
                actions.append(PAST_RETIREMENT)
            elif plan.pins.get(e) == p:
                # this operation keeps them now: compiling settles keep_incumbents'
                # pins of an over-filled post around theirs, not over it
                plan.pin_sources[e] = where
                actions.append("stays until retirement")
            elif p == "" or hc.get(p, 0) == 0:
                actions.append("re-placed: current post closed" if p else "new hire")
            elif e in plan.pins or (e, p) in plan.bans:
                actions.append("re-placed: pinned or forbidden elsewhere")
            elif used.get(p, 0) >= hc[p]:
                _leave_contest(plan, e, p)  # re-placed, as the table says
                actions.append("re-placed: post over headcount")
            else:
                plan.pins[e] = p
                plan.pin_sources[e] = where
                used[p] = used.get(p, 0) + 1
                actions.append("stays until retirement")
        return np.asarray(actions, dtype=object)


def _leave_contest(plan: Plan, employee: str, position: str) -> None:
    """Take ``employee`` out of the holders ``keep_incumbents`` ranked for
    ``position`` (see ``Plan.kept_contests``): compiling gives them no seat of it."""
    if position in plan.kept_contests:
        source, cap, ids, meets = plan.kept_contests[position]
        keep = [k for k, x in enumerate(ids) if x != employee]
        plan.kept_contests[position] = (
            source,
            cap,
            [ids[k] for k in keep],
            [meets[k] for k in keep],
        )


def plan_retirement_dates(plan: Plan, ages: dict[str, int] | None = None) -> pd.DataFrame:
    """:func:`retirement_dates` of the plan's organisation, except for the people who
    had retired on or before the reference date under the post they held as read
    (``plan.source``): their retirement is past, whatever an operation has made of
    that post since (an Administrator past 58 whose post penyetaraan turns into a JF
    Ahli Madya post, BUP 60, stays retired); their row (kind, level, age, date) is the
    one of that post."""
    org, src = plan.org, plan.source
    per_pos = position_ages(org, ages)  # kept for the result's table (movers' new posts)
    domain_state(plan.extras)["final_position_ages"] = (org.positions, per_pos)
    dates = retirement_dates(org, ages, per_pos)
    # kept as computed for the solve and the notes (:func:`_org_dates`)
    domain_state(plan.extras)["org_retirement_dates"] = (org.employees, org.positions, ages, dates)
    if src is None or src is org or not len(src.employees) or not len(org.employees):
        return dates
    before = retirement_dates(src, ages)
    # kept for the moves' retirement_before (the post as read)
    domain_state(plan.extras)["source_retirement_dates"] = (src.employees, before)
    at = index_of(pd.Index(src.employees["id"]), org.employees["id"])
    ref = pd.Timestamp(plan.reference_date)
    was = np.append(before["retirement_date"].to_numpy(), np.datetime64("NaT"))[at]
    now = dates["retirement_date"].to_numpy()
    gone = (at >= 0) & (was <= ref) & ~(now <= ref)  # NaT compares False
    if gone.any():
        dates = dates.copy()  # the one kept stays as computed
        rows = before.iloc[at[gone]]
        for col in dates.columns:
            dates.loc[gone, col] = rows[col].to_numpy()
    return dates


def exclude_past_retirement(plan: Plan) -> None:
    """Extension ``plan_hooks``: record the reference date on the organisation and exclude the
    people whose retirement date is on or before it (with a warning)."""
    org = plan.org
    st = domain_state(plan.extras)
    st.setdefault("reference_date", plan.reference_date)
    if "retirement_keys" in st:
        _check_keys(org, *st["retirement_keys"])
    if not len(org.employees):
        return
    ref = reference_date(plan.extras)
    dates = plan_retirement_dates(plan, st.get("retirement_ages"))
    # the operations are done: the result tables reuse these dates (parsed once)
    st["final_retirement_dates"] = (org.employees, org.positions, dates)
    past = (dates["retirement_date"] <= ref).fillna(False).to_numpy(bool) & ~org.excluded
    if not past.any():
        return
    org.exclude(past, msg("exclusion.past_bup"))  # reads PAST_RETIREMENT in English
    ids = org.employees["id"].to_numpy(dtype=object)[past]
    unpinned = []
    for k, e in enumerate(ids.tolist()):
        if e in plan.pins:  # a pin cannot place someone who has retired
            del plan.pins[e]
            plan.pin_sources.pop(e, None)
            unpinned.append(k)
    gone = set(ids)
    plan.bans = {(e, p) for e, p in plan.bans if e not in gone}
    names = org.employees["name"] if "name" in org.employees else None
    first = np.flatnonzero(past)[:10]
    shown = ", ".join(
        person(None if names is None else names.iloc[i], ids[k]) for k, i in enumerate(first)
    )
    more = msg("and_n_more", n=len(ids) - 10) if len(ids) > 10 else ""
    line = msg("retire.past_bup", n=len(ids), date=ref.date(), ids=shown, more=more)
    org.warnings.append(line)
    plan.log.append(line)
    if len(unpinned) == len(ids):  # the operations' log counted them kept (review 122 L1)
        plan.log.append(msg("retire.pins_dropped_all"))
    elif unpinned:
        rows = np.flatnonzero(past)[unpinned]
        who = [
            person(None if names is None else names.iloc[i], ids[k])
            for k, i in zip(unpinned, rows.tolist(), strict=True)
        ]
        plan.log.append(msg("retire.pins_dropped", n=len(who), who=first_of(who, 10)))


# -- results ---------------------------------------------------------------------------


def _final_dates(comp) -> pd.DataFrame:
    """The retirement dates of the compiled organisation (those the plan hook computed
    after the operations, when the organisation is still that one)."""
    org, st = comp.org, domain_state(comp.plan.extras)
    final = st.get("final_retirement_dates")
    if final is not None and final[0] is org.employees and final[1] is org.positions:
        return final[2]
    return retirement_dates(org, st.get("retirement_ages"))


def _as_placed(comp, dates: pd.DataFrame, placed_at: pd.Series) -> pd.DataFrame:
    """``dates`` with the rows of whoever the placement puts in a post other than
    their own recomputed for that post (its kind, level and BUP: an administrator, 58,
    placed in a JF Ahli Madya post retires at 60; a date given in the roster's
    ``retirement_date`` stays); ``placed_at``: position by id. Only the movers are
    recomputed, from the birth dates already read."""
    org = comp.org
    emp, pos = org.employees, org.positions
    placed = emp["id"].map(placed_at).fillna("").to_numpy(dtype=object)
    cur = emp["current_position"].fillna("").to_numpy(dtype=object)
    moved = (placed != "") & (placed != cur)
    if not moved.any():
        return dates
    st = domain_state(comp.plan.extras)
    kept = st.get("final_position_ages")  # the plan hook's, for these positions
    if kept is not None and kept[0] is pos:
        per_pos = kept[1]
    else:
        per_pos = position_ages(org, st.get("retirement_ages"))
    at = index_of(pd.Index(pos["id"]), pd.Series(placed[moved]))  # placed: real posts
    age = per_pos[at]
    ret = bup_dates(dates["birth_date"].to_numpy(dtype="datetime64[ns]")[moved], age)
    if "retirement_date" in emp:
        given = parse_dates(emp.loc[moved, "retirement_date"]).to_numpy(dtype="datetime64[ns]")
        ret = np.where(np.isnat(given), ret, given)
    out = dates.copy()
    rows = out.index[moved]
    out.loc[rows, "kind"] = pos["kind"].to_numpy(dtype=object)[at]
    out.loc[rows, "position_level"] = pos["level"].to_numpy(dtype=object)[at]
    out.loc[rows, "retirement_age"] = age
    out.loc[rows, "retirement_date"] = ret
    return out


def _table_for(result, placed_at: pd.Series | None = None) -> tuple[pd.DataFrame, dict] | None:
    """The retirements table and its record (mode, horizon). In report mode (the
    default, or the operation's) it is built on the organisation after every
    operation and, with ``placed_at`` (position by id), as the placement leaves
    people (:func:`_as_placed`); exclude and vacate modes keep the operation's table
    (those people are removed or held in place)."""
    comp = result.compiled
    if comp is None:
        return None
    org, st = comp.org, domain_state(comp.plan.extras)
    rec = st.get("retirements")
    if rec is not None and rec["mode"] != "report":
        return rec["table"].copy(), rec
    rec = rec or {"mode": "report", "horizon_years": DEFAULT_HORIZON_YEARS}
    if not len(org.employees):
        return None
    dates = _final_dates(comp)
    if dates["birth_date_source"].eq("").all():
        return None  # no birth dates and no NIPs: nothing to report
    if placed_at is not None:
        dates = _as_placed(comp, dates, placed_at)
    table = retiring_within(org, rec["horizon_years"], dates=dates, extras=comp.plan.extras)
    emp = org.employees
    gone = np.zeros(len(table), bool)
    if "exclusion" in emp:  # the ids are unique: those excluded as past retirement age
        past = emp["id"].to_numpy(dtype=object)[emp["exclusion"].to_numpy() == PAST_RETIREMENT]
        gone = isin(table["employee_id"], past.tolist())
    table["action"] = np.where(gone, PAST_RETIREMENT, "reported")
    table["position"] = ""
    table["vacant_from"] = ""
    return table, rec


def no_move_before_retirement_ok(
    ctx, edge_emp: np.ndarray, edge_pos: np.ndarray, policy
) -> np.ndarray | None:
    """Edge rule (``eligibility.no_move_within_years_of_retirement``): people that close
    to retirement may only keep their post (new hires are not limited)."""
    if policy.no_move_within_years_of_retirement is None:
        return None
    soon = _near_retirement(ctx, policy)
    cur = ctx.emp("current_pos")[edge_emp]
    return ~soon[edge_emp] | (cur < 0) | (cur == edge_pos)


def bup_in_post_ok(ctx, edge_emp: np.ndarray, edge_pos: np.ndarray, policy) -> np.ndarray:
    """Edge rule, always on: no one takes a post other than their own whose BUP they
    have reached by the reference date (its kind and level set another retirement age:
    review 90 M2, an Ahli Madya whose post closes, BUP 60 and aged 59, was placed in a
    JA post, BUP 58, reached the year before, and the SK list told him of it). Unknown
    birth dates are not limited."""
    past = _past_bup_months(ctx)
    born = past[edge_emp]
    limit = 12 * _post_ages(ctx)[edge_pos]
    cur = ctx.emp("current_pos")[edge_emp]
    return (born < 0) | (born < limit) | (cur == edge_pos)


def bup_in_post_reasons(comp, i: int, q: int) -> list:
    """Extension ``reasons``: ``i`` has reached the BUP of ``q`` by the reference date
    (:func:`bup_in_post_ok`)."""
    ctx = comp.context
    if bup_in_post_ok(ctx, np.array([i]), np.array([q]), None)[0]:
        return []
    age = int(_post_ages(ctx)[q])
    return [msg("explain.why_past_bup_in_post", age=age, years=int(_past_bup_months(ctx)[i]) // 12)]


def _post_ages(ctx) -> np.ndarray:
    """Per post, its retirement age (:func:`position_ages`, the scenario's ages).
    Made once."""

    def compute() -> np.ndarray:
        ages = domain_state(ctx.extras).get("retirement_ages") if ctx.extras is not None else None
        return position_ages(ctx.org, ages)[:-1]

    return ctx.derived("post_retirement_ages", compute)


def _past_bup_months(ctx) -> np.ndarray:
    """Per employee: whole months from the month of their birth to the month before
    the reference date's (a BUP falls on the first day of the month after the birthday
    at the age: reached by the reference date where these months reach 12 × the age);
    -1 where the birth date is not known. Made once."""

    def compute() -> np.ndarray:
        # the birth dates as the JF entry age reads them, parsed once per context
        born = ctx.derived("birth_dates", lambda: birth_dates(ctx.org.employees)[0])
        born = born.to_numpy(dtype="datetime64[ns]")
        known = ~np.isnat(born)
        month = born.astype("datetime64[M]").astype(np.int64)
        ref = np.datetime64(reference_date(ctx.extras).date(), "M").astype(np.int64)
        return np.where(known, ref - month - 1, -1)

    return ctx.derived("months_to_reference", compute)


def near_retirement_keepers(ctx, policy) -> tuple[str, np.ndarray] | None:
    """Extension ``keepers``: the holders that close to retirement keep their post
    (``eligibility.no_move_within_years_of_retirement``; a move is closed to them),
    for certain where its seats allow (see ``keepers`` in
    :mod:`placement.model.extension`)."""
    if policy.no_move_within_years_of_retirement is None:
        return None
    serving = ctx.emp("current_pos") >= 0
    return "no_move_within_years_of_retirement", _near_retirement(ctx, policy) & serving


def horizon_end(extras: dict | None) -> pd.Timestamp:
    """The last day of the scenario's planning horizon: its reference date plus the
    retirements' ``horizon_years`` (the default where the scenario sets none)."""
    rec = domain_state(extras).get("retirements") if extras is not None else None
    years = float((rec or {}).get("horizon_years", DEFAULT_HORIZON_YEARS))
    return reference_date(extras) + pd.DateOffset(months=int(round(years * 12)))


def far_seat_note(ctx, i: int, q: int, date: str, some: bool, pending: int = 0, first: str = ""):
    """Extension ``wait_notes``: the day post ``q`` is sure to be back within its
    formasi lies past the planning horizon: no SK into it to date by then (review 84
    M3: Fahar Rojawan's seat in P0268 was sure to be free only on 2037-05-01, ten years
    on, unless the PPK decided on the holder kept pending there first). None within it.
    ``first``: where every SK into it waits, a seat per exit, the day of the first exit;
    within the horizon, the first of them is dated then (review 90 H2)."""
    end = horizon_end(ctx.extras)
    if pd.Timestamp(date) <= end:
        return None
    key = "reason.seat_past_horizon" + ("_pending" if pending else "")
    if some:  # only so many of the SKs into it wait (review 87 M2)
        key = "reason.seat_past_horizon_some"
    elif first and pd.Timestamp(first) <= end:
        key = "reason.seat_past_horizon_each"
    return msg(key, end=end.date().isoformat(), n=pending, first=first)


#: the decisions list's rows of officials whose move waits past the planning horizon
MOVE_PAST_HORIZON = "move_past_horizon"


def past_horizon_rows(result, tables: dict) -> pd.DataFrame | None:
    """Extension ``decisions``: the officials the plan moves into a post whose every
    SK from another post waits for a seat (they are no more than it holds over its
    formasi), the first of which is sure to be free only past the planning horizon:
    no SK of theirs can be dated within it, and until a holder leaves they stay in
    their own post (review 91 M1: Fahar Rojawan, listed apart from the SK list, stayed
    over the formasi of P0229 on no list)."""
    pl = tables.get("placements")
    if pl is None or result.compiled is None:
        return None
    ctx = result.compiled.context
    end = horizon_end(ctx.extras).date().isoformat()
    titles = ctx.org.positions["title"].to_numpy(dtype=object)
    rows = []
    for q, first, movers in waiting_entrants(result.compiled, result.assignment):
        if first <= end:
            continue
        for i, c in movers:
            why = msg(
                "decision.move_past_horizon",
                position=f"{ctx.pos_ids[q]} ({titles[q]})",
                date=first,
                end=end,
            )
            rows.append(waiting_decision(pl, ctx, (i, c), MOVE_PAST_HORIZON, why))
    return decision_frame(rows)


def waiting_decision(pl: pd.DataFrame, ctx, who: tuple[int, int], code: str, reason) -> dict:
    """A decisions list row of official ``who`` (employee, own post) whose move waits
    for a seat the PPK is to free first (``code``, ``reason``): until then they stay in
    their own post, the move listed apart from the SK list."""
    i, c = who
    return {
        **person_columns(pl, ctx, i, c),
        "decision": code,
        "reason": reason,
        "reason_code": code,
        "note": msg("decision.move_past_horizon_way", own=ctx.pos_ids[c]),
        "offer_position": "",
        "offer_title": "",
    }


def decision_frame(rows: list[dict]) -> pd.DataFrame | None:
    """The decisions list rows ``rows`` as a frame of object columns (None: none)."""
    if not rows:
        return None
    return pd.DataFrame({k: pd.Series([r[k] for r in rows], dtype=object) for k in rows[0]})


def waiting_entrants(comp, a) -> list[tuple[int, str, list[tuple[int, int]]]]:
    """The posts into which placement ``a`` of compile ``comp`` moves officials from
    other posts no more than it holds over its formasi (kept until BUP, or pending the
    PPK's decision: :func:`~placement.model.compile.left_over_formasi`, as the vacancies
    count them): every SK from another post into it waits for a seat. Per post: its
    index, the day the first of those seats is sure to be free
    (:func:`~placement.model.reasons.back_within`, as the reasons give it; none sure:
    left out), and the officials moving in, each with their own post."""
    # the domain loads while the model package initialises (load_plugins): at call time
    from placement.model.compile import left_over_formasi  # as the vacancies count them
    from placement.model.reasons import back_within  # the seats' dates, as reasons give

    if comp is None or a is None:
        return []
    ctx = comp.context
    a = np.asarray(a, dtype=np.int64)
    cur = ctx.emp("current_pos").astype(np.int64)
    came = np.bincount(a[(a >= 0) & (a != cur) & (cur >= 0)], minlength=ctx.n_positions)
    over = left_over_formasi(comp, a)
    held = np.bincount(cur[over & (cur >= 0)], minlength=ctx.n_positions)
    out = []
    for q in np.flatnonzero((came >= 1) & (came <= held)).tolist():
        first = back_within(ctx, a, cur, q, int(held[q] - came[q] + 1))[0]
        if not first:
            continue
        movers = np.flatnonzero((a == q) & (cur != q) & (cur >= 0)).tolist()
        out.append((q, first, [(i, int(cur[i])) for i in movers]))
    return out


def held_until_bup(ctx, who: np.ndarray) -> np.ndarray:
    """Extension ``held_until``: of ``who``, those the retirement rule keeps in their
    post (:func:`near_retirement_keepers`), their BUP as ISO text; '' for the others
    and where the birth date is not known."""
    who = np.asarray(who, dtype=np.int64)
    out = np.full(len(who), "", dtype=object)
    kept = ctx.kept_by_rule
    if kept is None or not len(who):
        return out
    mine = np.asarray(kept, dtype=object)[who] == "no_move_within_years_of_retirement"
    if not mine.any():
        return out
    out[mine] = bup_of(ctx, who[mine])
    return out


def bup_of(ctx, who: np.ndarray) -> np.ndarray:
    """Extension ``leaves_by``: of ``who``, each one's BUP in their post as ISO text
    ('' where the birth date is not known)."""
    who = np.asarray(who, dtype=np.int64)
    ages = domain_state(ctx.extras).get("retirement_ages") if ctx.extras is not None else None
    dates = ctx.derived(
        "retirement_dates_iso",
        lambda: _iso(_org_dates(ctx.org, ages, ctx.extras)["retirement_date"]),
    )
    return np.asarray(dates, dtype=object)[who]


def _near_retirement(ctx, policy) -> np.ndarray:
    """bool per employee: retires within ``no_move_within_years_of_retirement`` years
    (unknown: no)."""
    left = np.nan_to_num(_years_left(ctx), nan=np.inf)
    return left <= policy.no_move_within_years_of_retirement


def _years_left(ctx) -> np.ndarray:
    """:func:`years_to_retirement` of a context's organisation, computed once."""
    return ctx.derived(
        "years_to_retirement", lambda: years_to_retirement(ctx.org, extras=ctx.extras)
    )


#: Years before BUP within which a move weighs on the ``late_move`` term.
LATE_MOVE_YEARS = 3.0


@register_term(
    "late_move",
    sense="penalty",
    weight=5.0,
    description=(
        f"a move of someone within {LATE_MOVE_YEARS:g} years of BUP: per year closer than "
        f"{LATE_MOVE_YEARS:g} (a transfer months before a pension buys little that lasts); "
        "off unless weighted"
    ),
    label_id="Mutasi menjelang pensiun",
)
def late_move(ctx) -> np.ndarray:
    """Per edge: for a move (a post other than one's own) of a person within
    :data:`LATE_MOVE_YEARS` of BUP, how many years closer to it than that (0 .. 3;
    unknown BUP, a new hire, one's own post: 0). Review 36: a holder who meets every
    rule of her post was transferred across OPDs 17 months before BUP, which keeping
    her would have cost 2.22 points."""
    e, p = ctx.edge_emp, ctx.edge_pos
    cur = ctx.emp("current_pos")[e]
    moves = (cur >= 0) & (p != cur)
    left = np.nan_to_num(_years_left(ctx)[e], nan=np.inf)
    return np.where(moves, np.clip(LATE_MOVE_YEARS - left, 0.0, LATE_MOVE_YEARS), 0.0)


def near_retirement_reasons(comp, i: int, q: int) -> list:
    """Extension ``reasons``: ``i`` retires too soon to leave their post for ``q``
    (``eligibility.no_move_within_years_of_retirement``)."""
    limit = comp.config.eligibility.no_move_within_years_of_retirement
    ctx = comp.context
    if limit is None or ctx.emp("current_pos")[i] in (-1, q):
        return []
    left = float(_years_left(ctx)[i])
    if not 0 <= left <= limit:  # unknown (NaN): not limited; past BUP: excluded anyway
        return []
    return [msg("explain.why_near_retirement", years=left, limit=limit)]


def extend_tables(result, tables: dict) -> None:
    """Extension ``tables``: the ``retirements`` table (who, when, what happens)."""
    if "placements" not in tables or "employee_id" not in tables["placements"]:
        return
    pl = tables["placements"]  # its position column by id (no copy of the whole table)
    placed_at = pd.Series(pl["position"].to_numpy(), index=pl["employee_id"])
    _moves_retirement(result, tables, placed_at)
    _placements_retirement(result, pl, placed_at)
    got = _table_for(result, placed_at)
    if got is None:
        return
    table, _ = got
    placed = table["employee_id"].map(placed_at)
    table["position"] = placed.fillna("").to_numpy(dtype=object)
    # a BUP that a conversion on condition moves holds once the PPK confirms it (review
    # 129 L3: Rayan Nasbalim's 2030-06-01, BUP 60 of Ahli Madya, read as settled while
    # his conversion waits on the PPK; 2028-06-01 as read)
    conv = tables.get("conversions")
    if conv is not None and len(conv):
        shifted = conv["retirement_before"] != conv["retirement_after"]
        moved = conv.loc[(conv["condition"] != "") & shifted, "employee_id"]
        waits = table["employee_id"].isin(moved).to_numpy()
        reported = table["action"].to_numpy() == "reported"
        table["action"] = np.where(waits & reported, "reported_on_condition", table["action"])
    tables["retirements"] = table.loc[:, list(COLUMNS)].reset_index(drop=True)


def _placements_retirement(result, pl: pd.DataFrame, placed_at: pd.Series) -> None:
    """The placements' ``retirement_date``: each one's BUP date in the post the plan
    places them in (in their own post when left without one), ISO, blank when unknown;
    a date the roster gives stays (review 37: the column was the roster's, carried
    through blank for everyone)."""
    comp = result.compiled
    if comp is None or not len(comp.org.employees) or len(pl) != len(comp.org.employees):
        return
    if not pl["employee_id"].equals(comp.org.employees["id"].reset_index(drop=True)):
        return  # one row per employee, in order (build_tables checks it)
    after = _as_placed(comp, _final_dates(comp), placed_at)
    pl["retirement_date"] = _iso(after["retirement_date"])


def bup_as_read(comp, ids: pd.Series, final: pd.DataFrame | None = None) -> np.ndarray:
    """Per employee id of ``ids``, their BUP as ISO text in the post they hold as the
    data reads it, before the scenario's operations ('' where not known, or an id the
    data lacks); ``final``: :func:`_final_dates`, where the caller has it."""
    src = comp.plan.source
    if src is not None and src is not comp.org and len(src.employees):
        kept = domain_state(comp.plan.extras).get("source_retirement_dates")
        if kept is not None and kept[0] is src.employees:  # the plan hook's, once
            before = kept[1]
        else:
            before = retirement_dates(src, domain_state(comp.plan.extras).get("retirement_ages"))
        known = src.employees["id"]
    else:
        before = final if final is not None else _final_dates(comp)
        known = comp.org.employees["id"]
    return np.append(_iso(before["retirement_date"]), "")[index_of(pd.Index(known), ids)]


def bup_as_operated(comp, ids: pd.Series) -> np.ndarray:
    """Per employee id of ``ids``, their BUP as ISO text in the post they hold as the
    scenario's operations left it (a post penyetaraan converted: its JF level's), ''
    where not known."""
    final = _final_dates(comp)
    at = index_of(pd.Index(comp.org.employees["id"]), ids)
    return np.append(_iso(final["retirement_date"]), "")[at]


def _moves_retirement(result, tables: dict, placed_at: pd.Series) -> None:
    """The moves table with each mover's retirement date in the post they hold as the
    data reads it (``retirement_before``) and in the post they are placed in
    (``retirement_after``; blank for a person left without a post), ISO dates, blank
    when unknown: a move into a post of another BUP moves the pension (an
    administrator, 58, into a JF Ahli Madya post retires two years later; a doctor in a
    teacher's post, 60, moving to Dokter Ahli Muda, 58, two years earlier), which the
    officer must see before the SK."""
    comp = result.compiled
    mv = tables.get("moves")
    if comp is None or mv is None or "employee_id" not in mv or not len(comp.org.employees):
        return
    final = _final_dates(comp)
    after = _as_placed(comp, final, placed_at)
    now = np.append(_iso(after["retirement_date"]), "")[
        index_of(pd.Index(comp.org.employees["id"]), mv["employee_id"])
    ]
    # before: the post as read, not as an operation made it (an Administrator whose
    # post penyetaraan turns into Ahli Madya, who moves to another Administrator post,
    # keeps BUP 58 throughout); an id the data lacks (none today) reads blank
    was = bup_as_read(comp, mv["employee_id"], final)
    lost = mv["to_position"].fillna("").astype(str).to_numpy() == ""
    mv["retirement_before"] = was
    mv["retirement_after"] = np.where(lost, "", now)
    if "reason" not in mv:
        return
    # the reason says it too: the person is told before the SK (review 37: a Kasi of
    # 56 moved to Guru Ahli Madya retires two years later, a doctor two years earlier,
    # and only the columns said so)
    notes: dict[int, list] = {}
    for k in np.flatnonzero(~lost & (was != "") & (now != "") & (was != now)).tolist():
        key = "reason.bup_later" if now[k] > was[k] else "reason.bup_earlier"
        notes[k] = [msg(key, before=was[k], after=now[k])]
    # and a move within LATE_MOVE_YEARS of the pension (review 95 M1: Anana Purloyo,
    # moved across OPDs 14 months before her BUP, read only her rank among the holders
    # of an over-filled post)
    ref = reference_date(comp.plan.extras)
    at = pd.to_datetime(pd.Series(np.where(lost, "", now)), errors="coerce")
    years = calendar_years(at, ref)  # review 169 L1: by days, 3.0 years read as 2.998
    with np.errstate(invalid="ignore"):
        near = np.flatnonzero(years < LATE_MOVE_YEARS)
    day = ref.date().isoformat()
    for k in near.tolist():
        note = msg("reason.bup_near", date=now[k], years=float(years[k]), ref=day)
        notes.setdefault(k, []).append(note)
    if notes:  # a few moves
        why = mv["reason"].to_numpy(dtype=object).copy()
        for k, said in notes.items():
            why[k] = join("; ", [why[k], *said])
        mv["reason"] = pd.Series(why, index=mv.index, dtype=object)


def extend_kpis(result) -> dict:
    """Extension ``kpis``: ``retiring_within_horizon`` and the horizon it counts over
    (``retirement_horizon_years``), ``excluded_past_retirement`` (and
    ``retirees_excluded``)."""
    comp = result.compiled
    if comp is None:
        return {}
    table = result._tables.get("retirements")  # noqa: SLF001  (built by extend_tables)
    if table is None:
        return {}
    rec = domain_state(comp.plan.extras).get("retirements") or {}
    out = {
        "retiring_within_horizon": int(len(table)),
        "retirement_horizon_years": float(rec.get("horizon_years", DEFAULT_HORIZON_YEARS)),
    }
    emp = comp.org.employees
    if "exclusion" in emp:
        out["excluded_past_retirement"] = int((emp["exclusion"] == PAST_RETIREMENT).sum())
    if rec.get("mode") == "exclude":
        out["retirees_excluded"] = int(len(table))
    out.update(_bup_by_operations(comp))
    return out


def _bup_by_operations(comp) -> dict:
    """How many placeable people the scenario's operations give a later
    (``bup_later_by_operations``) or an earlier (``bup_earlier_by_operations``)
    retirement date in their own post, before anyone moves: its kind or level changed
    (penyetaraan: an Administrator's post, BUP 58, turned into JF Ahli Madya, BUP 60;
    review 36: 68 holders' BUP moved without a word in the report). {} without
    operations that change a post."""
    src = comp.plan.source
    if src is None or src is comp.org or not len(src.employees):
        return {}
    kept = domain_state(comp.plan.extras).get("source_retirement_dates")
    if kept is None or kept[0] is not src.employees:
        return {}
    emp = comp.org.employees
    now = _final_dates(comp)["retirement_date"].to_numpy(dtype="datetime64[ns]")
    at = index_of(pd.Index(src.employees["id"]), emp["id"])
    was = np.append(
        kept[1]["retirement_date"].to_numpy(dtype="datetime64[ns]"), np.datetime64("NaT")
    )[at]
    known = ~np.isnat(now) & ~np.isnat(was) & ~comp.org.excluded & (at >= 0)
    return {
        "bup_later_by_operations": int((known & (now > was)).sum()),
        "bup_earlier_by_operations": int((known & (now < was)).sum()),
    }


#: What this module adds to the engine (registered by :mod:`placement.domain`).
EXTENSION = Extension(
    name="retirement",
    operations=(Retirements,),
    plan_hooks=(exclude_past_retirement,),
    edge_rules=(no_move_before_retirement_ok, bup_in_post_ok),
    reasons=(near_retirement_reasons, bup_in_post_reasons),
    keepers=(near_retirement_keepers,),
    held_until=(held_until_bup,),
    leaves_by=(bup_of,),
    wait_notes=(far_seat_note,),
    decisions=(past_horizon_rows,),
    tables=(extend_tables,),
    kpis=(extend_kpis,),
    labels={
        "retirements": ("Retirements", "Pensiun"),
        "value:move_past_horizon": (
            "moved into a post whose seat is sure to be free only past the plan's horizon",
            "dipindahkan ke jabatan yang formasinya baru pasti kosong setelah cakrawala rencana",
        ),
        "retiring_within_horizon": (
            "Retiring within the horizon (those past BUP today included)",
            "Pegawai pensiun dalam horizon (termasuk yang sudah melewati BUP)",
        ),
        "retirees_excluded": (
            "Retirees excluded from placement",
            "Pegawai pensiun tidak ditempatkan",
        ),
        "position_level": ("Position level", "Jenjang jabatan"),
        "retirement_before": ("Retirement date, current post", "Tanggal pensiun, jabatan lama"),
        "retirement_after": ("Retirement date, new post", "Tanggal pensiun, jabatan baru"),
        "birth_date_source": ("Birth date from", "Sumber tanggal lahir"),
        "retirement_age": ("Retirement age (BUP)", "Batas usia pensiun (BUP)"),
        "years_to_retirement": ("Years to retirement", "Sisa masa kerja (tahun)"),
        "action": ("Action", "Tindakan"),
        "vacant_from": ("Post vacant from", "Jabatan lowong mulai"),
        "excluded": ("excluded", "dikeluarkan"),
        "stays until retirement": ("stays until retirement", "tetap sampai pensiun"),
        "reported": ("listed only", "hanya dicatat"),
        "reported_on_condition": (
            "listed only; this BUP is the converted post's, which holds once the PPK "
            "confirms the conversion on condition (conversions.csv gives the BUP as read)",
            "hanya dicatat; BUP ini milik jabatan hasil penyetaraan, yang berlaku setelah "
            "PPK mengukuhkan penyetaraan bersyarat (conversions.csv memuat BUP semula)",
        ),
        "new hire": ("new hire", "pegawai baru"),
        "re-placed: current post closed": (
            "re-placed: current post closed",
            "ditempatkan ulang: jabatan saat ini ditutup",
        ),
        "re-placed: pinned or forbidden elsewhere": (
            "re-placed: pinned or forbidden elsewhere",
            "ditempatkan ulang: dikunci/dilarang di tempat lain",
        ),
        "re-placed: post over headcount": (
            "re-placed: post over headcount",
            "ditempatkan ulang: jabatan melebihi formasi",
        ),
        PAST_RETIREMENT: (
            "past retirement age (BUP) on the reference date: not placed",
            "telah melewati batas usia pensiun (BUP) pada tanggal acuan: tidak ditempatkan",
        ),
        "excluded_past_retirement": (
            "Past retirement age on the reference date (not placed)",
            "Melewati BUP pada tanggal acuan (tidak ditempatkan)",
        ),
        "retirement_horizon_years": (
            "Planning horizon of the retirements (years)",
            "Horizon perencanaan pensiun (tahun)",
        ),
        "bup_later_by_operations": (
            "Later BUP in their own post (the scenario's operations)",
            "BUP lebih lambat di jabatan sendiri (operasi skenario)",
        ),
        "bup_earlier_by_operations": (
            "Earlier BUP in their own post (the scenario's operations)",
            "BUP lebih cepat di jabatan sendiri (operasi skenario)",
        ),
    },
    messages={
        "reason.seat_past_horizon": (
            "; that day lies past the plan's horizon ({end}): this is no SK to date "
            "within the plan",
            "; tanggal itu melewati cakrawala rencana ({end}): SK ini tidak dapat "
            "ditetapkan dalam masa rencana",
        ),
        "reason.seat_past_horizon_some": (
            "; that day lies past the plan's horizon ({end}): the SKs into it that wait "
            "for it are none to date within the plan unless a holder leaves first; date "
            "this one among those that do not wait",
            "; tanggal itu melewati cakrawala rencana ({end}): SK ke jabatan itu yang "
            "menunggunya tidak dapat ditetapkan dalam masa rencana kecuali ada pemangku "
            "yang keluar lebih dahulu; tetapkan SK ini di antara yang tidak menunggu",
        ),
        "decision.move_past_horizon": (
            "the plan moves them into {position}, whose every SK from another post waits "
            "for a seat, the first sure to be free only on {date}, past the plan's horizon "
            "({end}): no SK of theirs can be dated within it unless a holder leaves first",
            "rencana memindahkan mereka ke {position}, yang setiap SK dari jabatan lain ke "
            "sana menunggu formasi, yang pertama baru pasti kosong pada {date}, melewati "
            "cakrawala rencana ({end}): SK mereka tidak dapat ditetapkan dalam masa rencana "
            "kecuali ada pemangku yang keluar lebih dahulu",
        ),
        "decision.move_past_horizon_way": (
            "the PPK decides first on one kept over the formasi of that post; until then they "
            "stay in their own post, {own}, over its formasi where its seats are taken, and "
            "the move is listed apart from the SK list",
            "PPK lebih dahulu memutuskan salah satu pemangku di luar formasi jabatan itu; "
            "sampai saat itu mereka tetap di jabatannya, {own}, di luar formasinya bila "
            "formasinya sudah terisi, dan perpindahan ini dicantumkan terpisah dari daftar SK",
        ),
        "reason.seat_past_horizon_each": (
            "; that day lies past the plan's horizon ({end}): the first of these SKs is "
            "dated at the first exit, by {first}, the others rest on the PPK's decision "
            "on those who stay",
            "; tanggal itu melewati cakrawala rencana ({end}): SK yang pertama ditetapkan "
            "saat pemangku pertama keluar, paling lambat {first}, yang lain bergantung "
            "pada keputusan PPK atas pemangku yang tetap",
        ),
        "reason.seat_past_horizon_pending": (
            "; that day lies past the plan's horizon ({end}): the seat rests on the PPK's "
            "decision on the {n} kept pending in it, and until it, this is no SK to sign",
            "; tanggal itu melewati cakrawala rencana ({end}): formasinya bergantung pada "
            "keputusan PPK atas {n} pemangku yang menunggu di sana, dan sebelum itu SK ini "
            "belum dapat ditandatangani",
        ),
        "sum.bup_by_operations": (
            "The scenario's operations change the retirement age (BUP) of people in "
            "their own post, before any move (a post's kind or level changed, e.g. "
            "converted into a JF): {later} later, {earlier} earlier; the retirements "
            "table and the count retiring within the horizon use the new dates.",
            "Operasi skenario mengubah batas usia pensiun (BUP) pegawai di jabatannya "
            "sendiri, sebelum ada perpindahan (jenis atau jenjang jabatannya berubah, "
            "misalnya dialihkan menjadi JF): {later} lebih lambat, {earlier} lebih cepat; "
            "daftar pensiun dan jumlah yang pensiun dalam horizon memakai tanggal baru.",
        ),
    },
)
