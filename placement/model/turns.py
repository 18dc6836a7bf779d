"""Which SKs into a post held over its formasi take its free seats now, and which wait.

A post may hold people over its formasi whom the plan keeps there (until BUP, or
pending the PPK's decision), while the plan moves officials into it from elsewhere:
as many of their SKs as it holds over wait for an exit, the new hires having taken its
free seats first (a CPNS is appointed to a vacant formasi and cannot wait for one).
Where no more officials come in than it holds over, every one of their SKs waits
(``"all"``). Where more come in, the first in turn take the free seats now
(``"first"``) and the last as many as it holds over wait (``"after"``): a move the
person must make first (their post closed or over-filled, its rules or licence
missed: a reason not among the moves worth it to the plan), then the higher JPM in the
post, then the better SKP rating, the higher golongan, the longer service, then the
NIP (review 98 M6, 99 H5: Matri Sunawan, who must leave P0089 for want of its STR,
and Zuri Samat Mardipung, +5 points, into P0097's one free seat; review 102: the
reasons, the moves' ``seat_check`` and the SK list had each their own reading).

The reasons (:mod:`placement.model.reasons`), the moves' checks
(:func:`placement.report.summary.classified_moves`) and the SK list read the one turn.
"""

from __future__ import annotations

import numpy as np

from placement.model.eligibility import merit_keys


def seat_turns(ctx, a: np.ndarray, cur: np.ndarray, over: np.ndarray, forced: np.ndarray):
    """Per employee ``""``, ``"all"``, ``"first"`` or ``"after"`` (see the module):
    ``a`` the placement, ``cur`` each one's current post, ``over`` those the placement
    leaves over their post's formasi, ``forced`` (bool per employee) the movers whose
    move is one they must make."""
    n = len(a)
    out = np.full(n, "", dtype=object)
    m = ctx.n_positions
    held = np.bincount(cur[over & (a == cur) & (cur >= 0)], minlength=m)
    moving = (a >= 0) & (cur >= 0) & (a != cur)
    came = np.bincount(a[moving], minlength=m)
    into = np.flatnonzero(moving & (held[np.maximum(a, 0)] > 0))
    if not len(into):
        return out
    q = a[into]
    every = came[q] <= held[q]
    out[into[every]] = "all"
    some, q = into[~every], q[~every]
    if not len(some):
        return out
    jpm = np.nan_to_num(ctx.pair_jpm(some, q)[0], nan=-1.0)
    ids = np.asarray(ctx.emp_ids, dtype=object)[some].astype(str)
    order = np.lexsort((ids, *merit_keys(ctx, some), -np.round(jpm, 1), ~forced[some], q))
    some, q = some[order], q[order]
    rank = np.arange(len(some)) - np.searchsorted(q, q)
    out[some] = np.where(rank < came[q] - held[q], "first", "after")
    return out


def raised_turns(
    ctx,
    a: np.ndarray,
    cur: np.ndarray,
    over: np.ndarray,
    forced: np.ndarray | None,
    was: dict[int, int],
) -> np.ndarray:
    """bool per employee: their seat, in a post whose formasi the scenario raised
    (``was``: post -> its formasi as read), lies beyond that formasi. Of those
    placement ``a`` seats in it (not ``over`` it), those who stay in their post take
    its seats first, then the new hires (a CPNS is appointed to a vacant formasi), then
    the officials moving in, in the turn of :func:`seat_turns` (a move they must make,
    ``forced``, first; then the higher JPM in the post, the better SKP rating, the
    higher golongan, the longer service, the NIP); the last beyond ``was`` depend on
    the raise (review 159 M1: all 44 SKs into `workload`'s raised posts were marked
    as resting on it, where 29 seats lay beyond the formasi as read). ``forced`` None:
    no move is one the person must make (the hires' turn does not depend on it)."""
    out = np.zeros(len(a), dtype=bool)
    if not was:
        return out
    posts = np.fromiter(was, dtype=np.int64, count=len(was))
    limit = np.zeros(ctx.n_positions, dtype=np.int64)
    limit[posts] = [was[int(q)] for q in posts]
    raised = np.zeros(ctx.n_positions, dtype=bool)
    raised[posts] = True
    seated = np.flatnonzero((a >= 0) & ~over & raised[np.maximum(a, 0)])
    if not len(seated):
        return out
    q = a[seated]
    group = np.where(cur[seated] == q, 0, np.where(cur[seated] < 0, 1, 2))
    must = forced[seated] if forced is not None else np.zeros(len(seated), dtype=bool)
    jpm = np.nan_to_num(ctx.pair_jpm(seated, q)[0], nan=-1.0)
    ids = np.asarray(ctx.emp_ids, dtype=object)[seated].astype(str)
    order = np.lexsort((ids, *merit_keys(ctx, seated), -np.round(jpm, 1), ~must, group, q))
    seated, q = seated[order], q[order]
    rank = np.arange(len(seated)) - np.searchsorted(q, q)
    out[seated] = rank >= limit[q]
    return out
