"""The requirements a person fails for a post, in words (explain, pins, reasons)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

import numpy as np

from placement.i18n import msg
from placement.model import extension, levels
from placement.model.eligibility import grade_band_ok
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
    ctx = comp.context
    cfg = comp.config.eligibility
    reasons: list[str] = []
    hard = set(cfg.hard)
    if ctx.pos("headcount")[q] == 0:
        reasons.append(msg("explain.why_closed"))
    edu, need = ctx.emp("edu_level")[i], ctx.pos("min_edu_level")[q]
    if "education" in hard and edu < need:
        reasons.append(
            msg("explain.why_education", level=levels.EDUCATION[edu], need=levels.EDUCATION[need])
        )
    rank, need_r = ctx.emp("rank_level")[i], ctx.pos("min_rank_level")[q]
    if "rank" in hard and rank < need_r:
        reasons.append(msg("explain.why_rank", rank=levels.RANKS[rank], need=levels.RANKS[need_r]))
    ef, pf, acc = ctx._fields  # noqa: SLF001
    if "field" in hard and not acc[pf[q], ef[i]]:
        reasons.append(
            msg(
                "explain.why_field",
                field=ctx.texts("employees", "field")[i],
                fields=ctx.texts("positions", "fields")[q],
            )
        )
    gaps = np.fmax(ctx.required[q] - ctx.levels[i], 0)  # a level not assessed is no gap
    worst = gaps[ctx.required[q] > 0].max(initial=0)
    tol = cfg.max_competency_gap
    if ("competency" in hard or tol is not None) and worst > (tol or 0):
        reasons.append(msg("explain.why_competency", gap=int(worst), tol=tol or 0))
    if cfg.min_jpm is not None:
        jpm = float(ctx.pair_jpm(np.array([i]), np.array([q]))[0][0])
        if jpm < cfg.min_jpm - 1e-9:  # a pair without a JPM passes, as in the rule
            reasons.append(msg("explain.why_min_jpm", jpm=jpm, need=cfg.min_jpm))
    if not grade_band_ok(ctx, np.array([i]), np.array([q]), cfg)[0]:
        g_now = ctx.pos("grade")[ctx.emp("current_pos")[i]]
        reasons.append(
            msg(
                "explain.why_grade",
                grade=ctx.pos("grade")[q],
                now=g_now,
                drop=cfg.max_grade_drop,
                rise=cfg.max_grade_rise,
            )
        )
    for extension_reasons in extension.hooks("reasons"):  # career rules, time in post
        reasons += extension_reasons(comp, i, q)
    if (ctx.emp_ids[i], ctx.pos_ids[q]) in comp.plan.bans:
        reasons.append(msg("explain.why_banned"))
    if cfg.scope != "any":
        reasons.append(msg("explain.why_scope", scope=cfg.scope))
    held = getattr(comp, "staying", None)  # qualified_holders_stay, as compiled
    if not reasons and held is not None and held[i]:
        cur = int(ctx.emp("current_pos")[i])
        if cur != q and no_higher_kelas(ctx, np.array([i]), np.array([q]))[0]:
            own = f"{ctx.pos_ids[cur]} ({ctx.texts('positions', 'title')[cur]})"
            reasons.append(msg("explain.why_staying", own=own))
    return reasons or [msg("explain.why_other")]
