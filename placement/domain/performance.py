"""Performance (SKP) rules of a move up.

A post of a higher kelas jabatan (a promosi, or a kelas step at the same level) asks
for a performance rating of at least
Baik in the last two years (the roster carries one rating: the SKP predicate, column
``performance``). The eligibility option ``min_performance_to_rise`` (a predicate:
Baik, Sangat Baik, …; null = no rule, the engine's default) makes it a hard rule:
:func:`rise_performance_ok`, an extension edge rule, takes from people rated below it
every post of a higher kelas jabatan than their own. A person without a rating is not
limited (not assessed is not a failure; the report's ``skp_check`` flag and the
summary leave that check to the officer), nor is a new hire or a person whose post
has no kelas jabatan, nor anyone's own post.
"""

from __future__ import annotations

import numpy as np

from placement.i18n import msg
from placement.model.extension import Extension
from placement.model.levels import PERFORMANCE


def _levels(ctx) -> np.ndarray:
    """Per employee: the SKP predicate's index in ``PERFORMANCE``, -1 without one."""
    return np.nan_to_num(ctx.emp("perf_level").astype(float), nan=-1.0)


def rated(ctx) -> np.ndarray:
    """bool per employee: an SKP predicate is given."""
    return _levels(ctx) >= 0


def rated_below(ctx, need: str) -> np.ndarray:
    """bool per employee: an SKP predicate is given and it is below ``need``."""
    level = _levels(ctx)
    return (level >= 0) & (level < PERFORMANCE.index(need))


def rises(ctx, edge_emp: np.ndarray, edge_pos: np.ndarray) -> np.ndarray:
    """Per pair: the post's kelas jabatan is above that of the person's current post
    (False when either is unknown, or for a new hire)."""
    with np.errstate(invalid="ignore"):
        return ctx.pos("grade")[edge_pos] > ctx.current_grade[edge_emp]


def rise_performance_ok(
    ctx, edge_emp: np.ndarray, edge_pos: np.ndarray, policy
) -> np.ndarray | None:
    """Edge rule (``eligibility.min_performance_to_rise``): people rated below the
    minimum take no post of a higher kelas jabatan than their own."""
    need = policy.min_performance_to_rise
    if need is None:
        return None
    weak = rated_below(ctx, need)
    if not weak.any():
        return None
    return ~(weak[edge_emp] & rises(ctx, edge_emp, edge_pos))


def rise_performance_reasons(comp, i: int, q: int) -> list:
    """Extension ``reasons``: ``q`` is a promosi for ``i``, whose SKP rating is below
    ``min_performance_to_rise``."""
    need = comp.config.eligibility.min_performance_to_rise
    ctx = comp.context
    if need is None or not rated_below(ctx, need)[i]:
        return []
    if not rises(ctx, np.array([i]), np.array([q]))[0]:
        return []
    rating = PERFORMANCE[int(ctx.emp("perf_level")[i])]
    return [
        msg(
            "explain.why_performance_rise",
            rating=rating,
            need=need,
            now=int(ctx.current_grade[i]),
            grade=int(ctx.pos("grade")[q]),
        )
    ]


#: What this module adds to the engine (registered by :mod:`placement.domain`).
EXTENSION = Extension(
    name="performance",
    edge_rules=(rise_performance_ok,),
    reasons=(rise_performance_reasons,),
)

__all__ = ["rated", "rated_below", "rise_performance_ok", "rises"]
