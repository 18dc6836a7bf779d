"""Serving holders the plan has no seat for, kept in their post over its formasi.

``eligibility.keep_displaced_holders``: an SK cannot leave an active PNS without a
jabatan, and the plan may have no seat for one within the rules (their post
over-filled or held by those who meet its rules, no other post open to them). After
the solve (and the seats given back), such a holder keeps their own post over its
formasi, pending a decision of the PPK: the scenario is compiled again with their own
post as their only edge and a seat of its own
(:func:`~placement.model.eligibility.keep_pending`). Not in a post the scenario closes
(formasi 0), nor a structural one (JPT, Administrator, Pengawas: one holder at a time),
nor under budgets (a holder kept is paid); but in a post with no seat in the data
already (formasi 0 as read), a structural one too when they are its only holder: the
peta jabatan is to be verified, and meanwhile they hold it.

Where their units' caps (``max_headcount``) hold them beside the placement, the
placement with them in their posts is the new problem's optimum: every placement of
it is one of the old problem with them left without a post, at the same cost less a
constant, level by level (the tie levels too), so nobody else changes. Where a cap
does not (the plan filled the unit with moves in and new hires), the new problem is
solved again: a serving official kept in their own post comes before an intake the
plan could forgo (review 41: a Penata Perizinan was left without a post while her OPD
took in a mutasi worth 2 points), and whoever that displaces is read again in the
next round. The new placement is kept only if the room comes from an intake: nobody
who stayed in their post is moved, and nobody serving who had a post loses it; else,
and when a cap cannot hold them at all (pins, holders kept until BUP), as many are
kept as the cap has room for, the better SKP, golongan and service first.

A holder whom the rules let keep their post is not kept over its formasi so that
someone may move into their seat (:func:`_seats_taken`): where the post's own holders
who stay fit its formasi, they keep a seat of it (``SEATED``) and the scenario is
solved again, so the one moving in stays in their own post (kept over its formasi at
once where its seats are taken) or goes elsewhere. The new placement is kept only if
nobody who stayed in their post is moved and nobody serving who had a post is left
without one they can be kept in; else they are kept over formasi as above.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import numpy as np

from placement.model import extension
from placement.model.check import violations
from placement.model.compile import Compiled
from placement.model.eligibility import OVER, SEATED, merit_keys
from placement.model.levels import selection_boards
from placement.model.outcome import SolveOutcome, Status
from placement.model.problem import Problem

#: rounds of keeping: a re-solve for a unit's cap, or for a seat kept, may leave
#: another holder without a seat, who is kept in the next
ROUNDS = 3

Run = Callable[[Problem, np.ndarray], SolveOutcome | None]
#: the scenario compiled again with these holders kept (per employee :data:`OVER`,
#: :data:`SEATED` or 0), and, as a second argument, the moves left out as their SK
#: would wait too long (employee and position indices; None for none)
Recompile = Callable[..., Compiled]


@dataclasses.dataclass
class Kept:
    """The compile and outcome with the holders kept, and the placements before each
    round (their ``compiled`` and ``outcome``), where each kept holder was without a
    post: the decisions list reads the reason there."""

    compiled: Compiled
    outcome: SolveOutcome
    before: list[tuple[Compiled, SolveOutcome]]


def displaced(compiled: Compiled, a: np.ndarray) -> np.ndarray:
    """bool per employee: serving holders placement ``a`` leaves without a post whose
    own post can keep them over formasi (:func:`keepable_posts`)."""
    cur = compiled.context.emp("current_pos").astype(np.int64)
    serving = (cur >= 0) & ~compiled.org.excluded
    keeps = keepable_posts(compiled, a)
    return (a < 0) & serving & keeps[np.where(cur >= 0, cur, len(keeps) - 1)]


def keepable_posts(compiled: Compiled, a: np.ndarray) -> np.ndarray:
    """bool per post (one more, False, for "no post"): its holders placement ``a``
    leaves without a post can keep it over formasi: open and not structural, or with
    no seat in the data already (formasi 0 as read, :meth:`Compiled.no_seat_as_read`:
    the peta jabatan gives none to a post they hold), a structural one when one holder
    is left in it (of those the placement leaves there or without a post: a second
    moved elsewhere leaves the first its only holder). Reviews 71, 74, 75 and 76: five
    holders of such Kasubbag and Kasi posts were left without a jabatan in every
    scenario, which no SK can do."""
    ctx = compiled.context
    cur = ctx.emp("current_pos").astype(np.int64)
    boards = ctx.derived("selection_boards", lambda: selection_boards(ctx.org.positions))
    serving = (cur >= 0) & ~compiled.org.excluded
    left = np.bincount(cur[serving & ((a < 0) | (a == cur))], minlength=ctx.n_positions)
    ok = boards == ""
    keep = ((ctx.pos("headcount") > 0) & ok) | (compiled.no_seat_as_read() & (ok | (left == 1)))
    return np.append(keep, False)


def keep_displaced(
    compiled: Compiled, outcome: SolveOutcome, recompile: Recompile, run: Run
) -> Kept | None:
    """Keep the holders :func:`displaced` leaves without a post (see the module);
    ``recompile(pending)``: the scenario compiled again with them kept (per employee
    :data:`OVER` or :data:`SEATED`, as :func:`~placement.model.eligibility.keep_pending`
    reads it; the same reference and seats given back); ``run(problem, hint)``: a solve
    of a new problem in the time left (None when none is left). None when there is no
    one to keep."""
    config = compiled.config
    if not config.eligibility.keep_displaced_holders or outcome.assignment is None:
        return None
    if config.constraints.budgets is not None:
        return None
    kept = np.zeros(compiled.problem.n_employees, dtype=np.int8)  # OVER or SEATED
    before: list[tuple[Compiled, SolveOutcome]] = []
    changed = False
    for _ in range(ROUNDS):
        a = outcome.assignment
        assert a is not None
        new = displaced(compiled, a) & (kept == 0)
        if not new.any():
            break
        seat = _seats_taken(compiled, a, new)
        steps = _seated(compiled, outcome, kept, seat, recompile, run) if seat.any() else None
        if steps is not None:
            # the placement before the seats were kept is no reason's: whoever it left
            # without a post that the steps keep, the first of them left so too
            compiled, outcome = steps[0]
            changed = True
        else:
            got = _round(compiled, outcome, np.where(new, OVER, kept), recompile, run)
            if got is None:
                break
            steps = [(compiled, outcome), got]
        for got in steps[1:]:
            before.append((compiled, outcome))
            compiled, outcome = got
            changed = True
        kept = _codes(compiled)
    # officials whose move waits for a seat longer than a rule lets them (the JF entry
    # age): that move is left out and the scenario solved again, on the terms of a
    # round (nobody who stayed in their post moved, nobody serving left without one);
    # else they keep a seat of their own post, as :func:`_seated` keeps holders
    late_e, late_p = np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    for _ in range(ROUNDS):
        assert outcome.assignment is not None
        a = outcome.assignment
        late = _late_movers(compiled, a)
        if not late.any():
            break
        who = np.flatnonzero(late)
        late_e, late_p = np.append(late_e, who), np.append(late_p, a[who])

        def again(codes: np.ndarray, out=(late_e, late_p)) -> Compiled:
            return recompile(codes, out)

        got = _left_out(compiled, outcome, kept, late, again, run)
        seat = late & _own_edge(compiled)
        steps = [got] if got is not None else None
        if steps is None and seat.any():
            steps = _seated(compiled, outcome, kept, seat, again, run)
        if steps is None:
            break
        compiled, outcome = steps[0]  # the placement before is no reason's, as above
        for got in steps[1:]:
            before.append((compiled, outcome))
            compiled, outcome = got
        changed = True
        kept = _codes(compiled)
    return Kept(compiled, outcome, before) if changed else None


def _left_out(
    compiled: Compiled,
    outcome: SolveOutcome,
    kept: np.ndarray,
    late: np.ndarray,
    recompile: Recompile,
    run: Run,
) -> tuple[Compiled, SolveOutcome] | None:
    """The scenario compiled again without the moves of ``late`` (``recompile`` leaves
    them out) and solved again, from the placement before with them in their own
    posts: kept only where nobody who stayed in their post is moved, nobody serving
    who had a post is left without one, and the status is no worse; else None."""
    a = outcome.assignment
    assert a is not None
    again = recompile(kept)
    out = _solved_again(again, outcome, late, run)
    if out is None:
        return None
    assert out.assignment is not None  # a placement, as _solved_again returns only
    moved, lost = _changes(again, a, out.assignment)
    if (moved | lost).any():
        return None
    log = [*out.log, f"left out {int(late.sum())} moves whose seat waits too long (solved again)"]
    return again, dataclasses.replace(out, log=log, reason=outcome.reason)


def _solved_again(
    again: Compiled, outcome: SolveOutcome, who: np.ndarray, run: Run
) -> SolveOutcome | None:
    """``again``'s problem solved from ``outcome``'s placement with ``who`` in their
    own posts; None where no placement comes or its status is worse than
    ``outcome``'s."""
    assert outcome.assignment is not None
    cur = again.context.emp("current_pos").astype(np.int64)
    hint = outcome.assignment.copy()
    hint[who] = cur[who]
    out = run(again.problem, hint)
    if out is None or out.assignment is None or not out.status.has_solution:
        return None
    if outcome.status is Status.OPTIMAL and out.status is not Status.OPTIMAL:
        return None
    return out


