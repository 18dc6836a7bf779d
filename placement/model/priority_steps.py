"""What a move's reason adds where someone rated below Baik takes a post of a higher
priority than their own (the moves' ``skp_check`` ``skp_priority``): who else could
have taken it, where the plan puts them, and what keeping the mover out of every post
of a higher priority than their own would cost the plan.

Review 58: Nur Waana Martalim, rated Sangat Kurang, left an over-filled post for a
priority desk in another OPD. The ``skp_check`` column flagged the move, but its reason
did not say why no colleague rated Baik took that desk. No rule asks for an SKP there;
the objective term ``skp_step`` charges such a step up, and the question an officer asks
is about the others. Of the serving officials rated Baik or better whom the rules open
the post to (not its holders): how many take its other seats, keep their own post
(pinned there by the scenario), move to a post of the same or a higher priority, move
to one of a lower priority (the one moved lowest named: a choice to weigh before the
SK), or are left without a post; the new hires so rated apart (review 59: counted with
them, a hire placed in an entry post of her own level was named as moved lower); what
keeping the mover out of every post of a higher priority than their own would cost the
plan, the rest re-optimised, where they would go and who would then take the seat
(:func:`~placement.model.move_value.leave_values`; review 60: the cost of adding the
best fitting colleague answered another question, and the mover kept the seat); and
how many of its seats the plan leaves empty (then none of them was kept out of it). A
rise in kelas is not counted here: its reason ranks the candidates by JPM already.
A new hire rated below Baik placed in a post of a priority above 1 gets the same note
(:func:`hire_step_notes`, in the placements' ``skp_note``), their own priority read as
1 (review 60: two such hires were counted in the summary and named nowhere).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import numpy as np

from placement.i18n import Message, join, msg, person
from placement.model import levels, stability
from placement.model.arrays import edges_into
from placement.model.move_value import leave_values, unvalued
from placement.model.parts import plan_change, term_parts
from placement.model.stability import step_priority

if TYPE_CHECKING:
    from placement.model.result import Result

#: how far (points) the search for the cost of keeping a mover off a post goes
VALUE_BOUND = 1000.0

#: Baik's ordinal in :data:`levels.PERFORMANCE` (those below it are rated below Baik)
BAIK = levels.PERFORMANCE.index("Baik")


def weak_priority_steps(result: Result, movers: np.ndarray) -> np.ndarray:
    """Of ``movers`` (employee indices, each placed in another post than their own),
    those rated below Baik whose new post has a higher priority than their own and no
    higher kelas jabatan (an unknown kelas is no rise). ``result``: a scenario's."""
    assert result.compiled is not None
    ctx = result.compiled.context
    a = np.asarray(result.assignment, dtype=np.int64)
    cur = ctx.emp("current_pos").astype(np.int64)
    rating = _ratings(ctx)
    m = np.asarray(movers, dtype=np.int64)
    m = m[(rating[m] >= 0) & (rating[m] < BAIK)]
    prio, grade = step_priority(ctx), ctx.pos("grade")
    to, own = a[m], cur[m]
    with np.errstate(invalid="ignore"):  # NaN compares False: no step, no rise
        return m[(prio[to] > prio[own]) & ~(grade[to] > grade[own])]


def weak_hire_steps(result: Result) -> np.ndarray:
    """The people without a post of their own in the data (new hires, holders of a
    post the data no longer has) rated below Baik whom ``result`` places in a post of a
    priority above 1, the default: the step ups the objective term ``skp_step``
    charges that no move lists (review 60: Dwihar Humato, Sangat Kurang, and Juningsih
    Tamrah, Butuh Perbaikan, were counted in the summary and named nowhere)."""
    assert result.compiled is not None
    ctx = result.compiled.context
    a = np.asarray(result.assignment, dtype=np.int64)
    cur = ctx.emp("current_pos").astype(np.int64)
    rating = _ratings(ctx)
    prio = ctx.pos("priority").astype(float)
    with np.errstate(invalid="ignore"):  # NaN compares False: no step
        return np.flatnonzero(
            (a >= 0) & (cur < 0) & (rating >= 0) & (rating < BAIK) & (prio[np.maximum(a, 0)] > 1)
        )


