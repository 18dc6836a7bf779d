"""Compile a Scenario (organisation + operations + settings) into a Problem."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from placement.errors import ScenarioError
from placement.i18n import msg
from placement.limits import MAX_MONEY
from placement.model import levels, stability
from placement.model.arrays import option_spread
from placement.model.cells import index_of
from placement.model.config import ScenarioConfig, nearest
from placement.model.context import Context
from placement.model.eligibility import eligible_edges, held_safely, service_rank
from placement.model.operations import Plan
from placement.model.operations.units import seats_over_caps
from placement.model.problem import NO_LIMIT, Problem
from placement.model.staying import protected_holders, staying_edges
from placement.model.terms import TERMS, Term

if TYPE_CHECKING:
    from placement.model.organization import Organization
    from placement.model.scenario import Scenario

#: Objective points are multiplied by this and rounded to integers for the solvers.
SCALE = 100
_LIMIT = 2**62


@dataclass
class Compiled:
    """A Problem with what is needed to turn its numbers back into names."""

    problem: Problem
    context: Context
    plan: Plan
    config: ScenarioConfig
    terms: list[tuple[Term, float]] = field(default_factory=list)
    lexicographic: list[list[str]] | None = None
    #: pins kept with ``force: true`` although they break a hard rule
    warnings: list[str] = field(default_factory=list)
    #: the scenario files, resolved: its own first, then its ``extends`` chain (a
    #: comparison counts a scenario's differences from the one it extends)
    sources: list[str] = field(default_factory=list)
    #: bool per employee: kept in their post over its formasi until BUP (a seat of
    #: their own, :func:`kept_over_formasi`), as compiled: the tables, the reasons and
    #: the summary count the formasi without them, also when ``relax`` frees pins;
    #: those kept pending a decision (``context.pending``) among them
    over_formasi: np.ndarray | None = None
    #: bool per employee: the holders ``qualified_holders_stay`` keeps from a move at a
    #: loss to them (:func:`~placement.model.staying.protected_holders`); None when
    #: the rule is off
    staying: np.ndarray | None = None

    @property
    def org(self) -> Organization:
        return self.plan.org

    def no_seat_as_read(self) -> np.ndarray:
        """bool per post: formasi 0 in the data already (as read, before the
        operations) and not closed by an operation (``Plan.closed``: closed, or set or
        scaled to no seat; review 78: a post the scenario closes was kept for its holder
        as a peta jabatan to verify); False for a post the operations added. A holder of
        such a post holds a post the peta jabatan gives no seat."""
        source = getattr(self.plan, "source", None)
        ctx = self.context
        if source is None:
            return np.zeros(ctx.n_positions, dtype=bool)

        def compute() -> np.ndarray:
            read = self.plan.formasi_as_read()  # a post merge_positions joined counted
            at = index_of(pd.Index(read.index), ctx.pos_ids)
            hc0 = np.append(np.nan_to_num(read.to_numpy(dtype=float), nan=1), 1)  # 1: new
            closed = np.isin(ctx.pos_ids, list(self.plan.closed))
            return (hc0[at] == 0) & ~closed

        return ctx.derived("no_seat_as_read", compute)


def active_terms(config: ScenarioConfig) -> list[tuple[Term, float]]:
    weights = dict(config.objective.weights)
    unknown = [k for k in weights if k not in TERMS]
    if unknown:
        raise ScenarioError(
            msg("compile.unknown_term", term=unknown[0], hint=nearest(unknown[0], TERMS))
        )
    out = []
    for name, term in TERMS.items():
        on = name in _DEFAULT_ON or (term.default_on is not None and term.default_on(config))
        w = weights.get(name, term.weight if on else 0.0)
        if w != 0:
            out.append((term, float(w)))
    return out


_DEFAULT_ON = (
    "jpm",
    "education",
    "continuity",
    "preference",
    "unplaced",
    "unplaced_serving",
    "unplaced_holder",
    "vacancy",
    "training",
)


#: Settings a :class:`Basis` does not depend on (besides the objective's weights).
_BASIS_FREE = ("name", "description", "description_id", "constraints", "solver", "stability")


def basis_settings(raw: dict) -> dict:
    """The part of a scenario's settings (``raw``: a plain dict) that its :class:`Basis`
    depends on: two scenarios of the same data with equal basis settings share one
    (they may differ in the objective's weights, the constraints, the solver, the tie
    rule and the names). A scenario measured at the day it is run carries the day."""
    out = {k: v for k, v in raw.items() if k not in _BASIS_FREE}
    out["objective"] = {k: v for k, v in (raw.get("objective") or {}).items() if k != "weights"}
    if out.get("reference_date") is None:
        out["reference_date"] = _dt.date.today().isoformat()
    return out


@dataclass
class Basis:
    """The part of a compile that the objective's weights, the constraints, the solver
    and the tie rule leave alone: the organisation after the operations, its Context,
    the eligible edges, the pins and bans, and each term's score per edge (computed on
    first use). Sweeps over such settings compile it once per worker
    (:func:`placement.scale.tasks.basis_for`)."""

    plan: Plan
    ctx: Context
    edge_emp: np.ndarray
    edge_pos: np.ndarray
    indptr: np.ndarray
    pins: np.ndarray
    pin_warnings: list[str]
    scores: dict[str, np.ndarray] = field(default_factory=dict)

    def score(self, term: Term) -> np.ndarray:
        if term.name not in self.scores:
            self.scores[term.name] = np.asarray(term(self.ctx), dtype=float)
        return self.scores[term.name]


def compile_basis(
    scenario: Scenario,
    reclaim: np.ndarray | None = None,
    pending: np.ndarray | None = None,
    late: tuple[np.ndarray, np.ndarray] | None = None,
) -> Basis:
    """The weight-free part of compiling ``scenario`` (see :class:`Basis`);
    ``reclaim``: see :func:`~placement.model.eligibility.incumbents_keeping`; ``late``
    (employee and position indices): moves whose SK would wait for a seat longer than
    a rule lets the mover (:mod:`placement.keeping`), left out as the scenario's bans
    are (``ctx.late_post``: per employee, the post so left out, -1 for none)."""
    plan: Plan = scenario.plan()
    config: ScenarioConfig = scenario.config
    ctx = Context(
        plan.org,
        config.objective.jpm_surplus,
        config.objective.unassessed_jpm,
        config.eligibility,
        extras=plan.extras,
        shared=scenario.derived_cache,
    )
    n = ctx.n_employees
    # not under budgets: a holder kept over formasi is paid, and held_safely holds none
    if config.constraints.budgets is None:  # none cut without a source
        cut = formasi_cut(plan, ctx)
        ctx.formasi_cut = np.zeros(ctx.n_positions, np.int64) if cut is None else cut
    pins = np.full(n, -1, dtype=np.int32)
    bans = (np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64))
    kept = None
    if plan.pins or plan.bans or plan.kept_contests:  # row of each id: only when named
        emp_index = {e: i for i, e in enumerate(ctx.emp_ids)}
        pos_index = {p: i for i, p in enumerate(ctx.pos_ids)}
        for e, p in plan.pins.items():
            pins[emp_index[e]] = pos_index[p]
        bans = (
            np.array([emp_index[e] for e, _ in sorted(plan.bans)], dtype=np.int64),
            np.array([pos_index[p] for _, p in sorted(plan.bans)], dtype=np.int64),
        )
        kept = _kept_contests(plan, ctx, pins, emp_index, pos_index)
    if late is not None and len(late[0]):
        ctx.late_post = np.full(n, -1, dtype=np.int64)
        ctx.late_post[late[0]] = late[1]
        bans = (
            np.concatenate([bans[0], np.asarray(late[0], dtype=np.int64)]),
            np.concatenate([bans[1], np.asarray(late[1], dtype=np.int64)]),
        )
    report: dict = {}
    edge_emp, edge_pos = eligible_edges(
        ctx,
        config.eligibility,
        pins,
        bans,
        report,
        reclaim,
        kept[:4] if kept else None,
        pending,
    )
    if kept:
        _settle_plan_pins(plan, ctx, pins, kept)
    pin_warnings = _check_pins(plan, ctx, config, report.get("pins_breaking", []))
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(edge_emp, minlength=n), out=indptr[1:])
    return Basis(plan, ctx, edge_emp, edge_pos, indptr, pins, pin_warnings)


def formasi_read(plan: Plan, ctx: Context) -> np.ndarray | None:
    """Per post, its formasi as the data reads it (:meth:`Plan.formasi_as_read`; NaN
    for a post the data did not have); None without a source."""
    read = plan.formasi_as_read()
    if not len(read):
        return None
    return read.reindex(pd.Index(ctx.pos_ids).astype(str)).to_numpy(dtype=float)


def formasi_cut(plan: Plan, ctx: Context) -> np.ndarray | None:
    """Per post, the seats the scenario's operations took from its formasi as read
    (0 where raised or new); None without a source."""
    was = formasi_read(plan, ctx)
    if was is None:
        return None
    now = ctx.pos("headcount").astype(float)
    return np.nan_to_num(np.clip(was - now, 0, None), nan=0.0).astype(np.int64)


def _joined(plan, reference: dict[str, str]) -> dict[str, str]:
    """``reference`` with a post this plan's ``merge_positions`` joined read as the post
    it joined (review 153 L3: a holder of P0341, referenced there, had no reference in
    a scenario joining it into P0270, and a tie could move them as from nowhere)."""
    merged = getattr(plan, "merged", None)
    if not merged:
        return reference
    return {e: merged[q][0] if q in merged else q for e, q in reference.items()}


def compile_scenario(
    scenario: Scenario,
    reference: dict[str, str] | None = None,
    basis: Basis | None = None,
    reclaim: np.ndarray | None = None,
    pending: np.ndarray | None = None,
    late: tuple[np.ndarray, np.ndarray] | None = None,
) -> Compiled:
    """Compile ``scenario``; ``basis`` (from :func:`compile_basis` on a scenario of the
    same data, operations, eligibility and objective options) skips that part, unless
    ``reclaim`` (see :func:`~placement.model.eligibility.incumbents_keeping`),
    ``pending`` (:func:`~placement.model.eligibility.keep_pending`) or ``late``
    (:func:`compile_basis`) asks for other edges."""
    fresh = reclaim is not None or pending is not None or late is not None
    b = (
        basis
        if basis is not None and not fresh
        else compile_basis(scenario, reclaim, pending, late)
    )
    plan, ctx, config = b.plan, b.ctx, scenario.config
    org = plan.org
    n, m, k = ctx.n_employees, ctx.n_positions, ctx.n_units
    pins, edge_emp, edge_pos, indptr = b.pins, b.edge_emp, b.edge_pos, b.indptr
    pin_warnings = list(b.pin_warnings)
    if config.constraints.unit_caps and plan.source is not None:  # per compile: a sweep
        # variant may turn the caps off on the same plan (the warnings made once per plan)
        said: dict = ctx.derived("seats_over_caps", dict)
        if scenario.source not in said:
            said[scenario.source] = seats_over_caps(plan.source, org, scenario.source)
        pin_warnings += said[scenario.source]

    terms = active_terms(config)
    edge_parts, unplaced_parts, constants = {}, {}, {}
    # the pinned, and those a rule keeps in their post (one edge: their own) where no
    # other hard rule could need their seat
    must_place = pins >= 0
    if ctx.held_by_rule is not None and ctx.held_by_rule.any():  # the basis's, kept as is
        cons = config.constraints
        must_place = must_place | held_safely(
            ctx, ctx.held_by_rule, pins, cons.budgets is not None, cons.unit_caps, cons.min_fill
        )
        if ctx.over_cut_rule is not None:  # kept over formasi only if held (review 162 M2)
            ctx.over_cut = ctx.over_cut_rule & must_place
    if ctx.pending is not None:  # kept over formasi pending a decision: chosen to fit
        must_place = must_place | ctx.pending
    if ctx.seated is not None:  # kept in a seat of their post's formasi
        must_place = must_place | ctx.seated
    over_formasi = kept_over_formasi(ctx, pins, must_place)
    cur_pos = ctx.emp("current_pos").astype(np.int64)
    capacity = ctx.pos("headcount") + np.bincount(cur_pos[over_formasi], minlength=m).astype(
        np.int64
    )
    for term, w in terms:
        score = b.score(term)
        expected = {"edge": len(edge_emp), "employee": n, "position": m}[term.kind]
        if score.shape != (expected,):
            raise ScenarioError(
                msg(
                    "compile.term_shape",
                    term=term.name,
                    shape=score.shape,
                    kind=term.kind,
                    expected=expected,
                )
            )
        sign = -1.0 if term.sense == "reward" else 1.0
        if not np.isfinite(score).all():  # NaN (no score) counts 0; ±inf is a bug in a term
            if np.isinf(score).any():
                raise ScenarioError(msg("compile.term_infinite", term=term.name))
            score = np.where(np.isnan(score), 0.0, score)
        raw = np.multiply(score, sign * w * SCALE)  # one array, rounded in place
        np.rint(raw, out=raw)
        top = max(raw.max(), -raw.min()) if len(raw) else 0.0
        if top * (n + float(capacity.sum()) + 1) > _LIMIT:
            raise ScenarioError(msg("limits.objective_range", term=term.name, weight=w))
        # kept per term for the reasons and tables: half the memory where it fits (their
        # readers sum in int64); at 100k (3.9M edges) 15 MiB a term less of the memory
        # a process grows by, which this machine's host charges for (benchmarks/README,
        # "Twenty-seventh look")
        pts = raw.astype(np.int32 if top < 2**31 else np.int64)
        e_c = np.zeros(len(edge_emp), dtype=np.int64)
        u_c = np.zeros(n, dtype=np.int64)
        const = 0
        if term.kind == "edge":
            e_c = pts
        elif term.kind == "employee":
            u_c = pts
        else:  # per empty seat: constant for all seats, minus one per filled seat
            const = int((pts * capacity).sum())
            e_c = -pts[edge_pos]
        edge_parts[term.name], unplaced_parts[term.name], constants[term.name] = e_c, u_c, const

    cons = config.constraints
    un = org.units
    unit_cap = np.where(
        np.isnan(un["max_headcount"].to_numpy(float)) | (not cons.unit_caps),
        NO_LIMIT,
        np.nan_to_num(un["max_headcount"].to_numpy(float)),
    )
    # qualified_holders_stay: placed for certain (their own post stays open to them)
    # where no other hard rule could need their seat, and no edge to a move at a loss
    held = None
    if config.eligibility.qualified_holders_stay and cons.budgets is None:
        held = protected_holders(ctx, pins, unit_cap, edge_emp, edge_pos)
        held &= held_safely(ctx, held, pins, False, cons.unit_caps, cons.min_fill)
        must_place = must_place | held
    levels_ = _levels(config, [t.name for t, _ in terms])
    edge_cost, unplaced_cost, constant = _combine(
        levels_, edge_parts, unplaced_parts, constants, indptr, must_place
    )
    unit_min = (
        np.nan_to_num(un["min_headcount"].to_numpy(float))
        if cons.min_fill
        else np.zeros(k, dtype=np.int64)
    )
    min_fill = ctx.pos("min_fill") if cons.min_fill else np.zeros(m, dtype=np.int64)

    if held is not None:
        # the rule judges a move by what it is worth to the holder: not by the stay
        # term, which prices every move alike (the frontier's price of change: the same
        # moves at every price), nor by a seat's priority (a vacancy weighs for the
        # plan, not for whoever fills it: review 52)
        worth = edge_cost
        plan_only = {"stay"} | {t.name for t, _ in terms if t.kind == "position"}
        if plan_only & set(edge_parts):
            less = [[t for t in lv if t not in plan_only] for lv in levels_]
            worth = _combine(less, edge_parts, unplaced_parts, constants, indptr, must_place)[0]
        keep = staying_edges(ctx, held, edge_emp, edge_pos, worth)
        if not keep.all():
            edge_emp, edge_pos, edge_cost = edge_emp[keep], edge_pos[keep], edge_cost[keep]
            edge_parts = {t: c[keep] for t, c in edge_parts.items()}
            indptr = np.zeros(n + 1, dtype=np.int64)
            np.cumsum(np.bincount(edge_emp, minlength=n), out=indptr[1:])
    budget_kw = _budgets(config, ctx, edge_emp, edge_pos)
    move_kw = _move_caps(config, ctx)
    problem = Problem(
        indptr=indptr,
        edge_pos=edge_pos,
        edge_cost=edge_cost,
        unplaced_cost=unplaced_cost,
        capacity=capacity,
        position_unit=ctx.pos("unit_idx"),
        n_units=k,
        must_place=must_place,
        min_fill=min_fill,
        unit_cap=unit_cap,
        unit_min=unit_min,
        # people excluded (e.g. past retirement age) leave by rule: no move to cap
        pinned=pins,
        current_pos=np.where(org.excluded, -1, ctx.emp("current_pos")),
        current_unit=ctx.emp("current_unit"),
        constant=constant,
        objective_scale=float(SCALE),
        name=config.name,
        term_costs={t: (edge_parts[t], unplaced_parts[t]) for t in edge_parts},
        term_constants=constants,
        labels=_labels(ctx),
        **budget_kw,
        **move_kw,
    )
    if config.stability.tie_break:
        ref = (
            stability.current_reference(ctx.emp("current_pos"))
            if reference is None
            else stability.reference_from_ids(ctx.emp_ids, ctx.pos_ids, _joined(plan, reference))
        )
        problem.tie_levels = stability.context_levels(ctx, ref, problem.edge_emp, problem.edge_pos)
        ctx.tie_reference = ref
    return Compiled(
        problem,
        ctx,
        plan,
        config,
        terms,
        levels_ if len(levels_) > 1 else None,
        pin_warnings,
        [str(Path(f).resolve()) for f in scenario.sources],
        over_formasi,
        held,
    )


def _kept_contests(
    plan: Plan,
    ctx: Context,
    pins: np.ndarray,
    emp_index: dict[str, int],
    pos_index: dict[str, int],
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, list[str]] | None:
    """The holders of ``plan.kept_contests`` whose pin may still change hands, for
    :func:`~placement.model.eligibility.settle_kept`: (holder, post, meets the post's
    requirements, the post's seats to pin, where), flat, grouped by post in the
    operation's order. A holder is in it while they still hold the post, are
    placeable, not banned from it and pinned by that operation to it or not at all;
    the seats are the operation's, less pins into the post from elsewhere (a later
    ``pin``) and never more than the post's headcount now (a later change of formasi)
    or its open holders. A seat whose holder left the contest (retired, pinned
    elsewhere) goes to the next in turn."""
    cur = ctx.emp("current_pos")
    hc = ctx.pos("headcount")
    excluded = plan.org.excluded
    held = np.bincount(pins[pins >= 0], minlength=ctx.n_positions)
    cand: list[int] = []
    post: list[int] = []
    meets: list[bool] = []
    seats: list[int] = []
    where: list[str] = []
    for p, (source, cap, ids, ok) in plan.kept_contests.items():
        q = pos_index.get(p)
        if q is None:
            continue
        rows: list[tuple[int, bool]] = []
        for e, m in zip(ids, ok, strict=True):
            i = emp_index.get(e)
            if i is None or cur[i] != q or excluded[i] or (e, p) in plan.bans:
                continue
            pin = plan.pins.get(e)
            if pin is None or (pin == p and plan.pin_sources.get(e) == source):
                rows.append((i, m))
        inside = sum(int(pins[i] == q) for i, _ in rows)
        k = max(min(cap, int(hc[q]) - int(held[q] - inside), len(rows)), 0)
        cand += [i for i, _ in rows]
        meets += [m for _, m in rows]
        post += [q] * len(rows)
        seats += [k] * len(rows)
        where += [source] * len(rows)
    if not cand:
        return None
    return (
        np.array(cand, dtype=np.int64),
        np.array(post, dtype=np.int64),
        np.array(meets, dtype=bool),
        np.array(seats, dtype=np.int64),
        where,
    )


def _settle_plan_pins(plan: Plan, ctx: Context, pins: np.ndarray, kept: tuple) -> None:
    """The plan's pins as :func:`~placement.model.eligibility.settle_kept` left
    ``pins`` for the contests' holders (the reasons and checks read the plan)."""
    cand, _, _, _, where = kept
    for i, w in zip(cand.tolist(), where, strict=True):
        e = ctx.emp_ids[i]
        if pins[i] >= 0:
            plan.pins[e] = ctx.pos_ids[pins[i]]
            plan.pin_sources[e] = w
        else:
            plan.pins.pop(e, None)
            plan.pin_sources.pop(e, None)


