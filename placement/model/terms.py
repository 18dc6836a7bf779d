"""Objective terms: a registry of named, weighted scoring functions.

A term scores either every eligible edge (``kind="edge"``), every employee left
unplaced (``kind="employee"``), or every empty seat of a position
(``kind="position"``). ``sense="reward"`` terms are maximised, ``"penalty"`` terms
minimised; the weight comes from the scenario (``objective.weights``) or the term's
default. Register your own::

    from placement import register_term

    @register_term("seniority", kind="edge", sense="reward", weight=2.0,
                   description="prefer senior staff in key posts")
    def seniority(ctx):
        return ctx.emp("rank_level")[ctx.edge_emp] * ctx.pos("key")[ctx.edge_pos]

and name it in a scenario: ``objective: {weights: {seniority: 2}}``. A term
function receives a :class:`~placement.model.context.Context` and returns a float
array (length = edges, employees or positions, by kind). It must be vectorised.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

import numpy as np
import pandas as pd

from placement.model.arrays import find_pairs

if TYPE_CHECKING:
    from placement.model.context import Context

Kind = Literal["edge", "employee", "position"]
Sense = Literal["reward", "penalty"]


@dataclass(frozen=True)
class Term:
    name: str
    fn: Callable
    kind: Kind
    sense: Sense
    weight: float
    description: str
    label_id: str = ""
    #: ``default_on(config) -> bool``: the term counts with its default weight in
    #: scenarios where this holds (e.g. ``career`` when ``eligibility.career: lenient``)
    default_on: Callable | None = None

    def __call__(self, ctx: Context) -> np.ndarray:
        return self.fn(ctx)


TERMS: dict[str, Term] = {}


def register_term(
    name: str,
    *,
    kind: Kind = "edge",
    sense: Sense = "reward",
    weight: float = 1.0,
    description: str = "",
    label_id: str = "",
    default_on: Callable | None = None,
) -> Callable[[Callable], Callable]:
    """Decorator registering ``fn(ctx) -> array`` as objective term ``name``."""
    if kind not in ("edge", "employee", "position"):
        raise ValueError(f"kind must be edge, employee or position, not {kind!r}")
    if sense not in ("reward", "penalty"):
        raise ValueError(f"sense must be reward or penalty, not {sense!r}")

    def deco(fn: Callable) -> Callable:
        TERMS[name] = Term(
            name,
            fn,
            kind,
            sense,
            float(weight),
            description or name,
            label_id or description or name,
            default_on,
        )
        return fn

    return deco


# -- built-in terms -------------------------------------------------------------------


@register_term(
    "jpm",
    sense="reward",
    weight=1.0,
    description="Job–Person Match, % of the position's competency standard "
    "(pairs without a JPM: objective.unassessed_jpm)",
    label_id="Kesesuaian kompetensi (JPM, %)",
)
def jpm(ctx: Context) -> np.ndarray:
    return ctx.jpm_score()


@register_term(
    "education",
    sense="reward",
    weight=20.0,
    description="education fit: level meets the minimum (0.5) + field accepted (0.5)",
    label_id="Kesesuaian pendidikan",
)
def education(ctx: Context) -> np.ndarray:
    e, p = ctx.edge_emp, ctx.edge_pos
    level_ok = ctx.emp("edu_level")[e] >= ctx.pos("min_edu_level")[p]
    out = np.add(level_ok, ctx.field_ok(), dtype=float)  # one float array, not three
    out *= 0.5
    return out


@register_term(
    "continuity",
    sense="penalty",
    weight=10.0,
    description="disruption: 1 for a new position in the same unit, 2 for another unit",
    label_id="Mutasi (gangguan)",
)
def continuity(ctx: Context) -> np.ndarray:
    e, p = ctx.edge_emp, ctx.edge_pos
    cur_p = ctx.emp("current_pos")[e]
    cur_u = ctx.emp("current_unit")[e]
    has = cur_p >= 0
    other_pos = has & (p != cur_p)
    other_unit = has & (ctx.pos("unit_idx")[p] != cur_u)
    return np.add(other_pos, other_unit, dtype=float)  # one float array, not three


@register_term(
    "grade_rise",
    sense="penalty",
    weight=1.0,
    description="kelas jabatan steps up: per kelas a serving employee's new post is "
    "above their current one (a kelas rise raises the TPP the regency pays: a rise "
    "must buy more fit than this weight per step); off unless weighted",
    label_id="Kenaikan kelas jabatan (per kelas, TPP)",
)
def grade_rise(ctx: Context) -> np.ndarray:
    """Per edge: how many kelas the post is above the person's current post (0 for a
    post at or below it, one's own post, a new hire, or a kelas unknown on either
    side). Review 41: Siti Rasih rose a kelas for 0.77 points of fit with 223 of the
    240 people the rules open the post to fitting it better; two others rose for 0.22
    points each."""
    rise = ctx.pos("grade")[ctx.edge_pos] - ctx.current_grade[ctx.edge_emp]
    return np.nan_to_num(np.maximum(rise, 0.0), nan=0.0)


@register_term(
    "stay",
    sense="reward",
    weight=0.0,
    description="keeping one's current position (1): each move costs exactly this "
    "weight, the price the frontier varies (off by default)",
    label_id="Tetap di jabatan (harga per mutasi)",
)
def stay(ctx: Context) -> np.ndarray:
    e, p = ctx.edge_emp, ctx.edge_pos
    cur_p = ctx.emp("current_pos")[e]
    return ((cur_p >= 0) & (p == cur_p)).astype(float)


@register_term(
    "preference",
    sense="reward",
    weight=10.0,
    description="career preference: 1/rank of the position in the employee's list",
    label_id="Preferensi karier",
)
def preference(ctx: Context) -> np.ndarray:
    return ctx.preference_rank_score()


@register_term(
    "unplaced",
    kind="employee",
    sense="penalty",
    weight=200.0,
    description="each employee left without a position",
    label_id="Pegawai tidak ditempatkan",
)
def unplaced(ctx: Context) -> np.ndarray:
    return np.ones(ctx.n_employees)


@register_term(
    "unplaced_serving",
    kind="employee",
    sense="penalty",
    weight=100.0,
    description="each serving employee (holding a post today) left without one, on top "
    "of unplaced: the seats available go to serving staff before new hires, unless a "
    "new hire scores more than this weight better",
    label_id="Pegawai yang menjabat tidak ditempatkan",
)
def unplaced_serving(ctx: Context) -> np.ndarray:
    return serving(ctx).astype(float)


@register_term(
    "unplaced_holder",
    kind="employee",
    sense="penalty",
    weight=100.0,
    description="each holder of a post that keeps seats, who meets its rules, left without "
    "a post, on top of unplaced and unplaced_serving: such a holder is not left without a "
    "post so that another can have their seat, unless the other scores more than this "
    "weight better there",
    label_id="Pemegang jabatan yang memenuhi syarat tidak ditempatkan",
)
def unplaced_holder(ctx: Context) -> np.ndarray:
    return rightful_holder(ctx).astype(float)


def rightful_holder(ctx: Context) -> np.ndarray:
    """bool per employee: holds a post that keeps seats (formasi > 0), meets its rules
    (``ctx.meets_own_post``, set with the eligible edges; all False before) and may
    stay in it (a ban of the pair, or a pin elsewhere, takes that away)."""

    def compute() -> np.ndarray:
        meets = ctx.meets_own_post
        if meets is None:
            return np.zeros(ctx.n_employees, dtype=bool)
        cur = ctx.emp("current_pos").astype(np.int64)
        seats = np.append(ctx.pos("headcount") > 0, False)  # -1 (no post): False
        out = meets & seats[np.where(cur >= 0, cur, len(seats) - 1)]
        who = np.flatnonzero(out)
        out[who] = find_pairs(ctx.edge_emp, ctx.edge_pos, who, cur[who])[1]
        return out

    return ctx.derived("rightful_holder", compute)


def serving(ctx: Context) -> np.ndarray:
    """bool per employee: serves today, i.e. names a current post (also one the data no
    longer has: closed, or merged away); a new hire names none."""

    def compute() -> np.ndarray:
        held = pd.Series(ctx.texts("employees", "current_position"), dtype=object)
        return (held.fillna("").astype(str).str.strip() != "").to_numpy(bool)

    return ctx.derived("serving", compute)


@register_term(
    "vacancy",
    kind="position",
    sense="penalty",
    weight=50.0,
    description="each empty seat, times the position's priority",
    label_id="Jabatan lowong",
)
def vacancy(ctx: Context) -> np.ndarray:
    return ctx.pos("priority").astype(float)


@register_term(
    "training",
    sense="penalty",
    weight=2.0,
    description="training need: sum of competency gaps (assessed levels below standard)",
    label_id="Kebutuhan pengembangan kompetensi (gap)",
)
def training(ctx: Context) -> np.ndarray:
    return ctx.gap_sum()