def priority_step_notes(
    result: Result, movers: np.ndarray, named: Callable[[int], Message | str], pos_label
) -> dict[int, Message]:
    """Per mover of :func:`weak_priority_steps`, the note its reason ends with (see
    the module docstring); ``named`` names a colleague, ``pos_label`` a post (per post
    index)."""
    return _notes(result, weak_priority_steps(result, movers), named, pos_label)


def hire_step_notes(result: Result) -> dict[int, Message]:
    """Per person of :func:`weak_hire_steps`, the same note as a mover's, their own
    priority read as 1: who else could have taken the post, and what keeping them out
    of every post of a priority above 1 would cost the plan; colleagues and posts named
    as the reasons name them."""
    steps = weak_hire_steps(result)
    if not len(steps):
        return {}
    assert result.compiled is not None  # as weak_hire_steps
    org, ctx = result.compiled.org, result.compiled.context
    names = org.employees["name"].to_numpy(dtype=object) if "name" in org.employees else None
    ids = ctx.emp_ids

    def named(j: int) -> Message | str:
        return person(None if names is None else names[j], ids[j])

    return _notes(result, steps, named, result.problem.labels["position"])


def _notes(
    result: Result, steps: np.ndarray, named: Callable[[int], Message | str], pos_label
) -> dict[int, Message]:
    """The notes of :func:`priority_step_notes` and :func:`hire_step_notes` for
    ``steps`` (employee indices): a person without a post of their own is a new hire
    whose own priority is 1."""
    if not len(steps):
        return {}
    assert result.compiled is not None  # as weak_priority_steps
    ctx = result.compiled.context
    p = result.problem
    a = np.asarray(result.assignment, dtype=np.int64)
    cur = ctx.emp("current_pos").astype(np.int64)
    prio = ctx.pos("priority").astype(float)
    rating = _ratings(ctx)
    good = rating >= BAIK
    fill = np.bincount(a[a >= 0], minlength=p.n_positions)
    empty = np.asarray(p.capacity, dtype=np.int64) - fill
    # the pairs into the posts stepped into, grouped by post once
    into, bounds = edges_into(p.edge_pos, a[steps], p.n_positions)
    serving = cur >= 0
    notes: dict[int, list] = {}
    for i in steps.tolist():
        q = int(a[i])
        e = p.edge_emp[into[bounds[q] : bounds[q + 1]]].astype(np.int64)
        e = np.unique(e[(e != i) & (cur[e] != q) & good[e]])
        hires, e = e[~serving[e]], e[serving[e]]
        hire = "_hire" if cur[i] < 0 else ""
        own = float(prio[cur[i]]) if cur[i] >= 0 else 1.0
        head = {"to": float(prio[q]), "own": own, "skp": _name(rating[i])}
        seats = int(empty[q])
        tail = msg("reason.skp_step_empty", n=seats) if seats > 0 else ""
        text = (
            msg(
                "reason.skp_step" + hire,
                n=len(e),
                parts=_parts(e, q, a, cur, prio, p, named, pos_label),
                **head,
            )
            if len(e)
            else msg("reason.skp_step_alone" + hire, **head)
        )
        notes[i] = [text, _hires(hires, q, a), tail]
    worth = _valued(result, named, pos_label)
    return {i: join("", [*parts[:2], worth.get(i, ""), parts[2]]) for i, parts in notes.items()}


def _valued(result: Result, named, pos_label) -> dict[int, Message]:
    """:func:`_kept_off` of every weak step of the plan, the moves' and the new
    hires' together (made once per result, so that a colleague named for several
    such seats is said to be, review 62: Setno Purmana was named for three), of
    those whose post has no seat left empty (with one, no one was kept out of it)."""
    kept = result.__dict__.get("_priority_steps_valued")
    if kept is not None:
        return kept
    assert result.compiled is not None
    ctx = result.compiled.context
    p = result.problem
    a = np.asarray(result.assignment, dtype=np.int64)
    cur = ctx.emp("current_pos").astype(np.int64)
    moved = np.flatnonzero((a >= 0) & (cur >= 0) & (a != cur))
    steps = np.union1d(weak_priority_steps(result, moved), weak_hire_steps(result))
    fill = np.bincount(a[a >= 0], minlength=p.n_positions)
    empty = np.asarray(p.capacity, dtype=np.int64) - fill
    off = steps[empty[a[steps]] <= 0]
    kept = _kept_off(result, off, named, pos_label)
    result.__dict__["_priority_steps_valued"] = kept
    return kept