def _check_pins(
    plan: Plan, ctx: Context, config: ScenarioConfig, breaking: np.ndarray
) -> list[str]:
    """A pin that breaks a hard rule is an error naming the rule and the values,
    unless the pin says ``force: true``: then it is kept and returned as a warning."""
    if not len(breaking):
        return []
    # lazy: requirements reads the domain rules (career, service), imported after model
    from placement.model.requirements import requirement_failures

    view = SimpleNamespace(context=ctx, config=config, plan=plan, org=plan.org)
    pos_index = {q: j for j, q in enumerate(ctx.pos_ids)}
    errors: list[str] = []
    warnings: list[str] = []
    for i in breaking:
        e = ctx.emp_ids[i]
        q = pos_index[plan.pins[e]]
        rules = requirement_failures(view, int(i), q)
        if plan.org.excluded[i]:
            rules = [msg("reason.excluded", why=str(plan.org.employees["exclusion"].iloc[i]))]
        forced = e in plan.forced_pins
        line = msg(
            "compile.pin_forced" if forced else "compile.pin_breaks",
            where=plan.pin_sources.get(e, ""),
            employee=e,
            position=f"{plan.pins[e]} ({plan.org.positions['title'].iloc[q]})",
            rules="; ".join(rules),
        )
        (warnings if forced else errors).append(line)
    if errors:
        raise ScenarioError(errors)
    return warnings