def _late_movers(compiled: Compiled, a: np.ndarray) -> np.ndarray:
    """bool per employee: the officials placement ``a`` moves into a post whose SK
    waits for a seat longer than a rule of the extensions lets them
    (``late_movers``)."""
    out = np.zeros(len(a), dtype=bool)
    for late in extension.hooks("late_movers"):
        got = late(compiled, a)
        if got is not None:
            out |= np.asarray(got, dtype=bool)
    return out


def _own_edge(compiled: Compiled) -> np.ndarray:
    """bool per employee: serving, with their own post an edge of the problem (a seat
    of it theirs to keep)."""
    cur = compiled.context.emp("current_pos").astype(np.int64)
    out = np.zeros(len(cur), dtype=bool)
    who = np.flatnonzero(cur >= 0)
    out[who] = compiled.problem.pair_edges(who, cur[who]) >= 0
    return out


def _codes(compiled: Compiled) -> np.ndarray:
    """Per employee, how the compile keeps them: :data:`SEATED`, :data:`OVER` or 0."""
    ctx = compiled.context
    assert ctx.pending is not None and ctx.seated is not None  # set by the compile
    return np.where(ctx.seated, SEATED, np.where(ctx.pending, OVER, 0)).astype(np.int8)


def _seats_taken(compiled: Compiled, a: np.ndarray, new: np.ndarray) -> np.ndarray:
    """bool per employee: of ``new`` (left without a post by placement ``a``), the
    holders of a post into which people move (not pinned there) while its own holders
    who stay, themselves among them, fit its formasi, and whom the rules let keep it
    (their own post is an edge of the problem; not one held over its formasi by a rule
    or given a seat back on top of it): they keep a seat of it, as many as move in, in
    its order of the seats left (those who meet its rules first, then the better SKP,
    golongan and service). Review 106 (and 95, 97, 98): Fahar Rojawan, the one holder
    of an over-filled post who missed its rules, was moved into P0268 in the seat of
    Yufan Suditua, one of its holders who miss its rules, who had no other post: kept
    there over its formasi, he made Fahar's SK wait for a seat sure to be free only at
    a BUP in 2037, an SK nobody could sign, and a sitting holder without a seat."""
    p, ctx = compiled.problem, compiled.context
    cur = ctx.emp("current_pos").astype(np.int64)
    on_top = np.zeros(len(a), dtype=bool)
    for extra in (ctx.supernumerary, ctx.reclaimed):
        if extra is not None:
            on_top |= extra
    who = np.flatnonzero(new & (cur >= 0) & ~on_top)
    who = who[p.pair_edges(who, cur[who]) >= 0]
    if not len(who):
        return np.zeros(len(a), dtype=bool)
    m = p.n_positions
    stay = np.bincount(cur[(a == cur) & (cur >= 0)], minlength=m)
    free = np.asarray(p.capacity, dtype=np.int64) - stay  # their seats, taken by others
    pinned = np.asarray(p.pinned, dtype=np.int64)
    came = (a >= 0) & (a != cur) & (pinned != a)
    room = np.minimum(free, np.bincount(a[came], minlength=m))
    post = cur[who]
    meets = np.ones(len(who), dtype=bool)
    if ctx.meets_own_post is not None:
        meets = ctx.meets_own_post[who]
    order = np.lexsort((*merit_keys(ctx, who), ~meets, post))
    who, post = who[order], post[order]
    place = np.arange(len(who)) - np.searchsorted(post, post)
    out = np.zeros(len(a), dtype=bool)
    out[who[place < room[post]]] = True
    return out