def _parts(e, q, a, cur, prio, p, named, pos_label) -> Message:
    """Where the plan puts the serving officials ``e`` whom post ``q`` is open to: its
    other seats, their own post (pinned there), a post of the same or a higher
    priority, one of a lower priority (the one moved lowest named), or none."""
    to = a[e]
    placed = to >= 0
    moved = placed & (to != q) & (to != cur[e])
    with np.errstate(invalid="ignore"):
        lower = moved & (prio[np.maximum(to, 0)] < prio[q])
    parts: list[Message] = []
    stay = to == cur[e]
    pinned = int((stay & (np.asarray(p.pinned)[e] == cur[e])).sum())
    if (to == q).any():
        parts.append(msg("reason.skp_step_into", k=int((to == q).sum())))
    if stay.any():
        key = "reason.skp_step_stay_pinned" if pinned else "reason.skp_step_stay"
        parts.append(msg(key, k=int(stay.sum()), pinned=pinned))
    if (moved & ~lower).any():
        parts.append(msg("reason.skp_step_across", k=int((moved & ~lower).sum())))
    if lower.any():
        low = e[lower]
        j = int(low[np.lexsort((low, prio[a[low]]))[0]])  # the lowest, then by index
        parts.append(
            msg(
                "reason.skp_step_lower",
                k=int(lower.sum()),
                who=named(j),
                post=pos_label[a[j]],
                priority=float(prio[a[j]]),
            )
        )
    if (~placed).any():
        parts.append(msg("reason.skp_step_unplaced", k=int((~placed).sum())))
    return join(", ", parts)


def _hires(h: np.ndarray, q: int, a: np.ndarray) -> Message | str:
    """The new hires rated Baik or better whom post ``q`` is open to (``h``), apart
    (review 59: counted with the officials, a hire placed in an entry post of her own
    level was named as moved to a lower priority): how many take its other seats, are
    placed elsewhere, or in no post."""
    if not len(h):
        return ""
    to = a[h]
    parts = [
        msg(key, k=k)
        for key, k in (
            ("reason.skp_step_into", int((to == q).sum())),
            ("reason.skp_step_elsewhere", int(((to >= 0) & (to != q)).sum())),
            ("reason.skp_step_unplaced", int((to < 0).sum())),
        )
        if k
    ]
    return msg("reason.skp_step_hires", n=len(h), parts=join(", ", parts))