def _labels(ctx: Context) -> dict[str, np.ndarray]:
    org = ctx.org
    pos = org.positions["id"] + " (" + org.positions["title"] + ")"
    unit = org.units["id"] + " (" + org.units["name"] + ")"
    return {
        "employee": np.asarray(ctx.emp_ids),
        "position": pos.to_numpy(dtype=object),
        "unit": unit.to_numpy(dtype=object),
    }


def _levels(config: ScenarioConfig, names: list[str]) -> list[list[str]]:
    pri = config.objective.priorities
    if not pri:
        return [names]
    seen: list[str] = []
    for level in pri:
        for t in level:
            if t not in TERMS:
                raise ScenarioError(msg("compile.priority_unknown", term=t, hint=nearest(t, TERMS)))
            if t in seen:
                raise ScenarioError(msg("compile.priority_twice", term=t))
            seen.append(t)
    levels_ = [[t for t in level if t in names] for level in pri]
    rest = [t for t in names if t not in seen]
    if rest:
        levels_.append(rest)
    return [lv for lv in levels_ if lv]


def _combine(
    levels_: list[list[str]],
    edge_parts: dict[str, np.ndarray],
    unplaced_parts: dict[str, np.ndarray],
    constants: dict[str, int],
    indptr: np.ndarray,
    must_place: np.ndarray,
) -> tuple[np.ndarray, np.ndarray, int]:
    """Weighted sum of terms; lexicographic levels get exact integer multipliers."""
    n = len(indptr) - 1
    E = int(indptr[-1])
    edge = unpl = None  # the lowest level's own sums, then the higher ones added
    const = 0
    multiplier = 1
    for level in reversed(levels_):
        le = _total([edge_parts[t] for t in level], E)
        lu = _total([unplaced_parts[t] for t in level], n)
        lc = sum(constants[t] for t in level)
        # range of this level over all placements bounds what lower levels may trade
        span = option_spread(le, lu, indptr, must_place)
        if edge is None or unpl is None:
            edge, unpl = le, lu
        elif multiplier == 1:
            edge += le
            unpl += lu
        else:
            edge += multiplier * le
            unpl += multiplier * lu
        const += multiplier * lc
        multiplier *= span + 1
        if multiplier > _LIMIT:
            raise ScenarioError(msg("compile.priority_overflow"))
    if edge is None or unpl is None:  # no level at all
        edge, unpl = np.zeros(E, dtype=np.int64), np.zeros(n, dtype=np.int64)
    return edge, unpl, const