#: attempts of :func:`_seated` in a round: each leaves out the posts whose newcomers
#: could then be kept in no post
SEAT_TRIES = 3


def _seated(
    compiled: Compiled,
    outcome: SolveOutcome,
    kept: np.ndarray,
    seat: np.ndarray,
    recompile: Recompile,
    run: Run,
) -> list[tuple[Compiled, SolveOutcome]] | None:
    """``seat`` (:func:`_seats_taken`) kept in a seat of their post and the scenario
    solved again; those it leaves without a post whose own post can keep them kept
    there over its formasi at once (:func:`_round`): the people who had moved into
    those seats, and the others a round after it would keep. Kept only where nobody who
    stayed in their post is moved, everyone serving who had a post is kept so, and the
    status is no worse: the steps (compile and outcome each); where some of those who
    had a post could not be kept (their post closed, their unit's cap full), tried
    again without the posts they had moved into; else None."""
    a = outcome.assignment
    assert a is not None
    cur = compiled.context.emp("current_pos").astype(np.int64)
    for _ in range(SEAT_TRIES):
        again = recompile(np.where(seat, SEATED, kept).astype(np.int8))
        # who had moved into their seats (the reasons say it to them alone)
        came = (a >= 0) & (a != cur) & np.isin(a, cur[seat])
        again.context.seat_takers = came
        out = _solved_again(again, outcome, seat, run)
        if out is None:
            return None
        b = out.assignment
        assert b is not None  # a placement, as _solved_again returns only
        moved, lost = _changes(again, a, b)
        if moved.any():
            return None
        log = [*out.log, f"kept {int(seat.sum())} holders in a seat of their post (solved again)"]
        step = (again, dataclasses.replace(out, log=log, reason=outcome.reason))
        # everyone it leaves without a post whose own can keep them (not closed) kept
        # there at once: those who had moved into the seats, and the others as a round
        # after it would
        codes = _codes(again)
        can = displaced(again, b) & (codes == 0)
        trial = np.where(can, OVER, codes).astype(np.int8)
        got = _round(*step, trial, recompile, run) if can.any() else None
        left = lost if got is None else lost & (got[1].assignment != cur)
        if not left.any():
            return [step] if got is None else [step, got]
        # their seats held by the newcomers who then have no post: not taken back
        seat = seat & ~np.isin(cur, a[left])
        if not seat.any():
            return None
    return None