def _kept_off(result: Result, movers: np.ndarray, named, pos_label) -> dict[int, Message]:
    """Per mover of ``movers`` (each in a post stepped into): what keeping them out of
    every post of a higher priority than their own would cost the plan, the rest
    re-optimised, where they would go, and who would then take the seat they hold (none:
    it stays empty) with their rating, read off the optimum with no re-solve
    (:func:`~placement.model.move_value.leave_values`). Review 60: the cost of adding
    the best fitting colleague answered another question, and the mover kept the seat
    in 3 of 4 such re-solves. Keeping them off this one post only answered another
    still: in ``replace`` Nur Waana Martalim would have taken another desk of the same
    priority for nothing, and the note said "a tie" and named the new hire rated Baik
    who would take her seat, as if he were kept out for her. Nothing where the moves
    are not valued (:func:`~placement.model.move_value.unvalued`), the mover may go to
    no post of a priority no higher than their own, or no way is found below
    :data:`VALUE_BOUND` points."""
    if not len(movers) or unvalued(result):
        return {}
    assert result.compiled is not None
    ctx = result.compiled.context
    p = result.problem
    a = np.asarray(result.assignment, dtype=np.int64)
    order = []
    if p.tie_levels:  # who takes the seat, as a re-solve breaks its ties
        order = stability.context_levels(ctx, a, p.edge_emp, p.edge_pos)[1:]
    bound = int(VALUE_BOUND * p.objective_scale)
    prio = step_priority(ctx)
    own = ctx.emp("current_pos").astype(np.int64)[movers]
    ceiling = np.where(own >= 0, prio[np.maximum(own, 0)], 1.0)  # a new hire's: 1
    with np.errstate(invalid="ignore"):  # an unknown priority bars nothing
        barred = prio[None, :] > ceiling[:, None]
    found = leave_values(p, a, movers, bound, order, barred)
    if found is None:
        return {}
    rating = _ratings(ctx)
    cur = ctx.emp("current_pos").astype(np.int64)
    named_for = np.bincount(
        found.taker[(found.cost >= 0) & (found.taker >= 0)], minlength=p.n_employees
    )
    out: dict[int, Message] = {}
    for m, i in enumerate(movers.tolist()):
        if found.cost[m] < 0:
            continue
        points = float(found.cost[m]) / p.objective_scale
        assert found.to is not None  # leave_values says where
        j, h = int(found.taker[m]), int(found.to[m])
        seat = (
            msg("reason.skp_step_off_empty")
            if j < 0
            else msg(
                "reason.skp_step_off_taker",
                who=named(j),
                skp=_name(rating[j]),
                where=_whereabouts(j, int(a[i]), a, cur, pos_label),
                again=msg("reason.skp_step_off_again", n=int(named_for[j]))
                if named_for[j] > 1
                else "",
            )
        )
        went = (
            msg("reason.skp_step_off_stays", seat=seat)
            if h == own[m]
            else msg(
                "reason.skp_step_off_went",
                post=pos_label[h],
                priority=float(prio[h]),
                seat=seat,
            )
        )
        hire = "_hire" if own[m] < 0 else ""
        if points <= 0.005:
            out[i] = msg("reason.skp_step_off_tie" + hire, went=went)
            continue
        # what makes up the cost, by term (review 61: "5.10 points" alone could not be
        # defended): the mover's change and every other one the way makes
        assert found.ways is not None
        parts = plan_change(p, a, [(i, h), *found.ways[m]])
        if parts and abs(sum(parts.values()) + points) > 0.01:
            parts = {}
        terms = msg("reason.skp_step_off_terms", parts=term_parts(parts)) if parts else ""
        out[i] = msg("reason.skp_step_off" + hire, points=points, parts=terms, went=went)
    return out


def _whereabouts(j: int, q: int, a: np.ndarray, cur: np.ndarray, pos_label) -> Message:
    """Where the colleague ``j`` who would take the seat of post ``q`` is now and where
    this plan puts them (review 61: "the seat would go to Zuyah Bamasari", who holds it
    now and whom the plan moves; to Setno Purmana, a holder of the mover's own
    over-filled post, unsaid)."""
    to, own = int(a[j]), int(cur[j])
    if own == q:
        if to < 0:
            return msg("reason.skp_step_off_holder_out")
        return msg("reason.skp_step_off_holder", post=pos_label[to])
    if own < 0:
        if to < 0:
            return msg("reason.skp_step_off_hire_out")
        return msg("reason.skp_step_off_hire_to", post=pos_label[to])
    if to == own:
        return msg("reason.skp_step_off_keeps", own=pos_label[own])
    if to < 0:
        return msg("reason.skp_step_off_moved_out", own=pos_label[own])
    return msg("reason.skp_step_off_moved", own=pos_label[own], post=pos_label[to])


def _ratings(ctx) -> np.ndarray:
    """Per employee, the SKP rating's ordinal in :data:`levels.PERFORMANCE`, -1 without
    one."""
    return np.nan_to_num(ctx.emp("perf_level").astype(float), nan=-1.0)


def _name(level: float) -> Message | str:
    """An SKP rating's name from its ordinal (``not given`` below 0)."""
    return levels.PERFORMANCE[int(level)] if level >= 0 else msg("reason.rating_none")


__all__ = ["hire_step_notes", "priority_step_notes", "weak_hire_steps", "weak_priority_steps"]