def _total(parts: list[np.ndarray], size: int) -> np.ndarray:
    """Sum of integer arrays (int64, or int32 terms) as a new int64 array (a copy of
    the first, the others added)."""
    if not parts:
        return np.zeros(size, dtype=np.int64)
    out = np.array(parts[0], dtype=np.int64)
    for a in parts[1:]:
        out += a
    return out


def budget_weight(comp: Compiled) -> np.ndarray | None:
    """Per employee, the monthly cost the units' budgets count
    (``constraints.budgets.weight_column``, whole as the rule counts them, or
    ``monthly_cost`` where no rule holds them; blank as 0); None where the roster has no
    such column. The unit table's costs and the posts named as alike read it."""
    b = comp.config.constraints.budgets
    column = b.weight_column if b is not None else "monthly_cost"
    if column not in comp.org.employees:
        return None
    weight = np.nan_to_num(comp.context.emp(column).astype(float), nan=0.0)
    return np.rint(weight) if b is not None else weight


def unit_budgets(b, org) -> np.ndarray:
    """Per unit (in ``org.units``' order), the budget it holds: the units file's
    ``budget`` (NaN: none), none of them without ``use_unit_budgets``, then the
    scenario's ``limits`` by unit; without budgets (``b`` None) the file's alone.
    Raises :class:`ScenarioError` for a limit of a unit that does not exist."""
    limits = org.units["budget"].to_numpy(float).copy()
    if b is None:
        return limits
    if not b.use_unit_budgets:
        limits[:] = np.nan
    unit_pos = {u: i for i, u in enumerate(org.units["id"].tolist())}
    for u, v in b.limits.items():
        if u not in unit_pos:
            raise ScenarioError(msg("compile.budget_unit", unit=u, hint=nearest(u, unit_pos)))
        limits[unit_pos[u]] = v
    return limits