def _round(
    compiled: Compiled, outcome: SolveOutcome, trial: np.ndarray, recompile: Recompile, run: Run
) -> tuple[Compiled, SolveOutcome] | None:
    """One round: ``trial`` kept (:data:`OVER` or :data:`SEATED` per employee, as
    :func:`~placement.model.eligibility.keep_pending` reads it); the placement before
    with them in their posts where it keeps every rule, else solved again, else as many
    as the caps hold."""
    a = outcome.assignment
    assert a is not None
    again = recompile(trial)
    kept = again.context.pending
    if kept is None or not (kept & (a < 0)).any():
        return None
    cur = again.context.emp("current_pos").astype(np.int64)
    b = a.copy()
    b[kept] = cur[kept]
    if not violations(again.problem, b):
        return again, _shifted(compiled, again, outcome, b, int(kept.sum()))
    # a unit's cap cannot hold them beside the placement: solved again
    out = run(again.problem, b)
    if out is not None and out.assignment is not None and out.status.has_solution:
        # only an intake makes room: nobody who stayed in their post is moved or left
        # without one for them, nor anyone serving who had a post left without one
        moved, lost = _changes(again, a, out.assignment)
        if not (moved | lost).any():
            n = int(kept.sum())
            log = [*out.log, f"kept {n} holders without a post in it, over formasi (solved again)"]
            return again, dataclasses.replace(out, log=log, reason=outcome.reason)
    # the caps cannot hold them all: as many as each has room for
    over = trial == OVER
    fits = _room(compiled, a, over & (a < 0)) | (over & (a >= 0))
    if not (fits & (a < 0)).any():
        return None
    again = recompile(np.where(fits, OVER, np.where(trial == SEATED, SEATED, 0)).astype(np.int8))
    kept = again.context.pending
    if kept is None:
        return None
    b = a.copy()
    b[kept] = cur[kept]
    return again, _shifted(compiled, again, outcome, b, int(kept.sum()))


