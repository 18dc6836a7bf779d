"""The requirements a person fails for a post, in words (explain, pins, reasons)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Protocol

import numpy as np

from placement.i18n import Message, msg
from placement.model import extension, levels
from placement.model.eligibility import grade_band_ok, scope_keys
from placement.model.staying import no_higher_kelas

if TYPE_CHECKING:
    from placement.model.config import ScenarioConfig
    from placement.model.context import Context
    from placement.model.operations import Plan
    from placement.model.organization import Organization


class CompiledView(Protocol):
    """What the rules read: a :class:`~placement.model.compile.Compiled`, or its parts
    before it is built (pins are checked while compiling)."""

    @property
    def context(self) -> Context: ...
    @property
    def config(self) -> ScenarioConfig: ...
    @property
    def plan(self) -> Plan: ...
    @property
    def org(self) -> Organization: ...


def requirement_failures(comp: CompiledView, i: int, q: int) -> list[str]:
    """Every rule that keeps employee ``i`` out of position ``q``, each naming the
    values (education D3 below the minimum S1 …); the explanation of a missing edge."""
    return list(each_failure(comp, i, q)) or [msg("explain.why_other")]


def failures_unless(
    comp: CompiledView, i: int, q: int, rules_out: Callable[[Message | str], bool]
) -> list | None:
    """:func:`requirement_failures` of ``i`` in ``q``, or None at the first failure
    that ``rules_out`` says ends the look, the rules after it not checked. A caller
    that reads posts for one missed on some grounds only drops most at the first
    extension's rule (the decisions notes read up to 6 posts an official; each full
    check runs the 14 extensions' own, most of its 0.15 ms)."""
    out = []
    for f in each_failure(comp, i, q):
        if rules_out(f):
            return None
        out.append(f)
    return out or [msg("explain.why_other")]


def each_failure(comp: CompiledView, i: int, q: int) -> Iterator[Message | str]:
    """The failures of :func:`requirement_failures` (without its catch-all), in its
    order, each checked when the one before it has been taken."""
    ctx = comp.context
    cfg = comp.config.eligibility
    said = False  # the staying rule is said only where no other is
    hard = set(cfg.hard)
    if ctx.pos("headcount")[q] == 0:
        said = True
        yield msg("explain.why_closed")
    edu, need = ctx.emp("edu_level")[i], ctx.pos("min_edu_level")[q]
    if "education" in hard and edu < need:
        said = True
        yield msg("explain.why_education", level=levels.EDUCATION[edu], need=levels.EDUCATION[need])
    rank, need_r = ctx.emp("rank_level")[i], ctx.pos("min_rank_level")[q]
    if "rank" in hard and rank < need_r:
        said = True
        yield msg("explain.why_rank", rank=levels.RANKS[rank], need=levels.RANKS[need_r])
    ef, pf, acc = ctx._fields  # noqa: SLF001
    if "field" in hard and not acc[pf[q], ef[i]]:
        said = True
        yield msg(
            "explain.why_field",
            field=ctx.texts("employees", "field")[i],
            fields=ctx.texts("positions", "fields")[q],
        )
    tol = cfg.max_competency_gap
    if "competency" in hard or tol is not None:
        gaps = np.fmax(ctx.required[q] - ctx.levels[i], 0)  # a level not assessed is no gap
        worst = gaps[ctx.required[q] > 0].max(initial=0)
        if worst > (tol or 0):
            said = True
            yield msg("explain.why_competency", gap=int(worst), tol=tol or 0)
    if cfg.min_jpm is not None:
        jpm = float(ctx.pair_jpm(np.array([i]), np.array([q]))[0][0])
        if jpm < cfg.min_jpm - 1e-9:  # a pair without a JPM passes, as in the rule
            said = True
            yield msg("explain.why_min_jpm", jpm=jpm, need=cfg.min_jpm)
    if not grade_band_ok(ctx, np.array([i]), np.array([q]), cfg)[0]:
        g_now = ctx.pos("grade")[ctx.emp("current_pos")[i]]
        said = True
        yield msg(
            "explain.why_grade",
            grade=ctx.pos("grade")[q],
            now=g_now,
            drop=cfg.max_grade_drop,
            rise=cfg.max_grade_rise,
        )
    for extension_reasons in extension.hooks("reasons"):  # career rules, time in post
        for f in extension_reasons(comp, i, q):
            said = True
            yield f
    if (ctx.emp_ids[i], ctx.pos_ids[q]) in comp.plan.bans:
        said = True
        yield msg("explain.why_banned")
    e_scope, p_scope = scope_keys(ctx, cfg.scope)
    if cfg.scope != "any" and e_scope[i] >= 0 and e_scope[i] != p_scope[q]:
        # only of a pair out of it (review 142 L1: said of everyone under scope: unit)
        said = True
        yield msg("explain.why_scope", scope=cfg.scope)
    cur = int(ctx.emp("current_pos")[i])
    shut = ctx.cut_closed
    if shut is not None and shut[q] and cur != q:  # over its formasi until a BUP
        said = True
        cut = ctx.formasi_cut is not None and ctx.formasi_cut[q] > 0
        key = "explain.why_over_cut" if cut else "explain.why_over_read"
        date = _closed_until(ctx, q)  # review 165 L1: "before then", no date said
        yield msg(key + ("_until" if date else ""), n=int(shut[q]), date=date)
    late = -1 if ctx.late_post is None else int(ctx.late_post[i])
    if late == q:  # a move left out as its seat waits too long (placement.keeping)
        said = True
        yield msg("explain.why_late")
    seated = ctx.seated is not None and bool(ctx.seated[i])
    if not said and seated and cur != q:
        # kept in a seat of their own post (placement.keeping): its only edge
        titles = ctx.texts("positions", "title")
        own = f"{ctx.pos_ids[cur]} ({titles[cur]})"
        said = True
        if late >= 0:
            where = f"{ctx.pos_ids[late]} ({titles[late]})"
            yield msg("explain.why_seated_late", own=own, late=where)
        else:
            yield msg("explain.why_seated", own=own)
    held = getattr(comp, "staying", None)  # qualified_holders_stay, as compiled
    if not said and held is not None and held[i]:
        if cur != q and no_higher_kelas(ctx, np.array([i]), np.array([q]))[0]:
            own = f"{ctx.pos_ids[cur]} ({ctx.texts('positions', 'title')[cur]})"
            yield msg("explain.why_staying", own=own)


def _closed_until(ctx, q: int) -> str:
    """The last BUP of those a rule keeps over post ``q``'s formasi whose retirement
    meets its excess (``ctx.over_cut``; the extensions' ``held_until``), the day from
    which it takes people in again; '' where one of them has none."""
    if ctx.over_cut is None:
        return ""
    held = np.flatnonzero(ctx.over_cut & (ctx.emp("current_pos") == q))
    until = extension.first_given("held_until", ctx, held)
    return str(max(until.tolist())) if len(held) and all(until) else ""