def _budgets(
    config: ScenarioConfig, ctx: Context, edge_emp: np.ndarray, edge_pos: np.ndarray
) -> dict[str, Any]:
    b = config.constraints.budgets
    if b is None:
        return {}
    org = ctx.org
    if b.weight_column not in org.employees.columns:
        raise ScenarioError(
            msg(
                "compile.budget_column",
                column=b.weight_column,
                hint=nearest(b.weight_column, org.employees.columns),
            )
        )
    weight = ctx.emp(b.weight_column)
    if np.isnan(weight).any():
        rows = np.flatnonzero(np.isnan(weight))[:5]
        raise ScenarioError(
            msg("compile.budget_blank", column=b.weight_column, ids=", ".join(ctx.emp_ids[rows]))
        )
    out_of_range = ~((weight >= 0) & (weight <= MAX_MONEY))  # also ±inf
    if out_of_range.any():
        rows = np.flatnonzero(out_of_range)[:5]
        raise ScenarioError(
            msg(
                "limits.budget_weight",
                column=b.weight_column,
                ids=", ".join(ctx.emp_ids[rows]),
                maximum=MAX_MONEY,
            )
        )
    limits = unit_budgets(b, org)
    units_with = np.flatnonzero(~np.isnan(limits))
    budget_id = np.full(ctx.n_units, -1, dtype=np.int32)
    budget_id[units_with] = np.arange(len(units_with))
    return {
        "budget_of_position": budget_id[ctx.pos("unit_idx")],
        "budget_limit": np.floor(limits[units_with]).astype(np.int64),
        "edge_weight": np.rint(weight[edge_emp]).astype(np.int64),
        "budget_names": [msg("compile.budget_name", unit=ctx.unit_ids[u]) for u in units_with],
    }