def _changes(compiled: Compiled, a: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """From placement ``a`` to ``b`` (bool per employee each): who stayed in their post
    in ``a`` and is placed otherwise in ``b``; who serves, had a post in ``a`` and has
    none in ``b``."""
    cur = compiled.context.emp("current_pos").astype(np.int64)
    serving = (cur >= 0) & ~compiled.org.excluded
    return (a >= 0) & (a == cur) & (b != a), serving & (a >= 0) & (b < 0)


def _shifted(
    compiled: Compiled, again: Compiled, outcome: SolveOutcome, b: np.ndarray, n: int
) -> SolveOutcome:
    """``outcome`` as the placement ``b`` of ``again``'s problem: optimal when it was;
    with one objective level its bound shifted by the constant, else unknown."""
    cost = again.problem.cost_of(b)
    bound = None
    if outcome.status is Status.OPTIMAL:
        bound = cost
    elif outcome.bound is not None and outcome.cost is not None and compiled.lexicographic is None:
        bound = outcome.bound + (cost - outcome.cost)
    log = [*outcome.log, f"kept {n} holders without a post in it, over formasi"]
    return dataclasses.replace(outcome, assignment=b, cost=cost, bound=bound, log=log)


def _room(compiled: Compiled, a: np.ndarray, who: np.ndarray) -> np.ndarray:
    """Of ``who`` (bool per employee), as many per unit as its cap has room for beside
    placement ``a``: the better SKP first, then the higher golongan, then the longer
    service (the order the seats left of a post are ranked by)."""
    ctx, p = compiled.context, compiled.problem
    cur = ctx.emp("current_pos").astype(np.int64)
    cand = np.flatnonzero(who)
    pu = np.asarray(p.position_unit)
    unit = pu[cur[cand]]
    cap = np.asarray(p.unit_cap)
    placed = np.bincount(pu[a[a >= 0]], minlength=p.n_units)
    room = np.where(cap >= 0, cap - placed, len(a))
    order = np.lexsort((*merit_keys(ctx, cand), unit))
    cand, unit = cand[order], unit[order]
    place = np.arange(len(cand)) - np.searchsorted(unit, unit)
    out = np.zeros(len(a), dtype=bool)
    out[cand[place < room[unit]]] = True
    return out