def _move_caps(config: ScenarioConfig, ctx: Context) -> dict:
    cons = config.constraints
    out: dict = {}
    if cons.max_moves is not None:
        out["max_moves"] = cons.max_moves
    per = cons.max_moves_per_unit
    if per is not None:
        caps = np.full(ctx.n_units, NO_LIMIT, dtype=np.int64)
        if isinstance(per, int):
            caps[:] = per
        else:
            unit_pos = {u: i for i, u in enumerate(ctx.unit_ids)}
            for u, v in per.items():
                if u not in unit_pos:
                    raise ScenarioError(
                        msg("compile.moves_unit", unit=u, hint=nearest(u, unit_pos))
                    )
                caps[unit_pos[u]] = v
        out["unit_max_moves"] = caps
    return out


def left_over_formasi(compiled: Compiled, a: np.ndarray) -> np.ndarray:
    """bool per employee: of the holders the compile keeps in their post over its
    formasi (:attr:`Compiled.over_formasi`), those placement ``a`` leaves over it. Per
    post as many as its holders exceed its formasi; the others fill seats it has left
    free (review 37: a Guru post with 5 seats free counted its held holder over
    formasi, and the seat he sat in as vacant). Of several in one post, the better
    SKP takes a free seat first, then the higher golongan, then the longer service
    (:func:`~placement.model.levels.service_order`)."""
    n = len(a)
    over = compiled.over_formasi
    if over is None or not over.any():
        return np.zeros(n, dtype=bool)
    ctx = compiled.context
    cur = ctx.emp("current_pos").astype(np.int64)
    who = np.flatnonzero(over & (a == cur) & (cur >= 0))
    if not len(who):
        return np.zeros(n, dtype=bool)
    m = ctx.n_positions
    fill = np.bincount(a[a >= 0], minlength=m)
    excess = np.maximum(fill - ctx.pos("headcount").astype(np.int64), 0)
    golongan = -ctx.emp("rank_level")[who].astype(np.int64)  # unknown (-1) last
    skp = -levels.skp_order(ctx.emp("perf_level")[who])
    post = cur[who]
    service = service_rank(ctx)
    order = np.lexsort((service[who], golongan, skp, post))  # who takes a seat first
    who, post = who[order], post[order]
    first = np.searchsorted(post, post)  # each one's place among their post's held
    held = np.bincount(post, minlength=m)
    out = np.zeros(n, dtype=bool)
    out[who] = (np.arange(len(who)) - first) >= held[post] - np.minimum(excess[post], held[post])
    return out


def formasi_left(compiled: Compiled, a: np.ndarray, over: np.ndarray | None = None) -> np.ndarray:
    """Per post, the seats of its formasi placement ``a`` leaves empty, as the vacancies
    count them: the formasi less those placed in it, those it leaves over formasi
    (``over``, :func:`left_over_formasi` if not given) holding none of them. Negative
    for none where more are placed than formasi and held-over seats (not in a feasible
    placement)."""
    ctx = compiled.context
    a = np.asarray(a, dtype=np.int64)
    cur = ctx.emp("current_pos").astype(np.int64)
    held = left_over_formasi(compiled, a) if over is None else over
    m = ctx.n_positions
    fill = np.bincount(a[a >= 0], minlength=m)
    return ctx.pos("headcount").astype(np.int64) - fill + np.bincount(cur[held], minlength=m)


def kept_over_formasi(ctx: Context, pins: np.ndarray, must_place: np.ndarray) -> np.ndarray:
    """bool per employee: the holders a rule keeps in their post until BUP without
    meeting its rules (``ctx.supernumerary``) who do stay there, over its formasi:
    pinned there, or held for certain (``must_place``; :func:`held_safely` may have
    let one compete for the seats instead)."""
    if ctx.supernumerary is None or not ctx.supernumerary.any():
        return np.zeros(ctx.n_employees, dtype=bool)
    cur = ctx.emp("current_pos").astype(np.int64)
    return ctx.supernumerary & (cur >= 0) & ((pins == cur) | (must_place & (pins < 0)))
